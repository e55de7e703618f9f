import type { APIRoute, GetStaticPaths } from "astro";
import { loadCatalog } from "../../data/catalog";
import { reportsByUnit } from "../../lib/catalog/catalog";
import { ledgerCsv } from "../../lib/view/csv";
import { measureLink } from "../../lib/routes";

// Only units that carry measures: a unit a report merely mentions has no rows, and its page offers no CSV.
export const getStaticPaths = (async () => {
  const { entries, rowsByUnit } = await loadCatalog();
  return reportsByUnit(entries)
    .filter((group) => rowsByUnit.has(group.name))
    .map((group) => ({ params: { slug: group.slug }, props: { unit: group.name } }));
}) satisfies GetStaticPaths;

/** One unit's measures (its 台账) as CSV, for Excel. */
export const GET: APIRoute = async ({ props, site }) => {
  const { rowsByUnit } = await loadCatalog();
  const mine = rowsByUnit.get((props as { unit: string }).unit) ?? [];
  return new Response(
    ledgerCsv(mine, (row) => measureLink(site, import.meta.env.BASE_URL, row.reportId, row.position)),
  );
};
