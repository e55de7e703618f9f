/**
 * The search index is built in shards of whole years (a year too large for one shard is cut into
 * date-ordered parts), so the indexer's memory stays bounded by the shard size instead of growing
 * with the archive, and adding a report re-indexes only the shard holding its year. The browser
 * combines the shards with Pagefind's mergeIndex. Every shard costs each query its own index
 * chunks (about 35 KB per bigram of the query), so shards are as large as memory allows.
 */
import { dateSortKey, dateYear } from "../view/dates";

/** The part of the site's URL space the shards live under; the first shard is Pagefind's primary. */
export const SEARCH_ROOT = "/pagefind/";
/** The manifest the indexer writes and the search page reads. */
export const SHARD_MANIFEST = "shards.json";
/**
 * Reports per shard: the trade between build memory and query bytes. On the 10,000-report bench
 * (npm run bench), 2,000 gave 7 shards, a 4.1 GB peak and 1,380 KB for a first query; 2,500 gave
 * 5 shards, 4.8 GB and 1,179 KB. Memory is the wall on a 2-core server, so the smaller.
 */
export const DEFAULT_SHARD_SIZE = 2000;

export interface Shard<T> {
  /** "2024", "2019_2023" for years packed together, "2024-2" for the second part of a large year. */
  key: string;
  items: T[];
}

export interface ShardManifestEntry {
  key: string;
  /** Site-relative folder of the shard's Pagefind bundle, e.g. /pagefind/ or /pagefind/2023/. */
  path: string;
  reports: number;
  /** dateSortKey of its newest and oldest report. */
  newest: string;
  oldest: string;
}

const UNDATED = "undated";

/**
 * Packs items into shards of consecutive years holding at most `maxSize` items, a year larger
 * than that alone in equal date-ordered parts. Packing starts from the oldest years (and the
 * undated), which rarely change, so a report added to a recent year leaves older shards as they
 * were. Shards are returned newest first, each newest first inside: date ranges that do not
 * overlap, so concatenating them keeps date order.
 */
export function planShards<T>(items: readonly T[], dateOf: (item: T) => string, maxSize: number): Shard<T>[] {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new Error(`shard size must be a positive integer: ${maxSize}`);
  const byYear = new Map<string, T[]>();
  for (const item of items) {
    const year = dateYear(dateOf(item));
    const key = year === null ? UNDATED : String(year);
    const group = byYear.get(key);
    if (group) group.push(item);
    else byYear.set(key, [item]);
  }
  const oldestFirst = [...byYear.keys()].sort((a, b) => (a === UNDATED ? -1 : b === UNDATED ? 1 : a.localeCompare(b)));
  const newestFirst = (group: T[]): T[] =>
    [...group].sort((a, b) => dateSortKey(dateOf(b)).localeCompare(dateSortKey(dateOf(a))));
  const shards: Shard<T>[] = [];
  let packing: { years: string[]; items: T[] } | undefined;
  const closePacking = (): void => {
    if (!packing) return;
    const { years } = packing;
    const key = years.length === 1 ? (years[0] ?? "") : `${years[years.length - 1] ?? ""}_${years[0] ?? ""}`;
    shards.push({ key, items: newestFirst(packing.items) });
    packing = undefined;
  };
  for (const year of oldestFirst) {
    const group = byYear.get(year) ?? [];
    if (group.length > maxSize) {
      closePacking();
      const ordered = newestFirst(group);
      const parts = Math.ceil(group.length / maxSize);
      const size = Math.ceil(group.length / parts);
      for (let part = parts - 1; part >= 0; part -= 1)
        shards.push({
          key: part === 0 ? year : `${year}-${part + 1}`,
          items: ordered.slice(part * size, (part + 1) * size),
        });
      continue;
    }
    if (packing && packing.items.length + group.length > maxSize) closePacking();
    packing ??= { years: [], items: [] };
    packing.years.push(year);
    packing.items.push(...group);
  }
  closePacking();
  return shards.reverse();
}

/** Where a shard's bundle lives: the first (newest) shard is Pagefind's primary index at /pagefind/. */
export function shardPath(key: string, position: number): string {
  return position === 0 ? SEARCH_ROOT : `${SEARCH_ROOT}${key}/`;
}
