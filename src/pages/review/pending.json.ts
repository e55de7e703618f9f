import type { APIRoute } from "astro";
import { loadCatalog } from "../../data/catalog";

/**
 * The ids of every entry still awaiting review, for the review page's script: a mark kept in the
 * browser for an entry reviewed since (applied and rebuilt) is dropped, whichever page listed it.
 */
export const GET: APIRoute = async () => {
  const { entries } = await loadCatalog();
  const pending = entries
    .filter((entry) => !entry.data.reviewed)
    .map((entry) => entry.id)
    .sort();
  return new Response(JSON.stringify(pending));
};
