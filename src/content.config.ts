import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { TopicSchema } from "./schemas/topic";
import { TOPICS_DIR } from "./lib/topics/component-props";

/**
 * Hand-written 专题 pages: MDX prose with live components that read the catalogue. The reports are
 * no collection: the catalogue reads their files itself (src/lib/entry/reports.ts says why).
 */
const topics = defineCollection({
  loader: glob({ pattern: "*.mdx", base: TOPICS_DIR }),
  schema: TopicSchema,
});

export const collections = { topics };
