import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { splitEntryFile } from "../lib/ingest/entry-parse";
import { mdxBodyToPlainText } from "../lib/text/mdx";
import type { SearchSource } from "../lib/search/records";

/**
 * Build-time hand-over to the search indexer (scripts/lib/search-index.ts), which removes it.
 * Bodies are read from the entry files: the content store keeps no bodies (src/loaders/reports.ts).
 */
export const GET: APIRoute = async () => {
  const entries = await getCollection("reports");
  const sources: SearchSource[] = await Promise.all(
    entries.map(async (entry) => {
      const file = await readFile(path.resolve(entry.filePath ?? ""), "utf-8");
      return {
        id: entry.id,
        // Site-relative: Pagefind prefixes result URLs with the base it is served from (/kb/).
        url: `/reports/${entry.id}/`,
        report: entry.data,
        text: mdxBodyToPlainText(splitEntryFile(file).body),
      };
    }),
  );
  return new Response(JSON.stringify(sources));
};
