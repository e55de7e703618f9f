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
  /** ISO deadline date, "undated" for words without a date (限期), "" for none. */
  deadline: string;
}

export interface LedgerFilter {
  tag?: string;
  unit?: string;
  region?: string;
  year?: string;
  deadline?: "has" | "overdue" | "none";
}

/** True when a row passes every chosen filter; `today` is an ISO date. */
export function rowMatches(row: RowFacets, filter: LedgerFilter, today: string): boolean {
  if (filter.tag && !row.tags.includes(filter.tag)) return false;
  if (filter.unit && !row.units.includes(filter.unit)) return false;
  if (filter.region && row.region !== filter.region) return false;
  if (filter.year && row.year !== filter.year) return false;
  if (filter.deadline === "has" && !row.deadline) return false;
  if (filter.deadline === "none" && row.deadline) return false;
  if (filter.deadline === "overdue" && !(row.deadline && row.deadline !== "undated" && row.deadline < today))
    return false;
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
