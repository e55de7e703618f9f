import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * What a build keeps for the next one, one folder per kind (charts, bodies) beside Astro's own cache
 * (ASTRO_CACHE_DIR, as scripts/build.ts uses), each file named by a digest of everything that
 * decides it: a rebuild after one more report redoes only what changed.
 */

/** The folder one kind of kept output lives in. */
export function keptDir(kind: string): string {
  return path.join(process.env["ASTRO_CACHE_DIR"] ?? "node_modules/.astro", kind);
}

/**
 * A digest of the code that decides a kind's output besides its input: some of the project's files (a
 * folder stands for the files in it) and the versions of some packages, read from the project the build
 * runs in; undefined (nothing kept) where they cannot be read.
 */
export function codeDigest(paths: readonly string[], packages: readonly string[]): string | undefined {
  try {
    const hash = createHash("sha256");
    for (const entry of paths) {
      const files = statSync(entry).isDirectory()
        ? readdirSync(entry)
            .sort()
            .map((name) => path.join(entry, name))
        : [entry];
      for (const file of files) hash.update(path.basename(file)).update(readFileSync(file));
    }
    for (const name of packages) hash.update(readFileSync(path.join("node_modules", name, "package.json")));
    return hash.digest("hex");
  } catch {
    return undefined;
  }
}

/** How one kind fared in this process: made now (and the time it took), taken from the last build, and the names used. */
export interface KeptStats {
  made: number;
  ms: number;
  kept: number;
  used: Set<string>;
}

const KEPT_STATS: unique symbol = Symbol.for("policy-kb.kept-stats");

/**
 * The process's counters for one kind. Astro renders pages from its own bundle of this module, so
 * they live on globalThis, where the build's closing hook (astro.config.mjs) can read them.
 */
export function keptStats(kind: string): KeptStats {
  const holder = globalThis as { [KEPT_STATS]?: Map<string, KeptStats> | undefined };
  const all = holder[KEPT_STATS] ?? new Map<string, KeptStats>();
  holder[KEPT_STATS] = all;
  const stats = all.get(kind) ?? { made: 0, ms: 0, kept: 0, used: new Set<string>() };
  all.set(kind, stats);
  return stats;
}

/** The file kept under that name, or undefined when there is none. */
export function readKept(dir: string, name: string): string | undefined {
  try {
    return readFileSync(path.join(dir, name), "utf-8");
  } catch {
    return undefined;
  }
}

/** Keeps a file, written whole under another name and then renamed: a build stopped midway leaves no half file. */
export function keep(dir: string, name: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** Removes the files whose digest (the name before its extension) this build did not use; returns how many. */
export function pruneKept(dir: string, used: ReadonlySet<string>): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (used.has(name.replace(/\.[^.]+$/, ""))) continue;
    rmSync(path.join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}
