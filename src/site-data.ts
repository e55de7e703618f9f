import { getCollection } from "astro:content";
import { ledgerRows, neighboursById, sortReports, type CatalogEntry, type LedgerRow } from "./lib/site/catalog";

/** What every page draws on, computed once per build from the content collection. */
interface Catalog {
  /** All reports, newest first. */
  entries: CatalogEntry[];
  rows: LedgerRow[];
  neighbours: ReturnType<typeof neighboursById>;
}

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= getCollection("reports").then((collection) => {
    const entries = sortReports(collection.map((entry) => ({ id: entry.id, data: entry.data })));
    return { entries, rows: ledgerRows(entries), neighbours: neighboursById(entries) };
  });
  return cached;
}
