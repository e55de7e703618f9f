import type { LedgerRow } from "../catalog/catalog";
import { statusLabel } from "../followup/status";
import type { TaskGroup, TaskItem } from "../followup/task-sheet";
import { formatChineseDate } from "./dates";

/** Excel reads a UTF-8 CSV as Chinese only when it starts with a byte-order mark. */
const BOM = "\ufeff";

/**
 * A leading = + - @ makes Excel and WPS run a cell as a formula; so may a leading tab or carriage
 * return (some programs trim it and read what follows), and WPS reads the full-width signs alike.
 */
const FormulaStartRE = /^[=+\-@\t\r＝＋－＠]/;

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180); a formula-looking cell is made text. */
export function csvField(value: string): string {
  // An apostrophe before the sign keeps the cell text (OWASP's advice for CSV injection).
  const safe = FormulaStartRE.test(value) ? `'${value}` : value;
  return /[",\r\n\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of fields as CSV: BOM, CRLF line ends as Excel expects, every field through csvField. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${BOM}${rows.map((fields) => fields.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/**
 * Reads CSV as csvText writes it back into rows of fields, so the browser can keep some rows of a
 * downloaded export. Fields are returned as written: a guarded formula keeps its apostrophe, and
 * writing it again leaves it unchanged.
 */
export { parseCsv } from "../text/delimited";

export const LEDGER_COLUMNS = [
  "举措",
  "标签",
  "责任单位",
  "时限",
  "时限日期",
  "目标",
  "提出领导",
  "报告",
  "日期",
  "ISO日期",
  "地区",
  "类型",
  "链接",
] as const;

/** The ledger as CSV: one row per measure, the link to it last. */
export function ledgerCsv(rows: readonly LedgerRow[], linkFor: (row: LedgerRow) => string): string {
  return csvText([
    LEDGER_COLUMNS,
    ...rows.map(({ measure, ...row }) => [
      measure.text,
      measure.tags.join("、"),
      measure.units.join("、"),
      measure.deadline?.text ?? "",
      measure.deadline?.date ?? "",
      (measure.targets ?? []).join("、"),
      row.speakers.join("、"),
      row.reportTitle,
      formatChineseDate(row.date),
      row.date === "unknown" ? "" : row.date,
      row.region,
      row.docType,
      linkFor({ measure, ...row }),
    ]),
  ]);
}

/** The columns of an export of search results: one row per report. */
export const SEARCH_COLUMNS = ["标题", "日期", "ISO日期", "地区", "类型", "链接"] as const;

/**
 * A file name saying what an export holds and when it was made: 汝阳县人民政府-工作举措-2024-06-01.csv.
 * Characters that Windows forbids in file names become full-width or are dropped.
 */
export function exportFileName(subject: readonly string[], kind: string, today: string): string {
  const safe = (part: string): string =>
    part
      .replace(/[\\/]/g, "／")
      .replace(/[:*?"<>|]/g, "")
      .replace(/[\u0000-\u001f]/g, "")
      .trim();
  const parts = [...subject.map(safe).filter(Boolean), kind, today];
  return `${parts.join("-")}.csv`;
}

export const TASK_SHEET_COLUMNS = [
  "状态",
  "状态截至",
  "举措",
  "标签",
  "责任单位",
  "时限",
  "时限日期",
  "目标",
  "会议",
  "报告",
  "日期",
  "ISO日期",
  "提出领导",
  "地区",
  "类型",
  "链接",
] as const;

/**
 * A unit's task sheet as CSV, status group by group: the one export of a unit's measures, its
 * status first, then the ledger's columns. The status is the one on `asOf` (the build day): a file
 * leaves the site and no script updates it, so it says which day it holds for.
 */
export function taskSheetCsv(groups: readonly TaskGroup[], asOf: string, linkFor: (item: TaskItem) => string): string {
  return csvText([
    TASK_SHEET_COLUMNS,
    ...groups.flatMap((group) =>
      group.items.map((item) => [
        statusLabel(item.status, item.deadline.text),
        asOf,
        item.row.measure.text,
        item.row.measure.tags.join("、"),
        item.row.measure.units.join("、"),
        item.deadline.text,
        item.deadline.due ?? "",
        (item.row.measure.targets ?? []).join("、"),
        item.meeting,
        item.row.reportTitle,
        formatChineseDate(item.row.date),
        item.row.date === "unknown" ? "" : item.row.date,
        item.leaders.join("、"),
        item.row.region,
        item.row.docType,
        linkFor(item),
      ]),
    ),
  ]);
}
