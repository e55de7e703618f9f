import { expect, test } from "vitest";
import { planSource, type ExistingEntry } from "../../../src/lib/ingest/plan";

const ids = { plain: "report", distinct: "report-1a2b3c4d" };
const entryOf = (file: string, { reviewed = false, body = "正文。" } = {}): string =>
  `---\ntitle: 标题\nsource:\n  file: ${file}\nreviewed: ${reviewed}\n---\n\n${body}\n`;

/** The plan of b/report.txt's one entry over the given entry files and earlier claims. */
function plan(
  files: Record<string, string>,
  { claimed = new Map<string, string>(), force = false, rendered = entryOf("b/report.txt") } = {},
) {
  const existing = new Map<string, ExistingEntry>(
    Object.entries(files).map(([id, text]) => [id, { filePath: `out/${id}.md`, text }]),
  );
  const [entry] = planSource({ source: "b/report.txt", entries: [{ ids, rendered }], existing, claimed, force });
  return entry && { id: entry.id, action: entry.action, clash: entry.clash };
}

test("a free plain id is taken, and an entry of the same source keeps it", () => {
  expect(plan({})).toEqual({ id: "report", action: "write", clash: null });
  expect(plan({ report: entryOf("b/report.txt") })).toEqual({ id: "report", action: "unchanged", clash: null });
  expect(plan({ report: entryOf("b/report.txt", { body: "改过。" }) })).toMatchObject({ action: "kept-exists" });
  expect(plan({ report: entryOf("b/report.txt", { body: "改过。" }) }, { force: true })).toMatchObject({
    id: "report",
    action: "write",
  });
});

test("a plain id held by another source gives the distinct id and a clash naming it, even with --force", () => {
  const held = { report: entryOf("a/report.txt") };
  const clash = { id: "report", heldBy: "a/report.txt", entryFile: "out/report.md" };
  expect(plan(held, { force: true })).toEqual({ id: "report-1a2b3c4d", action: "write", clash });
  expect(plan({ ...held, "report-1a2b3c4d": entryOf("b/report.txt") })).toEqual({
    id: "report-1a2b3c4d",
    action: "unchanged",
    clash,
  });
  // An earlier input of the same run holds it, with nothing on disk yet (--dry-run).
  expect(plan({}, { claimed: new Map([["report", "a/report.txt"]]) })).toEqual({
    id: "report-1a2b3c4d",
    action: "write",
    clash: { id: "report", heldBy: "a/report.txt", entryFile: null },
  });
  expect(plan({}, { claimed: new Map([["report", "b/report.txt"]]) })).toMatchObject({ id: "report", clash: null });
});

test("a distinct id the source already holds stays when the plain id is freed", () => {
  expect(plan({ "report-1a2b3c4d": entryOf("b/report.txt") })).toEqual({
    id: "report-1a2b3c4d",
    action: "unchanged",
    clash: null,
  });
});

test("a reviewed entry is kept, even with --force", () => {
  const reviewed = entryOf("b/report.txt", { reviewed: true, body: "人工修订。" });
  expect(plan({ report: reviewed }, { force: true })).toMatchObject({ id: "report", action: "kept-reviewed" });
});

test("an entry that cannot be read refuses the input with its file and the reason, whatever the flags", () => {
  const unclosed = entryOf("b/report.txt", { reviewed: true }).replace("title: 标题", 'title: "人工修订的标题');
  for (const force of [false, true])
    expect(() => plan({ report: unclosed }, { force })).toThrow(/^out\/report\.md: frontmatter is not valid YAML: /);
  expect(() => plan({ report: entryOf("a/report.txt"), "report-1a2b3c4d": unclosed })).toThrow(
    /^out\/report-1a2b3c4d\.md: frontmatter is not valid YAML: /,
  );
  expect(() => plan({ report: entryOf("b/report.txt").replace("  file: b/report.txt\n", "") })).toThrow(
    /^out\/report\.md: source\.file is missing/,
  );
});

test("both ids held by other sources refuse the input", () => {
  expect(() => plan({ report: entryOf("a/report.txt"), "report-1a2b3c4d": entryOf("c/report-1a2b3c4d.txt") })).toThrow(
    "the ids report and report-1a2b3c4d are held by entries of a/report.txt and c/report-1a2b3c4d.txt; rename b/report.txt",
  );
});
