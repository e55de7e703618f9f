import { expect, test } from "vitest";
import { filledColumns, listingColumnsOf } from "../../../src/lib/view/table-columns";
import type { Measure } from "../../../src/schemas/report";

const bare: Measure = { text: "要抓好落实。", tags: [], units: [] };
const full: Measure = {
  text: "市城管局要在6月底前完成改造。",
  tags: ["市容环境"],
  units: ["市城管局"],
  deadline: { text: "6月底前", date: "2024-06-30" },
  targets: ["20个"],
};

test("a column is shown when any measure of the listing fills it, wherever that measure stands", () => {
  expect(filledColumns([bare])).toEqual({ tags: false, units: false, deadline: false, targets: false });
  expect(filledColumns([bare, bare, full])).toEqual({ tags: true, units: true, deadline: true, targets: true });
});

test("a listing's columns are worked out once and are those of all its rows, not of one page", () => {
  const listing = [{ measure: bare }, { measure: bare }, { measure: full }];
  const columns = listingColumnsOf(listing);
  expect(columns).toEqual(filledColumns(listing.map((row) => row.measure)));
  expect(listingColumnsOf(listing)).toBe(columns);
});
