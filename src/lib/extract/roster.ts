import surnamesData from "../../../content/taxonomy/surnames.json" with { type: "json" };
import type { Leader } from "../../schemas/report";
import type { RosterField } from "../text/clean";
import { simplifyChars } from "../text/script";
import { isPlausibleName, surnameOf } from "./leaders";

/**
 * A meeting record's roster fields (Taiwan's city governments publish every 市政會議 so): the label
 * on a line of its own (主席, 出席, 列席) and its names on the next, separated by spaces, often with
 * each character spaced out (林 嘉 誠     白 秀 雄) and a two-character name padded to the width of
 * three (陳  菊, 廖 鯉). Absences (游錫涇公假) and deputies (郭吉仁陳華泰代: 陳華泰 for 郭吉仁) are
 * written into the list. The cleaning reads the fields (text/clean.ts); this reads their names.
 */

/** A value that can be a roster: Han characters and spaces only. */
const RosterValueRE = /^[ \t\u3000]*\p{Script=Han}+(?:[ \t\u3000]+\p{Script=Han}+)*[ \t\u3000]*$/u;
/** An office in a given name's place: 陈 市 长, 林主秘, 陈秘书, 游召集人 give an office, not a name. */
const OfficeCharRE = /[市县区长局处委府部厅主秘课召股]/;
/** How common a surname is: the list runs from the commonest (王, 李, 张) down. */
const SURNAME_RANK: ReadonlyMap<string, number> = new Map(surnamesData.single.map((surname, rank) => [surname, rank]));
const SURNAME_COUNT = surnamesData.single.length;
/** What a record writes after a name that did not come. */
const ABSENCE = "公假|请假|事假|病假|公出|出国";
const AbsenceRE = new RegExp(`^(?:${ABSENCE})$`, "u");
/** A deputy written after the name it stands in for: …陈华泰代. */
const DeputyRE = /^(\p{Script=Han}{2,3})代$/u;
/** The note after a name: 公假, or a deputy's name and 代. */
const NOTE = `${ABSENCE}|\\p{Script=Han}{2,3}代`;
const NoteTailRE = new RegExp(`(?:${NOTE})$`, "u");
/** A whole name with its note after it: 游锡泾公假, 郭吉仁陈华泰代. */
const NotedNameRE = new RegExp(`^(\\p{Script=Han}{2,3}?)(${NOTE})$`, "u");

const surnameLength = (name: string): number => surnameOf(name)?.length ?? 0;

interface SpacedChar {
  char: string;
  /** Spaces before it in the line. */
  gap: number;
  /** Written right after it: 公假, or a deputy's name and 代. */
  note?: string;
}

/**
 * Names out of characters spaced one by one: each name opens with a surname and runs two or three
 * characters (four with a compound one); of the ways to cut, the one whose names end at the widest
 * gaps and keep no wide gap inside wins, a padded pair (陳  菊) counting as one name.
 */
function spacedNames(chars: readonly SpacedChar[]): { name: string; last: number }[] | null {
  const best: ({ score: number; names: { name: string; last: number }[] } | null)[] = [{ score: 0, names: [] }];
  for (let end = 1; end <= chars.length; end += 1) {
    best[end] = null;
    for (const length of [2, 3, 4]) {
      const start = end - length;
      const before = start >= 0 ? best[start] : null;
      if (!before) continue;
      const piece = chars.slice(start, end);
      const name = piece.map((spaced) => spaced.char).join("");
      const surname = surnameLength(name);
      if (surname === 0 || name.length - surname < 1 || name.length - surname > 2) continue;
      if (OfficeCharRE.test(name.slice(surname))) continue;
      // A note closes a name: nothing of the same name follows it.
      if (piece.slice(0, -1).some((spaced) => spaced.note)) continue;
      const inside = piece.slice(1).map((spaced) => spaced.gap);
      const widest = Math.max(...inside);
      const gapBefore = piece[0]?.gap ?? 0;
      const padded = length === 2 && inside[0] === 2;
      // (林 全 张 景 森: a common surname, 张, opens a name sooner than a rare one, 景.)
      const commonness = 1 - (SURNAME_RANK.get(name.slice(0, 1)) ?? SURNAME_COUNT) / SURNAME_COUNT;
      const score =
        before.score +
        (start === 0 || gapBefore >= 2 ? 2 : 0) -
        (widest >= 3 || (widest === 2 && !padded) ? 5 : 0) +
        (length === 3 || padded ? 1 : 0) +
        commonness / 2;
      const current = best[end];
      if (!current || score > current.score) best[end] = { score, names: [...before.names, { name, last: end - 1 }] };
    }
  }
  return best[chars.length]?.names ?? null;
}

