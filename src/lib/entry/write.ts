import { stringify } from "yaml";
import { ReportSchema, type ReportInput } from "../../schemas/report";
import { renderEntryBody, type TextBlock } from "./body";

/**
 * The entry file format: YAML frontmatter valid against ReportSchema, then the MDX body.
 * Pure string work, shared by the ingest CLI and its tests.
 */

const HEADER =
  "# Made by `npm run ingest`. Check it against the source, fix what is wrong, then set reviewed: true:\n# the ingest never rewrites a reviewed entry.\n";

/** Serialises an entry: schema-checked frontmatter and an escaped MDX body. Throws on invalid data. */
export function renderEntry(data: ReportInput, blocks: readonly TextBlock[]): string {
  const checked = ReportSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`the extracted entry does not match the report schema: ${problems}`);
  }
  // An entry is edited by hand: no YAML anchors (&a1 / *a1) even where two measures share one tag list.
  const frontmatter = stringify(data, {
    lineWidth: 0,
    defaultStringType: "PLAIN",
    defaultKeyType: "PLAIN",
    aliasDuplicateObjects: false,
  });
  return `---\n${HEADER}${frontmatter}---\n\n${renderEntryBody(blocks)}`;
}
