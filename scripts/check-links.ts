/**
 * npm run check:links -- [dist] [base]: every internal link and anchor of a build resolves.
 * Run by npm test over the root build and the /kb/ build.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { findBrokenLinks } from "../src/lib/hosting/links.ts";

const [root = "dist", base = process.env["BASE_PATH"] ?? "/"] = process.argv.slice(2);
const names = (await readdir(root, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
const pages = new Map<string, string>();
for (const name of names.filter((file) => file.endsWith(".html")))
  pages.set(name, await readFile(path.join(root, name), "utf-8"));
const { checked, problems } = findBrokenLinks(pages, new Set(names), base);
for (const problem of problems) console.error(`${root}/${problem.page}: ${problem.href} — ${problem.problem}`);
console.log(
  `links: ${checked} internal links in ${pages.size} pages of ${root}/ (base ${base}), ${problems.length} broken`,
);
if (problems.length > 0) process.exitCode = 1;
