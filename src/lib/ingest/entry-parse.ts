import { parse } from "yaml";

/**
 * Reading an entry file back: its frontmatter and its body. Kept apart from entry-file.ts (which
 * validates with the schema and so imports the taxonomy JSON) so plain tools and the browser
 * tests can read entries without loading the schema.
 */

const FrontmatterRE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** An entry file's frontmatter (null when missing or not a YAML mapping) and its MDX body. */
export function splitEntryFile(text: string): { frontmatter: Record<string, unknown> | null; body: string } {
  const match = FrontmatterRE.exec(text);
  if (!match) return { frontmatter: null, body: text };
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
