import type { LedgerRow } from "./catalog";
import type { Report } from "../../schemas/report";
import { slugFor } from "./catalog";
import { DIGITS, digitsValue } from "../text/numbers";
import { dateSortKey, dateYear } from "../view/dates";

/**
 * A topic's timeline (专题时间线): one tag in one place, its measures report by report in time
 * order, and the numeric targets they set, so a reader sees a task demanded again and a target
 * restated with new numbers. Plain rows in, timelines out.
 */

/** One report's measures under a topic. */
export interface TimelineStep {
  reportId: string;
  reportTitle: string;
  date: string;
  script: LedgerRow["script"];
  rows: LedgerRow[];
}

/** A numeric target of a measure: 188个小区 → 188, 个小区; 3.7万户 → 37000, 户. */
export interface NumericTarget {
  text: string;
  value: number;
  /** What is counted, as the source writes it after the number (个小区, 亿元, 户); "" when nothing follows. */
  counter: string;
}

/** A target that states a number: digits (1,000, 3.7), an optional 万/亿, then what is counted. */
const NumericTargetRE = new RegExp(`(${DIGITS})\\s*(万|亿)?\\s*(.*)$`, "u");
const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Reads the number of a target, or null when it states none (五大片区). */
export function parseNumericTarget(text: string): NumericTarget | null {
  const match = NumericTargetRE.exec(text);
  if (!match) return null;
  const [, digits = "", scale = "", rest = ""] = match;
  // 亿元 counts yuan in hundreds of millions: the 亿 scales the number, 元 is what is counted.
  const value = digitsValue(digits) * (SCALE[scale] ?? 1);
  return Number.isFinite(value) ? { text, value, counter: rest.trim() } : null;
}

/** A numeric target where it was set. */
export interface DatedTarget extends NumericTarget {
  date: string;
  reportId: string;
  position: number;
}

/** A topic: the tag, the place, and its steps oldest first (reports of unknown year last). */
export interface TopicTimeline {
  tag: string;
  region: string;
  slug: string;
  steps: TimelineStep[];
  /** How many measures in all. */
  measures: number;
}

/** The URL slug of a tag × region timeline. */
export const timelineSlug = (tag: string, region: string): string => `${slugFor(tag)}-${slugFor(region)}`;

/** True when a report's region is, or lies within, the place named (a province, a city or a district). */
export function inRegion(region: Report["region"], name: string): boolean {
  return region.province === name || region.city === name || region.district === name;
}

/** Rows as timeline steps: grouped by report, oldest first; reports without a year come last. */
export function timelineSteps(rows: readonly LedgerRow[]): TimelineStep[] {
  const steps = new Map<string, TimelineStep>();
  for (const row of rows) {
    const step = steps.get(row.reportId);
    if (step) step.rows.push(row);
    else
      steps.set(row.reportId, {
        reportId: row.reportId,
        reportTitle: row.reportTitle,
        date: row.date,
        script: row.script,
        rows: [row],
      });
  }
  const undated = (step: TimelineStep): number => (dateYear(step.date) === null ? 1 : 0);
  return [...steps.values()].sort(
    (a, b) =>
      undated(a) - undated(b) ||
      dateSortKey(a.date).localeCompare(dateSortKey(b.date)) ||
      a.reportId.localeCompare(b.reportId),
  );
}

/** The numeric targets of a timeline, in its order. */
export function datedTargets(steps: readonly TimelineStep[]): DatedTarget[] {
  return steps.flatMap((step) =>
    step.rows.flatMap((row) =>
      (row.measure.targets ?? []).flatMap((text) => {
        const target = parseNumericTarget(text);
        return target ? [{ ...target, date: step.date, reportId: step.reportId, position: row.position }] : [];
      }),
    ),
  );
}

/**
 * Every tag × place with measures from at least `minReports` reports (a timeline of one report is
 * that report's page), most reports first. `placeOf` names a report's place as the measure threads
 * do (province and city, "" for none), so a timeline holds exactly the measures a thread links.
 */
export function topicTimelines(
  rows: readonly LedgerRow[],
  placeOf: (reportId: string) => string,
  minReports = 2,
): TopicTimeline[] {
  const groups = new Map<string, { tag: string; region: string; rows: LedgerRow[] }>();
  for (const row of rows) {
    const region = placeOf(row.reportId);
    if (!region) continue;
    for (const tag of new Set(row.measure.tags)) {
      const key = `${tag}\u0000${region}`;
      const group = groups.get(key) ?? { tag, region, rows: [] };
      groups.set(key, group);
      group.rows.push(row);
    }
  }
  return [...groups.values()]
    .map((group) => ({
      tag: group.tag,
      region: group.region,
      slug: timelineSlug(group.tag, group.region),
      steps: timelineSteps(group.rows),
      measures: group.rows.length,
    }))
    .filter((timeline) => timeline.steps.length >= minReports)
    .sort(
      (a, b) =>
        b.steps.length - a.steps.length ||
        b.measures - a.measures ||
        a.tag.localeCompare(b.tag, "zh-CN") ||
        a.region.localeCompare(b.region, "zh-CN"),
    );
}
