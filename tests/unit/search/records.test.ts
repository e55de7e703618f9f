import { expect, test } from "vitest";
import { matchesAllTerms } from "../../../src/lib/search/match";
import { parseQuery } from "../../../src/lib/search/query";
import {
  extraFacts,
  fragmentText,
  reportFacts,
  searchableTexts,
  toSearchRecord,
} from "../../../src/lib/search/records";
import { bigramTokens, termToPagefindQuery } from "../../../src/lib/search/tokens";
import { normalizeForSearch } from "../../../src/lib/search/normalize";
import { ReportSchema } from "../../../src/schemas/report";

const report = ReportSchema.parse({
  title: "全市城市提质工作推进会召开",
  date: "2024-06-18",
  region: { province: "河南省", city: "洛阳市", district: "涧西区" },
  docType: "会议报道",
  meeting: "城市提质工作推进会",
  source: { name: "洛報融媒", authors: ["张三"], file: "seeds/x.txt" },
  leaders: [{ name: "江凌", title: "市委书记", role: "讲话" }],
  tags: ["督查考核"],
  units: ["洛阳市城管局", "城管局"],
});
const source = { id: "a", url: "/reports/a/", report, text: "江凌强调，要加快推进老旧小区改造。" };

/** Whether a Pagefind phrase query would match the record: its words at consecutive positions. */
function phraseIn(content: string, term: string): boolean {
  const query = termToPagefindQuery(normalizeForSearch(term));
  const words = query.replace(/"/g, "").split(" ");
  const stream = content.split(" ");
  if (words.length === 1) return stream.some((word) => word.startsWith(words[0] ?? ""));
  return stream.some((_, at) => words.every((word, offset) => stream[at + offset] === word));
}

test("the facts a report page shows are each a searchable text of their own", () => {
  expect(reportFacts(report)).toEqual([
    "河南省洛阳市涧西区",
    "会议报道",
    "城市提质工作推进会",
    "洛報融媒",
    "张三",
    "市委书记江凌",
    "讲话",
    "督查考核",
    "洛阳市城管局",
    "城管局",
  ]);
  expect(searchableTexts(source)[0]).toBe(`${report.title}\n${source.text}`);
});

test("a report is found by a fact its text lacks, in either script, but never across two facts", () => {
  const texts = searchableTexts(source);
  expect(matchesAllTerms(texts, parseQuery("洛阳市涧西区"))).toBe(true);
  expect(matchesAllTerms(texts, parseQuery("洛报融媒 老旧小区"))).toBe(true);
  expect(matchesAllTerms(texts, parseQuery("市委书记江凌"))).toBe(true);
  expect(matchesAllTerms(texts, parseQuery("督查考核洛阳"))).toBe(false);
  const { content } = toSearchRecord(source);
  for (const term of ["洛阳市涧西区", "涧西", "洛報融媒", "洛报", "市委书记江凌", "督查考核", "洛阳市城管局", "洛"])
    expect(phraseIn(content, term), term).toBe(true);
  for (const term of ["督查考核洛阳", "涧西区会议", "融媒张三", "城管局城管"])
    expect(phraseIn(content, term), term).toBe(false);
});

test("facts the text or a longer fact already holds add no index words", () => {
  // The meeting's name is in the title, 城管局 is in 洛阳市城管局.
  expect(extraFacts(source)).toEqual([
    "河南省洛阳市涧西区",
    "会议报道",
    "洛報融媒",
    "张三",
    "市委书记江凌",
    "讲话",
    "督查考核",
    "洛阳市城管局",
  ]);
  const { content, meta } = toSearchRecord(source);
  const textWords = bigramTokens(normalizeForSearch(`${report.title}\n${source.text}`)).length;
  const factWords = extraFacts(source).reduce((sum, fact) => sum + Array.from(normalizeForSearch(fact)).length, 0);
  expect(content.split(" ")).toHaveLength(textWords + factWords);
  expect(meta["facts"]?.split("\n")).toEqual(extraFacts(source));
});

test("a result's fragment gives back the report's text from its words and patch, in either script", () => {
  const simplified = toSearchRecord(source);
  expect(simplified.meta["text"]).toBeUndefined();
  expect(fragmentText(simplified)).toBe(source.text);
  // Pagefind hands the content back with its own separators between words.
  expect(fragmentText({ ...simplified, content: simplified.content.replace(/ /g, " \u200b") })).toBe(source.text);
  const traditional = { ...source, text: "江凌強調，要加快推進老舊小區改造。" };
  const record = toSearchRecord(traditional);
  expect(record.meta["patch"] ?? record.meta["text"]).toBeDefined();
  expect(fragmentText(record)).toBe(traditional.text);
});
