import fc from "fast-check";
import { expect, test } from "vitest";
import { planShards, shardPath } from "../../../src/lib/search/shards";
import { dateSortKey } from "../../../src/lib/view/dates";

const dates = ["2023-02-23", "2024-09", "unknown", "2024-01-05", "--06-18", "2022", "2024-11-30"];

test("whole years are packed into shards, newest first and undated with the oldest, each newest first", () => {
  const shards = planShards(dates, (date) => date, 3);
  expect(shards.map((shard) => [shard.key, shard.items])).toEqual([
    ["2024", ["2024-11-30", "2024-09", "2024-01-05"]],
    ["2023", ["2023-02-23"]],
    ["2022_undated", ["2022", "--06-18", "unknown"]],
  ]);
  expect(shards.map((shard, position) => shardPath(shard.key, position))).toEqual([
    "/pagefind/",
    "/pagefind/2023/",
    "/pagefind/2022_undated/",
  ]);
  expect(planShards(dates, (date) => date, 100).map((shard) => shard.key)).toEqual(["2024_undated"]);
});

test("a report added to the newest year leaves every older shard as it was", () => {
  const archive = Array.from({ length: 60 }, (_, n) => `${2015 + (n % 10)}-0${1 + (n % 9)}-1${n % 10}`);
  const before = planShards(archive, (date) => date, 8);
  const after = planShards([...archive, "2024-12-31"], (date) => date, 8);
  const older = (shards: typeof before) =>
    shards.filter((shard) => !shard.items.some((date) => date.startsWith("2024")));
  expect(older(after)).toEqual(older(before));
  expect(older(before).length).toBeGreaterThan(3);
});

test("a year larger than the shard size is cut into parts of equal size", () => {
  const year = Array.from({ length: 5 }, (_, day) => `2024-03-0${day + 1}`);
  const shards = planShards(year, (date) => date, 2);
  expect(shards.map((shard) => shard.key)).toEqual(["2024", "2024-2", "2024-3"]);
  expect(shards[0]?.items).toEqual(["2024-03-05", "2024-03-04"]);
  expect(shards.map((shard) => shard.items.length)).toEqual([2, 2, 1]);
  expect(() => planShards(year, (date) => date, 0)).toThrow(/positive integer/);
});

test("shards keep every item once, respect the size, and concatenate in date order", () => {
  const isoDate = fc
    .tuple(fc.integer({ min: 1990, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  fc.assert(
    fc.property(
      fc.array(fc.oneof(isoDate, fc.constant("unknown")), { maxLength: 200 }),
      fc.integer({ min: 1, max: 30 }),
      (items, size) => {
        const shards = planShards(items, (date) => date, size);
        const flat = shards.flatMap((shard) => shard.items);
        expect([...flat].sort()).toEqual([...items].sort());
        expect(shards.every((shard) => shard.items.length <= size)).toBe(true);
        const keys = flat.map(dateSortKey);
        expect(keys).toEqual([...keys].sort().reverse());
      },
    ),
  );
});
