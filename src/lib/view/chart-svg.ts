import { init, use } from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { ChartData } from "../catalog/chart-data";
import { keptStats } from "../build-cache";
import { escapeMarkup } from "./cell-markup";

/**
 * A chart drawn at build time as a static SVG with Apache ECharts' server-side renderer, then made
 * fit for the site's Content-Security-Policy (style-src 'self', no inline style or script): style
 * attributes become presentation attributes, ECharts' hover <style> and its bookkeeping attributes
 * go. No script, no link, nothing fetched: the SVG is inline markup that prints as it shows.
 */

use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

/** Series colours, distinct in print and on screen, dark enough for text-size contrast on white. */
export const CHART_COLOURS = ["#1f5f99", "#b3541e", "#3b7d3a", "#7a4f9a", "#a0306b", "#2f7f86", "#6b6b6b", "#8a6a14"];

/** Status series keep their own colours everywhere: 逾期 red, 即将到期 amber, 进行中 blue. */
const SERIES_COLOURS: Readonly<Record<string, string>> = {
  逾期: "#b42318",
  即将到期: "#a15c00",
  进行中: "#1f5f99",
  其他: "#8c959f",
};

const TEXT = "#1f2328";
const AXIS = "#57606a";
const GRID = "#d8dee4";

/** Drawing size: the SVG scales to its box (viewBox), so these set proportions and text size. */
export interface ChartSize {
  width: number;
  height: number;
}

/** The size a chart is drawn at: horizontal bars grow with their categories. */
export function chartSize(chart: ChartData): ChartSize {
  if (chart.orientation === "horizontal")
    return { width: 720, height: Math.max(200, 90 + chart.categories.length * 30) };
  return { width: 720, height: 340 };
}

/** Characters of a category name shown on the axis; the table below has the whole name. */
const LABEL_CHARS = 14;
const shortLabel = (name: string): string => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name);

/** ECharts option for a chart's data: bars, axes named in Chinese, a legend when there are several series. */
export function chartOption(chart: ChartData): Record<string, unknown> {
  const horizontal = chart.orientation === "horizontal";
  const legend = chart.series.length > 1;
  const textStyle = { color: TEXT, fontSize: 12 };
  const categoryAxis = {
    type: "category",
    data: chart.categories.map(shortLabel),
    name: chart.categoryAxis,
    // Horizontal bars run top to bottom (inverse), so "start" puts the name above them.
    nameLocation: horizontal ? "start" : "middle",
    nameGap: horizontal ? 12 : 28,
    nameTextStyle: textStyle,
    axisLabel: { ...textStyle, interval: 0, ...(horizontal ? {} : { hideOverlap: true }) },
    axisLine: { lineStyle: { color: AXIS } },
    axisTick: { alignWithLabel: true, lineStyle: { color: AXIS } },
    // Categories top to bottom in the data's order (largest first).
    ...(horizontal ? { inverse: true } : {}),
  };
  const valueAxis = {
    type: "value",
    name: chart.valueAxis,
    nameLocation: horizontal ? "middle" : "end",
    nameGap: horizontal ? 26 : 12,
    nameTextStyle: textStyle,
    minInterval: 1,
    axisLabel: textStyle,
    splitLine: { lineStyle: { color: GRID } },
  };
  let colour = 0;
  return {
    animation: false,
    aria: { enabled: false },
    textStyle: { fontFamily: "sans-serif", color: TEXT },
    grid: {
      left: horizontal ? 16 : 48,
      right: horizontal ? 40 : 24,
      top: legend && !horizontal ? 48 : 32,
      bottom: horizontal ? (legend ? 64 : 40) : 44,
    },
    legend: legend
      ? {
          show: true,
          ...(horizontal ? { bottom: 4 } : { top: 4 }),
          left: "center",
          itemWidth: 14,
          itemHeight: 10,
          textStyle,
          selectedMode: false,
        }
      : { show: false },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: chart.series.map((series) => ({
      type: "bar",
      name: series.name,
      data: series.values,
      ...(chart.stacked ? { stack: "all" } : {}),
      barMaxWidth: 36,
      itemStyle: { color: SERIES_COLOURS[series.name] ?? CHART_COLOURS[colour++ % CHART_COLOURS.length] },
      emphasis: { disabled: true },
      label: {
        show: !chart.stacked && chart.categories.length <= 24,
        position: horizontal ? "right" : "top",
        ...textStyle,
      },
    })),
  };
}

