import { expect, test } from "vitest";
import { compareRows, rowMatches, type RowFacets } from "../../../src/lib/catalog/ledger-filter";

const row = (facets: Partial<RowFacets>): RowFacets => ({
  tags: [],
  units: [],
  region: "",
  year: "",
  date: "2024-01-01",
  deadline: "",
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

test("deadline status: dated, worded (限期) and none; overdue only for a dated one in the past", () => {
  const past = row({ deadline: "2024-09-30" });
  const future = row({ deadline: "2024-12-31" });
  const worded = row({ deadline: "undated" });
  const none = row({});
  expect([past, future, worded, none].map((r) => rowMatches(r, { deadline: "has" }, today))).toEqual([
    true,
    true,
    true,
    false,
  ]);
  expect([past, future, worded, none].map((r) => rowMatches(r, { deadline: "overdue" }, today))).toEqual([
    true,
    false,
    false,
    false,
  ]);
  expect([past, future, worded, none].map((r) => rowMatches(r, { deadline: "none" }, today))).toEqual([
    false,
    false,
    false,
    true,
  ]);
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
