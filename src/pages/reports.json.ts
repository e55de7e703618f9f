import type { APIRoute } from "astro";
import { loadCatalog } from "../data/catalog";
import { routes, withBase } from "../lib/routes";

/** Every entry's frontmatter, with its id and address, for other tools. */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadCatalog();
  const base = import.meta.env.BASE_URL;
  const reports = entries.map((entry) => {
    const path = withBase(base, routes.report(entry.id));
    return { id: entry.id, url: site ? new URL(path, site).href : path, ...entry.data };
  });
  return new Response(`${JSON.stringify({ count: reports.length, reports }, null, 2)}\n`);
};
