import type { Loader } from "astro/loaders";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { entryFrontmatter, readEntryFiles } from "./files";

/**
 * The report entries as a content collection holding only their frontmatter, validated by the
 * collection's schema. Astro bundles the whole content store into the build as one module and
 * compiles every MDX entry as another: with 10,000 reports either exhausts the build's memory
 * (npm run bench). Report pages render their body from the file instead (body-html.ts). An
 * unchanged file (same digest) is not parsed again.
 */
export function reportFiles(directory: string): Loader {
  return {
    name: "policy-kb-reports",
    load: async (context) => {
      const { config, store } = context;
      const root = fileURLToPath(config.root);
      const seen = new Set<string>();
      for (const file of await readEntryFiles(path.resolve(root, directory))) {
        seen.add(file.id);
        const digest = context.generateDigest(file.text);
        if (store.get(file.id)?.digest === digest) continue;
        const filePath = path.relative(root, file.filePath).split(path.sep).join("/");
        const frontmatter = entryFrontmatter({ filePath, text: file.text });
        const data = await context.parseData({ id: file.id, data: frontmatter, filePath });
        store.set({ id: file.id, data, filePath, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
