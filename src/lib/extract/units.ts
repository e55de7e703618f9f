import type { Region } from "../../schemas/report";
import unitsData from "../../../content/taxonomy/units.json" with { type: "json" };

/**
 * Responsible units (责任单位): found in the places a report names them, then made canonical
 * by the report's region (区城管局 in a 湖滨新区 report is 湖滨新区城管局) and the alias list in
 * content/taxonomy/units.json (市文明委 is the city's 精神文明建设指导委员会).
 */

/** How unit names end; collective forms (各城市区, 重点委局, 市直相关部门) included. */
const UNIT_SUFFIX =
  "(?:人民政府|政府|委员会|办公室|领导小组|指挥部|工作专班|管委会|党工委|街道办事处|街道|社区|中心|支队|大队|中队|派出所|公司|集团|部门|委局|部委办局|直属单位|单位|城市区|县区|县市区|乡镇|园区|局|委|办|厅|部|室|所|站|院|县|区|镇|乡)";
/** A whole piece that names a unit: optional collective word, a core, a suffix. */
const UnitRE = new RegExp(
  `^(?:各级各|各级|各有关|各相关|各|重点|市直|区直|县直|省直|全市|全区|全县)?[\\p{Script=Han}（）()]{0,14}?${UNIT_SUFFIX}$`,
  "u",
);
/** People and roles that trail a unit in attendance lists. */
const RoleTailRE =
  /(?:党政主要负责同志|主要负责同志|负责同志|主要负责人|分管负责人|相关负责人|负责人|主要领导|分管领导|成员单位|党员干部|干部职工|同志)$/;
/** Pieces that look like units but are people, places of work or whole populations. */
const NotUnitRE =
  /^(?:全市上下|全区上下|全县上下|大家|我们|我区|我市|我县|我局|市委|区委|县委|群众|居民|社区群众|党员|干部|老百姓|上级|本单位|单位|部门|街道|社区|各地|各级|市区|城区|老城区域|中心城区|重点)$/;
/** A unit name needs a real core, not just a suffix. */
const MIN_UNIT_LENGTH = 3;

/** A government or party body that a list can share: 汝阳县、嵩县政府 means both governments. */
const SharedSuffixRE = /(人民政府|政府|党委|县委|区委)$/;

/**
 * Splits a list (甲、乙和丙) into unit names, dropping trailing roles and parentheticals; keeps the
 * unit-like pieces and those `isPlace` knows (鹿邑 for 鹿邑县).
 */
export function unitsInList(fragment: string, isPlace: (piece: string) => boolean = () => false): string[] {
  const pieces = fragment
    .replace(/[(（][^)）]*[)）]/g, "")
    .split(/[、，,和及与]/)
    .map((piece) =>
      piece
        .replace(/^(?:由|对|责成|经|会上|会议上)/, "")
        .replace(RoleTailRE, "")
        .trim(),
    );
  const shared = SharedSuffixRE.exec(pieces.at(-1) ?? "")?.[1];
  const units: string[] = [];
  for (const [index, piece] of pieces.entries()) {
    const known = isPlace(piece);
    // A relative clause (被通报批评的乡镇) describes units without naming one.
    if (piece.length < 2 || NotUnitRE.test(piece) || piece.includes("的") || (!known && !UnitRE.test(piece))) continue;
    if (!known && piece.length < MIN_UNIT_LENGTH && !/^各/.test(piece)) continue;
    const distributes = shared && index < pieces.length - 1 && /(?:区|县|市)$/.test(piece) && !piece.startsWith("各");
    units.push(distributes ? piece + shared : piece);
  }
  return units;
}

