import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DomUtils, parseDocument } from "htmlparser2";
import { splitEntryFile } from "../../src/lib/entry/parse";

const run = promisify(execFile);
let dir: string;
let inputs: string;
let out: string;

const TSX = path.resolve("node_modules/.bin/tsx");
const INGEST = path.resolve("scripts/ingest.ts");

/**
 * Runs the ingest CLI in a scratch folder that stands for the repository (so inputs there are
 * inside it and nothing is archived into this repository's seeds/), and returns its output and
 * exit code.
 */
async function ingestIn(cwd: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [INGEST, ...args], { cwd });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { stdout = "", stderr = "", code = 1 } = error as { stdout?: string; stderr?: string; code?: number };
    return { code, output: stdout + stderr };
  }
}

/** Runs the ingest CLI on inputs of the scratch folder, writing entries to its out/. */
async function ingest(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [INGEST, ...args, "--out", out], { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { stdout = "", stderr = "", code = 1 } = error as { stdout?: string; stderr?: string; code?: number };
    return { code, output: stdout + stderr };
  }
}

const report = (body: string): string =>
  `宿迁市召开城市管理推进会\n2022-06-28 17:17:00  来源:测试网\n6月27日上午,宿迁市召开城市管理推进会。会议强调,${body}要加快推进老旧小区改造。`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "policy-kb-ingest-"));
  inputs = path.join(dir, "in");
  out = path.join(dir, "out");
  await mkdir(inputs);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("empty, binary and oversized files are refused with the reason, and the exit code says so", async () => {
  await writeFile(path.join(inputs, "empty.txt"), "");
  await writeFile(
    path.join(inputs, "binary.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  await writeFile(path.join(inputs, "huge.txt"), "");
  await truncate(path.join(inputs, "huge.txt"), 50 * 1024 * 1024);
  const { code, output } = await ingest(
    path.join(inputs, "empty.txt"),
    path.join(inputs, "binary.txt"),
    path.join(inputs, "huge.txt"),
  );
  expect(code).toBe(1);
  expect(output).toMatch(/empty\.txt: refused — the file is empty/);
  expect(output).toMatch(/binary\.txt: refused — .*binary/);
  expect(output).toMatch(/huge\.txt: refused — the file is 50\.0 MB/);
  expect(output).toMatch(/total: 0 written, 0 unchanged, 0 kept, 3 refused/);
  expect(await readdir(out).catch(() => [])).toEqual([]);
}, 60_000);

test("a GBK file becomes a correct entry", async () => {
  const gbk = path.join(inputs, "gbk.txt");
  // 洛阳市召开推进会。会议强调，要加快进行。 in GBK (Node can decode GBK but not encode it).
  const sample = Buffer.from("c2e5d1f4cad0d5d9bfaacdc6bdf8bbe1a1a3bbe1d2e9c7bfb5f7a3acd2aabcd3bfecbdf8d0d0a1a3", "hex");
  await writeFile(gbk, sample);
  const { code, output } = await ingest(gbk);
  expect(code).toBe(0);
  expect(output).toMatch(/gbk\.txt: 1 entry \[gb18030/);
  const entry = await readFile(path.join(out, "gbk.md"), "utf-8");
  expect(entry).toContain("洛阳市召开推进会");
}, 60_000);

test("a page saved from Internet Explorer (.mht) becomes the page's entries, citing the address it was saved from", async () => {
  const saved = path.join(inputs, "saved.mht");
  await writeFile(saved, await readFile("tests/fixtures/text/saved-ie-gbk.mht"));
  const { code, output } = await ingest(saved);
  expect(code).toBe(0);
  expect(output).toMatch(/saved\.mht: 2 entries \[mhtml, gb18030/);
  const { frontmatter, body } = splitEntryFile(await readFile(path.join(out, "saved-1.md"), "utf-8"));
  expect(frontmatter?.source).toMatchObject({ url: "http://www.ynjl.gov.cn/news/2021/1116/example.html" });
  expect(body).toContain("筠连");
  expect(body).not.toMatch(/=[0-9A-F]{2}/);
}, 60_000);

test("a folder's pages, saved pages and exports (a table's rows each an entry) are ingested; other files are named as skipped", async () => {
  const folder = path.join(dir, "mixed");
  await mkdir(folder);
  await writeFile(
    path.join(folder, "notice.jsp"),
    `<%@ page contentType="text/html" %><html><body><p>${report("")}</p></body></html>`,
  );
  await writeFile(path.join(folder, "row.sql"), `INSERT INTO news VALUES (1, '${report("市住建局")}');`);
  await writeFile(path.join(folder, "page.mhtml"), await readFile("tests/fixtures/text/saved-chrome-utf8.mhtml"));
  // A table exported with two rows: two entries, one per row.
  const csvRow = (title: string): string => `${title},"${report("").replace(/"/g, '""')}",2022-06-28`;
  await writeFile(path.join(folder, "rows.csv"), `title,content,pubdate\n${csvRow("甲")}\n${csvRow("乙")}\n`);
  await writeFile(path.join(folder, "photo.png"), Buffer.from("89504e470d0a1a0a", "hex"));
  // A site's settings beside its exports hold no record: skipped, not ingested.
  await writeFile(
    path.join(folder, "site.json"),
    JSON.stringify({ siteName: "某县人民政府", menus: ["首页", "政务公开"] }),
  );
  const { code, output } = await ingest(folder);
  expect(code).toBe(0);
  expect(output).toMatch(/skipped 2 files of no report type \(.*\): .*photo\.png.*site\.json/);
  expect(output).toMatch(/rows\.csv: 2 entries/);
  for (const name of ["notice.jsp", "row.sql", "page.mhtml"])
    expect(output).toMatch(new RegExp(`${name.replace(".", "\\.")}: \\d+ entr`));
  expect(output).toMatch(/total: 5 written, 0 unchanged, 0 kept, 0 refused/);
}, 60_000);

test("hostile text is written escaped, and re-running changes nothing", async () => {
  const hostile = path.join(inputs, "hostile.txt");
  await writeFile(hostile, report("{alert(1)}<script>alert(1)</script>\nimport x from 'y'\nexport const a = 1\n"));
  const first = await ingest(hostile);
  expect(first.code).toBe(0);
  const entry = await readFile(path.join(out, "hostile.md"), "utf-8");
  const { body } = splitEntryFile(entry);
  expect(body).not.toMatch(/^(import|export) /m);
  expect(body).not.toMatch(/(^|[^\\])[<{]/);
  const again = await ingest(hostile);
  expect(again.output).toMatch(/hostile unchanged/);
  expect(await readFile(path.join(out, "hostile.md"), "utf-8")).toBe(entry);

  // The site builds over it and shows the markup as text.
  const site = path.join(dir, "site");
  await run("npx", ["astro", "build", "--outDir", site], {
    env: { ...process.env, REPORTS_DIR: out, ASTRO_CACHE_DIR: path.join(dir, "cache") },
  });
  const html = await readFile(path.join(site, "reports", "hostile", "index.html"), "utf-8");
  const text = parseDocument(html).children.flatMap((node) =>
    DomUtils.findAll((element) => element.attribs["data-testid"] === "report-text", [node]),
  );
  expect(DomUtils.textContent(text)).toContain("{alert(1)}<script>alert(1)</script>");
  expect(DomUtils.textContent(text)).toContain("import x from 'y'");
  expect(DomUtils.findAll((element) => element.name === "script", text)).toEqual([]);
  expect(html).not.toContain("<script>alert(1)");
}, 120_000);

test("an existing entry is kept unless --force, and a reviewed one even with --force", async () => {
  const file = path.join(inputs, "kept.txt");
  await writeFile(file, report(""));
  await ingest(file);
  const target = path.join(out, "kept.md");
  const edited = (await readFile(target, "utf-8"))
    .replace("reviewed: false", "reviewed: true")
    .replace("宿迁市召开城市管理推进会\n", "人工修订的标题\n");
  await writeFile(target, edited);
  const forced = await ingest(file, "--force");
  expect(forced.output).toMatch(/kept kept \(reviewed\)/);
  expect(await readFile(target, "utf-8")).toBe(edited);

  // Hand edits not marked reviewed are kept too, unless --force.
  const unreviewed = edited.replace(/^reviewed: true$/m, "reviewed: false");
  await writeFile(target, unreviewed);
  expect((await ingest(file)).output).toMatch(/kept kept \(exists; --force rewrites it\)/);
  expect(await readFile(target, "utf-8")).toBe(unreviewed);
  expect((await ingest(file, "--force")).output).toMatch(/kept written/);
  expect(await readFile(target, "utf-8")).toContain("宿迁市召开城市管理推进会\n");
}, 60_000);

test("--region supplies the region for a batch whose texts never name it", async () => {
  const file = path.join(inputs, "noregion.txt");
  await writeFile(file, "区委召开推进会\n昨日,区委召开推进会。会议强调,要加快推进老旧小区改造。");
  const { code } = await ingest(file, "--region", "洛阳市/涧西区");
  expect(code).toBe(0);
  const entry = await readFile(path.join(out, "noregion.md"), "utf-8");
  expect(entry).toMatch(/region:\n {2}province: 河南省\n {2}city: 洛阳市\n {2}district: 涧西区\n/);
}, 60_000);

test("a 10 MB text with a 2 MB line is ingested, not refused", async () => {
  const sentence =
    "要持续抓好老旧小区改造，确保今年实现大头落地，同步完成物业进驻，多措并举推动加装电梯工作实现更大突破。";
  const longLine = sentence.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(sentence)));
  const paragraphs = Array.from({ length: Math.ceil((8 * 1024 * 1024) / Buffer.byteLength(sentence)) }, () => sentence);
  const file = path.join(inputs, "big.txt");
  await writeFile(file, `洛阳市召开城市提质推进会\n${longLine}\n${paragraphs.join("\n")}`);
  const { code, output } = await ingest(file);
  expect(code).toBe(0);
  expect(output).toMatch(/big\.txt: 1 entry/);
  const entry = await readFile(path.join(out, "big.md"), "utf-8");
  expect(entry.length).toBeGreaterThan((10 * 1024 * 1024) / 3);
}, 180_000);

test("a file from outside the repository is archived in seeds/ unchanged, and entries cite the copy", async () => {
  const repo = path.join(dir, "repo");
  await mkdir(repo);
  const elsewhere = path.join(dir, "elsewhere");
  await mkdir(path.join(elsewhere, "b"), { recursive: true });
  const first = path.join(elsewhere, "meeting.txt");
  const second = path.join(elsewhere, "b", "meeting.txt");
  await writeFile(first, report(""));
  await writeFile(second, report("各城市区"));

  const once = await ingestIn(repo, first, second, "--out", "content/reports");
  expect(once.code).toBe(0);
  expect(once.output).toMatch(/meeting\.txt: archived as seeds\/meeting\.txt;/);
  expect(once.output).toMatch(/meeting\.txt: archived as seeds\/meeting-2\.txt;/);
  expect(await readFile(path.join(repo, "seeds", "meeting.txt"))).toEqual(await readFile(first));
  expect(await readFile(path.join(repo, "seeds", "meeting-2.txt"))).toEqual(await readFile(second));
  for (const [id, file] of [
    ["meeting", "seeds/meeting.txt"],
    ["meeting-2", "seeds/meeting-2.txt"],
  ] as const) {
    const { frontmatter } = splitEntryFile(await readFile(path.join(repo, "content", "reports", `${id}.md`), "utf-8"));
    expect((frontmatter?.["source"] as { file: string }).file).toBe(file);
  }

  // The same file again finds its copy: no third copy, nothing rewritten.
  const again = await ingestIn(repo, first, "--out", "content/reports");
  expect(again.output).toMatch(/meeting unchanged/);
  expect((await readdir(path.join(repo, "seeds"))).sort()).toEqual(["meeting-2.txt", "meeting.txt"]);
}, 60_000);

/** The ids in an out folder and the raw file each entry cites. */
async function citedSources(folder: string): Promise<Record<string, string>> {
  const cited: [string, string][] = [];
  for (const name of await readdir(folder)) {
    const { frontmatter } = splitEntryFile(await readFile(path.join(folder, name), "utf-8"));
    cited.push([name.replace(/\.md$/, ""), (frontmatter?.["source"] as { file: string }).file]);
  }
  return Object.fromEntries(cited.sort(([a], [b]) => a.localeCompare(b)));
}

test("two sources with one file name keep their own entries, the clash is named, and re-running is stable", async () => {
  const repo = path.join(dir, "same-name");
  for (const folder of ["a", "b", "c"]) await mkdir(path.join(repo, folder), { recursive: true });
  await writeFile(path.join(repo, "a", "report.txt"), report(""));
  await writeFile(path.join(repo, "b", "report.txt"), report("各城市区"));
  await writeFile(path.join(repo, "c", "notice.txt"), report("各县区"));
  await writeFile(
    path.join(repo, "c", "notice.htm"),
    `<html><body><p>${report("各部门").replaceAll("\n", "</p><p>")}</p></body></html>`,
  );

  const dry = await ingestIn(repo, "a", "b", "c", "--out", "out", "--dry-run");
  expect(dry.code).toBe(0);
  expect(dry.output).toMatch(/b\/report\.txt: the id "report" is taken by a\/report\.txt/);
  expect(dry.output).toMatch(/total: 4 written/);

  const first = await ingestIn(repo, "a", "b", "c", "--out", "out");
  expect(first.code).toBe(0);
  expect(first.output).toMatch(/total: 4 written, 0 unchanged, 0 kept, 0 refused/);
  expect(first.output).toMatch(
    /b\/report\.txt: the id "report" is taken by a\/report\.txt .*; its entry is report-[0-9a-f]{8}/,
  );
  expect(first.output).toMatch(
    /c\/notice\.txt: the id "notice" is taken by c\/notice\.htm .*; its entry is notice-[0-9a-f]{8}/,
  );
  const cited = await citedSources(path.join(repo, "out"));
  expect(Object.keys(cited)).toEqual([
    "notice",
    expect.stringMatching(/^notice-[0-9a-f]{8}$/),
    "report",
    expect.stringMatching(/^report-[0-9a-f]{8}$/),
  ]);
  expect(Object.values(cited)).toEqual(["c/notice.htm", "c/notice.txt", "a/report.txt", "b/report.txt"]);

  // The same command, the later source alone, and --force: the same ids, nothing overwritten.
  for (const args of [["a", "b", "c"], ["b"], ["b", "c", "--force"], ["c", "b", "a", "--force"]]) {
    const again = await ingestIn(repo, ...args, "--out", "out");
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/ 0 written, \d+ unchanged, 0 kept, 0 refused/);
    expect(await citedSources(path.join(repo, "out"))).toEqual(cited);
  }
}, 120_000);

test("an entry that cannot be read is never rewritten: the input is refused with the file and the YAML error", async () => {
  const file = path.join(inputs, "broken.txt");
  await writeFile(file, report(""));
  await ingest(file);
  const target = path.join(out, "broken.md");
  const broken = (await readFile(target, "utf-8"))
    .replace("reviewed: false", "reviewed: true")
    .replace("title: 宿迁市召开城市管理推进会", 'title: "人工修订的标题');
  await writeFile(target, broken);
  for (const flags of [[], ["--force"], ["--force", "--dry-run"]]) {
    const { code, output } = await ingest(file, ...flags);
    expect(code).toBe(1);
    expect(output).toMatch(/broken\.txt: refused — .*out\/broken\.md: frontmatter is not valid YAML: .+/);
    expect(output).toMatch(/total: 0 written, 0 unchanged, 0 kept, 1 refused/);
    expect(await readFile(target, "utf-8")).toBe(broken);
  }
}, 60_000);

test("a reviewed entry saved with a byte-order mark and CRLF (Windows Notepad) is kept, even with --force", async () => {
  const file = path.join(inputs, "notepad.txt");
  await writeFile(file, report(""));
  await ingest(file);
  const target = path.join(out, "notepad.md");
  const saved = `\uFEFF${(await readFile(target, "utf-8")).replace("reviewed: false", "reviewed: true").replaceAll("\n", "\r\n")}`;
  await writeFile(target, saved);
  const forced = await ingest(file, "--force");
  expect(forced.code).toBe(0);
  expect(forced.output).toMatch(/notepad kept \(reviewed\)/);
  expect(await readFile(target, "utf-8")).toBe(saved);
}, 60_000);
