import type { Measure } from "../../schemas/report";
import { SPAN_END_START, UNTIL } from "../extract/span-end";

/**
 * Follow-up (督办) status of a measure: where its deadline stands on a given day. Plain data in,
 * a status out, so the build (the no-JS fallback) and the browser (today's date) agree.
 */

/**
 * - overdue: the deadline's last day has passed (逾期)
 * - due-soon: the last day is today or within DUE_SOON_DAYS (即将到期)
 * - in-progress: the last day is further off (进行中)
 * - recurring: standing work with no end (每月, 长期坚持, 常态化, 即日起) (长期)
 * - undated: deadline words without a year or a date (年底前 in a report of unknown year, 限期)
 * - none: no deadline at all (未定时限)
 */
export type DeadlineStatus = "overdue" | "due-soon" | "in-progress" | "recurring" | "undated" | "none";

/** Statuses in the order a follow-up list shows them: what needs chasing first. */
export const STATUS_ORDER: readonly DeadlineStatus[] = [
  "overdue",
  "due-soon",
  "in-progress",
  "undated",
  "recurring",
  "none",
];

/** Days ahead within which a deadline counts as 即将到期. */
export const DUE_SOON_DAYS = 30;

/**
 * Standing work: a cycle (每月, 每季度), a stance with no end (长期坚持, 常态化), or from now on (即日起; not
 * 即日起至12月31日, a campaign due at its end).
 */
export const RecurringRE = new RegExp(
  String.raw`每(?:日|天|周|旬|月|季度?|半年|年)|长期(?:坚持|开展|保持|推进)|常态化|长效|定期|经常性|即日起(?!${UNTIL}(?:${SPAN_END_START}))`,
);

/** Deadline words that are themselves open-ended (a measure's text says 长期以来 of the past, so only here). */
const OpenEndedRE = /^(?:长期|持续|长期坚持)$/;

/** Words naming a point in some year (年底, 9月底, 今年内): without the year they say 年份不详. */
const YearBoundRE = /[年月]|汛期|春节|国庆|元旦|季度/;

/** The last day an ISO deadline date allows: 2024 → 2024-12-31, 2024-06 → 2024-06-30; null without a year. */
export function lastDayOf(iso: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day) return iso;
  const monthNumber = month ? Number(month) : 12;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return `${year}-${String(monthNumber).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The status of a deadline whose last day is known, on `today` (YYYY-MM-DD). */
export function datedStatus(due: string, today: string): "overdue" | "due-soon" | "in-progress" {
  const days = daysBetween(today, due);
  if (days < 0) return "overdue";
  return days <= DUE_SOON_DAYS ? "due-soon" : "in-progress";
}

/** A measure's deadline as follow-up needs it: its words, its last day if known, and how it is meant. */
export interface FollowUpDeadline {
  /** The source's words (年底前, 每月), or "" when the measure sets none. */
  text: string;
  /** The last day allowed (YYYY-MM-DD), when the year is known. */
  due?: string;
  /** The status that does not depend on the day: recurring, undated or none; absent when dated. */
  fixed?: "recurring" | "undated" | "none";
}

/** Reads a measure's deadline, or, when it has none, standing-work words in its text (每月, 常态化). */
export function followUpDeadline(measure: Pick<Measure, "text" | "deadline">): FollowUpDeadline {
  const { deadline } = measure;
  if (deadline) {
    if (RecurringRE.test(deadline.text) || OpenEndedRE.test(deadline.text))
      return { text: deadline.text, fixed: "recurring" };
    const due = deadline.date ? lastDayOf(deadline.date) : null;
    return due ? { text: deadline.text, due } : { text: deadline.text, fixed: "undated" };
  }
  const recurring = RecurringRE.exec(measure.text);
  return recurring ? { text: recurring[0], fixed: "recurring" } : { text: "", fixed: "none" };
}

/** The status of a measure on `today` (YYYY-MM-DD). */
export function measureStatus(measure: Pick<Measure, "text" | "deadline">, today: string): DeadlineStatus {
  const deadline = followUpDeadline(measure);
  return deadline.due ? datedStatus(deadline.due, today) : (deadline.fixed ?? "none");
}

/** How a status is shown: 逾期, 即将到期 … For an undated deadline, whether the year or the day is missing. */
export function statusLabel(status: DeadlineStatus, deadlineText = ""): string {
  switch (status) {
    case "overdue":
      return "逾期";
    case "due-soon":
      return "即将到期";
    case "in-progress":
      return "进行中";
    case "recurring":
      return "长期";
    case "undated":
      return YearBoundRE.test(deadlineText) ? "年份不详" : "时限不明";
    case "none":
      return "未定时限";
  }
}

/** The heading of a status group on a task sheet. */
export const STATUS_GROUP_LABELS: Record<DeadlineStatus, string> = {
  overdue: "逾期",
  "due-soon": "即将到期（30 天内）",
  "in-progress": "进行中",
  undated: "时限年份不详或不明",
  recurring: "长期（常态化、定期）",
  none: "未定时限",
};

/** True for a string naming a status. */
export function isDeadlineStatus(value: string): value is DeadlineStatus {
  return (STATUS_ORDER as readonly string[]).includes(value);
}

/** The reader's calendar day as YYYY-MM-DD (local time: a deadline ends at the reader's midnight). */
export function localIsoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
