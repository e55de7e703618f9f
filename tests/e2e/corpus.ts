import path from "node:path";
import { readEntries } from "../../src/lib/entry/files";
import { searchableTexts } from "../../src/lib/search/records";

/** One built report as the tests see it: its id and the text search must match against. */
export interface CorpusEntry {
  id: string;
  title: string;
  /** Title and body in plain text, as the search index reads them. */
  text: string;
  /** What search finds a report by: the text, then each fact its page shows (records.ts searchableTexts). */
  texts: string[];
  /** True once a person has checked the entry (it leaves the review page). */
  reviewed: boolean;
}

const REPORTS = path.resolve(import.meta.dirname, "../../content/reports");

/** The committed entries, read through the entry module (independent of the built site). */
export async function loadCorpus(): Promise<CorpusEntry[]> {
  return (await readEntries(REPORTS)).map((entry) => ({
    id: entry.id,
    title: entry.report.title,
    text: `${entry.report.title}\n${entry.plainText}`,
    texts: searchableTexts({ report: entry.report, text: entry.plainText }),
    reviewed: entry.report.reviewed,
  }));
}
