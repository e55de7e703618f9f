import { expect, test } from "vitest";
import { extractMeasures, type Paragraph } from "../../../src/lib/extract/measures";
import { findUnits, practiceHolders, unitsOpening } from "../../../src/lib/extract/units";
import { DeadlineLineRE } from "../../../src/lib/extract/patterns";
import { simplifyChars } from "../../../src/lib/text/script";

const paragraph = (text: string, heading?: string): Paragraph => ({
  original: text,
  simple: text,
  ...(heading ? { heading } : {}),
});
const context = {
  docType: "会议报道",
  year: 2024,
  ownUnits: [],
  unitsOf: (sentence: string) => findUnits(sentence),
  unitsOpening: (passage: string) => unitsOpening(passage),
};

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

test("a visit's lead that stresses what must be done gives the order after 强调, not what it stresses is required", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "5月8日,县长王军赴城关镇督导检查防汛备汛工作,强调要压实防汛责任,抓好隐患排查。副县长李明主持召开专题会议,强调必须守住安全底线。",
      ),
      paragraph("6月2日,区长赵刚到城南街道调研,强调要求很高的工作要细之又细。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["要压实防汛责任,抓好隐患排查。", "必须守住安全底线。"]);
});

test("an item that hands out an award is no task; one that orders the award's follow-up is", () => {
  const measures = extractMeasures(
    [
      paragraph("一、表扬本县防汛抢险有功人员及单位,计有:"),
      paragraph("(二)县消防救援大队、城关镇人民政府,各颁发奖状一帧。"),
      paragraph("(三)县人事处要于月底前将受表扬人员事迹颁发证书并登载县府网站。"),
      paragraph("(四)授予县应急管理局等10个单位“安全生产先进集体”称号,颁发奖牌。"),
      paragraph("(五)对获奖选手颁发荣誉证书和奖金。"),
      paragraph("(六)由县人社局负责为获奖选手颁发证书。"),
    ],
    { ...context, docType: "会议报道" },
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "(三)县人事处要于月底前将受表扬人员事迹颁发证书并登载县府网站。",
    "(五)对获奖选手颁发荣誉证书和奖金。",
    "(六)由县人社局负责为获奖选手颁发证书。",
  ]);
});

test("something about to happen (冷空气就要来了) is no order; 就要 as must (发现问题就要整改) is", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "据市气象台预报,我市将从多云转为阴天,冷空气就要来了。发现问题就要及时整改。汛期快要到了,各乡镇抓紧开展隐患排查。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "发现问题就要及时整改。",
    "汛期快要到了,各乡镇抓紧开展隐患排查。",
  ]);
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

test("a circular's numbered faults are no measures; under the heading that orders after them (三、后段要求) its items are, with their subject", () => {
  const measures = extractMeasures(
    [
      paragraph("1.保洁不彻底。部分村组垃圾未及时清运。", "二、存在的问题"),
      paragraph("2.改厕进度不均衡。部分村底数不清,需加快进度。", "二、存在的问题"),
      paragraph("1.各村要建立保洁长效机制,全面做好人居环境整治工作。", "三、后段要求"),
      paragraph("2.县住建局要加快推进农村改厕工作进度。", "三、后段要求"),
    ],
    { ...context, docType: "通报" },
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["1.各村要建立保洁长效机制,全面做好人居环境整治工作。", ["各村"]],
    ["2.县住建局要加快推进农村改厕工作进度。", ["县住建局"]],
  ]);
});

test("各单位都 after bodies its sentence named gathers those bodies; without 都, or with no body named before it, 各单位 is every body", () => {
  const unitsOf = (text: string): string[][] =>
    extractMeasures([paragraph(text)], context).map((measure) => measure.units);
  expect(
    unitsOf("区长表示:公路局、体育处等在本区有空地,另水利局也有工地在本区,希望各单位都能协助清除积水容器。"),
  ).toEqual([["公路局", "体育处", "水利局"]]);
  expect(unitsOf("区长表示:公路局、体育处等在本区有空地,希望各单位能协助清除积水容器。")).toEqual([["各单位"]]);
  expect(unitsOf("区长表示:本区有许多空地,希望各单位都能协助清除积水容器。")).toEqual([["各单位"]]);
});

test("an order after a story in one sentence starts the measure; a clause after ； with its own order is its own", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "市政府于今日上午召开防汛工作会议，市长李明主持会议，要求各局处做好防汛准备；受降雨影响水位仍将上升，他指示沿河各区要提前转移低洼地带群众。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "要求各局处做好防汛准备；",
    "受降雨影响水位仍将上升，他指示沿河各区要提前转移低洼地带群众。",
  ]);
});

test("work put in a unit's hands or announced from today is a measure; 将 before a duration is not", () => {
  const texts = extractMeasures(
    [
      paragraph("广场将试营运三个月，将由工务局订定使用管理规则。"),
      paragraph("文化局表示，即日起将进行湖区淤泥清除工程。"),
      paragraph("灯会活动将持续十天。"),
      paragraph("王市长也要求警察局加强春节期间治安巡逻。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    "广场将试营运三个月，将由工务局订定使用管理规则。",
    "即日起将进行湖区淤泥清除工程。",
    "王市长也要求警察局加强春节期间治安巡逻。",
  ]);
});

test("what a meeting says after hearing a report (听取…的汇报并指出,) is its order", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议听取关于制订《张江高新区普陀园改革创新发展行动方案(2025-2026年)》的情况汇报并指出,各部门各单位要强化责任落实,确保任务顺利落地。",
      ),
      paragraph("会议听取关于2024年城市体检工作开展情况的汇报并指出,要以城市体检促进城市更新。"),
      paragraph("会议听取了全区城市体检工作开展情况的汇报。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "各部门各单位要强化责任落实,确保任务顺利落地。",
    "要以城市体检促进城市更新。",
  ]);
});

test("须 before 提高, and bodies starting work this morning at an order (于今早起展开), give measures", () => {
  const measures = extractMeasures(
    [
      paragraph("岑浩辉强调,特区政府须全面提高防火防灾避险意识,加强对社会的宣传教育工作。"),
      paragraph("他昨晚已作出指示,通过跨部门协作,消防局、土地工务局及市政署于今早起展开对全澳棚架工程的联合巡查行动。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "特区政府须全面提高防火防灾避险意识,加强对社会的宣传教育工作。",
    "通过跨部门协作,消防局、土地工务局及市政署于今早起展开对全澳棚架工程的联合巡查行动。",
  ]);
  expect(measures[1]?.units).toEqual(["消防局", "土地工务局", "市政署"]);
  // What still needs improving, an event from today, a report's results: no order.
  const described = extractMeasures(
    [
      paragraph("会议指出,部分单位安全意识仍需提高。"),
      paragraph("调查显示,应提高待遇的岗位主要集中在基层。"),
      paragraph("第十届茶文化节今日起在市会展中心举行。"),
      paragraph("今年,我市将加快推进老旧小区改造。去年全市改造小区40个。推进棚户区改造取得明显成效。"),
    ],
    context,
  );
  expect(described.map((measure) => measure.text)).toEqual(["今年,我市将加快推进老旧小区改造。"]);
});

test("a work meeting's plan after its opening clause, and the tasks that follow it, are measures", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "1月22日，全省住房和城乡建设工作会议召开，今年河北省将把工程建设项目全流程审批时间压减至110个工作日以内。推进企业资质和人员资格证书电子化。全面推行房屋买卖合同网签备案制度。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "今年河北省将把工程建设项目全流程审批时间压减至110个工作日以内。",
    "推进企业资质和人员资格证书电子化。",
    "全面推行房屋买卖合同网签备案制度。",
  ]);
});

test("clauses after ； that open as one before them did (进一步加大…；进一步加大…) are a parallel run of tasks", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议强调,要继续推进考核评价体系的实施,进一步加大工作指导力度;进一步加大考核工作力度,客观反映各地的工作成绩;进一步加大奖惩力度,及时公布考核评价结果。",
      ),
      paragraph(
        "会议要求,深度研究项目,找准项目拉动点;深入研究规划,统筹抓好公共服务配置;深入研究开发模式,推动片区开发。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "要继续推进考核评价体系的实施,进一步加大工作指导力度;",
    "进一步加大考核工作力度,客观反映各地的工作成绩;",
    "进一步加大奖惩力度,及时公布考核评价结果。",
    "深度研究项目,找准项目拉动点;深入研究规划,统筹抓好公共服务配置;深入研究开发模式,推动片区开发。",
  ]);
});

test("a numbered item closed by its carrier's bracket is one task, however many sentences it holds", () => {
  const measures = extractMeasures(
    [
      paragraph("1、对于地区低收入户、介寿村火灾受灾户等。在过年期间要准备寒冬送暖事宜。(民政局)"),
      paragraph("2、大同之家主任乙职在未派补之前,请林局长暂兼,并请多费点心,也请启忠专员多协助帮忙。(民政局)"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "1、对于地区低收入户、介寿村火灾受灾户等。在过年期间要准备寒冬送暖事宜。(民政局)",
    "2、大同之家主任乙职在未派补之前,请林局长暂兼,并请多费点心,也请启忠专员多协助帮忙。(民政局)",
  ]);
  expect(measures.map((measure) => measure.units)).toEqual([["民政局"], ["民政局"]]);
  // An item that reports first keeps its order apart.
  const reported = extractMeasures([paragraph("2、已完成道路修补12处。请交通局继续跟进。(交通局)")], context);
  expect(reported.map((measure) => measure.text)).toEqual(["请交通局继续跟进。(交通局)"]);
});

test("an inspection team 要求 streets and communities: an order", () => {
  const measures = extractMeasures(
    [paragraph("督查组要求南山街道孤岛社区立即进行全面整改。要求全市各街道、社区立即开展自检自查自改工作。")],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["南山街道孤岛社区"], ["全市各街道", "全市各社区"]]);
});

test("work begun from a given day or to be done jointly is a measure, with the bodies that do it", () => {
  const measures = extractMeasures(
    [
      paragraph("政府各部门由本月20日起联合在其管辖范畴内加强全城清洁,改善环境卫生,杜绝鼠患。"),
      paragraph("食物环境卫生署、房屋署及民政事务总署人员将联同深水埗区议会,在深水埗区进行清洁、灭鼠行动及宣传工作。"),
      paragraph("展览由本月20日起一连三天举行。"),
      paragraph("市博物馆举办的馆藏书画精品展由本月20日起展开，为期一个月。"),
      paragraph("自3月1日起开展安全生产专项整治行动以来，全县共检查企业326家。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "政府各部门由本月20日起联合在其管辖范畴内加强全城清洁,改善环境卫生,杜绝鼠患。",
    "食物环境卫生署、房屋署及民政事务总署人员将联同深水埗区议会,在深水埗区进行清洁、灭鼠行动及宣传工作。",
  ]);
  expect(measures[1]?.units).toEqual(["食物环境卫生署", "房屋署", "民政事务总署", "深水埗区议会"]);
});

test("a purpose clause, a quoted slogan, an appeal to the public and a question give no order", () => {
  const measures = extractMeasures(
    [
      paragraph("各区公所已提前巡查施工中工程，以确保排水顺畅。"),
      paragraph("这与上级提出的“各地要成为标杆”仍有差距。"),
      paragraph("市长也呼吁对于屋顶水塔等务必加强固定。"),
      paragraph("为什么要开展文明城市创建工作？"),
    ],
    context,
  );
  expect(measures).toEqual([]);
});

test("the items after 主要是两大类： are kinds, not tasks; the paragraphs after a plan go on with it", () => {
  const kinds = extractMeasures(
    [paragraph("需单独收运的垃圾主要是两大类："), paragraph("一是废弃口罩；"), paragraph("二是消毒液包装。")],
    context,
  );
  expect(kinds).toEqual([]);
  const plan = extractMeasures(
    [
      paragraph("今年是关键年，城关镇将围绕提质扩面，深入推进垃圾分类。"),
      paragraph("继续推进集镇商铺垃圾定时定点投放。"),
    ],
    { ...context, docType: "其他" },
  );
  expect(plan).toHaveLength(2);
});

test("an order's head before a colon is no measure, and the units it names take every item", () => {
  const measures = extractMeasures(
    [paragraph("最后，县委书记王明要求县水利局、各乡镇：一是压实防汛责任；二是做好物资储备；三是加强值班值守。")],
    context,
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["一是压实防汛责任；", ["县水利局", "各乡镇"]],
    ["二是做好物资储备；", ["县水利局", "各乡镇"]],
    ["三是加强值班值守。", ["县水利局", "各乡镇"]],
  ]);
});

test("work put under a unit's lead (由住建局牵头) is a measure, whoever frames it", () => {
  const texts = extractMeasures(
    [paragraph("会议认为，冬季供暖事关千家万户，由住建局牵头，相关部门参与，科学确定供暖时间。")],
    context,
  ).map((measure) => measure.units);
  expect(texts).toEqual([["住建局", "相关部门"]]);
});

test("a list item that reports or thanks is no task; the state of things before an order does not hide it", () => {
  const texts = extractMeasures(
    [
      paragraph("一、上周的跨年活动相当成功，在此感谢各位同仁的辛劳。"),
      paragraph("一、法制处陈报「新通过法案介绍」报告。"),
      paragraph("目前疫情有升温的现象，请相关局处加强宣导。"),
      paragraph("目前全市已完成改造120个小区。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["目前疫情有升温的现象，请相关局处加强宣导。"]);
});

test("a task keeps its score note; a scoring rule is no task, a task with its penalty is", () => {
  const assigned = (text: string): Paragraph => ({ original: text, simple: text, assignees: ["石城县林业局"] });
  const measures = extractMeasures(
    [
      assigned("1.继续推进试点流域综合治理项目工程建设，打造一批示范河流或河段。（20分）；"),
      assigned("2.对非法侵占林地的进行调查处理，出现一例未处理扣10分（20分）。"),
      assigned("3.部门年终考核结果列全省前3名的分别奖10分、5分、3分；"),
    ],
    { ...context, docType: "其他" },
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "1.继续推进试点流域综合治理项目工程建设，打造一批示范河流或河段。（20分）；",
    "2.对非法侵占林地的进行调查处理，出现一例未处理扣10分（20分）。",
  ]);
});

test("in a plan, a line that carries its score is a task", () => {
  const measures = extractMeasures([paragraph("积极配合各乡镇开展“河长制”工作（8分）。")], {
    ...context,
    docType: "其他",
  });
  expect(measures.map((measure) => measure.text)).toEqual(["积极配合各乡镇开展“河长制”工作（8分）。"]);
});

test("a task led by its deadline is a measure; a news item's dateline is not part of it", () => {
  const measures = extractMeasures(
    [
      paragraph("黑龙江日报3月20日讯 记者日前从哈尔滨市城管局获悉,今年春季,哈市将集中开展20项清理整治工作任务。"),
      paragraph(
        "据介绍,3月31日前,完成城乡结合部的垃圾堆清理工作;4月20日前,完成市场摊区内私搭乱建的各种棚清理拆除。5月20日召开的会议通报了进展。",
      ),
    ],
    { ...context, docType: "其他" },
  );
  expect(measures.map((measure) => [measure.text, measure.deadline?.text])).toEqual([
    ["今年春季,哈市将集中开展20项清理整治工作任务。", undefined],
    ["3月31日前,完成城乡结合部的垃圾堆清理工作;", "3月31日前"],
    ["4月20日前,完成市场摊区内私搭乱建的各种棚清理拆除。", "4月20日前"],
  ]);
});

test("a line naming who is responsible gives its units to the task above it", () => {
  const measures = extractMeasures(
    [
      paragraph("1.推动雁江与成都东部新区联动发展，建设临空制造配套产业基地。"),
      paragraph("责任单位：区发改局、区商务局"),
    ],
    { ...context, docType: "其他" },
  );
  expect(measures).toHaveLength(1);
  expect(measures[0]?.units).toEqual(["区发改局", "区商务局"]);
});

test("a task's own lines name its leader, its lead and partner units and when it is due", () => {
  const measures = extractMeasures(
    [
      paragraph("1.地区生产总值增长8.5%以上。"),
      paragraph("牵头负责领导:束学龙。"),
      paragraph("牵头责任单位:市发改委。"),
      paragraph("协同责任单位:市财政局、市税务局等。"),
      paragraph("完成时限:2021年12月31日"),
      paragraph("2.规上工业增加值增长9.5%以上。"),
    ],
    { ...context, year: 2021, docType: "其他" },
  );
  expect(measures.map((measure) => [measure.text, measure.units, measure.deadline?.date])).toEqual([
    ["1.地区生产总值增长8.5%以上。", ["市发改委", "市财政局", "市税务局"], "2021-12-31"],
    ["2.规上工业增加值增长9.5%以上。", [], undefined],
  ]);
});

test("work set for a holiday, a campaign period or launched jointly is a measure; the same said as done is not", () => {
  const measures = extractMeasures(
    [
      paragraph("此外，于春节前配合消保官办理市场联合稽查，查核价格揭露等情形。"),
      paragraph("警察局自2月1日22时起至2月15日24时止，展开为期15天「加强重要节日安全维护工作」。"),
      paragraph("食安方面，卫生局邀集各局处启动春节食品及屠宰业联合稽查，严格把关年节食品安全。"),
      paragraph("去年，卫生局已会同各局处开展了年节食品联合稽查。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text.slice(0, 8))).toEqual([
    "此外，于春节前配",
    "警察局自2月1日",
    "食安方面，卫生局",
  ]);
});

test("a measure starts at the order, not at the meeting where it was heard", () => {
  const measures = extractMeasures(
    [paragraph("市长今(11)日于市政会议听取环保局「厨余处理策略」专案报告后指示，应从源头加强宣导，推动惜食减量。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["应从源头加强宣导，推动惜食减量。"]);
});

test("a clause after ； without a subject of its own is carried by the subject before it, until the full stop", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "田民利要求,各区、开发区要提高认识,把城市管理当作硬性要求;要建立长效机制,加强考核。要加快建设供热管网,确保按时供热。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["各区", "各开发区"], ["各区", "各开发区"], []]);
});

test("a plan's (1)…(4) items are its tasks; the notice that sends the plan out asks only that it be carried out", () => {
  const plan = { ...context, docType: "其他", plan: true };
  const measures = extractMeasures(
    [
      paragraph("经市人民政府同意,现将《应急体系建设规划》责任分解印发给你们,请认真组织实施。"),
      paragraph("(1)加强应急预案管理,规范应急预案编制、审批和评估工作。"),
      paragraph("(2)推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案。"),
    ],
    plan,
  );
  expect(measures.map((measure) => measure.text.slice(0, 3))).toEqual(["请认真", "(1)", "(2)"]);
});

test("应 before 改善, 多加, 深入, 严予 orders as it does before 加强", () => {
  const measures = extractMeasures(
    [paragraph("县长指示,民众批评几个菜市场很脏乱,应改善;离岛基金部分小型计划有流于消化预算之虞,应严予规划。")],
    context,
  );
  expect(measures).toHaveLength(2);
});

test("the items after a look back recount work done; an order after them is a measure again", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "他围绕五个方面作了简要回顾。一是三年行动计划全面落实,在城乡精细化管理方面取得实效;二是行业管理全面深化,建筑业有序发展。他强调,要抓好下半年工作。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["要抓好下半年工作。"]);
});

test("以上责任单位 takes the units named before it; a department's meeting owes what it orders its whole staff, not every order that names no one", () => {
  const [late] = extractMeasures(
    [paragraph("其中,由县民政局负责的第1件、县发改局负责的第4件确定事项进展滞后,请以上责任单位加快工作节奏。")],
    { ...context, docType: "通报" },
  );
  expect(late?.units).toEqual(["县民政局", "县发改局"]);
  const measures = extractMeasures(
    [paragraph("会议要求,全局上下要高标准落实好扫黑除恶相关工作。各科室要加强协作。要加大督导检查力度。")],
    { ...context, convener: "区住建局" },
  );
  expect(measures.map((measure) => measure.units)).toEqual([["区住建局"], ["各科室"], []]);
});

test("an order that opens with 加紧 (加紧推进…建设) is one, as 加快 is", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "王强指出,要坚持问题导向,精准发力,推动营商环境再上新台阶。加紧推进县政务服务中心建设,建立“一窗受理”专区。会场秩序良好。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "要坚持问题导向,精准发力,推动营商环境再上新台阶。",
    "加紧推进县政务服务中心建设,建立“一窗受理”专区。",
  ]);
});

test("a body's check to come (…室将对…,进行重点督查) and its dated task (…局将于5月底前完成…) are measures it owes", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "区政府督查室将对进度滞后的重点项目,进行专项督查,每月通报一次。区林业局将于5月底前完成春季造林验收。督查组已对12个项目进行了督查。",
      ),
    ],
    { ...context, docType: "通报" },
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["区政府督查室将对进度滞后的重点项目,进行专项督查,每月通报一次。", ["区政府督查室"]],
    ["区林业局将于5月底前完成春季造林验收。", ["区林业局"]],
  ]);
});

