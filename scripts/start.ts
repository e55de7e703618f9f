/**
 * npm start: turns seeds/ into entries (new files only; existing entries are never touched),
 * builds the site with its search index, and serves it on localhost like a production server.
 */
import { spawnSync } from "node:child_process";

function step(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status ?? "signal"})`);
    process.exit(result.status ?? 1);
  }
}

step("ingest seeds/ (new files only)", "npx", ["tsx", "scripts/ingest.ts", "seeds/", "--quiet"]);
step("build the site and its search index", "npx", ["tsx", "scripts/build.ts"]);
step("serve dist/", "npx", ["tsx", "scripts/serve.ts", ...process.argv.slice(2)]);
