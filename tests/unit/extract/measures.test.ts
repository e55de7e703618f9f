import { expect, test } from "vitest";
import { extractMeasures, type Paragraph } from "../../../src/lib/extract/measures";
import { findUnits } from "../../../src/lib/extract/units";

const paragraph = (text: string, heading?: string): Paragraph => ({
  original: text,
  simple: text,
  ...(heading ? { heading } : {}),
});
const context = { docType: "会议报道", year: 2024, ownUnits: [], unitsOf: (sentence: string) => findUnits(sentence) };

test("directives become measures; the speaker's words before them are dropped", () => {
  const measures = extractMeasures(
    [paragraph("江凌强调,要对标测评体系,集中解决好突出问题。持续抓好老旧小区改造,确保今年实现大头落地。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "要对标测评体系,集中解决好突出问题。",
    "持续抓好老旧小区改造,确保今年实现大头落地。",
  ]);
  expect(measures[1]).toMatchObject({ tags: ["老旧小区改造"], deadline: { text: "今年", date: "2024-12-31" } });
});

test("reported progress and narration are not measures", () => {
  const measures = extractMeasures(
    [paragraph("去年以来,全市累计建成邻里中心338个。会议播放了专题片。截至目前,已完成579个老旧小区改造。")],
    context,
  );
  expect(measures).toEqual([]);
});

test("a section under a 下一步 heading holds measures, one under 回顾 holds none", () => {
  const measures = extractMeasures(
    [
      paragraph("推进白马寺片区环境综合整治。", "回顾 工作进展情况"),
      paragraph("推动呼南高铁早日开工建设。", "展望 下一步重点方向"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["推动呼南高铁早日开工建设。"]);
});

test("the subject of 要 is the responsible unit", () => {
  const [measure] = extractMeasures([paragraph("公安交警部门要进一步加大教育惩戒力度。")], context);
  expect(measure?.units).toEqual(["公安交警部门"]);
});

test("一是…；二是… gives one measure per item, a short head joins the sentences after it", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "下一步,我县将强化担当。一是提升站位,严守底线;二是加大宣传力度,营造氛围。三是加强网格化管理。形成四级管理体系。",
      ),
    ],
    { ...context, docType: "检查", ownUnits: ["嵩县人民政府"] },
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "下一步,我县将强化担当。",
    "一是提升站位,严守底线;",
    "二是加大宣传力度,营造氛围。",
    "三是加强网格化管理。形成四级管理体系。",
  ]);
  expect(measures.every((measure) => measure.units.includes("嵩县人民政府"))).toBe(true);
});

test("a 检查's list of faults is not a list of measures", () => {
  const measures = extractMeasures(
    [paragraph("通过深刻反思,主要存在三方面问题:一是思想认识不到位。二是工作作风不扎实。")],
    { ...context, docType: "检查" },
  );
  expect(measures).toEqual([]);
});