test("a body that met to deploy its own work (…召开专题会议安排部署，…) does what the sentence goes on to say", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "县水利局近日召开专题会议研究部署,细化分解度汛任务,建立台账、挂牌督办,确保6月底前全部完工。会议强调,要压实责任。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["细化分解度汛任务,建立台账、挂牌督办,确保6月底前全部完工。", ["县水利局"]],
    ["要压实责任。", []],
  ]);
  // Two bodies that met together both do it; a name cut short (国网栾川县) is none.
  const joint = extractMeasures(
    [paragraph("县应急局、县水利局近日召开联席会议安排部署,细化分解防汛责任,确保5月底前完成隐患排查。")],
    context,
  );
  expect(joint[0]?.units).toEqual(["县应急局", "县水利局"]);
  const deployed = (clause: string) =>
    extractMeasures([paragraph(`${clause}召开专题会议部署,细化分解防汛责任,确保5月底前完成隐患排查。`)], context)[0]
      ?.units;
  // The bureau that brings others in (会同, 组织) does it; a 县政府办 is no 县政府.
  expect(deployed("县住建局会同各物业服务公司")).toEqual(["县住建局"]);
  expect(deployed("县政府办")).not.toContain("县政府");
});

test("an introduction in a later sentence (…的汇报。会议强调，…) introduces the orders after it, 要 or not", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议听取了近期全区市容环境工作的汇报。会议强调,要提高发现问题、解决问题的主动性。强化综合执法检查,开展专项治理、持续治理。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "要提高发现问题、解决问题的主动性。",
    "强化综合执法检查,开展专项治理、持续治理。",
  ]);
});

test("a short order (要突出实效。) heads the sentences that explain it, until one orders on its own", () => {
  const measures = extractMeasures(
    [paragraph("会议强调,要突出实效。积极展示我区特色和发展活力,打造高质量产业生态。县畜牧局要加强宣传。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "要突出实效。积极展示我区特色和发展活力,打造高质量产业生态。",
    "县畜牧局要加强宣传。",
  ]);
});

test("a sentence saying what a task is (打造…是…的重大举措) orders nothing, even among orders", () => {
  const measures = extractMeasures(
    [paragraph("会议强调,要加快推进科创城建设。打造科创城是加快建设省会副中心城市的重大举措。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["要加快推进科创城建设。"]);
});

test("另由… after an order turns it to other bureaus: a task of their own, not more carriers of the first", () => {
  const measures = extractMeasures(
    [paragraph("市长请交通局、工务局于易肇事地点加速道路工程改善,另由教育局、社会局针对高风险族群加强宣导。")],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([
    ["交通局", "工务局"],
    ["教育局", "社会局"],
  ]);
});

test("a bureau publishing its own news owes what it says 我局 will do; 我局的 names no subject", () => {
  const [own] = extractMeasures(
    [
      paragraph(
        "对督察组检查中发现的问题,我局高度重视,按照问题的轻重缓急,列出问题清单,明确责任单位,确保整改落实到位。",
      ),
    ],
    { ...context, publisherBureau: "麟游县环保局" },
  );
  expect(own?.units).toEqual(["麟游县环保局"]);
  const [other] = extractMeasures([paragraph("要按照我局的部署,列出问题清单,确保整改落实到位。")], {
    ...context,
    publisherBureau: "麟游县环保局",
  });
  expect(other?.units).toEqual([]);
});

test("a standing meeting's decision that leaves work to do is a measure; one that only records is not", () => {
  const measures = extractMeasures(
    [
      paragraph("会议原则同意县财政局拟草的《关于加快财政扶贫资金支出进度相关事项》,修改完善后,批复实施。"),
      paragraph("会议审议了县发改局的汇报。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["县财政局"]]);
});

test("an order to other bodies after a comma is its own measure; a condition before 请 stays with its order", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], context).map((measure) => [measure.text, measure.units]);
  expect(texts("市长提醒,请劳工局、警察局等机关加强工安稽查,并请经发局、消防局持续强化公共场所安全检查。")).toEqual([
    ["市长提醒,请劳工局、警察局等机关加强工安稽查,", ["劳工局", "警察局"]],
    ["并请经发局、消防局持续强化公共场所安全检查。", ["经发局", "消防局"]],
  ]);
  expect(texts("如发现道路积水或侧沟堵塞,请相关局处尽速排除问题。")).toHaveLength(1);
});

test("首先/最后 telling what someone did is narration, not the first task", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("首先,张海英肯定了各社区、各物业的工作成效。")).toEqual([]);
  expect(texts("最后,全体参会人员在县农业农村局会议室集中参加了果品协会筹备工作推进会。")).toEqual([]);
  // (What the meeting then decided or ordered is work.)
  expect(texts("1.会议听取了县住建局关于老旧小区改造的汇报,会议决定由县住建局负责,9月底前完成一期工程。")).toHaveLength(
    1,
  );
  expect(texts("一、会议审议了《县城停车收费管理办法》,原则通过,由县政府办公室按程序印发实施。")).toHaveLength(1);
  expect(texts("首先,县气象局局长章建设通报了3—4月份全县天气情况。")).toEqual([]);
  expect(texts("首先,各社区要全面排查点位问题。")).toHaveLength(1);
});

test("an order after what a meeting passed on starts at the order; an item that reports a result is no task", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts(
      "会议传达学习了全国两会精神和省委书记的讲话精神,会议强调:各级各部门要把学习贯彻全国两会精神作为重要政治任务。",
    ),
  ).toEqual(["各级各部门要把学习贯彻全国两会精神作为重要政治任务。"]);
  expect(texts("一是坚持压实主体责任,全面从严治党取得新成效;")).toEqual([]);
});

test("items after a comma (提出做好五方面工作，一是…；…四是…，五是…) are measures of their own; a decision sent on 按程序报 leaves work", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts(
      "市创文办主任作具体说明,并提出做好三方面工作,一是全力做好材料准备;二是加大力度推进民心工程;三是开展宣传,四是做好后勤保障工作。",
    ),
  ).toHaveLength(4);
  expect(texts("会议原则同意县卫生和计划生育局提出的复审工作任务分解方案,按程序报县委常委会研究。")).toHaveLength(1);
  // A leader urging bodies (敦促各部门) orders them; a bureau 负责督促 others describes its duty.
  expect(texts("卓永興敦促各部門繼續推進各項目,提升地區治理效能。")).toHaveLength(1);
  expect(texts("在县纪委监委敦促下县交通局迅速整改到位。")).toEqual([]);
  // Minutes write the decision after 会议议定:.
  expect(texts("会议议定:原则同意,按会议要求修改完善后,由兴东集团按程序组织实施。")).toHaveLength(1);
  // What is done already leaves no work.
  expect(texts("会议决定,同意表彰先进集体和先进个人,名单已印发各单位。")).toEqual([]);
});

test("a notice's addressees carry what it asks of 各单位 or of no one named; a transmittal's own order is kept", () => {
  const addressees = ["诸暨市各镇乡人民政府", "诸暨市政府各部门"];
  const notice = (text: string): Paragraph => ({ ...paragraph(text), addressees });
  const measures = extractMeasures(
    [
      notice("现将2023年政府重点工作责任清单印发给你们,请各单位按照要求,认真抓好工作清单落实,确保完成全年目标任务。"),
      notice("被通报批评的乡镇要在11月15日前向县政府作出书面说明。"),
      notice("现将《实施方案》印发给你们，请认真贯彻执行。"),
    ],
    { ...context, docType: "通报" },
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["请各单位按照要求,认真抓好工作清单落实,确保完成全年目标任务。", addressees],
    // A subject of its own (a description, not a body) is not the addressees.
    ["被通报批评的乡镇要在11月15日前向县政府作出书面说明。", []],
    ["请认真贯彻执行。", addressees],
  ]);
});

test("a line of digits (a signature date that lost its 年月日) is no task, even under a unit", () => {
  expect(extractMeasures([{ ...paragraph("2024115"), assignees: ["沈阳市辽中区人民政府"] }], context)).toEqual([]);
});

test("work a meeting hands to a lead unit (…工作由市农业农村局牵头负责) is a measure, after 会议明确", () => {
  const measures = extractMeasures(
    [paragraph("会议明确,农村乱占耕地建房整改工作由市农业农村局牵头负责,市自然资源和规划局配合。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "农村乱占耕地建房整改工作由市农业农村局牵头负责,市自然资源和规划局配合。",
  ]);
  expect(measures[0]?.units).toEqual(expect.arrayContaining(["市农业农村局"]));
});

test("a unit told to appeal to the public is given work; the mayor's own appeal to the public is none", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议要求，四是市生态环境局要加强禁塑工作宣传,可通过张贴禁塑宣传标语等方式,呼吁市民自觉禁塑。儘管今日深夜即可能解除陸警，但今晚風雨將增大，黃市長呼籲市民朋友務必密切留意颱風動態。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "四是市生态环境局要加强禁塑工作宣传,可通过张贴禁塑宣传标语等方式,呼吁市民自觉禁塑。",
  ]);
});

test("in a directive section, sentences led by 全力, 制定, 立足, 规划建设 are tasks as 加强… ones are", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "全力打赢水污染治理攻坚战,还群众一江清水。制定典型村培育工作方案。立足资源优势,抓紧抓实典型村培育工作。规划建设展示馆。",
        "下一步工作安排",
      ),
    ],
    context,
  );
  expect(measures).toHaveLength(4);
});

test("a body given a date to act by (县市区政府7月15日前建立…) is a task, subject first or not", () => {
  const measures = extractMeasures([paragraph("县市区政府7月15日前建立“田长制”,制定动态网格化巡查细则。")], context);
  expect(measures.map((measure) => measure.text)).toEqual(["县市区政府7月15日前建立“田长制”,制定动态网格化巡查细则。"]);
  expect(measures[0]?.deadline?.text).toBe("7月15日前");
});

test("a briefing given is no task, nor is the clause that only introduces an order; the order is", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("首先,由主计处以简报说明112年度资本支出执行情形。")).toEqual([]);
  expect(
    texts("在市政会议中,主计处简报指出执行率达91.76%,陈其迈在会中指示各主管机关,请执行率未达90%之机关加速积极执行。"),
  ).toEqual(["请执行率未达90%之机关加速积极执行。"]);
});

test("an order the speaker has given (我已经指示各部门…) is a task; work already done is none", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("为确保活动有序进行,我已经指示各部门做好准备,制订预案。")).toEqual([
    "为确保活动有序进行,我已经指示各部门做好准备,制订预案。",
  ]);
  expect(texts("目前各部门已经完成准备工作。")).toEqual([]);
  expect(texts("县政府已经责成县住建局对事故进行了调查处理,目前已完成整改。")).toEqual([]);
});

test("a draft a meeting approved (原则同意《…办法（送审稿）》) is work still to do; a plain approval is none", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("会议还讨论并原则同意《衢江区农村村民建房审批管理办法(送审稿)》。")).toEqual([
    "会议还讨论并原则同意《衢江区农村村民建房审批管理办法(送审稿)》。",
  ]);
  expect(texts("会议审议通过了上次会议纪要。")).toEqual([]);
});

test("a purpose clause before the document's or the meeting's own making is no measure; one before an order is", () => {
  const plan = { ...context, docType: "其他", plan: true };
  const texts = extractMeasures(
    [
      paragraph("为落实省政府部署要求,坚决打赢蓝天保卫战,制定本实施方案。"),
      paragraph("为加快推进美丽宜居示范村建设,7月12日上午,交口县召开推进会议。"),
      paragraph("为推动专项治理,根据县委部署要求,县住建局组织督查人员对全县19个乡镇进行督查。"),
      paragraph("为做好防汛工作,现就有关事项通知如下:"),
      paragraph("为确保按期完工,各乡镇要在6月底前完成改造任务。"),
      paragraph("为确保会议精神落到实处,各乡镇要在10日前召开专题会议传达学习。"),
      paragraph("为做好秸秆禁烧工作,县农业农村局要组织力量开展督查。"),
      paragraph("为确保责任落实,各乡镇要制定本辖区工作方案。"),
    ],
    plan,
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    "为确保按期完工,各乡镇要在6月底前完成改造任务。",
    "为确保会议精神落到实处,各乡镇要在10日前召开专题会议传达学习。",
    "为做好秸秆禁烧工作,县农业农村局要组织力量开展督查。",
    "为确保责任落实,各乡镇要制定本辖区工作方案。",
  ]);
});

test("a meeting's agenda items (听取…的汇报, 研究讨论…) are no measures; an item that orders is", () => {
  const texts = extractMeasures(
    [
      paragraph("会议共有三项议题:一是研究部署2020年项目建设工作。"),
      paragraph("二是听取关于110千伏输电线路设计委托情况的汇报。"),
      paragraph("三是研究讨论医药化工产业园总体规划,要求各部门要在6月底前完成规划修编。"),
      paragraph("四是审议并原则同意《老旧小区改造方案》,由县住建局牵头组织实施。"),
      paragraph("五是传达学习重要讲话精神。"),
    ],
    { ...context, plan: true },
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    "三是研究讨论医药化工产业园总体规划,要求各部门要在6月底前完成规划修编。",
    "四是审议并原则同意《老旧小区改造方案》,由县住建局牵头组织实施。",
  ]);
});

