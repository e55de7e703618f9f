/** How precisely a report's date is known, derived from the ISO form it is written in. */
export type DatePrecision = "day" | "month" | "year" | "no-year" | "unknown";

/** The precision of an ISO date as allowed by the report schema. */
export function datePrecision(iso: string): DatePrecision {
  if (iso === "unknown") return "unknown";
  if (iso.startsWith("--")) return "no-year";
  if (iso.length === 4) return "year";
  if (iso.length === 7) return "month";
  return "day";
}

/** The year of a date, or null when the source never gave one. */
export function dateYear(iso: string): number | null {
  return /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null;
}

/** A date written the way Chinese documents write it: 2023年2月23日, 6月18日（年份不详）. */
export function formatChineseDate(iso: string): string {
  if (iso === "unknown") return "日期不详";
  if (iso.startsWith("--")) {
    const [month, day] = iso.slice(2).split("-").map(Number);
    return `${month}月${day}日（年份不详）`;
  }
  const [year, month, day] = iso.split("-").map(Number);
  if (month === undefined) return `${year}年`;
  if (day === undefined) return `${year}年${month}月`;
  return `${year}年${month}月${day}日`;
}

/** A key that sorts dates in time order (compare descending for newest first); undated ones sort first. */
export function dateSortKey(iso: string): string {
  if (iso === "unknown") return "0000-00-00";
  return iso.startsWith("--") ? `0000${iso.slice(1)}` : iso.padEnd(10, "-00");
}

/** The URL segment of a year group: the year itself, or "unknown". */
export function yearSlug(name: string): string {
  return /^\d{4}$/.test(name) ? name : "unknown";
}
