import fc from "fast-check";
import { expect, test } from "vitest";
import { extractLeaders } from "../../../src/lib/extract/leaders";
import { findUnits } from "../../../src/lib/extract/units";

/**
 * Properties of the extraction on sentences built to tempt it: a title followed by no name gives
 * no leader, and a description of people or of an unnamed set of bodies gives no unit, wherever
 * such phrases stand in the sentence forms reports use.
 */

const TITLES = ["市长", "副市长", "市委书记", "区长", "县长", "局长", "主任", "副主任", "书记", "市長", "局長", "处长"];
/** What follows a title without being a name: adverbs, verbs, judgements, whole phrases. */
const NOT_NAMES = [
  "很满意",
  "说",
  "表示",
  "提示",
  "高度重视",
  "强调指出",
  "亲自部署",
  "对此深表遗憾",
  "也到场",
  "要求各单位",
  "一行",
  "办公室",
  "全面部署",
  "同志们",
  "认为",
  "指出",
  "带队检查",
  "们",
];
const DESCRIPTIONS = [
  "有关科室负责同志",
  "执法等职能部门",
  "相关科室人员",
  "该组成员",
  "被通报的乡镇",
  "各单位业务骨干",
  "全体干部",
  "广大市民",
  "建设、施工、监理等有关单位",
  "基层单位",
  "责任单位",
  "监管部门",
  "参建单位",
  "党员干部",
  "落到实处",
];
/** Sentence forms that name leaders and units in reports. */
const LEADER_FORMS = [(t: string, x: string) => `${t}${x}。`, (t: string, x: string) => `会上，${t}${x}，要加快推进。`];
const UNIT_FORMS = [
  (u: string) => `${u}要切实提高认识。`,
  (u: string) => `由${u}负责落实。`,
  (u: string) => `请${u}加强宣导。`,
  (u: string) => `${u}汇报了工作进展。`,
  (u: string) => `责任单位：${u}。`,
  (u: string) => `会议要求${u}务必按期完成。`,
];

test("a title followed by no name never makes a leader", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...TITLES),
      fc.constantFrom(...NOT_NAMES),
      fc.constantFrom(...LEADER_FORMS),
      (title, notName, form) => {
        expect(extractLeaders(form(title, notName)).leaders).toEqual([]);
      },
    ),
    { numRuns: 300 },
  );
});

test("descriptions of people and unnamed sets of bodies are never units", () => {
  fc.assert(
    fc.property(fc.constantFrom(...DESCRIPTIONS), fc.constantFrom(...UNIT_FORMS), (description, form) => {
      expect(findUnits(form(description))).toEqual([]);
    }),
    { numRuns: 300 },
  );
});
