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
