import type { Report } from "../../schemas/report";
import { dateSortKey, dateYear, formatChineseDate } from "../view/dates";
import { formatRegion, regionLevels } from "../view/report-view";
import { DATE_FILTER, datePeriod } from "./facets";
import { normalizeForSearch, restoreText, textPatch } from "./normalize";
import { bigramTokens, leadingTextOfTokens } from "./tokens";

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
 * What the report page's facts panel shows (FactsPanel.astro), one string per item: the region as
 * written there (河南省洛阳市涧西区, or 地区不详), the type, the meeting, the source and its authors,
 * each leader's title with the name (市委书记江凌, as the panel reads) and role, the tags and the units.
 * Each is searched on its own, so a term never matches across two items.
 */
export function reportFacts(report: Report): string[] {
  const facts = [
    formatRegion(report.region),
    report.docType,
    report.meeting,
    report.source.name,
    ...(report.source.authors ?? []),
    ...report.leaders.flatMap((leader) => [`${leader.title ?? ""}${leader.name}`, leader.role]),
    ...report.tags,
    ...report.units,
  ];
  return [...new Set(facts.filter((fact): fact is string => Boolean(fact)))];
}

/**
 * The facts a search must find beyond the title and body, as the page writes them: those whose
 * normalised form neither the text nor another such fact already holds (it would add index words,
 * never a hit).
 */
export function extraFacts(source: Pick<SearchSource, "report" | "text">): string[] {
  const text = normalizeForSearch(searchableText(source));
  const facts = reportFacts(source.report)
    .map((fact) => ({ fact, normalized: normalizeForSearch(fact) }))
    .filter(({ normalized }) => normalized && !text.includes(normalized));
  return facts
    .filter(
      ({ normalized }, index) =>
        !facts.some(
          (other, at) => other.normalized.includes(normalized) && (other.normalized !== normalized || at < index),
        ),
    )
    .map(({ fact }) => fact);
}

/**
 * Everything a report is found by, as the search's definition of a hit reads it (matchesAllTerms):
 * the title with the body, then each fact the page shows.
 */
export function searchableTexts(source: Pick<SearchSource, "report" | "text">): string[] {
  return [searchableText(source), ...reportFacts(source.report)];
}

/**
 * The record Pagefind indexes for a report: bigram words of the text and of the facts it does not
 * hold as content (see tokens.ts), the way back to the original text (fragmentText) and those facts
 * in meta for excerpts and highlighting, and facets as filters. Every record is one language
 * so that simplified and traditional reports share one index.
 */
export function toSearchRecord(source: SearchSource): SearchRecord {
  const { report } = source;
  const year = dateYear(report.date);
  const facts = extraFacts(source);
  // The fragment restores the text from its own words and a patch (normalize.ts textPatch) instead
  // of carrying it twice; a traditional text, whose patch outgrows it, is carried as it is.
  const patch = textPatch(searchableText(source));
  const carried = patch.length < source.text.length ? { patch } : { text: source.text };
  return {
    url: source.url,
    // Each fact is its own run of bigram words, ended like the text's, so no phrase spans two.
    content: [searchableText(source), ...facts].map(normalizeForSearch).flatMap(bigramTokens).join(" "),
    language: "zh",
    meta: {
      title: report.title,
      date: formatChineseDate(report.date),
      region: formatRegion(report.region),
      type: report.docType,
      script: report.script,
      ...carried,
      // The facts only they can match by, one a line: the result's excerpt shows the one that matched.
      facts: facts.join("\n"),
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

/** What a result's fragment holds (a Pagefind fragment: the record's content and meta). */
export interface SearchFragment {
  content?: string;
  meta: Record<string, string | undefined>;
}

/** The report's text as its page shows it, from a result's fragment (see toSearchRecord). */
export function fragmentText(fragment: SearchFragment): string {
  const text = fragment.meta["text"];
  if (text !== undefined) return text;
  const title = fragment.meta["title"] ?? "";
  const restored = restoreText(leadingTextOfTokens(fragment.content ?? ""), fragment.meta["patch"] ?? "");
  return restored.slice(title.length + 1);
}
