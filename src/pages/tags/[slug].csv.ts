import type { APIRoute, GetStaticPaths } from "astro";
import { loadCatalog } from "../../data/catalog";
import { slugFor } from "../../lib/catalog/catalog";
import { ledgerCsv } from "../../lib/view/csv";
import { measureLink } from "../../lib/routes";
import { TAGS } from "../../schemas/taxonomy";

export const getStaticPaths = (() =>
  TAGS.map((tag) => ({ params: { slug: slugFor(tag.tag) }, props: { tag: tag.tag } }))) satisfies GetStaticPaths;

/** One tag's measures as CSV, for Excel. */
export const GET: APIRoute = async ({ props, site }) => {
  const { rowsByTag } = await loadCatalog();
  const mine = rowsByTag.get((props as { tag: string }).tag) ?? [];
  return new Response(
    ledgerCsv(mine, (row) => measureLink(site, import.meta.env.BASE_URL, row.reportId, row.position)),
  );
};
