import type { CatalogEntry, LedgerRow } from "../catalog/catalog";
import type { Report } from "../../schemas/report";
import { followUpDeadline, STATUS_ORDER, datedStatus, type DeadlineStatus, type FollowUpDeadline } from "./status";

/**
 * A unit's task sheet (任务清单): every measure assigned to it, with where it came from and who
 * demanded it, grouped by follow-up status. Plain data in, groups out; the page and the CSV render it.
 */

/** Roles in which a leader sets work (讲话, 部署 …), as the reports' leaders[].role gives them. */
const DemandingRoleRE = /讲话|部署|安排|要求|强调|指出|通报|带队/;

/** One measure on a unit's sheet. */
export interface TaskItem {
  row: LedgerRow;
  deadline: FollowUpDeadline;
  status: DeadlineStatus;
  /** The meeting it was set at (the report's meeting, else its title). */
  meeting: string;
  /** The leaders who demanded it: 市委书记江凌; empty when the report names none who spoke. */
  leaders: string[];
}

/** One status group of a task sheet; empty groups are kept so the browser can move rows into them. */
export interface TaskGroup {
  status: DeadlineStatus;
  items: TaskItem[];
}

/**
 * The leaders who set a report's work: those who spoke or assigned it, else the chair. A measure
 * carries no speaker of its own, so a report with two speakers names both.
 */
export function demandingLeaders(report: Pick<Report, "leaders">): string[] {
  const speakers = report.leaders.filter((leader) => leader.role && DemandingRoleRE.test(leader.role));
  const chosen = speakers.length > 0 ? speakers : report.leaders.filter((leader) => leader.role === "主持");
  return [...new Set(chosen.map((leader) => `${leader.title ?? ""}${leader.name}`))];
}

/** A measure as a task on `today` (YYYY-MM-DD). */
export function taskItem(
  row: LedgerRow,
  report: Pick<Report, "leaders" | "meeting" | "title">,
  today: string,
): TaskItem {
  const deadline = followUpDeadline(row.measure);
  return {
    row,
    deadline,
    status: deadline.due ? datedStatus(deadline.due, today) : (deadline.fixed ?? "none"),
    meeting: report.meeting ?? report.title,
    leaders: demandingLeaders(report),
  };
}

/**
 * A unit's rows as status groups in STATUS_ORDER; within a group, soonest deadline first, then
 * newest report (rows arrive newest report first and the sort is stable).
 */
export function taskGroups(
  rows: readonly LedgerRow[],
  reports: ReadonlyMap<string, CatalogEntry>,
  today: string,
): TaskGroup[] {
  const items = rows.flatMap((row) => {
    const entry = reports.get(row.reportId);
    return entry ? [taskItem(row, entry.data, today)] : [];
  });
  const byDue = (a: TaskItem, b: TaskItem): number =>
    (a.deadline.due ?? "9999").localeCompare(b.deadline.due ?? "9999");
  return STATUS_ORDER.map((status) => ({
    status,
    items: items.filter((item) => item.status === status).sort(byDue),
  }));
}

/** A status in a word, as a sheet's summary line and the 督办 index's columns count it. */
export const STATUS_SHORT_LABELS: Record<DeadlineStatus, string> = {
  overdue: "逾期",
  "due-soon": "即将到期",
  "in-progress": "进行中",
  undated: "时限不详",
  recurring: "长期",
  none: "未定时限",
};

/** A sheet's summary line: 逾期 3 项，进行中 2 项 (statuses with no measure left out); 无 when empty. */
export function taskSummary(counts: readonly { status: DeadlineStatus; count: number }[]): string {
  const parts = counts
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${STATUS_SHORT_LABELS[status]} ${count} 项`);
  return parts.length > 0 ? parts.join("，") : "无";
}

/** One unit in the index of task sheets: its measures counted by status, and its dated deadlines. */
export interface UnitFollowUp {
  unit: string;
  counts: Record<DeadlineStatus, number>;
  /** The last days of its dated measures, so the browser can recount them for its own day. */
  dues: string[];
  total: number;
}

/**
 * Every unit's follow-up counts on `today`, the units owing most first: overdue and due-soon
 * measures, then all measures, then name.
 */
export function unitFollowUps(rowsByUnit: ReadonlyMap<string, readonly LedgerRow[]>, today: string): UnitFollowUp[] {
  const units = [...rowsByUnit].map(([unit, rows]) => {
    const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<DeadlineStatus, number>;
    const dues: string[] = [];
    for (const row of rows) {
      const deadline = followUpDeadline(row.measure);
      if (deadline.due) dues.push(deadline.due);
      counts[deadline.due ? datedStatus(deadline.due, today) : (deadline.fixed ?? "none")] += 1;
    }
    return { unit, counts, dues, total: rows.length };
  });
  const pressing = (item: UnitFollowUp): number => item.counts.overdue + item.counts["due-soon"];
  return units.sort((a, b) => pressing(b) - pressing(a) || b.total - a.total || a.unit.localeCompare(b.unit, "zh-CN"));
}
