// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import remarkGfm from "remark-gfm";
import { markdownOptions } from "./src/lib/markdown/markdown-options.ts";
import remarkTopicComponents from "./src/lib/markdown/remark-topic-components.ts";
import { keptDir, keptStats, pruneKept } from "./src/lib/build-cache.ts";

/**
 * Prints how many charts the build drew and report bodies it rendered, and their time (npm run bench
 * reads the lines), and drops the kept outputs this build no longer shows (src/lib/build-cache.ts).
 * @type {import("astro").AstroIntegration}
 */
const keptOutputs = {
  name: "policy-kb:kept-outputs",
  hooks: {
    "astro:build:done": ({ logger }) => {
      for (const { kind, verb } of [
        { kind: "charts", verb: "drawn" },
        { kind: "bodies", verb: "rendered" },
      ]) {
        const { made, ms, kept, used } = keptStats(kind);
        const pruned = pruneKept(keptDir(kind), used);
        logger.info(
          `${kind}: ${made} ${verb} in ${Math.round(ms)} ms, ${kept} kept from the last build, ${pruned} dropped`,
        );
      }
    },
  },
};

// Nothing leaves the machine (README): Astro's anonymous usage reports are off for every command
// that loads this file (build, check, dev), however it is started. Astro reads the variable when it
// would send, after loading the config.
process.env.ASTRO_TELEMETRY_DISABLED = "1";

/** BASE_PATH hosts the site under a sub-path such as /kb/; SITE_URL gives absolute links in exports. */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  // Builds over another set of entries (REPORTS_DIR, in tests and benchmarks) keep their own content
  // cache, so they never mix with the site's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Without SITE_URL, exports link site-relative (/kb/reports/…), never to a localhost address that
  // works on no one else's machine; scripts/build.ts warns that this is so.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: "always",
  // No inline <style>: the Content-Security-Policy allows styles from the site itself only.
  build: { format: "directory", inlineStylesheets: "never" },
  // MDX is for the hand-written 专题 pages (content/topics): GFM, and their components checked as
  // they compile; the report-text plugins of markdownOptions have nothing to do there.
  integrations: [
    keptOutputs,
    mdx({ extendMarkdownConfig: false, remarkPlugins: [remarkGfm, remarkTopicComponents], smartypants: false }),
  ],
  markdown: markdownOptions,
  // Intranet machines have no internet: nothing may be fetched at build or run time.
  prefetch: false,
  devToolbar: { enabled: false },
  // External script files only, so a strict Content-Security-Policy needs no inline-script hashes.
  vite: { build: { assetsInlineLimit: 0 } },
});
