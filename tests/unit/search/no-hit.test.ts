import { expect, test } from "vitest";
import { noHitHints } from "../../../src/lib/search/no-hit";

test("a search of several terms with a filter suggests each term alone and the terms without the filter", () => {
  const hints = noHitHints({
    terms: ["老旧小区", "电梯"],
    filters: { region: "河南省洛阳市" },
    sort: "relevance",
    range: { from: "2024-01-01" },
  });
  expect(hints.filter((hint) => hint.params)).toEqual([
    { text: "去掉地区、年份等筛选条件，在全部报告中搜索", params: { q: "老旧小区 电梯" } },
    { text: "只搜「老旧小区」", params: { q: "老旧小区", region: "河南省洛阳市", from: "2024-01-01" } },
    { text: "只搜「电梯」", params: { q: "电梯", region: "河南省洛阳市", from: "2024-01-01" } },
    {
      text: "不输入检索词，只选地区、年份、类型，浏览全部报告",
      params: { region: "河南省洛阳市", from: "2024-01-01" },
    },
  ]);
});

test("a long single term is told to be shorter; every search gets the spelling and wording advice", () => {
  const texts = noHitHints({ terms: ["老旧小区改造提升工程"], filters: {}, sort: "relevance" }).map(
    (hint) => hint.text,
  );
  expect(texts.some((text) => text.startsWith("用更短的词"))).toBe(true);
  expect(texts.some((text) => text.includes("错别字"))).toBe(true);
  expect(texts.some((text) => text.startsWith("去掉"))).toBe(false);
  // A phrase stays a phrase in the link it makes.
  const phrase = noHitHints({ terms: ["加装 电梯", "小区"], filters: {}, sort: "relevance" });
  expect(phrase.find((hint) => hint.text === "只搜「加装 电梯」")?.params).toEqual({ q: '"加装 电梯"' });
});
