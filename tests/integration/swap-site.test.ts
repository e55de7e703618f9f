import { spawn } from "node:child_process";
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { publishSite, removeSite } from "../../scripts/support/swap-site";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function build(dir: string, name: string, text: string): Promise<string> {
  const folder = path.join(dir, name);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "index.html"), text);
  return folder;
}

test("a published site is a link to its build; the one before stays until the next swap", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "policy-kb-swap-"));
  dirs.push(dir);
  const site = path.join(dir, "dist");
  // A folder from before links were used is replaced too.
  await build(dir, "dist", "old");
  for (const text of ["one", "two", "three"]) await publishSite(site, await build(dir, `staging-${text}`, text));
  expect((await lstat(site)).isSymbolicLink()).toBe(true);
  expect(await readFile(path.join(site, "index.html"), "utf-8")).toBe("three");
  const builds = (await readdir(dir)).filter((name) => name.startsWith("dist.site-"));
  expect(builds).toHaveLength(2);
  expect(builds).toContain(await readlink(site));
  expect((await readdir(dir)).filter((name) => /staging|retired|link/.test(name))).toEqual([]);
});

test("a reader never finds the site missing while builds are swapped in", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "policy-kb-swap-"));
  dirs.push(dir);
  const site = path.join(dir, "dist");
  await publishSite(site, await build(dir, "staging-0", "0"));
  // Another process reads the page in a tight loop, as a web server would, and counts failures.
  const reader = spawn(process.execPath, [
    "-e",
    `const fs = require("node:fs"); let reads = 0, missing = 0;
     const stop = Date.now() + 4000;
     while (Date.now() < stop) { try { fs.readFileSync(${JSON.stringify(path.join(site, "index.html"))}); reads++; } catch { missing++; } }
     console.log(JSON.stringify({ reads, missing }));`,
  ]);
  let output = "";
  reader.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise((resolve) => reader.on("close", resolve));
  for (let swap = 1; swap <= 30; swap += 1) {
    await publishSite(site, await build(dir, `staging-${swap}`, String(swap)));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await done;
  const { reads, missing } = JSON.parse(output) as { reads: number; missing: number };
  expect(reads).toBeGreaterThan(100);
  expect(missing).toBe(0);
}, 30_000);

test("removing a published site removes its link and its builds, and nothing else", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "policy-kb-swap-"));
  dirs.push(dir);
  const site = path.join(dir, "site");
  for (const text of ["one", "two"]) await publishSite(site, await build(dir, `staging-${text}`, text));
  await build(dir, "reports", "kept");
  await removeSite(site);
  expect(await readdir(dir)).toEqual(["reports"]);
});
