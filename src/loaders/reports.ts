import type { Loader } from "astro/loaders";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readEntryFile } from "../lib/ingest/entry-parse";
import { createEntryIdGenerator } from "../lib/site/entry-id";

/**
 * The report entries (content/reports/**\/*.mdx, or .md) as a content collection holding only their
 * frontmatter, validated by the collection's schema. Astro bundles the whole content store into
 * the build as one module and compiles every MDX entry as another: with 10,000 reports either
 * exhausts the build's memory (npm run bench). Report pages render their body from the file
 * instead (src/site-markdown.ts). An unchanged file (same digest) is not parsed again.
 */
export function reportFiles(directory: string): Loader {
  return {
    name: "policy-kb-reports",
    load: async (context) => {
      const { config, store } = context;
      const root = fileURLToPath(config.root);
      const base = path.resolve(root, directory);
      const names = (await readdir(base, { recursive: true }))
        .map((name) => name.split(path.sep).join("/"))
        .filter((name) => /\.mdx?$/.test(name))
        .sort();
      const entryId = createEntryIdGenerator();
      const seen = new Set<string>();
      for (const name of names) {
        const file = path.join(base, name);
        const text = await readFile(file, "utf-8");
        const id = entryId(name);
        seen.add(id);
        const digest = context.generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const filePath = path.relative(root, file).split(path.sep).join("/");
        let frontmatter: Record<string, unknown>;
        try {
          ({ frontmatter } = readEntryFile(text));
        } catch (error) {
          throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
        const data = await context.parseData({ id, data: frontmatter, filePath });
        store.set({ id, data, filePath, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