/** Slots in which a report names the units it assigns work to or that act in it. */
const SLOT_PATTERNS: RegExp[] = [
  // 公安交警部门要…, 各县区务必…: the clause's subject before a directive modal.
  /(?:^|[。；;，,：:\n])([^。；;，,：:\n]{2,40}?)(?:要|务必|必须|应当|负责|牵头)(?!求|点|素|是)/gu,
  // 由…牵头, 责任单位：…
  /由([^。；;，,]{2,40}?)(?:牵头|负责|承担|会同)/gu,
  /(?:责任单位|牵头单位|配合单位|责任部门)\s*[:：]\s*([^。；;\n]{2,80})/gu,
  // 涧西区、孟津区作了表态发言; 各城市区、重点委局签订…承诺书
  /([^。；;，,：:\n]{2,60}?)(?:就[^。；;]{0,40}?)?(?:分别)?(?:作了?|作出|进行)(?:(?:表态|典型|交流|经验)?发言|经验交流|点评)/gu,
  // 红星乡、北关街道考核成绩排名后两位，予以通报批评
  /(?:^|[。；;\n])([^。；;，,：:\n]{2,40}?)(?:考核|检查|测评|工作)[^。；;]{0,30}?予以通报(?:批评|表扬)/gu,
  /([^。；;，,：:\n]{2,40}?)(?:签订|签订并提交了?|递交)[^。；;]{0,6}(?:承诺书|责任书)/gu,
  // 责成汝阳县、嵩县政府向市政府…; 对…政府分管领导通报批评
  /责成([^。；;，,]{2,40}?)(?:向|作出|进行|对)/gu,
  /对([^。；;，,]{2,40}?)(?:分管领导|主要领导|主要负责人)[^。；;]{0,10}(?:通报批评|约谈|问责)/gu,
];
/** Attendance lists: …主要负责同志等参加会议. */
const AttendanceRE = /([^。；;]{4,200}?)等?(?:参加会议|参会|列席会议)/gu;

/** Unit names as written in the slots of a (simplified) text, in order, deduplicated. */
export function findUnits(
  text: string,
  { attendance = false, isPlace }: { attendance?: boolean; isPlace?: (piece: string) => boolean } = {},
): string[] {
  const found: string[] = [];
  const patterns = attendance ? [...SLOT_PATTERNS, AttendanceRE] : SLOT_PATTERNS;
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      for (const unit of unitsInList(match[1] ?? "", isPlace)) if (!found.includes(unit)) found.push(unit);
    }
  }
  return found;
}

const ALIASES = [...(unitsData.aliases as { short: string; full: string }[])].sort(
  (a, b) => b.short.length - a.short.length,
);

/** Expands the alias at the end of a name: 市文明委 → 市精神文明建设指导委员会. */
export function expandAlias(name: string): string {
  for (const { short, full } of ALIASES) {
    if (name.endsWith(short) && !name.endsWith(full)) return name.slice(0, -short.length) + full;
  }
  return name;
}

/**
 * The canonical name of a unit in a report's region: a leading 市/区/县 (or a collective form)
 * gets the region's own name, a bare name the narrowest region's; names that already start
 * with a place stay. `scoped` is false when no region was known to scope it with.
 */
export function canonicalUnit(raw: string, region: Region): { name: string; scoped: boolean } {
  const name = expandAlias(raw.replace(/\s+/g, ""));
  const { province, city, district } = region;
  const narrowest = district ?? city;
  const startsWithPlace = (place: string | undefined): boolean =>
    place !== undefined && (name.startsWith(place) || name.startsWith(place.replace(/[省市区县]$/, "")));
  const scopedBy = (owner: string | undefined, rest: string): { name: string; scoped: boolean } =>
    owner ? { name: owner + rest, scoped: true } : { name, scoped: false };

  if (/^(?:中共|中国|国家|全国|省委|省政府)/.test(name) || [province, city, district].some(startsWithPlace)) {
    return { name, scoped: true };
  }
  // A district or county named on its own (涧西区, 汝阳县), or its government (汝阳县人民政府).
  if (/^(?!各|市|区|县)[\p{Script=Han}]{1,5}(?:区|县|市)(?:人民政府|委)?$/u.test(name)) return { name, scoped: true };
  // Collectives: the districts of a city belong to the city, the rest to the narrowest region.
  if (/^(?:各|重点|市直|全市)/.test(name)) {
    return scopedBy(/城市区|县区|县市区|委局|市直/.test(name) ? city : narrowest, name);
  }
  const level = /^(市|区|县)/.exec(name)?.[1];
  if (level === "市") return scopedBy(city, name.slice(1));
  if (level === "区" || level === "县") return scopedBy(district, name.slice(1));
  return scopedBy(narrowest, name);
}
