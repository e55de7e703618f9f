import { expect, test } from "vitest";
import type { ChartData } from "../../../src/lib/catalog/chart-data";
import { cleanSvg, renderChartSvg } from "../../../src/lib/view/chart-svg";
import { CONTENT_SECURITY_POLICY } from "../../../src/lib/hosting/security";

const chart: ChartData = {
  title: "各标签工作举措数（按年份）",
  categoryAxis: "年份",
  valueAxis: "举措数",
  categories: ["2023", "2024"],
  series: [
    { name: "老旧小区改造", values: [2, 3] },
    { name: "其他", values: [1, 0] },
  ],
  orientation: "vertical",
  stacked: true,
};

test("the CSP this must pass allows no inline style", () => {
  expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
  expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
});

test("a chart is an SVG with its title, Chinese axis names and legend, and nothing the CSP would block", () => {
  const svg = renderChartSvg(chart, "c1");
  expect(svg).toMatch(/^<svg\b[^>]*\brole="img"[^>]*aria-labelledby="c1-title"/);
  expect(svg).toContain('<title id="c1-title">各标签工作举措数（按年份）</title>');
  for (const text of [">年份<", ">举措数<", ">老旧小区改造<", ">2024<"]) expect(svg).toContain(text);
  expect(svg).not.toMatch(/style=|<style|<script|\son[a-z]+=|ecmeta_|href=/i);
  // Scales to its box: a viewBox, no fixed size.
  expect(svg).toMatch(/viewBox="0 0 720 340"/);
  expect(svg).not.toMatch(/^<svg[^>]*\swidth=/);
});

test("horizontal bars draw long unit names cut on the axis", () => {
  const svg = renderChartSvg(
    { ...chart, orientation: "horizontal", categories: ["洛阳市住房和城乡建设局城市更新工作专班", "嵩县人民政府"] },
    "c2",
  );
  expect(svg).toContain("嵩县人民政府");
  expect(svg).toContain("洛阳市住房和城乡建设局城市…");
});

test("cleanSvg turns style attributes into presentation attributes and drops ECharts' hover styles", () => {
  const cleaned = cleanSvg(
    '<svg><text style="font-size:12px;font-family:sans-serif;font-weight:bold;" class="zr0-cls-1" ecmeta_series_index="0">年</text><style>.zr0-cls-1:hover{fill:red}</style></svg>',
  );
  expect(cleaned).toBe('<svg><text font-size="12" font-weight="bold">年</text></svg>');
});

test("cleanSvg refuses what it cannot make safe, saying what", () => {
  expect(() => cleanSvg('<svg><text style="text-shadow:1px 1px red">x</text></svg>')).toThrow(/text-shadow/);
  expect(() => cleanSvg("<svg><script>alert(1)</script></svg>")).toThrow(/<script/);
});
