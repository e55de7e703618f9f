import { expect, test } from "vitest";
import { parse } from "yaml";
import { planSource } from "../../../src/lib/ingest/plan";
import { readEntryFile } from "../../../src/lib/entry/parse";
import { renderEntry } from "../../../src/lib/entry/write";
import { applyReviewEntry, carryReviewChecks, checkedNotesOf } from "../../../src/lib/review/apply";
import type { TextBlock } from "../../../src/lib/entry/body";
import type { ReviewPatchEntry } from "../../../src/lib/review/patch";
import type { ReportInput } from "../../../src/schemas/report";
import { reportFixture } from "../report-fixture";

const NOTES = ["原文未注明来源", "本文由同一版面拆分而来，请核对起止", "原文没有任何日期，日期记为 unknown"];

/** An entry as the ingest extracts it, with the given notes. */
const extracted = (review: string[] = NOTES): ReportInput =>
  reportFixture({
    title: "某县召开防汛工作会议",
    date: "unknown",
    source: { name: "未注明", file: "seeds/fixture.txt" },
    ...(review.length > 0 ? { review } : {}),
  });
const BLOCKS: TextBlock[] = [{ kind: "paragraph", text: "会议要求，各乡镇要做好防汛准备。" }];
const rendered = (data: ReportInput): string => renderEntry(data, BLOCKS);

const patchEntry = (checked: string[], complete = false): ReviewPatchEntry => ({
  id: "fixture",
  file: "content/reports/fixture.md",
  source: "seeds/fixture.txt",
  checked,
  complete,
});
const frontmatter = (text: string) => readEntryFile(text).frontmatter;

test("a checked note moves from review to reviewChecked; nothing else in the file changes", () => {
  const before = rendered(extracted());
  const result = applyReviewEntry(before, patchEntry([NOTES[1] ?? ""]));
  expect(result).toMatchObject({
    moved: [NOTES[1]],
    missing: [],
    open: [NOTES[0], NOTES[2]],
    reviewed: false,
    changed: true,
  });
  expect(frontmatter(result.text)).toMatchObject({
    review: [NOTES[0], NOTES[2]],
    reviewChecked: [NOTES[1]],
    reviewed: false,
  });
  // Only the review lines differ: the header comment, every other field and the body are as they were.
  const head = before.slice(0, before.indexOf("review:"));
  const tail = before.slice(before.lastIndexOf("---"));
  expect(result.text).toBe(
    `${head}review:\n  - ${NOTES[0]}\n  - ${NOTES[2]}\nreviewChecked:\n  - ${NOTES[1]}\n${tail}`,
  );
});

test("with every line checked the entry becomes reviewed: true, and the review list goes", () => {
  const result = applyReviewEntry(rendered(extracted()), patchEntry(NOTES, true));
  const data = frontmatter(result.text);
  expect(data).toMatchObject({ reviewed: true, reviewChecked: NOTES });
  expect(data).not.toHaveProperty("review");
  expect(result.reviewed).toBe(true);
});

test("an entry with no note, confirmed as a whole, becomes reviewed: true", () => {
  const result = applyReviewEntry(rendered(extracted([])), patchEntry([], true));
  expect(result).toMatchObject({ changed: true, reviewed: true, moved: [] });
  expect(frontmatter(result.text)).toMatchObject({ reviewed: true });
  expect(frontmatter(result.text)).not.toHaveProperty("reviewChecked");
});

test("a new note raised since the page was built keeps the entry open, though the patch says all were checked", () => {
  const result = applyReviewEntry(rendered(extracted(["未找到标题", ...NOTES])), patchEntry(NOTES, true));
  expect(result).toMatchObject({ reviewed: false, open: ["未找到标题"] });
  expect(frontmatter(result.text)).toMatchObject({ reviewed: false, review: ["未找到标题"] });
});

test("applying twice changes nothing the second time, and says the notes are gone", () => {
  const once = applyReviewEntry(rendered(extracted()), patchEntry([NOTES[0] ?? ""])).text;
  const twice = applyReviewEntry(once, patchEntry([NOTES[0] ?? ""]));
  expect(twice).toMatchObject({ text: once, changed: false, moved: [], missing: [NOTES[0]] });
  const reviewed = applyReviewEntry(rendered(extracted()), patchEntry(NOTES, true)).text;
  expect(applyReviewEntry(reviewed, patchEntry(NOTES, true))).toMatchObject({ changed: false, reviewed: true });
});

