import { expect, test } from "vitest";
import { catalogEntry } from "../../support/catalog-entry";
import type { ReportInput } from "../../../src/schemas/report";
import { ledgerRows, sortReports, type CatalogEntry } from "../../../src/lib/catalog/catalog";
import { measureThreads, strictlyBefore } from "../../../src/lib/catalog/measure-threads";

/** Reports of one city unless a test says otherwise. */
const entry = (id: string, data: Partial<ReportInput>): CatalogEntry =>
  catalogEntry(id, { region: { province: "河南省", city: "洛阳市" }, ...data });

const entries = sortReports([
  entry("y2022", { date: "2022-03-01", measures: [{ text: "完成老旧小区改造188个", tags: ["老旧小区改造"] }] }),
  entry("y2023", {
    date: "2023-02-23",
    measures: [
      { text: "加快推进加装电梯工作", tags: ["老旧小区改造"] },
      { text: "持续抓好老旧小区改造，完成改造210个", tags: ["老旧小区改造"] },
      { text: "严格督导考核", tags: ["督查考核"] },
    ],
  }),
  // Same month as the next one, day unknown: neither is before the other.
  entry("y2024-09", { date: "2024-09", measures: [{ text: "老旧小区改造年底前完成", tags: ["老旧小区改造"] }] }),
  entry("y2024-09-19", { date: "2024-09-19", measures: [{ text: "老旧小区改造全面完成", tags: ["老旧小区改造"] }] }),
  entry("other-city", {
    date: "2023-06-01",
    region: { province: "河南省", city: "周口市" },
    measures: [{ text: "老旧小区改造", tags: ["老旧小区改造"] }],
  }),
  entry("no-year", { date: "--06-18", measures: [{ text: "老旧小区改造", tags: ["老旧小区改造"] }] }),
]);
const byId = new Map(entries.map((item) => [item.id, item]));
const threads = measureThreads(ledgerRows(entries), (id) => {
  const region = byId.get(id)?.data.region;
  return `${region?.province ?? ""}${region?.city ?? ""}`;
});
const link = (id: string, position: number) => {
  const thread = threads.get(id)?.find((item) => item.position === position);
  const at = (ref?: { reportId: string; position: number }) => (ref ? `${ref.reportId}#${ref.position}` : undefined);
  return { earlier: at(thread?.earlier), later: at(thread?.later) };
};

test("a date comes strictly before another only when both have a year and they cannot be the same day", () => {
  expect(strictlyBefore("2023-02-23", "2024-09")).toBe(true);
  expect(strictlyBefore("2024-09", "2024-09-19")).toBe(false);
  expect(strictlyBefore("2024-09-19", "2024-09")).toBe(false);
  expect(strictlyBefore("2024", "2024-09-19")).toBe(false);
  expect(strictlyBefore("--06-18", "2024-09-19")).toBe(false);
  expect(strictlyBefore("2024-09-19", "2024-09-19")).toBe(false);
});

test("the same task in the same city: the nearest report before and after, its likest measure", () => {
  // 2023's restated target links back to 2022's, and on to the 2024 reports (both from September).
  expect(link("y2023", 2)).toEqual({ earlier: "y2022#1", later: "y2024-09#1" });
  expect(link("y2022", 1)).toEqual({ earlier: undefined, later: "y2023#2" });
  // Two reports of the same month are not ordered: both look back to 2023.
  expect(link("y2024-09", 1)).toEqual({ earlier: "y2023#2", later: undefined });
  expect(link("y2024-09-19", 1)).toEqual({ earlier: "y2023#2", later: undefined });
});

test("no thread across cities, into a report without a year, or for a tag no other report has", () => {
  expect(threads.has("other-city")).toBe(false);
  expect(threads.has("no-year")).toBe(false);
  expect(link("y2023", 3)).toEqual({ earlier: undefined, later: undefined });
});
