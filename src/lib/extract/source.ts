import { ClosingBylineRE, DatelineRE, TrailingBylineRE } from "./patterns";

/**
 * Who published an article and who wrote it: the page's or record's publisher, else the media a
 * byline names (洛报融媒记者 …), and the reporters (记者, 通讯员), who are never leaders.
 */

const AuthorRE = /(?:记者|通讯员)\s*((?:[\p{Script=Han}·]{2,4}(?:\s+|、|$|(?=[)）])))+)/gu;
/** The media before 记者 in a byline: 洛报融媒记者, (洛报融媒·洛阳网记者 …). */
export const MediaRE = /^[(（]?([\p{Script=Han}·]{2,16}?)(?:·[\p{Script=Han}]{2,8})?\s*记者/u;

/** The reporters and correspondents a (simplified) text names. */
export function collectAuthors(simpleText: string): string[] {
  const authors: string[] = [];
  for (const match of simpleText.matchAll(AuthorRE)) {
    for (const name of (match[1] ?? "").split(/\s+|、/)) {
      if (name && !/^(?:记者|通讯员)$/.test(name) && !authors.includes(name)) authors.push(name);
    }
  }
  return authors;
}

/** The media an article's byline or dateline names (本报讯(洛报融媒记者 …) → 洛报融媒). */
export function bylineMedia(bodySimple: readonly string[]): string | undefined {
  const byline = bodySimple.find(
    (line) => ClosingBylineRE.test(line) || TrailingBylineRE.test(line) || DatelineRE.test(line),
  );
  return MediaRE.exec(byline?.replace(/^本报讯[(（]/, "") ?? "")?.[1];
}
