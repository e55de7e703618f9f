import { expect, test } from "vitest";
import { explicitDates, findDeadline, resolveEventDate } from "../../../src/lib/extract/dates";

const published = { year: 2023, month: 2, day: 23 };

test.each([
  ["23日,我市举行推进会", "2023-02-23"],
  ["昨日,市委市政府召开推进会", "2023-02-22"],
  ["前天下午召开", "2023-02-21"],
  ["今天上午召开", "2023-02-23"],
  ["6月18日上午召开", "2022-06-18"],
  ["2月3日召开", "2023-02-03"],
  ["2021年12月30日召开", "2021-12-30"],
  ["28日召开", "2023-01-28"],
])("%s resolves to %s against a publication date of 2023-02-23", (text, iso) => {
  expect(resolveEventDate(text, { published })?.iso).toBe(iso);
});

test("without any year a month and day stay year-less, and say so", () => {
  const resolved = resolveEventDate("6月18日上午,全市推进会召开", {});
  expect(resolved).toMatchObject({ iso: "--06-18", words: "6月18日" });
  expect(resolved?.note).toContain("未注明年份");
});

test("a relative day against a page's latest date is only known to the month, with a note", () => {
  const resolved = resolveEventDate("昨日,我市召开会议", {
    estimate: { day: { year: 2024, month: 9, day: 19 }, why: "按版面上最晚的日期 2024-09-19 推定" },
  });
  expect(resolved?.iso).toBe("2024-09");
  expect(resolved?.note).toContain("2024-09-19");
});

test("日前 takes the publication date and notes its vagueness", () => {
  const resolved = resolveEventDate("日前,我区召开会议", { published });
  expect(resolved?.iso).toBe("2023-02-23");
  expect(resolved?.note).toContain("日前");
});

test("no date words, no date", () => {
  expect(resolveEventDate("会议强调,要加快推进", { published })).toBeNull();
});

test("explicit dates in several notations", () => {
  expect(explicitDates("2024年9月19日；2023.02.23 22:15；2022-06-28 17:17:00；2024/13/01")).toEqual([
    { year: 2024, month: 9, day: 19 },
    { year: 2023, month: 2, day: 23 },
    { year: 2022, month: 6, day: 28 },
  ]);
});

test.each([
  ["确保年底前188个小区全部完成改造", 2024, { text: "年底前", date: "2024-12-31" }],
  ["确保2025年6月底前整合到位", 2024, { text: "2025年6月底前", date: "2025-06-30" }],
  ["9月底前将全部清零", 2024, { text: "9月底前", date: "2024-09-30" }],
  ["要确保改造工作今年内大头落地", null, { text: "今年内" }],
  ["一个问题一个问题限期解决到位", 2024, { text: "限期" }],
])("deadline in %s", (sentence, year, deadline) => {
  expect(findDeadline(sentence, year)).toEqual(deadline);
});

test("a plain date is no deadline", () => {
  expect(findDeadline("9月17日,卫星监测到火点", 2024)).toBeNull();
});
