/**
 * Substring search on Pagefind: the normalised text is indexed as overlapping character bigrams,
 * each written as an ASCII word, so that neither Pagefind's indexer nor the browser re-segments
 * them (Pagefind segments CJK text on both sides, and the two can disagree: Pagefind #987, #1237).
 * A query becomes the quoted phrase of its own bigrams, which matches exactly where the query
 * stands as a substring. A one-character query becomes a prefix of the bigram words.
 */

/** Every bigram word starts with this letter, so none is all digits or mistaken for a number. */
const TOKEN_PREFIX = "q";
/** Pairs the last character of a text with nothing, so every character begins some bigram. */
const END = 0;
const WIDTH = 4; // 36^4 > 0x10FFFF: every code point fits in four base-36 digits.

function encodeCodePoint(codePoint: number): string {
  return codePoint.toString(36).padStart(WIDTH, "0");
}

/** The bigram words of a normalised text, in order: one word per character. */
export function bigramTokens(normalized: string): string[] {
  const codePoints = Array.from(normalized, (char) => char.codePointAt(0) ?? END);
  return codePoints.map(
    (codePoint, index) => TOKEN_PREFIX + encodeCodePoint(codePoint) + encodeCodePoint(codePoints[index + 1] ?? END),
  );
}

/**
 * The Pagefind query for one normalised search term: a quoted phrase of its bigrams, or, for a
 * single character, the prefix that every bigram starting with it shares. Empty for an empty term.
 */
export function termToPagefindQuery(normalizedTerm: string): string {
  const codePoints = Array.from(normalizedTerm, (char) => char.codePointAt(0) ?? END);
  const first = codePoints[0];
  if (first === undefined) return "";
  if (codePoints.length === 1) return TOKEN_PREFIX + encodeCodePoint(first);
  const words = codePoints.slice(0, -1).map((codePoint, index) => {
    const next = codePoints[index + 1] ?? END;
    return TOKEN_PREFIX + encodeCodePoint(codePoint) + encodeCodePoint(next);
  });
  return `"${words.join(" ")}"`;
}

/**
 * The normalised text of the first run of bigram words in an indexed content (a report's title and
 * body, records.ts), read back from the words: each word's first character, up to the word that
 * pairs a character with the end. Pagefind's zero-width spaces between words are allowed.
 */
export function leadingTextOfTokens(content: string): string {
  const end = encodeCodePoint(END);
  let text = "";
  for (const word of content.split(/[\s\u200b]+/)) {
    if (word.length !== 1 + 2 * WIDTH || !word.startsWith(TOKEN_PREFIX)) continue;
    text += String.fromCodePoint(Number.parseInt(word.slice(1, 1 + WIDTH), 36));
    if (word.endsWith(end)) break;
  }
  return text;
}
