import tsCharacters from "opencc-js/dict/TSCharacters";
import twVariantsRev from "opencc-js/dict/TWVariantsRev";
import hkVariantsRev from "opencc-js/dict/HKVariantsRev";
import { characterPairs } from "../text/opencc-dict";

/**
 * One normalisation for the index (at build) and the query (in the browser), so that both sides
 * always agree: NFKC (full-width ASCII, compatibility ideographs), lower case, regional variants to
 * OpenCC's standard form, then traditional to simplified character by character, whitespace dropped.
 *
 * Character-level conversion can merge two simplified readings (乾/干): harmless for search, since
 * the index and the query are folded by the same table.
 */

let foldTable: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (foldTable) return foldTable;
  const toSimplified = new Map(characterPairs(tsCharacters));
  // Regional variants map to OpenCC's standard traditional form, which then simplifies.
  const variants = [...characterPairs(twVariantsRev), ...characterPairs(hkVariantsRev)].map(
    ([from, to]): [string, string] => [from, toSimplified.get(to) ?? to],
  );
  foldTable = new Map([...toSimplified, ...variants]);
  return foldTable;
}

const WhitespaceRE = /\s/u;
/** Quote marks of every width fold to one, so “三自” in a query matches "三自" in a text. */
const QuoteRE = /[“”„‟″「」『』〝〞＂]/u;

/** The folded form of one code point: possibly empty (whitespace) or longer (NFKC of ㎡). */
export function foldCodePoint(char: string): string {
  if (WhitespaceRE.test(char)) return "";
  if (QuoteRE.test(char)) return '"';
  const folds = table();
  let out = "";
  for (const c of char.normalize("NFKC").toLowerCase()) {
    out += WhitespaceRE.test(c) ? "" : (folds.get(c) ?? c);
  }
  return out;
}

/** The text as the search sees it. */
export function normalizeForSearch(text: string): string {
  let out = "";
  for (const char of text) out += foldCodePoint(char);
  return out;
}

/**
 * The normalised text plus, for each of its UTF-16 code units, the offset in the original text
 * where the character it came from starts: lets a match in normalised text be highlighted in the
 * original (traditional, full-width, spaced) text.
 */
export function normalizeWithOffsets(text: string): { normalized: string; offsets: number[] } {
  let normalized = "";
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    const folded = foldCodePoint(char);
    normalized += folded;
    for (let i = 0; i < folded.length; i += 1) offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  return { normalized, offsets };
}

/** Separates the parts of a text patch: "|" folds to itself, so it is never part of an edit. */
const PATCH_SEPARATOR = "|";

/**
 * What turns a text's normalised form back into the text: the edits where normalisation changed
 * it (whitespace dropped, full-width folded, traditional simplified), each as the distance from the
 * previous edit and the normalised length it replaces (base 36) and the original characters, "|"
 * between. A simplified report's patch is a tenth of its text: the search index already carries
 * the normalised text as its words (tokens.ts), so a result's fragment need not carry the text too.
 */
export function textPatch(text: string): string {
  const edits: [number, number, string][] = [];
  let at = 0;
  let lastEnd = 0;
  for (const char of text) {
    const folded = foldCodePoint(char);
    if (folded !== char) {
      const last = edits[edits.length - 1];
      if (last && lastEnd === at) {
        last[1] += folded.length;
        last[2] += char;
      } else edits.push([at - lastEnd, folded.length, char]);
      lastEnd = at + folded.length;
    }
    at += folded.length;
  }
  return edits
    .map(([gap, length, original]) => [gap.toString(36), length.toString(36), original].join(PATCH_SEPARATOR))
    .join(PATCH_SEPARATOR);
}

/** The text a patch was made from, given its normalised form: restoreText(normalizeForSearch(t), textPatch(t)) === t. */
export function restoreText(normalized: string, patch: string): string {
  const parts = patch ? patch.split(PATCH_SEPARATOR) : [];
  let out = "";
  let at = 0;
  for (let index = 0; index + 2 < parts.length; index += 3) {
    const gap = Number.parseInt(parts[index] ?? "0", 36);
    out += normalized.slice(at, at + gap) + (parts[index + 2] ?? "");
    at += gap + Number.parseInt(parts[index + 1] ?? "0", 36);
  }
  return out + normalized.slice(at);
}
