/**
 * How the search page offers its facets: the region facet as a tree (province ▸ city ▸ district),
 * and the date range (起止日期) as Pagefind filters. Pagefind filters match values exactly, so a
 * range is asked for as the months it covers (DATE_FILTER), and only the reports of its first and
 * last month are checked day by day (dateInRange).
 */

/** The filter holding each report's month (2024-06), or its year alone when the source gives no month. */
export const DATE_FILTER = "month";

/** A region facet value placed in the tree: its depth and the part of the name below its parent. */
export interface RegionOption {
  value: string;
  label: string;
  depth: number;
}

/**
 * Region facet values (regionLevels names: 河南省, 河南省洛阳市, …) as a tree in reading order:
 * each value after its parent, indented by depth, labelled by its own part (洛阳市 under 河南省).
 * A value's parent is the longest other value it begins with.
 */
export function regionOptions(values: readonly string[]): RegionOption[] {
  const unique = [...new Set(values)];
  const parentOf = new Map<string, string | undefined>();
  for (const value of unique) {
    const parents = unique.filter((other) => other !== value && value.startsWith(other));
    parentOf.set(value, parents.sort((a, b) => b.length - a.length)[0]);
  }
  const chain = (value: string): string[] => {
    const parent = parentOf.get(value);
    return parent === undefined ? [value] : [...chain(parent), value];
  };
  const byName = (a: string, b: string): number => a.localeCompare(b, "zh-CN");
  const rows = unique.map((value) => ({ value, path: chain(value) }));
  rows.sort((a, b) => {
    for (let index = 0; index < Math.min(a.path.length, b.path.length); index += 1) {
      const order = byName(a.path[index] ?? "", b.path[index] ?? "");
      if (order !== 0) return order;
    }
    return a.path.length - b.path.length;
  });
  return rows.map(({ value, path }) => {
    const parent = path[path.length - 2];
    return { value, label: parent === undefined ? value : value.slice(parent.length), depth: path.length - 1 };
  });
}

/** A date range as the search page's URL gives it: ISO days, either end open. */
export interface DateRange {
  from?: string;
  to?: string;
}

const IsoDayRE = /^\d{4}-\d{2}-\d{2}$/;

/** The range of the URL's from/to parameters; malformed ends are dropped, swapped ends put in order. */
export function parseDateRange(from: string | null | undefined, to: string | null | undefined): DateRange | undefined {
  const ends = [from, to].map((end) => (end && IsoDayRE.test(end) ? end : undefined));
  let [start, end] = ends;
  if (start && end && start > end) [start, end] = [end, start];
  if (!start && !end) return undefined;
  return { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) };
}

/** The DATE_FILTER value of a report date (ISO as the schema writes it), or undefined without a year. */
export function datePeriod(iso: string): string | undefined {
  if (!/^\d{4}/.test(iso)) return undefined;
  return iso.slice(0, 7);
}

/**
 * Whether a date lies in a range, compared as precisely as the date is known: a report dated only
 * 2024-06 (or only 2024) is in a range that overlaps that month (or year). A date without a year
 * is in no range. Takes the ISO date or its sort key (dateSortKey: 2024-06-00).
 */
export function dateInRange(date: string, range: DateRange): boolean {
  const known = date.replace(/(-00)+$/, "");
  if (!/^\d{4}(-\d{2}){0,2}$/.test(known) || known.startsWith("0000")) return false;
  const cut = (end: string): string => end.slice(0, known.length);
  if (range.from && known < cut(range.from)) return false;
  if (range.to && known > cut(range.to)) return false;
  return true;
}

/**
 * The DATE_FILTER values a range covers, out of those the index holds, and those among them whose
 * reports must be checked by day (the months of a range end; a year alone never needs it).
 */
export function periodsInRange(periods: readonly string[], range: DateRange): { all: string[]; edges: string[] } {
  const all = periods.filter((period) => dateInRange(period, range));
  const edgeMonths = new Set([range.from, range.to].flatMap((end) => (end ? [end.slice(0, 7)] : [])));
  return { all, edges: all.filter((period) => edgeMonths.has(period)) };
}
