import { createMarkdownProcessor, type MarkdownHeading } from "@astrojs/markdown-remark";
import { createHash } from "node:crypto";
import path from "node:path";
import { codeDigest, keep, keptDir, keptStats, readKept } from "../build-cache";
import { markdownOptions } from "../markdown/markdown-options";
import { readEntryBody } from "./files";

/**
 * Renders a report's body from its entry file with Astro's own Markdown pipeline and the site's
 * Markdown options. The catalogue keeps no bodies (reports.ts). A body rendered once is kept
 * (build-cache.ts) under a digest of its text, its frontmatter (the measures the rehype plugins
 * anchor) and the pipeline's code, so a rebuild renders only new and edited reports: Markdown was
 * 4 of a report page's 7.3 ms.
 */
const processor = createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

/** The folder of the site's own Markdown plugins: their code is part of every body's key. */
const PLUGINS_DIR = "src/lib/markdown";
const PIPELINE_PACKAGES = ["@astrojs/markdown-remark", "remark-gfm"];

/** The pipeline's code: the plugins' sources and the Markdown packages' versions. */
const PIPELINE = codeDigest([PLUGINS_DIR], PIPELINE_PACKAGES);

export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
}

/** The key of one rendered body, or undefined when the pipeline's code is unknown. */
export function bodyDigest(body: string, frontmatter: Record<string, unknown>): string | undefined {
  return PIPELINE
    ? createHash("sha256").update(PIPELINE).update(body).update(JSON.stringify(frontmatter)).digest("hex").slice(0, 32)
    : undefined;
}

/** The body's HTML and headings; the frontmatter goes to the rehype plugins (the measures to anchor). */
export async function renderReportBody(
  filePath: string,
  frontmatter: Record<string, unknown>,
  dir = keptDir("bodies"),
): Promise<RenderedBody> {
  const body = await readEntryBody(path.resolve(filePath));
  const digest = bodyDigest(body, frontmatter);
  const stats = keptStats("bodies");
  if (digest) {
    stats.used.add(digest);
    const kept = readKept(dir, `${digest}.json`);
    if (kept !== undefined) {
      stats.kept += 1;
      return JSON.parse(kept) as RenderedBody;
    }
  }
  const started = performance.now();
  const { code, metadata } = await (await processor).render(body, { frontmatter });
  const rendered = { html: code, headings: metadata.headings };
  stats.made += 1;
  stats.ms += performance.now() - started;
  if (digest) keep(dir, `${digest}.json`, JSON.stringify(rendered));
  return rendered;
}
