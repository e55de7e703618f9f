import type { Measure } from "../../schemas/report";
import { TAGS } from "../../schemas/taxonomy";
import { cutWords } from "./segmenter";

/**
 * Tags from the controlled taxonomy (content/taxonomy/tags.json): a text gets a tag when it
 * holds one of the tag's keywords. A two-character keyword must also stand as a word of its own
 * in jieba's segmentation, so 市政 does not fire inside 市政府, nor 好人 inside 用好人防.
 */

/** Start and end offsets of every word of a text. */
function wordBoundaries(text: string): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  let offset = 0;
  for (const word of cutWords(text)) {
    starts.add(offset);
    offset += word.length;
    ends.add(offset);
  }
  return { starts, ends };
}

/**
 * A keyword that opens a body's name (环保局, 农业农村局, 城管部门, 房地产开发科, 招商办, 发展改革委) says who acts,
 * not what the task is about: 由环保局派垃圾车宣导 is no pollution work. A 科, 处 or 办 counts unless
 * the character is a verb or a counter there (处以罚款, 处于高发期, 口袋公园三处, 随处, 交办, 办案, 学科).
 */
const BodyNameRestRE =
  /^[\p{Script=Han}]{0,3}?(?:局|厅|(?<!部)署|部门|办公室|研究室|(?<![党纪监常])委(?![托屈婉])|(?<![学随])科(?![学技研普创])|(?<![随到各此深益长难好用坏住出一二三四五六七八九十百千两几多数干])处(?![以于理置罚分])|(?<![交承督主协举创查代近上网帮])办(?![理好事法公结成妥案]))/u;

/** A keyword that opens a street's name (古城路285号院, 文化路与…交叉口) says where, not what the task is about. */
const StreetNameRestRE = /^(?:路|街|大街|大道|巷)(?=\d|[东西南北中]段|口|两侧|沿线|与|和|、|[，,]|$)/u;

function containsKeyword(
  text: string,
  keyword: string,
  boundaries: () => { starts: Set<number>; ends: Set<number> },
): boolean {
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
    const rest = text.slice(at + keyword.length);
    if (BodyNameRestRE.test(rest) || StreetNameRestRE.test(rest)) continue;
    if (keyword.length >= 3) return true;
    const { starts, ends } = boundaries();
    if (starts.has(at) && ends.has(at + keyword.length)) return true;
  }
  return false;
}

/** The text with the phrases a tag's keywords do not count in blanked out, offsets kept. */
function withoutPhrases(text: string, phrases: readonly string[] | undefined): string {
  return phrases
    ? phrases.reduce((masked, phrase) => masked.replaceAll(phrase, "　".repeat(phrase.length)), text)
    : text;
}

/** The tags whose keywords occur in a (simplified) text, in taxonomy order. */
export function tagsFor(text: string): string[] {
  const boundariesOf = new Map<string, { starts: Set<number>; ends: Set<number> }>();
  return TAGS.filter((tag) => {
    const searched = withoutPhrases(text, tag.notIn);
    const boundaries = (): { starts: Set<number>; ends: Set<number> } => {
      const known = boundariesOf.get(searched) ?? wordBoundaries(searched);
      boundariesOf.set(searched, known);
      return known;
    };
    return [tag.tag, ...tag.keywords].some((keyword) => containsKeyword(searched, keyword, boundaries));
  }).map((tag) => tag.tag);
}

/** Tags the body returns to in this many sentences describe a report that sets no measures. */
const BODY_TAG_MIN_SENTENCES = 2;
/** More fields than this in one measureless text, and only those it dwells on describe it. */
const MANY_FIELDS = 5;

/** The tag of inspection and assessment, which every circular (通报) reports on, whatever its topic. */
const CIRCULAR_TAG = "督查考核";

/**
 * A report's tags: its title's and its measures'. A report without measures (an experience piece,
 * a feature) is tagged by what its body keeps returning to; a circular is also about 督查考核.
 */
export function reportTags(
  title: string,
  body: readonly string[],
  measures: readonly Measure[],
  docType?: string,
): string[] {
  const tags = [
    ...tagsFor(title),
    ...measures.flatMap((measure) => measure.tags),
    ...(docType === "通报" ? [CIRCULAR_TAG] : []),
  ];
  if (measures.length === 0) {
    const counts = new Map<string, number>();
    for (const sentence of body.join("\n").split(/[。！？!?\n]/)) {
      for (const tag of tagsFor(sentence)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    // A text touching most fields (a statistics bulletin) is about the ones it dwells on; one touching
    // a few is about each of them.
    const touched = [...counts].filter(([, count]) => count >= BODY_TAG_MIN_SENTENCES);
    const most = Math.max(0, ...counts.values());
    const floor = touched.length > MANY_FIELDS ? most / 3 : 0;
    for (const [tag, count] of touched) if (count >= floor) tags.push(tag);
  }
  return [...new Set(tags)];
}
