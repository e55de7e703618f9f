import type { Report } from "../../schemas/report";
import { dateSortKey, dateYear, formatChineseDate } from "../view/dates";
import { formatRegion, regionLevels } from "../view/report-view";
import { DATE_FILTER, datePeriod } from "./facets";
import { normalizeForSearch } from "./normalize";
import { bigramTokens } from "./tokens";

/** What the indexer reads of one report entry (scripts/support/search-index.ts). */
export interface SearchSource {
  id: string;
  url: string;
  report: Report;
  /** The report's plain text as shown on its page, in its own script. */
  text: string;
}

/** A Pagefind custom record (the shape of pagefind's CustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Filter names, shared by the indexer and the search page. */
export const FILTER_NAMES = ["region", "year", "type", "tag", "unit"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The year filter value for reports whose source never gives a year. */
export const NO_YEAR = "年份不详";

/** The searchable text of a report: its title and its body. */
export function searchableText(source: Pick<SearchSource, "report" | "text">): string {
  return `${source.report.title}\n${source.text}`;
}

/**
 * The record Pagefind indexes for a report: bigram words as content (see tokens.ts), the original
 * text in meta for excerpts and highlighting, and facets as filters. Every record is one language
 * so that simplified and traditional reports share one index.
 */
export function toSearchRecord(source: SearchSource): SearchRecord {
  const { report } = source;
  const year = dateYear(report.date);
  return {
    url: source.url,
    content: bigramTokens(normalizeForSearch(searchableText(source))).join(" "),
    language: "zh",
    meta: {
      title: report.title,
      date: formatChineseDate(report.date),
      region: formatRegion(report.region),
      type: report.docType,
      script: report.script,
      text: source.text,
      // Sortable date, for ordering results of several sites by date (engine.ts).
      dateKey: dateSortKey(report.date),
    },
    filters: {
      // Every level, so a city's count and filter take in its districts (as /regions/ does).
      region: regionLevels(report.region),
      year: [year === null ? NO_YEAR : String(year)],
      type: [report.docType],
      tag: report.tags,
      unit: report.units,
      // For date ranges (facets.ts); not a facet of its own.
      [DATE_FILTER]: [datePeriod(report.date)].filter((period): period is string => period !== undefined),
    },
    sort: { date: dateSortKey(report.date) },
  };
}
