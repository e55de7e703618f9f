import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLSeq } from "yaml";
import type { ReportInput } from "../../schemas/report";
import { frontmatterBlock, splitEntryFile } from "../entry/parse";
import type { ReviewPatchEntry } from "./patch";

/**
 * A review patch written into an entry file, and a checked note kept across a re-ingest. A checked
 * note moves from `review` to `reviewChecked`; an entry whose every line was checked becomes
 * `reviewed: true`, which the ingest never rewrites. The edit touches those keys only: the rest of
 * the frontmatter (comments, hand edits) and the body stay as they are.
 */

/** How the ingest writes YAML (write.ts); a new list or note is written the same way. */
const YAML_OPTIONS = {
  lineWidth: 0,
  defaultStringType: "PLAIN",
  defaultKeyType: "PLAIN",
  flowCollectionPadding: false,
} as const;

/** What applying one patch entry did. */
export interface EntryApplyResult {
  /** The entry file's new text (the same text when nothing changed). */
  text: string;
  /** Notes moved from `review` to `reviewChecked`. */
  moved: string[];
  /** Checked notes no longer in `review`: applied before, or the entry was regenerated since. */
  missing: string[];
  /** Notes still open after the patch. */
  open: string[];
  /** The entry is now `reviewed: true` (set by this patch, or already). */
  reviewed: boolean;
  /** Whether the file changes. */
  changed: boolean;
}

const noteText = (node: unknown): string | null =>
  isScalar(node) && typeof node.value === "string" ? node.value : null;

function stringSeq(doc: Document, key: string): YAMLSeq | null {
  const node = doc.get(key, true);
  if (node === undefined || node === null) return null;
  if (!isSeq(node)) throw new Error(`${key} 不是列表，请先手工改正`);
  return node;
}

/**
 * Writes one patch entry into the text of its entry file. Throws, changing nothing, when the file
 * cannot be read or cites another raw file than the patch (it is then another report).
 */
export function applyReviewEntry(text: string, entry: ReviewPatchEntry): EntryApplyResult {
  const block = frontmatterBlock(text);
  if (!block) throw new Error("条目文件没有开头的 --- 字段区，无法写入");
  const doc = parseDocument(block.crlf ? block.yaml.replace(/\r\n/g, "\n") : block.yaml);
  if (doc.errors.length > 0)
    throw new Error(`条目的字段区不是有效的 YAML：${doc.errors[0]?.message ?? ""}，请先手工改正`);
  if (!isMap(doc.contents)) throw new Error("条目的字段区不是“字段: 值”的形式，请先手工改正");
  const source = doc.getIn(["source", "file"]);
  if (source !== entry.source)
    throw new Error(
      `条目现在引用的原文是 ${String(source)}，审核记录里是 ${entry.source}：不是同一篇报告，未改动（请重新打开待审核页核对）`,
    );

  const review = stringSeq(doc, "review");
  const notes = review ? review.items.map(noteText) : [];
  const unchanged = (reviewed: boolean): EntryApplyResult => ({
    text,
    moved: [],
    missing: reviewed ? [] : entry.checked.filter((note) => !notes.includes(note)),
    open: notes.filter((note): note is string => note !== null),
    reviewed,
    changed: false,
  });
  if (doc.get("reviewed") === true) return unchanged(true);

  const wanted = new Set(entry.checked);
  const moved = notes.filter((note): note is string => note !== null && wanted.has(note));
  const missing = [...wanted].filter((note) => !moved.includes(note));
  const open = notes.filter((note) => note === null || !wanted.has(note));
  const becomesReviewed = entry.complete && open.length === 0;
  if (moved.length === 0 && !becomesReviewed) return unchanged(false);

  if (review && moved.length > 0) {
    const checked = stringSeq(doc, "reviewChecked");
    if (checked) {
      const already = new Set(checked.items.map(noteText));
      for (const note of moved) if (!already.has(note)) checked.add(doc.createNode(note));
    } else {
      const pairs = doc.contents.items as Pair[];
      const at = pairs.findIndex((pair) => isScalar(pair.key) && pair.key.value === "review");
      pairs.splice(at + 1, 0, doc.createPair("reviewChecked", moved));
    }
    review.items = review.items.filter((node) => {
      const note = noteText(node);
      return note === null || !wanted.has(note);
    });
    if (review.items.length === 0) doc.delete("review");
  }
  if (becomesReviewed) doc.set("reviewed", true);

  let yaml = doc.toString(YAML_OPTIONS).replace(/\n$/, "");
  if (block.crlf) yaml = yaml.replace(/\n/g, "\r\n");
  return {
    text: `${text.slice(0, block.start)}${yaml}${text.slice(block.end)}`,
    moved,
    missing,
    open: open.filter((note): note is string => note !== null),
    reviewed: becomesReviewed,
    changed: true,
  };
}

/** The notes a person has checked in the entry files a source already has (`reviewChecked`). */
export function checkedNotesOf(previous: readonly string[], source: string): Set<string> {
  const checked = new Set<string>();
  for (const text of previous) {
    const { frontmatter } = splitEntryFile(text);
    const cited = (frontmatter?.["source"] as { file?: unknown } | undefined)?.file;
    const notes = frontmatter?.["reviewChecked"];
    if (cited !== source || !Array.isArray(notes)) continue;
    for (const note of notes) if (typeof note === "string") checked.add(note);
  }
  return checked;
}

/**
 * A freshly extracted entry with the notes a person has already checked kept checked: those of
 * its `review` that are in `checked` move to `reviewChecked`, as `npm run review:apply` moved
 * them, so a re-ingest (even --force) neither raises them again nor, when nothing else changed,
 * finds the entry different from its file.
 */
export function carryReviewChecks(data: ReportInput, checked: ReadonlySet<string>): ReportInput {
  const { review: notes = [], ...rest } = data;
  const kept = notes.filter((note) => checked.has(note));
  if (kept.length === 0) return data;
  const open = notes.filter((note) => !checked.has(note));
  // The ingest writes review last; reviewChecked follows it, where review:apply puts it.
  return { ...rest, ...(open.length > 0 ? { review: open } : {}), reviewChecked: kept };
}
