import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { readEntries } from "../../../src/lib/entry/files";
import { loadReportEntries } from "../../../src/lib/entry/reports";

const FIXTURE_ENTRIES = "tests/fixtures/entries";

const folder = await mkdtemp(path.join(tmpdir(), "report-entries-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

test("the site's entries are the files' validated frontmatter, with paths relative to the project", async () => {
  const loaded = await loadReportEntries(FIXTURE_ENTRIES, path.join(folder, "fixtures"));
  const read = await readEntries(FIXTURE_ENTRIES);
  expect(loaded.map(({ id, data }) => ({ id, data }))).toEqual(read.map(({ id, report }) => ({ id, data: report })));
  expect(loaded.every((entry) => entry.filePath.startsWith(`${FIXTURE_ENTRIES}/`))).toBe(true);
});

test("an unchanged file's frontmatter is taken from the last build; an edited one is parsed again", async () => {
  const dir = path.join(folder, "edited");
  const kept = path.join(folder, "edited-kept");
  await mkdir(dir, { recursive: true });
  const entry = (title: string): string =>
    `---\ntitle: ${title}\ndate: 2024-01-01\ndocType: 会议报道\nsource: { name: 测试, file: seeds/x.txt }\n---\n\n正文\n`;
  await writeFile(path.join(dir, "a.md"), entry("甲"));
  expect((await loadReportEntries(dir, kept))[0]?.data.title).toBe("甲");
  // A kept value is used as is: altered in the cache, it shows that the file was not parsed again.
  const [name = ""] = await readdir(kept);
  const text = await readFile(path.join(kept, name), "utf-8");
  await writeFile(path.join(kept, name), text.replace('"甲"', '"乙"'));
  expect((await loadReportEntries(dir, kept))[0]?.data.title).toBe("乙");
  await writeFile(path.join(dir, "a.md"), entry("丙"));
  expect((await loadReportEntries(dir, kept))[0]?.data.title).toBe("丙");
  expect(await readdir(kept)).toEqual([name]);
});

test("an invalid entry is an error naming the file and the field", async () => {
  const dir = path.join(folder, "invalid");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "bad.md"), "---\ntitle: 测试\ndocType: 会议报道\n---\n\n正文\n");
  await expect(loadReportEntries(dir, path.join(folder, "invalid-kept"))).rejects.toThrow(/bad\.md: .*date/);
});
