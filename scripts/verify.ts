/**
 * npm run verify: every entry's text still matches the raw file it came from — nothing lost or
 * altered by cleaning but the junk removed, which it lists. Removed lines that have sentence
 * punctuation (a cut tail or a site outline holds some) and sources that do not read as Chinese
 * in the encoding they were decoded from are flagged (⚠) for review, not failed.
 * Entries are grouped by source.file; entries whose source is not in the repository are reported
 * and skipped.
 */
import { readFile } from "node:fs/promises";
import { entryBodyToPlainText } from "../src/lib/entry/body.ts";
import { decodeBytes, plausibleShare } from "../src/lib/text/decode.ts";
import { verifySource, type EntryText } from "../src/lib/ingest/verify.ts";
import { unregisteredUnits, type UnitsFile } from "../src/lib/ingest/unit-registry.ts";
import { entryFrontmatter, REPORTS_DIR, readEntryFiles } from "../src/lib/entry/files.ts";
import { splitEntryFile } from "../src/lib/entry/parse.ts";

const showJunk = process.argv.includes("--junk");
/** Sources read right score above 0.97; Big5 read as GB18030 scores 0.4–0.6. */
const MIN_READABLE_SHARE = 0.9;

const registry = JSON.parse(await readFile("content/taxonomy/units.json", "utf-8")) as UnitsFile;
const unknownUnits: string[] = [];
const bySource = new Map<string, EntryText[]>();
const unreadable: string[] = [];
for (const file of await readEntryFiles(REPORTS_DIR)) {
  const { id, name, text } = file;
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = entryFrontmatter(file);
  } catch (error) {
    // A hand edit that broke the YAML: name the file and go on with the others.
    unreadable.push(error instanceof Error ? error.message : String(error));
    continue;
  }
  const { body } = splitEntryFile(text);
  const data = frontmatter as {
    title: string;
    source: { file: string };
    units?: string[];
    measures?: { units?: string[] }[];
  };
  for (const unit of unregisteredUnits(registry, data))
    unknownUnits.push(`${name}: unit "${unit}" is not in content/taxonomy/units.json`);
  const list = bySource.get(data.source.file) ?? [];
  list.push({ id, title: data.title, body: entryBodyToPlainText(body) });
  bySource.set(data.source.file, list);
}

let failures = 0;
let flagged = 0;
for (const [file, entries] of bySource) {
  const raw = await readFile(file).catch(() => null);
  if (!raw) {
    console.log(`${file}: source not found; ${entries.length} entries not verified`);
    continue;
  }
  const { text, encoding } = decodeBytes(raw);
  const result = verifySource(text, entries);
  const ok = result.altered.length === 0 && result.lost.length === 0;
  if (!ok) failures += 1;
  console.log(
    `${ok ? "✔" : "✖"} ${file}: ${entries.length} ${entries.length === 1 ? "entry" : "entries"}, ${result.altered.length} altered lines, ${result.lost.length} lost lines, ${result.junk.length} junk lines (${result.prose.length} with sentence punctuation) and ${result.pinyinArtefacts} pinyin artefacts removed`,
  );
  for (const { id, line } of result.altered) console.log(`    altered in ${id}: ${line}`);
  for (const line of result.lost) console.log(`    lost: ${line}`);
  // Entries are checked against the same decoding, so a wrong one passes above: check that it reads.
  const share = plausibleShare(text);
  if (share < MIN_READABLE_SHARE) {
    flagged += 1;
    console.log(`    ⚠ read as ${encoding}, only ${Math.round(share * 100)}% reads as common Chinese: mojibake?`);
  }
  flagged += result.prose.length;
  for (const line of result.prose) console.log(`    ⚠ removed as junk, but has sentence punctuation: ${line}`);
  if (showJunk) for (const line of result.junk) console.log(`    junk: ${line}`);
}
for (const problem of [...unreadable, ...unknownUnits]) console.log(`✖ ${problem}`);
console.log(
  `verify: ${bySource.size} sources, ${failures} with differences, ${unreadable.length} unreadable entries, ${unknownUnits.length} unregistered units, ${flagged} warnings to review (⚠)${showJunk ? "" : " (--junk lists all removed lines)"}`,
);
if (failures > 0 || unreadable.length > 0 || unknownUnits.length > 0) process.exitCode = 1;