test("a long titled speaker who attends and speaks (…常务副县长李勇出席会议并指出，) introduces the order", () => {
  const texts = extractMeasures(
    [
      paragraph(
        "县委常委、县人民政府常务副县长李勇出席会议并指出,为了姚安的长远发展,各级各部门要认真做好资料收集和举证工作。",
      ),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["为了姚安的长远发展,各级各部门要认真做好资料收集和举证工作。"]);
  // A subject that is told to attend and deploy introduces nothing: the whole sentence is the order.
  const ordered = "各单位主要负责人要亲自出席动员大会并作动员部署,层层压实责任。";
  expect(extractMeasures([paragraph(ordered)], context).map((measure) => measure.text)).toEqual([ordered]);
});

test("what a meeting studied, then asked or called for (传达学习了…，号召/要求…), gives the order after the comma", () => {
  const texts = extractMeasures(
    [
      paragraph("会议传达学习了省委书记重要讲话精神,号召全局上下立即行动起来,落实春季项目提早开工。"),
      paragraph("会议传达学习了省委重要讲话精神和全省项目建设大会要求。"),
      paragraph("最后,镇党委书记陈海刚从三个方面进行了强调,并要求全镇上下要坚决贯彻落实活动部署。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["号召全局上下立即行动起来,落实春季项目提早开工。", "要求全镇上下要坚决贯彻落实活动部署。"]);
});

test("an item naming its own carriers in a bracket is theirs, not the unit heading above it", () => {
  const headed: Paragraph = {
    ...paragraph("1.春江医院附近北侧胡同内垃圾。(责任单位:英雄街道)"),
    assignees: ["铁西区人民政府督查室"],
  };
  const plain: Paragraph = { ...paragraph("2.天桥下路面破损需修整。"), assignees: ["铁西区人民政府督查室"] };
  expect(extractMeasures([headed, plain], { ...context, docType: "通报" }).map((measure) => measure.units)).toEqual([
    ["英雄街道"],
    ["铁西区人民政府督查室"],
  ]);
});

test("a circular's fault with the body that must mend it is that body's task; a fault with no carrier is none", () => {
  const measures = extractMeasures(
    [
      paragraph("新华西路橡胶厂家属院,院内卫生保洁不到位,有卫生死角。(责任单位:浉河区工信委,责任人:杨明)"),
      paragraph("平桥汽配城有大量散在垃圾,垃圾桶未盖、脏污。"),
    ],
    { ...context, docType: "通报" },
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "新华西路橡胶厂家属院,院内卫生保洁不到位,有卫生死角。(责任单位:浉河区工信委,责任人:杨明)",
  ]);
  // Figures with their carrier report results: no task.
  const figures = extractMeasures(
    [paragraph("全县共排查企业426家,发现问题隐患1320处,整改率95.5%。(责任单位:县应急管理局)")],
    { ...context, docType: "通报" },
  );
  expect(figures).toEqual([]);
});

test("a leader's order to a body to relay an appeal to the public is a task; the appeal alone is none", () => {
  const texts = extractMeasures(
    [
      paragraph("胡市长表示,台中市今天可能会有11级的强风,他请新闻处转请电视台即时跑马,呼吁市民注意强风。"),
      paragraph("胡市长呼吁市民收好阳台上放置的物品。"),
      paragraph("疾控部门提醒,请市民做好个人防护,同时呼吁广大群众主动接种。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["台中市今天可能会有11级的强风,他请新闻处转请电视台即时跑马,呼吁市民注意强风。"]);
});

test("an order after the results an inspection reported (通报了…情况,要求…) starts at the order", () => {
  const texts = extractMeasures(
    [paragraph("当天,城关区通报了近期文明城市复评检查督查情况,要求各街道从即日起对标落实测评点位各项内容。")],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["要求各街道从即日起对标落实测评点位各项内容。"]);
});

test("what follows 会议要求 is ordered, modal or not", () => {
  const texts = extractMeasures(
    [
      paragraph("会议要求,港北开发投资有限公司成立改组工作领导小组,加快推进改组工作。"),
      paragraph("会议听取了港北开发投资有限公司成立改组工作领导小组的情况汇报。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["港北开发投资有限公司成立改组工作领导小组,加快推进改组工作。"]);
});

test("主责单位 names a task's carrier; 时间节点 and 截止时间 say when it is due", () => {
  const measures = extractMeasures(
    [
      paragraph("1.完成老旧小区改造20个。"),
      paragraph("主责单位:县住建局"),
      paragraph("时间节点:2021年12月31日前"),
      paragraph("2.新增停车泊位500个。"),
      paragraph("截止时间:2021年10月底"),
    ],
    { ...context, year: 2021, docType: "其他" },
  );
  expect(measures.map((measure) => [measure.units, measure.deadline?.date])).toEqual([
    [["县住建局"], "2021-12-31"],
    [[], "2021-10-31"],
  ]);
});

test("a bare 时间： or 日期： line is a record's own date, not a deadline of the task above", () => {
  expect(DeadlineLineRE.test("日期：2024年5月6日")).toBe(false);
  expect(DeadlineLineRE.test("时间：2024年5月6日")).toBe(false);
  expect(DeadlineLineRE.test("时间节点：6月底前")).toBe(true);
});

test("a review whose lead opens its first item's sentence lists what was done, until work is set again", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会上,窦广平首先对街道上半年的工作成绩从六个方面作了总结:一是以作风建设为保障,提高了基层党建质量;二是以项目建设为重点,全力壮大了实体经济。",
      ),
      paragraph("针对下半年工作,窦广平作出安排部署:一要全面加强党的建设,强化党建统领。"),
    ],
    context,
  );
  // (The order's head before the colon is no part of its first item.)
  expect(measures.map((measure) => measure.text)).toEqual(["一要全面加强党的建设,强化党建统领。"]);
});

test("the bodies an order's head names (…要求自治区各部门、各单位：一要…) carry every item after its colon", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "为确保月调度会取得更好的成效,朱新祥要求各部门、各单位:一要高度重视调度工作。二要加快推进公路项目建设。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["一要高度重视调度工作。", ["各部门各单位"]],
    ["二要加快推进公路项目建设。", ["各部门各单位"]],
  ]);
});

test("the mending of a fault that names no body is the body the fault names", () => {
  const measures = extractMeasures(
    [paragraph("1、城关镇存在垃圾死角。"), paragraph("整改要求:要立即清除垃圾,3日内完成。")],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["城关镇"]]);
});

test("minutes items that only take note (准予备查) or confirm the last record leave no work; the rulings that ask do", () => {
  const measures = extractMeasures(
    [
      paragraph("一、本府九十二年十二月二十三日第一二四九次市政会议纪录。主席裁示:纪录确定。"),
      paragraph("二、议案暨指示事项执行情形报告。主席裁示:准予备查。"),
      paragraph("(一)准予备查。"),
      paragraph("(二)请交通局与市场处共同规划于当地适当地点提供停车资讯。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["(二)请交通局与市场处共同规划于当地适当地点提供停车资讯。"]);
});

test("a numbered fault over its 整改要求： line is what was found; the line below is the task", () => {
  const measures = extractMeasures(
    [
      paragraph("1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。"),
      paragraph("整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。"),
    ],
    context,
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["由县环卫站负责清除上述地段垃圾死角和建筑垃圾。", ["县环卫站"]],
  ]);
});

test("a circular's 整改措施：由…督促… line under a fault is its task, with its carrier; a mending told done is none", () => {
  const measures = extractMeasures(
    [
      paragraph("县双创办周末值班人员进行了巡查,发现存在以下问题亟待整改:"),
      paragraph("1、广伟商城户外宣传广告破损。"),
      paragraph("整改措施:由县住建局督促商户更换。"),
      paragraph("2、河滨南路绿化带有住户晾晒坐垫。"),
      paragraph("整改措施:已清理完毕。"),
    ],
    { ...context, docType: "通报" },
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["整改措施:由县住建局督促商户更换。", ["县住建局"]],
  ]);
});

test("advice to a page's readers under 温馨提示： or 关注与建议： tasks no one, unless an item names a body", () => {
  const texts = (...lines: string[]) =>
    extractMeasures(
      lines.map((line) => paragraph(line)),
      context,
    ).map((measure) => measure.text);
  expect(
    texts("关注与建议:", "1.早晚天气寒冷,注意防寒保暖。", "2.天气干燥,需注意森林防火和家居用火用电安全。"),
  ).toEqual([]);
  expect(texts("温馨提示:", "1.各乡镇要加强森林防火巡查。", "2.广大群众注意防寒保暖。")).toEqual([
    "1.各乡镇要加强森林防火巡查。",
  ]);
  expect(texts("特别提示:", "1.请于3月10日前报送县应急局。")).toEqual(["1.请于3月10日前报送县应急局。"]);
  // (Where the list ends, orders are orders again.)
  expect(texts("温馨提示:", "1.注意防寒保暖。", "会议要求,各乡镇要加强巡查。")).toEqual(["各乡镇要加强巡查。"]);
});

test("what a meeting's decision puts where (会议明确，从2012年起，将…任务纳入…考核指标) is a measure", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("会议明确,从2012年起,将市级各职能部门所承担的建设任务纳入各部门考核指标。")).toEqual([
    "从2012年起,将市级各职能部门所承担的建设任务纳入各部门考核指标。",
  ]);
  // (Told, not decided: no meeting's word before it.)
  expect(texts("2011年,该镇被列入省级重点示范镇。")).toEqual([]);
});

test("a unit's own 整改报告 (a 检查): each fault's 整改措施 is its measure, done or not; the faults are none", () => {
  const measures = extractMeasures(
    [
      paragraph("现将整改情况汇报如下:(一)兰花花金街环境卫生脏乱差,各类杂物乱堆乱放。"),
      paragraph("整改措施:针对该问题,我镇立即安排蓝山社区对兰花花金街周边环境问题进行实地核查。"),
      paragraph("(二)望通路南北两侧卫生脏乱,环境脏乱差。"),
    ],
    { ...context, docType: "检查" },
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "整改措施:针对该问题,我镇立即安排蓝山社区对兰花花金街周边环境问题进行实地核查。",
  ]);
});

test("a 检查 answering a paper's report (…现作如下回复:) tells its mendings in the items after the answer", () => {
  const measures = extractMeasures(
    [
      paragraph("日报刊发题为《垃圾为何无人清运》的报道。对此,城关镇党委政府高度重视,现作如下回复:"),
      paragraph("一、当日组织人员对背街小巷垃圾进行全面清运。"),
      paragraph("二、建立镇村两级保洁巡查制度,做到日产日清。"),
    ],
    { ...context, docType: "检查" },
  );
  expect(measures.map((measure) => measure.text.slice(0, 4))).toEqual(["一、当日", "二、建立"]);
  // (The answer's formula is none of the mendings.)
  expect(
    extractMeasures([paragraph("对此,区城管局高度重视,将整改情况现回复如下:")], { ...context, docType: "检查" }),
  ).toEqual([]);
});

test("a host's script calling the next speaker (请…同志通报…, 请…区长讲话) gives no work; the orders after it do", () => {
  const measures = extractMeasures(
    [
      paragraph("下面,进行会议的第一项议程。请区委群工办主任刘昌军同志通报首批民生问题办理情况。"),
      paragraph("下面,进行会议第二项议程。请相关责任部门和街道的同志发言。(请大家发言务必控制在3分钟以内)"),
      paragraph("下面,进行会议的最后一个议程,请区长讲话。"),
      paragraph("我简要强调三点意见:一是要高度重视,反应快。请各街道于月底前报送办理情况。"),
    ],
    { ...context, docType: "讲话" },
  );
  expect(measures.map((measure) => measure.text)).toEqual(["一是要高度重视,反应快。请各街道于月底前报送办理情况。"]);
});

test("会上，X指出， introduces the order after it; 相关部门要按照调度会要求， opens an order, it introduces none", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会上,利军指出,今年是决胜之年,全县各级领导干部要下定决心,心无旁骛抓项目。牵头单位和相关部门要按照调度会要求,各司其职、通力合作。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "今年是决胜之年,全县各级领导干部要下定决心,心无旁骛抓项目。",
    "牵头单位和相关部门要按照调度会要求,各司其职、通力合作。",
  ]);
});

test("按照“…”具体目标要求， without a modal states whose demand the order follows, and stays in its text", () => {
  const measures = extractMeasures(
    [paragraph("一是明确具体要求。按照“五室二超市一广场”具体目标要求,规范化、标准化整体推进到位。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "一是明确具体要求。按照“五室二超市一广场”具体目标要求,规范化、标准化整体推进到位。",
  ]);
});

test("requirements put to another body after praising one (肯定了区住建局…，并对区城管局…提出要求) are the other's; county-wide ones no one's", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "王建国充分肯定了区住建局的前期工作,并对区城管局下一步工作提出三点要求:一是要加强巡查。二是要规范执法。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["区城管局"], ["区城管局"]]);
  const countyWide = extractMeasures(
    [paragraph("县长肯定了县住建局等单位的工作成绩,就下半年全县城建工作提出三点要求:一是要加快项目进度。")],
    context,
  );
  expect(countyWide.map((measure) => measure.units)).toEqual([[]]);
});

test("a host's call ends its sentence; a task after a speaker's part (宣读…后，于…前报…) is kept", () => {
  const measures = extractMeasures(
    [
      paragraph("下面请县长作重要讲话。"),
      paragraph("请各乡镇主要负责同志宣读目标责任书后,于5月10日前将签字文本报县农业农村局备案。"),
      paragraph("会议上,县农业农村局要按照“三年行动”要求,抓好农村人居环境整治。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "请各乡镇主要负责同志宣读目标责任书后,于5月10日前将签字文本报县农业农村局备案。",
    "会议上,县农业农村局要按照“三年行动”要求,抓好农村人居环境整治。",
  ]);
  expect(measures[1]?.units).toEqual(["县农业农村局"]);
});

test("a mending told done (现场整改) is no task; one that only mentions 了解 is", () => {
  const measures = extractMeasures(
    [
      paragraph("1、某处有垃圾。"),
      paragraph("整改措施:现场整改。"),
      paragraph("2、某处广告破损。"),
      paragraph("整改措施:深入了解商户诉求,由龙泉镇督促环卫公司每日清运。"),
    ],
    { ...context, docType: "通报" },
  );
  expect(measures.map((measure) => measure.units)).toEqual([["龙泉镇"]]);
});

test("a quotation standing alone (a villager's words, a slogan) gives no work; a quoted notice still orders", () => {
  const measures = extractMeasures(
    [
      paragraph("“商量下来,大家一致认为要敢于担担子。”"),
      paragraph("「新时代、新征程,更要有新作为」。"),
      paragraph("“发现你村存在垃圾,请你村务必在10月25日之前将存在问题整改到位。”"),
    ],
    { ...context, docType: "其他" },
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "“发现你村存在垃圾,请你村务必在10月25日之前将存在问题整改到位。”",
  ]);
});

test("a minutes item that only approves what others proposed (一、原则同意…的意见和建议。) is no task; the order after it is", () => {
  const measures = extractMeasures(
    [
      paragraph("会议议定了如下事项:"),
      paragraph(
        "一、原则同意省有关部门及海航集团对落实合作备忘录的意见和建议。省有关部门、海航集团要充分挖掘双方合作资源和潜力。",
      ),
      paragraph("二、原则同意县住建局的改造方案,由县住建局牵头组织实施。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "省有关部门、海航集团要充分挖掘双方合作资源和潜力。",
    "二、原则同意县住建局的改造方案,由县住建局牵头组织实施。",
  ]);
});

test("an order to review (要认真做好年终总结：一要…) sets tasks; it recounts nothing", () => {
  const text =
    "会议强调，各单位要认真做好年终总结：一要全面梳理全年目标任务完成情况；二要深入查找工作短板；三要科学谋划明年工作思路。";
  expect(extractMeasures([paragraph(text)], context)).toHaveLength(3);
});

test("a notice's one deadline for the problems it lists holds for each listed problem, not for its own orders", () => {
  const measures = extractMeasures(
    [
      paragraph("4月16日,督导组进行了检查,现将检查发现的问题交办如下:"),
      paragraph("1.行政南小区内无防鼠灭鼠设施。责任单位:华龙区人民办。"),
      paragraph("2.锦绣花园小区内垃圾清理不及时。责任单位:华龙区建设办。"),
      paragraph("上述责任单位要高度重视,对存在的问题务必于4月19日前整改完毕。"),
      paragraph("3.各单位要建立长效机制,年底前完成制度建设。"),
    ],
    { ...context, docType: "通报" },
  );
  const deadlines = Object.fromEntries(measures.map((measure) => [measure.text.slice(0, 2), measure.deadline?.text]));
  expect(deadlines["1."]).toBe("4月19日前");
  expect(deadlines["2."]).toBe("4月19日前");
  // An item that orders work keeps its own deadline.
  expect(deadlines["3."]).toBe("年底前");
});

test("an item after a quote the source never closed starts a measure of its own", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议要求,一要认清形势,切实增强开展“大温公路专项整治行动的紧迫感,全力以赴落实各项整治任务;二要明确目标,确保本次专项整治取得实效。三要严明纪律,县委办要定期进行督导。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text.slice(0, 2))).toEqual(["一要", "二要", "三要"]);
});

test("a listed-problems deadline is not work done, not another list's, and is read after the problems are named", () => {
  const texts = (paragraphs: string[]) =>
    extractMeasures(
      paragraphs.map((text) => paragraph(text)),
      { ...context, docType: "通报" },
    ).map((measure) => measure.deadline?.text ?? null);
  // 已…整改完毕 tells what was done.
  expect(
    texts([
      "针对上次督查发现的问题，我县已于2月28日前全部整改完毕。",
      "1.春江医院附近北侧胡同内垃圾。(责任单位:英雄街道)",
    ]),
  ).toEqual([null]);
  // Items without a carrier are other work.
  expect(texts(["对省环保督察反馈的问题要于6月30日前全部整改到位。", "2.深入推进乡村振兴。"])).toEqual([
    "6月30日前",
    null,
  ]);
  // 一季度 names the inspection, 4月30日前 the deadline.
  expect(
    texts([
      "会议通报了一季度安全生产检查发现的问题，要求相关单位于4月30日前完成整改。",
      "1.县城北路段护栏缺失。(责任单位:县交通局)",
    ]).at(-1),
  ).toBe("4月30日前");
});

test("a task with its own deadline is a measure of its own, after a semicolon or after another deadline's comma", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议要求,5月底前完成垃圾中转站竣工验收工作,启动运营;农村危房改造工作7月底前全面完成,8月底前完成验收及资金拨付工作。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.deadline?.text)).toEqual(["5月底前", "7月底前", "8月底前"]);
  // Done already, it is a result.
  expect(extractMeasures([paragraph("全市已于6月底前全面完成改造。")], context)).toEqual([]);
});

test("each sentence of a leader's quoted instruction is an order; the story before the quote is none", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "9月17日,代市长于学利对海洋督察整改工作做出批示:“海洋局认真抓紧整改,市督查室搞好配合。要强调工作纪律,对久拖不改的要实施问责。”",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "海洋局认真抓紧整改,市督查室搞好配合。",
    "要强调工作纪律,对久拖不改的要实施问责。",
  ]);
});

