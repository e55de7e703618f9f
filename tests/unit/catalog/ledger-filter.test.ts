import { expect, test } from "vitest";
import {
  compareRows,
  rowMatches,
  rowStatus,
  type LedgerFilter,
  type RowFacets,
} from "../../../src/lib/catalog/ledger-filter";

const row = (facets: Partial<RowFacets>): RowFacets => ({
  tags: [],
  units: [],
  region: "",
  year: "",
  date: "2024-01-01",
  deadline: "",
  status: "none",
  ...facets,
});
const today = "2024-10-01";

test("every chosen filter must hold", () => {
  const measure = row({
    tags: ["秸秆禁烧", "督查考核"],
    units: ["汝阳县人民政府"],
    region: "河南省洛阳市汝阳县",
    year: "2024",
  });
  expect(rowMatches(measure, { tag: "秸秆禁烧", unit: "汝阳县人民政府" }, today)).toBe(true);
  expect(rowMatches(measure, { tag: "秸秆禁烧", unit: "嵩县人民政府" }, today)).toBe(false);
  expect(rowMatches(measure, { region: "河南省洛阳市", year: "2024" }, today)).toBe(false);
  expect(rowMatches(measure, {}, today)).toBe(true);
});

test("status filter: a dated row by today's date, any other by the status the build gave it", () => {
  const past = row({ deadline: "2024-09-30", status: "in-progress" });
  const soon = row({ deadline: "2024-10-31", status: "in-progress" });
  const later = row({ deadline: "2024-12-31", status: "in-progress" });
  const worded = row({ deadline: "undated", status: "undated" });
  const standing = row({ status: "recurring" });
  const none = row({ status: "none" });
  const all = [past, soon, later, worded, standing, none];
  const matching = (status: NonNullable<LedgerFilter["status"]>): boolean[] =>
    all.map((r) => rowMatches(r, { status }, today));
  // Built as 进行中, the first is 逾期 on today's date: the browser's day wins over the build's.
  expect(matching("overdue")).toEqual([true, false, false, false, false, false]);
  expect(matching("due-soon")).toEqual([false, true, false, false, false, false]);
  expect(matching("in-progress")).toEqual([false, false, true, false, false, false]);
  expect(matching("undated")).toEqual([false, false, false, true, false, false]);
  expect(matching("recurring")).toEqual([false, false, false, false, true, false]);
  expect(matching("none")).toEqual([false, false, false, false, false, true]);
  expect(rowStatus(past, "2024-09-01")).toBe("due-soon");
});

test("sorting: newest report first, or soonest deadline first with undated ones last", () => {
  const rows = [
    row({ date: "2023-01-01", deadline: "" }),
    row({ date: "2024-05-01", deadline: "2024-12-31" }),
    row({ date: "2022-01-01", deadline: "2024-06-30" }),
  ];
  expect([...rows].sort((a, b) => compareRows(a, b, "date")).map((r) => r.date)).toEqual([
    "2024-05-01",
    "2023-01-01",
    "2022-01-01",
  ]);
  expect([...rows].sort((a, b) => compareRows(a, b, "deadline")).map((r) => r.deadline)).toEqual([
    "2024-06-30",
    "2024-12-31",
    "",
  ]);
});
