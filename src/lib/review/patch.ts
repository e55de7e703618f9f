/**
 * The review marks a reviewer sets on the 待审核 page, and the file they download to commit them
 * (审核记录-YYYY-MM-DD.json): which notes of which entry were checked. The site stays static — the
 * browser keeps the marks (localStorage) and hands them over as this file; `npm run review:apply`
 * (src/lib/review/apply.ts) writes them into the entry files. Pure data in, data out: the page's
 * script and the CLI share it.
 */

/** The `format` of a review patch file, so that no other JSON is taken for one. */
export const REVIEW_PATCH_FORMAT = "policy-kb/review";
/** The version of the format this code reads and writes. */
export const REVIEW_PATCH_VERSION = 1;

/** What the browser keeps of one entry's marks: enough to build the patch from any page of the list. */
export interface EntryMarks {
  /** The entry file the site was built from (content/reports/d05.md). */
  file: string;
  /** The raw file the entry cites (`source.file`): the patch applies to that report only. */
  source: string;
  /** Every checklist line listed for the entry, by note ("" for the line of an entry with no note). */
  notes: string[];
  /** The lines marked checked. */
  checked: string[];
}

/** Marks by entry id. */
export type ReviewMarks = Readonly<Record<string, EntryMarks>>;

/** One entry of a review patch. */
export interface ReviewPatchEntry {
  /** The entry id (its file name without `.md`). */
  id: string;
  /** The entry file as the site was built from it. */
  file: string;
  /** `source.file` of the entry, checked before anything is written. */
  source: string;
  /** Notes of `review` checked by the reviewer, as written there. */
  checked: string[];
  /** Every line listed for the entry was checked: the entry becomes `reviewed: true`. */
  complete: boolean;
}

/** A downloaded review patch. */
export interface ReviewPatch {
  format: typeof REVIEW_PATCH_FORMAT;
  version: typeof REVIEW_PATCH_VERSION;
  /** When it was downloaded (ISO date-time, the reader's clock). */
  made: string;
  /** The address of the review page it was made on. */
  page: string;
  entries: ReviewPatchEntry[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

const isEntryMarks = (value: unknown): value is EntryMarks => {
  if (typeof value !== "object" || value === null) return false;
  const { file, source, notes, checked } = value as Record<string, unknown>;
  return typeof file === "string" && typeof source === "string" && isStringArray(notes) && isStringArray(checked);
};

/** Marks as stored in the browser; anything unreadable (an older format, a hand edit) is dropped, never thrown. */
export function parseStoredMarks(text: string | null): ReviewMarks {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, marks]) => isEntryMarks(marks)));
}

/** The entry as listed on a page: its file, its source and its checklist's notes. */
export type EntryListing = Omit<EntryMarks, "checked">;

/**
 * The marks with one line set or cleared. The listing is the page's: a mark on a note no longer
 * listed (the entry was rebuilt since) is dropped, and an entry with nothing checked is forgotten.
 */
export function setMark(marks: ReviewMarks, id: string, listing: EntryListing, note: string, on: boolean): ReviewMarks {
  const before = new Set(marks[id]?.checked ?? []);
  if (on) before.add(note);
  else before.delete(note);
  return withListing(marks, id, listing, before);
}

/** The marks with an entry's checked lines brought in line with what the page lists now. */
export function syncListing(marks: ReviewMarks, id: string, listing: EntryListing): ReviewMarks {
  const stored = marks[id];
  return stored ? withListing(marks, id, listing, new Set(stored.checked)) : marks;
}

function withListing(marks: ReviewMarks, id: string, listing: EntryListing, checked: Set<string>): ReviewMarks {
  const kept = listing.notes.filter((note) => checked.has(note));
  const others = Object.fromEntries(Object.entries(marks).filter(([other]) => other !== id));
  return kept.length > 0 ? { ...others, [id]: { ...listing, notes: [...listing.notes], checked: kept } } : others;
}

/** The marks of entries still awaiting review: an entry reviewed since (applied and rebuilt) is forgotten. */
export function keepPending(marks: ReviewMarks, pending: ReadonlySet<string>): ReviewMarks {
  const kept = Object.entries(marks).filter(([id]) => pending.has(id));
  return kept.length === Object.keys(marks).length ? marks : Object.fromEntries(kept);
}

/** How many lines are marked, in how many entries. */
export function countMarks(marks: ReviewMarks): { lines: number; entries: number } {
  const all = Object.values(marks);
  return { lines: all.reduce((sum, entry) => sum + entry.checked.length, 0), entries: all.length };
}

/** The patch to download: every entry with a mark, in id order. */
export function buildReviewPatch(marks: ReviewMarks, { made, page }: { made: string; page: string }): ReviewPatch {
  const entries = Object.entries(marks)
    .filter(([, entry]) => entry.checked.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, entry]) => ({
      id,
      file: entry.file,
      source: entry.source,
      checked: entry.checked.filter((note) => note !== ""),
      complete: entry.notes.every((note) => entry.checked.includes(note)),
    }));
  return { format: REVIEW_PATCH_FORMAT, version: REVIEW_PATCH_VERSION, made, page, entries };
}

/** The patch as a file: readable JSON, one field a line, ending in a newline. */
export function reviewPatchText(patch: ReviewPatch): string {
  return `${JSON.stringify(patch, null, 2)}\n`;
}

/** The name the patch is downloaded under. */
export function reviewPatchFileName(day: string): string {
  return `审核记录-${day}.json`;
}

/** Ids as the ingest makes them, and as Astro slugs them: never a path. */
const EntryIdRE = /^[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_-]+)*$/u;

/** A review patch read from its file; an error saying what is wrong when it is not one. */
export function parseReviewPatch(text: string): ReviewPatch {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`不是审核记录文件（不是 JSON：${error instanceof Error ? error.message : String(error)}）`, {
      cause: error,
    });
  }
  const patch = value as Partial<ReviewPatch> | null;
  if (typeof patch !== "object" || patch === null || patch.format !== REVIEW_PATCH_FORMAT)
    throw new Error(`不是审核记录文件（缺少 "format": "${REVIEW_PATCH_FORMAT}"）`);
  if (patch.version !== REVIEW_PATCH_VERSION)
    throw new Error(
      `审核记录的版本是 ${String(patch.version)}，本程序只认版本 ${REVIEW_PATCH_VERSION}；请更新网站代码`,
    );
  if (!Array.isArray(patch.entries)) throw new Error("审核记录缺少 entries 列表");
  const entries = patch.entries.map((entry: unknown, index): ReviewPatchEntry => {
    const { id, file, source, checked, complete } = (entry ?? {}) as Partial<ReviewPatchEntry>;
    if (typeof id !== "string" || !EntryIdRE.test(id)) throw new Error(`第 ${index + 1} 条的 id 不是条目编号`);
    if (
      typeof file !== "string" ||
      typeof source !== "string" ||
      !isStringArray(checked) ||
      typeof complete !== "boolean"
    )
      throw new Error(`第 ${index + 1} 条（${id}）缺少 file、source、checked 或 complete`);
    return { id, file, source, checked, complete };
  });
  return {
    format: REVIEW_PATCH_FORMAT,
    version: REVIEW_PATCH_VERSION,
    made: typeof patch.made === "string" ? patch.made : "",
    page: typeof patch.page === "string" ? patch.page : "",
    entries,
  };
}
