import { expect, test } from "vitest";
import { dateInRange, datePeriod, parseDateRange, periodsInRange, regionOptions } from "../../../src/lib/search/facets";
import { toSearchRecord } from "../../../src/lib/search/records";
import { formatRegion, regionLevels } from "../../../src/lib/view/report-view";
import { ReportSchema } from "../../../src/schemas/report";

test("region facet values form a tree: province, its cities, their districts, each labelled by its own part", () => {
  expect(
    regionOptions([
      "河南省洛阳市汝阳县",
      "地区不详",
      "河南省",
      "河南省周口市",
      "河南省洛阳市",
      "江苏省",
      "河南省洛阳市",
    ]),
  ).toEqual([
    { value: "地区不详", label: "地区不详", depth: 0 },
    { value: "河南省", label: "河南省", depth: 0 },
    { value: "河南省洛阳市", label: "洛阳市", depth: 1 },
    { value: "河南省洛阳市汝阳县", label: "汝阳县", depth: 2 },
    { value: "河南省周口市", label: "周口市", depth: 1 },
    { value: "江苏省", label: "江苏省", depth: 0 },
  ]);
});

test("a report is filed under every level of its region, as /regions/ groups it", () => {
  expect(regionLevels({ province: "河南省", city: "洛阳市", district: "汝阳县" })).toEqual([
    "河南省",
    "河南省洛阳市",
    "河南省洛阳市汝阳县",
  ]);
  expect(regionLevels({ province: "河南省" })).toEqual(["河南省"]);
  expect(regionLevels({ city: "洛阳市" })).toEqual(["洛阳市"]);
  expect(regionLevels({})).toEqual(["地区不详"]);
  // 上海市 is province and city at once: written once.
  expect(regionLevels({ province: "上海市", city: "上海市", district: "虹口区" })).toEqual(["上海市", "上海市虹口区"]);
  expect(formatRegion({ province: "上海市", city: "上海市", district: "虹口区" })).toBe("上海市虹口区");
  const report = ReportSchema.parse({
    title: "t",
    date: "2024-06-18",
    region: { province: "河南省", city: "洛阳市", district: "汝阳县" },
    docType: "会议报道",
    source: { name: "测试", file: "seeds/x.txt" },
  });
  const record = toSearchRecord({ id: "a", url: "/reports/a/", report, text: "正文" });
  expect(record.filters["region"]).toEqual(["河南省", "河南省洛阳市", "河南省洛阳市汝阳县"]);
  expect(record.filters["month"]).toEqual(["2024-06"]);
});

test("date ranges: malformed ends dropped, reversed ends swapped, dates compared as precisely as known", () => {
  expect(parseDateRange("2024-06-30", "2024-01-01")).toEqual({ from: "2024-01-01", to: "2024-06-30" });
  expect(parseDateRange("2024-6-1", "")).toBeUndefined();
  expect(parseDateRange(null, "2024-12-31")).toEqual({ to: "2024-12-31" });
  const range = { from: "2024-06-15", to: "2024-08-31" };
  expect(dateInRange("2024-06-14", range)).toBe(false);
  expect(dateInRange("2024-06-15", range)).toBe(true);
  expect(dateInRange("2024-06-00", range)).toBe(true);
  expect(dateInRange("2024-09", range)).toBe(false);
  expect(dateInRange("2024", range)).toBe(true);
  expect(dateInRange("0000-06-18", range)).toBe(false);
  expect(dateInRange("unknown", range)).toBe(false);
  expect(datePeriod("2024")).toBe("2024");
  expect(datePeriod("--06-18")).toBeUndefined();
  expect(periodsInRange(["2023-12", "2024-06", "2024-07", "2024-08", "2024", "2025-01"], range)).toEqual({
    all: ["2024-06", "2024-07", "2024-08", "2024"],
    edges: ["2024-06", "2024-08"],
  });
});
