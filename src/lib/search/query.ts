import { normalizeForSearch } from "./normalize";

/**
 * Splits what a cadre typed into terms that must all occur: spaces separate terms, and a part in
 * ASCII double quotes is one term even with spaces in it (since whitespace is dropped by the
 * normalisation, a quoted phrase still matches across a line break in the source).
 */
export function parseQuery(raw: string): string[] {
  const terms: string[] = [];
  const PartRE = /"([^"]*)"|(\S+)/gu;
  for (const match of raw.matchAll(PartRE)) {
    const term = normalizeForSearch(match[1] ?? match[2] ?? "");
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}
