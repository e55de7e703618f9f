import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ReportSchema, type Report } from "../../schemas/report";
import { entryBodyToPlainText } from "./body";
import { createEntryIdGenerator } from "./id";
import { entryBody, readEntryFile } from "./parse";

/**
 * The one place that opens the entry folder (content/reports, or REPORTS_DIR). The ingest, the
 * site's catalogue (reports.ts), the report pages, the search indexer, verify and the multi-site build read
 * entries through it, so the file layout, the id rule and the error messages are the same for all.
 */

/** Entry files are Markdown (`.md`); `.mdx` files from before the format was made honest are read too. */
export const EntryFileRE = /\.mdx?$/;

/** The folder the site is built from. */
export const REPORTS_DIR = process.env["REPORTS_DIR"] ?? "content/reports";

/** The file name the ingest writes an entry to. */
export function entryFileName(id: string): string {
  return `${id}.md`;
}

/** One entry file as read from disk: its id, where it is, and its text. */
export interface EntryFile {
  /** The id (and URL segment) derived from the path, see createEntryIdGenerator. */
  id: string;
  /** Path relative to the folder, with forward slashes. */
  name: string;
  /** Path as given (folder joined with name). */
  filePath: string;
  text: string;
}

/** Entry files read at once: an archive of 50,000 read all at once exceeds the open-file limit (EMFILE). */
const READ_AT_ONCE = 256;

/** Every entry file in a folder (recursively), in name order. Two files with one id are an error. */
export async function readEntryFiles(directory: string): Promise<EntryFile[]> {
  const names = (await readdir(directory, { recursive: true }))
    .map((name) => name.split(path.sep).join("/"))
    .filter((name) => EntryFileRE.test(name))
    .sort();
  const idOf = createEntryIdGenerator();
  const files: EntryFile[] = [];
  for (let start = 0; start < names.length; start += READ_AT_ONCE) {
    const batch = names.slice(start, start + READ_AT_ONCE).map(async (name) => {
      const filePath = path.join(directory, name);
      return { id: idOf(name), name, filePath, text: await readFile(filePath, "utf-8") };
    });
    files.push(...(await Promise.all(batch)));
  }
  return files;
}

/** The frontmatter of an entry file; an error that names the file when it is missing or not YAML fields. */
export function entryFrontmatter(file: Pick<EntryFile, "filePath" | "text">): Record<string, unknown> {
  try {
    return readEntryFile(file.text).frontmatter;
  } catch (error) {
    throw new Error(`${file.filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** A fully read entry: schema-checked report and its body as plain text, for tools outside Astro. */
export interface ParsedEntry extends EntryFile {
  report: Report;
  plainText: string;
}

/** An entry file's frontmatter validated with the report schema; an invalid one is an error naming the file and fields. */
export function entryReport(file: Pick<EntryFile, "filePath" | "text">): Report {
  const checked = ReportSchema.safeParse(entryFrontmatter(file));
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`${file.filePath}: ${problems}`);
  }
  return checked.data;
}

/** Reads and validates every entry of a folder with the report schema; the first invalid file is an error naming it. */
export async function readEntries(directory: string): Promise<ParsedEntry[]> {
  return (await readEntryFiles(directory)).map((file) => ({
    ...file,
    report: entryReport(file),
    plainText: entryBodyToPlainText(entryBody(file.text)),
  }));
}

/** The body (Markdown) of one entry file, read without parsing its frontmatter again. */
export async function readEntryBody(filePath: string): Promise<string> {
  return entryBody(await readFile(filePath, "utf-8"));
}

/** The entry already written for an id (`.md`, or a legacy `.mdx`), or null. */
export async function readExistingEntry(
  directory: string,
  id: string,
): Promise<{ filePath: string; text: string } | null> {
  for (const name of [entryFileName(id), `${id}.mdx`]) {
    const filePath = path.join(directory, name);
    const text = await readFile(filePath, "utf-8").catch(() => null);
    if (text !== null) return { filePath, text };
  }
  return null;
}

/** Writes a file in one rename, so a reader (a build, another ingest) never sees half of it. */
export async function writeAtomically(filePath: string, text: string): Promise<void> {
  const temporary = `${filePath}.${process.pid}.tmp`;
  await writeFile(temporary, text, "utf-8");
  await rename(temporary, filePath);
}

/**
 * Writes an entry atomically; a legacy `.mdx` of the same id is removed once the `.md` that
 * replaces it is in place.
 */
export async function writeEntryFile(directory: string, id: string, text: string): Promise<void> {
  await writeAtomically(path.join(directory, entryFileName(id)), text);
  await rm(path.join(directory, `${id}.mdx`), { force: true });
}
