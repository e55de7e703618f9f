import {
  ledgerRows,
  measuresByTag,
  measuresByUnit,
  neighboursById,
  relatedById,
  sortReports,
  type LedgerRow,
} from "../lib/catalog/catalog";
import { REPORTS_DIR } from "../lib/entry/files";
import { loadReportEntries, type ReportEntry } from "../lib/entry/reports";
import { leaderDirectory, type LeaderDirectory } from "../lib/catalog/leaders";
import { pageSizes } from "../lib/catalog/paging";
import { measureThreads } from "../lib/catalog/measure-threads";
import { topicTimelines, type TopicTimeline } from "../lib/catalog/topic-timeline";
import { localIsoDate } from "../lib/followup/status";
import { isoDaySetting } from "../lib/settings";

/** What every page draws on, computed once per build from the entry files. */
interface Catalog {
  /** All reports, newest first. */
  entries: ReportEntry[];
  /** Reports by id, for pages that start from a measure's row (the task sheets). */
  entriesById: Map<string, ReportEntry>;
  rows: LedgerRow[];
  /** Each tag's and each unit's measures, so a page looks up its own instead of filtering all. */
  rowsByTag: Map<string, LedgerRow[]>;
  rowsByUnit: Map<string, LedgerRow[]>;
  neighbours: ReturnType<typeof neighboursById>;
  related: ReturnType<typeof relatedById>;
  /** Each report's measures with the same task before and after them (same city, same tag). */
  threads: ReturnType<typeof measureThreads>;
  /** Each tag × place with measures from two reports or more, as a timeline (topic-timeline.ts). */
  timelines: TopicTimeline[];
  /** Leaders by name and place (leaders.ts). */
  leaders: LeaderDirectory;
}

/** Items per page of the paginated indexes. */
export const PAGE_SIZES = pageSizes(process.env["KB_PAGE_SIZE"]);

/**
 * The day the build computes follow-up statuses for (the page without JavaScript shows these; the
 * browser recomputes them for its own day). KB_TODAY=YYYY-MM-DD fixes it for reproducible builds.
 */
export const BUILD_DAY = isoDaySetting("KB_TODAY", process.env["KB_TODAY"]) ?? localIsoDate(new Date());

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= loadReportEntries(REPORTS_DIR).then((loaded) => {
    const entries = sortReports(loaded);
    const rows = ledgerRows(entries);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    // A report's place for threads and timelines: its province and city ("" for none).
    const placeOf = (id: string): string => {
      const region = byId.get(id)?.data.region;
      return `${region?.province ?? ""}${region?.city ?? ""}`;
    };
    const byName = (groups: { name: string; items: LedgerRow[] }[]): Map<string, LedgerRow[]> =>
      new Map(groups.map((group) => [group.name, group.items]));
    return {
      entries,
      entriesById: byId,
      rows,
      rowsByTag: byName(measuresByTag(rows)),
      rowsByUnit: byName(measuresByUnit(rows)),
      neighbours: neighboursById(entries),
      related: relatedById(entries),
      threads: measureThreads(rows, placeOf),
      timelines: topicTimelines(rows, placeOf),
      leaders: leaderDirectory(entries),
    };
  });
  return cached;
}
