/**
 * Some converters leave the pinyin of a character after it: 建設(shè), 質(zhì). Only a
 * parenthesis that holds one valid pinyin syllable right after a Han character is removed, so
 * 小程序(app) or (记者李凤霞) stay.
 */

const INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?";
const FINALS =
  "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ve|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)";
const SyllableRE = new RegExp(`^${INITIALS}${FINALS}[1-5]?$`);
const ToneMarks: Record<string, string> = {
  ā: "a",
  á: "a",
  ǎ: "a",
  à: "a",
  ē: "e",
  é: "e",
  ě: "e",
  è: "e",
  ī: "i",
  í: "i",
  ǐ: "i",
  ì: "i",
  ō: "o",
  ó: "o",
  ǒ: "o",
  ò: "o",
  ū: "u",
  ú: "u",
  ǔ: "u",
  ù: "u",
  ǖ: "v",
  ǘ: "v",
  ǚ: "v",
  ǜ: "v",
  ü: "v",
};
/** A Han character followed by a parenthesised run of Latin letters (either width of parenthesis). */
const CandidateRE = /(\p{Script=Han})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[1-5]?)[)）]/gu;

/** True when the word is one pinyin syllable, with or without tone marks or tone number. */
export function isPinyinSyllable(word: string): boolean {
  const plain = Array.from(word)
    .map((char) => ToneMarks[char] ?? char)
    .join("");
  return SyllableRE.test(plain);
}

/** The text without pinyin artefacts, and how many were removed. */
export function removePinyinArtefacts(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(CandidateRE, (whole, han: string, word: string) => {
    if (!isPinyinSyllable(word)) return whole;
    removed += 1;
    return han;
  });
  return { text: cleaned, removed };
}
