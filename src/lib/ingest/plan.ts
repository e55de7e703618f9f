import { entryStatus, type EntryStatus } from "../entry/parse";

/**
 * Which id each entry of one raw file gets, and whether the ingest may write it: decisions over
 * what the out folder and the run so far hold, so the CLI only reads and writes. An id belongs to
 * the source its entry cites; no other source takes it over, not even with --force.
 */

/** An entry file already in the out folder. */
export interface ExistingEntry {
  filePath: string;
  text: string;
}

/** The ids an entry may get: entryId, and distinctEntryId for when another source holds that one. */
export interface CandidateIds {
  plain: string;
  distinct: string;
}

/** What the ingest does with one entry. */
export type EntryAction = "write" | "unchanged" | "kept-reviewed" | "kept-exists";

/** The plain id of an entry is held by another source, so the entry gets its distinct id. */
export interface IdClash {
  /** The plain id. */
  id: string;
  /** The raw file whose entry holds it. */
  heldBy: string;
  /** That entry's file, or null when an earlier input of this run took the id and it is not on disk (--dry-run). */
  entryFile: string | null;
}

/** One entry's id, what happens to it, and the clash that gave it a distinct id, if any. */
export interface PlannedEntry {
  id: string;
  action: EntryAction;
  clash: IdClash | null;
}

/** An entry of the source to plan: its candidate ids and rendered text (and whatever the caller carries along). */
export interface EntryToPlan {
  ids: CandidateIds;
  rendered: string;
}

/** Everything the plan of one raw file depends on. */
export interface SourcePlanInput<E extends EntryToPlan> {
  /** The raw file as its entries cite it (source.file). */
  source: string;
  /** The source's entries, in page order. */
  entries: readonly E[];
  /** The entry files found at any candidate id. */
  existing: ReadonlyMap<string, ExistingEntry>;
  /** Ids taken by earlier inputs of this run, with the source of each. */
  claimed: ReadonlyMap<string, string>;
  force: boolean;
}

/**
 * The id and action of each entry of one source. An entry keeps the id its source already holds,
 * else takes its plain id when free, else its distinct id. Throws (the input is then refused) when
 * an entry at one of its ids cannot be read, or when both ids are held by other sources.
 */
export function planSource<E extends EntryToPlan>({
  source,
  entries,
  existing,
  claimed,
  force,
}: SourcePlanInput<E>): (E & PlannedEntry)[] {
  const statusOf = (entry: ExistingEntry): EntryStatus => {
    try {
      return entryStatus(entry.text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const advice = "fix it by hand: the ingest never rewrites an entry it cannot read";
      throw new Error(`${entry.filePath}: ${reason} (${advice})`, { cause: error });
    }
  };
  const holderOf = (id: string): IdClash | null => {
    const entry = existing.get(id) ?? null;
    const heldBy = claimed.get(id) ?? (entry ? statusOf(entry).sourceFile : null);
    return heldBy === null ? null : { id, heldBy, entryFile: entry?.filePath ?? null };
  };
  const chooseId = ({ plain, distinct }: CandidateIds): { id: string; clash: IdClash | null } => {
    const plainHolder = holderOf(plain);
    if (plainHolder === null || plainHolder.heldBy === source) {
      // A distinct id given on an earlier run stays, though the plain id has been freed since.
      if (plainHolder === null && holderOf(distinct)?.heldBy === source) return { id: distinct, clash: null };
      return { id: plain, clash: null };
    }
    const distinctHolder = holderOf(distinct);
    if (distinctHolder !== null && distinctHolder.heldBy !== source) {
      throw new Error(
        `the ids ${plain} and ${distinct} are held by entries of ${plainHolder.heldBy} and ${distinctHolder.heldBy}; rename ${source}`,
      );
    }
    return { id: distinct, clash: plainHolder };
  };
  // Never a reviewed entry is replaced, an edited one only with --force.
  const actionFor = (entry: ExistingEntry | undefined, rendered: string): EntryAction => {
    if (entry === undefined) return "write";
    if (statusOf(entry).reviewed) return "kept-reviewed";
    if (entry.text === rendered) return "unchanged";
    return force ? "write" : "kept-exists";
  };
  return entries.map((entry) => {
    const { id, clash } = chooseId(entry.ids);
    return { ...entry, id, clash, action: actionFor(existing.get(id), entry.rendered) };
  });
}
