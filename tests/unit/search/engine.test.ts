import { expect, test } from "vitest";
import { countFilters, runSearch, type PagefindApi, type PagefindResult } from "../../../src/lib/search/engine";
import { bigramTokens, termToPagefindQuery } from "../../../src/lib/search/tokens";
import { normalizeForSearch } from "../../../src/lib/search/normalize";

/**
 * A stand-in for pagefind.js that matches phrases against token streams, as Pagefind does; a null
 * query lists every document; filters match a value, or any of several.
 */
function fakePagefind(
  docs: Record<string, { text: string; filters: Record<string, string[]>; dateKey?: string }>,
): PagefindApi {
  const result = (id: string): PagefindResult => ({
    id,
    data: () =>
      Promise.resolve({
        url: `/reports/${id}/`,
        meta: { dateKey: docs[id]?.dateKey ?? "" },
        filters: docs[id]?.filters ?? {},
      }),
  });
  return {
    search: (query, options) => {
      const phrase = query?.replace(/"/g, "");
      const ids = Object.keys(docs).filter((id) => {
        const doc = docs[id];
        const passes = Object.entries(options?.filters ?? {}).every(([name, wanted]) => {
          const values = doc?.filters[name] ?? [];
          return typeof wanted === "string"
            ? values.includes(wanted)
            : wanted.any.some((value) => values.includes(value));
        });
        return (
          passes &&
          (phrase === undefined ||
            bigramTokens(normalizeForSearch(doc?.text ?? ""))
              .join(" ")
              .includes(phrase))
        );
      });
      return Promise.resolve({
        results: ids.map(result),
        filters: countFilters(ids.map((id) => docs[id] ?? { filters: {} })),
      });
    },
    filters: () => Promise.resolve({}),
  };
}

const docs = {
  a: { text: "持续抓好老旧小区改造,推动加装电梯", filters: { region: ["洛阳市"], type: ["会议报道"] } },
  b: { text: "扎實推進老舊小區改造", filters: { region: ["周口市"], type: ["会议报道"] } },
  c: { text: "加装电梯100部", filters: { region: ["洛阳市"], type: ["讲话"] } },
};

test("several terms are ANDed and counted over the intersection", async () => {
  const answer = await runSearch(fakePagefind(docs), {
    terms: ["老旧小区", "加装电梯"],
    filters: {},
    sort: "relevance",
  });
  expect((await answer.slice(0, 10)).map((result) => result.id)).toEqual(["a"]);
  expect(answer.counts?.["region"]).toEqual({ 洛阳市: 1 });
});

test("one term returns Pagefind's own results and counts", async () => {
  const answer = await runSearch(fakePagefind(docs), { terms: ["老旧小区"], filters: {}, sort: "relevance" });
  expect((await answer.slice(0, 10)).map((result) => result.id)).toEqual(["a", "b"]);
  expect(answer.counts?.["region"]).toEqual({ 洛阳市: 1, 周口市: 1 });
});

const dated = {
  may: { text: "五月会议", filters: { region: ["河南省", "河南省洛阳市"], month: ["2024-05"] }, dateKey: "2024-05-20" },
  june1: {
    text: "六月会议",
    filters: { region: ["河南省", "河南省洛阳市"], month: ["2024-06"] },
    dateKey: "2024-06-01",
  },
  june30: {
    text: "六月会议",
    filters: { region: ["河南省", "河南省周口市"], month: ["2024-06"] },
    dateKey: "2024-06-30",
  },
  juneOnly: { text: "六月会议", filters: { region: ["河南省"], month: ["2024-06"] }, dateKey: "2024-06-00" },
  year: { text: "全年会议", filters: { region: ["河南省"], month: ["2024"] }, dateKey: "2024-00-00" },
  undated: { text: "会议", filters: { region: ["河南省"] }, dateKey: "0000-00-00" },
};
const periods = ["2024-05", "2024-06", "2024"];
const idsOf = async (answer: { slice(start: number, end: number): Promise<PagefindResult[]> }): Promise<string[]> =>
  (await answer.slice(0, 100)).map((result) => result.id).sort();

test("no terms but a facet lists every report the facet allows (browsing)", async () => {
  const answer = await runSearch(fakePagefind(dated), {
    terms: [],
    filters: { region: "河南省洛阳市" },
    sort: "relevance",
  });
  expect(await idsOf(answer)).toEqual(["june1", "may"]);
});

test("a date range keeps reports dated within it, by day at its ends, and by month or year when that is all a source says", async () => {
  const answer = await runSearch(
    fakePagefind(dated),
    { terms: [], filters: {}, sort: "date", range: { from: "2024-06-15", to: "2024-12-31" } },
    [],
    periods,
  );
  expect(await idsOf(answer)).toEqual(["june30", "juneOnly", "year"]);
  expect(answer.total).toBe(3);
  // The count of 河南省洛阳市 loses june1, which lay in the range's month but before its first day.
  expect(answer.counts?.["region"]?.["河南省洛阳市"]).toBe(0);
  expect(answer.counts?.["region"]?.["河南省"]).toBe(3);
});

test("a date range with terms, and a range the index holds no month of", async () => {
  const pagefind = fakePagefind(dated);
  const withTerm = await runSearch(
    pagefind,
    { terms: ["六月会议"], filters: {}, sort: "relevance", range: { to: "2024-06-01" } },
    [],
    periods,
  );
  expect(await idsOf(withTerm)).toEqual(["june1", "juneOnly"]);
  const empty = await runSearch(
    pagefind,
    { terms: [], filters: {}, sort: "date", range: { from: "2030-01-01" } },
    [],
    periods,
  );
  expect(empty.total).toBe(0);
});

test("no terms, no search", async () => {
  expect((await runSearch(fakePagefind(docs), { terms: [], filters: {}, sort: "date" })).total).toBe(0);
  expect(termToPagefindQuery("")).toBe("");
});

/** A merged Pagefind over shards of dated results: filtered by shard, each shard in date order; unfiltered, interleaved by rank as Pagefind does. */
function shardedPagefind(shards: Record<string, string[]>): { pagefind: PagefindApi; fragmentsRead: string[] } {
  const fragmentsRead: string[] = [];
  const result = (id: string): PagefindResult => ({
    id,
    data: () => {
      fragmentsRead.push(id);
      return Promise.resolve({ url: `/${id}/`, meta: { dateKey: id.split("@")[1] ?? "" }, filters: {} });
    },
  });
  const interleaved = (): string[] => {
    const lists = Object.values(shards);
    const longest = Math.max(...lists.map((list) => list.length));
    return Array.from({ length: longest }, (_, rank) => lists.flatMap((list) => list[rank] ?? [])).flat();
  };
  const pagefind: PagefindApi = {
    search: (_query, options) => {
      const shard = options?.filters?.shard;
      const ids = typeof shard === "string" ? (shards[shard] ?? []) : interleaved();
      return Promise.resolve({ results: ids.map(result), filters: {} });
    },
    filters: () => Promise.resolve({}),
  };
  return { pagefind, fragmentsRead };
}

const ids = async (
  answer: { slice(start: number, end: number): Promise<PagefindResult[]> },
  end = 100,
): Promise<string[]> => (await answer.slice(0, end)).map((result) => result.id);

test("a date-sorted search over one site's shards takes the shards in turn, reading no fragment", async () => {
  const { pagefind, fragmentsRead } = shardedPagefind({
    "2024": ["a@2024-12-01", "b@2024-01-05"],
    "2022_2023": ["c@2023-06-01", "d@2022-02-01"],
  });
  const shards = [
    { key: "2024", newest: "2024-12-01", oldest: "2024-01-05" },
    { key: "2022_2023", newest: "2023-06-01", oldest: "2022-02-01" },
  ];
  const byDate = await runSearch(pagefind, { terms: ["改造"], filters: {}, sort: "date" }, shards);
  expect(byDate.total).toBe(4);
  expect(await ids(byDate)).toEqual(["a@2024-12-01", "b@2024-01-05", "c@2023-06-01", "d@2022-02-01"]);
  expect(fragmentsRead).toEqual([]);
  const byRelevance = await runSearch(pagefind, { terms: ["改造"], filters: {}, sort: "relevance" }, shards);
  expect(await ids(byRelevance)).toEqual(["a@2024-12-01", "c@2023-06-01", "b@2024-01-05", "d@2022-02-01"]);
});

test("shards of several sites that cover the same years are merged by date, page by page", async () => {
  const { pagefind, fragmentsRead } = shardedPagefind({
    "/kb/a/|2024": ["a1@2024-11-01", "a2@2024-03-01", "a3@2023-12-30"],
    "/kb/b/|2024": ["b1@2024-12-01", "b2@2024-05-01", "b3@2024-01-01"],
    "/kb/a/|2010": ["c1@2010-01-01"],
  });
  const shards = [
    { key: "/kb/a/|2024", newest: "2024-11-01", oldest: "2023-12-30" },
    { key: "/kb/b/|2024", newest: "2024-12-01", oldest: "2024-01-01" },
    { key: "/kb/a/|2010", newest: "2010-01-01", oldest: "2010-01-01" },
  ];
  const answer = await runSearch(pagefind, { terms: ["改造"], filters: {}, sort: "date" }, shards);
  expect(answer.total).toBe(7);
  expect(await ids(answer, 2)).toEqual(["b1@2024-12-01", "a1@2024-11-01"]);
  // A page reads only the fragments it needs to decide its order.
  expect(fragmentsRead.length).toBeLessThanOrEqual(4);
  expect((await answer.slice(2, 7)).map((result) => result.id)).toEqual([
    "b2@2024-05-01",
    "a2@2024-03-01",
    "b3@2024-01-01",
    "a3@2023-12-30",
    "c1@2010-01-01",
  ]);
});

test("a second term filters a date order without changing it", async () => {
  const { pagefind } = shardedPagefind({ "2024": ["a@2024-12-01", "b@2024-01-05"], "2023": ["c@2023-06-01"] });
  const withTerm: PagefindApi = {
    search: (query, options) =>
      query?.includes(termToPagefindQuery("电梯"))
        ? Promise.resolve({
            results: [
              { id: "c@2023-06-01", data: () => Promise.reject(new Error("unused")) },
              { id: "a@2024-12-01", data: () => Promise.reject(new Error("unused")) },
            ],
            filters: {},
          })
        : pagefind.search(query, options),
    filters: () => Promise.resolve({}),
  };
  const shards = [
    { key: "2024", newest: "2024-12-01", oldest: "2024-01-05" },
    { key: "2023", newest: "2023-06-01", oldest: "2023-06-01" },
  ];
  const answer = await runSearch(withTerm, { terms: ["改造", "电梯"], filters: {}, sort: "date" }, shards);
  expect(answer.total).toBe(2);
  expect(await ids(answer)).toEqual(["a@2024-12-01", "c@2023-06-01"]);
});
