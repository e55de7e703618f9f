/**
 * npm run review:apply -- 审核记录-2025-06-30.json [more files] [--dir content/reports] [--dry-run]
 *
 * Writes the marks downloaded from the 待审核 page into the entry files: each checked note moves
 * from `review` to `reviewChecked`, and an entry whose every line was checked is set
 * `reviewed: true`. Nothing else in a file changes. An entry that cannot be found, read, or that
 * cites another raw file than the patch is left alone with a message; the exit code is then 1.
 * Rebuild afterwards (npm run build, or npm start) and commit content/reports.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ReportSchema } from "../src/schemas/report.ts";
import { readEntryFile } from "../src/lib/entry/parse.ts";
import { readExistingEntry, REPORTS_DIR, writeAtomically } from "../src/lib/entry/files.ts";
import { applyReviewEntry } from "../src/lib/review/apply.ts";
import { parseReviewPatch, type ReviewPatchEntry } from "../src/lib/review/patch.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: "string", default: REPORTS_DIR },
    "dry-run": { type: "boolean", default: false },
  },
});

interface Tally {
  changed: number;
  unchanged: number;
  failed: number;
}

/** The line printed for an entry the patch changed or left alone. */
function describe(id: string, result: ReturnType<typeof applyReviewEntry>): string {
  const parts: string[] = [];
  if (result.moved.length > 0) parts.push(`${result.moved.length} 条已核对`);
  if (result.reviewed) parts.push(result.changed ? "全部核对完毕，设为 reviewed: true" : "已审核，未改动");
  else if (result.open.length > 0) parts.push(`还有 ${result.open.length} 条待核对`);
  if (!result.changed && !result.reviewed) parts.push("没有要改的");
  const line = `${id}: ${parts.join("；")}`;
  const stale = result.missing.map((note) => `\n  ！「${note}」已不在 review 中（已应用过，或条目已重新生成），跳过`);
  return line + stale.join("");
}

async function applyEntry(entry: ReviewPatchEntry, tally: Tally): Promise<void> {
  const found = await readExistingEntry(values.dir, entry.id);
  if (!found) {
    tally.failed += 1;
    console.error(`✖ ${entry.id}: 在 ${values.dir} 中找不到条目文件（审核时是 ${entry.file}）`);
    return;
  }
  try {
    const result = applyReviewEntry(found.text, entry);
    if (result.changed) {
      // What the build would refuse is never written.
      const checked = ReportSchema.safeParse(readEntryFile(result.text).frontmatter);
      if (!checked.success) {
        const problems = checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
        throw new Error(`改后的条目不符合条目格式（${problems}），请先手工改正`);
      }
      if (!values["dry-run"]) await writeAtomically(found.filePath, result.text);
      tally.changed += 1;
    } else {
      tally.unchanged += 1;
    }
    console.log(describe(found.filePath, result));
  } catch (error) {
    tally.failed += 1;
    console.error(`✖ ${found.filePath}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<void> {
  if (positionals.length === 0) {
    console.error("用法: npm run review:apply -- 审核记录-日期.json [更多文件] [--dir content/reports] [--dry-run]");
    process.exitCode = 2;
    return;
  }
  const tally: Tally = { changed: 0, unchanged: 0, failed: 0 };
  // npm runs scripts in the repository; a file named from elsewhere is where the user stood.
  const here = process.env["INIT_CWD"] ?? process.cwd();
  for (const file of positionals.map((name) => path.resolve(here, name))) {
    let entries: ReviewPatchEntry[];
    try {
      entries = parseReviewPatch(await readFile(file, "utf-8")).entries;
    } catch (error) {
      tally.failed += 1;
      console.error(`✖ ${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    console.log(`${file}: ${entries.length} 篇`);
    for (const entry of entries) await applyEntry(entry, tally);
  }
  const dry = values["dry-run"] ? "（试运行，未写入）" : "";
  console.log(`合计：改动 ${tally.changed} 篇，未改动 ${tally.unchanged} 篇，失败 ${tally.failed} 篇${dry}`);
  if (tally.changed > 0 && !values["dry-run"])
    console.log(`下一步：npm run build（或 npm start）重新构建，核对无误后提交 ${values.dir} 的改动。`);
  if (tally.failed > 0) process.exitCode = 1;
}

await main();
