import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";
import { loadCorpus } from "./corpus";
import { matchesAllTerms } from "../../src/lib/search/match";
import { parseQuery } from "../../src/lib/search/query";

const { queries } = JSON.parse(readFileSync("tests/fixtures/search-queries.json", "utf-8")) as { queries: string[] };
const corpus = await loadCorpus();

test.describe.configure({ mode: "parallel" });

for (const query of queries) {
  test(`search ${query} returns exactly the reports that contain it`, async ({ page }) => {
    const expected = corpus
      .filter((entry) => matchesAllTerms(entry.texts, parseQuery(query)))
      .map((entry) => entry.id)
      .sort();
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const status = page.getByTestId("search-status");
    await expect(status).toHaveAttribute("data-done", "true");
    const more = page.locator("#search-more");
    // Each click loads a page of results; the button is disabled until it is in.
    while (await more.isVisible()) {
      await more.click();
      await expect(more).toBeEnabled();
    }
    await expect(status).toHaveAttribute("data-count", String(expected.length));
    const found = await page
      .getByTestId("search-result")
      .locator("a")
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split("/").at(-2) ?? ""),
      );
    expect(found.sort()).toEqual(expected);
  });
}
