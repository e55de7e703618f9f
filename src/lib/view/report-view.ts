import type { Report } from "../../schemas/report";
import { formatChineseDate } from "./dates";

/** The region as one readable string: 河南省洛阳市涧西区, or 地区不详. */
export function formatRegion(region: Report["region"]): string {
  const text = [region.province, cityOf(region), region.district].filter(Boolean).join("");
  return text || NO_REGION;
}

/** The city unless it is the province itself (上海市 is both): written once. */
const cityOf = (region: Report["region"]): string | undefined =>
  region.city === region.province ? undefined : region.city;

/** The name of a report's region unknown to the source. */
export const NO_REGION = "地区不详";

/**
 * Every level of a report's region, widest first, each written in full: 河南省, 河南省洛阳市,
 * 河南省洛阳市涧西区. The region index (/regions/) and the search page's region facet both group by
 * these names, so a city counts the reports of its districts and counties, in both places alike.
 */
export function regionLevels(region: Report["region"]): string[] {
  const { province, district } = region;
  const city = cityOf(region);
  const levels = [
    province,
    province || city ? `${province ?? ""}${city ?? ""}` : undefined,
    district ? formatRegion(region) : undefined,
  ];
  const names = levels.filter((name): name is string => Boolean(name));
  return names.length > 0 ? [...new Set(names)] : [NO_REGION];
}

/** The lang attribute for a report's own text. */
export function reportLang(report: Pick<Report, "script">): "zh-CN" | "zh-Hant" {
  return report.script === "traditional" ? "zh-Hant" : "zh-CN";
}

/** One line summing up a report for lists: date · region · type. */
export function reportByline(report: Pick<Report, "date" | "region" | "docType">): string {
  return [formatChineseDate(report.date), formatRegion(report.region), report.docType].join(" · ");
}
