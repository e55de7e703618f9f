import type { CatalogEntry, LedgerRow } from "./catalog";
import { dateYear } from "../view/dates";
import { regionLevels } from "../view/report-view";
import { datedStatus, followUpDeadline } from "../followup/status";

/**
 * What the charts show, as plain data: categories along one axis, one or more series of counts.
 * The same data draws the SVG (view/chart-svg.ts) and fills the table behind it, so the two never
 * disagree. Counting lives here; drawing knows nothing of reports.
 */

/** One named series of counts, a value per category. */
export interface ChartSeries {
  name: string;
  values: number[];
}

/** A bar chart's data: its title, axis names, categories and series. */
export interface ChartData {
  /** The chart's title (Chinese), shown above it and read out as the SVG's name. */
  title: string;
  /** What the categories are (年份, 责任单位 …): the category axis's name and the table's first column. */
  categoryAxis: string;
  /** What is counted (举措数, 报告数). */
  valueAxis: string;
  categories: string[];
  series: ChartSeries[];
  /** Bars along (horizontal) or up (vertical); long names such as units read better along. */
  orientation: "vertical" | "horizontal";
  /** Series stacked into one bar per category rather than side by side. */
  stacked: boolean;
  /** A line under the chart: what was left out, which day a status was computed for. */
  note?: string;
}

/** The label of the series that gathers what a chart's limit leaves out. */
export const OTHER_SERIES = "其他";

interface CountOptions<T> {
  /** A category of an item, or null to leave the item out (a report with no year). */
  category: (item: T) => string | null;
  /** The series an item counts in (one name, or several: a measure under each of its tags). */
  series: (item: T) => string | readonly string[];
  /**
   * How categories are ordered: years ascending, with the years between that count nothing filled
   * in (a gap in time shows as a gap), or by total, largest first.
   */
  order: "years" | "total";
  /** At most this many categories (the largest, when ordered by total). */
  categoryLimit?: number;
  /** At most this many series, the largest; the rest are summed as 其他 when `other` is set. */
  seriesLimit?: number;
  other?: boolean;
  /** Series in this order first (statuses); otherwise largest first. */
  seriesOrder?: readonly string[];
}

/**
 * Counts items into categories × series. Years are ordered as names; a series order fixed by the
 * caller (statuses) is kept even for series that count nothing, so colours mean the same on every chart.
 */
export function countBy<T>(
  items: readonly T[],
  options: CountOptions<T>,
): { categories: string[]; series: ChartSeries[]; leftOut: { categories: number; series: number } } {
  const counts = new Map<string, Map<string, number>>();
  const seriesTotals = new Map<string, number>();
  const categoryTotals = new Map<string, number>();
  for (const item of items) {
    const category = options.category(item);
    if (category === null) continue;
    const names = options.series(item);
    for (const name of new Set(typeof names === "string" ? [names] : names)) {
      const row = counts.get(category) ?? new Map<string, number>();
      counts.set(category, row);
      row.set(name, (row.get(name) ?? 0) + 1);
      seriesTotals.set(name, (seriesTotals.get(name) ?? 0) + 1);
      categoryTotals.set(category, (categoryTotals.get(category) ?? 0) + 1);
    }
  }
  const byName = (a: string, b: string): number => a.localeCompare(b, "zh-CN");
  let categories =
    options.order === "years"
      ? yearRange([...counts.keys()])
      : [...counts.keys()].sort((a, b) => (categoryTotals.get(b) ?? 0) - (categoryTotals.get(a) ?? 0) || byName(a, b));
  const allCategories = categories.length;
  if (options.categoryLimit !== undefined) categories = categories.slice(0, options.categoryLimit);
  const ranked = options.seriesOrder
    ? [...options.seriesOrder]
    : [...seriesTotals.keys()].sort((a, b) => (seriesTotals.get(b) ?? 0) - (seriesTotals.get(a) ?? 0) || byName(a, b));
  const limit = options.seriesLimit ?? ranked.length;
  // With 其他, one place is kept for it, so the chart never shows more than the limit.
  const kept =
    ranked.length > limit && options.other ? ranked.slice(0, Math.max(1, limit - 1)) : ranked.slice(0, limit);
  const rest = ranked.filter((name) => !kept.includes(name));
  const series = kept.map((name) => ({
    name,
    values: categories.map((category) => counts.get(category)?.get(name) ?? 0),
  }));
  if (options.other && rest.length > 0)
    series.push({
      name: OTHER_SERIES,
      values: categories.map((category) => rest.reduce((sum, name) => sum + (counts.get(category)?.get(name) ?? 0), 0)),
    });
  return {
    categories,
    series,
    leftOut: { categories: allCategories - categories.length, series: options.other ? 0 : rest.length },
  };
}

/** Every year from the first to the last of `years` (four-digit strings), in order. */
export function yearRange(years: readonly string[]): string[] {
  const numbers = years.map(Number).filter(Number.isInteger);
  if (numbers.length === 0) return [];
  const [first, last] = [Math.min(...numbers), Math.max(...numbers)];
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}

/** Says which series are shown on their own when the rest were gathered as 其他. */
function gatheredNote(series: readonly ChartSeries[], word: string, counted: string): string {
  const named = series.filter((item) => item.name !== OTHER_SERIES).length;
  return named < series.length ? `${counted}数最多的 ${named} 个${word}单列，其余合为“${OTHER_SERIES}”；` : "";
}

const yearOf = (date: string): string | null => {
  const year = dateYear(date);
  return year === null ? null : String(year);
};

