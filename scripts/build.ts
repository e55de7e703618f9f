/**
 * npm run build: astro build (with its search index) into a fresh folder, then swapped in for
 * dist/ in one rename, so a failed build never leaves a half-written site: the last good output
 * stays until a complete one replaces it. OUT_DIR chooses the folder (dist-kb for the /kb/ build).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";

// Without a trailing slash, so that the staging and retired folders are siblings of it.
const outDir = (process.env["OUT_DIR"] ?? "dist").replace(/(.)\/+$/, "$1");
const staging = `${outDir}.staging-${process.pid}`;
const retired = `${outDir}.retired-${process.pid}`;

const result = spawnSync("npx", ["astro", "build", "--outDir", staging], { stdio: "inherit" });
if (result.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(
    `✖ build failed; ${existsSync(outDir) ? `${outDir}/ still holds the last good site` : `no ${outDir}/ was written`}`,
  );
  process.exit(result.status ?? 1);
}
if (existsSync(outDir)) await rename(outDir, retired);
await rename(staging, outDir);
await rm(retired, { recursive: true, force: true });
console.log(`✔ ${outDir}/ replaced by the new build`);
