import { expect, test } from "vitest";
import {
  datedStatus,
  daysBetween,
  followUpDeadline,
  lastDayOf,
  localIsoDate,
  measureStatus,
  statusLabel,
} from "../../../src/lib/followup/status";

const measure = (deadline?: { text: string; date?: string }, text = "确保完成改造任务") =>
  deadline ? { text, deadline } : { text };

test("a dated deadline: overdue after its last day, due soon within 30 days, else in progress", () => {
  const yearEnd = measure({ text: "年底前", date: "2024-12-31" });
  expect(measureStatus(yearEnd, "2024-06-01")).toBe("in-progress");
  expect(measureStatus(yearEnd, "2024-12-15")).toBe("due-soon");
  expect(measureStatus(yearEnd, "2025-01-01")).toBe("overdue");
  expect([statusLabel("overdue"), statusLabel("due-soon"), statusLabel("in-progress")]).toEqual([
    "逾期",
    "即将到期",
    "进行中",
  ]);
});

test("boundaries: the last day itself is still due, not overdue; day 30 is due soon, day 31 in progress", () => {
  expect(datedStatus("2025-06-30", "2025-06-30")).toBe("due-soon");
  expect(datedStatus("2025-06-30", "2025-07-01")).toBe("overdue");
  expect(datedStatus("2025-06-30", "2025-05-31")).toBe("due-soon"); // 30 days ahead
  expect(datedStatus("2025-06-30", "2025-05-30")).toBe("in-progress"); // 31 days ahead
  // Across a leap day and a year end.
  expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  expect(daysBetween("2024-12-31", "2025-01-01")).toBe(1);
  expect(daysBetween("2025-01-01", "2024-12-31")).toBe(-1);
});

test("the build's day and a later reader's day give different statuses for the same measure", () => {
  const june = measure({ text: "2025年6月底前", date: "2025-06-30" });
  const builtOn = "2025-03-01";
  const readOn = "2025-08-15";
  expect(measureStatus(june, builtOn)).toBe("in-progress");
  expect(measureStatus(june, "2025-06-10")).toBe("due-soon");
  expect(measureStatus(june, readOn)).toBe("overdue");
});

test("a deadline with a month or year but no date (年份不详) says so instead of guessing a year", () => {
  const noYear = measure({ text: "年底前" });
  expect(measureStatus(noYear, "2025-01-01")).toBe("undated");
  expect(statusLabel("undated", "年底前")).toBe("年份不详");
  expect(statusLabel("undated", "9月底前")).toBe("年份不详");
  // A year-less ISO date (--06-30) is no date to count from either.
  expect(measureStatus(measure({ text: "6月底前", date: "--06-30" }), "2025-01-01")).toBe("undated");
  // 限期 names no time at all.
  expect(statusLabel("undated", "限期")).toBe("时限不明");
});

test("standing work is 长期, from the deadline's words or, lacking one, the measure's own", () => {
  expect(measureStatus(measure({ text: "每月" }), "2025-01-01")).toBe("recurring");
  expect(measureStatus(measure({ text: "即日起" }), "2025-01-01")).toBe("recurring");
  // A campaign from today to a day is due at its end; to the lunar year's end, on no day known.
  expect(measureStatus(measure({ text: "即日起至12月31日", date: "2024-12-31" }), "2025-01-01")).toBe("overdue");
  expect(measureStatus(measure({ text: "从即日起至农历年末" }), "2025-01-01")).toBe("undated");
  // (即日起，到各村开展排查: from now on, going to the villages.)
  expect(measureStatus(measure({ text: "即日起，到各村" }), "2025-01-01")).toBe("recurring");
  // A campaign to an end no rule dates (本月20日, 明年两会结束, 国庆节) is still no standing work.
  for (const text of ["即日起至本月20日", "即日起至明年两会结束", "即日起至国庆节", "即日起至汛期结束"])
    expect(measureStatus(measure({ text }), "2025-01-01")).not.toBe("recurring");
  expect(measureStatus(measure(undefined, "每月开展一次联合执法检查"), "2025-01-01")).toBe("recurring");
  expect(measureStatus(measure(undefined, "要长期坚持、常态化推进背街小巷整治"), "2025-01-01")).toBe("recurring");
  expect(followUpDeadline(measure(undefined, "推动创建工作常态化"))).toEqual({ text: "常态化", fixed: "recurring" });
  expect(statusLabel("recurring")).toBe("长期");
  // 长期以来 looks back, not ahead.
  expect(measureStatus(measure(undefined, "解决长期以来存在的问题"), "2025-01-01")).toBe("none");
  expect(measureStatus(measure(), "2025-01-01")).toBe("none");
});

test("a deadline given to the month or year ends on its last day", () => {
  expect(lastDayOf("2024")).toBe("2024-12-31");
  expect(lastDayOf("2024-02")).toBe("2024-02-29");
  expect(lastDayOf("2023-02")).toBe("2023-02-28");
  expect(lastDayOf("2024-11-30")).toBe("2024-11-30");
  expect(lastDayOf("--06-30")).toBeNull();
  expect(lastDayOf("unknown")).toBeNull();
  expect(measureStatus(measure({ text: "今年6月", date: "2026-06" }), "2026-06-30")).toBe("due-soon");
});

test("today is the reader's calendar day, not the UTC one", () => {
  // 2025-01-01 07:00 in a UTC+8 browser is still 2024-12-31 in UTC.
  const local = new Date(2025, 0, 1, 7, 0);
  expect(localIsoDate(local)).toBe("2025-01-01");
});
