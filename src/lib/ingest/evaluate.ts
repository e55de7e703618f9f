import type { Leader, Region, ReportInput } from "../../schemas/report";
import { shortName } from "../extract/gazetteer";
import { expandAlias, joinCollectivePair } from "../extract/units";
import { simplifyChars } from "../text/script";

/**
 * Scores extracted entries against hand-made expectations, field by field: accuracy for single
 * values, precision and recall for sets (leaders, units, tags, measures). Plain data in and out,
 * used by `npm run eval:ingest` and its tests.
 */

/** The fields an expectation states for one entry. */
export interface ExpectedEntry {
  id: string;
  title: string;
  date: string;
  docType: string;
  region: Region;
  leaders: Leader[];
  units: string[];
  tags: string[];
  measures: { text: string; tags: string[]; units: string[]; deadline?: string }[];
}

/** Counts for a set-valued field. */
export interface SetScore {
  truePositives: number;
  predicted: number;
  expected: number;
}

export interface FieldScores {
  /** Entries expected, found (same id) and extra. */
  entries: { expected: number; found: number; extra: number };
  accuracy: Record<
    "title" | "date" | "docType" | "region" | "leaderTitle" | "leaderRole" | "deadline",
    { correct: number; total: number }
  >;
  /**
   * Single facts scored as sets of at most one value, so a fact left unknown costs recall and a
   * wrong one costs precision too: date ("unknown" is no value), region ({} is none), docType.
   */
  sets: Record<
    "date" | "region" | "docType" | "leaders" | "units" | "tags" | "measures" | "measureTags" | "measureUnits",
    SetScore
  >;
}

const emptySet = (): SetScore => ({ truePositives: 0, predicted: 0, expected: 0 });

function addSet(score: SetScore, predicted: readonly string[], expected: readonly string[]): void {
  const want = new Set(expected);
  const got = new Set(predicted);
  score.predicted += got.size;
  score.expected += want.size;
  for (const item of got) if (want.has(item)) score.truePositives += 1;
}

/** Precision, recall and F1 of a set score (1 when nothing was expected or predicted). */
export function prf(score: SetScore): { precision: number; recall: number; f1: number } {
  const precision = score.predicted === 0 ? 1 : score.truePositives / score.predicted;
  const recall = score.expected === 0 ? 1 : score.truePositives / score.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const MunicipalityRE = /^(?:(?:北京|天津|上海|重庆)市|(?:香港|澳门)特别行政区)$/;
/**
 * A region as one comparable value, its levels in a fixed order. A municipality (天津市) or a special
 * administrative region (香港特别行政区) is its own city, so a label that writes it once and one that
 * writes it as province and city agree. Names are compared in simplified characters: a label keeps
 * 臺中市 or 新聞處 as a traditional text writes them, while the entry writes the names it extracts simplified.
 */
const regionKey = (region: Region | undefined): string | undefined =>
  region &&
  simplifyChars(
    JSON.stringify({
      province: region.province,
      city: region.city ?? (region.province && MunicipalityRE.test(region.province) ? region.province : undefined),
      district: region.district,
    }),
  );

// A converter's pinyin left in a label's copy of the text (環(huán)境) is no part of what the measure says.
const normalize = (text: string): string =>
  text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g, "").replace(/[\s\p{P}]/gu, "");

/** Two measure texts are the same measure when one holds the other's opening words. */
export function sameMeasure(a: string, b: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  const probe = Math.min(15, x.length, y.length);
  return probe > 0 && (x.includes(y.slice(0, probe)) || y.includes(x.slice(0, probe)));
}

/**
 * Unit names are compared through the alias list, so a label may keep a unit as the text writes it
 * (市发改委) while the ingest writes its full form (市发展和改革委员会): the score measures finding the
 * right body, not the alias list's coverage.
 */
