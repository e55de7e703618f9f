import { expect, test } from "vitest";
import { extractLeaders, speakerOfTitle } from "../../../src/lib/extract/leaders";
import { bodyOfTitle } from "../../../src/lib/extract/units";
import { simplifyChars } from "../../../src/lib/text/script";

/** Each leader as name:role. */
const roles = (text: string) => extractLeaders(text).leaders.map((leader) => `${leader.name}:${leader.role ?? ""}`);

test("titles before names, roles from the verbs that follow", () => {
  const text =
    "当日上午,市委书记江凌、市长徐衣显分别带队开展观摩活动。在下午召开的推进会上,江凌出席并讲话,徐衣显主持会议,李保国、孙延文出席会议。";
  expect(extractLeaders(text).leaders).toEqual([
    { name: "江凌", title: "市委书记", role: "讲话" },
    { name: "徐衣显", title: "市长", role: "主持" },
    { name: "李保国", role: "出席" },
    { name: "孙延文", role: "出席" },
  ]);
});

test("several titles joined by 、 belong to one person; the verb after a list of titled names", () => {
  const text =
    "市长丁福浩,市委常委、宣传部长王少青,副市长王宏武,市政府秘书长孙鸿俊出席会议。王少青安排部署全市文明城市创建有关工作。";
  expect(extractLeaders(text).leaders).toEqual([
    { name: "丁福浩", title: "市长", role: "出席" },
    { name: "王少青", title: "市委常委、宣传部长", role: "部署" },
    { name: "王宏武", title: "副市长", role: "出席" },
    { name: "孙鸿俊", title: "市政府秘书长", role: "出席" },
  ]);
});

test("a town's 人武部长 and 派出所长 are titles of their own, not a bare 部长 or no title; so is a government's 咨询员", () => {
  const text = "镇长吴琴芳主持会议,人武部长倪建庆对综治工作做了总结,派出所长钱志林对治安状况进行了分析。";
  expect(extractLeaders(text).leaders.map(({ name, title }) => `${title}${name}`)).toEqual([
    "镇长吴琴芳",
    "人武部长倪建庆",
    "派出所长钱志林",
  ]);
  expect(extractLeaders("派出所所长王强作了部署。").leaders[0]).toMatchObject({ name: "王强", title: "派出所所长" });
  // A government's 咨询员 (市政府副市级咨询员) is an office like its 调研员; a bare 咨询员 is anyone's.
  expect(extractLeaders("副市长何尚民,市政府副市级咨询员严金合等出席。").leaders[1]).toMatchObject({
    name: "严金合",
    title: "市政府副市级咨询员",
  });
  expect(extractLeaders("请咨询员张明解答。").leaders).toEqual([]);
  // (A bureau's 咨询员 answers the public; 派出所长江巡逻中队 is a station on the 长江.)
  expect(extractLeaders("市税务局咨询员张丽为群众答疑。").leaders).toEqual([]);
  expect(extractLeaders("水上派出所长江巡逻中队加强巡查。").leaders).toEqual([]);
});

test("district titles, and a chair who also speaks is the chair", () => {
  const text =
    "区党工委书记张先彦强调:要时刻把老百姓放在心上。区党工委副书记、管委会主任陈磊主持会议。就贯彻落实本次会议精神,陈磊强调,一是凝心聚力。";
  expect(extractLeaders(text).leaders).toEqual([
    { name: "张先彦", title: "区党工委书记", role: "讲话" },
    { name: "陈磊", title: "区党工委副书记、管委会主任", role: "主持" },
  ]);
});

test("reporters and editors are not leaders", () => {
  expect(extractLeaders("本报讯(洛报融媒记者 郭学锋 通讯员 张向星)昨日,我市召开会议。责编:王玥").leaders).toEqual([]);
});

test("Taiwanese and Hong Kong texts put the name before the office; a surname alone is no name", () => {
  const { leaders, unnamedOffices } = extractLeaders(
    "民政局颜振标局长也到场鼓励。黄伟哲市长呼吁市民共同珍惜。由戴谦副市长召集会议。许副市长将成立跨局处小组。",
  );
  expect(leaders).toEqual([
    { name: "颜振标", title: "民政局局长", role: "出席" },
    { name: "黄伟哲", title: "市长", role: "讲话" },
    { name: "戴谦", title: "副市长", role: "主持" },
  ]);
  expect(unnamedOffices).toEqual([]);
});

test("a county text may put the name between its body and office too: 县政协欧卫主席, 督查室张燕新主任", () => {
  expect(extractLeaders("会议由县政协欧卫主席主持。").leaders).toEqual([
    { name: "欧卫", title: "县政协主席", role: "主持" },
  ]);
  expect(extractLeaders("县政府办督查室张燕新主任、县自然资源局全体班子成员参加会议。").leaders).toEqual([
    { name: "张燕新", title: "县政府办督查室主任", role: "出席" },
  ]);
  // (和 inside a body's name joins nothing: 县发展和改革局.)
  expect(extractLeaders("县发展和改革局张三局长出席会议。").leaders).toEqual([
    { name: "张三", title: "县发展和改革局局长", role: "出席" },
  ]);
});

test("a body's officer who reports is a leader named by the body; a verb after a two-character name is none of it", () => {
  expect(extractLeaders("会上,农建办程建通报下乡督查和摸排的情况。").leaders).toEqual([
    { name: "程建", title: "农建办", role: "通报" },
  ]);
  expect(extractLeaders("会上,县住建局汇报了工作。").leaders).toEqual([]);
  expect(extractLeaders("会上,县住建局向会议汇报了工作。").leaders).toEqual([]);
  expect(extractLeaders("市住建局张科长汇报了情况。").leaders).toEqual([]);
  expect(extractLeaders("县城管局局长李明汇报了工作。").leaders).toEqual([
    { name: "李明", title: "县城管局局长", role: "通报" },
  ]);
});

test("a ministry's short name run into its office (衛福部長) is no name; what stands before 及 is not the next body's", () => {
  expect(extractLeaders("指挥官卫福部长陈时中及卫生局王文彦局长也于饭店坐镇。").leaders).toEqual([
    { name: "陈时中", title: "部长" },
    { name: "王文彦", title: "卫生局局长" },
  ]);
  expect(extractLeaders("会议由县发展和改革局张三局长主持。").leaders).toEqual([
    { name: "张三", title: "县发展和改革局局长", role: "主持" },
  ]);
});

test("和 inside a bureau's name (住房和城乡建设局) stays in the title; 和 before the next office does not", () => {
  expect(extractLeaders("会议听取了市住房和城乡建设局局长李四的汇报。").leaders).toEqual([
    { name: "李四", title: "市住房和城乡建设局局长", role: "通报" },
  ]);
  expect(extractLeaders("县长和副县长张三出席。").leaders).toEqual([{ name: "张三", title: "副县长", role: "出席" }]);
  expect(extractLeaders("县长王强和公安局长李明出席。").leaders.map((leader) => leader.title)).toEqual([
    "县长",
    "公安局长",
  ]);
  expect(extractLeaders("医务卫生局局长卢宠茂和副局长李夏茵探访长者。").leaders.map((leader) => leader.title)).toEqual([
    "医务卫生局局长",
    "副局长",
  ]);
});

test("a list of office-holders joined by 及 keeps each name; 特派员 and 司令员 are offices; one name before 等领导 attends", () => {
  expect(
    extractLeaders("外交公署特派员叶大波,驻澳部队司令员王文,立法会主席贺一诚及终审法院院长岑浩辉担任主礼嘉宾。")
      .leaders,
  ).toEqual([
    { name: "叶大波", title: "外交公署特派员" },
    { name: "王文", title: "司令员" },
    { name: "贺一诚", title: "主席" },
    { name: "岑浩辉", title: "终审法院院长" },
  ]);
  expect(extractLeaders("县长杨红兵主持召开调度会,方浩轩等领导参加。").leaders).toEqual([
    { name: "杨红兵", title: "县长", role: "主持" },
    { name: "方浩轩", role: "出席" },
  ]);
  expect(extractLeaders("会上,各位等领导参加。").leaders).toEqual([]);
  expect(extractLeaders("张家界等领导出席。").leaders).toEqual([]);
  // (科技特派员 is a job, not an office: only a commissioner's office, 公署特派员, is one.)
  expect(extractLeaders("省级科技特派员李华到村指导。").leaders).toEqual([]);
  // (A Hong Kong or Macau bureau may hold 及 in its name.)
  expect(
    extractLeaders("社会文化司司长欧阳瑜及教育及青年发展局局长龚志明出席。").leaders.map((leader) => leader.title),
  ).toEqual(["社会文化司司长", "教育及青年发展局局长"]);
});

test("what follows a title is a name only when it reads as one", () => {
  for (const text of [
    "市长很满意。",
    "主任说，要抓紧。",
    "市长提示：一、做好防汛。",
    "市长表示要加强管理。",
    "局长高度重视。",
  ]) {
    expect(extractLeaders(text).leaders).toEqual([]);
  }
  expect(extractLeaders("市长提示：一、做好防汛。").unnamedOffices).toEqual(["市长"]);
});

test("a title before a list gives every name in it; a person studied is not a leader", () => {
  expect(extractLeaders("副市长王宏武、李杰出席会议。").leaders).toEqual([
    { name: "王宏武", title: "副市长", role: "出席" },
    { name: "李杰", title: "副市长", role: "出席" },
  ]);
  expect(extractLeaders("会上集中学习了全国优秀县委书记廖俊波同志先进事迹。").leaders).toEqual([]);
  expect(extractLeaders("会议首先传达了市委书记刘南昌的指示精神。").leaders).toEqual([
    { name: "刘南昌", title: "市委书记", role: "讲话" },
  ]);
});

test("a name with a surname not in the list, attending under a title, is taken and reported for review", () => {
  const { leaders, doubtfulNames } = extractLeaders("副市长撖鸿飞出席会议。");
  expect(leaders).toEqual([{ name: "撖鸿飞", title: "副市长", role: "出席" }]);
  expect(doubtfulNames).toEqual(["副市长撖鸿飞"]);
});

test("the text's way back to a leader (surname and office) counts for the role; the fuller title wins", () => {
  const { leaders } = extractLeaders(
    "民政局王建国局长也到场鼓励。王局长致词时表示，各单位要清除积水容器。副县长李德明带队检查。县政府副县长李德明率县水务局负责人到现场。",
  );
  expect(leaders).toEqual([
    { name: "王建国", title: "民政局局长", role: "讲话" },
    { name: "李德明", title: "县政府副县长", role: "带队" },
  ]);
});

test("a bureau head written 水利局长 keeps the bureau; 报告指出 is a report, not a speech", () => {
  const { leaders } = extractLeaders("水利局长张志远报告指出，汛期前将完成全部抽水站检修。");
  expect(leaders).toEqual([{ name: "张志远", title: "水利局长", role: "通报" }]);
});

test("a city's people's congress keeps its level in the title", () => {
  const { leaders } = extractLeaders("市人大常委会副主任刘振华应邀出席会议。");
  expect(leaders).toEqual([{ name: "刘振华", title: "市人大常委会副主任", role: "出席" }]);
});

test("a name that is also a word is a name when the text goes on to quote it alone", () => {
  const { leaders } = extractLeaders("秦安县委书记周济主持召开全体会议。\n周济强调，各镇要压实工作责任。");
  expect(leaders).toEqual([{ name: "周济", title: "秦安县委书记", role: "主持" }]);
  expect(extractLeaders("县委书记周济困难群众。").leaders).toEqual([]);
});

test("an office's weekly meeting (县长周例会) names no 周", () => {
  expect(extractLeaders("5月14日,县政府召开县长周例会,听取近期工作情况汇报。").leaders).toEqual([]);
  expect(extractLeaders("市政府召开市长周调度会,研究近期工作。").leaders).toEqual([]);
  expect(extractLeaders("县长周例会上,县长周强讲话。").leaders.map((leader) => leader.name)).toEqual(["周强"]);
  expect(extractLeaders("县委书记李明、县长周会出席会议。").leaders.map((leader) => leader.name)).toEqual([
    "李明",
    "周会",
  ]);
});

test("the leaders in charge of a field, named as one list, are each a leader under that title", () => {
  expect(
    extractLeaders("3月1日,县里分管工业工作的领导陈志强、刘海涛与各企业主要负责同志在县工信局座谈。").leaders.map(
      (leader) => [leader.name, leader.title],
    ),
  ).toEqual([
    ["陈志强", "分管工业工作的领导"],
    ["刘海涛", "分管工业工作的领导"],
  ]);
});

