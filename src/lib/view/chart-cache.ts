import { createHash } from "node:crypto";
import { version as echartsVersion } from "echarts/core";
import { keep, keptDir, keptStats, readKept } from "../build-cache";
import type { ChartData } from "../catalog/chart-data";
import { DRAWING_RULES, chartOption, chartSize, renderChartSvg } from "./chart-svg";

/**
 * Chart SVGs kept between builds, named by a digest of everything that decides the drawing: the
 * chart's data, its id on the page, the ECharts option (colours, sizes, labels), ECharts' version and
 * the code and rules that draw and clean it. A
 * rebuild after one more report redraws only the charts whose data changed; drawing is a quarter
 * of a build's time (ECharts, 6.5 ms a chart).
 */

/** ECharts' version and the drawing rules are part of every key: a change to either redraws every chart. */
const DRAWING_CODE = createHash("sha256").update(`${echartsVersion}\n${DRAWING_RULES}`).digest("hex");

/** The key of one drawing: the code's, then the chart's id, data, size and the ECharts option drawn from them. */
export function chartDigest(chart: ChartData, id: string): string {
  return createHash("sha256")
    .update(DRAWING_CODE)
    .update(JSON.stringify([id, chart, chartSize(chart), chartOption(chart)]))
    .digest("hex")
    .slice(0, 32);
}

/** The chart's SVG from the cache (build-cache.ts), or drawn now and kept. */
export function cachedChartSvg(chart: ChartData, id: string, dir = keptDir("charts")): string {
  const digest = chartDigest(chart, id);
  const stats = keptStats("charts");
  stats.used.add(digest);
  const kept = readKept(dir, `${digest}.svg`);
  if (kept !== undefined) {
    stats.kept += 1;
    return kept;
  }
  const svg = renderChartSvg(chart, id);
  keep(dir, `${digest}.svg`, svg);
  return svg;
}
