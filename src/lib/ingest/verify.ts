import { cleanText, hasSentencePunctuation } from "../text/clean";
import { sourceTexts } from "../text/source-text";
import { removePinyinArtefacts } from "../text/pinyin";

/**
 * Proof that cleaning lost nothing: every line of an entry stands in its source (after the
 * source's pinyin artefacts are removed), and every line of the source stands in one of its
 * entries unless the cleaner removed it as junk, which is listed.
 */

/** One entry as verify sees it: its title and its body in plain text. */
export interface EntryText {
  id: string;
  title: string;
  body: string;
}

export interface VerifyResult {
  /** Entry lines that do not stand in the source: altered or invented text. */
  altered: { id: string; line: string }[];
  /** Source lines that are in no entry and were not removed as junk: lost text. */
  lost: string[];
  /** Source lines removed as junk (chrome, paywall tails, outlines). */
  junk: string[];
  /**
   * Junk lines with sentence punctuation, for a reviewer to confirm. No line rule removes prose, so
   * these should come from a cut tail (paywall, after 责任编辑 or 相关阅读) or a site outline.
   */
  prose: string[];
  pinyinArtefacts: number;
}

/** Compares text regardless of white space and of full- or half-width punctuation. */
const squash = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");
/** A title may be composed from source parts (涧西区：用好政策资金…, 检查（汝阳县人民政府）). */
const titleParts = (title: string): string[] =>
  title
    .normalize("NFKC")
    .split(/[:()\s]+/)
    .filter(Boolean);

/** Checks the entries made from one raw source against it. */
export function verifySource(raw: string, entries: readonly EntryText[]): VerifyResult {
  const flattened = sourceTexts(raw)
    .map((source) => source.text)
    .join("\n");
  const { text: source, removed: pinyinArtefacts } = removePinyinArtefacts(flattened.replace(/\r\n?/g, "\n"));
  const junk = cleanText(flattened).removed;
  const junkSet = new Set(junk.map(squash));
  const sourceSquashed = squash(source);
  const altered: VerifyResult["altered"] = [];
  for (const entry of entries) {
    if (!titleParts(entry.title).every((part) => sourceSquashed.includes(squash(part))))
      altered.push({ id: entry.id, line: entry.title });
    for (const line of entry.body.split("\n")) {
      const squashed = squash(line);
      if (squashed && !sourceSquashed.includes(squashed)) altered.push({ id: entry.id, line });
    }
  }
  const entriesSquashed = entries.map((entry) => squash(`${entry.title}${entry.body}`)).join("\u0000");
  const lost = source
    .split("\n")
    // A Markdown heading's marker (## 标题) is markup the title leaves out.
    .map((line) => line.trim().replace(/^#{1,6}\s+/, ""))
    .filter((line) => {
      const squashed = squash(line);
      return squashed !== "" && !junkSet.has(squashed) && !entriesSquashed.includes(squashed);
    });
  return { altered, lost, junk, prose: junk.filter(hasSentencePunctuation), pinyinArtefacts };
}