test("names under a collective title or in a record's 出席 field are leaders; a 主席 field names the chair", () => {
  expect(extractLeaders("县领导张俊义、马昊莹、夏子文参加会议。").leaders).toEqual([
    { name: "张俊义", title: "县领导", role: "出席" },
    { name: "马昊莹", title: "县领导", role: "出席" },
    { name: "夏子文", title: "县领导", role: "出席" },
  ]);
  // A roll call under a colon (参加此次会议的有:(1)市领导:…): each attended.
  expect(extractLeaders("参加此次会议的有:(1)市领导:徐华水、陈美蓉、吕群勇;(2)市府办:张三").leaders).toEqual([
    { name: "徐华水", title: "市领导", role: "出席" },
    { name: "陈美蓉", title: "市领导", role: "出席" },
    { name: "吕群勇", title: "市领导", role: "出席" },
  ]);
  // The next list's title is no name: 市领导：陈涛、赵鹏，县领导：王五、孙平.
  expect(
    extractLeaders("出席会议的有：市领导：陈涛、赵鹏，县领导：王五、孙平。").leaders.map((leader) => [
      leader.name,
      leader.title,
    ]),
  ).toEqual([
    ["陈涛", "市领导"],
    ["赵鹏", "市领导"],
    ["王五", "县领导"],
    ["孙平", "县领导"],
  ]);
  // One name under the title stands when it attends; a title before a verb names no one.
  expect(extractLeaders("会议召开。区领导张林参加。").leaders).toEqual([
    { name: "张林", title: "区领导", role: "出席" },
  ]);
  expect(extractLeaders("县领导高度重视。市领导重视。").leaders).toEqual([]);
  expect(extractLeaders("出席：黄一平、王玉芬、沈思宏").leaders.map((leader) => leader.role)).toEqual([
    "出席",
    "出席",
    "出席",
  ]);
  // In a roll call that reads as names, 黄金土 is a name though 黄金 is a word.
  expect(extractLeaders("出席：黄一平、王玉芬、黄金土、沈思宏").leaders.map((leader) => leader.name)).toEqual([
    "黄一平",
    "王玉芬",
    "黄金土",
    "沈思宏",
  ]);
  expect(extractLeaders("市领导黄珍、李红、郑久坤参会。").leaders.map((leader) => leader.role)).toEqual([
    "出席",
    "出席",
    "出席",
  ]);
  expect(extractLeaders("主席\n市长 黄敏惠\n出列席人员").leaders).toEqual([
    { name: "黄敏惠", title: "市长", role: "主持" },
  ]);
});

test("the verb after a list of titled names is the first one, not one further on", () => {
  const { leaders } = extractLeaders("县委书记陆某某、副县长郭强出席会议,副县长邓晓宇主持会议。");
  expect(leaders.map((leader) => leader.role)).toEqual(["出席", "出席", "主持"]);
});

test("a name whose first two characters jieba knows as a proper noun is still a name: 申文霞", () => {
  expect(extractLeaders("1月5日,县委书记申文霞主持召开县委常委(扩大)会。").leaders).toEqual([
    { name: "申文霞", title: "县委书记", role: "主持" },
  ]);
});

test("a title chain does not take the words before 由 or 请: 会议由局党委副书记管向阳主持", () => {
  expect(extractLeaders("会议由局党委副书记管向阳主持。").leaders).toEqual([
    { name: "管向阳", title: "局党委副书记", role: "主持" },
  ]);
});

test("names under 县政府领导 are leaders; a 副主席 office is no record's 主席 field; a photo credit's line ends at its paragraph", () => {
  const { leaders } = extractLeaders(
    "县长张军主持召开常务会议。县政府领导晏莉、廖华波参加会议,县政协副主席贾秋彦应邀出席会议。",
  );
  expect(leaders).toEqual([
    { name: "张军", title: "县长", role: "主持" },
    { name: "晏莉", title: "县政府领导", role: "出席" },
    { name: "廖华波", title: "县政府领导", role: "出席" },
    { name: "贾秋彦", title: "县政协副主席", role: "出席" },
  ]);
  expect(extractLeaders("桃市府要求做好防台工作 何高禄摄\n桃园市长郑文灿今3日表示,").leaders).toEqual([
    { name: "郑文灿", title: "市长", role: "讲话" },
  ]);
});

test("a surname and a given name that jieba reads as a place are still a name: 黄东明; a leader who 作了发言 spoke", () => {
  expect(extractLeaders("区委副书记黄东明出席。").leaders).toEqual([
    { name: "黄东明", title: "区委副书记", role: "出席" },
  ]);
  expect(extractLeaders("市城管局党组书记、局长王章祥作了发言。").leaders).toEqual([
    { name: "王章祥", title: "市城管局党组书记、局长", role: "讲话" },
  ]);
});

test("banner and prefecture offices (代旗长, 州长), a long bureau before its office, a name a verb follows at once, and no deputy", () => {
  expect(extractLeaders("旗委副书记、代旗长刘晓敏主持会议。").leaders).toEqual([
    { name: "刘晓敏", title: "旗委副书记、代旗长", role: "主持" },
  ]);
  expect(extractLeaders("州委副书记、州长张胜源出席。").leaders).toEqual([
    { name: "张胜源", title: "州委副书记、州长", role: "出席" },
  ]);
  expect(extractLeaders("副区长周蓉携区办公室前往。虹口区城管执法局党组书记、局长吴迪参加。").leaders).toEqual([
    { name: "周蓉", title: "副区长" },
    { name: "吴迪", title: "虹口区城管执法局党组书记、局长", role: "出席" },
  ]);
  // 高中 is a word, but 等出席 right after it makes 高中印 a name.
  expect(extractLeaders("市委常委、副市长高中印等出席。").leaders).toEqual([
    { name: "高中印", title: "市委常委、副市长", role: "出席" },
  ]);
  expect(extractLeaders("市长高度重视此事。").leaders).toEqual([]);
  expect(extractLeaders("自治区政协委员何晓勇说,要加快推进。").leaders).toEqual([]);
});

test("a name without a Han surname is taken where a name's verb follows and the text quotes it alone, with a note", () => {
  const result = extractLeaders("县人民政府副县长泽登伦珠出席会议并讲话。泽登伦珠指出,当前全县安全生产形势仍然严峻。");
  expect(result.leaders).toEqual([{ name: "泽登伦珠", title: "县人民政府副县长", role: "讲话" }]);
  expect(result.doubtfulNames).toEqual(["县人民政府副县长泽登伦珠"]);
  expect(extractLeaders("副县长扎西出席会议。").leaders).toEqual([]);
});

test("ranks, union and flood-control offices stay in the title chain; the bureau a later office names acts", () => {
  expect(
    extractLeaders("县委常委、副县长、县总工会主席徐辉,县政府办四级调研员朱元清出席会议。").leaders.map(
      (leader) => leader.title,
    ),
  ).toEqual(["县委常委、副县长、县总工会主席", "县政府办四级调研员"]);
  expect(bodyOfTitle("县防指副总指挥、县应急局局长")).toBe("县防指");
  expect(bodyOfTitle("街道党工委委员、办事处副主任")).toBeUndefined();
  // (a leader named by his body alone, 市安监局肖健康同志通报了…, speaks for it)
  expect(bodyOfTitle("市安监局")).toBe("市安监局");
});

test("roll calls: every name of a 、 list shares the title, surname or not; a form of address ends a name", () => {
  const names = (text: string) => extractLeaders(text).leaders.map((leader) => leader.name);
  expect(names("副市长张早林、俞朝辉、何亦星、钱晓华参加会议。")).toEqual(["张早林", "俞朝辉", "何亦星", "钱晓华"]);
  const banner = extractLeaders("旗领导万宏宇、孙秋庚、魏铮、敖丽、福青参加会议。");
  expect(banner.leaders.map((leader) => [leader.name, leader.title])).toContainEqual(["福青", "旗领导"]);
  expect(banner.doubtfulNames).toEqual(["旗领导福青"]);
  expect(names("街道党工委委员张海英、文卫副主任张炯明出席会议。")).toEqual(["张海英", "张炯明"]);
  expect(names("区委副书记、区长戴斌同志主持召开常务会议。")).toEqual(["戴斌"]);
});

test("a leader whose words the meeting passed on is not at the meeting; one who speaks after 传达 is", () => {
  const names = (text: string) => extractLeaders(text).leaders.map((leader) => leader.name);
  expect(
    names(
      "县长王静主持会议。会上,王静传达了省委书记彭清华在全省防汛调度会议上的讲话精神、邹自景市长在全市安全生产会议上的讲话精神。",
    ),
  ).toEqual(["王静"]);
  expect(names("传达学习了省林草局会议精神，党委书记、局长赵水清作了总结讲话。")).toEqual(["赵水清"]);
  // Words said on a visit elsewhere (赴宁河区), after dates and places (blind set #29).
  expect(
    names(
      "会议传达学习了6月26日市委书记陈敏尔赴宁河区调研时的重要讲话精神及市委副书记、市长张工6月21日赴河西区、6月27日赴北辰区调研时的讲话精神。区长李四主持会议。",
    ),
  ).toEqual(["李四"]);
  // Review of that rule: who conveys is at the meeting, a leader's own visit is news, and a visit
  // here (赴我县) or words said at this meeting are addressed to it.
  expect(names("会议首先传达学习了有关条例，随后区委书记王建国传达了市委书记张志强赴我区调研时的讲话精神。")).toEqual([
    "王建国",
    "张志强",
  ]);
  expect(names("为贯彻落实全市防汛工作会议部署，7月8日，副县长王建国赴沿河各乡镇检查时指示，要加强巡查。")).toEqual([
    "王建国",
  ]);
  expect(names("会议要求，各单位要认真贯彻落实县委书记李明华在本次会议上的讲话精神。")).toEqual(["李明华"]);
  // Instructions left on a visit here (来莞, 到横栏镇) are addressed to this meeting.
  expect(names("认真贯彻落实省委书记黄坤明来莞调研指示精神，镇党委书记王五主持会议。")).toEqual(["黄坤明", "王五"]);
  // Who conveys them is at the meeting.
  expect(names("会上，市委副书记张建国传达了省委书记李明华在全省会议上的讲话精神。")).toEqual(["张建国"]);
  // A name before its title, alone or in a list of titled names, whose instructions were studied.
  expect(
    names(
      "会议指出,一是区政府系统要认真学习省委沈晓明书记、冯飞省长和市委罗增斌书记关于海口市经济社会发展的各项最新指示批示精神。区长陈芳主持会议。",
    ),
  ).toEqual(["陈芳"]);
  // A list of titled names with 同志 (省委书记孙志刚同志、市委书记周建琨同志关于…的批示精神) was passed on too.
  expect(
    names(
      "1月24日,县委书记卢林主持召开会议。会议传达学习省委书记孙志刚同志、市委书记周建琨同志关于全省“两会”期间的有关重要批示精神。",
    ),
  ).toEqual(["卢林"]);
  // What they said at this meeting (在会上的讲话) is no word passed on from elsewhere.
  expect(names("学习会上，李明书记、王强县长在会上的讲话要求大家统一思想。")).toEqual(["李明", "王强"]);
  expect(names("会议传达学习了贯彻落实省委沈晓明书记关于推动我市生物医药产业高质量发展指示精神有关情况报告。")).toEqual(
    [],
  );
});

test("a two-character name letter-spaced in a list (罗 罡) is one name, with the list's title and role", () => {
  const { leaders } = extractLeaders("区领导张世野、万再斌、黄文业、罗 罡列席会议。");
  expect(leaders.map((leader) => [leader.name, leader.title, leader.role])).toEqual([
    ["张世野", "区领导", "出席"],
    ["万再斌", "区领导", "出席"],
    ["黄文业", "区领导", "出席"],
    ["罗罡", "区领导", "出席"],
  ]);
});

test("Taiwanese minutes write the surname before the office and the given name after it: 吴 局长宗荣", () => {
  const names = (text: string) => extractLeaders(text).leaders.map((leader) => [leader.name, leader.title]);
  expect(names("3、会议主持人:吴 局长宗荣\n4、参加人员:如附件")).toEqual([["吴宗荣", "局长"]]);
  expect(names("吴局长宗荣指示，各科室要加强管理。")).toEqual([["吴宗荣", "局长"]]);
  // 和 joining two offices is no surname of the name after them.
  expect(names("市委书记和市长王建国出席。")).toEqual([["王建国", "市长"]]);
  // Words opening a clause that are surnames too: 由于, 原 (former), 向.
  expect(names("由于县长李强在外地出差，会议由常务副县长王伟主持。")).toEqual([
    ["李强", "县长"],
    ["王伟", "常务副县长"],
  ]);
  expect(names("主持人：原局长王伟")).toEqual([["王伟", "局长"]]);
  expect(names("会议决定：\n向县长李强专题汇报。")).toEqual([["李强", "县长"]]);
});

test("a bare list after a titled name and 和, under a two-level collective title (市区领导), attends", () => {
  const names = extractLeaders(
    "市委书记姚华明,省田径运动管理中心主任王妍和吴杰、彭松、李秀斌等市区领导出席开幕式。",
  ).leaders.map((leader) => leader.name);
  expect(names).toEqual(["姚华明", "王妍", "吴杰", "彭松", "李秀斌"]);
  expect(extractLeaders("检查了河道、堤防、水库等设施。").leaders).toEqual([]);
  // A list whose first item reads as no name still gives the names after it.
  expect(extractLeaders("王刚同志、张强、李明出席会议。").leaders.map((leader) => leader.name)).toEqual([
    "张强",
    "李明",
  ]);
});

