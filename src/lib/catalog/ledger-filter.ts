import { datedStatus, type DeadlineStatus } from "../followup/status";

/**
 * The ledger's in-page filter, as a pure function over each row's facets (the data attributes
 * LedgerTable writes), so the browser script stays a thin shell and the rules are testable.
 */

export interface RowFacets {
  tags: string[];
  units: string[];
  region: string;
  year: string;
  date: string;
  /** The deadline's last day (YYYY-MM-DD), "undated" for words without a date (限期), "" for none. */
  deadline: string;
  /** The follow-up status the build gave the row (followup/status); a dated one is recomputed for today. */
  status: string;
}

export interface LedgerFilter {
  tag?: string;
  unit?: string;
  region?: string;
  year?: string;
  status?: DeadlineStatus;
}

/** A row's follow-up status on `today`: a dated deadline's from the day, any other as built. */
export function rowStatus(row: RowFacets, today: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(row.deadline) ? datedStatus(row.deadline, today) : row.status;
}

/** True when a row passes every chosen filter; `today` is an ISO date. */
export function rowMatches(row: RowFacets, filter: LedgerFilter, today: string): boolean {
  if (filter.tag && !row.tags.includes(filter.tag)) return false;
  if (filter.unit && !row.units.includes(filter.unit)) return false;
  if (filter.region && row.region !== filter.region) return false;
  if (filter.year && row.year !== filter.year) return false;
  if (filter.status && rowStatus(row, today) !== filter.status) return false;
  return true;
}

/** Sort keys: report date newest first, or deadline soonest first (rows without one last). */
export function compareRows(a: RowFacets, b: RowFacets, by: "date" | "deadline"): number {
  if (by === "deadline") {
    const key = (row: RowFacets): string => (row.deadline && row.deadline !== "undated" ? row.deadline : "9999");
    return key(a).localeCompare(key(b));
  }
  return b.date.localeCompare(a.date);
}
