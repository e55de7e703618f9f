import { expect, test } from "vitest";
import { countFilters, runSearch, type PagefindApi, type PagefindResult } from "../../../src/lib/search/engine";
import { bigramTokens, termToPagefindQuery } from "../../../src/lib/search/tokens";
import { normalizeForSearch } from "../../../src/lib/search/normalize";

/** A stand-in for pagefind.js that matches phrases against token streams, as Pagefind does. */
function fakePagefind(docs: Record<string, { text: string; filters: Record<string, string[]> }>): PagefindApi {
  const result = (id: string): PagefindResult => ({
    id,
    data: () => Promise.resolve({ url: `/reports/${id}/`, meta: {}, filters: docs[id]?.filters ?? {} }),
  });
  return {
    search: (query) => {
      const phrase = query.replace(/"/g, "");
      const ids = Object.keys(docs).filter((id) =>
        bigramTokens(normalizeForSearch(docs[id]?.text ?? ""))
          .join(" ")
          .includes(phrase),
      );
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
  expect(answer.results.map((result) => result.id)).toEqual(["a"]);
  expect(answer.counts?.["region"]).toEqual({ 洛阳市: 1 });
});

test("one term returns Pagefind's own results and counts", async () => {
  const answer = await runSearch(fakePagefind(docs), { terms: ["老旧小区"], filters: {}, sort: "relevance" });
  expect(answer.results.map((result) => result.id)).toEqual(["a", "b"]);
  expect(answer.counts?.["region"]).toEqual({ 洛阳市: 1, 周口市: 1 });
});

test("no terms, no search", async () => {
  expect((await runSearch(fakePagefind(docs), { terms: [], filters: {}, sort: "date" })).results).toEqual([]);
  expect(termToPagefindQuery("")).toBe("");
});

test("a date-sorted search over several shards takes the shards in turn, not Pagefind's interleaving", async () => {
  // Pagefind's merged search orders by score, and a sorted search scores by rank within its shard.
  const shards: Record<string, string[]> = { "2024": ["a-2024-12", "b-2024-01"], "2023": ["c-2023-06", "d-2023-02"] };
  const results = (ids: string[]): PagefindResult[] =>
    ids.map((id) => ({ id, data: () => Promise.reject(new Error(id)) }));
  const pagefind: PagefindApi = {
    search: (_query, options) => {
      const shard = options?.filters?.shard;
      const ids = shard ? (shards[shard] ?? []) : ["a-2024-12", "c-2023-06", "b-2024-01", "d-2023-02"];
      return Promise.resolve({ results: results(ids), filters: { shard: { "2024": 2, "2023": 2 } } });
    },
    filters: () => Promise.resolve({}),
  };
  const byDate = await runSearch(pagefind, { terms: ["改造"], filters: {}, sort: "date" }, ["2024", "2023"]);
  expect(byDate.results.map((result) => result.id)).toEqual(["a-2024-12", "b-2024-01", "c-2023-06", "d-2023-02"]);
  expect(byDate.counts).toEqual({ shard: { "2024": 2, "2023": 2 } });
  const byRelevance = await runSearch(pagefind, { terms: ["改造"], filters: {}, sort: "relevance" }, ["2024", "2023"]);
  expect(byRelevance.results.map((result) => result.id)).toEqual(["a-2024-12", "c-2023-06", "b-2024-01", "d-2023-02"]);
});
