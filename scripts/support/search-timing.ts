import type { Page } from "playwright-core";

/**
 * Time from submitting a query on our search page to its results shown (the status element
 * marked done), measured inside the page. The page must already show the search form.
 */
export function timeSearchPage(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>("#search-query");
    const form = document.querySelector<HTMLFormElement>("#search-form");
    const status = document.querySelector<HTMLElement>("[data-testid=search-status]");
    if (!input || !form || !status) throw new Error("search page incomplete");
    const started = performance.now();
    input.value = text;
    form.requestSubmit();
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    while (status.dataset["done"] !== "true") await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  }, query);
}

/** The median of some timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
