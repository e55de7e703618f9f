/**
 * npm run bench -- [--n 10000] [--seed 1] [--keep]
 *
 * Generates a synthetic archive of N raw reports (scripts/bench/corpus.ts), then measures, for our
 * site and for the naive peer (a plain Astro page per report with a default Pagefind index) in the
 * same run: ingest, build and index time, a one-report rebuild, peak memory of all processes,
 * output and index size, bytes for a first and a following query, and typing-to-results over 30
 * queries in Chromium. Prints one table (ours, peer, ours/peer), with the machine's load, and
 * writes bench-out/bench.json. `npm run bench` finds or installs Chromium and CJK fonts first, as
 * the end-to-end tests do (scripts/ensure-test-deps.sh); CHROMIUM_PATH points at another browser.
 */
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { CORPUS_YEARS, generateCorpus, random, vocabularyStats } from "./corpus.ts";
import { astroRouteTimes, folderBytes, runMeasured, type RouteTime } from "../support/measure.ts";
import { median, timeSearchPage } from "../support/search-timing.ts";
import { startStaticServer } from "../support/static-server.ts";
import { removeSite } from "../support/swap-site.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "10000" },
    seed: { type: "string", default: "20241122" },
    keep: { type: "boolean", default: false },
  },
});
const N = Number(values.n);
const OUT = path.resolve("bench-out");
const RAW = path.join(OUT, "raw");
const RAW_EXTRA = path.join(OUT, "raw-extra");
const REPORTS = path.join(OUT, "reports");
const SITE = path.join(OUT, "site");
const BASELINE = path.join(OUT, "baseline");
const PORTS = { ours: 4610, baseline: 4611 };
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** One figure of the table: ours beside the peer's, in one unit; no peer where it has no such step. */
interface Figure {
  label: string;
  unit: "s" | "MB" | "KB" | "ms" | "";
  ours: number;
  peer?: number;
  /** Written instead of the number. */
  text?: string;
}

const ratioOf = (figure: Figure): number | null =>
  figure.peer === undefined || figure.peer === 0 ? null : figure.ours / figure.peer;

function formatValue(value: number, unit: Figure["unit"]): string {
  const digits = unit === "s" || (unit === "MB" && value < 100) ? 1 : 0;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ""}`;
}

/** The one table the bench prints: every figure, ours, the peer's and ours/peer. */
function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => {
    const ratio = ratioOf(figure);
    return [
      figure.label,
      figure.text ?? formatValue(figure.ours, figure.unit),
      figure.peer === undefined ? "—" : formatValue(figure.peer, figure.unit),
      ratio === null ? "—" : `${ratio.toFixed(2)}×`,
    ];
  });
  const header = ["", "ours", "peer", "ours/peer"];
  const width = (column: number): number => Math.max(...[header, ...rows].map((row) => (row[column] ?? "").length));
  const line = (row: string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(width(0)) : cell.padStart(width(column) + 2))).join("");
  return [line(header), ...rows.map(line)].join("\n");
}

async function writeBaselineProject(): Promise<void> {
  await mkdir(path.join(BASELINE, "src", "pages"), { recursive: true });
  await writeFile(path.join(BASELINE, "astro.config.mjs"), `export default { build: { format: "directory" } };\n`);
  await writeFile(
    path.join(BASELINE, "src", "pages", "[id].astro"),
    `---
