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