test("work told as done or failed is no due task; a second task after a comma keeps its subject", () => {
  for (const done of [
    "2023年，全县农村危房改造工作于10月底前全面完成，共改造危房320户。",
    "全市32个重点项目均在6月底前顺利竣工，验收合格率达100%。",
    "受资金影响，城北污水处理厂未能在年底前建成投用。",
  ])
    expect(extractMeasures([paragraph(done)], context)).toEqual([]);
  const measures = extractMeasures([paragraph("县住建局要确保6月底前完成主体工程，9月底前完成竣工验收。")], context);
  expect(measures.map((measure) => [measure.deadline?.text, measure.units])).toEqual([
    ["6月底前", ["县住建局"]],
    ["9月底前", ["县住建局"]],
  ]);
});

test("a spoken quote orders only when it opens with an order; a citizen's words and a slogan order nothing", () => {
  expect(extractMeasures([paragraph("村民张大妈高兴地指出：“现在路修好了，出门方便多了。”")], context)).toEqual([]);
  expect(
    extractMeasures([paragraph("会议传达了习近平总书记的重要指示：“人民城市人民建，人民城市为人民。”")], context),
  ).toEqual([]);
  // The quote closes before its full stop (”。): what follows is the story again.
  const measures = extractMeasures(
    [paragraph("他强调：“要把各项防汛工作落到实处”。会后，与会人员参观了产业园区。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["要把各项防汛工作落到实处。"]);
  expect(
    extractMeasures([paragraph("书记强调：“各乡镇要压实防汛责任。要加强重点部位巡查。”")], context).map(
      (measure) => measure.text,
    ),
  ).toEqual(["各乡镇要压实防汛责任。", "要加强重点部位巡查。"]);
});

test("a task list's dates without 前 (9月底完成, 11月底新建) are deadlines, each task a measure of its own", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议要求,市住建局要在8月底完成57个村燃煤散烧综合治理任务。9月底完成供热管网互联互通64公里,11月底新建改造道路63条,12月底改造棚户区23个区块。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.deadline?.text)).toEqual(["8月底", "9月底", "11月底", "12月底"]);
});

test("work done by a month's end (9月底，完成…，超额完成; …，保障了…) is no task", () => {
  for (const done of [
    "据介绍，9月底，完成造林面积3.2万亩，超额完成年度任务。",
    "市城投公司9月底完成融资5亿元，保障了项目建设资金需求。",
  ])
    expect(extractMeasures([paragraph(done)], context)).toEqual([]);
});

test("review: 我局 in a speaker's quoted words, or with no publisher to be, is no one's; the writing bureau's is", () => {
  const quoted = extractMeasures(
    [paragraph("县公安局局长王强在发言中表示:“我局将全力配合,抽调精干警力开展联合执法。”")],
    { ...context, publisherBureau: "县环保局" },
  );
  expect(quoted.every((measure) => !measure.units.includes("县环保局"))).toBe(true);
  const attended = extractMeasures(
    [paragraph("会议要求,各县区要加强扬尘管控。我局将认真贯彻会议精神,加强施工工地扬尘监管。")],
    {
      ...context,
      convener: "市生态环境局",
    },
  );
  expect(attended.map((measure) => measure.units)).toEqual([["各县区"], []]);
});

test("review: 同时由于 gives a reason, 并由…作了安排 tells what was done, 另由…配合 helps with the same order", () => {
  const measures = extractMeasures(
    [
      paragraph("同时由于县财政局配套资金未及时到位,部分项目开工滞后。"),
      paragraph("会议通报了各乡镇项目进展情况,并由县发改局对下半年工作作了安排。"),
      paragraph("请县交通局加快道路改造,另由县教育局、县公安局等单位配合。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "请县交通局加快道路改造,另由县教育局、县公安局等单位配合。",
  ]);
});

test("review: 特别是, 尤其是, 凡是 inside an order keep it one; a course of work and its result is none", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "张三强调,加大对重点行业特别是建筑施工领域的安全检查力度。对凡是未按期整改到位的企业一律停产整顿。持续优化营商环境以来,全县新增市场主体3000余户。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "加大对重点行业特别是建筑施工领域的安全检查力度。",
    "对凡是未按期整改到位的企业一律停产整顿。",
  ]);
});

test("review: a short order's head takes no sentence that orders, names a body or tells facts", () => {
  const measures = extractMeasures(
    [
      paragraph("会议强调,要压实工作责任。各乡镇务必于6月底前完成山洪灾害隐患排查整治。"),
      paragraph("会议强调,要做好防汛准备。确保6月15日前完成所有病险水库除险加固。"),
      paragraph("会议强调,要加强统筹调度。据悉,今年全县计划实施重点项目120个。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "要压实工作责任。",
    "各乡镇务必于6月底前完成山洪灾害隐患排查整治。",
    "要做好防汛准备。",
    "确保6月15日前完成所有病险水库除险加固。",
    "要加强统筹调度。",
  ]);
});

test("review: 另由民政局负责了解… is a task of its own (了解 is no past 了); …也是…重要举措 says what a task is", () => {
  const measures = extractMeasures(
    [
      paragraph("请社会局加强关怀低收入户,另由民政局负责了解各区低收入户需求。"),
      paragraph("会议强调,要加快推进老旧小区改造。加快老旧小区改造也是改善民生的重要举措。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["社会局"], ["民政局"], []]);
});

test("a task led by its deadline that sends something in (…于2023年2月28日前将名单报…, 每月25日前将…汇总) is a measure", () => {
  const measures = extractMeasures(
    [
      paragraph("各责任单位于2023年2月28日前将工作联络员名单报区政府督查室。"),
      paragraph(
        "对督察组检查中发现的问题,我局高度重视。每月25日前将包抓领导的批示及督办情况进行汇总,对整改不到位的将严格问责。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => [measure.units, measure.deadline?.text])).toEqual([
    [["各责任单位"], "2023年2月28日前"],
    [[], "每月25日前"],
  ]);
});

test("review: a forecast after a deadline (将有…报考, 将迎来…送礼高峰) is no task", () => {
  expect(
    extractMeasures(
      [paragraph("10月底前将有3万名学生报考公务员。"), paragraph("春节前将迎来节日送礼高峰期。")],
      context,
    ),
  ).toEqual([]);
});

test("an order to bodies in turn, one after another's semicolon, is each body's own measure; a head's report is none", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会中,县长指示台电将管线地下化与乡村整建工程并案办理；金酒公司与轮班机构可弹性调整下班时间；教育处掌握学生赴台交流情况并协助返乡交通；观光处与港务处协调小三通载客量,防止旅客滞留。",
      ),
    ],
    context,
  );
  expect(measures.map(({ text, units }) => [text.slice(0, 6), units])).toEqual([
    ["县长指示台电", []],
    ["金酒公司与轮", ["金酒公司", "轮班机构"]],
    ["教育处掌握学", ["教育处"]],
    ["观光处与港务", ["观光处", "港务处"]],
  ]);
  // 安监局局长…通报了: a bureau's head telling what was done, after an order, is no part of it.
  const told = extractMeasures(
    [paragraph("县长要求各部门加强安全生产；安监局局长辛殿宝通报了1-7月份全县安全生产工作。")],
    context,
  );
  expect(told).toHaveLength(1);
  expect(told[0]?.units).toEqual(["各部门"]);
});

test("what a meeting stresses after hearing a report (…情况汇报强调,) is its order, 始终坚持… as much as 要…", () => {
  const measures = extractMeasures(
    [
      paragraph("会议听取全市妨碍河道行洪突出问题排查整治工作情况汇报强调,要层层压实责任,全力销号存量。"),
      paragraph("会议听取城市突出市容环境卫生问题排查情况汇报强调,始终坚持以人民为中心的发展思想,精细化管理好城市。"),
    ],
    context,
  );
  expect(measures.map(({ text }) => text)).toEqual([
    "要层层压实责任,全力销号存量。",
    "始终坚持以人民为中心的发展思想,精细化管理好城市。",
  ]);
});

test("review: after an order, what bodies did, reported or counted, or a word with 处 inside, is no body's order", () => {
  const count = (text: string) => extractMeasures([paragraph(text)], context).length;
  expect(count("今年共有56家企业申请技改补贴；县工信局审核通过42家；县财政局拨付资金1200万元。")).toBe(0);
  expect(count("县委书记要求抓好秸秆禁烧；环保局与农业局联合执法，查处焚烧行为12起。")).toBe(0);
  expect(count("应群众要求，县里修建了文化广场；县文旅局同步配套健身器材30套；县体育中心每周开放4天。")).toBe(0);
  expect(count("县长要求各单位做好防汛工作；各地处置突发事件能力明显提升。")).toBe(1);
  expect(count("县长要求各单位做好防汛工作；县交通局副局长李明汇报，目前已完成抢修80%。")).toBe(1);
  expect(count("县长请各局处加强防台准备；工务处表示，辖内道路侧沟已清淤完毕；卫生局统计，病例为零。")).toBe(1);
  // 县人民医院, 社会处深入了解: a hospital is a body, 了解 is no 了.
  expect(
    extractMeasures(
      [paragraph("县长指示工务处加快工程进度；县人民医院做好救治准备；社会处深入了解弱势家庭需求。")],
      context,
    ).map(({ units }) => units),
  ).toEqual([["工务处"], ["县人民医院"], ["社会处"]]);
});

test("review: an order that asks for reports keeps its subject; what a heard report's order stresses holds for that sentence only", () => {
  const texts = (text: string, docType = "会议报道") =>
    extractMeasures([paragraph(text)], { ...context, docType }).map(({ text: measure }) => measure);
  expect(texts("县委书记张三在会上要求各单位严格落实重大事项请示汇报要求,确保信息畅通。")[0]).toContain(
    "各单位严格落实",
  );
  expect(
    texts(
      "会议听取了县应急局关于安全生产工作情况汇报强调,要压实企业主体责任。全面排查工作于5月底结束,共排查隐患36处。",
    ),
  ).toEqual(["要压实企业主体责任。"]);
  // 始终未落实: a fault, not an order.
  expect(texts("经查,该企业对督查组指出的问题未整改。始终未落实整改措施,群众反映强烈。", "通报")).toEqual([]);
});

test("minutes: a bureau's report noted by the chair is no task; what the chair then asks of a bureau is", () => {
  const texts = extractMeasures(
    [
      paragraph("三、新闻处报告:一周重要舆情摘要报告,报请公鉴。主席裁示:准予备查。"),
      paragraph(
        "四、建设局报告:有关市长巡视美食馆后对停车问题改善状况乙案,报请公鉴。主席裁示:(一)准予备查。(二)请交通局与市场处共同规划提供停车资讯。",
      ),
      paragraph("主席裁示:请各位首长自行参阅。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["(二)请交通局与市场处共同规划提供停车资讯。"]);
});

test("a ruling that goes on to order, 报请 that asks for approval and a routine of reporting are tasks", () => {
  const texts = extractMeasures(
    [
      paragraph("主席裁示:准予备查,另请工务局于下次会议提出路面改善具体计划。"),
      paragraph("会议研究同意该方案,由县发改局报请市发改委批准后执行。"),
      paragraph("会议研究了市发改委报请的《生态移民实施方案》。"),
      paragraph("三、实行日报告:各乡镇每日17时前将排查情况报县应急管理局。"),
    ],
    { ...context, docType: "其他" },
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    // (The ruling that notes the report is cut off; the order starts at 另请.)
    "另请工务局于下次会议提出路面改善具体计划。",
    "会议研究同意该方案,由县发改局报请市发改委批准后执行。",
    "三、实行日报告:各乡镇每日17时前将排查情况报县应急管理局。",
  ]);
});

test("a decision's items that say who leads and which body carries each out are measures, each with its body", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议决定:要按照“持续、提升、高效”要求,全力做好保鲜提升工作。九重区域环境整治由王光玲牵头,九重镇落实;干渠绿化由顾理牵头,县林业局落实;",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    // 按照…要求, says whose demand the order follows: it is part of the order, no speaker's lead-in.
    ["要按照“持续、提升、高效”要求,全力做好保鲜提升工作。", []],
    ["九重区域环境整治由王光玲牵头,九重镇落实;", ["九重镇"]],
    ["干渠绿化由顾理牵头,县林业局落实;", ["县林业局"]],
  ]);
});

test("work already led by someone is no measure: 已由…牵头 reports it", () => {
  expect(extractMeasures([paragraph("该项目已由市发改委牵头完成立项。")], context)).toEqual([]);
});

test("who led work done, a demand narration follows and a single decision are no orders (review of the 牵头 and lead-in rules)", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("该工程由市住建局牵头实施,总投资2.3亿元,新建雨污管网48公里。")).toEqual([]);
  expect(texts("会议由副市长王建国牵头召集,市发改委、市财政局等部门主要负责同志参加。")).toEqual([]);
  expect(texts("按照省防指“确保人民群众生命安全”的部署要求,各县区已组织人员巡查河堤120公里。")).toEqual([]);
  expect(
    texts("会议决定,追授张伟同志“优秀共产党员”称号。张伟同志在抗洪抢险中英勇牺牲。积极投身防汛一线,连续奋战30余天。"),
  ).toEqual([]);
  // A speaker who said something 根据… still introduces the orders that follow.
  expect(texts("市长李明根据近期调研掌握的情况指出,当前防汛形势严峻复杂。全力做好防汛各项准备工作。")).toEqual([
    "全力做好防汛各项准备工作。",
  ]);
});

test("an article printed twice on its page gives each order once", () => {
  const once = "3月19日，我县召开推进会。会议要求，各涉创单位要对照标准抓紧整改。";
  expect(extractMeasures([paragraph(once), paragraph(once)], context).map((measure) => measure.text)).toEqual([
    "各涉创单位要对照标准抓紧整改。",
  ]);
});

test("the same words given to different bodies are each one's task", () => {
  const measures = extractMeasures(
    [
      { ...paragraph("要于6月30日前完成自查整改。"), assignees: ["县住建局"] },
      { ...paragraph("要于6月30日前完成自查整改。"), assignees: ["县应急局"] },
    ],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["县住建局"], ["县应急局"]]);
});

test("requirements a speaker puts to a body (对…街道…提出四点要求：) are that body's, item by item, until the items end", () => {
  const measures = extractMeasures(
    [
      paragraph("洪流副书记对欧阳路街道各项工作的总体部署和取得成效给予肯定,并提出四点要求:"),
      paragraph("一、是党史教育要深挖资源,上好大思政课。"),
      paragraph("二、是疫苗接种要聚焦安全,筑牢免疫防线。"),
      paragraph("会议还强调,要加强安全生产。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["欧阳路街道"], ["欧阳路街道"], []]);
  // In one sentence, and only where the requirements are put to a body (not 对下一步工作).
  const inline = extractMeasures(
    [paragraph("县长对县教育局下一步工作提出三点要求:一是要加强校园安全。二是要抓好控辍保学。")],
    context,
  );
  expect(inline.map((measure) => measure.units)).toEqual([["县教育局"], ["县教育局"]]);
  const unaddressed = extractMeasures(
    [paragraph("县长对下一步工作提出三点要求:"), paragraph("一是要加强校园安全。")],
    context,
  );
  expect(unaddressed.map((measure) => measure.units)).toEqual([[]]);
});

test("a subject holds for the clauses after it, not for an item that opens on a topic of its own (在…方面，)", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "章寿禹指出,在土地权属争议案件方面,相关单位要做好有关工作对接,妥善解决相关争议;在苔湖片区旧城改造项目方面,要加快动作,妥善解决好安置户的停车需求。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.units)).toEqual([["相关单位"], []]);
});

test("requirements put to a body: not after 针对 or 对照, not to a guest welcomed, not a task's words, and an item's own units win", () => {
  const unitsOf = (...texts: string[]): string[][] =>
    extractMeasures(
      texts.map((text) => paragraph(text)),
      context,
    ).map((measure) => measure.units);
  expect(unitsOf("针对市生态环境局督察反馈的问题,县长提出三点要求:", "一要立行立改。", "二要举一反三。")).toEqual([
    [],
    [],
  ]);
  expect(unitsOf("县长对市住建局来我县调研指导表示欢迎,并提出几点意见:", "一是要抓好整改。")).toEqual([[]]);
  expect(unitsOf("书记对照市委部署,提出四点要求:", "一是要抓好整改。")).toEqual([[]]);
  expect(unitsOf("县长对做好县教育局移交工作提出三点要求:", "一是要抓好整改。")).toEqual([[]]);
  expect(unitsOf("县长对县应急局、县消防救援大队的工作提出三点要求:", "一是要抓好整改。")).toEqual([
    ["县应急局", "县消防救援大队"],
  ]);
  expect(unitsOf("县长对县教育局下一步工作提出三点要求:一是要加强校园安全;二是各乡镇要抓好控辍保学。")).toEqual([
    ["县教育局"],
    ["各乡镇"],
  ]);
  // A subject carries on into 在…工作中 (a time, not a new topic).
  expect(unitsOf("会议要求,县水利局要加强巡查;在汛期值守工作中,要严格落实24小时值班制度。")).toEqual([
    ["县水利局"],
    ["县水利局"],
  ]);
});

test("an order to a body named by its kind (要求…主管机关) is a directive, whoever gives it; a feature's 他希望… is none", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "他同时要求道路及工程相关主管机关,台风期间一切以安全为重,必要时采取封路措施。谈到未来,他希望村里的路能修得更宽一些。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "他同时要求道路及工程相关主管机关,台风期间一切以安全为重,必要时采取封路措施。",
  ]);
});

test("责成 a federation (县妇联) is an order, as 责成 a bureau is", () => {
  const measures = extractMeasures(
    [paragraph("会议原则通过《妇女发展规划》。责成县妇联根据会议讨论意见修改完善后,履行发文程序。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toContain("责成县妇联根据会议讨论意见修改完善后,履行发文程序。");
});

test("the items of an announced agenda are what was done, unless one asks for work", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议由镇党委组织委员葛冰主持,共四项议程。一是葛冰传达县委组织部文件精神,安排工作任务,宣读驻村工作队员的名单;二是县工作专班领导刘彩凤同志讲话,希望县派第一书记与镇村干部互相交流学习,把工作落到实处;三是第一书记、村支部书记交流发言。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "二是县工作专班领导刘彩凤同志讲话,希望县派第一书记与镇村干部互相交流学习,把工作落到实处;",
  ]);
});

