import { findTermSpans } from "../lib/search/match";
import { parseQuery } from "../lib/search/query";

/**
 * Opening a search result highlights its matches: the terms come in the `hl` parameter and are
 * found with the search's own normalisation, so 老旧小区 marks 老舊小區 in a traditional text.
 */
export function highlightFromUrl(doc: Document, scopes: readonly Element[]): number {
  const raw = new URLSearchParams(doc.location.search).get("hl");
  if (!raw) return 0;
  const terms = parseQuery(raw);
  let count = 0;
  for (const scope of scopes) {
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node);
    for (const node of nodes) {
      const text = node.data;
      const spans = findTermSpans(text, terms);
      if (spans.length === 0) continue;
      const fragment = doc.createDocumentFragment();
      let cursor = 0;
      for (const span of spans) {
        fragment.append(text.slice(cursor, span.start));
        const mark = doc.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = text.slice(span.start, span.end);
        fragment.append(mark);
        cursor = span.end;
        count += 1;
      }
      fragment.append(text.slice(cursor));
      node.replaceWith(fragment);
    }
  }
  doc.querySelector("mark.search-hit")?.scrollIntoView({ block: "center" });
  return count;
}
