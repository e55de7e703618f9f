import { expect, test } from "vitest";
import { entryBody, entryStatus, readEntryFile, splitEntryFile } from "../../../src/lib/entry/parse";

const entry = "---\ntitle: 标题\nsource:\n  file: seeds/d01.txt\nreviewed: true\n---\n\n正文。\n";

test("a byte-order mark (as Windows Notepad saves) is no part of the entry", () => {
  const saved = `\uFEFF${entry}`;
  expect(splitEntryFile(saved).frontmatter).toEqual({
    title: "标题",
    source: { file: "seeds/d01.txt" },
    reviewed: true,
  });
  expect(readEntryFile(saved).body).toBe("\n正文。\n");
  expect(entryBody(saved)).toBe("\n正文。\n");
  expect(entryStatus(saved)).toEqual({ sourceFile: "seeds/d01.txt", reviewed: true });
  expect(entryStatus(`\uFEFF${entry.replaceAll("\n", "\r\n")}`)).toEqual({
    sourceFile: "seeds/d01.txt",
    reviewed: true,
  });
  expect(splitEntryFile("\uFEFF正文。").body).toBe("正文。");
});

test("the body is read without the frontmatter, and a file without one is all body", () => {
  expect(entryBody(entry)).toBe("\n正文。\n");
  expect(entryBody("正文。")).toBe("正文。");
  expect(() => readEntryFile("正文。")).toThrow(/no frontmatter/);
});

test("an entry whose status cannot be read is an error saying why, never taken as unreviewed", () => {
  expect(entryStatus(entry.replace("reviewed: true\n", ""))).toEqual({ sourceFile: "seeds/d01.txt", reviewed: false });
  // A hand edit gone wrong: the unclosed quote hides reviewed: true from a lenient reader.
  const unclosed = entry.replace("title: 标题", 'title: "人工修订的标题');
  expect(splitEntryFile(unclosed).frontmatter).toBeNull();
  expect(() => entryStatus(unclosed)).toThrow(/^frontmatter is not valid YAML: /);
  expect(() => entryStatus("正文。")).toThrow(/no frontmatter/);
  expect(() => entryStatus(entry.replace("reviewed: true", "reviewed: yes"))).toThrow(
    'reviewed must be true or false, not "yes"',
  );
  expect(() => entryStatus(entry.replace("  file: seeds/d01.txt\n", ""))).toThrow(/source\.file is missing/);
});
