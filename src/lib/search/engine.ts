import { FILTER_NAMES, type FilterName } from "./records";
import { termToPagefindQuery } from "./tokens";

/** The filter each shard's results carry (mergeIndex's mergeFilter), naming the shard. */
export const SHARD_FILTER = "shard";

/** The part of Pagefind's browser API the search uses (pagefind.js, version 1.6). */
export interface PagefindApi {
  search(query: string, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  filters(): Promise<FilterCounts>;
}
export interface PagefindSearchOptions {
  /** Facet filters, plus the synthetic `shard` filter each merged index carries (see shards.ts). */
  filters?: Partial<Record<FilterName | typeof SHARD_FILTER, string>>;
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
export async function runSearch(
  pagefind: PagefindApi,
  request: SearchRequest,
  shardKeys: readonly string[] = [],
): Promise<SearchAnswer> {
  if (request.terms.length === 0) return { results: [], counts: null };
  const options: PagefindSearchOptions = { filters: request.filters };
  if (request.sort === "date") options.sort = { date: "desc" };
  const responses = await Promise.all(
    request.terms.map((term) => searchTerm(pagefind, termToPagefindQuery(term), options, shardKeys)),
  );
  const [first, ...rest] = responses;
  if (!first) return { results: [], counts: null };
  if (rest.length === 0) return { results: first.results, counts: first.filters };
  const idSets = rest.map((response) => new Set(response.results.map((result) => result.id)));
  const results = first.results.filter((result) => idSets.every((ids) => ids.has(result.id)));
  if (results.length > MAX_COUNTED_RESULTS) return { results, counts: null };
  const fragments = await Promise.all(results.map((result) => result.data()));
  return { results, counts: countFilters(fragments) };
}

/**
 * One phrase query over all shards. Pagefind orders merged results by score, and a sorted
 * search's score is only the rank within its own shard, so a date-sorted search across shards
 * asks each shard in turn (newest first; shards are date ranges that do not overlap) and
 * concatenates, keeping the counts of the search over all of them.
 */
async function searchTerm(
  pagefind: PagefindApi,
  query: string,
  options: PagefindSearchOptions,
  shardKeys: readonly string[],
): Promise<PagefindSearchResponse> {
  const all = pagefind.search(query, options);
  if (!options.sort || shardKeys.length < 2) return all;
  const byShard = await Promise.all(
    shardKeys.map((shard) =>
      pagefind.search(query, { ...options, filters: { ...options.filters, [SHARD_FILTER]: shard } }),
    ),
  );
  return { results: byShard.flatMap((response) => response.results), filters: (await all).filters };
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
