import { FILTER_NAMES, type FilterName } from "./records";
import { termToPagefindQuery } from "./tokens";

/** The part of Pagefind's browser API the search uses (pagefind.js, version 1.6). */
export interface PagefindApi {
  search(query: string, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  filters(): Promise<FilterCounts>;
}
export interface PagefindSearchOptions {
  filters?: Partial<Record<FilterName, string>>;
  sort?: Record<string, "asc" | "desc">;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
export interface PagefindSearchResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** What the search page asks for; mirrors its URL parameters. */
export interface SearchRequest {
  /** Normalised terms (parseQuery), all of which must occur. */
  terms: string[];
  filters: Partial<Record<FilterName, string>>;
  sort: "relevance" | "date";
}

/** The answer: matching results in order and facet counts over exactly those results. */
export interface SearchAnswer {
  results: PagefindResult[];
  /** Counts per filter value among the results; null when there were too many to count. */
  counts: FilterCounts | null;
}

/** Above this many multi-term results, facets are not counted (it would load every fragment). */
export const MAX_COUNTED_RESULTS = 300;

/**
 * Runs a search: one Pagefind phrase query per term (Pagefind does not AND quoted phrases), the
 * results intersected in the order of the first term. Facet counts come from Pagefind for one
 * term, and from the results' own filters for several.
 */
export async function runSearch(pagefind: PagefindApi, request: SearchRequest): Promise<SearchAnswer> {
  if (request.terms.length === 0) return { results: [], counts: null };
  const options: PagefindSearchOptions = { filters: request.filters };
  if (request.sort === "date") options.sort = { date: "desc" };
  const responses = await Promise.all(request.terms.map((term) => pagefind.search(termToPagefindQuery(term), options)));
  const [first, ...rest] = responses;
  if (!first) return { results: [], counts: null };
  if (rest.length === 0) return { results: first.results, counts: first.filters };
  const idSets = rest.map((response) => new Set(response.results.map((result) => result.id)));
  const results = first.results.filter((result) => idSets.every((ids) => ids.has(result.id)));
  if (results.length > MAX_COUNTED_RESULTS) return { results, counts: null };
  const fragments = await Promise.all(results.map((result) => result.data()));
  return { results, counts: countFilters(fragments) };
}

/** Facet counts over a set of fragments, in the shape Pagefind reports them. */
export function countFilters(fragments: readonly Pick<PagefindFragment, "filters">[]): FilterCounts {
  const counts: FilterCounts = Object.fromEntries(FILTER_NAMES.map((name) => [name, {}]));
  for (const fragment of fragments) {
    for (const name of FILTER_NAMES) {
      const bucket = counts[name] ?? {};
      for (const value of fragment.filters[name] ?? []) bucket[value] = (bucket[value] ?? 0) + 1;
      counts[name] = bucket;
    }
  }
  return counts;
}
