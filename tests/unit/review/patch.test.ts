import { expect, test } from "vitest";
import {
  buildReviewPatch,
  countMarks,
  keepPending,
  parseReviewPatch,
  parseStoredMarks,
  reviewPatchFileName,
  reviewPatchText,
  setMark,
  syncListing,
  type ReviewMarks,
} from "../../../src/lib/review/patch";

const listing = (notes: string[]) => ({ file: "content/reports/a.md", source: "seeds/a.txt", notes });

test("marks are set and cleared per line; an entry with nothing checked is forgotten", () => {
  let marks: ReviewMarks = {};
  marks = setMark(marks, "a", listing(["甲", "乙"]), "甲", true);
  marks = setMark(marks, "b", { ...listing([""]), file: "content/reports/b.md", source: "seeds/b.txt" }, "", true);
  expect(countMarks(marks)).toEqual({ lines: 2, entries: 2 });
  expect(marks["a"]).toEqual({ ...listing(["甲", "乙"]), checked: ["甲"] });
  marks = setMark(marks, "a", listing(["甲", "乙"]), "甲", false);
  expect(Object.keys(marks)).toEqual(["b"]);
});

test("checked lines keep the page's order, and a page rebuilt since drops marks on notes it no longer lists", () => {
  let marks = setMark({}, "a", listing(["甲", "乙", "丙"]), "丙", true);
  marks = setMark(marks, "a", listing(["甲", "乙", "丙"]), "甲", true);
  expect(marks["a"]?.checked).toEqual(["甲", "丙"]);
  expect(syncListing(marks, "a", listing(["丙", "丁"]))["a"]).toEqual({ ...listing(["丙", "丁"]), checked: ["丙"] });
  expect(syncListing(marks, "a", listing(["丁"]))).toEqual({});
  expect(syncListing(marks, "z", listing(["丁"]))).toBe(marks);
});

test("the patch says per entry which notes were checked and whether all its lines were", () => {
  let marks = setMark({}, "b", listing(["甲", "乙"]), "乙", true);
  marks = setMark(marks, "a", listing([""]), "", true);
  const patch = buildReviewPatch(marks, { made: "2025-06-30T10:00:00", page: "http://kb/kb/review/" });
  expect(patch).toEqual({
    format: "policy-kb/review",
    version: 1,
    made: "2025-06-30T10:00:00",
    page: "http://kb/kb/review/",
    entries: [
      { id: "a", file: "content/reports/a.md", source: "seeds/a.txt", checked: [], complete: true },
      { id: "b", file: "content/reports/a.md", source: "seeds/a.txt", checked: ["乙"], complete: false },
    ],
  });
  expect(parseReviewPatch(reviewPatchText(patch))).toEqual(patch);
  expect(parseReviewPatch(`\uFEFF${reviewPatchText(patch)}`)).toEqual(patch);
  expect(reviewPatchFileName("2025-06-30")).toBe("审核记录-2025-06-30.json");
});

test("a file that is not a review patch is refused, saying why in Chinese", () => {
  const good = { format: "policy-kb/review", version: 1, made: "", page: "", entries: [] as unknown[] };
  const cases: [string, RegExp][] = [
    ["id,标题\n", /不是 JSON/],
    [JSON.stringify({ entries: [] }), /不是审核记录文件/],
    [JSON.stringify({ ...good, version: 2 }), /版本是 2/],
    [
      JSON.stringify({
        ...good,
        entries: [{ id: "../../etc/passwd", file: "", source: "", checked: [], complete: true }],
      }),
      /不是条目编号/,
    ],
    [
      JSON.stringify({ ...good, entries: [{ id: "a", file: "x", source: "y", checked: "甲", complete: true }] }),
      /缺少/,
    ],
  ];
  for (const [text, message] of cases) expect(() => parseReviewPatch(text)).toThrow(message);
});

test("stored marks that cannot be read are dropped, never thrown", () => {
  expect(parseStoredMarks(null)).toEqual({});
  expect(parseStoredMarks("{")).toEqual({});
  expect(parseStoredMarks("[1]")).toEqual({});
  const kept = { a: { ...listing(["甲"]), checked: ["甲"] } };
  expect(parseStoredMarks(JSON.stringify({ ...kept, b: { file: 1 } }))).toEqual(kept);
});

test("marks of entries no longer awaiting review are forgotten", () => {
  const marks = setMark(setMark({}, "a", listing(["甲"]), "甲", true), "b", listing([""]), "", true);
  expect(Object.keys(keepPending(marks, new Set(["a", "c"])))).toEqual(["a"]);
  expect(keepPending(marks, new Set(["a", "b"]))).toBe(marks);
});
