import { compile } from "@mdx-js/mdx";
import fc from "fast-check";
import { expect, test } from "vitest";
import { extractPage } from "../../src/lib/extract/page";
import { renderEntry } from "../../src/lib/entry/write";
import { verifySource } from "../../src/lib/ingest/verify";
import { entryBodyToPlainText, renderEntryBody } from "../../src/lib/entry/body";

/**
 * Property tests: random and mutated Chinese texts through the ingest's pure stages. They must
 * never throw, always yield schema-valid entries whose MDX compiles, and lose no article text.
 */

const HAN =
  "市委书记要加快推进老旧小区改造确保年底前完成邻里中心建设会议强调各区城管局持续抓好背街小巷整治文明城市创建工作督查考核的了和在是有为群众服务";
const hanChar = fc.constantFrom(...Array.from(HAN));
const sentence = fc
  .tuple(fc.array(hanChar, { minLength: 4, maxLength: 30 }), fc.constantFrom("。", "！", "？"))
  .map(([chars, end]) => chars.join("") + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(""));
const article = fc
  .tuple(fc.array(hanChar, { minLength: 6, maxLength: 20 }), fc.array(paragraph, { minLength: 1, maxLength: 6 }))
  .map(([title, paragraphs]) => `${title.join("")}\n${paragraphs.join("\n\n")}`);

/** Characters that mean something to markdown, MDX, HTML or YAML, and other troublemakers. */
const hostile = fc.constantFrom(
  "{",
  "}",
  "<",
  ">",
  "<script>",
  "import x from 'y'\n",
  "export const a = 1\n",
  "#",
  "*",
  "_",
  "|",
  "\\",
  "`",
  "---\n",
  "&amp;",
  "😀",
  "\u200b",
  "\t",
  "：",
  "(shè)",
);
const mutated = fc
  .tuple(article, fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 12 }))
  .map(([text, inserts]) =>
    inserts.reduce(
      (acc, [at, piece]) => acc.slice(0, at % (acc.length + 1)) + piece + acc.slice(at % (acc.length + 1)),
      text,
    ),
  );

function entriesOf(raw: string) {
  return extractPage(raw, { file: "seeds/fuzz.txt" }).entries;
}

test("clean articles lose no text and keep every sentence", () => {
  fc.assert(
    fc.property(article, (raw) => {
      const entries = entriesOf(raw).map((entry, index) => ({
        id: String(index),
        title: entry.data.title,
        body: entryBodyToPlainText(renderEntryBody(entry.blocks)),
      }));
      const result = verifySource(raw, entries);
      expect(result.altered).toEqual([]);
      expect(result.lost).toEqual([]);
    }),
    { numRuns: 200 },
  );
});

test("any text, however mangled, gives schema-valid entries without throwing", () => {
  fc.assert(
    fc.property(
      fc.oneof(mutated, fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ maxLength: 400 })),
      (raw) => {
        for (const entry of entriesOf(raw)) expect(() => renderEntry(entry.data, entry.blocks)).not.toThrow();
      },
    ),
    { numRuns: 300 },
  );
});

test("entry bodies of mangled texts compile as MDX and render their text literally", async () => {
  await fc.assert(
    fc.asyncProperty(mutated, async (raw) => {
      for (const entry of entriesOf(raw)) {
        const body = renderEntryBody(entry.blocks);
        const code = String(await compile(body));
        // No import/export and no JSX element or expression came from the text itself.
        expect(code).not.toMatch(/^import (?!\{Fragment|\{jsx)/m);
        expect(code).not.toMatch(/_jsx\("script"/);
        const expected = entry.blocks
          .map((block) =>
            block.text
              .split("\n")
              .map((line) => line.trim())
              .join("\n"),
          )
          .join("\n");
        expect(entryBodyToPlainText(body)).toBe(expected.split("\n").filter(Boolean).join("\n"));
      }
    }),
    { numRuns: 60 },
  );
});
