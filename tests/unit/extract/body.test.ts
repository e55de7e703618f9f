import { expect, test } from "vitest";
import { articleBody } from "../../../src/lib/extract/body";
import { articleLayout } from "../../../src/lib/extract/layout";
import { unitResolver } from "../../../src/lib/extract/units";

const shiCheng = { province: "江西省", city: "赣州市", district: "石城县" };

test("a line naming only a unit heads the tasks below it, until the next outline section", () => {
  const layout = articleLayout([
    "考核细则",
    "各责任单位按下列细则考核。",
    "二、部门履职差异考核项目",
    "县委农工部",
    "农村生活垃圾专项治理",
    "1.探索实行农村生活垃圾分类试点（15分）;",
    "县水利局、水保局",
    "1.加强河道管理，严厉打击非法侵占水域岸线行为（5分）；",
    "三、综合奖扣分项目",
    "1.获得省级表彰的加5分。",
  ]);
  const { blocks, paragraphs } = articleBody(layout, unitResolver(shiCheng));
  expect(paragraphs.map((paragraph) => paragraph.assignees)).toEqual([
    undefined,
    ["石城县委农工部"],
    ["石城县水利局", "石城县水保局"],
    undefined,
  ]);
  expect(blocks.filter((block) => block.kind === "heading").map((block) => block.text)).toEqual([
    "二、部门履职差异考核项目",
    "县委农工部",
    "农村生活垃圾专项治理",
    "县水利局、水保局",
    "三、综合奖扣分项目",
  ]);
});

test("a long outline item that runs past a comma is a paragraph, a short one a heading", () => {
  const layout = articleLayout([
    "七大宣导策略",
    "警察局提报七大宣导策略。",
    "一、坚持高标准规划，高质量建设",
    "二、「校园宣导」由教育局办理入校实体和数位课程宣导，从小培养反诈种子",
  ]);
  const { blocks } = articleBody(layout, unitResolver({}));
  expect(blocks.map((block) => block.kind)).toEqual(["paragraph", "heading", "paragraph"]);
});

test("a table's row saved on one line is data, no heading, even when it names a town", () => {
  const layout = articleLayout([
    "现将考评结果予以通报。希望受通报的单位继续发扬成绩。",
    "| 单 位 | 分 数 | 名次 |",
    "| 灵 昆 镇 | 79.19 | 1 |",
  ]);
  const { blocks } = articleBody(layout, unitResolver({}));
  expect(blocks.map((block) => block.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
});

test("a task table row: its duty heads the numbered items, a scored line is a task, the next unit starts afresh", () => {
  const layout = articleLayout([
    "考核细则",
    "各责任单位按下列细则考核。",
    "县林业局",
    "持续加大非法侵占林地、破坏湿地和野生动物资源等违法犯罪的整治力度",
    "1.完善森林资源管理监督检查机制（10分）；",
    "县交通运输局",
    "加强砂石运输车辆执法检查（60分）",
  ]);
  const { blocks, paragraphs } = articleBody(layout, unitResolver(shiCheng));
  expect(blocks.filter((block) => block.kind === "heading").map((block) => block.text)).toEqual([
    "县林业局",
    "持续加大非法侵占林地、破坏湿地和野生动物资源等违法犯罪的整治力度",
    "县交通运输局",
  ]);
  expect(paragraphs.slice(1).map(({ simple, heading, assignees }) => ({ simple, heading, assignees }))).toEqual([
    {
      simple: "1.完善森林资源管理监督检查机制（10分）；",
      heading: "持续加大非法侵占林地、破坏湿地和野生动物资源等违法犯罪的整治力度",
      assignees: ["石城县林业局"],
    },
    { simple: "加强砂石运输车辆执法检查（60分）", heading: undefined, assignees: ["石城县交通运输局"] },
  ]);
});
