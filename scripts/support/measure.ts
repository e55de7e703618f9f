import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

/** What a measured command took: wall time, and peak memory of it and all its children together. */
export interface Measured {
  ms: number;
  peakRssMb: number;
  output: string;
  code: number;
}

/** Resident memory (kB) of a process and its descendants, read from /proc (Linux). */
async function treeRssKb(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const status = await readFile(`/proc/${name}/status`, "utf-8").catch(() => "");
    const ppid = /PPid:\s+(\d+)/.exec(status)?.[1];
    const vmRss = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    if (ppid) parents.set(Number(name), Number(ppid));
    if (vmRss) rss.set(Number(name), Number(vmRss));
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let current: number | undefined = pid; current !== undefined && current > 1; current = parents.get(current)) {
      if (current === root) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

/** Runs a command, polling the memory of its process tree every 200 ms. */
export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let peakKb = 0;
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      void treeRssKb(child.pid).then((kb) => {
        peakKb = Math.max(peakKb, kb);
      });
    }, 200);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRssMb: peakKb / 1024, output, code: code ?? 1 });
    });
  });
}

/** Total size in bytes of a folder's files. */
export async function folderBytes(folder: string): Promise<number> {
  const { stat } = await import("node:fs/promises");
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (entry.isFile()) total += (await stat(`${entry.parentPath}/${entry.name}`)).size;
  }
  return total;
}

/** One route's share of an astro build: how many pages it wrote and the milliseconds astro printed for them. */
export interface RouteTime {
  pages: number;
  ms: number;
}

/**
 * Per route, the pages astro built and their time, read from its log: a `▶ src/pages/….astro` line
 * (`λ src/pages/….ts` for an endpoint: the CSVs), then one `├─ /path/index.html (+12ms)` line per page (astro renders them one after another, so
 * the increments add up to the route's time).
 */
export function astroRouteTimes(output: string): Map<string, RouteTime> {
  const times = new Map<string, RouteTime>();
  let route: RouteTime | undefined;
  // Astro colours its log even when not on a terminal (FORCE_COLOR in CI): read the text without the escapes.
  for (const line of output.replace(/\x1b\[[0-9;]*m/g, "").split("\n")) {
    const heading = /[▶λ] (src\/pages\/\S+)/.exec(line);
    if (heading?.[1]) {
      route = times.get(heading[1]) ?? { pages: 0, ms: 0 };
      times.set(heading[1], route);
      continue;
    }
    const page = /[├└]─ \S+ \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line);
    if (page && route) {
      route.pages += 1;
      route.ms += Number(page[1]) * (page[2] === "s" ? 1000 : 1);
    }
  }
  return times;
}
