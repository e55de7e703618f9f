import { expect, test } from "vitest";
import { cellTables, unitsInCell } from "../../../src/lib/extract/cell-table";
import { extractPage } from "../../../src/lib/extract/page";
import { rejoinBrokenLines } from "../../../src/lib/extract/split";
import { extractMeasures } from "../../../src/lib/extract/measures";

/** The rows a table reads to: task text → units as written. */
function rows(lines: string[]): Record<string, string[]> {
  const table = cellTables(lines);
  return Object.fromEntries([...table.tasks].map(([at, units]) => [lines[at] ?? "", units]));
}

test("a table saved a cell a line gives each row's task the units of its own row, not the next row's", () => {
  const lines = [
    "序号",
    "主要工作",
    "责任单位",
    "1",
    "生产总值增长7.5%左右",
    "▲发改局,各部门,各镇乡(街道)",
    "2",
    "一般公共预算收入增长7.5%",
    "▲税务局,财政局",
  ];
  expect(rows(lines)).toEqual({
    "生产总值增长7.5%左右": ["发改局", "各部门", "各镇乡（街道）"],
    "一般公共预算收入增长7.5%": ["税务局", "财政局"],
  });
  // Header, number and unit cells task no one.
  expect([...cellTables(lines).cells].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 5, 6, 8]);
});

test("without its number cells (a cleaned page drops lone numbers) the rows still pair task and units", () => {
  expect(
    rows([
      "主要工作",
      "责任单位",
      "完成时限",
      "研发投入强度2.85%以上",
      "▲科技局",
      "2023年12月底前",
      "社会消费品零售总额增长9%以上",
      "商务局",
    ]),
  ).toEqual({ "研发投入强度2.85%以上": ["科技局"], "社会消费品零售总额增长9%以上": ["商务局"] });
});

test("a unit cell merged over numbered rows carries on; a block's name before a number is no task", () => {
  // The same first row; then a row with no unit cell of its own, or a block's name before the next number.
  const firstRow = ["序号", "重点任务", "牵头单位", "1", "推进老旧小区改造", "住建局"];
  expect(rows([...firstRow, "2", "完善小区配套设施", "3", "整治背街小巷", "城管局"])).toEqual({
    推进老旧小区改造: ["住建局"],
    完善小区配套设施: ["住建局"],
    整治背街小巷: ["城管局"],
  });
  expect(rows([...firstRow, "城市管理", "2", "整治背街小巷", "城管局"])).toEqual({
    推进老旧小区改造: ["住建局"],
    整治背街小巷: ["城管局"],
  });
});

test("a 配合单位 column adds to the row's lead units; prose after the table is no row", () => {
  const lines = [
    "工作任务",
    "牵头单位",
    "配合单位",
    "开展燃气安全排查",
    "应急局",
    "住建局、市场监管局",
    "各单位要高度重视，认真落实。",
    "会议强调，要压实责任。",
    "会议要求，要加强督查。",
  ];
  expect(rows(lines)).toEqual({ 开展燃气安全排查: ["应急局", "住建局", "市场监管局"] });
  expect(cellTables(lines).cells.has(6)).toBe(false);
});

test("column names alone, or a header without a units column, make no table", () => {
  expect(rows(["序号", "主要工作", "1", "生产总值增长7.5%左右", "发改局"])).toEqual({});
  expect(rows(["责任单位", "会议要求各单位抓好落实。", "发改局"])).toEqual({});
});

test("a responsibility list's rows become measures carried by the city's bureaus", () => {
  const text = [
    "诸暨市人民政府办公室关于印发2023年政府重点工作责任清单的通知",
    "发布时间: 2023-02-09",
    "各镇乡人民政府,各街道办事处,市政府各部门:",
    "现将2023年政府重点工作责任清单印发给你们,请各单位认真抓好工作清单落实。",
    "诸暨市人民政府办公室",
    "2023年2月9日",
    "附件",
    "2023年政府重点工作责任清单",
    "序号",
    "主要工作",
    "责任单位",
    "1",
    "固定资产投资增长10%以上",
    "▲发改局,各部门",
    "2",
    "社会消费品零售总额增长9%以上",
    "▲商务局,各镇乡(街道)",
  ].join("\n");
  const [entry] = extractPage(text, { file: "seeds/list.txt" }).entries;
  const measures = entry?.data.measures ?? [];
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual(
    expect.arrayContaining([
      ["固定资产投资增长10%以上", ["诸暨市发改局", "诸暨市各部门"]],
      ["社会消费品零售总额增长9%以上", ["诸暨市商务局", "诸暨市各镇乡（街道）"]],
    ]),
  );
});

