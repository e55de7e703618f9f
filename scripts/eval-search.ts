/**
 * npm run eval:search — how exact the search is, ours beside a default Pagefind index of the same
 * built site, on the query set in tests/fixtures/search-queries.json; then what the first query
 * costs in bytes and how long typing-to-results takes. Builds the site first unless --no-build.
 */
import { execFileSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { loadCorpus } from "../tests/e2e/corpus.ts";
import { matchesAllTerms } from "../src/lib/search/match.ts";
import { parseQuery } from "../src/lib/search/query.ts";
import { median, timeSearchPage } from "./support/search-timing.ts";
import { startStaticServer } from "./support/static-server.ts";

const { values } = parseArgs({
  options: { "no-build": { type: "boolean", default: false }, port: { type: "string", default: "4398" } },
});
const PORT = Number(values.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BASELINE_DIR = "pagefind-baseline";

interface Score {
  precision: number;
  recall: number;
  exact: boolean;
}

function score(found: string[], expected: string[]): Score {
  const want = new Set(expected);
  const hits = found.filter((id) => want.has(id)).length;
  return {
    precision: found.length === 0 ? (expected.length === 0 ? 1 : 0) : hits / found.length,
    recall: expected.length === 0 ? 1 : hits / expected.length,
    exact: hits === found.length && hits === expected.length,
  };
}

const reportId = (url: string): string | null => /\/reports\/([^/]+)\//.exec(url)?.[1] ?? null;

/** Our search, through the search page as a cadre uses it. */
async function searchOurs(page: Page, query: string): Promise<string[]> {
  await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector("[data-testid=search-status][data-done=true]");
  const more = page.locator("#search-more");
  // Each click loads a page of results; the button is disabled until it is in.
  while (await more.isVisible()) {
    await more.click();
    await page.waitForSelector("#search-more:not([disabled])", { state: "attached" });
  }
  const hrefs = await page
    .locator("[data-testid=search-result] a")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map(reportId).filter((id): id is string => id !== null);
}

/** A default Pagefind index of the same pages, queried as typed. */
async function searchBaseline(page: Page, query: string): Promise<string[]> {
  const urls = await page.evaluate(
    async ({ query, dir }) => {
      const pagefind = (await import(`/${dir}/pagefind.js`)) as {
        search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const response = await pagefind.search(query);
      return Promise.all(response.results.map(async (result) => (await result.data()).url));
    },
    { query, dir: BASELINE_DIR },
  );
  return [...new Set(urls.map(reportId).filter((id): id is string => id !== null))];
}

function summarise(name: string, scores: Score[]): string {
  const mean = (pick: (value: Score) => number): string =>
    (scores.reduce((sum, value) => sum + pick(value), 0) / scores.length).toFixed(3);
  const exact = scores.filter((value) => value.exact).length;
  return `${name.padEnd(22)} ${mean((value) => value.precision).padStart(9)} ${mean((value) => value.recall).padStart(7)} ${`${exact}/${scores.length}`.padStart(8)}`;
}

async function main(): Promise<void> {
  if (!values["no-build"]) execFileSync("npx", ["tsx", "scripts/build.ts"], { stdio: "ignore" });
  // The baseline: Pagefind's defaults over the report pages, one language forced as in the issue.
  await rm(path.join("dist", BASELINE_DIR), { recursive: true, force: true });
  execFileSync("npx", ["pagefind", "--site", "dist", "--output-subdir", BASELINE_DIR, "--force-language", "zh"], {
    stdio: "ignore",
  });

  const { queries } = JSON.parse(await readFile("tests/fixtures/search-queries.json", "utf-8")) as {
    queries: string[];
  };
  const corpus = await loadCorpus();
  const server = await startStaticServer({ root: path.resolve("dist"), base: "/", port: PORT });
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${ORIGIN}/`);
    const ours: Score[] = [];
    const baseline: Score[] = [];
    const misses: string[] = [];
    // Queries with a report found only by what its facts panel shows (region, source, units …).
    const byFacts: { baseline: Score[]; ours: Score[] } = { baseline: [], ours: [] };
    for (const query of queries) {
      const terms = parseQuery(query);
      const expected = corpus.filter((entry) => matchesAllTerms(entry.texts, terms)).map((entry) => entry.id);
      const inText = corpus.filter((entry) => matchesAllTerms(entry.text, terms)).length;
      const baselineScore = score(await searchBaseline(page, query), expected);
      const ourScore = score(await searchOurs(page, query), expected);
      baseline.push(baselineScore);
      ours.push(ourScore);
      if (expected.length > inText) {
        byFacts.baseline.push(baselineScore);
        byFacts.ours.push(ourScore);
      }
      if (!ourScore.exact) misses.push(query);
      await page.goto(`${ORIGIN}/`);
    }
    console.log(`${queries.length} queries over ${corpus.length} reports\n`);
    console.log(`${"".padEnd(22)} precision  recall    exact`);
    console.log(summarise("default Pagefind", baseline));
    console.log(summarise("ours (bigram index)", ours));
    console.log(`\nof them ${byFacts.ours.length} with a report found only by its facts panel:`);
    if (byFacts.ours.length > 0) {
      console.log(summarise("default Pagefind", byFacts.baseline));
      console.log(summarise("ours (bigram index)", byFacts.ours));
    }
    if (misses.length > 0) {
      console.log(`\nours not exact for: ${misses.join("  ")}`);
      process.exitCode = 1;
    }

    // The cost of a first query in a fresh browser, and typing-to-results over 20 queries.
    const context = await browser.newContext();
    const fresh = await context.newPage();
    let bytes = 0;
    fresh.on("requestfinished", (request) => {
      void request.sizes().then((sizes) => {
        if (new URL(request.url()).pathname.includes("/pagefind/"))
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      });
    });
    await fresh.goto(`${ORIGIN}/search/?q=${encodeURIComponent("老旧小区")}`);
    await fresh.waitForSelector("[data-testid=search-status][data-done=true]");
    await fresh.waitForLoadState("networkidle");
    const firstQueryBytes = bytes;
    const timings: number[] = [];
    for (const query of queries.slice(0, 20)) timings.push(await timeSearchPage(fresh, query));
    timings.sort((a, b) => a - b);
    const middle = median(timings);
    console.log(
      `\nfirst query (老旧小区) in a fresh browser: ${(firstQueryBytes / 1024).toFixed(1)} KB of Pagefind files transferred`,
    );
    console.log(
      `typing-to-results over 20 queries: median ${middle.toFixed(0)} ms (min ${timings[0]?.toFixed(0)} ms, max ${timings.at(-1)?.toFixed(0)} ms)`,
    );
    await context.close();
  } finally {
    await browser.close();
    server.close();
    await rm(path.join("dist", BASELINE_DIR), { recursive: true, force: true });
  }
}

await main();