test("a place opening the next item of a titled list is no name: 、呼和浩特经济技术开发区党工委书记李建平", () => {
  const names = extractLeaders(
    "呼和浩特警备区政委李峰、市人大常委会副主任鲁剑钧、市政协副主席陈曼莉、呼和浩特经济技术开发区党工委书记李建平列席会议。",
  ).leaders.map((leader) => leader.name);
  expect(names).not.toContain("呼和");
  expect(names).toEqual(expect.arrayContaining(["李峰", "鲁剑钧", "陈曼莉", "李建平"]));
});

test("任组长 (serving as a group's head) after an office is no name, nor the third character of one", () => {
  expect(extractLeaders("他重申，设立由行政长官任组长的两个领导小组。").leaders).toEqual([]);
  const names = (text: string) => extractLeaders(text).leaders.map((leader) => leader.name);
  // A verb right after a two-character name: 任组长, 赴, 因公.
  expect(names("由市长李强任组长。副县长刘伟赴城关镇调研。县长陈静因公出差。")).toEqual(["李强", "刘伟", "陈静"]);
  expect(extractLeaders("副市长任建国出席。").leaders.map((leader) => leader.name)).toEqual(["任建国"]);
});

test("a site's name is no leader: 【吉林省长安网】 holds no 省长 安网", () => {
  expect(extractLeaders("【吉林省长安网】防风险除隐患").leaders).toEqual([]);
});

test("a bureau's chief economist or engineer is a leader of the bureau, as its deputy heads are", () => {
  const { leaders } = extractLeaders(
    "26日，哈尔滨市住建局党组书记、局长张雪春，市住建局总经济师于险峰率领检查组，分别来到供热企业检查。",
  );
  expect(leaders.map((leader) => [leader.name, leader.title])).toEqual([
    ["张雪春", "哈尔滨市住建局党组书记、局长"],
    ["于险峰", "市住建局总经济师"],
  ]);
});

test("a deck line that names what was studied (学习…等事项) does not reach into the next line's leader", () => {
  const { leaders } = extractLeaders("学习《海南自由贸易港法》等事项\n7月7日下午市长周高明主持召开市政府常务会议。");
  expect(leaders.map((leader) => leader.name)).toEqual(["周高明"]);
});

test("township committee posts, squad heads after their name, and the surname 傅 make leaders", () => {
  const names = (text: string) => extractLeaders(text).leaders.map((leader) => [leader.name, leader.title]);
  expect(names("镇党委副书记、组织委员李洪兵就换届工作的相关政策进行解读。")).toEqual([
    ["李洪兵", "镇党委副书记、组织委员"],
  ]);
  expect(names("市局督察总队董其军总队长参加会议。")).toEqual([["董其军", "市局督察总队总队长"]]);
  expect(names("市创文办主任傅文锐就工作方案作说明。")).toEqual([["傅文锐", "市创文办主任"]]);
});

test("赖 and 吾 are surnames: a district head and the deputies listed after the first", () => {
  const { leaders } = extractLeaders("区长赖瑞洪主持召开区政府常务会议。副区长吾东明、袁亚平出席会议。");
  expect(leaders.map((leader) => leader.name)).toEqual(["赖瑞洪", "吾东明", "袁亚平"]);
});

test("common surnames the list lacked (洪, 阎) make names after a title", () => {
  const { leaders } = extractLeaders("副市长洪志明、阎立新出席会议。");
  expect(leaders.map((leader) => leader.name)).toEqual(["洪志明", "阎立新"]);
});

test("a name with no Han surname, written again after a title, is a leader (with a review note); a phrase repeated is not", () => {
  const { leaders, doubtfulNames } = extractLeaders(
    "刘晓敏主持召开会议,旗政协主席钢布和,政府副旗长特木尔出席会议。旗政协主席钢布和,政府副旗长特木尔,分别就工作作安排部署。",
  );
  expect(leaders.map((leader) => leader.name)).toEqual(["钢布和", "特木尔"]);
  expect(doubtfulNames).toEqual(["旗政协主席钢布和", "副旗长特木尔"]);
  const speech = extractLeaders("传达学习习近平总书记系列重要讲话精神。要深入学习习近平总书记系列重要讲话。");
  expect(speech.leaders.map((leader) => leader.name)).not.toContain("系列重要");
});

test("an acting mayor (代理市長) is named once; 邱代理市長 and 市長於會議中 name no one else", () => {
  const text =
    "代理市长邱臣远于会议中表示,市政核心在于打造宜居城市。邱代理市长于会议中肯定产发处努力,并指示持续强化联系。新竹市政府发言人杨宝桢:针对四大议题进行全面讨论。";
  expect(extractLeaders(text).leaders).toEqual([
    { name: "邱臣远", title: "代理市长", role: "讲话" },
    { name: "杨宝桢", title: "市政府发言人", role: "讲话" },
  ]);
  expect(extractLeaders("副市长于会上强调,各区要压实责任。").leaders).toEqual([]);
  expect(extractLeaders("副县长于上午主持召开会议。").leaders).toEqual([]);
  expect(extractLeaders("行政长官于行政会议前会见传媒。").leaders).toEqual([]);
  // (于 is a surname too: 于海 at the meeting is a name, 在 after it.)
  expect(extractLeaders("副市长于海在会议上强调,要压实责任。").leaders).toEqual([
    { name: "于海", title: "副市长", role: "讲话" },
  ]);
  expect(extractLeaders("市长于开工仪式上致辞。").leaders).toEqual([]);
  // A duty list's colon (副县长李四：负责教育…) says what he is in charge of, not that he spoke.
  expect(extractLeaders("副县长李四：负责教育、卫生工作。").leaders).toEqual([{ name: "李四", title: "副县长" }]);
});

test("names without a Han surname: a form of address, the next titled name or the attending verb confirm them", () => {
  const text = "会议由县农牧局长、领导小组办公室主任才宁同志主持。县政府常务副县长扎西闹吾、副县长成林才仁出席会议。";
  expect(extractLeaders(text).leaders).toEqual([
    { name: "才宁", title: "主任", role: "主持" },
    { name: "扎西闹吾", title: "县政府常务副县长", role: "出席" },
    { name: "成林才仁", title: "副县长", role: "出席" },
  ]);
  // Titles followed by collectives, words of a sentence, common nouns or another office name no one.
  const noOne = [
    "县长亲自主持会议。各副县长、部分机关人员参加。区政府区长办公会议由部门负责人出席。",
    "开通12345市长热线、市长信箱。落实县长办公会议讲话要求。",
  ];
  for (const text of noOne) expect(extractLeaders(text).leaders).toEqual([]);
});

test("an 调研员 or 巡视员 of a government is a titled leader", () => {
  expect(extractLeaders("副区长张朝博,区政府调研员潘景龙,区政府党组成员江智中出席会议。").leaders).toEqual([
    { name: "张朝博", title: "副区长", role: "出席" },
    { name: "潘景龙", title: "区政府调研员", role: "出席" },
    { name: "江智中", title: "区政府党组成员", role: "出席" },
  ]);
  // A river patroller is no office holder.
  expect(extractLeaders("河道巡视员李某发现问题后及时上报。").leaders).toEqual([]);
});

test("roll calls keep names with verb-like characters (张为明) and rarer surnames (原瑞年); a body named after a place is no name", () => {
  expect(extractLeaders("市领导陈昌东、崔向新、张为明、陈华容参加会议。").leaders.map((leader) => leader.name)).toEqual(
    ["陈昌东", "崔向新", "张为明", "陈华容"],
  );
  expect(
    extractLeaders("政府副县长段凤萍、贺建强、原瑞年以及相关部门负责人参加会议。").leaders.map((leader) => leader.name),
  ).toEqual(["段凤萍", "贺建强", "原瑞年"]);
  expect(extractLeaders("市政府副秘书长、徐宝工作组组长张宗强主持会议。").leaders).toEqual([
    { name: "张宗强", title: "组长", role: "主持" },
  ]);
  // 原 as "former" before an office is no surname: 原党组书记 names no one.
  expect(extractLeaders("会议由原党组书记主持。").leaders).toEqual([]);
});

test("a place before a title in a list (、玉林市政协副主席) and a task's body (包片科室) are no names", () => {
  expect(extractLeaders("自治区党委宣传部副部长韩流、玉林市政协副主席薛丽容到场。").leaders.map((l) => l.name)).toEqual(
    ["韩流", "薛丽容"],
  );
  expect(extractLeaders("社区党支部书记和主任、包片科室负责人要靠前指挥。").leaders).toEqual([]);
});

test("Macau's and Hong Kong's 司长 and an operation's 指挥官 are offices; 公司长期 is none", () => {
  const text = "保安司司长、联合行动指挥官黄少泽今日与民防联络机制成员举行会议。黄少泽在会后表示,提出四方面要求。";
  expect(extractLeaders(text).leaders.map((leader) => [leader.name, leader.role])).toEqual([["黄少泽", "讲话"]]);
  expect(extractLeaders("公司长期坚持安全生产。").leaders).toEqual([]);
});

test("a title glued to a name after a chain (旗委副书记、政府旗长秦怀东) gives the name, not the whole piece", () => {
  expect(extractLeaders("1月19日,旗委副书记、政府旗长秦怀东主持召开旗政府常务会议。").leaders).toEqual([
    { name: "秦怀东", title: "旗长", role: "主持" },
  ]);
});

test("a body's 负责人 with a name is its leader; the town a pointing word names is the report's own", () => {
  expect(extractLeaders("会议最后,该镇党委负责人王亚平强调:创建省级文明单位,需要大家齐心协力。").leaders).toEqual([
    { name: "王亚平", title: "镇党委负责人", role: "讲话" },
  ]);
  expect(extractLeaders("随后,该镇镇长廖加富作了动员讲话。").leaders).toEqual([
    { name: "廖加富", title: "镇长", role: "讲话" },
  ]);
  expect(extractLeaders("各乡镇负责人参加会议,市政府负责人表示将加快推进。").leaders).toEqual([]);
});

test("a bare list before 等县领导出席 gives each that collective title, unless the text gives a finer one", () => {
  expect(
    extractLeaders("彭禧元、肖阳、陈忠才、陈向阳等县领导出席开幕式。县委书记彭禧元宣布运动会开幕。").leaders.map(
      ({ name, title }) => [name, title],
    ),
  ).toEqual([
    ["彭禧元", "县委书记"],
    ["肖阳", "县领导"],
    ["陈忠才", "县领导"],
    ["陈向阳", "县领导"],
  ]);
});

test("a two-character name closes a list before 等…领导出席 as well as a three-character one", () => {
  expect(extractLeaders("王强、李明等市委领导出席。").leaders.map(({ name }) => name)).toEqual(["王强", "李明"]);
  expect(extractLeaders("王强、李明、张伟等县领导出席。").leaders).toHaveLength(3);
});

test("a whole item of a titled list is a name without a Han surname (Tibetan names), a body is not", () => {
  const text = "副县长胡绍军、王伟、尕玛才旦、才让扎西,县政府各部门主要负责人参加会议。";
  expect(extractLeaders(text).leaders.map(({ name }) => name)).toEqual(["胡绍军", "王伟", "尕玛才旦", "才让扎西"]);
  expect(extractLeaders("副县长王宏武、交通局、财政局参加。").leaders.map(({ name }) => name)).toEqual(["王宏武"]);
});

test("second review: groups are no names; names with · or of six characters are", () => {
  const names = (text: string) => extractLeaders(text).leaders.map(({ name }) => name);
  expect(names("副县长王伟、李强、群众代表参加活动。")).toEqual(["王伟", "李强"]);
  expect(names("副县长王伟、艾尔肯·吐尼亚孜、李强出席。")).toEqual(["王伟", "艾尔肯·吐尼亚孜", "李强"]);
  expect(names("副旗长王伟、额尔敦巴雅尔、李强出席。")).toEqual(["王伟", "额尔敦巴雅尔", "李强"]);
});

test("an autonomous region's offices are titles; a dotted name opens a list, items jieba reads as places or not at all go on in it", () => {
  const { leaders } = extractLeaders(
    "自治区党委副书记、自治区常务副主席吴英杰和自治区副主席甲热·洛桑丹增、宫蒲光、德吉、多托、格桑次仁出席会议。",
  );
  expect(leaders.map(({ name, title }) => `${title}${name}`)).toEqual([
    "自治区党委副书记、自治区常务副主席吴英杰",
    "自治区副主席甲热·洛桑丹增",
    "自治区副主席宫蒲光",
    "自治区副主席德吉",
    "自治区副主席多托",
    "自治区副主席格桑次仁",
  ]);
  // A city of the division list is no name in a list of names.
  expect(extractLeaders("副县长王五、洛阳出席会议。").leaders.map(({ name }) => name)).toEqual(["王五"]);
});