test("a unit cell ends its row: the next row's task is not joined to it as a broken line", () => {
  const lines = [
    "区发展改革局、区工业和信息化局、沈阳近海经济区管委会",
    "加快在建项目的建设进度,推动签约项目的开工建设。",
  ];
  expect(rejoinBrokenLines(lines)).toEqual(lines);
});

test("a header's outline heading (一、…) and a 责任领导 name cell are no tasks", () => {
  expect(
    rows([
      "主要工作举措",
      "牵头单位",
      "配合单位",
      "责任领导",
      "一、做大做强主导产业",
      "加快构建现代化产业体系,实现三产融合发展。",
      "区农业农村局",
      "区发展改革局",
      "冯冬昌",
      "推动一批项目的签约落地。",
      "区工业和信息化局",
    ]),
  ).toEqual({
    "加快构建现代化产业体系,实现三产融合发展。": ["区农业农村局", "区发展改革局"],
    "推动一批项目的签约落地。": ["区工业和信息化局"],
  });
});

test("a table saved with its cell bars: a wrapped 牵头单位 cell leads its row and the rows after it", () => {
  const lines = [
    "|",
    "市",
    "监",
    "察",
    "局",
    "| 想问题、做决策、安排资金,必须首先考虑群众受益。",
    "| 市直各单位、各区县市",
    "|",
    "严肃查处利用职权谋取私利的腐败行为,建设廉洁的政府",
    "| 审计局、财政局",
    "|",
    "长沙",
    "先导",
    "区管委会",
    "| 推进河西商业配套建设",
    "| 商务局、高新区、岳麓区",
  ];
  expect(rows(lines)).toEqual({
    "| 想问题、做决策、安排资金,必须首先考虑群众受益。": ["市监察局", "市直各单位", "各区、县（市）"],
    "严肃查处利用职权谋取私利的腐败行为,建设廉洁的政府": ["市监察局", "审计局", "财政局"],
    "| 推进河西商业配套建设": ["长沙先导区管委会", "商务局", "高新区", "岳麓区"],
  });
});

test("stray bars between a forum post's paragraphs make no table", () => {
  const lines = ["|", "王县长主持县务会议。", "|", "|", "王县长要求各单位撙节支出。"];
  expect(rows(lines)).toEqual({});
  expect(cellTables(lines).cells.size).toBe(0);
});

test("a 责任单位 cell merged over the rows of one lead carries to them; a row's task cell is one task", () => {
  const lines = [
    "|",
    "市",
    "发",
    "改",
    "委",
    "| 地区生产总值增长13%",
    "| 统计局和市直相关单位",
    "|",
    "固定资产投资增长20%",
    "|",
    "| 想问题、做决策,必须首先考虑群众受益。时常换位思考,了解群众的需求。",
    "| 审计局",
  ];
  expect(rows(lines)).toEqual({
    "| 地区生产总值增长13%": ["市发改委", "统计局", "市直相关单位"],
    "固定资产投资增长20%": ["市发改委", "统计局", "市直相关单位"],
    "| 想问题、做决策,必须首先考虑群众受益。时常换位思考,了解群众的需求。": ["市发改委", "审计局"],
  });
  const measures = extractMeasures(
    [
      {
        original: "想问题、做决策,必须首先考虑群众受益。时常换位思考,了解群众的需求。",
        simple: "想问题、做决策,必须首先考虑群众受益。时常换位思考,了解群众的需求。",
        assignees: ["审计局"],
        tableRow: true,
      },
    ],
    { docType: "其他", year: 2024, ownUnits: [], unitsOf: () => [], unitsOpening: () => [] },
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "想问题、做决策,必须首先考虑群众受益。时常换位思考,了解群众的需求。",
  ]);
});

test("the text after a barred table is no row of it: its orders stay orders", () => {
  const lines = [
    "|",
    "市",
    "监",
    "察",
    "局",
    "| 严肃查处腐败行为,建设廉洁的政府",
    "| 审计局",
    "|",
    "| 推进河西商业配套建设",
    "| 商务局",
    "|",
    "| 推进国家安全工作发展",
    "| 市直各单位",
    "会议强调,要压实责任。",
    "会议要求,要加强督查。",
  ];
  const table = cellTables(lines);
  expect(table.cells.has(13)).toBe(false);
  expect(table.tasks.has(13)).toBe(false);
  expect(table.cells.has(14)).toBe(false);
});

