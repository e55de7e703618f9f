import { DATE_FILTER, dateInRange, periodsInRange, type DateRange } from "./facets";
import { FILTER_NAMES, type FilterName } from "./records";
import { termToPagefindQuery } from "./tokens";

/** The filter each shard's results carry (mergeIndex's mergeFilter), naming the shard. */
export const SHARD_FILTER = "shard";

/** The part of Pagefind's browser API the search uses (pagefind.js, version 1.6). */
export interface PagefindApi {
  /** A null query lists every report the filters allow (browsing by facets). */
  search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  filters(): Promise<FilterCounts>;
}
export interface PagefindSearchOptions {
  /** Facet filters, the synthetic `shard` filter each merged index carries (see shards.ts), and months of a date range. */
  filters?: Partial<Record<FilterName | typeof SHARD_FILTER | typeof DATE_FILTER, string | { any: string[] }>>;
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
  /** The record's content: its bigram words (records.ts). */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** What the search page asks for; mirrors its URL parameters. */
export interface SearchRequest {
  /** Normalised terms (parseQuery), all of which must occur. */
  terms: string[];
  filters: Partial<Record<FilterName, string>>;
  sort: "relevance" | "date";
  /** Reports dated within this range only (facets.ts). */
  range?: DateRange;
}

/** Whether a request asks for anything: terms, a facet or a date range. With no terms it browses by facets. */
export const isEmptyRequest = (request: SearchRequest): boolean =>
  request.terms.length === 0 && Object.values(request.filters).every((value) => !value) && !request.range;

/** A shard as the search sees it: its mergeFilter value and the date keys (dateSortKey) it spans. */
export interface SearchShard {
  key: string;
  newest: string;
  oldest: string;
}

/** The answer: how many reports match, the results in order on demand, and facet counts. */
export interface SearchAnswer {
  total: number;
  /** Results `start` to `end` (exclusive) in order; a date order across sites is worked out as pages are asked for. */
  slice(start: number, end: number): Promise<PagefindResult[]>;
  /** Counts per filter value among the results; null when there were too many to count. */
  counts: FilterCounts | null;
}

/** Above this many multi-term results, facets are not counted (it would load every fragment). */
export const MAX_COUNTED_RESULTS = 300;

/** The sortable date of a result, from its fragment's meta (records.ts). */
const dateKeyOf = async (result: PagefindResult): Promise<string> => (await result.data()).meta["dateKey"] ?? "";

/** Results of a list, pulled one at a time. */
type ResultSource = () => Promise<PagefindResult | undefined>;

const fromList = (results: readonly PagefindResult[]): ResultSource => {
  let next = 0;
  return () => Promise.resolve(results[next++]);
};

/** Several date-ordered lists merged into one date order, reading each head's date from its fragment. */
function mergeByDate(lists: readonly PagefindResult[][]): ResultSource {
  const sources = lists.map(fromList);
  const heads: ({ result: PagefindResult; date: string } | undefined)[] = [];
  let started = false;
  const advance = async (index: number): Promise<void> => {
    const result = await sources[index]?.();
    heads[index] = result ? { result, date: await dateKeyOf(result) } : undefined;
  };
  return async () => {
    if (!started) {
      started = true;
      await Promise.all(sources.map((_, index) => advance(index)));
    }
    let best = -1;
    heads.forEach((head, index) => {
      if (head && (best < 0 || head.date > (heads[best]?.date ?? ""))) best = index;
    });
    const chosen = heads[best];
    if (!chosen) return undefined;
    await advance(best);
    return chosen.result;
  };
}

/**
 * A date order over shards: each shard's own date-sorted results, newest shard first. Shards whose
 * date ranges do not overlap (one site's years) follow each other; overlapping ones (other sites'
 * shards of the same years) are merged by date.
 */
function dateOrder(shards: readonly SearchShard[], lists: ReadonlyMap<string, PagefindResult[]>): ResultSource {
  const ordered = [...shards].sort((a, b) => b.newest.localeCompare(a.newest));
  const groups: SearchShard[][] = [];
  for (const shard of ordered) {
    const group = groups[groups.length - 1];
    if (group?.some((other) => other.oldest <= shard.newest)) group.push(shard);
    else groups.push([shard]);
  }
  const sources = groups.map((group) =>
    group.length === 1
      ? fromList(lists.get(group[0]?.key ?? "") ?? [])
      : mergeByDate(group.map((shard) => lists.get(shard.key) ?? [])),
  );
  let current = 0;
  const next: ResultSource = async () => {
    const source = sources[current];
    if (!source) return undefined;
    const result = await source();
    if (result) return result;
    current += 1;
    return next();
  };
  return next;
}

/**
 * Runs a search: one Pagefind phrase query per term (Pagefind does not AND quoted phrases), the
 * results intersected in the order of the first term. Facet counts come from Pagefind for one
 * term, and from the results' own filters for several. Pagefind orders merged indexes by score,
 * and a sorted search's score is only the rank within its own shard, so a date-sorted search over
 * several shards asks each shard for its own order (by the shard filter) and combines them.
 */
export async function runSearch(
  pagefind: PagefindApi,
  request: SearchRequest,
  shards: readonly SearchShard[] = [],
  /** The DATE_FILTER values the index holds (pagefind.filters()), for a date range. */
  periods: readonly string[] = [],
  /**
   * Whether facet counts are wanted (the facet panel is open): counting the results of several
   * terms loads every result's fragment, so it is done only for a panel that shows them.
   */
  { counts: wantCounts = true }: { counts?: boolean } = {},
): Promise<SearchAnswer> {
  const nothing: SearchAnswer = { total: 0, slice: () => Promise.resolve([]), counts: null };
  if (isEmptyRequest(request)) return nothing;
  const options: PagefindSearchOptions = { filters: { ...request.filters } };
  // Browsing by facets alone has no relevance to order by.
  if (request.sort === "date" || request.terms.length === 0) options.sort = { date: "desc" };
  const queries: (string | null)[] = request.terms.length > 0 ? request.terms.map(termToPagefindQuery) : [null];
  // A range is its months; reports of its first and last month are checked by day and left out when outside.
  const outside = new Set<string>();
  const outsideFragments: PagefindFragment[] = [];
  if (request.range) {
    const { all, edges } = periodsInRange(periods, request.range);
    if (all.length === 0) return nothing;
    options.filters = { ...options.filters, [DATE_FILTER]: { any: all } };
    if (edges.length > 0) {
      const edge = await pagefind.search(queries[0] ?? null, {
        ...options,
        filters: { ...options.filters, [DATE_FILTER]: { any: edges } },
      });
      const fragments = await Promise.all(edge.results.map((result) => result.data()));
      edge.results.forEach((result, index) => {
        const fragment = fragments[index];
        if (!fragment || (request.range && dateInRange(fragment.meta["dateKey"] ?? "", request.range))) return;
        outside.add(result.id);
        outsideFragments.push(fragment);
      });
    }
  }
  const [first, ...rest] = await Promise.all(queries.map((query) => pagefind.search(query, options)));
  if (!first) return nothing;
  const idSets = rest.map((response) => new Set(response.results.map((result) => result.id)));
  const matches = (result: PagefindResult): boolean =>
    !outside.has(result.id) && idSets.every((ids) => ids.has(result.id));
  const results = first.results.filter(matches);
  let counts: FilterCounts | null = wantCounts ? subtractCounts(first.filters, countFilters(outsideFragments)) : null;
  if (wantCounts && rest.length > 0)
    counts =
      results.length > MAX_COUNTED_RESULTS
        ? null
        : countFilters(await Promise.all(results.map((result) => result.data())));
  if (!options.sort || shards.length < 2)
    return { total: results.length, slice: (start, end) => Promise.resolve(results.slice(start, end)), counts };

  const byShard = await Promise.all(
    shards.map((shard) =>
      pagefind.search(queries[0] ?? null, { ...options, filters: { ...options.filters, [SHARD_FILTER]: shard.key } }),
    ),
  );
  const next = dateOrder(shards, new Map(shards.map((shard, index) => [shard.key, byShard[index]?.results ?? []])));
  const ordered: PagefindResult[] = [];
  let exhausted = false;
  // One fill at a time: the merge reads fragments between steps and must not be entered twice.
  let filling = Promise.resolve();
  const fill = async (end: number): Promise<void> => {
    while (!exhausted && ordered.length < end) {
      const result = await next();
      if (!result) exhausted = true;
      else if (matches(result)) ordered.push(result);
    }
  };
  const slice = async (start: number, end: number): Promise<PagefindResult[]> => {
    filling = filling.then(() => fill(end));
    await filling;
    return ordered.slice(start, end);
  };
  return { total: results.length, slice, counts };
}

/** Counts less those of results left out (a range's reports outside it by day). */
export function subtractCounts(counts: FilterCounts, less: FilterCounts): FilterCounts {
  return Object.fromEntries(
    Object.entries(counts).map(([name, values]) => [
      name,
      Object.fromEntries(
        Object.entries(values).map(([value, count]) => [value, Math.max(0, count - (less[name]?.[value] ?? 0))]),
      ),
    ]),
  );
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