test("review: firms and rivers in a list of bodies, headings with a dot are no names; long and Taiwanese dotted names are", () => {
  const named = (text: string) => extractLeaders(text).leaders.map(({ title, name }) => `${title}|${name}`);
  expect(named("副市长王五、李四、中兴、格力等企业负责人参加座谈。")).toEqual(["副市长|王五", "副市长|李四"]);
  expect(named("副市长王五、李四、长江、黄河水利委员会负责人出席。")).toEqual(["副市长|王五", "副市长|李四"]);
  expect(named("【县长热线·回音】关于城区道路积水问题的答复")).toEqual([]);
  expect(named("镇党委书记讲党课·初心如磐")).toEqual([]);
  expect(named("主任委员夷將‧拔路兒出席。")).toEqual(["主任委员|夷將‧拔路兒"]);
  expect(named("市长会见了市长波恩·侯赛亚丰一行。")).toEqual(["市长|波恩·侯赛亚丰"]);
  // A dotted name ends where the verb of its speech first follows, 作工作部署 included.
  expect(named("州委常委、宣传部部长阿依古丽·买买提作工作部署。")).toEqual(["州委常委、宣传部部长|阿依古丽·买买提"]);
  expect(named("副州长吐尔洪·作尔肯出席。")).toEqual(["副州长|吐尔洪·作尔肯"]);
  expect(named("中心副主任刘明、各街道相关科室长、联络员参加会议。")).toEqual(["副主任|刘明"]);
  expect(named("副主席阿不都热依木·阿不都热合曼、艾尔肯·吐尼亚孜出席。")).toEqual([
    "副主席|阿不都热依木·阿不都热合曼",
    "副主席|艾尔肯·吐尼亚孜",
  ]);
  expect(named("新疆维吾尔自治区副主席艾尔肯·吐尼亚孜出席会议。")).toEqual(["自治区副主席|艾尔肯·吐尼亚孜"]);
  expect(named("自治区人民政府副主席张三出席。")).toEqual(["自治区人民政府副主席|张三"]);
  // A district's street office heads the title whole (not 山区国兴街道办).
  expect(named("琼山区国兴街道办主任符儒丹主持召开周例会。")).toEqual(["琼山区国兴街道办主任|符儒丹"]);
  // …and takes no word before the district (海口市美兰区, 由美兰区和白龙街道).
  expect(named("海口市美兰区白龙街道办事处主任陈小明主持会议。")).toEqual(["美兰区白龙街道办事处主任|陈小明"]);
  expect(named("由美兰区和白龙街道办事处主任陈小明主持。")).toEqual(["白龙街道办事处主任|陈小明"]);
});

test("a collective title's list ends before 及各县…负责人", () => {
  expect(
    extractLeaders("市领导范志国、陈洪生、王刚、李兵及各县(市、区)主要负责人参加会议。").leaders.map(
      ({ name }) => name,
    ),
  ).toEqual(["范志国", "陈洪生", "王刚", "李兵"]);
});

test("the office someone is nominated for is their title: 镇长候选人侯强辉", () => {
  expect(extractLeaders("英都镇镇长候选人侯强辉主持会议。").leaders).toEqual([
    { name: "侯强辉", title: "镇长候选人", role: "主持" },
  ]);
});

test("a name before its office right after a date (10月7日李扬镇长) is a leader; one who 调度s work deploys it", () => {
  expect(extractLeaders("2020年10月7日李扬镇长调度秸秆禁烧工作：一、要落实责任。").leaders).toEqual([
    { name: "李扬", title: "镇长", role: "部署" },
  ]);
  // A 调度会 or a 调度中心 is where one sits, not work one deploys.
  expect(extractLeaders("县长李明出席全市防汛视频调度会。").leaders).toEqual([
    { name: "李明", title: "县长", role: "出席" },
  ]);
});

test("speakers each on a topic (A就…，B就…分别进行安排部署) are leaders with the role the closing verb gives", () => {
  expect(
    extractLeaders(
      "会上,主管领导李泳烨就双代工作和水网坑塘建设,马西豹就医疗保险缴费及疫苗接种,王帅就人居环境整治工作分别进行安排部署。",
    ).leaders,
  ).toEqual([
    { name: "李泳烨", title: "主管领导", role: "部署" },
    { name: "马西豹", role: "部署" },
    { name: "王帅", role: "部署" },
  ]);
  // A collective's posts on a topic name no one.
  expect(extractLeaders("会上,各村支部书记就本村工作分别作了表态发言。").leaders).toEqual([]);
});

test("和 right after a surname is a given name's (仇和, 丁和顺), not a conjunction joining two names", () => {
  expect(extractLeaders("省委常委、昆明市委书记仇和在开幕式上致欢迎词。").leaders).toEqual([
    { name: "仇和", title: "省委常委、昆明市委书记" },
  ]);
  expect(extractLeaders("副县长丁和顺出席会议。").leaders).toEqual([{ name: "丁和顺", title: "副县长", role: "出席" }]);
  expect(extractLeaders("市长和副市长出席会议。").leaders).toEqual([]);
});

test("a provincial department's head (副厅长) leading an inspection is a leader with the group's role", () => {
  expect(extractLeaders("省委环保第二督察组和省环保厅副厅长刘文亮一行先后来麟视察检查。").leaders).toEqual([
    { name: "刘文亮", title: "省环保厅副厅长", role: "带队" },
  ]);
});

test("于本(九十二)年 after an office is when it acted, not a name; the bracket breaks nothing", () => {
  expect(extractLeaders("有关市长于本(九十二)年十二月十二日巡视建成圆环美食馆后,对营运问题改善。").leaders).toEqual([]);
  expect(extractLeaders("市长于本人前往视察。").leaders).toEqual([]);
});

test("review: 常 and 曾 before 和 are adverbs with 'with', not 常和 or 曾和", () => {
  expect(extractLeaders("驻村第一书记常和村民拉家常。").leaders).toEqual([]);
  expect(extractLeaders("镇党委书记曾和群众一起清理河道。").leaders).toEqual([]);
  expect(extractLeaders("副县长常和企业负责人座谈交流。").leaders).toEqual([]);
});

test("a roll call's deputies (蔡孟育(代)) came; a title covers its list to the name after 及; 委员 heads a list after a comma", () => {
  expect(extractLeaders("出席:许阿雪、蔡孟育(代)、郭璟瑜(代)、王秋龄").leaders.map((leader) => leader.name)).toEqual([
    "许阿雪",
    "蔡孟育",
    "郭璟瑜",
    "王秋龄",
  ]);
  expect(
    extractLeaders(
      "出席者包括副主席钟国荣、委员柯清煌、陈家良及李兆祖。主席戴祖义、副主席李伟农及罗志坚,委员马锦强及杜淑仪列席会议。",
    ).leaders.map((leader) => `${leader.title ?? ""}${leader.name}`),
  ).toEqual([
    "副主席钟国荣",
    "委员柯清煌",
    "委员陈家良",
    "委员李兆祖",
    "主席戴祖义",
    "副主席李伟农",
    "副主席罗志坚",
    "委员马锦强",
    "委员杜淑仪",
  ]);
  expect(extractLeaders("副县长王伟及相关部门负责人参加。").leaders.map((leader) => leader.name)).toEqual(["王伟"]);
});

test("review: a name ending in 和 stands before any verb (王和带领, 孙和就…作了部署); only 常和, 曾和 read as adverbs", () => {
  expect(extractLeaders("县委书记王和带领相关部门负责人到重点项目调研。").leaders.map((leader) => leader.name)).toEqual(
    ["王和"],
  );
  expect(extractLeaders("副县长孙和就安全生产工作作了部署。").leaders.map((leader) => leader.name)).toEqual(["孙和"]);
});

test("市长助理 is an office of its own, not 市长 with a name 助理…", () => {
  expect(extractLeaders("市长助理王全进及市政府秘书长金钟出席会议。").leaders).toEqual([
    { name: "王全进", title: "市长助理", role: "出席" },
    { name: "金钟", title: "市政府秘书长", role: "出席" },
  ]);
});

test("review: after 及 only a name (及时赶到, 及相关部门 are no one); a lone 委员 in a feature heads no list", () => {
  expect(extractLeaders("副县长王伟及时赶到现场,指挥救援。").leaders.map((leader) => leader.name)).toEqual(["王伟"]);
  expect(extractLeaders("副市长张早林及相关部门参加会议。").leaders.map((leader) => leader.name)).toEqual(["张早林"]);
  expect(extractLeaders("据了解,委员刘明华在提案中建议加强监管。").leaders).toEqual([]);
});

test("行政长官 is an office: Hong Kong's chief executive is a leader", () => {
  expect(
    extractLeaders("香港特区行政长官李家超13日以组长身份主持督导组第三次会议。").leaders.map((leader) => leader.name),
  ).toEqual(["李家超"]);
  // Hong Kong's papers call the office 特首.
  expect(extractLeaders("特首李家超在会上指示各工作组尽快展开工作。").leaders).toEqual([
    expect.objectContaining({ name: "李家超", title: "特首" }),
  ]);
});

test("a name ending in 则 (林政则) is taken whole where the text has it speak, an adverb between (林政则仍要求)", () => {
  expect(
    extractLeaders("市长林政则今天在市务会议中指示，工务局应加强巡查。林政则仍要求相关单位做好准备。").leaders.map(
      (leader) => leader.name,
    ),
  ).toEqual(["林政则"]);
});

test("a name read short because its last character is also a particle (郭大为主持) is taken whole where the text quotes it", () => {
  expect(extractLeaders("市长孙大为主持召开常务会议。孙大为指出，要稳住经济。").leaders).toEqual([
    { name: "孙大为", title: "市长", role: "主持" },
  ]);
  // A particle that goes on with the sentence is no name's end: 张涛在讲话中指出 quotes 张涛.
  expect(
    extractLeaders("县委书记张涛在会上讲话，县长李明主持会议。\n张涛在讲话中指出，要抓好落实。").leaders.map(
      (leader) => leader.name,
    ),
  ).toEqual(["张涛", "李明"]);
  // 为 as a preposition after a name the text quotes as it is: 李刚 gives awards, no 李刚为.
  expect(extractLeaders("副市长李刚为获奖单位颁奖。李刚强调，要再接再厉。").leaders[0]?.name).toBe("李刚");
});

test("a two-character name before 作…讲话 or 作了发言 keeps two characters; a firm's executive is no cadre", () => {
  expect(extractLeaders("副县长王振作重要讲话。县委书记李华作动员讲话。副县长曾伟作了发言。").leaders).toEqual([
    { name: "王振", title: "副县长", role: "讲话" },
    { name: "李华", title: "县委书记", role: "讲话" },
    { name: "曾伟", title: "副县长", role: "讲话" },
  ]);
  // A three-character name whose last character is 作 still is one.
  expect(extractLeaders("县委书记王振作作重要讲话。").leaders[0]?.name).toBe("王振作");
  expect(extractLeaders("签约企业代表东莞市某新能源科技有限公司总经理曾伟作了发言。县长王强出席。").leaders).toEqual([
    { name: "王强", title: "县长", role: "出席" },
  ]);
});

test("列席 is attending; 应邀 ends no name; a bare list before 等…组成成员出席 names attending members", () => {
  expect(
    extractLeaders(
      "县长龙向海主持召开县政府常务会议。蒋中华、何立锋、李瑞红等县政府常务会组成成员出席会议。县委常委、宣传部长唐华林,县政协副主席秦剑波、唐月明应邀列席会议。",
    ).leaders,
  ).toEqual([
    { name: "龙向海", title: "县长", role: "主持" },
    { name: "唐华林", title: "县委常委、宣传部长", role: "出席" },
    { name: "秦剑波", title: "县政协副主席", role: "出席" },
    { name: "唐月明", title: "县政协副主席", role: "出席" },
    { name: "蒋中华", title: "县政府常务会组成成员", role: "出席" },
    { name: "何立锋", title: "县政府常务会组成成员", role: "出席" },
    { name: "李瑞红", title: "县政府常务会组成成员", role: "出席" },
  ]);
});

test("a firm's executives lead its own meeting, and a cadre who chairs a state firm is a cadre; 作工作报告 is the verb", () => {
  expect(
    extractLeaders("公司总经理李伟作工作报告,公司副总经理王芳主持。").leaders.map((leader) => leader.name),
  ).toEqual(["李伟", "王芳"]);
  expect(
    extractLeaders("副市长、市城投有限公司董事长赵磊出席会议并讲话。").leaders.map((leader) => leader.name),
  ).toEqual(["赵磊"]);
  expect(extractLeaders("副市长孙立作工作报告。").leaders[0]?.name).toBe("孙立");
});

test("a speech names colleagues by 同志 and what each did on their own work", () => {
  expect(
    extractLeaders("刚才,各乡镇汇报了工作完成情况,程林同志、胡传明同志就各自分管工作进行了安排部署,我都同意。").leaders,
  ).toEqual([
    { name: "程林", role: "部署" },
    { name: "胡传明", role: "部署" },
  ]);
});