test("a unit cell may list a dozen bodies, longer than a heading line would be", () => {
  const lines = [
    "序号",
    "事项",
    "责任单位",
    "牵头单位",
    "1",
    "地区生产总值增长6.5%以上。",
    "区农业农村局、区经商局、区市场监管局、区建设局、区发改局、区交通局、区商金中心、区人力社保局",
    "区发改局",
  ];
  const { tasks } = cellTables(lines);
  expect(tasks.get(5)).toEqual([
    "区农业农村局",
    "区经商局",
    "区市场监管局",
    "区建设局",
    "区发改局",
    "区交通局",
    "区商金中心",
    "区人力社保局",
  ]);
});

test("a progress table saved a cell a line, each cell closed by its bar: rows keep their units, progress cells are no tasks", () => {
  const lines = [
    "序号 |",
    "主要任务 |",
    "全年目标任务 |",
    "分管 领导 |",
    "牵头 单位 |",
    "责任主体与协同单位 |",
    "1-9月推进情况 |",
    "是否达序 |",
    "说明 |",
    "7 |",
    "改造提升老旧小区排水管网12公里。 |",
    "赵立新 |",
    "住建局 |",
    "市政局、各街道 |",
    "已完成管网改造8公里,正在推进剩余路段。 |",
    "是 |",
    "8 |",
    "新建口袋公园6个。 |",
    "赵立新 |",
    "园林局 |",
    "相关街道 |",
    "已选定点位4处,设计方案正在审查。 |",
    "否 |",
    "受征迁影响,两处点位需调整,下阶段将加快推进。 |",
  ];
  expect(rows(lines)).toEqual({
    "改造提升老旧小区排水管网12公里。 |": ["住建局", "市政局", "各街道"],
    "新建口袋公园6个。 |": ["园林局", "相关街道"],
  });
  const { cells } = cellTables(lines);
  for (const at of [14, 21, 23]) expect(cells.has(at)).toBe(true);
});

test("bar-closed cells under a header that ends with its units: each task keeps its own unit; a unit cell keeps its space", () => {
  const lines = [
    "序号 |",
    "工作任务 |",
    "责任单位 |",
    "1 |",
    "完成老旧小区改造12个，同步实施雨污分流。 |",
    "区住建局 |",
    "新建口袋公园6个，改造提升街头绿地。 |",
    "区园林局 区城管局 |",
  ];
  expect(rows(lines)).toEqual({
    "完成老旧小区改造12个，同步实施雨污分流。 |": ["区住建局"],
    "新建口袋公园6个，改造提升街头绿地。 |": ["区园林局", "区城管局"],
  });
});

test("a table whose number cells the cleaning dropped reads its 完成时限 column: each row is due when its own cell says", () => {
  const lines = [
    "序号",
    "惠民实事",
    "责任单位",
    "完成时限",
    "新建城市书房3处。",
    "县文广新局",
    "县城投公司",
    "10月底前",
    "改造城区公厕12座。",
    "县城管局",
    "8月投入使用",
    "建成县婴幼儿照护服务中心。",
    "县卫健局",
    "6月底前开工",
    "建成社区养老服务站2个。",
    "11月底前",
  ];
  const table = cellTables(lines);
  expect(rows(lines)).toEqual({
    "新建城市书房3处。": ["县文广新局", "县城投公司"],
    "改造城区公厕12座。": ["县城管局"],
    "建成县婴幼儿照护服务中心。": ["县卫健局"],
    // A task between a row's due cell and the next due cell, with no unit cell, shares the merged one above.
    "建成社区养老服务站2个。": ["县卫健局"],
  });
  expect(Object.fromEntries([...table.dues].map(([at, due]) => [lines[at], due]))).toEqual({
    "新建城市书房3处。": "10月底前",
    "改造城区公厕12座。": "8月投入使用",
    "建成县婴幼儿照护服务中心。": "6月底前开工",
    "建成社区养老服务站2个。": "11月底前",
  });
});

test("a due column before the units column gives each row the due cell read before its units", () => {
  const lines = ["序号", "工作任务", "完成时限", "责任单位", "1", "完成背街小巷改造20条。", "9月底前", "区住建局"];
  const table = cellTables(lines);
  expect(table.tasks.get(5)).toEqual(["区住建局"]);
  expect(table.dues.get(5)).toBe("9月底前");
});

