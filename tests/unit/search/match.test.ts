import { expect, test } from "vitest";
import { buildExcerpt, findTermSpans, matchesAllTerms } from "../../../src/lib/search/match";
import { parseQuery } from "../../../src/lib/search/query";

test("queries split on spaces, quotes keep a phrase, terms are normalised and deduplicated", () => {
  expect(parseQuery(' 老舊小區  加装电梯 "文明 典范" 老旧小区 ')).toEqual(["老旧小区", "加装电梯", "文明典范"]);
  expect(parseQuery("   ")).toEqual([]);
});

test("a report matches when it holds every term, in either script", () => {
  expect(matchesAllTerms("扎實推進老舊小區改造", parseQuery("老旧小区 推进"))).toBe(true);
  expect(matchesAllTerms("扎實推進老舊小區改造", parseQuery("老旧小区 电梯"))).toBe(false);
});

test("a simplified term highlights its traditional spelling", () => {
  const text = "要扎實推進老舊小區改造";
  const spans = findTermSpans(text, parseQuery("老旧小区"));
  expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(["老舊小區"]);
});

test("overlapping matches merge", () => {
  const text = "文明典范城市";
  const spans = findTermSpans(text, parseQuery("文明典范 典范城市"));
  expect(spans).toEqual([{ start: 0, end: 6 }]);
});

test("the excerpt centres on the first match and marks it", () => {
  const text = `${"前".repeat(100)}邻里中心${"后".repeat(100)}`;
  const parts = buildExcerpt(text, findTermSpans(text, ["邻里中心"]), 10);
  expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["邻里中心"]);
  expect(parts[0]?.text).toBe("…");
  expect(parts.map((part) => part.text).join("")).toBe(`…${"前".repeat(10)}邻里中心${"后".repeat(20)}…`);
});