test("people criticised, people relayed and a titled list are no 同志 roster", () => {
  expect(extractLeaders("会上,对张建国同志、刘明辉同志就违反中央八项规定精神问题进行了通报。").leaders).toEqual([]);
  const titled = extractLeaders("县政府办主任张伟同志、刘洋同志就会议筹备工作作了说明。").leaders.map(
    (leader) => leader.name,
  );
  expect(titled).not.toContain("任张伟");
});

test("a leader whose call at another meeting is followed is no leader here; 按照 after a name is no part of it", () => {
  expect(
    extractLeaders("市长葛红林强调,各级领导干部要按照省委书记杜青林同志在全省领导干部大会上提出的要求,做好工作。")
      .leaders,
  ).toEqual([{ name: "葛红林", title: "市长", role: "讲话" }]);
  expect(extractLeaders("县长王强按照会议安排作了讲话。").leaders[0]?.name).toBe("王强");
  // A leader's watchwords, in quotes, followed here: 景俊海省长“五个毫不松懈”的要求.
  expect(
    extractLeaders(
      "5月29日,市委书记王荣新主持召开调度会。要按照巴音朝鲁书记“五个筑牢”和景俊海省长“五个毫不松懈”的要求,精准落实。",
    ).leaders.map((leader) => leader.name),
  ).toEqual(["王荣新"]);
});

test("a leader whose demand a meeting follows (按照…王君正书记要求，) or whose hopes a speaker recalls (…书记寄予了厚望) is not at it", () => {
  const names = (text: string) => extractLeaders(text).leaders.map((leader) => leader.name);
  expect(names("按照区党委部署和王君正书记要求,10月29日,区党委副书记严金海主持召开会议。")).toEqual(["严金海"]);
  expect(names("九龙坡作为主城区的重要板块,汪洋书记寄予了厚望,区委书记李明要求全区上下牢固树立直辖意识。")).toEqual([
    "李明",
  ]);
  // An acting chairman's office is his title, whole: 自治区代理主席.
  expect(extractLeaders("区党委副书记、自治区代理主席严金海主持召开会议。").leaders[0]?.title).toBe(
    "区党委副书记、自治区代理主席",
  );
  // (After 按照…, a new clause's leader who demands is at the meeting.)
  expect(names("按照会议安排,市长王强要求各部门加强巡查。")).toEqual(["王强"]);
});

test("a Taiwanese service centre's 副执行长 is an office, and those who 参与 attend", () => {
  expect(
    extractLeaders("陈县长主持,副县长张志明、行政院东部联合服务中心副执行长洪宗楷、县府主管及代表参与,并说明整备情形。")
      .leaders,
  ).toEqual([
    { name: "张志明", title: "副县长", role: "出席" },
    { name: "洪宗楷", title: "行政院东部联合服务中心副执行长", role: "出席" },
  ]);
});

test("a name before 就 (…杜家毫就有关事项做了通报) is a name even where its characters open a word, and reports", () => {
  expect(extractLeaders("省长栗战书主持会议。省委常委、常务副省长杜家毫就有关事项做了通报。").leaders).toEqual([
    { name: "栗战书", title: "省长", role: "主持" },
    { name: "杜家毫", title: "省委常委、常务副省长", role: "通报" },
  ]);
});

test("ranks are titles: 副县级干部, 一级主任科员", () => {
  expect(extractLeaders("副县长肖海、副县级干部刘集华出席会议。").leaders).toEqual([
    { name: "肖海", title: "副县长", role: "出席" },
    { name: "刘集华", title: "副县级干部", role: "出席" },
  ]);
  expect(extractLeaders("县政府办一级主任科员苏全德陪同。").leaders[0]).toMatchObject({
    name: "苏全德",
    title: "县政府办一级主任科员",
  });
});

test("a role read past where the leader sat, what was relayed, or a roll of names that ends 参会", () => {
  expect(roles("县长苏振在行政中心A区六楼政府常务会议室主持召开县人民政府第53次常务会议。")).toEqual(["苏振:主持"]);
  expect(roles("镇长石嵩传达了全县2018年秋季秸秆禁烧与综合利用工作会议精神,并要求全体镇村干部严防死守。")).toEqual([
    "石嵩:讲话",
  ]);
  expect(roles("会上,街道办事处副主任刘正传达市、区文明创建大会会议精神,对街道文明创建工作进行了布置和安排。")).toEqual(
    ["刘正:部署"],
  );
  expect(roles("局党组书记、局长吴建荣肯定了2018年我局机关党建工作。")).toEqual(["吴建荣:讲话"]);
  expect(roles("县长苏振主持会议,县领导全振华,孟学谦,傅成伟参会。")).toEqual([
    "苏振:主持",
    "全振华:出席",
    "孟学谦:出席",
    "傅成伟:出席",
  ]);
});

test("roles stay with who acted: not another's chair, not the one 对 speaks of, not a clause about one on a roll (review)", () => {
  expect(roles("县委书记张国栋在讲话中要求各乡镇党委书记亲自主持召开专题会议。")).toEqual(["张国栋:讲话"]);
  expect(roles("副县长王晓东在县长李建华的召集下参加了协调会。")[0]).not.toBe("王晓东:主持");
  expect(roles("县纪委书记郑伟对县交通局副局长吴海涛就违规操办婚宴问题做了通报。")).not.toContain("吴海涛:通报");
  expect(roles("县委书记王志强对副县长李明同志的工作给予充分肯定。")).not.toContain("李明:讲话");
  expect(
    roles(
      "会议通报了城关镇党委书记黄磊、东关镇镇长刘洋在防汛工作中履职不力被问责的情况，县委书记张国栋主持会议并讲话。",
    ),
  ).not.toContain("黄磊:主持");
  expect(roles("副县长王晓东传达了市防汛会议精神，对此，县长李建华对防汛工作作了具体部署。")).not.toContain(
    "王晓东:部署",
  );
});

test("a name that is also a word is a name between a title and what only a person does there", () => {
  const names = (text: string): string[] => extractLeaders(text).leaders.map((leader) => leader.name);
  // 洪流 "torrent", 舒展 "stretch"; 武学 "martial arts" opens 武学德.
  expect(names("5月18日上午,区委副书记洪流一行赴欧阳路街道大西居民区调研。")).toEqual(["洪流"]);
  expect(names("工委书记舒展主持会议。工委副书记、办事处主任杨琳参加会议。")).toEqual(["舒展", "杨琳"]);
  expect(names("11月9日上午,街道党工委书记武学德在机关二楼会议室主持召开推进会。")).toEqual(["武学德"]);
  // A rare adjective (强健 "robust") there is a name; an everyday one (严肃, 连续) is how the office acted.
  expect(names("3月8日,县长强健在县政府三楼会议室主持召开常务会议。")).toEqual(["强健"]);
  expect(names("县长严肃在会上强调。")).toEqual([]);
  // An adverb in that place is no name; nor is a word before a verb a person need not do.
  expect(names("县委书记专门主持召开会议。")).toEqual([]);
  expect(names("市长高度重视在会上强调的问题。")).toEqual([]);
  for (const text of [
    "区长连续在基层调研。",
    "县长平时在乡镇调研。",
    "书记常态化在村调研。",
    "县委书记严格在会上强调。",
    "县长常规主持会议。",
  ])
    expect(names(text)).toEqual([]);
});

test("a county's 主任秘书 and 参议, a customs 关长; a name may end in 为 right before a list's separator", () => {
  expect(
    extractLeaders("副县长杨忠全、主任秘书翁廷为、参议杨肃池、许宽、吴兴邦及各局处室主官出席参加。").leaders,
  ).toEqual([
    { name: "杨忠全", title: "副县长", role: "出席" },
    { name: "翁廷为", title: "主任秘书", role: "出席" },
    { name: "杨肃池", title: "参议", role: "出席" },
    { name: "许宽", title: "参议", role: "出席" },
    { name: "吴兴邦", title: "参议", role: "出席" },
  ]);
  expect(
    extractLeaders("在警察总局局长梁文昌,海关关长黄文忠等陪同下,巡视了控制中心。").leaders.map((l) => l.name),
  ).toEqual(["梁文昌", "黄文忠"]);
  // A river chief (河长制) ends a title chain: 街道总河长.
  expect(
    extractLeaders("街道党委副书记、办事处主任、街道总河长吕润家主持召开会议。").leaders.map((l) => l.name),
  ).toEqual(["吕润家"]);
  // A customs house named by its port (基隆关) has a 关长 too.
  expect(extractLeaders("基隆关关长王大明、副关长李明出席会议。").leaders.map((l) => l.name)).toEqual([
    "王大明",
    "李明",
  ]);
  // 有关长江: no office there.
  expect(extractLeaders("要建立有关长江保护的机制。").leaders).toEqual([]);
});

test("为 in a name: opening a given name (张为民) or ending a two-character one (李为) where a name's verb or a separator follows", () => {
  const names = (text: string): string[] => extractLeaders(text).leaders.map((leader) => leader.name);
  expect(names("县长张为民主持会议。")).toEqual(["张为民"]);
  expect(names("市委书记王为国在会上讲话。")).toEqual(["王为国"]);
  expect(names("副市长李为、王刚出席会议。")).toEqual(["李为", "王刚"]);
  expect(names("副市长李为出席会议并讲话。")).toEqual(["李为"]);
  expect(names("局长孙为在会上讲话。")).toEqual(["孙为"]);
  expect(names("镇长林为同志主持会议。")).toEqual(["林为"]);
  // 为 "for" with its object, or after an adverb that is also a surname (曾 once, 常 often): no name.
  expect(names("市长李为大家介绍情况。")).toEqual([]);
  expect(names("县长刘为群众解难题。")).toEqual([]);
  expect(names("县委书记曾为此作出重要批示。")).toEqual([]);
  expect(names("县长常为民作主。")).toEqual([]);
  expect(names("区委书记曾为主持人颁奖。")).toEqual([]);
  expect(names("县长王为主持人颁奖。")).toEqual([]);
  // 为 closing a three-character name a name's verb follows: 陈大为等, 陈大为主持.
  expect(names("县委副书记、代县长陈大为等在家县委常委参加会议。")).toEqual(["陈大为"]);
  expect(names("县长陈大为主持会议。")).toEqual(["陈大为"]);
  expect(names("县长王刚为主持人颁奖。")).toEqual(["王刚"]);
  // 为 opening its object, whatever word that object starts with: 就业, 率先, 作出, 参加…的.
  expect(names("副县长刘军为就业困难人员发放补贴。")).toEqual(["刘军"]);
  expect(names("县委书记张军为率先完成任务的乡镇颁奖。")).toEqual(["张军"]);
  expect(names("市长王刚为作出突出贡献的企业家颁奖。")).toEqual(["王刚"]);
  expect(names("区长李明为参加比赛的选手加油鼓劲。")).toEqual(["李明"]);
});

test("a place's short name before its level's office is the body's, not a name before its title (钟楼区委常委)", () => {
  const leaders = extractLeaders("钟楼区委常委、邹区镇党委书记万建新主持会议并讲话。").leaders;
  expect(leaders.map((leader) => leader.name)).toEqual(["万建新"]);
  expect(extractLeaders("武进区委常委万建新出席。").leaders.map((leader) => leader.name)).toEqual(["万建新"]);
  // A name before its office stays one: 黄伟哲市长.
  expect(extractLeaders("会上,黄伟哲市长指出,要做好防汛。").leaders.map((leader) => leader.name)).toEqual(["黄伟哲"]);
});

test("names under a collective title attend when they 一同参加 too", () => {
  expect(extractLeaders("区领导刘朝煜、雷云峰一同参加。").leaders).toEqual([
    { name: "刘朝煜", title: "区领导", role: "出席" },
    { name: "雷云峰", title: "区领导", role: "出席" },
  ]);
  expect(extractLeaders("区领导张林一同参加。").leaders).toEqual([{ name: "张林", title: "区领导", role: "出席" }]);
});

test("听取 before a title is the verb of the sentence, no part of the title", () => {
  expect(extractLeaders("市长胡志强到达消防局灾害应变中心,听取消防局长吴青芳简报台风防灾处理报告。").leaders).toEqual([
    { name: "胡志强", title: "市长" },
    { name: "吴青芳", title: "消防局长" },
  ]);
});

test("a leader whose words on a visit at another time are followed is no leader here", () => {
  const names = extractLeaders(
    "行政长官岑浩辉主持会议。他重申,设立两个领导小组,是为了贯彻落实国家主席习近平去年底视察澳门期间发表的系列重要讲话精神。他指示各司长须认真领会和落实国务院港澳办主任夏宝龙本月初到横琴调研时提出的要求。",
  ).leaders.map((leader) => leader.name);
  expect(names).toEqual(["岑浩辉"]);
});

