import { createMarkdownProcessor, type MarkdownHeading } from "@astrojs/markdown-remark";
import path from "node:path";
import { markdownOptions } from "../markdown/markdown-options";
import { readEntryBody } from "./files";

/**
 * Renders a report's body from its entry file with Astro's own Markdown pipeline and the site's
 * Markdown options. The content collection keeps no bodies (loader.ts).
 */
const processor = createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

/** The body's HTML and headings; the frontmatter goes to the rehype plugins (the measures to anchor). */
export async function renderReportBody(
  filePath: string,
  frontmatter: Record<string, unknown>,
): Promise<{ html: string; headings: MarkdownHeading[] }> {
  const body = await readEntryBody(path.resolve(filePath));
  const { code, metadata } = await (await processor).render(body, { frontmatter });
  return { html: code, headings: metadata.headings };
}
