import type { APIRoute } from "astro";
import { loadCatalog } from "../../data/catalog";
import { reportsByYear } from "../../lib/catalog/catalog";

/** The ledger's filter choices, loaded once by its script (src/client/ledger.ts). */
export const GET: APIRoute = async () => {
  const { entries, rows, rowsByTag, rowsByUnit } = await loadCatalog();
  const byName = (a: string, b: string): number => a.localeCompare(b, "zh-CN");
  const choices: Record<string, string[]> = {
    tag: [...rowsByTag.keys()].sort(byName),
    unit: [...rowsByUnit.keys()].sort(byName),
    region: [...new Set(rows.map((row) => row.region))].sort(byName),
    year: reportsByYear(entries).map((group) => group.name),
  };
  return new Response(JSON.stringify(choices));
};
