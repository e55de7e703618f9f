import { expect, test } from "vitest";
import { catalogEntry } from "../../support/catalog-entry";
import { ledgerRows, measuresByUnit, sortReports } from "../../../src/lib/catalog/catalog";
import {
  countBy,
  hasData,
  measuresPerTagYear,
  openMeasuresByUnit,
  OTHER_SERIES,
  perYear,
  reportsPerRegionYear,
  worthDrawing,
  yearRange,
} from "../../../src/lib/catalog/chart-data";

const entries = sortReports([
  catalogEntry("a", {
    date: "2022-03-01",
    region: { province: "河南省", city: "洛阳市" },
    measures: [
      {
        text: "老旧小区改造",
        tags: ["老旧小区改造", "加装电梯"],
        units: ["市住建局"],
        deadline: { text: "年底前", date: "2022-12" },
      },
      { text: "秸秆禁烧", tags: ["秸秆禁烧"], units: ["市住建局"] },
    ],
  }),
  catalogEntry("b", {
    date: "2024-09-19",
    region: { province: "河南省", city: "周口市" },
    measures: [
      {
        text: "老旧小区改造",
        tags: ["老旧小区改造"],
        units: ["市城管局"],
        deadline: { text: "9月底前", date: "2024-09-30" },
      },
      { text: "年底前完成", tags: ["秸秆禁烧"], units: ["市城管局"], deadline: { text: "年底前", date: "2024-12-31" } },
    ],
  }),
  catalogEntry("c", {
    date: "--06-18",
    region: { province: "河南省", city: "洛阳市" },
    measures: [{ text: "x", tags: ["秸秆禁烧"] }],
  }),
]);
const rows = ledgerRows(entries);

test("yearRange fills the years between the first and the last", () => {
  expect(yearRange(["2024", "2021"])).toEqual(["2021", "2022", "2023", "2024"]);
  expect(yearRange([])).toEqual([]);
});

test("measures per tag and year: a measure counts under each tag, years without a report are shown, no year is left out", () => {
  const chart = measuresPerTagYear(rows);
  expect(chart.categories).toEqual(["2022", "2023", "2024"]);
  expect(Object.fromEntries(chart.series.map((series) => [series.name, series.values]))).toEqual({
    老旧小区改造: [1, 0, 1],
    秸秆禁烧: [1, 0, 1],
    加装电梯: [1, 0, 0],
  });
  expect(chart.note).not.toContain(OTHER_SERIES);
});

test("past the series limit the rest are summed as 其他 (ties by name), and the note says so", () => {
  const chart = measuresPerTagYear(rows, 2);
  expect(chart.series.map((series) => series.name)).toEqual(["秸秆禁烧", OTHER_SERIES]);
  expect(chart.series[1]?.values).toEqual([2, 0, 1]);
  expect(chart.note).toContain("最多的 1 个标签单列");
});

test("open measures by unit count dated measures by status on the day, units owing most first", () => {
  const byUnit = new Map(measuresByUnit(rows).map((group) => [group.name, group.items]));
  const chart = openMeasuresByUnit(byUnit, "2024-09-15");
  expect(chart.categories).toEqual(["市城管局", "市住建局"]);
  expect(chart.series).toEqual([
    { name: "逾期", values: [0, 1] },
    { name: "即将到期", values: [1, 0] },
    { name: "进行中", values: [1, 0] },
  ]);
  expect(chart.orientation).toBe("horizontal");
  expect(chart.note).toContain("2024-09-15");
});

test("a category limit keeps the largest and the note counts those left out", () => {
  const byUnit = new Map(measuresByUnit(rows).map((group) => [group.name, group.items]));
  const chart = openMeasuresByUnit(byUnit, "2024-09-15", 1);
  expect(chart.categories).toEqual(["市城管局"]);
  expect(chart.note).toContain("另有 1 个单位未列出");
});

test("reports per region and year group by city when the archive is one province", () => {
  const chart = reportsPerRegionYear(entries);
  expect(chart.series.map((series) => series.name).sort()).toEqual(["河南省洛阳市", "河南省周口市"].sort());
  const cross = reportsPerRegionYear([...entries, catalogEntry("d", { date: "2023", region: { province: "四川省" } })]);
  expect(cross.series.map((series) => series.name)).toContain("四川省");
});

test("perYear counts one series; hasData is false for nothing to draw", () => {
  const chart = perYear(entries, (entry) => entry.data.date, "报告数", "报告数");
  expect(chart.series).toEqual([{ name: "报告数", values: [1, 0, 1] }]);
  expect(hasData(perYear([], () => "", "空", "报告数"))).toBe(false);
});

test("countBy orders by total with ties by name and can fix the series order", () => {
  const counted = countBy(["乙", "甲", "乙"], {
    category: (item) => item,
    series: () => "数",
    order: "total",
    seriesOrder: ["数", "无"],
  });
  expect(counted.categories).toEqual(["乙", "甲"]);
  expect(counted.series).toEqual([
    { name: "数", values: [2, 1] },
    { name: "无", values: [0, 0] },
  ]);
});

test("a group's chart is worth drawing only with two bars or more", () => {
  const one = perYear(entries.slice(0, 1), (entry) => entry.data.date, "报告数", "报告数");
  expect(worthDrawing(one)).toBe(false);
  expect(worthDrawing(perYear(entries, (entry) => entry.data.date, "报告数", "报告数"))).toBe(true);
});
