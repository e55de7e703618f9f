import { expect, test } from "vitest";
import { bigramTokens, termToPagefindQuery } from "../../../src/lib/search/tokens";

/** Reads each word's first character back: proves the encoding loses nothing. */
function textFromTokens(tokens: readonly string[]): string {
  return tokens.map((token) => String.fromCodePoint(Number.parseInt(token.slice(1, 5), 36))).join("");
}

test("one ASCII word per character, pairing it with the next", () => {
  const tokens = bigramTokens("宿迁市");
  expect(tokens).toHaveLength(3);
  for (const token of tokens) expect(token).toMatch(/^q[0-9a-z]{8}$/);
  expect(textFromTokens(tokens)).toBe("宿迁市");
});

test("a query is the phrase of its bigrams, which occurs in the text's token stream", () => {
  const stream = bigramTokens("市文明委和城市提质").join(" ");
  const phrase = termToPagefindQuery("文明委");
  expect(phrase).toMatch(/^"q\S+ q\S+"$/);
  expect(stream).toContain(phrase.slice(1, -1));
  expect(stream).not.toContain(termToPagefindQuery("文委").slice(1, -1));
});

test("a one-character query is the prefix every bigram of that character starts with", () => {
  const prefix = termToPagefindQuery("洛");
  expect(prefix).toMatch(/^q[0-9a-z]{4}$/);
  expect(bigramTokens("在洛").at(-1)?.startsWith(prefix)).toBe(true);
});

test("characters outside the basic plane encode too", () => {
  expect(textFromTokens(bigramTokens("𠮷野家"))).toBe("𠮷野家");
});

test("an empty term has no query", () => {
  expect(termToPagefindQuery("")).toBe("");
});