test("hand edits, comments, CRLF line ends and a byte-order mark survive", () => {
  const hand =
    "\uFEFF---\r\n# 人工核对过日期\r\ntitle: 手改的标题 # 原文标题有误\r\ndate: 2024-05\r\ndocType: 会议报道\r\n" +
    "source: {name: 某报, file: seeds/fixture.txt}\r\nreview:\r\n  - 原文未注明来源\r\n  - 未找到标题\r\n---\r\n\r\n正文。\r\n";
  const result = applyReviewEntry(hand, patchEntry(["未找到标题"]));
  expect(result.text).toBe(
    "\uFEFF---\r\n# 人工核对过日期\r\ntitle: 手改的标题 # 原文标题有误\r\ndate: 2024-05\r\ndocType: 会议报道\r\n" +
      "source: {name: 某报, file: seeds/fixture.txt}\r\nreview:\r\n  - 原文未注明来源\r\nreviewChecked:\r\n  - 未找到标题\r\n---\r\n\r\n正文。\r\n",
  );
  // Checked again later: appended to the list already there.
  const later = applyReviewEntry(result.text, patchEntry(["原文未注明来源"], true)).text;
  expect(parse(later.replace(/^\uFEFF---\r\n|---\r\n\r\n正文。\r\n$/g, ""))).toMatchObject({
    reviewChecked: ["未找到标题", "原文未注明来源"],
    reviewed: true,
  });
});

test("an entry of another raw file, or one that cannot be read, is refused and left alone", () => {
  const other = rendered({ ...extracted(), source: { name: "未注明", file: "seeds/other.txt" } });
  expect(() => applyReviewEntry(other, patchEntry([NOTES[0] ?? ""]))).toThrow(/不是同一篇报告/);
  expect(() => applyReviewEntry("no frontmatter", patchEntry([]))).toThrow(/没有开头的 ---/);
  expect(() => applyReviewEntry("---\ntitle: [未闭合\n---\n", patchEntry([]))).toThrow(/不是有效的 YAML/);
  expect(() =>
    applyReviewEntry("---\nsource: {file: seeds/fixture.txt}\nreview: 一句话\n---\n", patchEntry(["x"])),
  ).toThrow(/review 不是列表/);
});

test("a checked entry is a hand edit the ingest keeps; rendered with its checks carried it is unchanged", () => {
  const applied = applyReviewEntry(rendered(extracted()), patchEntry([NOTES[1] ?? ""])).text;
  const existing = new Map([["fixture", { filePath: "out/fixture.md", text: applied }]]);
  const ids = { plain: "fixture", distinct: "fixture-0000" };
  const plan = (text: string, force: boolean) =>
    planSource({
      source: "seeds/fixture.txt",
      entries: [{ ids, rendered: text }],
      existing,
      claimed: new Map(),
      force,
    })[0]?.action;
  // The ingest as it was: the applied entry differs from a fresh rendering, so it is kept (or, with --force, lost).
  expect(plan(rendered(extracted()), false)).toBe("kept-exists");
  // With the checks carried over, a fresh rendering of the same extraction is the applied file itself.
  const carried = rendered(carryReviewChecks(extracted(), checkedNotesOf([applied], "seeds/fixture.txt")));
  expect(carried).toBe(applied);
  expect(plan(carried, false)).toBe("unchanged");
  expect(plan(carried, true)).toBe("unchanged");
});

test("with --force and a changed extraction, checked notes stay checked and new ones open", () => {
  const applied = applyReviewEntry(rendered(extracted()), patchEntry([NOTES[0] ?? "", NOTES[2] ?? ""])).text;
  const checked = checkedNotesOf([applied], "seeds/fixture.txt");
  const next = carryReviewChecks(extracted(["未找到标题", NOTES[0] ?? "", NOTES[1] ?? ""]), checked);
  expect(next.review).toEqual(["未找到标题", NOTES[1]]);
  expect(next.reviewChecked).toEqual([NOTES[0]]);
  // All raised notes checked: no review list, and nothing carried into an entry that raised none.
  expect(carryReviewChecks(extracted([NOTES[0] ?? ""]), checked)).toMatchObject({ reviewChecked: [NOTES[0]] });
  expect(carryReviewChecks(extracted([NOTES[0] ?? ""]), checked)).not.toHaveProperty("review");
  expect(carryReviewChecks(extracted([]), checked)).toEqual(extracted([]));
  // Checks of an entry of another raw file are not carried.
  expect(checkedNotesOf([applied], "seeds/other.txt").size).toBe(0);
});
