import { z } from "astro/zod";
import tagsData from "../../content/taxonomy/tags.json" with { type: "json" };

/** One measure tag of the controlled taxonomy in `content/taxonomy/tags.json`. */
export const TagDefinitionSchema = z.object({
  /** The tag as it is written in entries, e.g. 老旧小区改造. */
  tag: z.string().min(1),
  /** One line saying what the tag covers. */
  description: z.string().min(1),
  /** Words whose presence in a measure suggests the tag (used by the ingest). */
  keywords: z.array(z.string().min(1)).min(1),
  /** Phrases in which the keywords say nothing of the tag (森林 in 森林防火 is fire work, not greening). */
  notIn: z.array(z.string().min(1)).optional(),
});

export type TagDefinition = z.output<typeof TagDefinitionSchema>;

/** The whole tag taxonomy, validated once at import so a broken file fails loudly. */
export const TAGS: readonly TagDefinition[] = z.array(TagDefinitionSchema).parse(tagsData);

/** The tag names, for membership checks. */
export const TAG_NAMES: ReadonlySet<string> = new Set(TAGS.map((t) => t.tag));
