import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import type { ChartData } from "../../../src/lib/catalog/chart-data";
import { keptStats, pruneKept } from "../../../src/lib/build-cache";
import { cachedChartSvg, chartDigest } from "../../../src/lib/view/chart-cache";
import { DRAWING_RULES, renderChartSvg } from "../../../src/lib/view/chart-svg";

// Each test's cache folder, removed after it so runs leave nothing in the system's temp folder.
const made: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "charts-"));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const chart: ChartData = {
  title: "洛阳市「老旧小区改造」举措数（按年份）",
  categoryAxis: "年份",
  valueAxis: "举措数",
  categories: ["2023", "2024"],
  series: [{ name: "举措数", values: [2, 3] }],
  orientation: "vertical",
  stacked: false,
};

test("a chart drawn once is taken from the cache the next time, the same markup, not drawn again", () => {
  const dir = cacheDir();
  const drawnBefore = keptStats("charts").made;
  const first = cachedChartSvg(chart, "c1", dir);
  const second = cachedChartSvg(chart, "c1", dir);
  expect(second).toBe(first);
  expect(first).toBe(renderChartSvg(chart, "c1"));
  // One drawing for the two calls above (the third, renderChartSvg, is this test's own).
  expect(keptStats("charts").made - drawnBefore).toBe(2);
  expect(readdirSync(dir)).toEqual([`${chartDigest(chart, "c1")}.svg`]);
});

test("the key covers the cleaning rules, not only the functions' text: changing a rule redraws", () => {
  for (const rule of ["ecmeta_", "fill-opacity", "foreignObject", "function cleanSvg"])
    expect(DRAWING_RULES).toContain(rule);
});

test("new data or another id is another drawing", () => {
  const more = { ...chart, series: [{ name: "举措数", values: [2, 4] }] };
  expect(chartDigest(more, "c1")).not.toBe(chartDigest(chart, "c1"));
  expect(chartDigest(chart, "c2")).not.toBe(chartDigest(chart, "c1"));
});

test("pruning keeps the drawings a build used and drops the rest", () => {
  const dir = cacheDir();
  const kept = chartDigest(chart, "c1");
  writeFileSync(path.join(dir, `${kept}.svg`), "<svg/>");
  writeFileSync(path.join(dir, "stale.svg"), "<svg/>");
  expect(pruneKept(dir, new Set([kept]))).toBe(1);
  expect(readdirSync(dir)).toEqual([`${kept}.svg`]);
  expect(pruneKept(path.join(dir, "missing"), new Set())).toBe(0);
});
