/**
 * npm run build: astro build into a fresh folder, then the search index over it (after Astro has
 * exited, so the two never hold memory at once), then published as dist/ by swapping a link in
 * one rename (support/swap-site.ts): a failed build never leaves a half-written site, the last good
 * output stays until a complete one replaces it, and a server never finds the site missing. OUT_DIR chooses the folder (dist-kb for the /kb/ build);
 * SEARCH_SHARD_SIZE the reports per search shard.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { DEFAULT_SHARD_SIZE } from "../src/lib/search/shards.ts";
import { positiveIntegerSetting } from "../src/lib/settings.ts";
import { REPORTS_DIR } from "../src/lib/entry/files.ts";
import { writeSearchIndex } from "./support/search-index.ts";
import { publishSite } from "./support/swap-site.ts";

// Without a trailing slash, so that the staging folder and the builds are siblings of it.
const outDir = (process.env["OUT_DIR"] ?? "dist").replace(/(.)\/+$/, "$1");
const staging = `${outDir}.staging-${process.pid}`;

async function fail(status: number, reason: string): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  console.error(
    `✖ ${reason}; ${existsSync(outDir) ? `${outDir}/ still holds the last good site` : `no ${outDir}/ was written`}`,
  );
  process.exit(status);
}

let shardSize = DEFAULT_SHARD_SIZE;
try {
  shardSize = positiveIntegerSetting("SEARCH_SHARD_SIZE", process.env["SEARCH_SHARD_SIZE"]) ?? DEFAULT_SHARD_SIZE;
} catch (error) {
  await fail(2, error instanceof Error ? error.message : String(error));
}
if (!process.env["SITE_URL"])
  console.warn(
    "⚠ SITE_URL 未设置：CSV/JSON 导出中的链接写作站内路径（如 /reports/…/），在 Excel 中不能直接点开；" +
      "设置 SITE_URL=http://内网地址 可写成完整网址。(SITE_URL unset: export links are site-relative.)",
  );
const result = spawnSync("npx", ["astro", "build", "--outDir", staging], {
  stdio: "inherit",
  // Also set by astro.config.mjs; here too, so that the CLI's own start never reports either.
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) await fail(result.status ?? 1, "build failed");
try {
  const cacheDir = process.env["ASTRO_CACHE_DIR"] ?? "node_modules/.astro";
  console.log(
    `search index: ${await writeSearchIndex({ outDir: staging, reportsDir: REPORTS_DIR, cacheDir, shardSize })}`,
  );
} catch (error) {
  console.error(error);
  await fail(1, "search index failed");
}
await publishSite(outDir, staging);
console.log(`✔ ${outDir}/ now serves the new build`);
