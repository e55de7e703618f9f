import { z } from "astro/zod";
import { TAG_NAMES } from "../../schemas/taxonomy";
import { gazetteer } from "../extract/gazetteer";
import unitsData from "../../../content/taxonomy/units.json" with { type: "json" };

/**
 * The live components a 专题 page (content/topics/*.mdx) may use, and the props each takes. The MDX
 * compiler checks every use against these schemas (markdown/remark-topic-components.ts), so a typo
 * fails the build naming the file and line; the components parse their props with them again.
 */

/** Where the 专题 pages are: content/topics, or TOPICS_DIR (the tests build other sets). */
export const TOPICS_DIR: string = process.env["TOPICS_DIR"] ?? "content/topics";

/** The attribute the compiler adds to each component use: where it stands, as file:line:column. */
export const SOURCE_PROP = "mdxSource";

const UNITS: ReadonlySet<string> = new Set((unitsData as { units: string[] }).units);

let placeNames: ReadonlySet<string> | undefined;
/** Full names of provinces, cities and counties (洛阳市, 台南市, 嵩县). */
function isPlaceName(name: string): boolean {
  placeNames ??= new Set(gazetteer().places.map((place) => place.name));
  return placeNames.has(name);
}

const Tag = z.string().refine((tag) => TAG_NAMES.has(tag), {
  message: "not a tag of content/taxonomy/tags.json",
});
const Region = z.string().refine(isPlaceName, {
  message: "not a province, city or county written in full (洛阳市, 嵩县)",
});
const Unit = z.string().refine((unit) => UNITS.has(unit), {
  message: "not a unit of content/taxonomy/units.json (write its full name, 洛阳市城市管理局)",
});
const Limit = z.number().int().positive();
const Source = z.string().optional();

/** The kinds of chart a 专题 page can draw. */
export const TOPIC_CHART_KINDS = ["measures-by-year", "reports-by-year", "measures-by-tag", "open-by-unit"] as const;

/** Each component's props. Unknown props are errors (.strict()), so a misspelt prop never goes unnoticed. */
export const TOPIC_COMPONENT_PROPS = {
  /** `<Measures tag region unit limit />`: the measures matching all given filters, newest first. */
  Measures: z
    .object({ tag: Tag.optional(), region: Region.optional(), unit: Unit.optional(), limit: Limit.optional() })
    .strict()
    .extend({ [SOURCE_PROP]: Source })
    .refine((props) => props.tag ?? props.region ?? props.unit, {
      message: "give at least one of tag, region, unit",
    }),
  /** `<Timeline tag region />`: the tag's measures in the place, oldest first, and their numeric targets. */
  Timeline: z
    .object({ tag: Tag, region: Region })
    .strict()
    .extend({ [SOURCE_PROP]: Source }),
  /** `<Chart kind tag region />`: a chart of the live catalogue, narrowed to a tag and/or place. */
  Chart: z
    .object({
      kind: z.enum(TOPIC_CHART_KINDS),
      tag: Tag.optional(),
      region: Region.optional(),
      title: z.string().optional(),
    })
    .strict()
    .extend({ [SOURCE_PROP]: Source }),
  /** `<UnitTasks unit />`: a unit's measures by follow-up status, linking to its task sheet. */
  UnitTasks: z
    .object({ unit: Unit })
    .strict()
    .extend({ [SOURCE_PROP]: Source }),
} as const;

export type TopicComponent = keyof typeof TOPIC_COMPONENT_PROPS;

/** True for the name of a topic component. */
export const isTopicComponent = (name: string): name is TopicComponent => Object.hasOwn(TOPIC_COMPONENT_PROPS, name);

/** The zod issues of a failed parse as one line: `Unrecognized key(s) in object: 'tagg'; region: not a province …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`)
    .join("; ");
}

/**
 * A component's props, validated; throws an error naming the component, where it is used (when the
 * compiler recorded it) and what is wrong.
 */
export function parseTopicProps<Name extends TopicComponent>(
  name: Name,
  props: Record<string, unknown>,
): z.output<(typeof TOPIC_COMPONENT_PROPS)[Name]> {
  const result = TOPIC_COMPONENT_PROPS[name].safeParse(props);
  if (result.success) return result.data;
  const at = typeof props[SOURCE_PROP] === "string" ? `${props[SOURCE_PROP]}: ` : "";
  throw new Error(`${at}<${name}> ${describeIssues(result.error)}`);
}
