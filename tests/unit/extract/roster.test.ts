import { expect, test } from "vitest";
import { rosterLeaders, rosterNames } from "../../../src/lib/extract/roster";
import { extractPage } from "../../../src/lib/extract/page";

test("whole names separated by spaces, a two-character one padded into two pieces (廖 鲤)", () => {
  expect(rosterNames("欧晋德 白秀雄 陈裕璋 廖 鲤 康炳政")).toEqual(["欧晋德", "白秀雄", "陈裕璋", "廖鲤", "康炳政"]);
});

test("characters spaced one by one: names cut at surnames and wide gaps, a padded pair (陈  菊) one name", () => {
  expect(
    rosterNames("林 嘉 诚     白 秀 雄    陈 哲 男 廖 正 井     李 逸 洋 林 全 郭 生 玉     陈  菊 卓  藤 贺 陈 旦"),
  ).toEqual(["林嘉诚", "白秀雄", "陈哲男", "廖正井", "李逸洋", "林全", "郭生玉", "陈菊", "卓藤", "贺陈旦"]);
});

test("an absentee (公假) is left out; a deputy (陈华泰代) is listed in the principal's place", () => {
  expect(rosterNames("游 锡 泾公假   马 永 成 郭 吉 仁陈华泰代 王 进 旺")).toEqual(["马永成", "陈华泰", "王进旺"]);
  expect(rosterNames("欧晋德 游锡泾公假 郭吉仁陈华泰代")).toEqual(["欧晋德", "陈华泰"]);
});

test("a value that is no roster (a sentence, an office in a name's place) names no one", () => {
  expect(rosterNames("会议由市长主持，各局处首长出席。")).toEqual([]);
  expect(rosterNames("陈 市 长")).toEqual([]);
  expect(rosterLeaders([{ label: "主席", value: "陳 市 長" }])).toEqual([]);
});

test("the chair chairs and those present or in attendance attend, in the script-neutral simplified form", () => {
  expect(
    rosterLeaders([
      { label: "主席", value: "馬英九" },
      { label: "出席", value: "歐晉德 白秀雄" },
      { label: "列席", value: "蔡茂岳" },
    ]),
  ).toEqual([
    { name: "马英九", role: "主持" },
    { name: "欧晋德", role: "出席" },
    { name: "白秀雄", role: "出席" },
    { name: "蔡茂岳", role: "出席" },
  ]);
});

/** The leaders of a saved minutes page, as [name, role]. */
const minutesLeaders = (lines: string[]): (string | undefined)[][] | undefined =>
  extractPage(lines.join("\n"), { file: "seeds/x.txt" }).entries[0]?.data.leaders?.map((leader) => [
    leader.name,
    leader.role,
  ]);

test.each([
  ["on two lines, spacing read before cleaning", ["主席", "    馬英九", "出席", "", "    歐晉德 白秀雄 廖　鯉"]],
  [
    "on one line each (主席：馬英九, 出席：歐晉德 白秀雄 廖　鯉)",
    ["主席：馬英九", "出席：歐晉德 白秀雄 廖　鯉", "紀錄：許菁芳"],
  ],
])("a saved minutes page's roster fields %s give the chair and those present", (_, fields) => {
  expect(
    minutesLeaders([
      "臺北市政府第1250次市政會議",
      "開會日期：2003-12-30",
      ...fields,
      "壹、報告事項 一、新聞處報告:一週重要輿情摘要報告。主席裁示:請交通局規劃停車資訊。",
    ]),
  ).toEqual([
    ["马英九", "主持"],
    ["欧晋德", "出席"],
    ["白秀雄", "出席"],
    ["廖鲤", "出席"],
  ]);
});

test("review: a roster line of bodies, places, group words or another label names no one; an office in a chair's name is none", () => {
  expect(rosterNames("原民会 客委会 卫生所 警察分局")).toEqual([]);
  expect(rosterNames("洛阳 郑州 开封")).toEqual([]);
  expect(rosterNames("班子成员 各股室负责人")).toEqual([]);
  expect(rosterNames("纪录")).toEqual([]);
  expect(rosterNames("林主秘")).toEqual([]);
  expect(rosterNames("陈 主 任")).toEqual([]);
});

test("review: spaced names with single gaps cut where a common surname opens (林 全 张 景 森 → 林全, 张景森)", () => {
  expect(rosterNames("林 全 张 景 森 施 俊 吉")).toEqual(["林全", "张景森", "施俊吉"]);
});

test("review: a 主席 field alone is a post (a union's 主席：李明), not a meeting's chair", () => {
  expect(rosterLeaders([{ label: "主席", value: "李明" }])).toEqual([]);
});