const unitKey = (name: string): string =>
  // 各乡镇（街道） and 各乡镇 name one collective; the bracket only lists the kinds it takes in, and
  // 各区县市 is 各县（市、区）.
  // 洛阳市市直相关部门 and 洛阳市直相关部门 are written both ways, as are 团广州市委 and 共青团广州市委员会;
  // a district's body with or without its city (长沙市天心区先锋街道, 天心区先锋街道), a street
  // office's with or without its district (福田区莲花街道执法队, 户县蒋村镇; 衢江区各乡镇 is the district's own
  // collective, no town's), and a government's office with 人民政府 or 政府 (寿县政府督查室).
  // 各级、各部门 and 各级各部门: one collective, written with a pause or without (joinCollectivePair).
  expandAlias(
    joinCollectivePair(simplifyChars(name))
      .replace(/\s+/g, "")
      // 各居(村)委 and 各居（村）委: the same name in half- and full-width brackets.
      .replace(/\(/g, "（")
      .replace(/\)/g, "）")
      .replace(
        /^[\p{Script=Han}]{2,8}?市(?!各)(?=[\p{Script=Han}]{1,5}?[区县旗][\p{Script=Han}]{2})(?![市县区]直)/u,
        "",
      )
      .replace(/(?<=[省市县区旗])政府(?=办|督查室|办公室)/u, "人民政府")
      .replace(
        /^[\p{Script=Han}]{1,6}?[区县旗市](?!各)(?=[\p{Script=Han}]{2,6}?(?:街道|(?<!城)[镇乡](?![镇村]))(?:[\p{Script=Han}]{2}|$))/u,
        "",
      )
      // 各区县市, 各县（市、区）, 各区、县（市）: one collective of a city's counties, written many ways.
      .replace(
        /各([区县市、（）()]{2,9})$/u,
        (_, kinds: string) => `各${[...new Set(kinds.replace(/[、（）()]/g, ""))].sort().join("")}`,
      )
      .replace(/(各[^（(]*)[（(][^)）]*[)）]$/u, "$1")
      .replace(/([市县区镇乡])\1直/u, "$1直")
      .replace(/^团([\p{Script=Han}]{1,6}[市县区])委$/u, "共青团$1委员会")
      // 中共黄龙县委组织部 and 黄龙县委组织部: the party's committee, with the party's name or without.
      .replace(/^中共(?=[\p{Script=Han}]{2,8}?[省市县区旗州盟]委)/u, "")
      // 香港特别行政区保安局, 香港特区保安局 and 香港保安局: the territory's bureau, written with its
      // status, short or in full, or without.
      .replace(/^(香港|澳门)特(?:别行政)?区(?=[\p{Script=Han}]{2})/u, "$1")
      // 黔西南布依族苗族自治州水利部门 and 黔西南州水利部门: an autonomous prefecture in full or as 州.
      .replace(
        /^[\p{Script=Han}]{2,14}?自治州(?=[\p{Script=Han}]{2})/u,
        (prefecture) => `${shortName(prefecture) ?? prefecture}州`,
      )
      // 各区区公所 and 各区公所: each district's office, its 区 written once or twice.
      .replace(/各区区公所$/u, "各区公所")
      // 鲁沙尔镇人民政府 and 鲁沙尔镇, 康川街道办事处 and 康川街道: a town's government is the town acting.
      .replace(/(?<=[镇乡])(?:人民)?政府$|(?<=街道)办事处$/u, ""),
  );

/**
 * A unit's key within a report of `region`: the report's own place before a body's name is the same
 * body whether written or not (英山县各乡镇 and 各乡镇, 台中市新闻处 and 新闻处, 萧山供销社 and 供销社 in
 * 萧山区's report), as is its own level written alone (县农业农村局 in a county's). Only the lowest
 * place counts, so a body of the level above stays another body (金华市农业局 is no 县农业局 in 武义县's).
 */
const unitKeyIn =
  (region: Region) =>
  (name: string): string => {
    // (A territory, 香港特别行政区, is its own city though a label may write it as province alone.)
    const lowest =
      region.district ??
      region.city ??
      (region.province && MunicipalityRE.test(region.province) ? region.province : undefined);
    const key = unitKey(name);
    if (!lowest) return key;
    const own = simplifyChars(lowest);
    const short = shortName(own);
    // 黔西南州 is 黔西南布依族苗族自治州 written short, as unitKey writes it; 长沙市天心区先锋街道 has
    // its city before the district.
    const forms = [own, ...(short ? [`${short}州`, short] : [])].sort((a, b) => b.length - a.length);
    const city = region.district && region.city ? simplifyChars(region.city) : undefined;
    const rest = city && key.startsWith(city) ? key.slice(city.length) : key;
    const form = forms.find((candidate) => rest.startsWith(candidate) && rest.length >= candidate.length + 2);
    const body = form ? rest.slice(form.length) : key;
    const level = own.slice(-1);
    // (市场监管局 opens with 市场, a word, not the city's level.)
    return /[市县区旗]/u.test(level) &&
      body.startsWith(level) &&
      body.length >= 3 &&
      !/^(?:市场|市民|区域|县域)/.test(body)
      ? body.slice(1)
      : body;
  };

