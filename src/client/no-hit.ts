import type { SearchRequest } from "../lib/search/engine";
import { noHitHints } from "../lib/search/no-hit";

/** Shows what to try under a search that found nothing (noHitHints), and nothing otherwise. */
export function showNoHitHints(list: HTMLElement, request: SearchRequest | null, searchPath: string): void {
  const hints = request ? noHitHints(request) : [];
  list.replaceChildren(
    ...hints.map((hint) => {
      const item = document.createElement("li");
      if (hint.params) {
        const link = document.createElement("a");
        link.href = `${searchPath}?${new URLSearchParams(hint.params).toString()}`;
        link.textContent = hint.text;
        item.append(link);
      } else {
        item.textContent = hint.text;
      }
      return item;
    }),
  );
  list.hidden = hints.length === 0;
}
