import { expect, test } from "vitest";
import { DEFAULT_PAGE_SIZES, pagePath, pagerNumbers, pageSizes } from "../../../src/lib/catalog/paging";
import { isoDaySetting } from "../../../src/lib/settings";

test("page 1 is the index's own path, later pages a numbered folder", () => {
  expect(pagePath("/tags/abc/", 1)).toBe("/tags/abc/");
  expect(pagePath("/tags/abc/", 3)).toBe("/tags/abc/3/");
});

test("the pager shows the ends and the neighbourhood of the current page", () => {
  expect(pagerNumbers(1, 1)).toEqual([1]);
  expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
  expect(pagerNumbers(10, 50)).toEqual([1, null, 8, 9, 10, 11, 12, null, 50]);
  expect(pagerNumbers(50, 50)).toEqual([1, null, 48, 49, 50]);
});

test("KB_PAGE_SIZE overrides every size, and nonsense is refused", () => {
  expect(pageSizes(undefined)).toEqual(DEFAULT_PAGE_SIZES);
  expect(pageSizes("7")).toEqual({ measures: 7, reports: 7, ledger: 7, names: 7 });
  expect(() => pageSizes("0")).toThrow(/KB_PAGE_SIZE/);
  expect(() => pageSizes("ten")).toThrow(/KB_PAGE_SIZE/);
});

test("KB_TODAY fixes the build's day: a real calendar day or an error naming the setting", () => {
  expect(isoDaySetting("KB_TODAY", undefined)).toBeUndefined();
  expect(isoDaySetting("KB_TODAY", "")).toBeUndefined();
  expect(isoDaySetting("KB_TODAY", "2024-02-29")).toBe("2024-02-29");
  expect(() => isoDaySetting("KB_TODAY", "2023-02-29")).toThrow(/KB_TODAY must be a day/);
  expect(() => isoDaySetting("KB_TODAY", "2024-6-30")).toThrow(/"2024-6-30"/);
});
