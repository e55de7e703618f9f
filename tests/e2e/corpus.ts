import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { mdxBodyToPlainText } from "../../src/lib/text/mdx";
import { splitEntryFile } from "../../src/lib/ingest/entry-parse";

/** One built report as the tests see it: its id and the text search must match against. */
export interface CorpusEntry {
  id: string;
  title: string;
  /** Title and body in plain text, as the search index reads them. */
  text: string;
}

const REPORTS = path.resolve(import.meta.dirname, "../../content/reports");

/** The committed entries, read straight from content/reports (independent of the site). */
export function loadCorpus(): CorpusEntry[] {
  return readdirSync(REPORTS)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const source = readFileSync(path.join(REPORTS, file), "utf-8");
      const { frontmatter, body } = splitEntryFile(source);
      const data = frontmatter as { title: string };
      return {
        id: file.replace(/\.mdx?$/, ""),
        title: data.title,
        text: `${data.title}\n${mdxBodyToPlainText(body)}`,
      };
    });
}