/** Presentation attributes a style declaration may become; font-family is left to the page's CSS (system CJK fonts). */
const PresentationProperties = new Set([
  "font-size",
  "font-weight",
  "font-style",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "opacity",
]);
const StyleAttributeRE = /\sstyle="([^"]*)"/g;
/** ECharts' bookkeeping (ecmeta_*), its per-instance hover classes and pointer hints: no use in a static file. */
const NoiseAttributeRE = /\s(?:ecmeta_[a-z_]+|pointer-events|class)="[^"]*"/g;
const StyleElementRE = /<style\b[^>]*>[\s\S]*?<\/style>/g;
/** What must never be in the markup after cleaning (the CSP would block it, or it would run). */
const ForbiddenRE = /<script|<style|\sstyle=|\son[a-z]+=|(?:xlink:)?href=|<foreignObject|url\(/i;

/**
 * The SVG as the site may serve it inline: style attributes turned into presentation attributes,
 * no <style>, no ECharts bookkeeping. Throws on anything it cannot make safe, naming it.
 */
export function cleanSvg(svg: string): string {
  const cleaned = svg
    .replace(StyleElementRE, "")
    .replace(NoiseAttributeRE, "")
    .replace(StyleAttributeRE, (_whole, declarations: string) =>
      declarations
        .split(";")
        .map((declaration) => declaration.trim())
        .filter(Boolean)
        .map((declaration) => {
          const at = declaration.indexOf(":");
          const property = declaration.slice(0, at).trim().toLowerCase();
          const value = declaration.slice(at + 1).trim();
          if (property === "font-family") return "";
          if (!PresentationProperties.has(property))
            throw new Error(`chart SVG: no presentation attribute for the style "${declaration}"`);
          return ` ${property}="${value.replace(/px$/, "").replace(/"/g, "")}"`;
        })
        .join(""),
    );
  const forbidden = ForbiddenRE.exec(cleaned);
  if (forbidden) throw new Error(`chart SVG: "${forbidden[0]}" is still in the markup after cleaning`);
  return cleaned;
}

/**
 * A chart as inline SVG markup: drawn by ECharts, cleaned (cleanSvg), with a <title> (its
 * accessible name, `id` makes it unique on the page) and class chart-svg for the stylesheet.
 */
export function renderChartSvg(chart: ChartData, id: string): string {
  const started = performance.now();
  const size = chartSize(chart);
  const instance = init(null, null, { renderer: "svg", ssr: true, ...size });
  let svg: string;
  try {
    instance.setOption(chartOption(chart));
    svg = instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
  const titleId = `${id}-title`;
  const drawn = cleanSvg(svg).replace(
    /^<svg\b([^>]*)>/,
    (_whole, attributes: string) =>
      `<svg${attributes.replace(/\s(?:width|height)="[^"]*"/g, "")} class="chart-svg" role="img" aria-labelledby="${titleId}" focusable="false"><title id="${titleId}">${escapeMarkup(chart.title)}</title>`,
  );
  const stats = keptStats("charts");
  stats.made += 1;
  stats.ms += performance.now() - started;
  return drawn;
}

/**
 * What decides a chart's markup besides its ECharts option (which carries the colours, sizes and
 * labels): the drawing and cleaning code and the rules it cleans by. chart-cache.ts keys drawings on
 * it, so a change to any of them redraws every chart.
 */
export const DRAWING_RULES = [
  renderChartSvg,
  cleanSvg,
  escapeMarkup,
  StyleAttributeRE,
  NoiseAttributeRE,
  StyleElementRE,
  ForbiddenRE,
  [...PresentationProperties],
]
  .map(String)
  .join("\n");