test("a task table's measures carry their row's 完成时限 as their deadline, dated in the notice's year", () => {
  const text = [
    "关于下达2019年惠民实事任务的通知",
    "各镇人民政府,县级各部门:",
    "现将2019年惠民实事任务分解下达,请认真抓好落实。",
    "某县人民政府办公室",
    "2019年3月5日",
    "附件",
    "2019年惠民实事任务分解表",
    "序号",
    "惠民实事",
    "责任单位",
    "完成时限",
    "1",
    "新建城市书房3处。",
    "县文广新局",
    "10月底前",
    "2",
    "改造城区公厕12座。",
    "县城管局",
    "8月投入使用",
  ].join("\n");
  const [entry] = extractPage(text, { file: "seeds/x.txt" }).entries;
  const due = Object.fromEntries((entry?.data.measures ?? []).map((measure) => [measure.text, measure.deadline]));
  expect(due["新建城市书房3处。"]).toEqual({ text: "10月底前", date: "2019-10-31" });
  expect(due["改造城区公厕12座。"]).toEqual({ text: "8月", date: "2019-08-31" });
});

test("a short first task is no column name, and a date column between task and units closes no row", () => {
  const short = ["序号", "工作任务", "责任单位", "完成时限", "改造提升农贸市场", "县商务局", "10月底前"];
  expect(rows(short)).toEqual({ 改造提升农贸市场: ["县商务局"] });
  const years = [
    "序号",
    "项目名称",
    "建设年限",
    "责任单位",
    "完成时限",
    "城南污水处理厂二期工程",
    "2024年",
    "县水利局",
    "12月底前",
    "县人民医院新院区建设",
    "2024年",
    "县卫健局",
    "11月底前",
  ];
  const table = cellTables(years);
  expect(rows(years)).toEqual({ 城南污水处理厂二期工程: ["县水利局"], 县人民医院新院区建设: ["县卫健局"] });
  expect([table.dues.get(5), table.dues.get(9)]).toEqual(["12月底前", "11月底前"]);
});

test("a row keeps its own due when a short task after it reads as no task, and a name in the units column shares no unit", () => {
  const lines = [
    "序号",
    "工作任务",
    "责任单位",
    "完成时限",
    "完成城区主次干道改造提升工程。",
    "县住建局",
    "6月底前",
    "新建城区停车场两处。",
    "王建军",
    "10月底前",
  ];
  const table = cellTables(lines);
  expect(table.dues.get(4)).toBe("6月底前");
  expect(table.tasks.get(7) ?? []).not.toContain("县住建局");
});

test("a page that is only a task table, its cells between bar lines, is read row by row and titled by its first task", () => {
  // 负责部门 names the units column and 时间进度 the due column; the page's dues keep its spaces.
  const rows = [
    ["完善城区排水管网建设", "区住建局、区水务局", "2019 年底前"],
    ["推进老旧小区改造提升,完善小区配套设施", "区住建局,各街道办事处", "2019—2020 年底前"],
    ["建立健全市容环境长效管理机制", "区城管局", "常态工作"],
  ];
  const cells: string[] = ["序号", "工作任务", "负责部门", "时间进度"];
  for (const [index, row] of rows.entries()) cells.push(String(index + 1), ...row);
  const text = `|\n${cells.map((cell) => `${cell}\n|\n`).join("")}`;
  const [entry] = extractPage(text, { file: "seeds/table.txt" }).entries;
  expect(entry?.data.title).toBe("完善城区排水管网建设");
  const measures = entry?.data.measures ?? [];
  const due = (at: number) => {
    const deadline = measures[at]?.deadline;
    return typeof deadline === "object" ? deadline : { text: deadline };
  };
  expect(measures.map((measure, at) => [measure.text, (measure.units ?? []).length > 0, due(at).text])).toEqual([
    ["完善城区排水管网建设", true, "2019 年底前"],
    ["推进老旧小区改造提升,完善小区配套设施", true, "2019—2020 年底前"],
    ["建立健全市容环境长效管理机制", true, undefined],
  ]);
  expect(due(1)).toEqual({ text: "2019—2020 年底前", date: "2020-12-31" });
});

test("#87's rules: a party notice's addressees name the party organisations, and an alternative inside a name is no gap", () => {
  expect(unitsInCell("各乡镇党委，县直各单位党组织")).toEqual(["各乡镇党委", "县直各单位党组织"]);
  expect(unitsInCell("各镇（街道）党（工）委，区直各部门")).toEqual(["各镇（街道）党委", "区直各部门"]);
  expect(unitsInCell("各街道、县委各部(委)办、各国有企业党组织")).toEqual(["各街道", "县委各部办", "各国有企业党组织"]);
  // (A party organisation no collective or body holds is none: 加强党组织建设.)
  expect(unitsInCell("加强基层党组织")).toEqual([]);
});
