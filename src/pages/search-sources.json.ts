import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { mdxBodyToPlainText } from "../lib/text/mdx";
import type { SearchSource } from "../lib/search/records";

/** Build-time hand-over to the search indexer (src/integrations/search-index.ts), which removes it. */
export const GET: APIRoute = async () => {
  const entries = await getCollection("reports");
  const sources: SearchSource[] = entries.map((entry) => ({
    id: entry.id,
    // Site-relative: Pagefind prefixes result URLs with the base it is served from (/kb/).
    url: `/reports/${entry.id}/`,
    report: entry.data,
    text: mdxBodyToPlainText(entry.body ?? ""),
  }));
  return new Response(JSON.stringify(sources));
};
