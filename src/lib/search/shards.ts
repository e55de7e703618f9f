/**
 * The search index is built in shards, one per year (a year too large for one shard is cut into
 * date-ordered parts), so the indexer's memory stays bounded by the largest year instead of growing
 * with the archive, and adding a report re-indexes only its own year. The browser combines the
 * shards with Pagefind's mergeIndex.
 */
import { dateSortKey, dateYear } from "../site/dates";

/** The part of the site's URL space the shards live under; the first shard is Pagefind's primary. */
export const SEARCH_ROOT = "/pagefind/";
/** The manifest the indexer writes and the search page reads. */
export const SHARD_MANIFEST = "shards.json";
/** Above this many reports a year is split: ~2,000 realistic reports keep Pagefind near 2 GB. */
export const DEFAULT_SHARD_SIZE = 2000;

export interface Shard<T> {
  /** "2024", "2024-2" for the second part of a large year, "undated" for reports without a year. */
  key: string;
  items: T[];
}

export interface ShardManifestEntry {
  key: string;
  /** Site-relative folder of the shard's Pagefind bundle, e.g. /pagefind/ or /pagefind/2023/. */
  path: string;
  reports: number;
}

/**
 * Groups items by the year of their date, newest year first and undated last, each group in
 * date order newest first, splitting groups larger than `maxSize` into equal date-ordered parts.
 * Shards are therefore date ranges that do not overlap: concatenating them in order keeps date order.
 */
export function planShards<T>(items: readonly T[], dateOf: (item: T) => string, maxSize: number): Shard<T>[] {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new Error(`shard size must be a positive integer: ${maxSize}`);
  const byYear = new Map<string, T[]>();
  for (const item of items) {
    const year = dateYear(dateOf(item));
    const key = year === null ? "undated" : String(year);
    const group = byYear.get(key);
    if (group) group.push(item);
    else byYear.set(key, [item]);
  }
  const keys = [...byYear.keys()].sort((a, b) => (a === "undated" ? 1 : b === "undated" ? -1 : b.localeCompare(a)));
  return keys.flatMap((key) => {
    const group = [...(byYear.get(key) ?? [])].sort((a, b) =>
      dateSortKey(dateOf(b)).localeCompare(dateSortKey(dateOf(a))),
    );
    const parts = Math.ceil(group.length / maxSize);
    const size = Math.ceil(group.length / parts);
    return Array.from({ length: parts }, (_, part) => ({
      key: part === 0 ? key : `${key}-${part + 1}`,
      items: group.slice(part * size, (part + 1) * size),
    }));
  });
}

/** Where a shard's bundle lives: the first (newest) shard is Pagefind's primary index at /pagefind/. */
export function shardPath(key: string, position: number): string {
  return position === 0 ? SEARCH_ROOT : `${SEARCH_ROOT}${key}/`;
}
