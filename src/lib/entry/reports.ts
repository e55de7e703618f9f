import { createHash } from "node:crypto";
import path from "node:path";
import type { Report } from "../../schemas/report";
import { codeDigest, keep, keptDir, pruneKept, readKept } from "../build-cache";
import { entryReport, readEntryFiles } from "./files";

/**
 * The report entries the site is built from, read straight from their files rather than through an
 * Astro content collection: Astro bundles a collection's whole store into the build as one module,
 * and Rollup parsing it grew with the archive (1.2 s of a 3.3 s bundle at 500 reports). Each file's
 * validated frontmatter is kept (build-cache.ts) under a digest of its text, so a rebuild parses
 * only new and edited entries; the bodies are rendered from the files (body-html.ts).
 */

/** A report as the site knows it: its id (the URL), its file (relative to the project) and frontmatter. */
export interface ReportEntry {
  id: string;
  filePath: string;
  data: Report;
}

/**
 * What decides a parsed entry besides its text: the schema, the tags it checks and the YAML parser (not
 * the unit registry beside the tags, which every ingest that meets a new body rewrites).
 */
const PARSER_INPUTS = ["src/schemas", "content/taxonomy/tags.json"];

/** The kept frontmatter of the last build: each id's file digest and validated data. */
type Kept = Record<string, { digest: string; data: Report }>;

/**
 * Every entry of a folder, validated, in file-name order. The first invalid file is an error naming it
 * and its fields; two files with one id are an error naming both (readEntryFiles).
 */
export async function loadReportEntries(directory: string, dir = keptDir("entries")): Promise<ReportEntry[]> {
  const code = codeDigest(PARSER_INPUTS, ["yaml"])?.slice(0, 32);
  const kept = (code ? JSON.parse(readKept(dir, `${code}.json`) ?? "{}") : {}) as Kept;
  const next: Kept = {};
  const entries = (await readEntryFiles(path.resolve(directory))).map((file) => {
    const digest = createHash("sha256").update(file.text).digest("hex");
    const known = kept[file.id];
    const data = known?.digest === digest ? known.data : entryReport(file);
    next[file.id] = { digest, data };
    const filePath = path.relative(process.cwd(), file.filePath).split(path.sep).join("/");
    return { id: file.id, filePath, data };
  });
  if (code) {
    keep(dir, `${code}.json`, JSON.stringify(next));
    pruneKept(dir, new Set([code]));
  }
  return entries;
}
