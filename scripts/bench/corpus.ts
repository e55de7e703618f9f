import stCharacters from "opencc-js/dict/STCharacters";
import { areaList } from "@vant/area-data";
import { characterPairs } from "../../src/lib/text/opencc-dict";

/**
 * A synthetic archive shaped like the seeds, for the benchmark: meeting reports with titles,
 * source lines, leaders, directive sentences, units, deadlines and targets, dated over ten years,
 * across real cities, some in traditional script, some pages holding several articles. Filler
 * text comes from a random lexicon sampled with Zipf's law, so the vocabulary (distinct words and
 * character pairs) grows like real news instead of repeating a few seed sentences.
 */

/** A small, fast, seeded PRNG (mulberry32), so a corpus is reproducible from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s, by inverting a precomputed CDF. */
function zipfSampler(n: number, s: number, next: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank += 1) {
    total += 1 / (rank + 1) ** s;
    cdf[rank] = total;
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cdf[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export interface CorpusOptions {
  seed?: number;
  /** Share of reports in traditional characters. */
  traditionalShare?: number;
  /** Share of files that are newspaper pages with three articles. */
  multiArticleShare?: number;
  /** Characters of filler per report, roughly. */
  reportLength?: number;
  /** The year every report is dated in; by default each draws one of CORPUS_YEARS. */
  year?: number;
}

/** The years the corpus is dated over, oldest first. */
export const CORPUS_YEARS = Array.from({ length: 10 }, (_, index) => 2015 + index);

export interface RawFile {
  name: string;
  text: string;
  /** Reports the file holds (3 for a newspaper page). */
  reports: number;
}

const SIMPLIFIED_TO_TRADITIONAL = new Map(characterPairs(stCharacters).filter(([, to]) => Array.from(to).length === 1));
const COMMON =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
/** Characters in rough frequency order: common ones first, then the rest of the basic CJK block that OpenCC knows. */
const CHARACTERS = [
  ...new Set([
    ...Array.from(COMMON),
    ...[...SIMPLIFIED_TO_TRADITIONAL.keys()].filter((char) => /^[\u4e00-\u9fff]$/.test(char)),
  ]),
];

const SURNAMES = Array.from(
  "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文",
);
const TITLES = [
  "市委书记",
  "市长",
  "副市长",
  "市委副书记",
  "市委常委、宣传部长",
  "市政府秘书长",
  "区委书记",
  "区长",
  "县委书记",
  "县长",
];
const BUREAUS = [
  "城管局",
  "住建局",
  "交通运输局",
  "生态环境局",
  "财政局",
  "发改委",
  "文明办",
  "自然资源局",
  "公安局交警支队",
  "水利局",
  "商务局",
  "民政局",
];
const TOPICS = [
  ["老旧小区改造", "个老旧小区"],
  ["背街小巷整治", "条背街小巷"],
  ["农贸市场提升", "个农贸市场"],
  ["停车秩序管理", "个停车泊位"],
  ["邻里中心建设", "个邻里中心"],
  ["燃气管道改造", "公里燃气管道"],
  ["雨污管网改造", "公里雨污管网"],
  ["加装电梯", "部电梯"],
  ["秸秆禁烧", "个禁烧督查组"],
  ["文明城市创建", "个文明单位"],
  ["特色街区建设", "条特色街"],
  ["防汛排涝", "处积水点"],
] as const;
const VERBS = ["加快推进", "持续抓好", "扎实推进", "全力推进", "着力抓好", "统筹推进", "大力实施"];
const DEADLINES = ["年底前", "6月底前", "9月底前", "今年内", "10月31日前"];

function cities(): { city: string; province: string; districts: string[] }[] {
  const result: { city: string; province: string; districts: string[] }[] = [];
  for (const [code, city] of Object.entries(areaList.city_list)) {
    if (city === "市辖区" || city.length < 3) continue;
    const province = areaList.province_list[`${code.slice(0, 2)}0000`] ?? "";
    const districts = Object.entries(areaList.county_list)
      .filter(
        ([county, name]) => county.startsWith(code.slice(0, 4)) && /[区县]$/.test(name) && !/开发|高新|经济/.test(name),
      )
      .map(([, name]) => name);
    if (districts.length > 0) result.push({ city, province, districts });
  }
  return result;
}

/** Generates `count` raw files; the number of reports is count plus two per multi-article page. */
export function generateCorpus(count: number, options: CorpusOptions = {}): RawFile[] {
  const next = random(options.seed ?? 20241122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const charRank = zipfSampler(CHARACTERS.length, 0.9, next);
  const lexicon = Array.from({ length: 80_000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => CHARACTERS[charRank()] ?? "的").join(""),
  );
  const wordRank = zipfSampler(lexicon.length, 1.05, next);
  const places = cities();
  const reportLength = options.reportLength ?? 1600;

  const filler = (length: number): string => {
    let text = "";
    while (text.length < length) {
      let clause = "";
      for (let words = 3 + Math.floor(next() * 6); words > 0; words -= 1) clause += lexicon[wordRank()] ?? "";
      text += clause + (next() < 0.7 ? "，" : "。");
    }
    return `${text.replace(/，$/, "")}。`;
  };
  const person = (): string =>
    pick(SURNAMES) + Array.from({ length: 1 + Math.floor(next() * 2) }, () => CHARACTERS[charRank()]).join("");

  const article = (year: number, place: (typeof places)[number]): string => {
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const [topic, object] = pick(TOPICS);
    const short = place.city.replace(/市$/, "");
    const district = pick(place.districts);
    const leader = person();
    const chair = person();
    const lines = [
      `${short}召开${topic}工作推进会`,
      `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} 10:00 来源：${short}日报`,
      `${day}日，${place.city}召开${topic}工作推进会，总结前期工作，部署下步任务。${pick(TITLES)}${leader}出席会议并讲话，${pick(TITLES)}${chair}主持会议。`,
      filler(reportLength / 4),
    ];
    for (let directives = 2 + Math.floor(next() * 4); directives > 0; directives -= 1) {
      const [otherTopic, otherObject] = pick(TOPICS);
      lines.push(
        `${leader}强调，要${pick(VERBS)}${otherTopic}，确保${pick(DEADLINES)}完成${10 + Math.floor(next() * 300)}${otherObject}。市${pick(BUREAUS)}要牵头${filler(40)}${district}要${pick(VERBS)}${filler(60)}`,
      );
      lines.push(filler(reportLength / 6));
    }
    lines.push(`会议指出，去年以来全市累计完成${100 + Math.floor(next() * 900)}${object}。${filler(reportLength / 5)}`);
    lines.push(`${district}、市${pick(BUREAUS)}作了表态发言。（记者 ${person()}）`);
    return lines.join("\n\n");
  };

  const toTraditional = (text: string): string =>
    Array.from(text, (char) => SIMPLIFIED_TO_TRADITIONAL.get(char) ?? char).join("");

  return Array.from({ length: count }, (_, index) => {
    // (Drawn even when fixed, so a seed gives the same texts either way.)
    const drawn = CORPUS_YEARS[Math.floor(next() * CORPUS_YEARS.length)] ?? 2024;
    const year = options.year ?? drawn;
    const place = pick(places);
    const multi = next() < (options.multiArticleShare ?? 0.02);
    let text = multi
      ? [article(year, place), article(year, place), article(year, place)].join("\n\n")
      : article(year, place);
    if (next() < (options.traditionalShare ?? 0.05)) text = toTraditional(text);
    return { name: `bench-${String(index).padStart(6, "0")}.txt`, text, reports: multi ? 3 : 1 };
  });
}

/** Distinct words (the lexicon's pieces are not recoverable, so runs of Han text split at punctuation) and distinct character pairs. */
export function vocabularyStats(texts: Iterable<string>): {
  characters: number;
  distinctCharacterPairs: number;
  distinctCharacters: number;
} {
  const pairs = new Set<number>();
  const characters = new Set<number>();
  let total = 0;
  for (const text of texts) {
    let previous = -1;
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      total += 1;
      characters.add(code);
      if (previous >= 0 && code > 0x3000 && previous > 0x3000) pairs.add(previous * 0x110000 + code);
      previous = code;
    }
  }
  return { characters: total, distinctCharacterPairs: pairs.size, distinctCharacters: characters.size };
}
