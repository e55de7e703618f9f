import type { APIRoute } from "astro";
import { loadCatalog } from "../site-data";
import { withBase } from "../lib/site/paths";

/** Every entry's frontmatter, with its id and address, for other tools. */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadCatalog();
  const base = import.meta.env.BASE_URL;
  const reports = entries.map((entry) => {
    const path = withBase(base, `/reports/${entry.id}/`);
    return { id: entry.id, url: site ? new URL(path, site).href : path, ...entry.data };
  });
  return new Response(`${JSON.stringify({ count: reports.length, reports }, null, 2)}\n`);
};
