import { getCollection } from "astro:content";
import { ledgerRows, sortReports, type CatalogEntry, type LedgerRow } from "./lib/site/catalog";

/** The reports and the ledger, read once per build from the content collection. */
let cached: Promise<{ entries: CatalogEntry[]; rows: LedgerRow[] }> | undefined;

export function loadCatalog(): Promise<{ entries: CatalogEntry[]; rows: LedgerRow[] }> {
  cached ??= getCollection("reports").then((collection) => {
    const entries = sortReports(collection.map((entry) => ({ id: entry.id, data: entry.data })));
    return { entries, rows: ledgerRows(entries) };
  });
  return cached;
}
