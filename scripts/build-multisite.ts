/**
 * npm run build:multisite: the worked example of README "Several sites, one search box". The
 * entries in content/reports are split by province into two sites on one server, /kb/henan/ and
 * /kb/others/; each is built on its own (REPORTS_DIR, BASE_PATH, OUT_DIR) and told of the other
 * (SEARCH_SITES), so either site's search finds the reports of both. Output: dist-multi/kb/….
 */
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { splitEntryFile } from "../src/lib/ingest/entry-parse.ts";

const OUT = path.resolve(process.env["OUT_DIR"] ?? "dist-multi");
const CONTENT = "content/reports";
const sites = [
  { base: "/kb/henan/", holds: (province: unknown) => province === "河南省" },
  { base: "/kb/others/", holds: (province: unknown) => province !== "河南省" },
];

const work = await mkdtemp(path.join(tmpdir(), "policy-kb-multisite-"));
try {
  for (const [index, site] of sites.entries()) {
    const reports = path.join(work, `reports-${index}`);
    await mkdir(reports, { recursive: true });
    for (const name of (await readdir(CONTENT)).filter((file) => /\.mdx?$/.test(file))) {
      const { frontmatter } = splitEntryFile(await readFile(path.join(CONTENT, name), "utf-8"));
      const region = frontmatter?.["region"] as { province?: unknown } | undefined;
      if (site.holds(region?.province)) await copyFile(path.join(CONTENT, name), path.join(reports, name));
    }
    const outDir = path.join(OUT, site.base);
    await mkdir(path.dirname(outDir), { recursive: true });
    const result = spawnSync("npx", ["tsx", "scripts/build.ts"], {
      stdio: "inherit",
      env: {
        ...process.env,
        REPORTS_DIR: reports,
        BASE_PATH: site.base,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(work, `cache-${index}`),
        SEARCH_SITES: sites
          .filter((other) => other !== site)
          .map((other) => other.base)
          .join(","),
      },
    });
    if (result.status !== 0) throw new Error(`building ${site.base} failed`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(`✔ ${sites.map((site) => path.join(OUT, site.base)).join(" and ")}, each searching both`);
