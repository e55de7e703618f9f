import fc from "fast-check";
import { expect, test } from "vitest";
import { normalizeForSearch, normalizeWithOffsets, restoreText, textPatch } from "../../../src/lib/search/normalize";

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

test("a text comes back whole from its normalised form and its patch", () => {
  for (const text of [
    "洛阳市召开会议。\n\n江凌强调，要（一）抓好“三自”组织：ＡＢＣ、㎡。",
    "全市深入實施百城建設提質工程 老舊小區",
    "  leading and trailing  ",
    "𠮷野家|竖线",
    "",
  ])
    expect(restoreText(normalizeForSearch(text), textPatch(text))).toBe(text);
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), (text) => {
      expect(restoreText(normalizeForSearch(text), textPatch(text))).toBe(text);
    }),
  );
});

test("a simplified text's patch is a small part of it", () => {
  const text = "江凌强调，要加快推进老旧小区改造和背街小巷整治工作，确保年底前全面完成各项既定目标任务。\n".repeat(20);
  expect(textPatch(text).length).toBeLessThan(text.length / 2);
});