/**
 * Two readings of one deadline: labellers differ on whether the preposition before the date belongs to it
 * (于5月20日前, 5月20日前; 到2022年底, 2022年底; 从即日起, 即日起), not on the date.
 */
function sameDeadline(expected: string | undefined, actual: string | undefined): boolean {
  const bare = (deadline: string | undefined): string | undefined =>
    deadline?.replace(/^(?:要|须|务必)?[于在到]|^[从自](?=即日起)/u, "");
  return bare(timed(expected)) === bare(timed(actual));
}

/**
 * A deadline that sets a time: LABELLING.md counts 尽快, 立即, 及时 as none (no time is set); older labels
 * wrote them.
 */
function timed(deadline: string | undefined): string | undefined {
  return deadline !== undefined && UrgencyOnlyRE.test(simplifyChars(deadline)) ? undefined : deadline;
}
const UrgencyOnlyRE = /^(?:尽快|尽早|尽速|及早|及时|立即|立刻|即刻|马上|立行立改)(?:实施|办理|落实|整改)?$/u;

/**
 * A role as tests/fixtures/blind/LABELLING.md groups them (参加, 列席, 陪同 are 出席; 强调, 指出, 要求, 致辞 are
 * 讲话; 调研, 视察, 检查 at the head of others are 带队): older labels wrote the verb itself.
 */
const ROLE_FAMILIES: Record<string, string> = {
  参加: "出席",
  列席: "出席",
  陪同: "出席",
  参会: "出席",
  强调: "讲话",
  指出: "讲话",
  要求: "讲话",
  致辞: "讲话",
  致词: "讲话",
  表示: "讲话",
  调研: "带队",
  视察: "带队",
  检查: "带队",
};
const roleFamily = (role: string | undefined): string => (role ? (ROLE_FAMILIES[role] ?? role) : "");

/** Scores actual entries against expected ones, matched by id. */
export function scoreEntries(expected: readonly ExpectedEntry[], actual: readonly ExpectedEntry[]): FieldScores {
  const byId = new Map(actual.map((entry) => [entry.id, entry]));
  const scores: FieldScores = {
    entries: {
      expected: expected.length,
      found: 0,
      extra: actual.filter((entry) => !expected.some((want) => want.id === entry.id)).length,
    },
    accuracy: {
      title: { correct: 0, total: 0 },
      date: { correct: 0, total: 0 },
      docType: { correct: 0, total: 0 },
      region: { correct: 0, total: 0 },
      leaderTitle: { correct: 0, total: 0 },
      leaderRole: { correct: 0, total: 0 },
      deadline: { correct: 0, total: 0 },
    },
    sets: {
      date: emptySet(),
      region: emptySet(),
      docType: emptySet(),
      leaders: emptySet(),
      units: emptySet(),
      tags: emptySet(),
      measures: emptySet(),
      measureTags: emptySet(),
      measureUnits: emptySet(),
    },
  };
  const count = (field: keyof FieldScores["accuracy"], ok: boolean): void => {
    scores.accuracy[field].total += 1;
    if (ok) scores.accuracy[field].correct += 1;
  };
  for (const want of expected) {
    const got = byId.get(want.id);
    if (got) scores.entries.found += 1;
    count("title", got?.title === want.title);
    count("date", got?.date === want.date);
    count("docType", got?.docType === want.docType);
    count("region", JSON.stringify(got?.region ?? null) === JSON.stringify(want.region));
    const known = (value: string | undefined, none: string): string[] =>
      value === undefined || value === none ? [] : [value];
    // A day without its year (--03-17) says what "unknown" says of the date: its year is not known.
    const dated = (date: string | undefined): string | undefined => (date?.startsWith("--") ? "unknown" : date);
    addSet(scores.sets.date, known(dated(got?.date), "unknown"), known(dated(want.date), "unknown"));
    addSet(scores.sets.region, known(regionKey(got?.region), "{}"), known(regionKey(want.region), "{}"));
    addSet(scores.sets.docType, known(got?.docType, ""), known(want.docType, ""));
    addSet(
      scores.sets.leaders,
      (got?.leaders ?? []).map((leader) => simplifyChars(leader.name)),
      want.leaders.map((leader) => simplifyChars(leader.name)),
    );
    for (const leader of want.leaders) {
      const name = simplifyChars(leader.name);
      const found = got?.leaders.find((candidate) => simplifyChars(candidate.name) === name);
      if (!found) continue;
      count("leaderTitle", simplifyChars(found.title ?? "") === simplifyChars(leader.title ?? ""));
      count("leaderRole", roleFamily(found.role) === roleFamily(leader.role));
    }
    const keyOf = unitKeyIn(want.region);
    addSet(scores.sets.units, (got?.units ?? []).map(keyOf), want.units.map(keyOf));
    addSet(scores.sets.tags, got?.tags ?? [], want.tags);
    const remaining = [...(got?.measures ?? [])];
    scores.sets.measures.predicted += remaining.length;
    scores.sets.measures.expected += want.measures.length;
    for (const measure of want.measures) {
      const index = remaining.findIndex((candidate) => sameMeasure(candidate.text, measure.text));
      if (index === -1) {
        scores.sets.measureTags.expected += measure.tags.length;
        scores.sets.measureUnits.expected += measure.units.length;
        continue;
      }
      const [match] = remaining.splice(index, 1);
      if (!match) continue;
      scores.sets.measures.truePositives += 1;
      addSet(scores.sets.measureTags, match.tags, measure.tags);
      addSet(scores.sets.measureUnits, match.units.map(keyOf), measure.units.map(keyOf));
      if (timed(measure.deadline) !== undefined || timed(match.deadline) !== undefined)
        count("deadline", sameDeadline(measure.deadline, match.deadline));
    }
    for (const extra of remaining) {
      scores.sets.measureTags.predicted += extra.tags.length;
      scores.sets.measureUnits.predicted += extra.units.length;
    }
  }
  return scores;
}