/** The names a roster value lists, absentees left out and deputies in their principal's place. */
export function rosterNames(value: string): string[] {
  if (!RosterValueRE.test(value)) return [];
  const pieces = [...value.matchAll(/([ \t\u3000]*)(\p{Script=Han}+)/gu)].map((match) => ({
    gap: (match[1] ?? "").length,
    text: match[2] ?? "",
  }));
  const names: string[] = [];
  const keep = (name: string, note: string | undefined): void => {
    if (note && AbsenceRE.test(note)) return;
    const deputy = note ? DeputyRE.exec(note)?.[1] : undefined;
    const present = deputy ?? name;
    if (!names.includes(present)) names.push(present);
  };
  const spaced = pieces.filter((piece) => piece.text.length === 1).length > pieces.length / 2;
  if (spaced) {
    // 游 锡 涇公假: a piece longer than one character is a character of the name and a note after it.
    const chars = pieces.map((piece) => ({
      char: piece.text.slice(0, 1),
      gap: piece.gap,
      ...(piece.text.length > 1 ? { note: piece.text.slice(1) } : {}),
    }));
    const cut = spacedNames(chars);
    if (!cut) return [];
    for (const { name, last } of cut) keep(name, chars[last]?.note);
    return names;
  }
  // 欧晋德 白秀雄 廖 鲤: whole names, a two-character one padded into two pieces. Most pieces must read
  // as names (not 原民会 卫生所, 郑州 开封, 班子成员, 纪录), or the line is no roster.
  const plausible = pieces.filter((piece) => isPlausibleName(piece.text.replace(NoteTailRE, "")));
  const paddedPairs = pieces.filter((piece) => piece.text.length === 1).length / 2;
  if (plausible.length + paddedPairs < pieces.length * 0.6) return [];
  for (let index = 0; index < pieces.length; index += 1) {
    const text = pieces[index]?.text ?? "";
    const next = pieces[index + 1]?.text ?? "";
    if (text.length === 1 && next.length === 1 && surnameLength(text) === 1) {
      keep(text + next, undefined);
      index += 1;
      continue;
    }
    const note = NotedNameRE.exec(text);
    if (note && surnameLength(text) > 0) keep(note[1] ?? "", note[2]);
    else if (isPlausibleName(text) && text.length <= 4 && !OfficeCharRE.test(text.slice(1))) keep(text, undefined);
  }
  return names;
}

/**
 * The leaders a record's roster fields name: the chair (主席) chairs, those present (出席) and in
 * attendance (列席) attend. A chair given only by office (陈 市 长) names no one.
 */
export function rosterLeaders(fields: readonly RosterField[]): Leader[] {
  const leaders: Leader[] = [];
  // A 主席 field alone is a post (a union's 主席：李明), not a meeting's chair: minutes list who came.
  const minutes = fields.some((field) => field.label !== "主席");
  for (const { label, value } of fields) {
    if (label === "主席" && !minutes) continue;
    const names = rosterNames(simplifyChars(value));
    if (label === "主席" && names.length !== 1) continue;
    for (const name of names)
      if (!leaders.some((leader) => leader.name === name))
        leaders.push({ name, role: label === "主席" ? "主持" : "出席" });
  }
  return leaders;
}
