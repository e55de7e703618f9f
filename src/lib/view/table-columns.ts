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
  }
  return columns;
}
