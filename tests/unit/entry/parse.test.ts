import { expect, test } from "vitest";
import { entryBody, readEntryFile, splitEntryFile } from "../../../src/lib/entry/parse";
import { isReviewed } from "../../../src/lib/entry/write";

const entry = "---\ntitle: 标题\nreviewed: true\n---\n\n正文。\n";

test("a byte-order mark (as Windows Notepad saves) is no part of the entry", () => {
  const saved = `\uFEFF${entry}`;
  expect(splitEntryFile(saved).frontmatter).toEqual({ title: "标题", reviewed: true });
  expect(readEntryFile(saved).body).toBe("\n正文。\n");
  expect(entryBody(saved)).toBe("\n正文。\n");
  expect(isReviewed(saved)).toBe(true);
});

test("the body is read without the frontmatter, and a file without one is all body", () => {
  expect(entryBody(entry)).toBe("\n正文。\n");
  expect(entryBody("正文。")).toBe("正文。");
  expect(() => readEntryFile("正文。")).toThrow(/no frontmatter/);
});