import { readdirSync, readFileSync } from "node:fs";
export function getStaticPaths() {
  const dir = ${JSON.stringify(RAW)};
  return readdirSync(dir).map((name) => {
    const [title = "", ...rest] = readFileSync(dir + "/" + name, "utf-8").split("\\n");
    return { params: { id: name.replace(/\\.txt$/, "") }, props: { title, paragraphs: rest.filter((line) => line.trim()) } };
  });
}
const { title, paragraphs } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><main data-pagefind-body><h1>{title}</h1>{paragraphs.map((p) => <p>{p}</p>)}</main></body></html>
`,
  );
}

interface QueryFigures {
  firstQueryKb: number;
  nextQueryKb: number;
  medianMs: number;
  /** Ours: opening the facet panel after the queries (the filters a query no longer loads). */
  facetsKb?: number;
}

/** Bytes of Pagefind files a page fetches while `action` runs. */
async function pagefindBytes(page: Page, action: () => Promise<void>): Promise<number> {
  let bytes = 0;
  const listener = (request: import("playwright-core").Request): void => {
    if (!request.url().includes("pagefind")) return;
    void request.sizes().then((sizes) => {
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
  };
  page.on("requestfinished", listener);
  await action();
  await page.waitForLoadState("networkidle");
  page.off("requestfinished", listener);
  return bytes;
}

/**
 * The same three figures for any search: bytes of the first query (`firstQuery` may load the page),
 * bytes of a following one, and the median time of 30 queries from the second on.
 */
async function queryFigures(
  page: Page,
  queries: string[],
  firstQuery: (query: string) => Promise<unknown>,
  search: (query: string) => Promise<number>,
): Promise<QueryFigures> {
  const first = await pagefindBytes(page, async () => {
    await firstQuery(queries[0] ?? "");
  });
  let following = 0;
  const next = await pagefindBytes(page, async () => {
    following = await search(queries[1] ?? "");
  });
  const timings = [following];
  for (const query of queries.slice(2, 31)) timings.push(await search(query));
  return { firstQueryKb: first / 1024, nextQueryKb: next / 1024, medianMs: median(timings) };
}

async function measureOurs(browser: Browser, queries: string[]): Promise<QueryFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = `http://127.0.0.1:${PORTS.ours}`;
  const figures = await queryFigures(
    page,
    queries,
    async (query) => {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector("[data-testid=search-status][data-done=true]");
    },
    (query) => timeSearchPage(page, query),
  );
  figures.facetsKb =
    (await pagefindBytes(page, async () => {
      await page.locator("#search-facets summary").click();
      await page.waitForSelector("select[name=region] option:nth-child(2)", { state: "attached" });
      await page.waitForSelector("[data-testid=search-status][data-done=true]");
    })) / 1024;
  await context.close();
  return figures;
}

