import tsCharacters from "opencc-js/dict/TSCharacters";
import stCharacters from "opencc-js/dict/STCharacters";
import hkVariantsRev from "opencc-js/dict/HKVariantsRev";
import { characterPairs } from "./opencc-dict";

/**
 * Simplified/traditional detection and a character-for-character simplified reading. The
 * conversion keeps every character's position (one code point in, one out), so a sentence found
 * in the simplified reading can be cut from the original text at the same offsets.
 */

/** Character pairs that really change, one code point for one, so offsets survive conversion. */
function singleCharMap(dict: string): Map<string, string> {
  return new Map(characterPairs(dict).filter(([from, to]) => Array.from(to).length === 1 && from !== to));
}

let toSimplified: Map<string, string> | undefined;
let toTraditional: Map<string, string> | undefined;
let simplifiedReading: Map<string, string> | undefined;

/**
 * Every traditional character with its simplified form, as OpenCC pairs them, and Hong Kong's own
 * variants read through their standard form (衞生署 is 卫生署, 綫 is 线). A variant that is a simplified
 * character in its own right (台, 温, 为) stays itself.
 */
const traditionalToSimplified = (): Map<string, string> => {
  if (toSimplified) return toSimplified;
  const standard = singleCharMap(tsCharacters);
  const simplified = new Set(standard.values());
  const variants = characterPairs(hkVariantsRev).flatMap(([variant, form]): [string, string][] => {
    const target = standard.get(form) ?? form;
    return standard.has(variant) || simplified.has(variant) || target === variant ? [] : [[variant, target]];
  });
  return (toSimplified = new Map([...standard, ...variants]));
};

/** The text with each traditional character replaced by its simplified form; same length. */
export function simplifyChars(text: string): string {
  // 乾 is simplified too where it is not 'dry' (乾坤, and names: 王乾發 is 王乾发, never 王干发).
  const map = (simplifiedReading ??= new Map([...traditionalToSimplified()].filter(([from]) => from !== "乾")));
  let out = "";
  for (const char of text) out += map.get(char) ?? char;
  return out;
}

/** How many Han characters a text holds. */
export const hanCount = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/**
 * The script of a text: traditional when clearly more of its characters exist only in the
 * traditional set than only in the simplified set.
 */
export function detectScript(text: string): "simplified" | "traditional" {
  const toSimplifiedPairs = traditionalToSimplified();
  toTraditional ??= singleCharMap(stCharacters);
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  for (const char of text) {
    if (toSimplifiedPairs.has(char) && !toTraditional.has(char)) traditionalOnly += 1;
    else if (toTraditional.has(char) && !toSimplifiedPairs.has(char)) simplifiedOnly += 1;
  }
  return traditionalOnly > simplifiedOnly * 2 && traditionalOnly >= 3 ? "traditional" : "simplified";
}
