import type { LedgerRow } from "../catalog/catalog";
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

/** The ledger as CSV: BOM, header, one row per measure, CRLF line ends as Excel expects. */
export function ledgerCsv(rows: readonly LedgerRow[], linkFor: (row: LedgerRow) => string): string {
  const lines = [LEDGER_COLUMNS.join(",")];
  for (const row of rows) {
    const { measure } = row;
    lines.push(
      [
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
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
