/**
 * npm run build:multisite: the worked example of README "Several sites, one search box". The
 * entries in content/reports are split by province into two sites on one server, /kb/henan/ and
 * /kb/others/; each is built on its own (REPORTS_DIR, BASE_PATH, OUT_DIR) and told of the other
 * (SEARCH_SITES), so either site's search finds the reports of both. Output: dist-multi/kb/….
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPORTS_DIR, readEntries } from "../src/lib/entry/files.ts";

const OUT = path.resolve(process.env["OUT_DIR"] ?? "dist-multi");
const sites = [
  { base: "/kb/henan/", holds: (province: string | undefined) => province === "河南省" },
  { base: "/kb/others/", holds: (province: string | undefined) => province !== "河南省" },
];

const entries = await readEntries(REPORTS_DIR);
const work = await mkdtemp(path.join(tmpdir(), "policy-kb-multisite-"));
try {
  for (const [index, site] of sites.entries()) {
    const reports = path.join(work, `reports-${index}`);
    await mkdir(reports, { recursive: true });
    for (const entry of entries) {
      if (!site.holds(entry.report.region.province)) continue;
      await mkdir(path.dirname(path.join(reports, entry.name)), { recursive: true });
      await writeFile(path.join(reports, entry.name), entry.text);
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
