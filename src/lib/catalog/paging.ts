/**
 * Index pages list at most a page of items each, so no page grows with the archive. Page 1 lives
 * at the index's own path (/tags/abc/), page n at /tags/abc/n/.
 */
import { positiveIntegerSetting } from "../settings";

export interface PageSizes {
  /** Measures per page of a tag's table (a unit's page is its whole task sheet). */
  measures: number;
  /** Reports per page of a region, year, leader, type or review list. */
  reports: number;
  /** Measures per page of the ledger. */
  ledger: number;
  /** Names per page of the unit and leader indexes. */
  names: number;
}

export const DEFAULT_PAGE_SIZES: PageSizes = { measures: 200, reports: 200, ledger: 500, names: 500 };

/** The sizes, or all of them set to `override` (KB_PAGE_SIZE: exercises paging on a small corpus). */
export function pageSizes(override: string | undefined): PageSizes {
  const size = positiveIntegerSetting("KB_PAGE_SIZE", override);
  return size === undefined ? DEFAULT_PAGE_SIZES : { measures: size, reports: size, ledger: size, names: size };
}

/** The site path of page `n` of an index whose first page is `firstPage` (ending in /). */
export function pagePath(firstPage: string, n: number): string {
  return n <= 1 ? firstPage : `${firstPage}${n}/`;
}

/**
 * The page numbers a pager shows: the first, the last and two on either side of the current
 * one, with null where numbers are left out (shown as …).
 */
export function pagerNumbers(current: number, last: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - (shown[index - 1] ?? n) > 1 ? [null, n] : [n]));
}
