import { DIGITS } from "../text/numbers";
import { tagWords, type TaggedWord } from "./segmenter";

/**
 * Numeric targets and achievements: number + classifier + object, as cadres track them
 * (188个老旧小区, 3.7万户, 5191个泊位, 100部电梯, 75公里管网, 23亿元).
 */

const NUMBER = `${DIGITS}(?:万|亿)?`;
const CLASSIFIER =
  "(?:个|部|座|条|处|家|所|户|栋|辆|台|套|项|批|人|名|场|次|支|片|宗|余个|多个|万户|万人|亿元|万元|元|公里|千米|米|平方米|万平方米|亩|公顷|吨|%)";
const QuantityRE = new RegExp(`(?<![\\d.]|\\d,)${NUMBER}\\s*${CLASSIFIER}`, "gu");
/** Numbers that are dates, times or ordinals, not targets. */
const NotTargetRE = /^\d+\s*(?:年|月|日|时|号)/;
/** Units of measure that carry their own meaning (23亿元, 50%); no object needed. */
const SelfContainedRE = /(?:元|%)$/;

/** Bodies counted (15家责任单位, 6个成员单位, 10个部门): who carries a task, unless it is done to them. */
const CarrierCountRE = /^(?:责任|成员|相关|牵头|配合)?(?:单位|部门)$/;

/** Words jieba tags as nouns that are no object of a target. */
const NotObjectRE = /^(?:全部|以上|左右|总共|全面|目标|任务|混流)$/;

const isNoun = (word: TaggedWord | undefined): boolean =>
  word !== undefined &&
  /^(?:n|vn|nz|nt|ns)/.test(word.tag) &&
  /^\p{Script=Han}+$/u.test(word.word) &&
  !NotObjectRE.test(word.word);

/** The nouns right after a quantity (个老旧小区 → 老旧小区), up to six characters. */
function objectAfter(rest: string): string {
  let object = "";
  for (const word of tagWords(rest.slice(0, 12))) {
    if (!isNoun(word) || object.length + word.word.length > 6) break;
    object += word.word;
  }
  return object;
}

/** The noun right before a quantity (电梯100部), when nothing follows it. */
function objectBefore(before: string): string {
  const last = tagWords(before.slice(-6)).at(-1);
  return isNoun(last) && last ? last.word : "";
}

/** The targets a sentence names, in order, deduplicated. */
export function extractTargets(sentence: string): string[] {
  const found: string[] = [];
  for (const match of sentence.matchAll(QuantityRE)) {
    const quantity = match[0].replace(/\s+/g, "");
    if (NotTargetRE.test(quantity)) continue;
    let text = quantity;
    if (!SelfContainedRE.test(quantity)) {
      const after = objectAfter(sentence.slice(match.index + match[0].length));
      // …等15家责任单位,两天内完成…: how many bodies carry the task, not what it is to reach (要对辖区内300家单位
      // 开展检查 counts those it is done to).
      const clauseBefore =
        sentence
          .slice(0, match.index)
          .split(/[，,。；;：:]/)
          .at(-1) ?? "";
      if (CarrierCountRE.test(after) && !/对/.test(clauseBefore)) continue;
      text = after ? quantity + after : objectBefore(sentence.slice(0, match.index)) + quantity;
    }
    if (!found.includes(text)) found.push(text);
  }
  return found;
}
