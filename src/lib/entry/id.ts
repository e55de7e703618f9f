import { createHash } from "node:crypto";
import { slug } from "github-slugger";

/**
 * Entry ids (the report URLs): Astro's own rule, each path segment slugged, extension dropped.
 * Unlike Astro, which only warns and lets the later file win, a second file with the same id is
 * an error naming both files: one report must never silently replace another.
 */
export function createEntryIdGenerator(): (entry: string) => string {
  const seen = new Map<string, string>();
  return (entry) => {
    const id = entry
      .replace(/\.mdx?$/, "")
      .split("/")
      .map((segment) => slug(segment))
      .join("/");
    const earlier = seen.get(id);
    if (earlier !== undefined && earlier !== entry) {
      throw new Error(`duplicate report id "${id}": ${earlier} and ${entry} give the same URL; rename one of them`);
    }
    seen.set(id, entry);
    return id;
  };
}

const shortHash = (text: string, length: number): string =>
  createHash("sha1").update(text).digest("hex").slice(0, length);

/** The ASCII stem of a raw file's ids: its name's ASCII part, or a short hash for names in Chinese (or anything else). */
function idStem(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, "");
  const ascii = stem
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // URLs stay plain ASCII.
  return /[a-z0-9]{3,}/.test(ascii) && ascii.length >= stem.length * 0.6 ? ascii : `r-${shortHash(stem, 10)}`;
}

const withPart = (stem: string, part: number): string => (part > 0 ? `${stem}-${part}` : stem);

/** The stable id of an entry: the raw file's name (ASCII part) and its place on the page. */
export function entryId(fileName: string, part: number): string {
  return withPart(idStem(fileName), part);
}

/**
 * The id of an entry whose plain id (entryId) an entry of another raw file holds: two report.txt
 * in different folders, or x.txt beside x.htm. A short hash of the path the entry cites tells the
 * sources apart, and the same path gives the same id on every run.
 */
export function distinctEntryId(fileName: string, part: number, sourceFile: string): string {
  return withPart(`${idStem(fileName)}-${shortHash(sourceFile, 8)}`, part);
}
