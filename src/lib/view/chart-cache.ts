import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { version as echartsVersion } from "echarts/core";
import type { ChartData } from "../catalog/chart-data";
import { DRAWING_RULES, chartOption, chartSize, chartStats, renderChartSvg } from "./chart-svg";

/**
 * Chart SVGs kept between builds, named by a digest of everything that decides the drawing: the
 * chart's data, its id on the page, the ECharts option (colours, sizes, labels), ECharts' version and
 * the code and rules that draw and clean it. A
 * rebuild after one more report redraws only the charts whose data changed; drawing is a quarter
 * of a build's time (ECharts, 6.5 ms a chart).
 */

/** ECharts' version and the drawing rules are part of every key: a change to either redraws every chart. */
const DRAWING_CODE = createHash("sha256").update(`${echartsVersion}\n${DRAWING_RULES}`).digest("hex");

/** Where the drawings are kept: beside Astro's own cache (ASTRO_CACHE_DIR, as scripts/build.ts uses). */
export function chartCacheDir(): string {
  return path.join(process.env["ASTRO_CACHE_DIR"] ?? "node_modules/.astro", "charts");
}

/** The key of one drawing: the code's, then the chart's id, data, size and the ECharts option drawn from them. */
export function chartDigest(chart: ChartData, id: string): string {
  return createHash("sha256")
    .update(DRAWING_CODE)
    .update(JSON.stringify([id, chart, chartSize(chart), chartOption(chart)]))
    .digest("hex")
    .slice(0, 32);
}

/** The chart's SVG from the cache, or drawn now and kept. */
export function cachedChartSvg(chart: ChartData, id: string, dir = chartCacheDir()): string {
  const digest = chartDigest(chart, id);
  const file = path.join(dir, `${digest}.svg`);
  const stats = chartStats();
  stats.used.add(digest);
  try {
    const kept = readFileSync(file, "utf-8");
    stats.cached += 1;
    return kept;
  } catch {
    // Not drawn before: draw it below.
  }
  const svg = renderChartSvg(chart, id);
  mkdirSync(dir, { recursive: true });
  // Written whole under another name, then renamed: a build stopped midway leaves no half drawing.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, svg);
  renameSync(partial, file);
  return svg;
}

/** Removes the drawings this build did not use, so the cache holds one build's charts. */
export function pruneChartCache(used: ReadonlySet<string>, dir = chartCacheDir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (used.has(name.replace(/\.svg$/, ""))) continue;
    rmSync(path.join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}
