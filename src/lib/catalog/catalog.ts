import { createHash } from "node:crypto";
import type { Measure, Report } from "../../schemas/report";
import { dateSortKey, dateYear, yearSlug } from "../view/dates";
import { formatRegion, regionLevels } from "../view/report-view";

/**
 * The site's indexes as plain data: every measure as a ledger row, and the reports and measures
 * grouped by tag, unit, region, year, leader and type. Pages render these; tests check them.
 */

/** A report as the catalog needs it: its id (the URL) and its frontmatter. */
export interface CatalogEntry {
  id: string;
  data: Report;
}

/** One measure with the report it comes from: a row of the ledger (台账). */
export interface LedgerRow {
  reportId: string;
  reportTitle: string;
  date: string;
  region: string;
  docType: string;
  script: Report["script"];
  /** 1-based position of the measure in its report (its anchor there: #measure-N). */
  position: number;
  measure: Measure;
  /** Who demanded the report's measures (speakersOf), as 江凌（市委书记）. */
  speakers: string[];
}

/** Roles of a leader who gives the orders a report's measures come from. */
const SPEAKING_ROLES = ["讲话", "部署", "通报", "要求", "强调", "指出"];

/**
 * The leaders who demanded a report's measures: those whose role is to speak or order (讲话, 部署 …),
 * else those who chaired (主持); none when the report names no such leader. Sources tie an
 * order to its speaker only in prose, so this is per report, not per measure.
 */
export function speakersOf(leaders: Report["leaders"]): string[] {
  const speaking = leaders.filter((leader) => SPEAKING_ROLES.includes(leader.role ?? ""));
  const chosen = speaking.length > 0 ? speaking : leaders.filter((leader) => leader.role === "主持");
  return [...new Set(chosen.map((leader) => (leader.title ? `${leader.name}（${leader.title}）` : leader.name)))];
}

/** A named group of rows or reports with a stable URL slug. */
export interface Group<T> {
  name: string;
  slug: string;
  items: T[];
}

/**
 * A URL-safe, stable slug for a Chinese name: eight hex digits of its SHA-1. Plain ASCII paths
 * survive every intranet web server and file system; the page shows the name itself.
 */
export function slugFor(name: string): string {
  return createHash("sha1").update(name).digest("hex").slice(0, 8);
}

const newestFirst = (a: { date: string }, b: { date: string }): number =>
  dateSortKey(b.date).localeCompare(dateSortKey(a.date));

/** Reports newest first; ties by id so the order is stable. */
export function sortReports<T extends CatalogEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => newestFirst(a.data, b.data) || a.id.localeCompare(b.id));
}

/** Every measure of every report, newest report first, measures in text order. */
export function ledgerRows(entries: readonly CatalogEntry[]): LedgerRow[] {
  return sortReports(entries).flatMap((entry) => {
    const speakers = speakersOf(entry.data.leaders);
    return entry.data.measures.map((measure, index) => ({
      reportId: entry.id,
      reportTitle: entry.data.title,
      date: entry.data.date,
      region: formatRegion(entry.data.region),
      docType: entry.data.docType,
      script: entry.data.script,
      position: index + 1,
      measure,
      speakers,
    }));
  });
}

/** Groups items under each of the names `namesOf` gives them; groups by size, then name. */
export function groupBy<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const name of new Set(namesOf(item))) {
      const group = groups.get(name);
      if (group) group.push(item);
      else groups.set(name, [item]);
    }
  }
  return [...groups]
    .map(([name, grouped]) => ({ name, slug: slugFor(name), items: grouped }))
    .sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name, "zh-CN"));
}

/** Measures by tag. */
export const measuresByTag = (rows: readonly LedgerRow[]): Group<LedgerRow>[] =>
  groupBy(rows, (row) => row.measure.tags);

/** A unit's 台账: the measures assigned to it across reports. */
export const measuresByUnit = (rows: readonly LedgerRow[]): Group<LedgerRow>[] =>
  groupBy(rows, (row) => row.measure.units);

/** Reports naming each unit at all (assigned work or acting in them): a unit a measure names counts even when the report's own list omits it. */
export const reportsByUnit = (entries: readonly CatalogEntry[]): Group<CatalogEntry>[] =>
  groupBy(sortReports(entries), (entry) => [
    ...entry.data.units,
    ...entry.data.measures.flatMap((measure) => measure.units),
  ]);

/** A unit on the unit list: how many measures it carries and in how many reports it is named. */
export interface UnitListing {
  name: string;
  slug: string;
  measures: number;
  reports: number;
}

/**
 * The unit list in two parts: units that carry measures (the 责任单位 the home page counts), most
 * measures first, and units only named in reports (acting in a story, or addressed without a
 * task), most reports first.
 */
