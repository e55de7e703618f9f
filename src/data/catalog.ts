import { getCollection } from "astro:content";
import {
  ledgerRows,
  measuresByTag,
  measuresByUnit,
  neighboursById,
  relatedById,
  sortReports,
  type CatalogEntry,
  type LedgerRow,
} from "../lib/catalog/catalog";
import { leaderDirectory, type LeaderDirectory } from "../lib/catalog/leaders";
import { pageSizes } from "../lib/catalog/paging";

/** What every page draws on, computed once per build from the content collection. */
interface Catalog {
  /** All reports, newest first. */
  entries: CatalogEntry[];
  rows: LedgerRow[];
  /** Each tag's and each unit's measures, so a page looks up its own instead of filtering all. */
  rowsByTag: Map<string, LedgerRow[]>;
  rowsByUnit: Map<string, LedgerRow[]>;
  neighbours: ReturnType<typeof neighboursById>;
  related: ReturnType<typeof relatedById>;
  /** Leaders by name and place (leaders.ts). */
  leaders: LeaderDirectory;
}

/** Items per page of the paginated indexes. */
export const PAGE_SIZES = pageSizes(process.env["KB_PAGE_SIZE"]);

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= getCollection("reports").then((collection) => {
    const entries = sortReports(collection.map((entry) => ({ id: entry.id, data: entry.data })));
    const rows = ledgerRows(entries);
    const byName = (groups: { name: string; items: LedgerRow[] }[]): Map<string, LedgerRow[]> =>
      new Map(groups.map((group) => [group.name, group.items]));
    return {
      entries,
      rows,
      rowsByTag: byName(measuresByTag(rows)),
      rowsByUnit: byName(measuresByUnit(rows)),
      neighbours: neighboursById(entries),
      related: relatedById(entries),
      leaders: leaderDirectory(entries),
    };
  });
  return cached;
}