/** An extracted entry in the shape expectations are written in. */
export function toScoredEntry(id: string, data: ReportInput): ExpectedEntry {
  return {
    id,
    title: data.title,
    date: String(data.date),
    docType: data.docType,
    region: data.region ?? {},
    leaders: data.leaders ?? [],
    units: data.units ?? [],
    tags: data.tags ?? [],
    measures: (data.measures ?? []).map((measure) => ({
      text: measure.text,
      tags: measure.tags ?? [],
      units: measure.units ?? [],
      ...(measure.deadline
        ? { deadline: typeof measure.deadline === "string" ? measure.deadline : measure.deadline.text }
        : {}),
    })),
  };
}

/** What one entry got wrong, as lines for a person reading `eval:ingest --diff`: − missed, + extra. */
export function diffEntry(want: ExpectedEntry, got: ExpectedEntry | undefined): string[] {
  const lines: string[] = [];
  // Items are compared by key (a name in simplified characters; a unit's within the report's region)
  // and shown as written.
  const setDiff = (
    field: string,
    predicted: readonly string[],
    expected: readonly string[],
    key: (item: string) => string = (item) => item,
  ): void => {
    const predictedKeys = predicted.map(key);
    const expectedKeys = expected.map(key);
    const missed = expected.filter((item) => !predictedKeys.includes(key(item)));
    const extra = predicted.filter((item) => !expectedKeys.includes(key(item)));
    if (missed.length > 0 || extra.length > 0)
      lines.push(`  ${field}: ${[...missed.map((item) => `−${item}`), ...extra.map((item) => `+${item}`)].join(" ")}`);
  };
  if (!got) return [`  entry missing`];
  for (const field of ["date", "docType"] as const)
    if (got[field] !== want[field]) lines.push(`  ${field}: −${want[field]} +${got[field]}`);
  if (regionKey(got.region) !== regionKey(want.region))
    lines.push(`  region: −${Object.values(want.region).join("")} +${Object.values(got.region).join("")}`);
  setDiff(
    "leaders",
    got.leaders.map((leader) => leader.name),
    want.leaders.map((leader) => leader.name),
    simplifyChars,
  );
  const keyOf = unitKeyIn(want.region);
  setDiff("units", got.units, want.units, keyOf);
  setDiff("tags", got.tags, want.tags);
  const remaining = [...got.measures];
  for (const measure of want.measures) {
    const index = remaining.findIndex((candidate) => sameMeasure(candidate.text, measure.text));
    const head = measure.text.slice(0, 24);
    if (index === -1) {
      lines.push(`  measure missed: ${head}`);
      continue;
    }
    const [match] = remaining.splice(index, 1);
    if (!match) continue;
    setDiff(`measure ${head}: tags`, match.tags, measure.tags);
    setDiff(`measure ${head}: units`, match.units, measure.units, keyOf);
    if (!sameDeadline(match.deadline, measure.deadline))
      lines.push(`  measure ${head}: deadline −${measure.deadline ?? "none"} +${match.deadline ?? "none"}`);
  }
  for (const extra of remaining)
    lines.push(`  measure extra: ${extra.text.slice(0, 24)} [${extra.units.join("、")}] [${extra.tags.join("、")}]`);
  return lines;
}