test("a body before where its task lies is the subject (全县各部门在招商引资工作中要…); 市府团队 is the government", () => {
  expect(findUnits("因此，全县各部门在招商引资工作中要树立大局意识，相互协作。")).toEqual(["全县各部门"]);
  expect(findUnits("赖清德也请市府团队、区公所、里长、社区志工持续防治登革热工作。")).toEqual(["市府", "区公所"]);
});

test("an agenda item that gives work out, with a deadline or a body to carry it, is a task", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "会议共有三项议程。一是传达学习省委全会精神；二是部署开展城乡环境卫生大整治行动，4月底前全面完成县城主次干道整治；三是研究县级河长调整事宜，县水利局具体落实河长制巡河制度。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "二是部署开展城乡环境卫生大整治行动，4月底前全面完成县城主次干道整治；",
    "三是研究县级河长调整事宜，县水利局具体落实河长制巡河制度。",
  ]);
});

test("an outline item's short points stay with it; top-level items and long points are measures of their own", () => {
  const nested = extractMeasures(
    [
      paragraph(
        "第一,认真抓好财税工作,一要尽快分解全年任务;二要抓好收入入库;三要强化节支工作。第二,切实维护社会稳定。一要高度重视信访工作;二要高度重视安全生产。",
      ),
    ],
    context,
  ).map((measure) => measure.text);
  expect(nested).toEqual([
    "第一,认真抓好财税工作,一要尽快分解全年任务;二要抓好收入入库;三要强化节支工作。",
    "第二,切实维护社会稳定。一要高度重视信访工作;二要高度重视安全生产。",
  ]);
  const topLevel = extractMeasures(
    [paragraph("会议要求，一要抓好春耕生产;二要抓好安全生产;三要抓好信访维稳。")],
    context,
  ).map((measure) => measure.text);
  expect(topLevel).toHaveLength(3);
});

test("a speech's connective (对此,…) and a need it sees (迫切需要强化…) order nothing; 《经济要情》 is no 要", () => {
  const texts = extractMeasures(
    [
      paragraph("对此,我们既感使命光荣,更感责任重大。"),
      paragraph("尽管我区处于领先地位,但面临巨大压力,迫切需要进一步强化发展意识。"),
      paragraph("传达学习总书记在中央财办《经济要情》上作出的重要批示精神。"),
      paragraph("对此,各部门要加强督查。"),
    ],
    { ...context, docType: "讲话" },
  ).map((measure) => measure.text);
  expect(texts).toEqual(["对此,各部门要加强督查。"]);
});

test("review: 要情况明了 and 要义无反顾 are orders; 迫切需要加快… is a need", () => {
  const texts = extractMeasures(
    [
      paragraph("各单位要情况明了,底数清楚。"),
      paragraph("各级干部要义无反顾投身一线。"),
      paragraph("我县迫切需要加快产业转型升级。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["各单位要情况明了,底数清楚。", "各级干部要义无反顾投身一线。"]);
});

test("the story before an order ends where a titled speaker gives it: the order and its speaker stay whole (林政则市长指示…)", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "新竹市政府二日召开市务会议,林政则市长指示都发局尽速处理三厂摊商安置问题,对于交通局将于金山街实施停车收费一事,林市长也指示要公告一段时间后再实施。",
      ),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "林政则市长指示都发局尽速处理三厂摊商安置问题,对于交通局将于金山街实施停车收费一事,林市长也指示要公告一段时间后再实施。",
  ]);
});

test("what the meeting stresses after hearing or studying something is an order (…汇报,强调全县上下要…); a report on a draft it passed is none", () => {
  const texts = (text: string): string[] => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts("会议听取了2023年一季度经济运行情况汇报,强调全县上下要切实增强抓好“开门红”的紧迫感,形成干事氛围。"),
  ).toEqual(["强调全县上下要切实增强抓好“开门红”的紧迫感,形成干事氛围。"]);
  expect(texts("会议传达学习了《意见》精神,强调要以《意见》精神为指引,坚决确保不发生较大以上森林火灾。")).toEqual([
    "强调要以《意见》精神为指引,坚决确保不发生较大以上森林火灾。",
  ]);
  // (强调 with no order after it tells what was stressed: 会议学习了…,强调了…的重要性.)
  expect(texts("会议学习了省委全会精神,强调了生态保护的重要性。")).toEqual([]);
  expect(texts("会议讨论并原则通过了《关于桦南县2017年财政预算执行情况和2018年财政预算草案的报告》。")).toEqual([]);
  expect(texts("会议讨论并原则通过了《桦南县城市管理办法(草案)》。")).toHaveLength(1);
});

test("the story before an order ends where a titled speaker named after the title gives it (…召开…会议，市长侯友宜要求…); a release's line introducing the speech is none", () => {
  const texts = (text: string, docType = "会议报道"): string[] =>
    extractMeasures([paragraph(text)], { ...context, docType }).map((measure) => measure.text);
  expect(
    texts("新北市灾害应变中心今天上午11点30分召开第1次防台整备会议，市长侯友宜要求各单位严阵以待，落实各项防台措施。"),
  ).toEqual(["市长侯友宜要求各单位严阵以待，落实各项防台措施。"]);
  expect(texts("以下为政务司司长今午在中环地铁站主持「清洁快车」启用典礼的致辞全文(只有中文):", "讲话")).toEqual([]);
});

test("a problem an inspection lists with the body that must mend it is its task, the field after the stop or in brackets", () => {
  const measures = extractMeasures(
    [
      paragraph("区政府督查室于5月10日对城区环境卫生整治工作进行了督查，发现以下问题："),
      paragraph("1.东城街道人民路与建设路交叉口垃圾堆放，未及时清运。责任单位：东城街道办事处、区城管局"),
      paragraph("2.西城街道农贸市场周边占道经营严重。（责任单位：西城街道办事处）"),
      // A problem no one is named to mend stays a finding.
      paragraph("3.部分小区物业管理不到位。"),
    ],
    { ...context, docType: "通报" },
  );
  expect(measures.map(({ units }) => units)).toEqual([["东城街道办事处", "区城管局"], ["西城街道办事处"]]);
});

test("an order given in the clause after 要求 is a measure, not the introduction of the next (…要求各政策局加快推展相关工作，并指示…)", () => {
  const texts = (text: string): string[] => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts("李家超表示，委员会会统筹推进北部都会区发展，要求各政策局加快推展相关工作，并指示发展局公布行动纲领。"),
  ).toEqual(["委员会会统筹推进北部都会区发展，要求各政策局加快推展相关工作，", "并指示发展局公布行动纲领。"]);
});

test("an experience piece's practice: a team formed (组建了…工作队) or networks merged (整合…网格) is a measure", () => {
  const texts = (text: string): string[] =>
    extractMeasures([paragraph(text)], { ...context, docType: "经验交流" }).map((measure) => measure.text);
  expect(texts("在16个网格内分别组建了志愿群防群治工作队,充实了网格化社会管理工作力量。")).toHaveLength(1);
  expect(texts("整合民政、应急等各类基础网格,统一将辖区范围内的13个行政村划分为16个网格。")).toHaveLength(1);
  // (A count of what stands, 目前共组建…, is progress.)
  expect(texts("目前共组建志愿服务队16支。")).toEqual([]);
  // The watchword it keeps to or carries out, and the principles it lists, are practices too.
  expect(texts("坚持“党委抓统筹,强村带弱村”,推行村企“三联”模式,新建果蔬套作产业园800亩。")).toHaveLength(1);
  expect(texts("深化“三法一制”工作模式,下沉一线化解矛盾600余条。")).toHaveLength(1);
  expect(texts("坚持因地制宜、规划先行、问需于民4个原则,分类梯次推进人居环境整治。")).toHaveLength(1);
  // (Principles as a section's heading are its heading; what a watchword brought, how it was praised or a
  // mindset it names are no practice.)
  expect(texts("坚持整街连片、一体改造。")).toEqual([]);
  expect(texts("坚持党建引领、问题导向、群众参与。")).toEqual([]);
  expect(texts("实施“千村示范工程”以来,全镇村容村貌明显改善。")).toEqual([]);
  expect(texts("打造“15分钟生活圈”的做法得到肯定。")).toEqual([]);
  expect(texts("有的村坚持“等靠要”思想,发展缓慢。")).toEqual([]);
  expect(texts("坚持“两个毫不动摇”是我们的一贯方针。")).toEqual([]);
});

test("上述责任单位 in a circular are the carriers of the items above it", () => {
  const measures = extractMeasures(
    [
      paragraph("1.行政南小区内无防鼠灭鼠设施。责任单位:华龙区人民办。"),
      paragraph("2.锦绣花园小区内垃圾清理不及时。责任单位:华龙区建设办。"),
      paragraph("上述责任单位要高度重视环境卫生综合整治工作,对存在的问题务必于4月19日前整改完毕。"),
    ],
    { ...context, docType: "通报" },
  );
  expect(measures.at(-1)?.units).toEqual(["华龙区人民办", "华龙区建设办"]);
});

test("a body's work it says it will start by a time (会于第二季开始…) is a commitment; a meeting held on a day (大会于5月召开) is none", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("房屋署并会于第二季开始在另外5条屋邨进行具主题改善工程的设计。")).toEqual([
    "房屋署并会于第二季开始在另外5条屋邨进行具主题改善工程的设计。",
  ]);
  expect(texts("全区生态环境保护大会于5月开始筹备。")).toEqual([]);
});

test("review: 上述乡镇 are no carriers of another section's items; a fault mended on the spot or a drone is no task; a conveyed leader's words are no order; drafts approved together still leave work", () => {
  const units = extractMeasures(
    [
      paragraph("1.城区主干道积水严重。（责任单位：县住建局）"),
      paragraph("会议听取了城关镇、新安镇关于秸秆禁烧工作的汇报。"),
      paragraph("会议要求，上述乡镇要加大巡查力度。"),
    ],
    { ...context, docType: "会议报道" },
  ).at(-1)?.units;
  expect(units).not.toContain("县住建局");
  const circular = (text: string): string[] =>
    extractMeasures([paragraph("督查发现以下问题："), paragraph(text)], { ...context, docType: "通报" }).map(
      (measure) => measure.text,
    );
  expect(circular("1.人民路沿线商户占道经营严重，已责令当场整改完毕。（责任单位：城关镇）")).toEqual([]);
  expect(circular("2.县应急局利用无人机开展森林防火巡护，实现重点林区全覆盖。（责任单位：县应急局）")).toEqual([]);
  const texts = (text: string): string[] => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("会议传达学习了习近平总书记重要讲话精神，总书记强调要坚持以人民为中心。")).toEqual([]);
  expect(texts("会议原则通过了《县城管理办法（征求意见稿）》等三个文件。")).toHaveLength(1);
});

test("a report heard and then an order (…听取水利局报告后指示，) starts the measure there, not at a later 请 in the sentence", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "市长陈其迈主持市政会议，听取水利局报告后指示，各区公所应于5月底前完成辖区侧沟清淤，并请工务局协助检视道路排水设施。",
      ),
    ],
    context,
  );
  expect(measures.map(({ text, units }) => [text.slice(0, 6), units])).toEqual([
    ["各区公所应于", ["各区公所", "工务局"]],
  ]);
});

test("a Taiwanese head's 裁示 orders as 指示 does (…主持县务会议，…，裁示卫生局加强疫调…，并请环保局…)", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "县长王惠美今（3）日主持县务会议，针对近期登革热疫情升温，裁示卫生局加强疫调及孳生源清除，并请环保局于本周内完成辖区环境总清扫。",
      ),
    ],
    context,
  );
  expect(measures.map(({ units }) => units)).toEqual([["卫生局"], ["环保局"]]);
  // A ruling that only notes a report still orders nothing.
  expect(extractMeasures([paragraph("二、主计处报告执行情形。主席裁示：准予备查。")], context)).toEqual([]);
});

test("a 检查's section of mendings (二、整改措施) holds its commitments, as 下一步 does; its account of causes does not", () => {
  const inspection = { ...context, docType: "检查", ownUnits: ["县城市管理局"] };
  const measures = extractMeasures(
    [
      paragraph("一是思想认识不到位，对扬尘治理的重要性认识不足。", "一、问题原因"),
      paragraph("（一）立即增加洒水车辆3台，主干道每日洒水不少于4次，3月25日前完成。", "二、整改措施"),
      paragraph("（二）建立扬尘治理长效机制，实行分段包干责任制。", "二、整改措施"),
    ],
    inspection,
  );
  expect(measures.map(({ text }) => text.slice(0, 6))).toEqual(["（一）立即增", "（二）建立扬"]);
  expect(measures[0]?.deadline?.text).toBe("3月25日前");
  // (A fault headed 整改措施落实不到位, or an account headed 整改措施落实情况, holds no commitments.)
  for (const heading of ["（一）整改措施落实不到位", "一、整改措施落实情况"])
    expect(
      extractMeasures([paragraph("对督查反馈的问题，我局将其交由业务科室处理，未及时跟踪。", heading)], inspection),
    ).toEqual([]);
});

test("a plan the meeting passed or a matter it studied, then an order (会议审议通过了《…方案》，要求县住建局…), is that order", () => {
  const texts = (text: string): string[] => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts("会议审议通过了《县城区停车场建设管理实施方案》，要求县住建局、县公安局交警大队加快推进城区停车场建设。"),
  ).toEqual(["要求县住建局、县公安局交警大队加快推进城区停车场建设。"]);
  expect(texts("会议研究了农村饮水安全工作，要求县水利局确保6月底前完成巩固提升工程。")).toEqual([
    "要求县水利局确保6月底前完成巩固提升工程。",
  ]);
});

test("an inspection told first, then 请… in the same sentence: the measure starts at the order", () => {
  const [measure] = extractMeasures(
    [
      paragraph(
        "6月3日,区领导带领相关部门对城区市容秩序进行检查,区督查室共梳理出8条问题,请各相关部门立即整改,并于6月10日前完成。",
      ),
    ],
    context,
  );
  expect(measure?.text).toBe("请各相关部门立即整改,并于6月10日前完成。");
});

test("an office that will follow the matter up (将对…跟踪督查) commits itself; 现将…情况通报如下 commits no one", () => {
  const measures = extractMeasures(
    [paragraph("区督查室将对存在的问题跟踪督查。"), paragraph("日前,督查组对各村进行督查,现将督查情况通报如下:")],
    context,
  );
  expect(measures.map((measure) => [measure.text, measure.units])).toEqual([
    ["区督查室将对存在的问题跟踪督查。", ["区督查室"]],
  ]);
});

