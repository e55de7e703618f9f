import type { APIRoute } from "astro";
import { loadCatalog } from "../data/catalog";
import { ledgerCsv } from "../lib/view/csv";
import { measureLink } from "../lib/routes";

/** The whole ledger (all measures) as CSV, for Excel. */
export const GET: APIRoute = async ({ site }) => {
  const { rows } = await loadCatalog();
  return new Response(
    ledgerCsv(rows, (row) => measureLink(site, import.meta.env.BASE_URL, row.reportId, row.position)),
  );
};