test("a list of officials names commissioners, the auditor and court presidents with their titles", () => {
  const leaders = extractLeaders(
    "立法会主席张永春、终审法院院长宋敏莉、检察长唐晓峰、廉政专员欧阳湘、审计长欧阳瑜出席了会议。",
  ).leaders;
  expect(leaders.map((leader) => `${leader.name}/${leader.title}`)).toEqual([
    "张永春/主席",
    "宋敏莉/终审法院院长",
    "唐晓峰/检察长",
    "欧阳湘/廉政专员",
    "欧阳瑜/审计长",
  ]);
  // A community's or bureau's 专员 is staff, not a leader.
  expect(extractLeaders("社区网格专员李娜、区市场监管局食品安全专员王芳参加会议。").leaders).toEqual([]);
});

test("a title after 联同 starts after it: 卓永兴今日联同保安局局长邓炳强 is the bureau's head", () => {
  const { leaders } = extractLeaders("署理政务司司长卓永兴今日联同保安局局长邓炳强，视察紧急事故监察及支援中心。");
  expect(leaders.map(({ name, title }) => [name, title])).toEqual([
    ["卓永兴", "政务司司长"],
    ["邓炳强", "保安局局长"],
  ]);
});

test("a title after 贯彻落实 starts after it: the verbs that carry out a leader's words are no office", () => {
  const { leaders } = extractLeaders("会议要求要深入贯彻落实市委书记王强在当地调研时的讲话要求。");
  expect(leaders.map(({ name, title }) => [name, title])).toEqual([["王强", "市委书记"]]);
  // (A body named for what it carries out, 落实办, keeps its name.)
  expect(extractLeaders("市落实办主任王强出席会议。").leaders).toEqual([
    { name: "王强", title: "市落实办主任", role: "出席" },
  ]);
});

test("a task force's people listed under its name are its leaders; the telling's order is no office", () => {
  const { leaders } = extractLeaders(
    "县工作专班刘彩凤、李靖、刘博、王瑞雪等同志到会指导。会议由镇党委组织委员葛冰主持。最后镇党委副书记、镇长米厚章讲意见。",
  );
  expect(leaders.filter((leader) => leader.title === "县工作专班").map((leader) => leader.name)).toEqual([
    "刘彩凤",
    "李靖",
    "刘博",
    "王瑞雪",
  ]);
  expect(leaders.find((leader) => leader.name === "米厚章")?.title).toBe("镇党委副书记、镇长");
});

test("a speech's title names its speaker, with an office or without", () => {
  expect(speakerOfTitle("周德睿2016年1月6日在常德市委经济工作会议上的讲话")).toEqual({ name: "周德睿", role: "讲话" });
  expect(speakerOfTitle("县委书记张建国同志在全县经济工作会议上的讲话")).toEqual({
    name: "张建国",
    title: "县委书记",
    role: "讲话",
  });
  // A meeting's report or a speech's gist is no speaker's title.
  expect(speakerOfTitle("全市经济工作会议召开")).toBeUndefined();
  expect(speakerOfTitle("认真学习在全省工作会议上的讲话")).toBeUndefined();
});

test("a place telling its experience is no speaker; a chain of offices is the speaker's title; 会同县 is a county", () => {
  expect(speakerOfTitle("吴江在全市乡村振兴推进会上的发言")).toBeUndefined();
  expect(speakerOfTitle("市委常委、常务副市长王建军在全市安全生产工作会议上的讲话")).toEqual({
    name: "王建军",
    title: "市委常委、常务副市长",
    role: "讲话",
  });
  expect(extractLeaders("会同县委书记杨明出席会议并讲话。").leaders[0]?.title).toBe("会同县委书记");
});

test("a title after 听取了 starts at the office, not at the particle", () => {
  expect(extractLeaders("会议听取了区城管执法局局长赵坚华同志关于航展服务保障工作的情况汇报。").leaders).toEqual([
    expect.objectContaining({ name: "赵坚华", title: "区城管执法局局长" }),
  ]);
});

test("a married woman's four-character name in a Hong Kong text, used whole twice; a mainland three-character name before a verb stays three", () => {
  expect(
    extractLeaders("香港特区政府政务司长林郑月娥昨召开会议。林郑月娥表示，措施即日实施。").leaders.map(
      (leader) => leader.name,
    ),
  ).toEqual(["林郑月娥"]);
  expect(
    extractLeaders("市长王李明在会上讲话。王李明在讲话中要求各部门抓好落实。").leaders.map((leader) => leader.name),
  ).toEqual(["王李明"]);
});

test("names each with its office after it (王东峰书记、许勤省长) keep their own offices", () => {
  expect(
    extractLeaders("王东峰书记、许勤省长要求全省各级各部门清醒认识当前形势。").leaders.map(({ name, title }) => [
      name,
      title,
    ]),
  ).toEqual([
    ["王东峰", "书记"],
    ["许勤", "省长"],
  ]);
});

test("review: a Hong Kong name said twice before the same verb stays three; a day word after a name is no part of it; Macau's 司长", () => {
  const names = (text: string): string[][] =>
    extractLeaders(text).leaders.map(({ name, title }) => [name, title ?? ""]);
  expect(names("香港特区政府劳工及福利局局长孙玉菡透露，将推出措施。孙玉菡透露，计划明年实施。")[0]?.[0]).toBe(
    "孙玉菡",
  );
  expect(names("市长王刚昨召开专题会议，研究防汛工作。")).toEqual([["王刚", "市长"]]);
  expect(names("澳门经济财政司司长李伟农表示，社会文化司司长欧阳瑜今日出席。")).toEqual([
    ["李伟农", "经济财政司司长"],
    ["欧阳瑜", "社会文化司司长"],
  ]);
});

test("a collective title's list ends before 及有关…负责人; a verb after a title is no name, 干 no surname (市委书记干工作)", () => {
  const names = (text: string): string[] => extractLeaders(text).leaders.map(({ name }) => name);
  expect(names("市领导张静辉、王石红、崔志刚及有关部门单位负责人参加会议。")).toEqual(["张静辉", "王石红", "崔志刚"]);
  for (const sentence of ["市委书记干工作从不含糊。", "县长干实事，群众得实惠。", "村党支部书记干劲足，带领群众致富。"])
    expect(names(sentence)).toEqual([]);
});

test("a task force's leaders are listed under 县指挥部领导; a list ends where they met or before the bodies with them", () => {
  const leaders = (text: string) => extractLeaders(text).leaders;
  expect(
    leaders("县指挥部领导马良泉、赵鹏、徐虎在指挥部召开碰头会。").map(({ name, title }) => `${title}${name}`),
  ).toEqual(["县指挥部领导马良泉", "县指挥部领导赵鹏", "县指挥部领导徐虎"]);
  expect(leaders("区领导安冲、姜永斌及常务会成员单位负责人出席会议。")).toEqual([
    { name: "安冲", title: "区领导", role: "出席" },
    { name: "姜永斌", title: "区领导", role: "出席" },
  ]);
});

test("a collective title's list ends before 及 and the bodies with them, 、-listed; 国 is a surname; a given name after the office is two characters", () => {
  const names = (text: string): string[] => extractLeaders(text).leaders.map(({ name }) => name);
  expect(names("县领导晁自强、赵丹、张宇东及指挥部办公室、县住建局、城管局等单位主要负责人参加了会议。")).toEqual([
    "晁自强",
    "赵丹",
    "张宇东",
  ]);
  // The last of them attends with the bodies named after him.
  expect(
    extractLeaders("县领导晁自强、张宇东及指挥部办公室、县住建局等单位主要负责人参加了会议。").leaders.map(
      ({ role }) => role,
    ),
  ).toEqual(["出席", "出席"]);
  expect(names("县委常委、政府常务副县长国宏利,政府副县长刘通出席会议。")).toEqual(["国宏利", "刘通"]);
  expect(names("请本局李主任秘书国荣再继续追踪列管。")).toEqual(["李国荣"]);
});

test("则 may end a name written before its office (林政则市长), not one after it (市长王强则表示)", () => {
  expect(
    extractLeaders("新竹市政府二日召开市务会议,林政则市长指示都发局尽速处理。").leaders.map(({ name }) => name),
  ).toEqual(["林政则"]);
  expect(extractLeaders("市长王强则表示，要加快推进。").leaders.map(({ name }) => name)).toEqual(["王强"]);
});

test("review: a full name after an office keeps its own surname (王主任李建国); 再 inside a given name (刘再复) is the name's", () => {
  const names = (text: string): string[] => extractLeaders(text).leaders.map(({ name }) => name);
  expect(names("列席人员：王主任李建国")).toEqual(["李建国"]);
  expect(names("副市长刘再复出席会议。")).toEqual(["刘再复"]);
});

test("别 is a surname where jieba reads a name (市长别必雄), a prohibition where it does not (市长别再拖延)", () => {
  expect(extractLeaders("9月1日下午,市长别必雄到隆中实地察看项目建设情况。").leaders).toEqual([
    expect.objectContaining({ name: "别必雄", title: "市长" }),
  ]);
  expect(extractLeaders("副县长别再拖延了。市长别忘了这件事。").leaders).toEqual([]);
});

test("a former holder recalled (前市长林右昌任内…) is no leader at work; 日前市长… is one", () => {
  expect(extractLeaders("前市长林右昌任内曾提出整并升格的规划。").leaders).toEqual([]);
  expect(extractLeaders("日前市长王强主持召开会议。").leaders.map((leader) => leader.name)).toEqual(["王强"]);
});

test("a two-character name before 参加, 出席 (秘书长王斌参加调研) does not take the verb's first character", () => {
  expect(extractLeaders("市政府秘书长王斌参加调研。").leaders.map((leader) => leader.name)).toEqual(["王斌"]);
  expect(extractLeaders("副县长王参军参加会议。").leaders.map((leader) => leader.name)).toEqual(["王参军"]);
});

test("review: 前 after a time word (汛前, 国庆前) is no former holder; 的前市长, 前任市长 are", () => {
  expect(extractLeaders("汛前市长张国华带队检查。").leaders.map((leader) => leader.name)).toEqual(["张国华"]);
  expect(extractLeaders("基隆的前市长林右昌曾提出。前任市长王强也曾提出。").leaders).toEqual([]);
});

test("和 opens a name between a title and 同志 when no surname follows it (主任和丽萍同志); else it joins two people", () => {
  expect(extractLeaders("会议由县人民政府办公室主任和丽萍同志主持。").leaders).toEqual([
    { name: "和丽萍", title: "主任", role: "主持" },
  ]);
  // (和向城 is a name too, but 向城 could be one as well: the surname list cannot tell, so no 和 name is read.)
  expect(extractLeaders("会议由县长和王强同志主持。").leaders.map((leader) => leader.name)).not.toContain("和王强");
  expect(extractLeaders("会议由办公室主任和小刘同志主持。").leaders.map((leader) => leader.name)).not.toContain(
    "和小刘",
  );
  expect(extractLeaders("县长和各位同志出席。").leaders).toEqual([]);
});

test("a section head in a list of titled names (…处长林志成、环保科长陈美玲); not a contact line's or a case's 科长", () => {
  expect(
    extractLeaders("县长在县府建设处长林志成、环保科长陈美玲、消防科长黄国华等人的陪同下,前往渔港巡视。").leaders.map(
      ({ name, title }) => `${title}${name}`,
    ),
  ).toEqual(["县府建设处长林志成", "环保科长陈美玲", "消防科长黄国华"]);
  expect(extractLeaders("联系人：科长 王某，电话12345。").leaders).toEqual([]);
  expect(extractLeaders("联系人：信息科科长刘晓燕，电话：12345。").leaders).toEqual([]);
  expect(extractLeaders("县水利局财务科长吴某某公款吃喝问题。").leaders).toEqual([]);
  expect(extractLeaders("明确由各科长包片负责城区市容管理。").leaders).toEqual([]);
  expect(extractLeaders("要着眼学科长远发展。").leaders).toEqual([]);
});

test("向 after a two-character name turns to whom the leader speaks (县委书记李强向大会…表示祝贺); a name used whole keeps its 向", () => {
  expect(
    extractLeaders("县委书记李强向大会的圆满成功、向新当选的各位同志表示祝贺。").leaders.map((leader) => leader.name),
  ).toEqual(["李强"]);
  expect(extractLeaders("县长王志向出席会议。").leaders.map((leader) => leader.name)).toEqual(["王志向"]);
  expect(
    extractLeaders("县长王志向大会报告了政府工作。王志向同志在报告中指出,要抓好落实。").leaders.map(
      (leader) => leader.name,
    ),
  ).toEqual(["王志向"]);
  expect(extractLeaders("县人大常委会主任王志向同志向会议作了工作报告。").leaders.map((leader) => leader.name)).toEqual(
    ["王志向"],
  );
});

