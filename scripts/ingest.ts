/**
 * npm run ingest -- <file or folder>... [--out content/reports] [--dry-run] [--force] [--region 河南省/洛阳市]
 *
 * Reads raw report texts and saved web pages, writes one Markdown entry per article. Existing entries
 * are kept unless --force, and an entry marked `reviewed: true`, one that cannot be read, or one
 * citing another raw file is never rewritten: a source whose plain id another source holds (two
 * report.txt in different folders) gets a distinct id, with a line naming both. A file from
 * outside the repository is first archived, byte for byte, in seeds/ (--archive), so that every
 * entry cites a raw file that travels with the site.
 */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Region } from "../src/schemas/report.ts";
import { decodeBytes, DecodeError } from "../src/lib/text/decode.ts";
import { readRecords } from "../src/lib/text/record.ts";
import { extractPage } from "../src/lib/extract/page.ts";
import { gazetteer } from "../src/lib/extract/gazetteer.ts";
import { distinctEntryId, entryId } from "../src/lib/entry/id.ts";
import { renderEntry } from "../src/lib/entry/write.ts";
import { readExistingEntry, REPORTS_DIR, writeAtomically, writeEntryFile } from "../src/lib/entry/files.ts";
import { registerUnits, type UnitsFile } from "../src/lib/ingest/unit-registry.ts";
import { planSource, type ExistingEntry } from "../src/lib/ingest/plan.ts";
import { carryReviewChecks, checkedNotesOf } from "../src/lib/review/apply.ts";

/** Units of the entries written in this run, registered at the end in the units file beside --out. */
const writtenUnits = new Set<string>();
/** Ids taken by the inputs so far, with the source each cites: a dry run writes nothing to find. */
const claimed = new Map<string, string>();

/** Reports are rarely over 1 MB; far larger files are logs or dumps, not a report. */
const MAX_BYTES = 32 * 1024 * 1024;
/** Extensions of data files that are reports only when they hold database records. */
const EXPORT_EXTENSIONS = new Set([".json", ".js", ".sql", ".csv", ".tsv", ".xml"]);
/**
 * The files a folder's reports come in: text, pages (saved whole as .mht/.mhtml, or as a server
 * template) and database exports. Others in a folder (images, .docx) are listed as skipped.
 */
const INPUT_EXTENSIONS = new Set([
  ".txt",
  ".text",
  ".html",
  ".htm",
  ".shtml",
  ".xhtml",
  ".mht",
  ".mhtml",
  ".jsp",
  ".asp",
  ".aspx",
  ".php",
  ...EXPORT_EXTENSIONS,
]);

interface Tally {
  written: number;
  unchanged: number;
  kept: number;
  refused: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: REPORTS_DIR },
    "dry-run": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    region: { type: "string" },
    quiet: { type: "boolean", default: false },
    archive: { type: "string", default: "seeds" },
  },
});

/** --region 河南省/洛阳市/涧西区, or just 洛阳市: each part placed by the gazetteer. */
function parseRegion(value: string | undefined): Region | undefined {
  if (!value) return undefined;
  const region: Region = {};
  const { byForm } = gazetteer();
  for (const part of value.split(/[/,，、\s]+/).filter(Boolean)) {
    const place = byForm.get(part)?.[0];
    if (place?.level === "province") region.province = place.name;
    else if (place?.level === "city") {
      region.city = place.name;
      region.province ??= place.province;
    } else if (place?.level === "county") {
      region.district = place.name;
      region.city ??= place.city ?? "";
      region.province ??= place.province;
    } else if (/省|自治区$/.test(part)) region.province = part;
    else if (/市$/.test(part) && !region.city) region.city = part;
    else region.district = part;
  }
  return region;
}

/** Whether a data file in a folder holds records with an article (an export), not settings or code. */
async function holdsRecords(file: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => null);
  if (!bytes || bytes.length === 0 || bytes.length > MAX_BYTES) return true; // refused below, with the reason
  try {
    return readRecords(decodeBytes(bytes).text).length > 0;
  } catch {
    return true; // undecodable: refused below, with the reason
  }
}

