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