async function measureBaseline(browser: Browser, queries: string[]): Promise<QueryFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORTS.baseline}/bench-000000/`);
  // Search and load the first ten results' data, as a results list would.
  const search = (query: string): Promise<number> =>
    page.evaluate(async (text) => {
      const started = performance.now();
      const module = "/pagefind/pagefind.js";
      const pagefind = (await import(/* @vite-ignore */ module)) as {
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
      };
      const response = await pagefind.search(text);
      await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
      return performance.now() - started;
    }, query);
  const figures = await queryFigures(page, queries, search, search);
  await context.close();
  return figures;
}

async function main(): Promise<void> {
  // The machine may be shared: the load is part of the figures.
  const loadAtStart = os.loadavg()[0] ?? 0;
  // Minutes of building come before the browser is needed: say now that it is missing.
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no browser at ${CHROMIUM}: run the bench as npm run bench (it installs Chromium as the tests do), or set CHROMIUM_PATH`,
    );
  await rm(OUT, { recursive: true, force: true });
  await mkdir(RAW, { recursive: true });
  const started = performance.now();
  const corpus = generateCorpus(N, { seed: Number(values.seed) });
  for (const file of corpus) await writeFile(path.join(RAW, file.name), file.text);
  const reports = corpus.reduce((sum, file) => sum + file.reports, 0);
  const vocabulary = vocabularyStats(corpus.map((file) => file.text));
  console.log(
    `corpus: ${N} files, ${reports} reports, ${(vocabulary.characters / 1e6).toFixed(1)} M characters, ${vocabulary.distinctCharacters} distinct characters, ${vocabulary.distinctCharacterPairs} distinct character pairs (${seconds(performance.now() - started)})`,
  );

  const env = {
    ...process.env,
    REPORTS_DIR: REPORTS,
    ASTRO_CACHE_DIR: path.join(OUT, "cache"),
    OUT_DIR: SITE,
    SITE_URL: "http://127.0.0.1",
  };
  const ingest = await runMeasured("npx", ["tsx", "scripts/ingest.ts", RAW, "--out", REPORTS, "--quiet"], env);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.output.slice(-2000)}`);
  const entries = Number(/total: (\d+) written/.exec(ingest.output)?.[1] ?? 0);
  console.log(
    `ingest: ${entries} entries in ${seconds(ingest.ms)} (${(entries / (ingest.ms / 1000)).toFixed(0)} reports/s), peak ${ingest.peakRssMb.toFixed(0)} MB`,
  );

  const build = await runMeasured("npx", ["tsx", "scripts/build.ts"], env);
  if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
  const indexMs = Number(/indexed \d+ reports in (\d+) ms/.exec(build.output)?.[1] ?? 0);
  const siteBytes = await folderBytes(SITE);
  const indexBytes = await folderBytes(path.join(SITE, "pagefind"));
  console.log(
    `ours: build ${seconds(build.ms)} (of which search index ${seconds(indexMs)}), peak ${build.peakRssMb.toFixed(0)} MB, site ${mb(siteBytes)}, index ${mb(indexBytes)}`,
  );

  // Issue 14's pages: their own routes, and the charts drawn on them and on tag, unit and region pages.
  const routes = astroRouteTimes(build.output);
  const routeSum = (prefix: string): RouteTime =>
    [...routes].reduce(
      (sum, [route, time]) =>
        route.startsWith(prefix) ? { pages: sum.pages + time.pages, ms: sum.ms + time.ms } : sum,
      { pages: 0, ms: 0 },
    );
  const followUp = {
    dashboard: routeSum("src/pages/dashboard"),
    timelines: routeSum("src/pages/timelines/"),
    topics: routeSum("src/pages/topics/"),
    charts: {
      count: Number(/charts: (\d+) drawn in (\d+) ms/.exec(build.output)?.[1] ?? 0),
      ms: Number(/charts: (\d+) drawn in (\d+) ms/.exec(build.output)?.[2] ?? 0),
    },
  };
  const followUpPages = followUp.dashboard.pages + followUp.timelines.pages + followUp.topics.pages;
  const followUpMs = followUp.dashboard.ms + followUp.timelines.ms + followUp.topics.ms;

  // Incremental: one more report into the built site, rebuilt with the caches of the full build. It is
  // dated in the corpus's latest year, as the next meeting's report is; the shards packing older years
  // stay as they were.
  const extra = generateCorpus(1, { seed: Number(values.seed) + 1, year: CORPUS_YEARS.at(-1) ?? 2024 }).map((file) => ({
    ...file,
    name: `extra-${file.name}`,
  }));
  await mkdir(RAW_EXTRA, { recursive: true });
  for (const file of extra) await writeFile(path.join(RAW_EXTRA, file.name), file.text);
  const extraIngest = await runMeasured(
    "npx",
    ["tsx", "scripts/ingest.ts", RAW_EXTRA, "--out", REPORTS, "--quiet"],
    env,
  );
  if (extraIngest.code !== 0) throw new Error(`ingest of the added report failed:\n${extraIngest.output.slice(-2000)}`);
  const rebuild = await runMeasured("npx", ["tsx", "scripts/build.ts"], env);
  if (rebuild.code !== 0) throw new Error(`rebuild failed:\n${rebuild.output.slice(-3000)}`);
  const shardLine = /indexed \d+ reports in (\d+) ms: (\d+) shards, (\d+) of them unchanged/.exec(rebuild.output);
  const incremental = {
    ingestMs: extraIngest.ms,
    buildMs: rebuild.ms,
    indexMs: Number(shardLine?.[1] ?? 0),
    shards: Number(shardLine?.[2] ?? 0),
    reusedShards: Number(shardLine?.[3] ?? 0),
  };
  console.log(
    `incremental: +1 report, ingest ${seconds(incremental.ingestMs)}, rebuild ${seconds(incremental.buildMs)} (search index ${seconds(incremental.indexMs)}, ${incremental.reusedShards} of ${incremental.shards} shards reused) vs full build ${seconds(build.ms)}`,
  );
  // What the rebuild redid and what it took from the full build's kept outputs (src/lib/build-cache.ts).
  for (const line of rebuild.output.match(/(?:charts|bodies): \d+ (?:drawn|rendered) in \d+ ms, \d+ kept[^\n]*/g) ?? [])
    console.log(`incremental: ${line}`);

  await writeBaselineProject();
  const baselineBuild = await runMeasured("npx", ["astro", "build", "--root", BASELINE]);
  if (baselineBuild.code !== 0) throw new Error(`baseline build failed:\n${baselineBuild.output.slice(-3000)}`);
  const baselineDist = path.join(BASELINE, "dist");
  const baselineIndex = await runMeasured("npx", ["pagefind", "--site", baselineDist, "--force-language", "zh"]);
  if (baselineIndex.code !== 0) throw new Error(`baseline pagefind failed:\n${baselineIndex.output.slice(-2000)}`);
  const baselineBytes = await folderBytes(baselineDist);
  const baselineIndexBytes = await folderBytes(path.join(baselineDist, "pagefind"));
  console.log(
    `baseline: astro build ${seconds(baselineBuild.ms)} (peak ${baselineBuild.peakRssMb.toFixed(0)} MB) + pagefind ${seconds(baselineIndex.ms)} (peak ${baselineIndex.peakRssMb.toFixed(0)} MB), site ${mb(baselineBytes)}, index ${mb(baselineIndexBytes)}`,
  );

  // Queries: topic words, places and random substrings of the corpus.
  const next = random(7);
  const queries = ["老旧小区", "加装电梯", "农贸市场", "秸秆禁烧", "背街小巷"];
  while (queries.length < 32) {
    const text = corpus[Math.floor(next() * corpus.length)]?.text ?? "";
    const at = Math.floor(next() * Math.max(1, text.length - 6));
    const piece = text.slice(at, at + 2 + Math.floor(next() * 3));
    if (/^[\u4e00-\u9fff]+$/.test(piece)) queries.push(piece);
  }
  const servers = [
    await startStaticServer({ root: SITE, base: "/", port: PORTS.ours }),
    await startStaticServer({ root: baselineDist, base: "/", port: PORTS.baseline }),
  ];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
  });
  let ours: QueryFigures;
  let baseline: QueryFigures;
  try {
    ours = await measureOurs(browser, queries);
    baseline = await measureBaseline(browser, queries);
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }

  const ourTotal = build.ms;
  const baselineTotal = baselineBuild.ms + baselineIndex.ms;
  const baselinePeak = Math.max(baselineBuild.peakRssMb, baselineIndex.peakRssMb);
  const load = { start: loadAtStart, end: os.loadavg()[0] ?? 0 };
  const figures: Figure[] = [
    { label: "ingest (raw text → entries)", unit: "s", ours: ingest.ms / 1000 },
    { label: "ingest peak memory", unit: "MB", ours: ingest.peakRssMb },
    { label: "full build (site + index)", unit: "s", ours: ourTotal / 1000, peer: baselineTotal / 1000 },
    { label: "  of which Astro", unit: "s", ours: (build.ms - indexMs) / 1000, peer: baselineBuild.ms / 1000 },
    { label: "  of which search index", unit: "s", ours: indexMs / 1000, peer: baselineIndex.ms / 1000 },
    // The follow-up pages (issue 14) have no counterpart in the peer.
    {
      label: "  dashboard, timelines, topics",
      unit: "s",
      ours: followUpMs / 1000,
      text: `${seconds(followUpMs)} (${followUpPages} pages)`,
    },
    {
      label: "  charts drawn, all pages",
      unit: "s",
      ours: followUp.charts.ms / 1000,
      text: `${seconds(followUp.charts.ms)} (${followUp.charts.count})`,
    },
    {
      // The peer has no incremental build: a new report means building it all again.
      label: "+1 report: ingest + rebuild",
      unit: "s",
      ours: (incremental.ingestMs + incremental.buildMs) / 1000,
      peer: baselineTotal / 1000,
    },
    {
      label: "  index shards reused",
      unit: "",
      ours: incremental.reusedShards,
      text: `${incremental.reusedShards} of ${incremental.shards}`,
    },
    { label: "peak memory, all processes", unit: "MB", ours: build.peakRssMb, peer: baselinePeak },
    { label: "output size", unit: "MB", ours: siteBytes / 2 ** 20, peer: baselineBytes / 2 ** 20 },
    { label: "search index size", unit: "MB", ours: indexBytes / 2 ** 20, peer: baselineIndexBytes / 2 ** 20 },
    { label: "first query transferred", unit: "KB", ours: ours.firstQueryKb, peer: baseline.firstQueryKb },
    { label: "following query transferred", unit: "KB", ours: ours.nextQueryKb, peer: baseline.nextQueryKb },
    { label: "  facet panel opened after it", unit: "KB", ours: ours.facetsKb ?? 0 },
    { label: "typing-to-results, median of 30", unit: "ms", ours: ours.medianMs, peer: baseline.medianMs },
  ];
  console.log(
    `\n${N} files, ${reports} reports, ${entries} entries; ${os.cpus().length} cores, load average ${load.start.toFixed(1)} at start, ${load.end.toFixed(1)} at end\n`,
  );
  console.log(formatTable(figures));
  // Where Astro's page-rendering time goes (#16): the routes that cost most, summed over their pages.
  const routeCosts = [...routes].map(([route, time]) => ({ route, ...time })).sort((a, b) => b.ms - a.ms);
  console.log(
    `\nAstro page rendering by route (${seconds(routeCosts.reduce((sum, route) => sum + route.ms, 0))} of Astro's ${seconds(build.ms - indexMs)}):`,
  );
  for (const { route, pages, ms } of routeCosts.slice(0, 12))
    console.log(`  ${seconds(ms).padStart(8)}  ${String(pages).padStart(6)} pages  ${route}`);
  await writeFile(
    path.join(OUT, "bench.json"),
    `${JSON.stringify(
      {
        n: N,
        reports,
        entries,
        vocabulary,
        machine: { cores: os.cpus().length, loadAverage: load, memoryGb: os.totalmem() / 2 ** 30 },
        figures: figures.map((figure) => ({ ...figure, ratio: ratioOf(figure) })),
        ingest: { ms: ingest.ms, peakRssMb: ingest.peakRssMb, reportsPerSecond: entries / (ingest.ms / 1000) },
        incremental,
        followUp,
        astroRoutes: routeCosts,
        ours: { buildMs: build.ms, indexMs, peakRssMb: build.peakRssMb, siteBytes, indexBytes, ...ours },
        baseline: {
          buildMs: baselineBuild.ms,
          indexMs: baselineIndex.ms,
          peakRssMb: baselinePeak,
          siteBytes: baselineBytes,
          indexBytes: baselineIndexBytes,
          ...baseline,
        },
      },
      null,
      2,
    )}\n`,
  );
  if (!values.keep) {
    for (const folder of [RAW, RAW_EXTRA, REPORTS, BASELINE, path.join(OUT, "cache")])
      await rm(folder, { recursive: true, force: true });
    await removeSite(SITE);
  }
  console.log(`\nbench: wrote ${path.join(OUT, "bench.json")}`);
}

await main();