/** Expands folders into their report files, sorted, and the names skipped; files are taken as given. */
async function inputFiles(paths: string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const input of paths) {
    const info = await stat(input).catch(() => null);
    if (!info) {
      files.push(input); // reported as refused below, with the reason
    } else if (info.isDirectory()) {
      for (const name of (await readdir(input)).sort()) {
        const file = path.join(input, name);
        const extension = path.extname(name).toLowerCase();
        // A site's script or settings file sits beside exports in a folder: only one holding records is a report.
        if (EXPORT_EXTENSIONS.has(extension) && !(await holdsRecords(file))) skipped.push(file);
        else if (INPUT_EXTENSIONS.has(extension)) files.push(file);
        else if (!name.startsWith(".") && (await stat(file)).isFile()) skipped.push(file);
      }
    } else {
      files.push(input);
    }
  }
  return { files, skipped };
}

/** A path relative to the repository (the working folder). */
const inRepository = (file: string): string => path.relative(process.cwd(), path.resolve(file));
/** A path as entries cite it: relative to the repository, with forward slashes. */
const cite = (file: string): string => inRepository(file).split(path.sep).join("/");
const isOutsideRepository = (file: string): boolean => {
  const relative = inRepository(file);
  return relative.startsWith("..") || path.isAbsolute(relative);
};

/**
 * The raw file an entry cites: the input itself when it is in the repository, else its copy in
 * the archive folder, made once and never edited (the same name, or name-2.txt … when another file
 * already has that name). `copy` is false when that copy already exists.
 */
async function archiveTarget(file: string, bytes: Buffer): Promise<{ source: string; copy: boolean }> {
  if (!isOutsideRepository(file)) return { source: file, copy: false };
  const { name: stem, ext } = path.parse(file);
  for (let copy = 1; ; copy += 1) {
    const target = path.join(path.resolve(values.archive), copy === 1 ? `${stem}${ext}` : `${stem}-${copy}${ext}`);
    const existing = await readFile(target).catch(() => null);
    if (existing === null) return { source: target, copy: true };
    if (existing.equals(bytes)) return { source: target, copy: false };
  }
}

