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
