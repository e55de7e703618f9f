import { expect, test } from "vitest";
import { catalogEntry } from "../../support/catalog-entry";
import { ledgerRows } from "../../../src/lib/catalog/catalog";
import {
  datedTargets,
  inRegion,
  parseNumericTarget,
  timelineSlug,
  timelineSteps,
  topicTimelines,
} from "../../../src/lib/catalog/topic-timeline";

const luoyang = { province: "河南省", city: "洛阳市" };
const entries = [
  catalogEntry("late", {
    date: "2024-09",
    region: { ...luoyang, district: "西工区" },
    measures: [{ text: "年底前188个小区完成改造", tags: ["老旧小区改造"], targets: ["188个小区", "3.7万户"] }],
  }),
  catalogEntry("early", {
    date: "2023-02-23",
    region: luoyang,
    measures: [
      { text: "持续抓好老旧小区改造", tags: ["老旧小区改造", "加装电梯"], targets: ["五大片区"] },
      { text: "改造120个小区", tags: ["老旧小区改造"], targets: ["120个小区"] },
    ],
  }),
  catalogEntry("no-year", { date: "--06-18", region: luoyang, measures: [{ text: "改造", tags: ["老旧小区改造"] }] }),
  catalogEntry("elsewhere", {
    date: "2023-01-01",
    region: { province: "河南省", city: "周口市" },
    measures: [{ text: "改造", tags: ["老旧小区改造"] }],
  }),
];
const rows = ledgerRows(entries);
const placeOf = (id: string): string => {
  const region = entries.find((entry) => entry.id === id)?.data.region;
  return `${region?.province ?? ""}${region?.city ?? ""}`;
};

test("a numeric target reads its number, 万 and 亿 scaled, and what it counts", () => {
  expect(parseNumericTarget("188个小区")).toEqual({ text: "188个小区", value: 188, counter: "个小区" });
  expect(parseNumericTarget("3.7万户")).toEqual({ text: "3.7万户", value: 37000, counter: "户" });
  expect(parseNumericTarget("44.4亿元")?.value).toBeCloseTo(4.44e9);
  expect(parseNumericTarget("五大片区")).toBeNull();
  // (Thousands separated by commas are one number.)
  expect(parseNumericTarget("1,000万元")).toEqual({ text: "1,000万元", value: 1e7, counter: "元" });
});

test("a place matches at any level of a report's region", () => {
  expect(inRegion({ ...luoyang, district: "西工区" }, "洛阳市")).toBe(true);
  expect(inRegion(luoyang, "河南省")).toBe(true);
  expect(inRegion(luoyang, "周口市")).toBe(false);
});

test("timeline steps are reports oldest first, reports without a year last", () => {
  const steps = timelineSteps(rows.filter((row) => placeOf(row.reportId) === "河南省洛阳市"));
  expect(steps.map((step) => step.reportId)).toEqual(["early", "late", "no-year"]);
  expect(steps[0]?.rows.map((row) => row.position)).toEqual([1, 2]);
});

test("numeric targets keep their date and measure, in the timeline's order", () => {
  const targets = datedTargets(timelineSteps(rows.filter((row) => placeOf(row.reportId) === "河南省洛阳市")));
  expect(targets.map((target) => [target.date, target.text, target.position])).toEqual([
    ["2023-02-23", "120个小区", 2],
    ["2024-09", "188个小区", 1],
    ["2024-09", "3.7万户", 1],
  ]);
});

test("topic timelines: each tag × city with two reports or more, most reports first", () => {
  const timelines = topicTimelines(rows, placeOf);
  expect(
    timelines.map((timeline) => [timeline.tag, timeline.region, timeline.steps.length, timeline.measures]),
  ).toEqual([["老旧小区改造", "河南省洛阳市", 3, 4]]);
  expect(timelines[0]?.slug).toBe(timelineSlug("老旧小区改造", "河南省洛阳市"));
  expect(topicTimelines(rows, placeOf, 1).map((timeline) => timeline.tag)).toContain("加装电梯");
});
