import { defineCollection } from "astro:content";
import { ReportSchema } from "./schemas/report";
import { reportFiles } from "./loaders/reports";

/** Every report entry; the id is the file name without extension. */
const reports = defineCollection({
  // REPORTS_DIR lets tests and benchmarks build another set of entries with the same site.
  loader: reportFiles(process.env["REPORTS_DIR"] ?? "./content/reports"),
  schema: ReportSchema,
});

export const collections = { reports };
