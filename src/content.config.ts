import { defineCollection } from "astro:content";
import { ReportSchema } from "./schemas/report";
import { REPORTS_DIR } from "./lib/entry/files";
import { reportFiles } from "./lib/entry/loader";

/** Every report entry; the id is the file name without extension. REPORTS_DIR builds another set. */
const reports = defineCollection({
  loader: reportFiles(REPORTS_DIR),
  schema: ReportSchema,
});

export const collections = { reports };