test("和 opens a name after a title when the text goes on to use it as a subject (和丽华一行); not a conjunction", () => {
  expect(
    extractLeaders("县委副书记和丽华带领县农业局到城关镇调研。和丽华一行到大园村实地查看。").leaders.map(
      (leader) => leader.name,
    ),
  ).toEqual(["和丽华"]);
  expect(extractLeaders("县委书记和县长一行到城关镇调研。").leaders).toEqual([]);
  expect(extractLeaders("副县长和客商一行到县产业园考察。").leaders).toEqual([]);
  expect(extractLeaders("县委书记和企业到开发区调研。企业负责人表示,将加快项目建设。").leaders).toEqual([]);
  expect(extractLeaders("副县长和专家到现场检查指导。").leaders).toEqual([]);
});

test("a leader who delegated the meeting (受龚向东局长委托) is named with the role 委托, the chair with 主持", () => {
  expect(extractLeaders("5月29日,受龚向东局长委托,市住建局袁小飞副局长主持召开推进会议。").leaders).toEqual([
    { name: "龚向东", title: "局长", role: "委托" },
    { name: "袁小飞", title: "市住建局副局长", role: "主持" },
  ]);
});

test("a title's last character inside a street's name (沙依巴克区长江路街道) names no leader", () => {
  expect(extractLeaders("研究了《沙依巴克区长江路街道新疆北斗宜居装饰工程有限公司事故调查报告》。").leaders).toEqual(
    [],
  );
});

test("a three-character name before its 在 (钟利贵在…会议上) is read whole, not as two characters and the word 贵在", () => {
  expect(extractLeaders("会上,市委书记钟利贵在会议上作了讲话。").leaders.map((leader) => leader.name)).toEqual([
    "钟利贵",
  ]);
  expect(extractLeaders("县长张正在会上讲话。").leaders.map((leader) => leader.name)).toEqual(["张正"]);
  // (An adverb of 在 after a two-character name is none of it.)
  expect(extractLeaders("县长王刚正在会上讲话。").leaders.map((leader) => leader.name)).toEqual(["王刚"]);
  expect(extractLeaders("县长李明仍在主持会议。").leaders.map((leader) => leader.name)).toEqual(["李明"]);
});

test("a name before its 于-phrase (高虹安于市务会议中, 李强于今日召开) ends where the phrase begins", () => {
  // (安于, 强于 are words; the phrase of time or place after them says where the name ends.)
  expect(roles("新竹市长陈建安于市务会议中盘点跨年活动整备情况。")).toEqual(["陈建安:"]);
  expect(roles("市长刘强于今日召开专题会议。")).toEqual(["刘强:主持"]);
  expect(roles("县长孙平于会上讲话。")).toEqual(["孙平:讲话"]);
  // (An adverb before the phrase is none of the name.)
  expect(roles("市长吴刚先于上午召开常务会议。")).toEqual(["吴刚:主持"]);
});

test("leaders in a row who 莅临现场表示祝贺 attend; one who then speaks spoke", () => {
  expect(
    roles(
      "市银保监分局局长孙建华，县委副书记、县长吴明，县政协副主席陈立等领导莅临现场表示祝贺。仪式上，吴明作了讲话。",
    ),
  ).toEqual(["孙建华:出席", "吴明:讲话", "陈立:出席"]);
  // (One who came with another who spoke after a comma attends; coming to inspect or to visit is no attending.)
  expect(roles("市委书记许芳、副市长赵军等莅临会议，赵军在讲话中强调要抓好安全。")).toEqual(["许芳:出席", "赵军:讲话"]);
  expect(roles("市委书记许芳等莅临现场督导。")).toEqual(["许芳:"]);
});

test("a bank's officers are titled (分行副行长, 银行行长), a 行长 after no 行 is no office", () => {
  const { leaders } = extractLeaders("人民银行宿迁分行副行长周正华、县长郑德等领导莅临现场。");
  expect(leaders.map((leader) => `${leader.title}|${leader.name}`)).toEqual([
    "人民银行宿迁分行副行长|周正华",
    "县长|郑德",
  ]);
  expect(roles("要求各单位进行长期监测。")).toEqual([]);
  const titles = (text: string) => extractLeaders(text).leaders.map((leader) => `${leader.title}|${leader.name}`);
  expect(titles("县农商行执行行长赵涛、党委书记、行长孙军出席。")).toEqual([
    "县农商行执行行长|赵涛",
    "党委书记、行长|孙军",
  ]);
  // (A leader who meets the banks' heads is no part of a bank's name.)
  expect(titles("市长周洋主持召开全市银行行长座谈会。")).toEqual(["市长|周洋"]);
});

test("a leader whose words elsewhere are followed (要按市委书记钟利贵在…闭幕时强调的) is not this meeting's", () => {
  expect(
    extractLeaders("王丰鹏指出,要按市委书记钟利贵在市十三届人大四次会议闭幕时强调的,干劲要鼓足。").leaders,
  ).toEqual([]);
});

test("names listed before 等领导应邀列席 are leaders who attended, with no office given", () => {
  expect(extractLeaders("李增伟、贺观群、严达明等领导应邀列席。").leaders).toEqual([
    { name: "李增伟", role: "出席" },
    { name: "贺观群", role: "出席" },
    { name: "严达明", role: "出席" },
  ]);
});

test("a name before 等 and the body's members (焦雅吉等县委常委出席) is the titled leader, not part of the body", () => {
  expect(extractLeaders("县委副书记、县长焦雅吉等县委常委出席会议。").leaders).toEqual([
    { name: "焦雅吉", title: "县委副书记、县长", role: "出席" },
  ]);
});

test("names before 等在家的县四家领导 who went somewhere to take part are leaders under that title; a bare list that went is not", () => {
  expect(
    extractLeaders("夏良胜、李文新、杨武等在家的县四家领导到国有双竹林场参加义务植树活动。").leaders.map(
      (leader) => `${leader.name}/${leader.title}`,
    ),
  ).toEqual(["夏良胜/县四家领导", "李文新/县四家领导", "杨武/县四家领导"]);
  // (The title may come first: 县四家领导夏良胜、李文新参加.)
  expect(extractLeaders("县四家领导夏良胜、李文新参加植树活动。").leaders.map((leader) => leader.title)).toEqual([
    "县四家领导",
    "县四家领导",
  ]);
  // (A bare list that went somewhere names no leaders without a collective title: 张三、李四等群众到会场参加.)
  expect(extractLeaders("张三、李四等群众到会场参加会议。").leaders).toEqual([]);
  // (到会并作讲话: the name before it is a leader's, as before 出席; 迟到会 is no part of a name.)
  expect(extractLeaders("乡长王伟迟到会议现场。").leaders.map((leader) => leader.name)).not.toContain("王伟迟");
  expect(
    extractLeaders("区委书记黄景春到会并作讲话,区委常委廖春园主持会议。").leaders.map((leader) => leader.name),
  ).toEqual(["黄景春", "廖春园"]);
});

test("a name that opens directives twice (李天明强调…，李天明要求) is a leader though no title is left; once is anyone quoted", () => {
  expect(
    extractLeaders("李天明强调,各级各部门应乘势而上。同时,李天明要求,各级各部门要高度重视。").leaders.map(
      (leader) => leader.name,
    ),
  ).toEqual(["李天明"]);
  expect(extractLeaders("会上,李天明强调,各级各部门应乘势而上。").leaders).toEqual([]);
  expect(extractLeaders("严正指出,要抓好落实。严正要求,要守住底线。").leaders).toEqual([]);
});

test("a Taiwanese section chief (養護課長紀孟洲) holds an office; 课长达两小时 is a lesson's length", () => {
  expect(extractLeaders("养护课长纪孟洲表示:工程将在半个月内完成。").leaders).toEqual([
    { name: "纪孟洲", title: "养护课长", role: "讲话" },
  ]);
  expect(extractLeaders("这堂课长达两小时。").leaders).toEqual([]);
});

test("one name under a collective title that chairs or gives the address is a leader", () => {
  expect(extractLeaders("仪式由县委副书记、县领导陈大用同志主持,县委书记连华同志致辞。").leaders).toEqual([
    { name: "陈大用", title: "县领导", role: "主持" },
    { name: "连华", title: "县委书记", role: "讲话" },
  ]);
});

test("names in a sentence that ends in attending attend, however many bodies follow them", () => {
  const text =
    "市委副书记张启东出席会议,县委副书记史邦勤及市直相关单位负责人,各县区农业农村局相关负责人和政府分管负责同志参加会议。";
  expect(extractLeaders(text).leaders.map(({ name, role }) => `${name}${role ?? ""}`)).toEqual([
    "张启东出席",
    "史邦勤出席",
  ]);
  // One who sends another in his place does not attend.
  expect(
    extractLeaders("副县长李小明请假，委托县政府办主任赵刚参加会议。").leaders.find(({ name }) => name === "李小明")
      ?.role,
  ).toBeUndefined();
});

test("a bureau chief's title keeps its whole city's name; a press's short form stays as written", () => {
  expect(extractLeaders("台南市工务局长林正德昨日率队巡查。").leaders[0]?.title).toBe("台南市工务局长");
  expect(extractLeaders("推荐高雄市环保局长陈文华昨日专案报告。").leaders[0]?.title).toBe("高雄市环保局长");
  expect(extractLeaders("马鞍山市公安局长王强在会上讲话。").leaders[0]?.title).toBe("马鞍山市公安局长");
  expect(extractLeaders("北市环保局长刘铭龙指出,要加强稽查。").leaders[0]?.title).toBe("北市环保局长");
  expect(extractLeaders("副市长陈文华主持会议。").leaders[0]?.title).toBe("副市长");
});

test("a Taiwanese 里长 is an office, named with its 里 before the name; a 公里长 is a length", () => {
  expect(
    extractLeaders("市长前往国魂里关心清沟进度,国魂里长赵瑞平以及国华里长林轩羽都到场。").leaders.map(
      ({ name, title }) => `${name}:${title}`,
    ),
  ).toEqual(["赵瑞平:国魂里长", "林轩羽:国华里长"]);
  expect(extractLeaders("新建道路3公里长度达标。").leaders).toEqual([]);
  // 里 for "in" (这里, 村里, 社区里) before 长谈, 长时间, 长寿 names no 里长 and keeps the leader before it.
  for (const text of [
    "县长王强在这里长谈了一个小时。",
    "县委书记李明在村里长时间走访群众。",
    "市委书记周平来到村里长寿老人家中走访慰问。",
    "市长刘伟在社区里长谈居民诉求。",
  ])
    expect(extractLeaders(text).leaders.map(({ name }) => name)).toEqual([/(王强|李明|周平|刘伟)/.exec(text)?.[1]]);
  // What grows there (水沟里长满杂草) is no 里长; a 里's name is two characters (偕同民运里长: 民运里).
  expect(extractLeaders("村民反映,水沟里长满杂草,镇长李强要求立即清理。").leaders.map(({ name }) => name)).toEqual([
    "李强",
  ]);
  expect(extractLeaders("市长魏嘉彦偕同民运里长林志明前往。").leaders.map(({ title }) => title)).toContain("民运里长");
});

test("an ordinal count after a name (田瑞第三次到…) is none of the name; a former holder after 对于 is no leader", () => {
  expect(
    extractLeaders("10月30日，市委常委、宣传部部长田瑞第三次到街道办督导检查创文工作。").leaders.map(
      (leader) => leader.name,
    ),
  ).toEqual(["田瑞"]);
  expect(extractLeaders("市长王小明第二次来到工地。").leaders.map((leader) => leader.name)).toEqual(["王小明"]);
  expect(
    extractLeaders("市长郑文灿主持会议。对于前县长吴志扬规划的捷运绿线，希望1年内完成发包。").leaders.map(
      (leader) => leader.name,
    ),
  ).toEqual(["郑文灿"]);
});

test("a body opening a later item of a leaders' list is the title of its names; an office without a name ends the list", () => {
  const listed = (text: string) =>
    extractLeaders(text).leaders.map((leader) => `${leader.title ?? ""}|${leader.name}|${leader.role ?? ""}`);
  expect(listed("县领导王斌、焦海东,县经济技术开发区管委会谷九江、王温波出席会议。")).toEqual([
    "县领导|王斌|出席",
    "县领导|焦海东|出席",
    "县经济技术开发区管委会|谷九江|出席",
    "县经济技术开发区管委会|王温波|出席",
  ]);
  expect(listed("县领导王斌、焦海东，县委办主任、县政府办主任参加会议。")).toEqual([
    "县领导|王斌|出席",
    "县领导|焦海东|出席",
  ]);
  expect(
    listed("县领导晁自强、张宇东及指挥部办公室、县住建局等单位主要负责人参加了会议。").map(
      (leader) => leader.split("|")[1],
    ),
  ).toEqual(["晁自强", "张宇东"]);
});

