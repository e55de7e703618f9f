import { expect, test } from "vitest";
import { normalizeForSearch, normalizeWithOffsets } from "../../../src/lib/search/normalize";

test.each([
  ["老舊小區", "老旧小区"],
  ["建設提質", "建设提质"],
  ["會議強調", "会议强调"],
  ["臺灣", "台湾"],
  ["ＡＢＣ１２３", "abc123"],
  ["全国 文明\n典范", "全国文明典范"],
  ["“三自”组织", '"三自"组织'],
  ["「三自」組織", '"三自"组织'],
])("%s folds to %s", (input, expected) => {
  expect(normalizeForSearch(input)).toBe(expected);
});

test("simplified text is left as it is", () => {
  const text = "持续抓好老旧小区改造,确保今年实现大头落地,同步完成物业进驻。";
  expect(normalizeForSearch(text)).toBe(text);
});

test("offsets point back into the original text", () => {
  const { normalized, offsets } = normalizeWithOffsets("老 舊小區");
  expect(normalized).toBe("老旧小区");
  expect(offsets).toEqual([0, 2, 3, 4, 5]);
});