async function ingestFile(file: string, outDir: string, region: Region | undefined, tally: Tally): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new DecodeError("no such file");
  if (info.size > MAX_BYTES) {
    throw new DecodeError(
      `the file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the ingest reads at most ${MAX_BYTES / 1024 / 1024} MB (split it into reports first)`,
    );
  }
  const bytes = await readFile(file);
  const { text, encoding, container, savedFrom } = decodeBytes(bytes);
  const { source, copy } = await archiveTarget(file, bytes);
  const cited = cite(source);
  if (isOutsideRepository(source))
    throw new DecodeError(
      `the archive folder ${values.archive} is outside the repository; entries must cite files inside it`,
    );
  const page = extractPage(text, { file: cited, ...(region ? { region } : {}), ...(savedFrom ? { savedFrom } : {}) });
  if (page.entries.length === 0) throw new DecodeError("no article text found after removing page chrome");
  const name = path.basename(source);
  const candidates = page.entries.map((entry) => ({
    entry,
    ids: { plain: entryId(name, entry.part), distinct: distinctEntryId(name, entry.part, cited) },
  }));
  const existing = new Map<string, ExistingEntry>();
  for (const id of candidates.flatMap(({ ids }) => [ids.plain, ids.distinct])) {
    const found = await readExistingEntry(outDir, id);
    if (found) existing.set(id, found);
  }
  // A note a person has checked (npm run review:apply) stays checked when the entry is rewritten.
  const entries = candidates.map(({ entry, ids }) => {
    const previous = [ids.plain, ids.distinct].flatMap((id) => existing.get(id)?.text ?? []);
    const data = carryReviewChecks(entry.data, checkedNotesOf(previous, cited));
    return { entry, ids, rendered: renderEntry(data, entry.blocks) };
  });
  // Planned before anything is written, so a refused input leaves no archive copy and no entry.
  const plan = planSource({ source: cited, entries, existing, claimed, force: values.force });
  if (copy && !values["dry-run"]) {
    await mkdir(path.dirname(source), { recursive: true });
    await writeFile(source, bytes, { flag: "wx" });
  }
  const done: string[] = [];
  for (const { entry, rendered, id, action, clash } of plan) {
    claimed.set(id, cited);
    // Printed even with --quiet: a clash is never silent.
    if (clash) {
      console.warn(
        `${file}: the id "${clash.id}" is taken by ${clash.heldBy} (${clash.entryFile ?? "an earlier input"}); its entry is ${id}`,
      );
    }
    if (action === "kept-reviewed") {
      tally.kept += 1;
      done.push(`${id} kept (reviewed)`);
    } else if (action === "unchanged") {
      tally.unchanged += 1;
      done.push(`${id} unchanged`);
    } else if (action === "kept-exists") {
      tally.kept += 1;
      done.push(`${id} kept (exists; --force rewrites it)`);
    } else {
      if (!values["dry-run"]) await writeEntryFile(outDir, id, rendered);
      for (const unit of [
        ...(entry.data.units ?? []),
        ...(entry.data.measures ?? []).flatMap((measure) => measure.units ?? []),
      ]) {
        writtenUnits.add(unit);
      }
      tally.written += 1;
      done.push(`${id} ${values["dry-run"] ? "would be written" : "written"}`);
    }
  }
  const notes = page.entries.reduce((sum, entry) => sum + (entry.data.review?.length ?? 0), 0);
  const archived = source === file ? "" : ` archived as ${cited};`;
  return `${file}:${archived} ${page.entries.length} ${page.entries.length === 1 ? "entry" : "entries"} [${container ? `${container}, ` : ""}${encoding}, ${page.removed.length} junk lines removed, ${notes} review notes] — ${done.join(", ")}`;
}

async function main(): Promise<void> {
  if (positionals.length === 0) {
    console.error(
      "usage: npm run ingest -- <file or folder>... [--out content/reports] [--dry-run] [--force] [--region 省/市/区]",
    );
    process.exitCode = 2;
    return;
  }
  const outDir = values.out;
  if (!values["dry-run"]) await mkdir(outDir, { recursive: true });
  const region = parseRegion(values.region);
  const tally: Tally = { written: 0, unchanged: 0, kept: 0, refused: 0 };
  const { files, skipped } = await inputFiles(positionals);
  if (skipped.length > 0)
    console.log(
      `skipped ${skipped.length} ${skipped.length === 1 ? "file" : "files"} of no report type (${[...INPUT_EXTENSIONS].join(" ")}; data files only when they hold database records): ${skipped.join(", ")}`,
    );
  for (const file of files) {
    try {
      const line = await ingestFile(file, outDir, region, tally);
      if (!values.quiet) console.log(line);
    } catch (error) {
      tally.refused += 1;
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`${file}: refused — ${reason}`);
    }
  }
  // content/reports → content/taxonomy/units.json; an --out elsewhere has no registry to update.
  const unitsFile = path.join(outDir, "..", "taxonomy", "units.json");
  const current = await readFile(unitsFile, "utf-8").catch(() => null);
  if (!values["dry-run"] && writtenUnits.size > 0 && current !== null) {
    const { file, added } = registerUnits(JSON.parse(current) as UnitsFile, writtenUnits);
    if (added.length > 0) {
      await writeAtomically(unitsFile, `${JSON.stringify(file, null, 2)}\n`);
      console.log(`${added.length} new units registered in ${unitsFile}: ${added.join("、")}`);
    }
  }
  console.log(
    `total: ${tally.written} written, ${tally.unchanged} unchanged, ${tally.kept} kept, ${tally.refused} refused${values["dry-run"] ? " (dry run: nothing written)" : ""}`,
  );
  if (tally.refused > 0) process.exitCode = 1;
}

await main();
