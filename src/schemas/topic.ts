import { z } from "astro/zod";

/**
 * A hand-written 专题 page (content/topics/*.mdx): its frontmatter. The body is MDX prose with live
 * components (lib/topics/component-props.ts lists them and their props).
 */
export const TopicSchema = z
  .object({
    /** The page's title, e.g. 洛阳市城市更新专题. */
    title: z.string().min(1),
    /** One line for lists and the page's description. */
    description: z.string().min(1),
    /** Who keeps the page (an office), shown under the title. */
    author: z.string().min(1).optional(),
    /** When the prose was last revised (YYYY-MM-DD); the components' figures are always the build's. */
    updated: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day such as 2025-06-30"),
    ),
  })
  .strict();

export type Topic = z.output<typeof TopicSchema>;
