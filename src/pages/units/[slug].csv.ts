import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_DAY, loadCatalog } from "../../data/catalog";
import { slugFor } from "../../lib/catalog/catalog";
import { taskGroups } from "../../lib/followup/task-sheet";
import { taskSheetCsv } from "../../lib/view/csv";
import { measureLink } from "../../lib/routes";

export const getStaticPaths = (async () => {
  const { rowsByUnit } = await loadCatalog();
  return [...rowsByUnit.keys()].map((unit) => ({ params: { slug: slugFor(unit) }, props: { unit } }));
}) satisfies GetStaticPaths;

/** One unit's task sheet as CSV: status as of the build day, link to each measure's sentence. */
export const GET: APIRoute = async ({ props, site }) => {
  const { entriesById, rowsByUnit } = await loadCatalog();
  const groups = taskGroups(rowsByUnit.get((props as { unit: string }).unit) ?? [], entriesById, BUILD_DAY);
  return new Response(
    taskSheetCsv(groups, BUILD_DAY, ({ row }) =>
      measureLink(site, import.meta.env.BASE_URL, row.reportId, row.position, "text"),
    ),
  );
};
