import type { Measure } from "../../schemas/report";
import { followUpDeadline } from "../followup/status";

/** The optional columns of a measure table: shown only when some measure fills them. */
export interface MeasureColumns {
  tags: boolean;
  units: boolean;
  deadline: boolean;
  targets: boolean;
}

/** What a measure has in each optional column. */
export function measureCells(measure: Measure): MeasureColumns {
  return {
    tags: measure.tags.length > 0,
    units: measure.units.length > 0,
    // A recurring task (每月…, 常态化) has a status to show though it names no deadline.
    deadline: followUpDeadline(measure).fixed !== "none",
    targets: (measure.targets ?? []).length > 0,
  };
}

/**
 * The optional columns any of the measures fill. A table over several pages is given all of its
 * measures, so every page has the same columns (the ledger's filter joins rows of all pages).
 */
export function filledColumns(measures: Iterable<Measure>): MeasureColumns {
  const columns: MeasureColumns = { tags: false, units: false, deadline: false, targets: false };
  for (const measure of measures) {
    const cells = measureCells(measure);
    columns.tags ||= cells.tags;
    columns.units ||= cells.units;
    columns.deadline ||= cells.deadline;
    columns.targets ||= cells.targets;
    // Every column shown: the rest of a listing of 30,000 measures changes nothing.
    if (columns.tags && columns.units && columns.deadline && columns.targets) break;
  }
  return columns;
}

const listingColumns = new WeakMap<readonly object[], MeasureColumns>();

/**
 * The columns of a listing shown over many pages (the ledger's, a tag's), worked out once for the
 * listing rather than once per page.
 */
export function listingColumnsOf(listing: readonly { measure: Measure }[]): MeasureColumns {
  let columns = listingColumns.get(listing);
  if (!columns) {
    columns = filledColumns(listing.map((row) => row.measure));
    listingColumns.set(listing, columns);
  }
  return columns;
}