test("what a task means (…,是…的一项重要举措) orders nothing; the same sentence going on to an order does", () => {
  const measures = extractMeasures(
    [
      paragraph("会议强调,开展社区运营工作,是区委全面深化改革的一项重要举措。"),
      paragraph("开展社区运营工作,是深化改革的重要举措,各镇街要抓好落实。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["开展社区运营工作,是深化改革的重要举措,各镇街要抓好落实。"]);
});

test("a meeting to be called (各村要及时召开…专题会议) is a task, not the story of one held", () => {
  const [measure] = extractMeasures(
    [paragraph("各村要及时召开包括两委干部、村民代表参加的专题会议,做好环境建设工作的动员部署;")],
    context,
  );
  expect(measure?.units).toEqual(["各村"]);
});

test("bureaus' heads who explained their plans (…负责人概要说明了…) report, they are not told to act; a reader's advice asks no one", () => {
  const measures = extractMeasures(
    [
      paragraph("县国土资源局牵头,县发改局等部门密切配合,全力推进划定工作。"),
      paragraph("县交通运输局、县住建局等县级有关部门负责人概要说明了县城周边项目规划分布情况。"),
      paragraph("不要错过老城博物馆,了解开原的历史变迁。"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual([
    "县国土资源局牵头,县发改局等部门密切配合,全力推进划定工作。",
  ]);
});

test("a bureau told to appeal to the public (也指示民政局…，呼吁市民…) is given work", () => {
  const [measure] = extractMeasures(
    [paragraph("黄伟哲也指示民政局，对疫情热区加强宣导，呼吁市民「巡、倒、清、刷」，共同防疫。")],
    context,
  );
  expect(measure?.units).toEqual(["民政局"]);
});

test("review: words that look like the new rules' in ordinary orders leave those orders whole", () => {
  const texts = (...lines: string[]) =>
    extractMeasures(
      lines.map((line) => paragraph(line)),
      context,
    ).map((measure) => measure.text);
  // An inspection to be made is the order itself, not the story before one.
  expect(texts("县应急管理局要加强节前安全检查，要求各企业落实主体责任。")).toEqual([
    "县应急管理局要加强节前安全检查，要求各企业落实主体责任。",
  ]);
  // What a task means, with who does it and by when, is still the task.
  expect(texts("由县住建局牵头，10月底前完成城区雨污分流改造，是今年城建工作的重要任务。")).toHaveLength(1);
  // 为您 inside a commitment, 将 as 把 before 督办件, a report followed by an order.
  expect(texts("县民政局将于7月底前完成低保对象复核，为您的生活兜底。")).toHaveLength(1);
  expect(texts("市督查室已将督办件转交相关单位办理。")).toEqual([]);
  expect(texts("县交通运输局负责人汇报了项目推进情况，要求各乡镇加快征地拆迁。")).toHaveLength(1);
});

test("a section's standing duties on an organisation page (依法辦理…事項, 其他有關…事項) are no tasks; a dated task under a body is", () => {
  const under = (text: string): Paragraph => ({
    original: text,
    simple: simplifyChars(text),
    assignees: ["桃园市人事室"],
  });
  expect(extractMeasures([under("依法辦理人事管理事項。")], context)).toEqual([]);
  expect(extractMeasures([under("社會福利、社會救助、就業服務及其他有關社政事項。")], context)).toEqual([]);
  expect(extractMeasures([under("法制及不屬於其他各課、室之事項。")], context)).toEqual([]);
  expect(extractMeasures([under("6月30日前完成其他遗留事项。")], context)).toHaveLength(1);
  expect(extractMeasures([under("6月30日前完成人事資料清查。")], context).map((measure) => measure.units)).toEqual([
    ["桃园市人事室"],
  ]);
});

test("an experience piece's numbered practice (一是加强阵地建设。持续巩固…) is one measure; a numbered result is none", () => {
  const experience = { ...context, docType: "经验交流" };
  expect(
    extractMeasures(
      [
        paragraph(
          "一是加强阵地建设。持续巩固党支部标准化规范化建设成果,争取资金规划布局11个服务功能室,提升服务群众水平。",
        ),
      ],
      experience,
    ).map((measure) => measure.text),
  ).toEqual(["一是加强阵地建设。持续巩固党支部标准化规范化建设成果,争取资金规划布局11个服务功能室,提升服务群众水平。"]);
  expect(
    extractMeasures([paragraph("第一,注重队伍培育。配齐配强村两委干部,规范发展2名优秀年轻党员。")], experience).map(
      (measure) => measure.text,
    ),
  ).toEqual(["第一,注重队伍培育。配齐配强村两委干部,规范发展2名优秀年轻党员。"]);
  expect(
    extractMeasures([paragraph("一是取得明显成效。群众满意度从80%提升到95%。")], experience).map(
      (measure) => measure.text,
    ),
  ).toEqual([]);
});

test("a purpose before a meeting's lead-in (为推进厕所革命，会议要求，) introduces the order as 就… does", () => {
  expect(
    extractMeasures(
      [paragraph("为推进厕所革命,会议要求,袁州区、经开区、市交投集团,会同相关部门,在6月8日前完成公厕选址问题。")],
      context,
    ).map((measure) => measure.text),
  ).toEqual(["袁州区、经开区、市交投集团,会同相关部门,在6月8日前完成公厕选址问题。"]);
});

test("work put in a body's hands (并授权委托区人社局进行诉讼) is a measure; acting on another's behalf (受…委托) is none", () => {
  expect(
    extractMeasures(
      [paragraph("针对门球场置换事宜,区人民政府同意进行同等面积置换,并授权委托区人社局进行诉讼,防止国有资产流失。")],
      context,
    ).map((measure) => measure.units),
  ).toEqual([["区人社局"]]);
  expect(extractMeasures([paragraph("受区政府委托,区人社局负责人介绍了有关情况。")], context)).toEqual([]);
  expect(extractMeasures([paragraph("2019年,县政府委托县审计局进行专项审计,发现问题12个。")], context)).toEqual([]);
});

test("Hong Kong's future 會 after a body (保安局會一如以往…) commits it to work; 会同, 会议, 会见 do not", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("保安局会一如以往,在八号烈风信号发出前通知有关部门做好准备。")).toHaveLength(1);
  expect(texts("食物环境卫生署会与有关部门和地方组织紧密联系,清理积水。")).toHaveLength(1);
  expect(texts("区政府会议室内,与会人员观看了宣传片。")).toEqual([]);
  expect(texts("市民政局会见了来访的代表团。")).toEqual([]);
});

test("the state of things, then a body's order (目前…成绩来之不易，环保局以及各街道办事处要继续巩固成绩) is the order from its body on", () => {
  const measures = extractMeasures(
    [paragraph("目前区内农村小型污水处理设施实现了应连尽连,成绩来之不易,环保局以及各街道办事处要继续巩固成绩。")],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["环保局以及各街道办事处要继续巩固成绩。"]);
  expect(
    extractMeasures([paragraph("目前全区已建成污水处理设施12座,下一步要加强运营维护。")], context).map(
      (measure) => measure.text,
    ),
  ).toEqual([]);
});

test("what a meeting is for, said at its opening (召开这次会议，主要目的是…, 本次会议的主要任务是…) sets no task", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], { ...context, docType: "讲话" }).map((measure) => measure.text);
  expect(
    texts(
      "我们召开这次市政府全体会议,主要目的是传达学习全省工作会议精神,分解落实工作任务,确保高质量完成全年目标任务。",
    ),
  ).toEqual([]);
  expect(texts("本次会议的主要任务是总结去年工作,部署今年任务,确保全年目标任务完成。")).toEqual([]);
  // (A purpose that goes on to order work is an order.)
  expect(texts("这次会议的主要任务是部署春耕生产,各乡镇务必迅速行动,确保3月底前完成备耕。")).toHaveLength(1);
});

test("a listed fault may go on to the order that mends it, addressed to every body of a kind", () => {
  const texts = extractMeasures(
    [
      paragraph(
        "一是各地居民小区管理短板突出。问题普遍集中在小区内乱堆放。各地要利用好社区网格化巡查机制,加强小区环境保护。各地普遍落实不到位。各乡镇主要领导重视不够。",
        "三、存在问题",
      ),
    ],
    { ...context, docType: "通报" },
  ).map((measure) => measure.text);
  expect(texts).toEqual(["各地要利用好社区网格化巡查机制,加强小区环境保护。"]);
});

test("the leadership's decision to take on this year's work, and the tasks a speech sets out, are measures", () => {
  const texts = extractMeasures(
    [
      paragraph(
        "今年,市委、市政府决定把平凉市创建成为省级卫生城市,这是一项构建和谐平凉的重要举措。2019年,市委、市政府决定开展创建,已取得成效。县委、县政府决定对先进集体予以表彰。",
      ),
      paragraph("这次创建省级卫生城市的主要任务是:加大宣传力度,在全社会营造氛围。"),
      paragraph("去年的主要任务是:完成棚户区改造,已全部完成。"),
    ],
    { ...context, docType: "讲话" },
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    "今年,市委、市政府决定把平凉市创建成为省级卫生城市,这是一项构建和谐平凉的重要举措。",
    "这次创建省级卫生城市的主要任务是:加大宣传力度,在全社会营造氛围。",
  ]);
});

test("a prefecture's or league's government deciding on work takes it on as much as a city's", () => {
  const texts = extractMeasures(
    [
      paragraph("州政府决定派出3个督查组,就全州重点工作对州直部门和各县市进行综合督查。"),
      paragraph("盟政府决定对全盟旗县开展安全生产大检查。"),
      paragraph("州政府决定启动营商环境攻坚年行动,推动营商环境显著改善。"),
      paragraph("为确保农民工在年前拿到工资,县政府决定开展根治欠薪冬季专项行动,力求一批欠薪案件得到妥善化解。"),
    ],
    { ...context, docType: "会议报道" },
  ).map((measure) => measure.text);
  // (Told as history, 次年，州政府决定实施…, …得到有效遏制, it is no measure.)
  expect(
    extractMeasures(
      [
        paragraph("2018年,全州启动环湖治理。次年,州政府决定实施环湖截污工程。"),
        paragraph("后来,盟政府决定实施禁牧休牧,荒漠化得到有效遏制。"),
        paragraph("建州初期,州政府决定在全州开展大规模植树造林运动。"),
      ],
      { ...context, docType: "会议报道" },
    ),
  ).toEqual([]);
  expect(texts).toEqual([
    "州政府决定派出3个督查组,就全州重点工作对州直部门和各县市进行综合督查。",
    "盟政府决定对全盟旗县开展安全生产大检查。",
    "州政府决定启动营商环境攻坚年行动,推动营商环境显著改善。",
    "为确保农民工在年前拿到工资,县政府决定开展根治欠薪冬季专项行动,力求一批欠薪案件得到妥善化解。",
  ]);
});

test("an experience piece's numbered practice may split its verb with quotes or open a later clause with it", () => {
  const texts = extractMeasures(
    [
      paragraph(
        "二是“减”少卫生死角,聚焦问题抓整治。投入800余万元实施集镇立面改造。三是成效明显。群众满意度提升。四是增强了干部服务能力。五是群众得实惠,提高收入2000元。",
      ),
    ],
    { ...context, docType: "经验交流" },
  ).map((measure) => measure.text);
  expect(texts).toEqual(["二是“减”少卫生死角,聚焦问题抓整治。投入800余万元实施集镇立面改造。"]);
});

test("work a body will do from this month on is a measure; a decision to hold this meeting is none", () => {
  const texts = extractMeasures(
    [
      paragraph("从下月起,县创卫指挥部每月将对各责任单位进行暗访督查并通报结果。"),
      paragraph("今天,县委、县政府决定在这里召开全县环境整治大会,听取各乡镇工作汇报。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["从下月起,县创卫指挥部每月将对各责任单位进行暗访督查并通报结果。"]);
});

test("要深刻领会…决策部署, is an order whose object is the plan, not a speaker introducing one", () => {
  const texts = extractMeasures(
    [paragraph("(一)要深刻领会省委决策部署,牢牢把准城乡建设方向。"), paragraph("会议部署,各乡镇要抓好秸秆禁烧。")],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["(一)要深刻领会省委决策部署,牢牢把准城乡建设方向。", "各乡镇要抓好秸秆禁烧。"]);
});

test("work done since a month is a result; a decision to hold an event elsewhere still takes on work", () => {
  const texts = extractMeasures(
    [
      paragraph("自3月起，区城管局共开展夜间巡查120余次，查处违规行为35起。"),
      paragraph("县委、县政府决定在城关镇举行集中签约仪式后，全面启动项目建设。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["县委、县政府决定在城关镇举行集中签约仪式后，全面启动项目建设。"]);
});

test("a meeting's arrangement of what is to be done (对下一步要抓好的工作作出部署：) still introduces the order", () => {
  const texts = extractMeasures(
    [
      paragraph("会议对下一步要重点抓好的几项工作作出部署：区住建局要在6月底前完成危旧房改造。"),
      paragraph("要认真落实市委安排,全力推进创卫工作。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["区住建局要在6月底前完成危旧房改造。", "要认真落实市委安排,全力推进创卫工作。"]);
});

test("a speaker's own arrangement (作出安排：, 服从统一安排：) introduces; work begun this month and told as done (开展了) is none", () => {
  const texts = extractMeasures(
    [
      paragraph("李明对下一步要落实的重点工作作出安排：各乡镇要抓好春耕备耕。"),
      paragraph("市长刘强要求各部门服从全市统一安排：市公安局要加强节日巡逻。"),
      paragraph("从本月起，县城管局在城区开展了占道经营专项整治，取缔流动摊点50余处。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["各乡镇要抓好春耕备耕。", "市公安局要加强节日巡逻。"]);
});

test("a transmittal's request to carry the document out is the addressees' task; the sending alone is none", () => {
  const texts = extractMeasures(
    [
      paragraph("《2020年优化营商环境工作计划》已经州人民政府同意,现印发给你们,请结合实际,认真贯彻落实。"),
      paragraph("现将《2024年工作要点》印发给你们。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual(["请结合实际,认真贯彻落实。"]);
});

test("a Hong Kong body's 會 after its side, a time or an adverb, and its 計劃 with a partner, are its plans", () => {
  const texts = extractMeasures(
    [
      paragraph(simplifyChars("計劃成效理想,署方會推展至更多合適的後巷。")),
      paragraph(simplifyChars("食環署今年會推行新的鼠患監察計劃。")),
      paragraph(simplifyChars("相關部門亦計劃與各區區議員進行視察。")),
      paragraph(simplifyChars("政府稍後會在立法會事務委員會介紹計劃詳情。")),
      paragraph(simplifyChars("大會在會展中心舉行。")),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    "计划成效理想,署方会推展至更多合适的后巷。",
    "食环署今年会推行新的鼠患监察计划。",
    "相关部门亦计划与各区区议员进行视察。",
    "政府稍后会在立法会事务委员会介绍计划详情。",
  ]);
});

test("a plan's steps by their deadlines (在2月中旬前，对…; 在1月底前按照…要求，…) are tasks whole", () => {
  const measures = extractMeasures(
    [
      paragraph(
        "决定从即日起至农历年末,在全街道开展排查整治攻坚行动。在2024年1月底前按照“三管三必须”的要求,紧盯问题隐患清单,狠抓隐患整改落实。在2024年2月中旬前,对攻坚行动进行全面总结评估。",
      ),
    ],
    { ...context, docType: "其他" },
  );
  expect(measures.map((measure) => [measure.text, measure.deadline?.text])).toEqual([
    ["决定从即日起至农历年末,在全街道开展排查整治攻坚行动。", "从即日起至农历年末"],
    ["在2024年1月底前按照“三管三必须”的要求,紧盯问题隐患清单,狠抓隐患整改落实。", "2024年1月底前"],
    ["在2024年2月中旬前,对攻坚行动进行全面总结评估。", "2024年2月中旬前"],
  ]);
});

test("a body's own plan after a numbered item is a task of its own; 盯紧盯牢… opens an order", () => {
  const texts = extractMeasures(
    [
      paragraph("四是持续抓好隐患排查整改。各村要全面排查。镇政府将不定期组织人员对各地进行督查。"),
      paragraph("会议强调,要高度重视防汛工作。盯紧盯牢重点人群,完善各类应急预案。"),
    ],
    context,
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    "四是持续抓好隐患排查整改。各村要全面排查。",
    "镇政府将不定期组织人员对各地进行督查。",
    "要高度重视防汛工作。",
    "盯紧盯牢重点人群,完善各类应急预案。",
  ]);
});

test("what a meeting is for (今天这次会议，主要是…) and a purpose standing before the decision it explains order nothing", () => {
  const texts = extractMeasures(
    [
      paragraph("今天这次会议,主要是深入学习有关精神,对迎检工作进行动员部署。"),
      paragraph(
        "为深入贯彻省安委办通知精神,进一步抓实安全监管,坚决防范遏制各类事故发生。根据街道党工委研究部署,决定从即日起在全街道开展排查整治攻坚行动。",
      ),
      paragraph("为全面改善人居环境,区委、区政府决定,从即日起,在全区开展综合整治活动。根据会议安排,我讲三点意见。"),
    ],
    { ...context, docType: "其他" },
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    "决定从即日起在全街道开展排查整治攻坚行动。",
    "为全面改善人居环境,区委、区政府决定,从即日起,在全区开展综合整治活动。",
  ]);
});

test("review: a notice's closing formula, a group's meeting, a relative clause, a comparison and done work are no plans", () => {
  const texts = (text: string, docType = "会议报道") =>
    extractMeasures([paragraph(text)], { ...context, docType }).map((measure) => measure.text);
  expect(texts("二、各单位要加强排查。请认真贯彻执行。", "其他")).toEqual(["二、各单位要加强排查。"]);
  expect(texts("县领导小组会在县政府三楼会议室听取了各成员单位的工作汇报。")).toEqual([]);
  expect(texts("立法会会议上，议员就政府计划推行的措施提出质询。")).toEqual([]);
  expect(texts("县交通局计划与去年同期相比，投资增长20%。")).toEqual([]);
  expect(texts("市发改局计划在建项目152个。")).toEqual([]);
  expect(texts("3月底前，按照县委要求，全县共排查隐患120处，整改率达95%。")).toEqual([]);
  expect(texts("会议要求，要加强排查。配齐配强村级班子，是乡村振兴的关键。")).toEqual(["要加强排查。"]);
});

test("review: a speaker who follows a demand (根据县委要求，强调) still introduces; orders with a purpose or after a meeting's purpose stay", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("会议根据县委要求，强调：加强隐患排查。严格落实值班制度。")).toEqual(["严格落实值班制度。"]);
  expect(texts("为确保安全度汛，各乡镇务必于5月底前完成隐患排查整改。按照县防指部署，各村要加强巡查。")).toEqual([
    "为确保安全度汛，各乡镇务必于5月底前完成隐患排查整改。",
    "各村要加强巡查。",
  ]);
  expect(texts("今天这次会议，主要是部署防汛工作，由县应急局牵头，各乡镇于5月底前完成隐患排查。")).toHaveLength(1);
  expect(texts("本次会议主要是听取各乡镇汇报，县应急局将于下周开展督查。")).toHaveLength(1);
  // 将 as 把 after an item is the item's own sentence.
  expect(texts("二是强化督查。县纪委监委将对工作不力的单位严肃问责。")).toEqual([
    "二是强化督查。县纪委监委将对工作不力的单位严肃问责。",
  ]);
});

test("review 2: deadline-led work to build (公共充电桩, 共计…亩) and targets stay; work told done with 了 and purposes with 须 are told apart", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], { ...context, docType: "其他", plan: true }).map((measure) => measure.text);
  expect(texts("年底前，建成公共充电桩200个。")).toHaveLength(1);
  expect(texts("8月底前，完成共计1.2万亩高标准农田建设任务。")).toHaveLength(1);
  expect(texts("6月底前完成整改，整改率达100%。")).toHaveLength(1);
  const meeting = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(meeting("为巩固脱贫攻坚成果，须严格落实“四个不摘”要求。根据省委部署，各县要加强监测。")).toEqual([
    "为巩固脱贫攻坚成果，须严格落实“四个不摘”要求。",
    "各县要加强监测。",
  ]);
  expect(meeting("会议要求，各乡镇要压实责任。辖区内按照网格化管理要求，落实包保责任。")).toEqual([
    "各乡镇要压实责任。",
    "落实包保责任。",
  ]);
  expect(meeting("会议指出，一年来，全县工作取得明显成效。配齐配强了村级班子。备足备齐了应急物资。")).toEqual([]);
  expect(meeting("今天的会议主要目的就是进一步推进项目建设，力争一季度开门红。")).toEqual([]);
  expect(meeting("一是加快项目建设进度。请各单位抓好落实。")).toEqual(["一是加快项目建设进度。请各单位抓好落实。"]);
  expect(meeting(simplifyChars("部門會在今日稍後公布最新個案數字。"))).toEqual([]);
});

test("review 3: a body's plan that explains an item's heading stays with it; a purpose is skipped only before a decision", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("会议要求，二要抓好安全生产。市应急管理局将会同有关部门开展安全生产大检查。")).toEqual([
    "二要抓好安全生产。市应急管理局将会同有关部门开展安全生产大检查。",
  ]);
  expect(texts("为切实加强组织领导，成立全县安全生产大检查领导小组。按照工作安排，各乡镇要加强排查。")).toEqual([
    "为切实加强组织领导，成立全县安全生产大检查领导小组。",
    "各乡镇要加强排查。",
  ]);
  expect(texts(simplifyChars("康文署會在下月舉行嘉年華。"))).toEqual([]);
  expect(texts("县卫健局计划与财务股股长通报了上半年预算执行情况。")).toEqual([]);
  expect(texts("全市防汛工作部署会在本月召开。")).toEqual([]);
});

test("review of #73: a document's tasks in news of its issue are measures; an aim, a task's worth and the people's pledge are not", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("《方案》明确提出到2025年,全县生活垃圾分类覆盖率达到90%,建成区黑臭水体全部消除。")).toHaveLength(1);
  expect(texts("为持续巩固创建成果,防止问题反弹,达到长效常治的目的。")).toEqual([]);
  expect(
    texts("会议指出,开展农贸市场专项整治是落实全市创卫工作部署的具体举措,是确保9月底前通过省级复审的重要保障。"),
  ).toEqual([]);
  expect(texts("参加活动的干部群众纷纷表示,将积极行动起来,全力守好卫生城市名片。")).toEqual([]);
  // A Hong Kong department's 會 before the work it will press for or send out is its commitment.
  expect(texts(simplifyChars("屋宇署會陸續發出警告信,也會主動巡查。"))).toHaveLength(1);
  // An item's heading of up to two dozen characters is explained by the 要-sentences after it.
  expect(texts("一要促进房地产市场平稳发展,健全住房保障体系。要因城施策,提振市场信心。")).toEqual([
    "一要促进房地产市场平稳发展,健全住房保障体系。要因城施策,提振市场信心。",
  ]);
});

test("review of #73: a meeting's plan opening with 将抽调/将组织 is a measure; points already up to standard are progress", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts(
      "会议指出,开展餐饮油烟专项督导是落实市创卫部署的具体措施。将抽调区城管局、区卫健局工作人员组成联合检查组,对城区餐饮单位进行督导。",
    ),
  ).toEqual(["将抽调区城管局、区卫健局工作人员组成联合检查组,对城区餐饮单位进行督导。"]);
  expect(
    texts("经各部门自查和市创城办抽查,计划月底前达标的500个点位中420个点位已达标,现将未达标点位予以公布。"),
  ).toEqual([]);
});

test("review 1 of #73's rules: an aim, a pledge or a worth keeps the task said with it; a law's provision is none", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("为切实维护社会稳定,县公安局决定自6月1日起开展夏季治安巡逻行动,达到打击违法犯罪的目的。")).toHaveLength(
    1,
  );
  expect(texts("会议要求,为巩固整治成果,各乡镇于6月底前开展一次全面排查,达到全域整洁的目的。")).toHaveLength(1);
  expect(texts("与会人员一致表示,将全力以赴推进项目建设,县发改局将于9月底前完成项目竣工验收。")).toHaveLength(1);
  expect(
    texts("招商引资是经济工作的生命线,各县区力争全年引进亿元以上项目50个,确保招商引资成为稳增长的重要抓手。"),
  ).toHaveLength(1);
  expect(texts("《宪法》规定,中华人民共和国的一切权力属于人民。")).toEqual([]);
  expect(texts("《规划》确定了“一主两副”的城市空间格局,城市框架不断拉大。")).toEqual([]);
  expect(texts(simplifyChars("政务服务中心會陸續接到大量社保业务咨询。"))).toEqual([]);
  // An item as long as a heading that names its own body and date is a task; the next body's is another.
  expect(
    texts("一是县水利局要在6月10日前完成全县水库安全检查。县财政局要保障检查经费。县应急管理局要做好督导。"),
  ).toHaveLength(3);
});

