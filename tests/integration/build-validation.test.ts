import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify, stripVTControlCharacters } from "node:util";
import { afterAll, expect, test } from "vitest";

const run = promisify(execFile);
const dirs: string[] = [];

/** What a failed child process printed, without the colour codes astro adds when CI forces colour. */
const printed = (error: unknown): string => {
  const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
  return stripVTControlCharacters(stdout + stderr);
};

/** Builds the site over one hand-written entry and returns what astro printed and whether it failed. */
async function buildWith(entry: string): Promise<{ failed: boolean; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "policy-kb-entries-"));
  dirs.push(dir);
  await writeFile(path.join(dir, "broken-entry.md"), entry);
  try {
    const { stdout, stderr } = await run("npx", ["astro", "build", "--outDir", path.join(dir, "dist")], {
      env: { ...process.env, REPORTS_DIR: dir, ASTRO_CACHE_DIR: path.join(dir, "cache") },
    });
    return { failed: false, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    return { failed: true, output: printed(error) };
  }
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const frontmatter = (fields: string): string =>
  `---\ntitle: 测试\ndocType: 会议报道\nsource: { name: 测试, file: seeds/x.txt }\n${fields}---\n\n正文\n`;

test("an entry without a date fails the build, naming the file and the field", async () => {
  const { failed, output } = await buildWith(frontmatter(""));
  expect(failed).toBe(true);
  expect(output).toContain("broken-entry.md");
  expect(output).toMatch(/date\W+required/i);
}, 120_000);

test("an entry with an unknown tag fails the build, naming the file and the tag", async () => {
  const { failed, output } = await buildWith(frontmatter("date: 2024-01-01\ntags: [天气预报]\n"));
  expect(failed).toBe(true);
  expect(output).toContain("broken-entry.md");
  expect(output).toContain('tags.0: unknown tag "天气预报"');
}, 120_000);

test("an entry whose frontmatter is not YAML fails the build, naming the file and the problem", async () => {
  const { failed, output } = await buildWith("---\ntitle: [测试\ndate: 2024-01-01\n---\n\n正文\n");
  expect(failed).toBe(true);
  expect(output).toMatch(/broken-entry\.md: frontmatter is not valid YAML/);
}, 120_000);

test("a failed build leaves the last good site in place", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "policy-kb-atomic-"));
  dirs.push(dir);
  const site = path.join(dir, "site");
  const env = { ...process.env, REPORTS_DIR: dir, OUT_DIR: site, ASTRO_CACHE_DIR: path.join(dir, "cache") };
  await writeFile(path.join(dir, "good.md"), frontmatter("date: 2024-01-01\n"));
  await run("npx", ["tsx", "scripts/build.ts"], { env });
  const before = await readFile(path.join(site, "reports", "good", "index.html"), "utf-8");
  await writeFile(path.join(dir, "bad.md"), frontmatter("date: 昨日\n"));
  const failure = await run("npx", ["tsx", "scripts/build.ts"], { env }).then(
    () => "",
    (error: unknown) => printed(error),
  );
  expect(failure).toMatch(/date\W+expected an ISO date/);
  expect(failure).toContain("still holds the last good site");
  expect(await readFile(path.join(site, "reports", "good", "index.html"), "utf-8")).toBe(before);
  expect((await readdir(dir)).filter((name) => name.includes("staging"))).toEqual([]);
}, 120_000);

test("two entries with the same id fail the build, naming both files", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "policy-kb-dup-"));
  dirs.push(dir);
  await writeFile(path.join(dir, "Dup.md"), frontmatter("date: 2024-01-01\n"));
  await writeFile(path.join(dir, "dup.md"), frontmatter("date: 2024-01-02\n"));
  const failure = await run("npx", ["astro", "build", "--outDir", path.join(dir, "dist")], {
    env: { ...process.env, REPORTS_DIR: dir, ASTRO_CACHE_DIR: path.join(dir, "cache") },
  }).then(
    () => "",
    (error: unknown) => printed(error),
  );
  expect(failure).toMatch(/duplicate report id "dup": (Dup\.md and dup\.md|dup\.md and Dup\.md)/);
}, 120_000);

test("a 专题 page with a misspelt component prop fails the build, naming the file, line and prop", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "policy-kb-topics-"));
  dirs.push(dir);
  const reports = path.join(dir, "reports");
  const topics = path.join(dir, "topics");
  await Promise.all([mkdir(reports), mkdir(topics)]);
  await writeFile(path.join(reports, "good.md"), frontmatter("date: 2024-01-01\n"));
  await writeFile(
    path.join(topics, "broken-topic.mdx"),
    '---\ntitle: 测试\ndescription: 测试\nupdated: 2025-06-30\n---\n\n正文\n\n<Timeline tag="老旧小区改造" regoin="洛阳市" />\n',
  );
  const failure = await run("npx", ["astro", "build", "--outDir", path.join(dir, "dist")], {
    env: { ...process.env, REPORTS_DIR: reports, TOPICS_DIR: topics, ASTRO_CACHE_DIR: path.join(dir, "cache") },
  }).then(
    () => "",
    (error: unknown) => printed(error),
  );
  expect(failure).toMatch(/broken-topic\.mdx:9:1: <Timeline> .*regoin/);
}, 120_000);
