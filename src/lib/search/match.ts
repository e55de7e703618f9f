import { normalizeForSearch, normalizeWithOffsets } from "./normalize";

/** A span of the original text, [start, end) in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * True when every (normalised) term occurs in the text, or in one of the texts (a report's text and
 * each of its facts, records.ts searchableTexts): the search's definition of a hit. A term is matched
 * within one text, never across two.
 */
export function matchesAllTerms(text: string | readonly string[], terms: readonly string[]): boolean {
  const normalized = (typeof text === "string" ? [text] : text).map(normalizeForSearch);
  return terms.every((term) => normalized.some((one) => one.includes(term)));
}

/**
 * Where the terms occur in the original text, sorted and merged, found in normalised form and
 * mapped back: a simplified term highlights its traditional spelling, a term across a line break
 * highlights both sides.
 */
export function findTermSpans(text: string, terms: readonly string[]): Span[] {
  const { normalized, offsets } = normalizeWithOffsets(text);
  const spans: Span[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + term.length)) {
      spans.push({ start: offsets[at] ?? 0, end: lastCharEnd(text, offsets, at + term.length - 1) });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** End offset (exclusive) in the original text of the character behind normalised index `index`. */
function lastCharEnd(text: string, offsets: readonly number[], index: number): number {
  const start = offsets[index] ?? 0;
  const codePoint = text.codePointAt(start) ?? 0;
  return start + (codePoint > 0xffff ? 2 : 1);
}

/** A piece of an excerpt: plain text, or a highlighted match. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/**
 * A short passage around the first match with every match in it highlighted; the text's start
 * when nothing matches. `radius` counts characters on each side of the first match.
 */
export function buildExcerpt(text: string, spans: readonly Span[], radius = 40): ExcerptPart[] {
  const first = spans[0];
  const from = first ? Math.max(0, first.start - radius) : 0;
  const to = first ? Math.min(text.length, first.end + radius * 2) : Math.min(text.length, radius * 3);
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: "…", hit: false });
  let cursor = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start > cursor) parts.push({ text: text.slice(cursor, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    cursor = end;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), hit: false });
  if (to < text.length) parts.push({ text: "…", hit: false });
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, " ") }));
}