test("review 2 of #73's rules: work on what is already fixed is work; 将于 telling what comes is none; a plan's 明确 sets tasks", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("二、对已整改到位的隐患,由县应急局组织验收销号,11月底前完成。")).toHaveLength(1);
  expect(texts("一是巩固已达标水体成果,持续开展河湖“清四乱”行动。")).toHaveLength(1);
  expect(texts("会议指出,将于6月中旬进入主汛期,全省防汛形势严峻复杂。")).toEqual([]);
  expect(texts("《实施方案》明确,到2025年底,全市新建5G基站1万个,实现城区全覆盖。")).toHaveLength(1);
  expect(texts("《行动方案》部署了十大行动,到2025年新增停车泊位2万个。")).toHaveLength(1);
  // A heading past 19 characters with a date but no body of its own still heads its explanation.
  expect(texts("二是全面完成年底前农村户厕改造扫尾工作任务。各乡镇要逐村排查,建立台账。")).toHaveLength(1);
  expect(texts(simplifyChars("路政署會陸續完成各區受損道路的修復工程,並會加強巡查。"))).toHaveLength(1);
});

test("#74's rules: a government's decision, a campaign's dated phases, a pledge with dates and a body's counted plan are tasks", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  const plain = { ...context, docType: "其他" };
  const plainTexts = (text: string) => extractMeasures([paragraph(text)], plain).map((measure) => measure.text);
  expect(plainTexts("为整治校园周边环境,县政府决定在全县范围内开展为期两个月的集中整治行动。")).toHaveLength(1);
  expect(plainTexts("区委决定表彰一批先进集体。")).toEqual([]);
  expect(
    plainTexts(
      "整治分两步走:第一阶段5月6日至5月20日,各乡镇对辖区内违建进行全面摸排;第二阶段5月21日至7月31日,各乡镇集中拆除。",
    ),
  ).toHaveLength(2);
  expect(plainTexts("第一阶段3月1日至3月15日,共排查隐患120处。")).toEqual([]);
  expect(texts("县交通运输局局长王刚表态:确保10月底前全线通车。")).toHaveLength(1);
  expect(texts("县城投公司经理李强表态:去年已完成投资3亿元。")).toEqual([]);
  expect(texts("会议听取了汇报。为缓解停车难,今年我区计划新建公共停车场12处。")).toHaveLength(1);
  expect(texts("去年我县计划新建公共停车场12处,实际开工9处。")).toEqual([]);
  // The work done, then an order for what is left.
  expect(texts("三、消防局已完成高层住宅排查,仍请持续关注老旧小区消防通道,务必确保畅通。")).toHaveLength(1);
  // A result told from a year on, whatever it still needs.
  expect(texts("全县2019以来共改造农村危房3200户,需维修加固的还有150户。")).toEqual([]);
});

test("#74's rules: a dateline with its reporters in brackets is no part of the task; the lines under an attachment list none", () => {
  const texts = (paragraphs: Paragraph[]) => extractMeasures(paragraphs, context).map((measure) => measure.text);
  expect(
    texts([paragraph("新华网邵阳5月9日讯(记者 刘洋 王芳)5月8日,副市长李军主持召开防汛工作会议,确保安全度汛。")]),
  ).toEqual([]);
  expect(
    texts([
      paragraph("各单位要按时报送材料。"),
      paragraph("2. 2022年度考核评分一览表", "附件:1. 2022年度考核指标一览表"),
    ]),
  ).toEqual(["各单位要按时报送材料。"]);
});

test("review of #74's rules: a past year's decision or plan, a phase told as done, an appeal after work done are no tasks", () => {
  const plain = { ...context, docType: "其他" };
  const texts = (text: string) => extractMeasures([paragraph(text)], plain).map((measure) => measure.text);
  const meeting = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("2016年，区政府决定实施背街小巷改造工程，经过三年努力，街巷面貌焕然一新。")).toEqual([]);
  expect(texts("2018年，市政府计划投资8亿元改造城中村2000户，这项工程先后惠及群众上万人。")).toEqual([]);
  expect(texts("第一阶段4月1日至4月30日已顺利结束，各乡镇排查商户420家。")).toEqual([]);
  expect(texts("第二阶段5月1日至5月31日，县市场监管局开展拉网式检查，下达责令整改通知书31份。")).toEqual([]);
  expect(texts("第一阶段6月1日至6月15日为宣传发动阶段，全县召开动员会9场。")).toEqual([]);
  expect(meeting("城东图书馆已完成布展，请广大市民前往借阅。")).toEqual([]);
  expect(meeting("全县普查工作已基本完成，还请各位普查员注意休息。")).toEqual([]);
  expect(meeting("村民代表李大爷表态：5月底前一定把占道的棚子拆掉。")).toEqual([]);
  // An order that names a period since a year is an order.
  expect(meeting("会议要求，各乡镇要对2021年以来新建的农村自建房进行全面排查，7月底前建立台账。")).toHaveLength(1);
  expect(meeting("县财政局要全面清理2018年以来的暂付款，9月底前形成清理报告。")).toHaveLength(1);
  // A task set out under an attachment's list is a task.
  expect(
    extractMeasures([paragraph("2.县应急管理局负责7月10日前完成避难场所检查", "附件：1.防汛应急预案")], context).map(
      (measure) => measure.text,
    ),
  ).toHaveLength(1);
});

test("second review of #74's rules: orders on work since a year, phases told with their counts, history's decisions, asides after work done", () => {
  const plain = { ...context, docType: "其他" };
  const texts = (text: string) => extractMeasures([paragraph(text)], plain).map((measure) => measure.text);
  const meeting = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(meeting("会议要求，县林业局负责核查2019年以来已批复的采伐许可，8月底前形成核查报告。")).toHaveLength(1);
  expect(meeting("（二）全面排查2020年以来累计投入使用的自建房，确保不留死角。")).toHaveLength(1);
  expect(texts("第一阶段（4月1日至4月20日），各乡镇排查出安全隐患问题212个，整改到位198个。")).toEqual([]);
  expect(texts("第一阶段4月1日至4月20日是企业自查阶段，全县企业开展自查。")).toEqual([]);
  expect(texts("第二阶段9月1日至9月15日，警方拘捕31名涉案人员。")).toEqual([]);
  expect(texts("2017年8月5日，县政府决定对城区52个老旧小区实施改造。")).toEqual([]);
  expect(texts("上世纪80年代，县政府决定开展第一轮地名普查，历时五年完成。")).toEqual([]);
  expect(meeting("全县已完成年度投资计划的一半，必须清醒地看到，项目推进依然偏慢。")).toEqual([]);
  expect(meeting("城西公园已完成改造，请居民注意游园安全。")).toEqual([]);
  expect(meeting("项目已完成可研编制，并请省设计院专家进行了论证。")).toEqual([]);
  // A task under an attachment's list that names a plan to make is a task.
  expect(
    extractMeasures([paragraph("2.县林业局制定森林防火专项整治方案", "附件：1.森林防火责任清单")], context),
  ).toHaveLength(1);
});

test("#76's rules: villages' practices in an experience piece, each body's ；-clause its own", () => {
  // As report.ts does: a paragraph's practices are the bodies it opens with, past its dateline.
  const practice = (text: string): Paragraph => ({ ...paragraph(text), practiceOf: practiceHolders(text) });
  const measures = extractMeasures(
    [
      practice(
        "本网平武5月8日电(记者 王平)石门村、柳溪村组织党员和村民代表开展环境整治,明确整治任务。桃源社区通过开展“清洁家园”行动,发动居民清理楼道杂物;新民社区组织志愿者开展垃圾分类宣传,引导居民分类投放。",
      ),
      practice("上坪村、下坪村等将卫生评比纳入村规民约,建立长效保洁机制。全镇人居环境明显改善。"),
    ],
    { ...context, docType: "经验交流", practiceHoldersOf: (sentence) => practiceHolders(sentence) },
  );
  expect(measures.map((measure) => [measure.text.slice(0, 6), measure.units])).toEqual([
    ["石门村、柳溪", ["石门村", "柳溪村"]],
    ["桃源社区通过", ["桃源社区"]],
    ["新民社区组织", ["新民社区"]],
    ["上坪村、下坪", ["上坪村", "下坪村"]],
  ]);
  // (县林业局牵头…；县公安局组织…: the second body's practice is its own, not the first's.)
  const [, second] = extractMeasures(
    [practice("县林业局牵头制定联合巡查方案;县公安局组织民警开展林区巡查,每周两次。")],
    { ...context, docType: "经验交流", practiceHoldersOf: (sentence) => practiceHolders(sentence) },
  );
  expect(second?.units).toEqual(["县公安局"]);
  // (该局组织设计单位召开协调会: a meeting held is the news, no practice to copy.)
  expect(
    extractMeasures([practice("该局组织设计单位和有关街道召开协调推进会。")], { ...context, docType: "经验交流" }),
  ).toEqual([]);
});

test("#76's rules: a work report's opening to its congress gives no work; a day before 电视电话会议 is no filing line", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("现在,我代表镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。")).toEqual([]);
  expect(texts("请各村于3月底前提出整改意见。")).toHaveLength(1);
  expect(texts("各乡镇要认真传达贯彻全省3月1日电视电话会议精神,抓好森林防火。")).toEqual([
    "各乡镇要认真传达贯彻全省3月1日电视电话会议精神,抓好森林防火。",
  ]);
});

test("#75's rules: a speaker's second statement is a task of its own; a principle a body will hold to, a hope for the units", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts("署长表示,食物安全专责小组将以“预防为主”为原则,持续完善巡查机制,又称下月将再开展食肆突击巡查。"),
  ).toEqual(["食物安全专责小组将以“预防为主”为原则,持续完善巡查机制,", "下月将再开展食肆突击巡查。"]);
  expect(texts("县长表示,入冬以来火灾多发,期望各单位落实冬季防火措施。")).toHaveLength(1);
  expect(texts("县长表示,今年防火形势平稳,期望来年风调雨顺。")).toEqual([]);
});

test("review of #75: a body's way of treating the work is its practice, and a later sentence's body owns its own", () => {
  const measures = extractMeasures(
    [
      {
        ...paragraph(
          "县委、县政府将农村改厕作为民生实事,纳入年度考核。同时,该县卫健局全面推行“一户一档”管理机制,组织技术人员入户指导。",
        ),
        practiceOf: ["县委"],
      },
    ],
    { ...context, docType: "经验交流", practiceHoldersOf: (sentence) => practiceHolders(sentence) },
  );
  expect(measures).toHaveLength(2);
  expect(measures[1]?.units).toEqual(["县卫健局"]);
});

test("review of #75: 又称 as 'also called', an appeal to the public, an event's theme and a past 将以往 are no new tasks", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("各乡镇要对白沙河，又称老龙沟，在汛期前完成清淤。")).toHaveLength(1);
  expect(texts("县长表示,期望各界爱心人士踊跃参与助学活动。")).toEqual([]);
  expect(texts("本届博览会将以“绿色发展”为主线,展示各地特色产品。")).toEqual([]);
});

test("second review of #75: a wish voiced by the public is no order; a second statement that gives no work is not split off", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("不少市民表示,期望交通局在学校周边增设红绿灯。")).toEqual([]);
  expect(texts("副县长要求各乡镇要立即开展森林防火巡查,还提到今年以来全县未发生森林火灾。")).toEqual([
    "副县长要求各乡镇要立即开展森林防火巡查,还提到今年以来全县未发生森林火灾。",
  ]);
});

test("#77's rule: a span ahead that a body will fill is its plan, a span it filled is its news", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], { ...context, docType: "其他" }).map((measure) => measure.text);
  expect(texts("5月8日至15日,琼海市将开展病媒生物集中消杀活动。")).toEqual([
    "5月8日至15日,琼海市将开展病媒生物集中消杀活动。",
  ]);
  expect(texts("5月8日至15日,琼海市开展了病媒生物集中消杀活动。")).toEqual([]);
});

test("review of #77's rules: a span's 将 must plan work; a bracket about reporters is no byline", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], { ...context, docType: "其他" }).map((measure) => measure.text);
  expect(texts("3月5日至11日,全市将近2万名志愿者开展了学雷锋志愿服务活动。")).toEqual([]);
  expect(texts("7月1日至3日,城关镇将全镇划分为5个网格开展防汛演练。")).toEqual([]);
  const orders = extractMeasures(
    [paragraph("各单位要在年底前完成融媒体工作站建设。（记者站设在各乡镇党政办）")],
    context,
  );
  expect(orders.map((measure) => measure.text)).toEqual([
    "各单位要在年底前完成融媒体工作站建设。（记者站设在各乡镇党政办）",
  ]);
});

test("second review of #77's rules: a span's count of what was done is news; 追究 tags accountability only with its 责任", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], { ...context, docType: "其他" }).map((measure) => measure.text);
  expect(texts("3月1日至15日,县城管局将对城区占道经营进行集中整治,共清理摊点120个。")).toEqual([]);
  expect(texts("4月15日至30日,县城管局将开展环境卫生整治周活动,整治公共交通工具等的环境卫生。")).toHaveLength(1);
  const tags = (text: string) => extractMeasures([paragraph(text)], context).flatMap((measure) => measure.tags);
  expect(tags("各乡镇要深入追究问题原因,举一反三。")).not.toContain("督查考核");
  expect(tags("各乡镇要严肃追究失职人员的责任。")).toContain("督查考核");
});

test("#78: collectives before a task's verb still leave it a task; a total counted and a ranked list's lead-in are none", () => {
  const texts = (text: string, docType = "会议报道") =>
    extractMeasures([paragraph(text)], { ...context, docType }).map((measure) => measure.text);
  expect(texts("会议指出,当前农村环境仍有短板。各村各部门加大环境卫生整治力度,彻底清理卫生死角。").at(-1)).toBe(
    "各村各部门加大环境卫生整治力度,彻底清理卫生死角。",
  );
  expect(texts("会议指出,今年以来成效明显。各乡镇加大投入,共清理垃圾3000吨。")).toEqual([]);
  expect(texts("会议指出,要抓好秋冬季造林。各乡镇加大投入,力争全年共完成造林3000亩。")).toHaveLength(2);
  expect(texts("考评成绩较好的乡镇(街道)分别:", "通报")).toEqual([]);
  // A plan's own scope counted with 共 is no result.
  expect(
    texts("会议要求,各乡镇要抓好农村公路建设。加大资金投入,共安排资金3000万元用于农村公路提档升级。"),
  ).toHaveLength(2);
  // A plan's own text counts what it sets.
  expect(
    extractMeasures([paragraph("开展高素质农民培训,共培训农民2000人次。", "二、重点任务")], {
      ...context,
      docType: "其他",
    }),
  ).toHaveLength(1);
});