/** A sentence saying what a limit left out, or undefined when nothing was. */
function leftOutNote(leftOut: { categories: number; series: number }, categoryWord: string): string | undefined {
  const parts = [
    leftOut.categories > 0 ? `另有 ${leftOut.categories} 个${categoryWord}未列出` : "",
    leftOut.series > 0 ? `另有 ${leftOut.series} 个系列未列出` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join("，")}。` : undefined;
}

/** 各标签举措数（按年份）: measures per year, one series per tag, the largest tags and 其他. */
export function measuresPerTagYear(rows: readonly LedgerRow[], tagLimit = 6): ChartData {
  const { categories, series } = countBy(rows, {
    category: (row) => yearOf(row.date),
    series: (row) => row.measure.tags,
    order: "years",
    seriesLimit: tagLimit,
    other: true,
  });
  return {
    title: "各标签工作举措数（按年份）",
    categoryAxis: "年份",
    valueAxis: "举措数",
    categories,
    series,
    orientation: "vertical",
    stacked: true,
    note: `${gatheredNote(series, "标签", "举措")}一项举措有几个标签就计入几个标签；报告年份不详的不计。`,
  };
}

/** The dated follow-up statuses that count as open, in the order the charts stack them. */
const OPEN_STATUSES = ["逾期", "即将到期", "进行中"] as const;

/**
 * 在办举措最多的责任单位: per unit, its measures with a dated deadline by status on `today`
 * (逾期, 即将到期, 进行中), the units owing most first. Recurring and undated work is not counted.
 */
export function openMeasuresByUnit(
  rowsByUnit: ReadonlyMap<string, readonly LedgerRow[]>,
  today: string,
  limit = 10,
): ChartData {
  const statusWord = { overdue: "逾期", "due-soon": "即将到期", "in-progress": "进行中" } as const;
  const items = [...rowsByUnit].flatMap(([unit, rows]) =>
    rows.flatMap((row) => {
      const due = followUpDeadline(row.measure).due;
      return due ? [{ unit, status: statusWord[datedStatus(due, today)] }] : [];
    }),
  );
  const { categories, series, leftOut } = countBy(items, {
    category: (item) => item.unit,
    series: (item) => item.status,
    order: "total",
    categoryLimit: limit,
    seriesOrder: OPEN_STATUSES,
  });
  return {
    title: "在办举措最多的责任单位",
    categoryAxis: "责任单位",
    valueAxis: "举措数",
    categories,
    series,
    orientation: "horizontal",
    stacked: true,
    note: `按 ${today} 的时限状态统计有明确期限的举措；长期、年份不详和未定时限的不计。${leftOutNote(leftOut, "单位") ?? ""}`,
  };
}

/**
 * The region level a chart of the whole archive groups by: provinces when the archive spans
 * several, else the cities of its one province (a provincial archive would be one bar).
 */
export function chartRegionLevel(entries: readonly CatalogEntry[]): 0 | 1 {
  const provinces = new Set(entries.map((entry) => regionLevels(entry.data.region)[0]));
  return provinces.size > 1 ? 0 : 1;
}

/** 各地区报告数（按年份）: reports per year, one series per region (the largest, and 其他). */
export function reportsPerRegionYear(entries: readonly CatalogEntry[], regionLimit = 6): ChartData {
  const level = chartRegionLevel(entries);
  const { categories, series } = countBy(entries, {
    category: (entry) => yearOf(entry.data.date),
    series: (entry) => {
      const levels = regionLevels(entry.data.region);
      return levels[level] ?? levels[0] ?? "";
    },
    order: "years",
    seriesLimit: regionLimit,
    other: true,
  });
  return {
    title: `各地区报告数（按年份）`,
    categoryAxis: "年份",
    valueAxis: "报告数",
    categories,
    series,
    orientation: "vertical",
    stacked: true,
    note: `按${level === 0 ? "省" : "市"}统计。${gatheredNote(series, "地区", "报告")}报告年份不详的不计。`,
  };
}

/** One group's measures per year, by region (a tag's page): the regions with most, and 其他. */
export function measuresPerYearByRegion(rows: readonly LedgerRow[], title: string, regionLimit = 5): ChartData {
  const { categories, series } = countBy(rows, {
    category: (row) => yearOf(row.date),
    series: (row) => row.region,
    order: "years",
    seriesLimit: regionLimit,
    other: true,
  });
  return {
    title,
    categoryAxis: "年份",
    valueAxis: "举措数",
    categories,
    series,
    orientation: "vertical",
    stacked: true,
    note: `${gatheredNote(series, "地区", "举措")}报告年份不详的举措不计。`,
  };
}

/** A group's count per year in one series (a unit's measures, a region's reports). */
export function perYear<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  title: string,
  counted: string,
): ChartData {
  const { categories, series } = countBy(items, {
    category: (item) => yearOf(dateOf(item)),
    series: () => counted,
    order: "years",
  });
  return {
    title,
    categoryAxis: "年份",
    valueAxis: counted,
    categories,
    series,
    orientation: "vertical",
    stacked: false,
    note: "报告年份不详的不计。",
  };
}

/**
 * True when a group page's chart would show more than one bar: a unit named in one year's reports
 * gets no chart (its table says as much), which also spares the build thousands of drawings (the
 * bench at 2,000 reports drew 7,858 charts, most of them single bars on unit pages).
 */
export const worthDrawing = (chart: ChartData): boolean =>
  chart.categories.filter((_, index) => chart.series.some((series) => (series.values[index] ?? 0) > 0)).length >= 2;

/** True when a chart has something to draw. */
export const hasData = (chart: ChartData): boolean => chart.series.some((series) => series.values.some((v) => v > 0));
