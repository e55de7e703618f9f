import type { LedgerRow } from "../catalog/catalog";
import { statusLabel } from "../followup/status";
import type { TaskGroup, TaskItem } from "../followup/task-sheet";
import { formatChineseDate } from "./dates";

/** Excel reads a UTF-8 CSV as Chinese only when it starts with a byte-order mark. */
const BOM = "\ufeff";

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  // A leading = + - @ would make Excel run it as a formula; a tab keeps it text.
  const safe = /^[=+\-@]/.test(value) ? `\t${value}` : value;
  return /[",\r\n\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const LEDGER_COLUMNS = [
  "举措",
  "标签",
  "责任单位",
  "时限",
  "时限日期",
  "目标",
  "报告",
  "日期",
  "地区",
  "类型",
  "链接",
] as const;

/** A table as CSV: BOM, header, one line per record, every field guarded, CRLF line ends as Excel expects. */
function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  const lines = [header.join(","), ...records.map((record) => record.map(csvField).join(","))];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** The ledger as CSV: one row per measure. */
export function ledgerCsv(rows: readonly LedgerRow[], linkFor: (row: LedgerRow) => string): string {
  return toCsv(
    LEDGER_COLUMNS,
    rows.map((row) => {
      const { measure } = row;
      return [
        measure.text,
        measure.tags.join("、"),
        measure.units.join("、"),
        measure.deadline?.text ?? "",
        measure.deadline?.date ?? "",
        (measure.targets ?? []).join("、"),
        row.reportTitle,
        formatChineseDate(row.date),
        row.region,
        row.docType,
        linkFor(row),
      ];
    }),
  );
}

export const TASK_SHEET_COLUMNS = [
  "状态",
  "状态截至",
  "举措",
  "时限",
  "时限日期",
  "目标",
  "会议",
  "日期",
  "提出领导",
  "地区",
  "链接",
] as const;

/**
 * A unit's task sheet as CSV, status group by group. The status is the one on `asOf` (the build
 * day): a file leaves the site and no script updates it, so it says which day it holds for.
 */
export function taskSheetCsv(groups: readonly TaskGroup[], asOf: string, linkFor: (item: TaskItem) => string): string {
  return toCsv(
    TASK_SHEET_COLUMNS,
    groups.flatMap((group) =>
      group.items.map((item) => [
        statusLabel(item.status, item.deadline.text),
        asOf,
        item.row.measure.text,
        item.deadline.text,
        item.deadline.due ?? "",
        (item.row.measure.targets ?? []).join("、"),
        item.meeting,
        formatChineseDate(item.row.date),
        item.leaders.join("、"),
        item.row.region,
        linkFor(item),
      ]),
    ),
  );
}
