import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { ReportSchema } from "./schemas/report";

/** Every report entry; the id is the file name without extension. */
const reports = defineCollection({
  // REPORTS_DIR lets tests and benchmarks build another set of entries with the same site.
  loader: glob({ pattern: "**/*.mdx", base: process.env["REPORTS_DIR"] ?? "./content/reports" }),
  schema: ReportSchema,
});

export const collections = { reports };