export function unitListing(
  entries: readonly CatalogEntry[],
  rows: readonly LedgerRow[],
): { acting: UnitListing[]; named: UnitListing[] } {
  const measures = new Map(measuresByUnit(rows).map((group) => [group.name, group.items.length]));
  const all = reportsByUnit(entries).map((group) => ({
    name: group.name,
    slug: group.slug,
    measures: measures.get(group.name) ?? 0,
    reports: group.items.length,
  }));
  const byName = (a: UnitListing, b: UnitListing): number => a.name.localeCompare(b.name, "zh-CN");
  return {
    acting: all.filter((unit) => unit.measures > 0).sort((a, b) => b.measures - a.measures || byName(a, b)),
    named: all.filter((unit) => unit.measures === 0).sort((a, b) => b.reports - a.reports || byName(a, b)),
  };
}

/** Reports by every level of their region: 河南省, 河南省洛阳市, 河南省洛阳市涧西区. */
export function reportsByRegion(entries: readonly CatalogEntry[]): Group<CatalogEntry>[] {
  return groupBy(sortReports(entries), (entry) => regionLevels(entry.data.region));
}

/** Reports by year, newest year first; reports with no year last. */
export function reportsByYear(entries: readonly CatalogEntry[]): Group<CatalogEntry>[] {
  const groups = groupBy(sortReports(entries), (entry) => [String(dateYear(entry.data.date) ?? "年份不详")]).map(
    (group) => ({ ...group, slug: yearSlug(group.name) }),
  );
  return groups.sort((a, b) => (b.name === "年份不详" ? -1 : a.name === "年份不详" ? 1 : b.name.localeCompare(a.name)));
}

/** Reports by document type. */
export const reportsByType = (entries: readonly CatalogEntry[]): Group<CatalogEntry>[] =>
  groupBy(sortReports(entries), (entry) => [entry.data.docType]);

/** A leader's appearance in a report, with the title and role the report gives (leaders.ts groups them). */
export interface LeaderAppearance {
  entry: CatalogEntry;
  title?: string;
  role?: string;
}

/**
 * For every report, the reports of the same city (else province) just before and after it in
 * time: computed once for the whole catalog rather than once per report page.
 */
export function neighboursById(
  entries: readonly CatalogEntry[],
): Map<string, { previous?: CatalogEntry; next?: CatalogEntry }> {
  const byPlace = groupBy(sortReports(entries).reverse(), (entry) =>
    [entry.data.region.city ?? entry.data.region.province ?? ""].filter(Boolean),
  );
  const result = new Map<string, { previous?: CatalogEntry; next?: CatalogEntry }>();
  for (const { items } of byPlace) {
    items.forEach((entry, index) => {
      const previous = items[index - 1];
      const next = items[index + 1];
      result.set(entry.id, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
    });
  }
  return result;
}

/** How far, in each tag's or unit's reports, to look on either side for related reports. */
const RELATED_WINDOW = 50;

/**
 * For every report, the reports sharing most tags and units with it, best first, ties nearest in time.
 * Candidates are, for each of the report's tags and units, the reports nearest to it in time among
 * those carrying it (RELATED_WINDOW on either side), so the work grows linearly with the archive
 * even when a tag is on every other report.
 */
export function relatedById(entries: readonly CatalogEntry[], limit = 5): Map<string, CatalogEntry[]> {
  const ordered = sortReports(entries);
  const rank = new Map(ordered.map((entry, index) => [entry.id, index]));
  // Each report's tags and units as one set of keys, in catalog order.
  const keySets = ordered.map(
    (entry) => new Set([...entry.data.tags.map((tag) => `t:${tag}`), ...entry.data.units.map((unit) => `u:${unit}`)]),
  );
  const keys = new Map(ordered.map((entry, index) => [entry.id, keySets[index] ?? new Set<string>()]));
  // Each tag's or unit's reports in catalog order, and where each report stands in them.
  const postings = new Map<string, CatalogEntry[]>();
  const standing = ordered.map((entry, index) =>
    [...(keySets[index] ?? [])].map((key) => {
      const list = postings.get(key) ?? [];
      postings.set(key, list);
      return { list, at: list.push(entry) - 1 };
    }),
  );
  const related = new Map<string, CatalogEntry[]>();
  for (const [index, entry] of ordered.entries()) {
    const mine = keySets[index] ?? new Set<string>();
    const candidates = new Set<CatalogEntry>();
    for (const { list, at } of standing[index] ?? [])
      for (const other of list.slice(Math.max(0, at - RELATED_WINDOW), at + RELATED_WINDOW + 1))
        if (other !== entry) candidates.add(other);
    const scored = [...candidates].map((other) => ({
      other,
      shared: [...(keys.get(other.id) ?? [])].filter((key) => mine.has(key)).length,
      distance: Math.abs((rank.get(other.id) ?? 0) - index),
    }));
    scored.sort(
      (a, b) =>
        b.shared - a.shared || a.distance - b.distance || (rank.get(a.other.id) ?? 0) - (rank.get(b.other.id) ?? 0),
    );
    related.set(
      entry.id,
      scored.slice(0, limit).map(({ other }) => other),
    );
  }
  return related;
}
