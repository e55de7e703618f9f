import type { AstroIntegration } from "astro";
import { readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";
import { toSearchRecord, type SearchSource } from "../lib/search/records";

const SOURCES_FILE = "search-sources.json";

/** Fails the build with the indexer's own words, keeping the cause. */
function indexError(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind ${step} failed: ${errors.join("; ")}`, { cause: errors });
}

/**
 * After `astro build`, builds the Pagefind index from custom records (bigram words, see
 * src/lib/search/tokens.ts) rather than from the HTML, so search means substring search.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "policy-kb-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const sourcesPath = path.join(outDir, SOURCES_FILE);
        const sources = JSON.parse(await readFile(sourcesPath, "utf-8")) as SearchSource[];
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw indexError("createIndex", errors);
        try {
          for (const source of sources) {
            const added = await index.addCustomRecord(toSearchRecord(source));
            if (added.errors.length > 0) throw indexError(`indexing ${source.id}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
          if (written.errors.length > 0) throw indexError("writeFiles", written.errors);
        } finally {
          await pagefind.close();
        }
        await rm(sourcesPath);
        logger.info(`indexed ${sources.length} reports in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
