import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { readEntries } from "../../src/lib/entry/files.ts";
import { routes } from "../../src/lib/routes.ts";
import { toSearchRecord, type SearchRecord, type SearchSource } from "../../src/lib/search/records.ts";
import {
  planShards,
  SEARCH_ROOT,
  SHARD_MANIFEST,
  shardPath,
  type Shard,
  type ShardManifestEntry,
} from "../../src/lib/search/shards.ts";

/** Pagefind's ready-made UIs; the site has its own search page, so they are not shipped. */
const UNUSED_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
/** The runtime the primary shard carries; merged shards are searched with the primary's. */
const RUNTIME_FILE = /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/;

/** Fails the build with the indexer's own words, keeping the cause. */
function indexError(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind ${step} failed: ${errors.join("; ")}`, { cause: errors });
}

/** Indexes one shard in a fresh Pagefind process, closed afterwards so its memory is returned. */
async function writeShard(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw indexError("createIndex", errors);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw indexError(`indexing ${record.url}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw indexError("writeFiles", written.errors);
  } finally {
    await pagefind.close();
  }
}

/** Copies a shard bundle, leaving out what the site does not load from that position. */
async function placeShard(from: string, to: string, primary: boolean): Promise<void> {
  await cp(from, to, {
    recursive: true,
    filter: (source) => {
      const name = path.basename(source);
      return !UNUSED_FILE.test(name) && (primary || !RUNTIME_FILE.test(name));
    },
  });
}

export interface SearchIndexOptions {
  /** The built site the index is written into. */
  outDir: string;
  /** The entry folder the site was built from. */
  reportsDir: string;
  /** Where unchanged shards are kept between builds. */
  cacheDir: string;
  /** Reports per shard (SEARCH_SHARD_SIZE). */
  shardSize: number;
}

/**
 * Builds the Pagefind index of a built site from the entry files, as custom records (bigram words, see
 * src/lib/search/tokens.ts) rather than from the HTML, so search means substring search. Runs
 * after `astro build` has exited (scripts/build.ts), so the indexer's memory never adds to
 * Astro's. The index is written in shards (src/lib/search/shards.ts); a shard whose records are
 * unchanged since the last build is copied from the cache instead of being indexed again.
 * Returns a line for the build log.
 */
export async function writeSearchIndex({
  outDir,
  reportsDir,
  cacheDir,
  shardSize,
}: SearchIndexOptions): Promise<string> {
  const shardCache = path.join(cacheDir, "search-shards");
  // Part of each shard's cache key: an index written by another Pagefind version is not reused.
  const pagefindVersion = (
    JSON.parse(await readFile(path.join(process.cwd(), "node_modules/pagefind/package.json"), "utf-8")) as {
      version: string;
    }
  ).version;
  const sources: SearchSource[] = (await readEntries(reportsDir)).map((entry) => ({
    id: entry.id,
    // Site-relative: Pagefind prefixes result URLs with the base it is served from (/kb/).
    url: routes.report(entry.id),
    report: entry.report,
    text: entry.plainText,
  }));
  const started = performance.now();
  const planned = planShards(sources, (source) => source.report.date, shardSize);
  // An empty site still gets an (empty) index, so its search page works.
  const shards: Shard<SearchSource>[] = planned.length > 0 ? planned : [{ key: "empty", items: [] }];
  const manifest: ShardManifestEntry[] = [];
  const current = new Set<string>();
  let reused = 0;
  await mkdir(shardCache, { recursive: true });
  for (const [position, shard] of shards.entries()) {
    const records = shard.items.map(toSearchRecord);
    const hash = createHash("sha256").update(pagefindVersion).update(JSON.stringify(records)).digest("hex");
    const cacheName = `${shard.key}-${hash.slice(0, 16)}`;
    const cached = path.join(shardCache, cacheName);
    current.add(cacheName);
    if (existsSync(cached)) reused += 1;
    else {
      const staging = `${cached}.partial`;
      await rm(staging, { recursive: true, force: true });
      await writeShard(records, staging);
      await rename(staging, cached);
    }
    const sitePath = shardPath(shard.key, position);
    await placeShard(cached, path.join(outDir, sitePath), position === 0);
    manifest.push({
      key: shard.key,
      path: sitePath,
      reports: records.length,
      newest: records[0]?.sort["date"] ?? "",
      oldest: records[records.length - 1]?.sort["date"] ?? "",
    });
  }
  for (const name of await readdir(shardCache))
    if (!current.has(name)) await rm(path.join(shardCache, name), { recursive: true, force: true });
  await writeFile(path.join(outDir, SEARCH_ROOT, SHARD_MANIFEST), JSON.stringify(manifest));
  return `indexed ${sources.length} reports in ${Math.round(performance.now() - started)} ms: ${shards.length} shards, ${reused} of them unchanged and reused`;
}
