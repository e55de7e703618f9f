import type { Report } from "../../schemas/report";
import { formatChineseDate } from "./dates";

/** The region as one readable string: 河南省洛阳市涧西区, or 地区不详. */
export function formatRegion(region: Report["region"]): string {
  const text = [region.province, region.city, region.district].filter(Boolean).join("");
  return text || "地区不详";
}

/** The lang attribute for a report's own text. */
export function reportLang(report: Pick<Report, "script">): "zh-CN" | "zh-Hant" {
  return report.script === "traditional" ? "zh-Hant" : "zh-CN";
}

/** One line summing up a report for lists: date · region · type. */
export function reportByline(report: Pick<Report, "date" | "region" | "docType">): string {
  return [formatChineseDate(report.date), formatRegion(report.region), report.docType].join(" · ");
}
