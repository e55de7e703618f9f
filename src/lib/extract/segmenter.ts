import { Jieba } from "@node-rs/jieba";
import { dict, idf } from "@node-rs/jieba/dict";
import { TAGS } from "../../schemas/taxonomy";

/**
 * Word segmentation (jieba) with a custom dictionary of policy terms, so 老旧小区, 邻里中心 or
 * 背街小巷 stay one word. Used where single characters mislead: the modal 要 versus 重要/要求,
 * and the noun that follows a number in a target.
 */

/** Terms of the trade that jieba's general dictionary splits. */
const POLICY_TERMS = [
  "文明典范城市",
  "城市提质",
  "百城建设提质",
  "公共服务进社区",
  "三自组织",
  "雨污管网",
  "停车泊位",
  "充电桩",
  "积水点",
  "口袋公园",
  "城中村",
  "棚户区",
  "网格化管理",
  "目标承诺书",
];

/** The frequency each term gets: far above jieba's own words', so 老旧小区 stays whole. */
const TERM_FREQUENCY = 100_000;
/**
 * What the terms add to jieba's total frequency, the same however many there are: the total weighs every
 * word against the others, so each term added would tip words elsewhere (清洁卫生, 农村卫生 whole or cut,
 * and 清洁 or 农村 with them as keywords). An entry no text holds takes up what the terms leave of it.
 */
const TERMS_TOTAL = 100_000_000;
/** A private-use character: a word no report writes. */
const PADDING_WORD = "\uE000";

let jieba: Jieba | undefined;

/** The custom dictionary: every term at TERM_FREQUENCY, then the padding that keeps their sum at TERMS_TOTAL. */
export function customDictionary(terms: readonly string[]): string {
  const words = [...new Set(terms)];
  const padding = TERMS_TOTAL - words.length * TERM_FREQUENCY;
  if (padding < 0)
    throw new Error(
      `${words.length} taxonomy terms exceed the ${TERMS_TOTAL / TERM_FREQUENCY} the segmenter budgets for: raise TERMS_TOTAL in src/lib/extract/segmenter.ts`,
    );
  return [...words.map((word) => `${word} ${TERM_FREQUENCY} n`), `${PADDING_WORD} ${padding} x`].join("\n");
}

function instance(): Jieba {
  if (jieba) return jieba;
  jieba = Jieba.withDict(dict);
  jieba.loadDict(
    Buffer.from(customDictionary([...POLICY_TERMS, ...TAGS.flatMap((tag) => [tag.tag, ...tag.keywords])])),
  );
  return jieba;
}

/** A word and its part of speech (jieba's tag set: n noun, v verb, m numeral, …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** Segments and tags a text. */
export function tagWords(text: string): TaggedWord[] {
  return instance().tag(text, true);
}

/** True when jieba reads the text as one word whose part of speech `excluded` does not match. */
export function isSingleWord(text: string, excluded: RegExp): boolean {
  const words = tagWords(text);
  return words.length === 1 && !excluded.test(words[0]?.tag ?? "");
}

/** Segments a text into words. */
export function cutWords(text: string): string[] {
  return instance().cut(text, true);
}

/** True when jieba cuts a form apart where it opens `text` (新安排: 新 | 安排), not when it opens a longer word (凤凰古城). */
export function cutApart(text: string, length: number): boolean {
  return (cutWords(text)[0]?.length ?? length) < length;
}

/** True when jieba ends a word `length` characters into `text` (各地处置 has no word end after 各地处). */
export function endsWord(text: string, length: number): boolean {
  let at = 0;
  for (const word of cutWords(text.slice(0, length + 4))) {
    at += word.length;
    if (at >= length) return at === length;
  }
  return false;
}

let inverseFrequencies: Map<string, number> | undefined;

/**
 * How rare a word is in jieba's corpus (its IDF; a low figure is an everyday word: 建设 4.9, 新建 7.1,
 * against 宁海 10.5); undefined for a word jieba's table lacks. Read on first use.
 */
export function wordRarity(word: string): number | undefined {
  inverseFrequencies ??= new Map(
    new TextDecoder()
      .decode(idf)
      .split("\n")
      .map((line) => line.split(" "))
      .filter((fields): fields is [string, string] => fields.length === 2)
      .map(([entry, value]) => [entry, Number(value)]),
  );
  return inverseFrequencies.get(word);
}
