import { createMarkdownProcessor, type MarkdownHeading } from "@astrojs/markdown-remark";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { splitEntryFile } from "./lib/ingest/entry-parse";
import { markdownOptions } from "./lib/site/markdown-options";

/**
 * Renders a report's body from its entry file with Astro's own Markdown pipeline and the site's
 * Markdown options. The content collection keeps no bodies (src/loaders/reports.ts).
 */
const processor = createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

/** The body's HTML and headings; the frontmatter goes to the rehype plugins (the measures to anchor). */
export async function renderReportBody(
  filePath: string,
  frontmatter: Record<string, unknown>,
): Promise<{ html: string; headings: MarkdownHeading[] }> {
  const { body } = splitEntryFile(await readFile(path.resolve(filePath), "utf-8"));
  const { code, metadata } = await (await processor).render(body, { frontmatter });
  return { html: code, headings: metadata.headings };
}