test("review of #73: a chain of four offices, a centre's or an association's, and a standing deputy are titles whole", () => {
  const titles = (text: string) => extractLeaders(text).leaders.map((leader) => `${leader.name}|${leader.title ?? ""}`);
  expect(
    titles("市爱卫会副主任、市卫生健康局党组书记、局长、市红十字会副会长周明,市卫生健康局二级巡视员刘芳出席仪式。"),
  ).toEqual(["周明|市爱卫会副主任、市卫生健康局党组书记、局长、市红十字会副会长", "刘芳|市卫生健康局二级巡视员"]);
  expect(titles("市文化和旅游局副局长、市文化旅游事业发展中心党委书记、主任王建华带领检查组到现场督导。")).toEqual([
    "王建华|市文化和旅游局副局长、市文化旅游事业发展中心党委书记、主任",
  ]);
  expect(titles("市委宣传部常务副部长陈立新宣布活动启动。")).toEqual(["陈立新|市委宣传部常务副部长"]);
  expect(titles(simplifyChars("疾病管制署中區管制中心專門委員林文雄出席。"))).toEqual([
    "林文雄|疾病管制署中区管制中心专门委员",
  ]);
});

test("review 1 of #73's rules: a centre's or association's name does not run back over the leader it accompanies", () => {
  expect(
    extractLeaders("市长王强在市疾病预防控制中心主任赵丽的陪同下,调研疫苗接种工作。").leaders.map((leader) => [
      leader.name,
      leader.title,
    ]),
  ).toEqual([
    ["王强", "市长"],
    ["赵丽", "市疾病预防控制中心主任"],
  ]);
  expect(extractLeaders("副县长周敏在县茶叶协会会长吴刚陪同下,调研茶产业发展。").leaders.map((l) => l.name)).toEqual([
    "周敏",
    "吴刚",
  ]);
});

test("an association named with 和 keeps its whole name in the title", () => {
  expect(extractLeaders("县文化和旅游协会会长李娜出席会议。").leaders[0]?.title).toBe("县文化和旅游协会会长");
});

test("#74's rules: a Taiwanese minute's surname before the office and the given name after; 施政 and a verb are no names", () => {
  const names = (text: string) => extractLeaders(simplifyChars(text)).leaders.map((leader) => leader.name);
  expect(names("颱風應變會議,主持人為黃市長偉哲,相關指示如下")).toEqual(["黄伟哲"]);
  expect(names("會議由侯市長友宜主持。")).toEqual(["侯友宜"]);
  expect(names("陳市長強調,要加強防疫。")).toEqual([]);
  expect(names("市長施政總報告今日在議會進行。")).toEqual([]);
});

test("review of #74's rules: 施政 is a name where the office's holder acts", () => {
  const names = (text: string) => extractLeaders(simplifyChars(text)).leaders.map((leader) => leader.name);
  expect(names("副县长施政出席会议并讲话。")).toEqual(["施政"]);
  expect(names("县长施政报告提出,今年新建公办幼儿园5所。")).toEqual([]);
  expect(names("会上,副县长施政作报告。")).toEqual(["施政"]);
});

test("second review of #74's rules: after 由 only a chair is named by surname and given name around the office", () => {
  const names = (text: string) => extractLeaders(simplifyChars(text)).leaders.map((leader) => leader.name);
  expect(names("会议明确，今后各类公文由王主任审核，重要文件报县长签发。")).toEqual([]);
  expect(names("副县长施政重点就春耕生产作了部署。")).toEqual(["施政"]);
});

test("#75's rules: a name before its office after a government or a centre; a bureau named with 及; the commoner word after a name", () => {
  const leaders = (text: string) => extractLeaders(simplifyChars(text)).leaders;
  expect(leaders("嘉義縣政府林文華參議表示,將加強登革熱防治。").map((leader) => leader.name)).toEqual(["林文华"]);
  expect(leaders("感謝衛生中心黃明德科長列席指導。").map((leader) => leader.name)).toEqual(["黄明德"]);
  // A section head's contact line (科長 then the name) names no leader.
  expect(leaders("活動聯絡人：文化局藝術科長 陳美玲").map((leader) => leader.name)).toEqual([]);
  expect(leaders("教育及青年事務局局長黃穗文表示,將加強巡查。")).toEqual([
    expect.objectContaining({ name: "黄穗文", title: "教育及青年事务局局长" }),
  ]);
  expect(leaders("会上,局长张伟总结上半年工作。").map((leader) => leader.name)).toEqual(["张伟"]);
});

test("review of #75: a long headquarters' name stays whole in a title chain", () => {
  expect(extractLeaders("县政协副主席、县防汛抗旱工作指挥部副指挥长王立新出席会议。").leaders[0]?.title).toBe(
    "县政协副主席、县防汛抗旱工作指挥部副指挥长",
  );
});

test("review of #75: a three-character name keeps its last character; a section is no name; 及 joins a person to a bureau", () => {
  const leaders = (text: string) => extractLeaders(simplifyChars(text)).leaders;
  expect(leaders("副县长刘建国通报了全县防汛工作情况。").map((leader) => leader.name)).toEqual(["刘建国"]);
  expect(leaders("县市场监管局食品科科长王丽出席会议。").map((leader) => leader.name)).not.toContain("食品科");
  const titles = leaders("副市长周明及财政局何强局长出席。").map((leader) => leader.title);
  expect(titles.some((title) => /周明/.test(title ?? ""))).toBe(false);
});

test("#77's rules: a working group's roster lines; a premier; a visitor heading a party who speaks; a speech title with a colon; a dotted name before 介绍", () => {
  const leaders = (text: string) => extractLeaders(simplifyChars(text)).leaders;
  const roster =
    "为加强领导，成立防汛工作领导小组。\n组  长：周建民 何立平\n副组长：孙海涛（县应急局局长）、钱文斌\n成员：各乡镇";
  expect(leaders(roster)).toEqual([
    { name: "周建民", title: "组长", role: "部署" },
    { name: "何立平", title: "组长", role: "部署" },
    { name: "孙海涛", title: "县应急局局长", role: "部署" },
    { name: "钱文斌", title: "副组长", role: "部署" },
  ]);
  // A post filled by office, or a line that mixes a name with a description, names no one from the roster.
  expect(leaders("组长：由县长担任\n副组长：王海、各乡镇党委书记")).toEqual([]);
  expect(leaders("國務院副總理劉海峰出席會議並講話。").map((leader) => leader.title)).toEqual(["国务院副总理"]);
  expect(leaders("韩立新一行到我市督导秸秆禁烧工作。\n韩立新强调，要严防死守。").map((leader) => leader.name)).toEqual([
    "韩立新",
  ]);
  // A party heads anyone (温商一行, 王总一行); only the name quoted speaking makes it the meeting's voice.
  expect(
    leaders("韩立新一行到我市督导秸秆禁烧工作。\n韩立新一行先后察看了三个乡镇。").map((leader) => leader.name),
  ).toEqual([]);
  expect(speakerOfTitle("刘志强：在全县冬春火灾防控工作会议上的讲话")).toEqual({ name: "刘志强", role: "讲话" });
  expect(leaders("县水利局局长买买提·吐尔逊介绍，今年新修渠道30公里。").map((leader) => leader.name)).toEqual([
    "买买提·吐尔逊",
  ]);
});

test("review of #77's rules: rosters of people called by trade, placeholders or remarks; 副总理事长; a party never quoted; a site's label", () => {
  const names = (text: string) => extractLeaders(simplifyChars(text)).leaders.map((leader) => leader.name);
  expect(names("成立评审工作领导小组。\n组长：张教授\n副组长：王老师、李医生")).toEqual([]);
  expect(names("成立调查工作组。\n组长：王某\n副组长：李某")).toEqual([]);
  // Without a group to lead, a 组长 line is a class's or a team's (第二小组 组长：陈晨).
  expect(names("第二小组\n组长：陈晨")).toEqual([]);
  const titled = extractLeaders("成立领导小组。\n组长：韩立（电话：0371-6612345）\n副组长：许东方（正科级）").leaders;
  expect(titled.map((leader) => [leader.name, leader.title])).toEqual([
    ["韩立", "组长"],
    ["许东方", "副组长"],
  ]);
  expect(names("中国红十字会副总理事长王平讲话。")).toEqual([]);
  expect(names("温商一行到我县考察。温商一行先后参观了工业园区。")).toEqual([]);
  expect(speakerOfTitle("范文：在全县安全生产工作会议上的讲话")).toBeUndefined();
});

test("second review of #77's rules: a body's or a petitioner's party; a school's plan; a former 副总理", () => {
  const names = (text: string) => extractLeaders(simplifyChars(text)).leaders.map((leader) => leader.name);
  expect(names("国检组一行到我县检查。国检组指出，要加强整改。")).toEqual([]);
  expect(names("王大山一行到镇政府反映问题。王大山要求尽快修路。")).toEqual([]);
  expect(names("研学活动实施方案\n组长：王小明\n副组长：李小红")).toEqual([]);
  expect(names("陪同原国务院副总理吴明到宝塔区参观。")).toEqual([]);
});

test("#78: a place heading the next title in a chain (主任、河口片区指挥长…) is no name", () => {
  const names = (text: string) => extractLeaders(simplifyChars(text)).leaders.map((leader) => leader.name);
  expect(names("县人大常委会主任、河口片区指挥长赵敏、县委常委、河口片区副指挥长孙立出席会议。")).toEqual([
    "赵敏",
    "孙立",
  ]);
  expect(names("副县长钱伟、白沙战区指挥长周红出席会议。")).toEqual(["钱伟", "周红"]);
  expect(names("副县长钱伟、周红、吴刚出席会议。")).toEqual(["钱伟", "周红", "吴刚"]);
  // A name's own next words are no place heading a title.
  expect(names("县政协主席曹光明,副主席傅文、马云峰、杜坤及各驻会常委一行视察重点工程。")).toContain("杜坤");
  expect(names("大会执行主席蔡明、田辉、柳发等在主席台就座。")).toContain("柳发");
  expect(names("副县长王明、孙丽参加县长办公会议并发言。")).toEqual(["王明", "孙丽"]);
  expect(names("副主席李强、赵伟出席县政协常委会议。")).toEqual(["李强", "赵伟"]);
  expect(names("副县长李四、王五走访社区书记工作室。")).toEqual(["李四", "王五"]);
});

test("a sumu's head (苏木达) and a gacha's (嘎查达) are titles, as a township's 乡长 is", () => {
  const text = "副苏木达乌力吉主持会议,嘎查达巴特尔汇报了近期防火工作。";
  expect(extractLeaders(text).leaders.map(({ name, title }) => `${title}${name}`)).toEqual([
    "副苏木达乌力吉",
    "嘎查达巴特尔",
  ]);
});

test("苏木达 is no title inside a place's name or before 成 (巴彦苏木达来嘎查, 额尔敦苏木达成协议)", () => {
  const text = "巴彦苏木与额尔敦苏木达成联防协议。全苏木12个嘎查达到联防标准。乌兰苏木达来嘎查党支部书记敖登主持会议。";
  expect(extractLeaders(text).leaders.map(({ name, title }) => `${title}${name}`)).toEqual(["达来嘎查党支部书记敖登"]);
});

test("#87's rules: the bodies after a list of names are no name; leaders who lead a party together all lead", () => {
  const named = (text: string) =>
    extractLeaders(text).leaders.map(({ name, title, role }) => `${title ?? ""}|${name}|${role ?? ""}`);
  expect(named("县政府领导周明、吴强,各乡镇及县直有关部门负责人参加。")).toEqual([
    "县政府领导|周明|出席",
    "县政府领导|吴强|出席",
  ]);
  expect(named("市委书记陈立、市长刘志刚二同志率市直有关部门负责人到城南新区调研。")).toEqual([
    "市委书记|陈立|带队",
    "市长|刘志刚|带队",
  ]);
  expect(named("区长孙波、副区长钱进一行察看了河道整治现场。")).toEqual(["区长|孙波|带队", "副区长|钱进|带队"]);
});

test("review of #87: leaders who receive, accompany or meet a party another leads do not lead it; a rate is no 率", () => {
  expect(roles("县委书记张伟、县长刘洋陪同省农业农村厅考察团一行考察。")).not.toContain("张伟:带队");
  expect(roles("市委书记赵峰、市长钱进会见了某集团董事长孙强一行。")).not.toContain("赵峰:带队");
  expect(roles("县长李强、副县长周明与浙江客商代表团一行座谈。")).not.toContain("李强:带队");
  expect(roles("副县长李四，县直部门办事效率有待提高。")).toEqual(["李四:"]);
});

test("second review of #87: a leader who takes bureaus along leads them, alone or in a row of leaders", () => {
  expect(roles("县长袁文林率县发改局、县自然资源局到重点项目建设现场调研。")).toEqual(["袁文林:带队"]);
  expect(roles("县委书记张伟、县长刘洋率县直有关部门到城关镇调研。")).toEqual(["张伟:带队", "刘洋:带队"]);
  // (A rate that reaches a figure is no party led.)
  expect(roles("陪同调研的有副县长王五，县林业局局长赵六，全县森林覆盖率达到65%。")).not.toContain("王五:带队");
});

test("second review of #87: leaders who accompany a visit or attend its forum attend, however the row runs", () => {
  expect(roles("州委书记李明，州委副书记、州长王强，副州长赵刚等陪同调研或出席座谈会。")).toEqual([
    "李明:出席",
    "王强:出席",
    "赵刚:出席",
  ]);
});
