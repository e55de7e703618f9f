import type { LedgerRow } from "./catalog";
import { dateSortKey, dateYear } from "../view/dates";

/**
 * The same task over time: a measure's nearest earlier and later counterparts in other reports of
 * the same city with the same tag (the task demanded again a year later, a target restated with new
 * numbers). Plain rows in, links out, computed once for the whole catalog.
 */

/** A measure another measure links to. */
export interface MeasureRef {
  reportId: string;
  reportTitle: string;
  date: string;
  script: LedgerRow["script"];
  position: number;
  text: string;
  /** The tag the two measures share. */
  tag: string;
}

/** A measure of a report with its counterparts before and after it. */
export interface MeasureThread {
  position: number;
  earlier?: MeasureRef;
  later?: MeasureRef;
}

/**
 * True when date `a` is known to come before `b`: both have a year and neither is the other
 * made less precise (2024-09 is not before 2024-09-19: they may be the same day).
 */
export function strictlyBefore(a: string, b: string): boolean {
  if (dateYear(a) === null || dateYear(b) === null || a === b) return false;
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return dateSortKey(a) < dateSortKey(b);
}

/** Character pairs of a text, for a cheap likeness of two measures. */
function bigrams(text: string): Set<string> {
  // Code points, not UTF-16 units: a rare character outside the BMP is one character.
  const chars = Array.from(text.replace(/[\s\p{P}]/gu, ""));
  return new Set(chars.slice(1).map((char, index) => `${chars[index] ?? ""}${char}`));
}

/** Dice coefficient of two bigram sets: 1 for the same words, 0 for nothing shared. */
function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

interface Placed {
  row: LedgerRow;
  pairs: Set<string>;
}

const refTo = ({ row }: Placed, tag: string): MeasureRef => ({
  reportId: row.reportId,
  reportTitle: row.reportTitle,
  date: row.date,
  script: row.script,
  position: row.position,
  text: row.measure.text,
  tag,
});

/**
 * For every report, its measures that have a counterpart: per tag, the measures of the nearest
 * report strictly before (after) it in the same city, the likest one chosen; over a measure's tags,
 * the nearest in time wins, then the likest. `cityOf` names a report's place ("" for none).
 */
export function measureThreads(
  rows: readonly LedgerRow[],
  cityOf: (reportId: string) => string,
): Map<string, MeasureThread[]> {
  // Rows by place and tag, oldest report first; reports without a year cannot be placed in time.
  const threads = new Map<string, Placed[]>();
  const placed = new Map<LedgerRow, Placed>();
  for (const row of rows) {
    const city = cityOf(row.reportId);
    if (!city || dateYear(row.date) === null) continue;
    const item = { row, pairs: bigrams(row.measure.text) };
    placed.set(row, item);
    for (const tag of new Set(row.measure.tags)) {
      const key = `${city}\u0000${tag}`;
      const list = threads.get(key) ?? [];
      threads.set(key, list);
      list.push(item);
    }
  }
  const best = new Map<LedgerRow, { earlier?: [MeasureRef, number]; later?: [MeasureRef, number] }>();
  const better = (current: [MeasureRef, number] | undefined, next: [MeasureRef, number], later: boolean): boolean => {
    if (!current) return true;
    const [ref, score] = current;
    const [was, now] = [dateSortKey(ref.date), dateSortKey(next[0].date)];
    if (was !== now) return later ? now < was : now > was;
    return next[1] > score;
  };
  for (const [key, list] of threads) {
    const tag = key.slice(key.indexOf("\u0000") + 1);
    list.sort((a, b) => dateSortKey(a.row.date).localeCompare(dateSortKey(b.row.date)));
    // Reports in time order, each with its measures under this tag.
    const reports: Placed[][] = [];
    for (const item of list) {
      const last = reports.at(-1);
      if (last?.[0]?.row.reportId === item.row.reportId) last.push(item);
      else reports.push([item]);
    }
    reports.forEach((mine, index) => {
      const date = mine[0]?.row.date ?? "";
      let before = index - 1;
      while (before >= 0 && !strictlyBefore(reports[before]?.[0]?.row.date ?? "", date)) before -= 1;
      let after = index + 1;
      while (after < reports.length && !strictlyBefore(date, reports[after]?.[0]?.row.date ?? "")) after += 1;
      for (const item of mine) {
        const links = best.get(item.row) ?? {};
        best.set(item.row, links);
        for (const [side, other] of [
          ["earlier", reports[before]],
          ["later", reports[after]],
        ] as const) {
          if (!other) continue;
          const likest = other.reduce<[Placed, number] | undefined>((found, candidate) => {
            const score = likeness(item.pairs, candidate.pairs);
            return !found || score > found[1] ? [candidate, score] : found;
          }, undefined);
          if (!likest) continue;
          const next: [MeasureRef, number] = [refTo(likest[0], tag), likest[1]];
          if (better(links[side], next, side === "later")) links[side] = next;
        }
      }
    });
  }
  const result = new Map<string, MeasureThread[]>();
  for (const row of rows) {
    const links = placed.has(row) ? best.get(row) : undefined;
    if (!links?.earlier && !links?.later) continue;
    const thread: MeasureThread = { position: row.position };
    if (links.earlier) thread.earlier = links.earlier[0];
    if (links.later) thread.later = links.later[0];
    const list = result.get(row.reportId) ?? [];
    result.set(row.reportId, list);
    list.push(thread);
  }
  return result;
}
