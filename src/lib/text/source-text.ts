import { htmlToText, looksLikeHtml, readHtml, stripStrayTags } from "./html";
import { readRecords, type RecordFields } from "./record";

/**
 * A raw source as text a person would read: a database record's fields (title line, then the
 * body), a web page's visible text, or the text as it is. The ingest extracts from this and
 * `npm run verify` checks entries against it, so both read a source the same way.
 */
export interface SourceText {
  text: string;
  /** The record the text was read from, when the source is a database export. */
  record?: RecordFields;
  /** A saved page's <title>: its headline and site name as the browser tab showed them. */
  pageTitle?: string;
}

/**
 * Reads a raw source: one text per record of a database export (a CSV table, a feed, a multi-row
 * INSERT hold several), else the page or the text as one. `isDivisionCode` tells a region code in
 * a record from other numbers.
 */
export function sourceTexts(raw: string, isDivisionCode?: (code: string) => boolean): SourceText[] {
  const records = readRecords(raw, isDivisionCode);
  if (records.length > 0)
    return records.map((record) => {
      const body = looksLikeHtml(record.body)
        ? htmlToText(record.body)
        : stripStrayTags(record.body.replace(/\r\n?/g, "\n"));
      return { text: record.title ? `${record.title}\n${withoutTitleLines(body, record.title)}` : body, record };
    });
  if (!looksLikeHtml(raw)) return [{ text: stripStrayTags(raw) }];
  const { text, title } = readHtml(raw);
  return [{ text, ...(title ? { pageTitle: title } : {}) }];
}

/**
 * The body without the lines at its head that print the record's title again, broken over lines
 * (学了张家港,东营怎么办? / 全市创建…作出部署 under a title field holding both): read twice, it would
 * stand as a second article's headline.
 */
function withoutTitleLines(body: string, title: string): string {
  const squash = (text: string): string => text.replace(/\s+/g, "");
  const wanted = squash(title);
  const lines = body.split("\n");
  let printed = "";
  for (const [index, line] of lines.entries()) {
    printed += squash(line);
    if (printed === wanted) return lines.slice(index + 1).join("\n");
    if (!wanted.startsWith(printed)) return body;
  }
  return body;
}