test("a ；-clause on a 要 of its own after a body named mid-sentence, or a numbered item after one a numbered item named, is nobody's", () => {
  const unitsOf = (text: string): string[][] =>
    extractMeasures([paragraph(text)], context).map((measure) => measure.units);
  expect(unitsOf("会议指出,要完善改造方案,认真研究;各部门、各乡镇要加强配合,合力攻坚;要严格程序,依法推进。")).toEqual([
    [],
    ["各部门", "各乡镇"],
    [],
  ]);
  // (A body that opens the sentence holds for its ；-clauses, as does each body of a list of bodies' orders.)
  expect(unitsOf("会议要求,市住建局要加快建设;市自然资源局要保障用地;要在6月底前完成用地供应。")).toEqual([
    ["市住建局"],
    ["市自然资源局"],
    ["市自然资源局"],
  ]);
  expect(unitsOf("会议要求,各级各部门要高度重视,层层落实责任;要正视问题,做到合法合规。")).toEqual([
    ["各级各部门"],
    ["各级各部门"],
  ]);
  expect(unitsOf("一是要推进教育均衡发展,督促县教育局全面落实资助政策;二是要推进扬尘污染治理工作。")).toEqual([
    ["县教育局"],
    [],
  ]);
  // (A body that is an item's subject holds for the next item, as does one asked before the list.)
  expect(unitsOf("一是县财政局要牵头抓好审计整改;二是要建立资金监管长效机制。")).toEqual([["县财政局"], ["县财政局"]]);
  expect(unitsOf("一是组织部要加强干部培训;二是要完善考核办法。")).toEqual([["组织部"], ["组织部"]]);
  expect(unitsOf("各督查组要求各街道一要对发现问题限期整改到位;二要认真总结经验做法;三要建立长效机制。")).toEqual([
    ["各街道"],
    ["各街道"],
    ["各街道"],
  ]);
});

test("a numbered heading of an account that follows is no task; a task to find or report how things stand is", () => {
  const texts = extractMeasures(
    [
      paragraph("(一)县政府常务会议确定事项完成情况。"),
      paragraph("(二)各乡镇工作开展情况"),
      paragraph("(三)全面摸清底数情况。"),
      paragraph("(四)要加快推进情况。"),
      paragraph("(五)督查各乡镇整改落实情况。"),
      paragraph("(六)定期调度重点项目建设情况。"),
    ],
    { ...context, docType: "通报" },
  ).map((measure) => measure.text);
  expect(texts).toEqual([
    "(三)全面摸清底数情况。",
    "(四)要加快推进情况。",
    "(五)督查各乡镇整改落实情况。",
    "(六)定期调度重点项目建设情况。",
  ]);
});

test("a numbered item counting what happened (一是全国共发生各类事故32004起…同比下降) is no task; one setting a figure is", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts(
      "1-8月份,全国生产安全事故实现“三下降”,一是全国共发生各类事故32004起,死亡23270人,同比分别下降24.6%和16.6%;二是发生较大事故432起、死亡1668人,同比分别下降11.3%和10.0%。",
    ),
  ).toEqual([]);
  expect(texts("一是全年地区生产总值同比增长8%以上;二是各乡镇累计排查隐患,要在6月底前整改到位。")).toEqual([
    "一是全年地区生产总值同比增长8%以上;",
    "二是各乡镇累计排查隐患,要在6月底前整改到位。",
  ]);
  // (An order that names a figure, a target and a sanction are tasks: 同比压减, 左右, 公共预算 holds no 共发生.)
  expect(texts("一是严控一般性支出,公用经费同比压减10%;二是对发生欠薪案件2起的企业列入黑名单。")).toHaveLength(2);
  expect(texts("一是地区生产总值同比增长6.5%左右;二是一般公共预算收入累计完成3亿元。")).toHaveLength(2);
  expect(texts("一是累计发生森林火情3起,同比减少2起,各县区须进一步压实责任。")).toHaveLength(1);
  // (Past cases as the object of work, a joint task, a cut-off date: tasks.)
  expect(
    texts(
      "一、对今年以来发生的3起较大事故逐起复盘;二、县交通局与各乡镇共同完成12公里防护工程;三、截至每月25日,将投诉件数报县政务服务中心。",
    ),
  ).toHaveLength(3);
  // (A count with a body's work after it: 今年以来受理的23件信访积案，县信访局牵头…; 已处置险情23处，其余险情各地尽快….)
  expect(texts("一、今年以来受理的23件信访积案,县信访局牵头,逐件分析,包案化解。")).toHaveLength(1);
  expect(texts("一是已处置险情23处,其余险情各地尽快组织抢险。")).toHaveLength(1);
  // (A count told as done: 发生8起，同比下降; 已整改986处.)
  expect(texts("一是道路交通事故发生8起,同比下降11.1%;二是累计排查企业326家,已整改986处。")).toEqual([]);
});

test("numbered advice under a section heading (三、提示与建议) tasks no one; the next section's orders are orders", () => {
  const measures = extractMeasures(
    [
      paragraph("1、本周前期以阴雨天气为主,道路湿滑,市民出行、交通运输需注意安全。", "三、提示与建议"),
      paragraph("2、气温较低,公众需及时增添衣物,以免着凉感冒。", "三、提示与建议"),
      paragraph("1、各乡镇要加强森林防火巡查。", "四、工作要求"),
    ],
    context,
  );
  expect(measures.map((measure) => measure.text)).toEqual(["1、各乡镇要加强森林防火巡查。"]);
  // (Under a 会商纪要's 提示与建议 the items are its members' work: only advice to the public is dropped.)
  const consult = extractMeasures(
    [
      paragraph("1、加强水库山塘巡查,严格执行汛限水位。", "二、提示与建议"),
      paragraph("2、雨天尽量减少外出,远离河道。", "二、提示与建议"),
    ],
    context,
  );
  expect(consult.map((measure) => measure.text)).toEqual(["1、加强水库山塘巡查,严格执行汛限水位。"]);
});

test("a leader's instruction after work told as done (…已陆续执行完成解除列管，县长钟东锦指示…) is a measure", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(
    texts(
      "由于部分重大建设计画已陆续执行完成解除列管,县长钟东锦指示在新年度里,将重点专案纳入重大建设计画列管,由业管局处按月提报执行情形。",
    ),
  ).toHaveLength(1);
  // (The chair's instructions from the last meeting, reported on: no new order.)
  expect(
    texts("县务会议先后由交通工务处、财政处等单位,简报上次会议主席指示事项执行情形,接着追踪列管重大建设计画执行现况。"),
  ).toEqual([]);
  // (A leader's wish for the townships is an order; villagers' wish of the departments is not.)
  expect(texts("县长钟东锦希望各乡镇市都有自己代表队的制服,展现团队精神。")).toHaveLength(1);
  expect(texts("村民们希望有关部门尽快修复道路。")).toEqual([]);
  expect(texts("某公司董事长李华希望有关部门进一步简化审批流程。")).toEqual([]);
  expect(texts("县委书记王刚希望各族群众团结一心,共建美好家园。")).toEqual([]);
});

test("what a task is worth (…,是今年“三农”工作的重中之重) and that work was deployed (…进行了部署) set no task", () => {
  const texts = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(texts("全面推进乡村振兴,是今年“三农”工作的重中之重。")).toEqual([]);
  expect(texts("随后,刘峰松从乡村振兴谁来建、怎么建、以及需要注意什么等方面,对定安乡村振兴工作进行了部署。")).toEqual(
    [],
  );
  // (An order given along with the deploying is a task.)
  expect(texts("他要求各镇要加快推进项目建设,并对下一步工作进行了部署。")).toHaveLength(1);
  expect(texts("会议责成县应急局牵头,对全县安全生产大检查作了具体安排。")).toHaveLength(1);
  expect(texts("会议强调,各乡镇确保安全度汛,并对防汛工作作了具体安排。")).toHaveLength(1);
});

test("#86's rules: 要领会 is the modal before a verb; items only commas part are one measure; a circular's account and a table's footnote set no task", () => {
  const texts = (text: string, heading?: string, docType = "会议报道") =>
    extractMeasures([paragraph(text, heading)], { ...context, docType }).map((measure) => measure.text);
  expect(texts("书记强调,要领会上级精神,把各项部署落到实处。")).toEqual(["要领会上级精神,把各项部署落到实处。"]);
  // (要领 as a noun, the knack of a thing, orders nothing of its own.)
  expect(texts("培训讲解了消防器材的操作要领。")).toEqual([]);
  // A sentence that holds its enumeration whole, with commas only, is one measure; the sentence after it is its own.
  expect(texts("县长指出,抓好作风建设,一是必须强化担当,二是必须改进文风会风,三是必须严守纪律。")).toEqual([
    "抓好作风建设,一是必须强化担当,二是必须改进文风会风,三是必须严守纪律。",
  ]);
  const led = extractMeasures(
    [paragraph("会议要求,一是开展燃气安全排查,二是整治电动车违规充电,三是做好宣传教育。具体由县应急局牵头负责。")],
    context,
  );
  expect(led.map((measure) => measure.units)).toEqual([[], ["县应急局"]]);
  // (Items parted by semicolons, or one item whose explanation follows, are each their own.)
  expect(texts("会议要求,一是加强领导;二是强化督查,三是严格考核。")).toHaveLength(3);
  expect(texts("副县长提出两点要求,一是提高认识,切实抓好整治工作。要形成合力。二是多措并举,扎实推进。")).toEqual([
    "一是提高认识,切实抓好整治工作。要形成合力。",
    "二是多措并举,扎实推进。",
  ]);
  // Under a circular's account of how things stand, what was done is no order; under its requirements it is.
  expect(texts("对所有上报的信息严格按照规定进行审核,共审核信息35条。", "一、信息报送检查情况", "通报")).toEqual([]);
  expect(texts("对所有上报的信息严格按照规定进行审核。", "三、工作要求", "通报")).toHaveLength(1);
  // A table's footnote to its readers is none; one that gives a body work or a date is.
  expect(texts("注:参观人员须服从展馆工作人员的管理。")).toEqual([]);
  expect(texts("注:请各单位于6月10日前报送名单。")).toHaveLength(1);
});

test("#86's rules: a city government's promise (市府都會給予全力支持) is a task", () => {
  const texts = (text: string) =>
    extractMeasures([{ original: text, simple: simplifyChars(text) }], context).map((measure) => measure.text);
  expect(texts("市長表示,災後復建所需經費,市府都會給予全力支持。")).toHaveLength(1);
  expect(texts("市長感謝各局處協助搶修,市府也會承擔起應有的責任。")).toHaveLength(1);
});

test("review of #86's rules: 要领 the noun before 会 or 导致, an item with its own body or date, a dated order under an account, a footnote's duty, a question put to the government", () => {
  const texts = (text: string, heading?: string, docType = "会议报道") =>
    extractMeasures([{ original: text, simple: simplifyChars(text), ...(heading ? { heading } : {}) }], {
      ...context,
      docType,
    }).map((measure) => measure.text);
  expect(texts("熟练掌握作业要领会有效减少安全事故的发生。")).toEqual([]);
  expect(texts("作业人员未掌握安全作业要领导致坠落。")).toEqual([]);
  expect(texts("会议强调,各级党组织要领会精神实质,把学习成果转化为实际行动。")).toHaveLength(1);
  // Items naming their own body or date stay each its own task.
  expect(
    texts("会议要求,一是县水利局5月底前完成除险加固,二是县交通局6月底前完成道路排查,三是各乡镇抓好物资储备。"),
  ).toHaveLength(3);
  // Under a circular's account, an order with its date is an order.
  expect(texts("对上述问题,限该镇于5月20日前整改到位。", "一、督查发现问题情况", "通报")).toHaveLength(1);
  // A footnote's duty of a body's work is a task; one of those who come is not.
  expect(texts("注:检查中发现的重大隐患须立即上报,不得瞒报漏报。")).toHaveLength(1);
  expect(texts("注:进入场馆的人员须遵守场馆规定。")).toEqual([]);
  // A question to the government, or what it will do if at fault, is no promise.
  expect(texts("她質疑:「市府會給予合理交代嗎?」")).toEqual([]);
  expect(texts("縣長答覆,若確屬縣府疏失,縣府會承擔相關責任。")).toEqual([]);
});

test("second review of #86's rules: 要领 before a 会 of its own, an item after a dated one, a footnote's 要, an order to further under an account", () => {
  const texts = (text: string, heading?: string, docType = "会议报道") =>
    extractMeasures([paragraph(text, heading)], { ...context, docType }).map((measure) => measure.text);
  expect(texts("这些操作要领会帮助他们更好理解岗位要求。")).toEqual([]);
  expect(texts("太极拳讲究动作舒展,要领会因人而异。")).toEqual([]);
  expect(texts("会议要求,一是加快项目前期,二是6月底前全面开工,三是强化要素保障。")).toHaveLength(3);
  expect(texts("注:进度滞后的项目要加快推进,确保按期完成。")).toHaveLength(1);
  expect(texts("各乡镇进一步加强河道日常保洁,县水利局加强督导检查。", "二、河道保洁情况", "通报")).toHaveLength(1);
});

test("#87's rules: an appeal to a utility's users and a notice's lead into its items set no task", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], { ...context, docType: "其他" }).map((measure) => measure.text);
  expect(texts("请沿线住户提前做好储水准备。")).toEqual([]);
  expect(texts("请受影响区域用户相互转告。")).toEqual([]);
  expect(texts("为切实做好汛期安全工作,现就有关事项通知如下:")).toEqual([]);
  // (A lead that asks something itself still asks it.)
  expect(texts("请各乡镇认真落实,现将有关要求通知如下:")).toHaveLength(1);
  expect(texts("请供水公司做好应急供水准备。")).toHaveLength(1);
});

test("#87's rules: a bare order added with 同时 to the task before it is a task, for the same bodies", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], context).map((measure) => `${measure.text}|${measure.units.join("、")}`);
  expect(texts("会议要求,各乡镇要加快进度。同时,做好林地手续报批工作。")).toEqual([
    "各乡镇要加快进度。|各乡镇",
    "同时,做好林地手续报批工作。|各乡镇",
  ]);
  // (Not after no task, nor what was done: 同时,加强了….)
  expect(texts("今年以来,全县完成改造200户。同时,加强督查考核。")).toEqual([]);
  expect(texts("会议要求,各乡镇要加快进度。同时,加强了督查考核。")).toEqual(["各乡镇要加快进度。|各乡镇"]);
});

test("review of #87: an order to a company about its users, and a lead into items that gives work, still order", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], { ...context, docType: "其他" }).map((measure) => measure.text);
  expect(texts("会议要求,请供电公司做好用户服务工作。")).toHaveLength(1);
  expect(texts("请各小区业主委员会加强对物业服务企业的监督。")).toHaveLength(1);
  expect(texts("各乡镇应高度重视,县卫健局将加强督导,现就有关事项通知如下:")).toHaveLength(1);
  expect(texts("经研究,决定由县应急管理局牵头开展安全生产大检查,现将有关事项通知如下:")).toHaveLength(1);
});

test("second review of #87: an appeal to users names no body in between; 同时 before a fact or a result adds no task", () => {
  const texts = (text: string) =>
    extractMeasures([paragraph(text)], { ...context, docType: "其他" }).map((measure) => measure.text);
  expect(texts("请停电区域的电力用户做好准备。")).toEqual([]);
  expect(texts("请本小区住户提前做好储水准备。")).toEqual([]);
  expect(texts("请各燃气企业加强用户安全检查。")).toHaveLength(1);
  const meeting = (text: string) => extractMeasures([paragraph(text)], context).map((measure) => measure.text);
  expect(meeting("各乡镇要压紧压实责任。同时，落实不到位的问题依然存在。")).toHaveLength(1);
  expect(meeting("各乡镇要加快进度。同时，推进项目建设取得积极成效，全年完成投资50亿元。")).toHaveLength(1);
  expect(meeting("各乡镇要加快进度。此外，开展的百日攻坚行动成效明显。")).toHaveLength(1);
});

test("the problems a circular lists (现将…存在的突出问题通报如下：1.…) are no tasks; the requests after them are", () => {
  const texts = extractMeasures(
    [
      paragraph("6月3日，市督查组对某区准备情况进行了督查。现将该区存在的突出问题通报如下："),
      paragraph("1.未见到区里对推进会精神的传达和落实情况。"),
      paragraph("2.宣传氛围未形成。一是群众知晓率偏低；二是公共场所未见到宣传标牌。"),
      paragraph("请该区务必高度重视，迅速制定整改方案。"),
    ],
    { ...context, docType: "通报" },
  ).map((measure) => measure.text);
  expect(texts).toEqual(["请该区务必高度重视，迅速制定整改方案。"]);
  // (Feedback whose items order is a list of tasks: 巡察发现的问题反馈如下：一是各单位要….)
  const feedback = extractMeasures(
    [
      paragraph("针对巡察发现的问题反馈如下："),
      paragraph("一是各单位要建立整改台账。"),
      paragraph("二是县纪委监委要加强监督检查。"),
    ],
    { ...context, docType: "通报" },
  );
  expect(feedback).toHaveLength(2);
});

test("最后 leading a speaker's closing words (最后，王县长强调，一是…) is no item of its own", () => {
  const texts = extractMeasures([paragraph("最后，张镇长强调，一是要抓好安全生产。二是要做好防汛准备。")], context).map(
    (measure) => measure.text,
  );
  expect(texts).toEqual(["一是要抓好安全生产。", "二是要做好防汛准备。"]);
});
