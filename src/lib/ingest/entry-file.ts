import { createHash } from "node:crypto";
import { stringify } from "yaml";
import { ReportSchema, type ReportInput } from "../../schemas/report";
import { renderMdxBody, type TextBlock } from "../text/mdx";
import { splitEntryFile } from "./entry-parse";

/**
 * The entry file format: YAML frontmatter valid against ReportSchema, then the MDX body.
 * Pure string work, shared by the ingest CLI and its tests.
 */

/** The stable id of an entry: the raw file's name (ASCII part) and its place on the page. */
export function entryId(fileName: string, part: number): string {
  const stem = fileName.replace(/\.[^.]+$/, "");
  const ascii = stem
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Names in Chinese (or anything else) get a short hash, so URLs stay plain ASCII.
  const base =
    /[a-z0-9]{3,}/.test(ascii) && ascii.length >= stem.length * 0.6
      ? ascii
      : `r-${createHash("sha1").update(stem).digest("hex").slice(0, 10)}`;
  return part > 0 ? `${base}-${part}` : base;
}

const HEADER =
  "# Made by `npm run ingest`. Check it against the source, fix what is wrong, then set reviewed: true:\n# the ingest never rewrites a reviewed entry.\n";

/** Serialises an entry: schema-checked frontmatter and an escaped MDX body. Throws on invalid data. */
export function renderEntry(data: ReportInput, blocks: readonly TextBlock[]): string {
  const checked = ReportSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`the extracted entry does not match the report schema: ${problems}`);
  }
  const frontmatter = stringify(data, { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
  return `---\n${HEADER}${frontmatter}---\n\n${renderMdxBody(blocks)}`;
}

/** True when a person has marked the entry reviewed: then nothing may rewrite it. */
export function isReviewed(text: string): boolean {
  return splitEntryFile(text).frontmatter?.["reviewed"] === true;
}
