import { parse } from "yaml";

/**
 * Reading an entry file back: its frontmatter and its body. Kept apart from write.ts (which
 * validates with the schema and so imports the taxonomy JSON) so plain tools and the browser
 * tests can read entries without loading the schema.
 */

// A leading byte-order mark (Windows Notepad writes one) is not part of the file's text.
const FrontmatterRE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const FrontmatterIndicesRE = new RegExp(FrontmatterRE.source, "d");

/**
 * Where an entry file's frontmatter is, for an edit that rewrites it and keeps everything around it
 * (the byte-order mark, the line ends, the body) as it was; null when the file has none.
 */
export function frontmatterBlock(text: string): { yaml: string; start: number; end: number; crlf: boolean } | null {
  const match = FrontmatterIndicesRE.exec(text);
  const [start, end] = match?.indices?.[1] ?? [];
  if (!match || start === undefined || end === undefined) return null;
  return { yaml: match[1] ?? "", start, end, crlf: match[0].includes("\r\n") };
}

/** An entry file's body alone, without parsing its frontmatter (the report pages need only this). */
export function entryBody(text: string): string {
  const match = FrontmatterRE.exec(text);
  return match ? text.slice(match[0].length) : text.replace(/^\uFEFF/, "");
}

/** An entry file's frontmatter (null when missing or not a YAML mapping) and its Markdown body. */
export function splitEntryFile(text: string): { frontmatter: Record<string, unknown> | null; body: string } {
  const match = FrontmatterRE.exec(text);
  if (!match) return { frontmatter: null, body: text.replace(/^\uFEFF/, "") };
  const body = text.slice(match[0].length);
  try {
    const value: unknown = parse(match[1] ?? "");
    return {
      frontmatter: value !== null && typeof value === "object" ? (value as Record<string, unknown>) : null,
      body,
    };
  } catch {
    return { frontmatter: null, body };
  }
}

/**
 * An entry file's frontmatter and body for the site's content loader: like splitEntryFile, but a
 * missing or malformed frontmatter is an error saying what is wrong, for the loader to name the file.
 */
export function readEntryFile(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = FrontmatterRE.exec(text);
  if (!match) throw new Error("no frontmatter: the file must start with a line '---', the YAML fields, and '---'");
  let value: unknown;
  try {
    value = parse(match[1] ?? "");
  } catch (error) {
    throw new Error(`frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new Error("frontmatter must be YAML fields (name: value), not a single value or a list");
  return { frontmatter: value as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** What the ingest must know of an entry before it may replace it. */
export interface EntryStatus {
  /** The raw file the entry cites (`source.file`): the entry belongs to that source alone. */
  sourceFile: string;
  /** Marked reviewed by a person: never rewritten. */
  reviewed: boolean;
}

/**
 * The status of an entry already written. Throws, saying what is wrong, when the frontmatter cannot
 * be read or its `reviewed` or `source.file` is not what the ingest writes: a hand edit gone wrong
 * may hide `reviewed: true`, so such an entry must be fixed by hand, never rewritten.
 */
export function entryStatus(text: string): EntryStatus {
  const { reviewed = false, source } = readEntryFile(text).frontmatter;
  if (typeof reviewed !== "boolean") throw new Error(`reviewed must be true or false, not ${JSON.stringify(reviewed)}`);
  const sourceFile = typeof source === "object" && source !== null ? (source as { file?: unknown }).file : undefined;
  if (typeof sourceFile !== "string" || sourceFile === "")
    throw new Error("source.file is missing, so which raw file the entry belongs to cannot be told");
  return { sourceFile, reviewed };
}
