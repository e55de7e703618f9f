/**
 * npm start: turns seeds/ into entries (new files only; existing entries are never touched),
 * builds the site with its search index, and serves it on localhost like a production server.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { listenErrorMessage, probePort } from "./support/listen-error.ts";

function step(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status ?? "signal"})`);
    process.exit(result.status ?? 1);
  }
}

// A port already taken (a second npm start) is said at once, not after the ingest and the build.
const { values } = parseArgs({
  options: { port: { type: "string" }, host: { type: "string" }, root: { type: "string" } },
  strict: false,
});
const address = {
  host: typeof values.host === "string" ? values.host : "127.0.0.1",
  port: Number(typeof values.port === "string" ? values.port : (process.env["PORT"] ?? 4321)),
  base: process.env["BASE_PATH"] ?? "/",
};
if (Number.isInteger(address.port) && address.port > 0) {
  const busy = await probePort(address.host, address.port);
  if (busy) {
    console.error(listenErrorMessage(busy, address));
    process.exit(1);
  }
}

step("ingest seeds/ (new files only)", "npx", ["tsx", "scripts/ingest.ts", "seeds/", "--quiet"]);
step("build the site and its search index", "npx", ["tsx", "scripts/build.ts"]);
step("serve dist/", "npx", ["tsx", "scripts/serve.ts", ...process.argv.slice(2)]);
