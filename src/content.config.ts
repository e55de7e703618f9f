import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { ReportSchema } from "./schemas/report";
import { createEntryIdGenerator } from "./lib/site/entry-id";

const entryId = createEntryIdGenerator();

/** Every report entry; the id is the file name without extension. */
const reports = defineCollection({
  // REPORTS_DIR lets tests and benchmarks build another set of entries with the same site.
  loader: glob({
    pattern: "**/*.mdx",
    base: process.env["REPORTS_DIR"] ?? "./content/reports",
    generateId: ({ entry }) => entryId(entry),
  }),
  schema: ReportSchema,
});

export const collections = { reports };
