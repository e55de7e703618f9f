import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { ReportSchema } from "./schemas/report";
import { TopicSchema } from "./schemas/topic";
import { TOPICS_DIR } from "./lib/topics/component-props";
import { REPORTS_DIR } from "./lib/entry/files";
import { reportFiles } from "./lib/entry/loader";

/** Every report entry; the id is the file name without extension. REPORTS_DIR builds another set. */
const reports = defineCollection({
  loader: reportFiles(REPORTS_DIR),
  schema: ReportSchema,
});

/** Hand-written 专题 pages: MDX prose with live components that read the catalogue. */
const topics = defineCollection({
  loader: glob({ pattern: "*.mdx", base: TOPICS_DIR }),
  schema: TopicSchema,
});

export const collections = { reports, topics };
