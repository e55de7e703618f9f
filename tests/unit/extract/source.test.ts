import { expect, test } from "vitest";
import { meetingBody, meetingConvener, meetingName, meetingTownship } from "../../../src/lib/extract/meeting";
import { bylineMedia, collectAuthors } from "../../../src/lib/extract/source";

test("reporters are collected from bylines and the media from the byline or dateline", () => {
  const body = ["本报讯(洛报融媒记者 孙小蕊 通讯员 张向星)昨日，我市召开推进会。", "会议要求，要加快推进。"];
  expect(bylineMedia(body)).toBe("洛报融媒");
  expect(collectAuthors(body.join("\n"))).toEqual(["孙小蕊", "张向星"]);
  expect(bylineMedia(["会议要求，要加快推进。"])).toBeUndefined();
});

test("the meeting's name comes from the title or the lead, in the source's own script", () => {
  expect(meetingName("洛阳市召开城市提质推进会", "", "洛阳市召开城市提质推进会", "洛阳市召开城市提质推进会")).toBe(
    "城市提质推进会",
  );
  const simple = "南区召开区级登革热会议";
  const original = "南區召開區級登革熱會議";
  expect(meetingName("对抗登革热", `${simple}，`, simple, original)).toBe("區級登革熱會議");
  expect(meetingName("垃圾分类要同行", "全区开展垃圾分类。", "", "")).toBeUndefined();
});

test("a department convening its own meeting is its convener; a government or a committee is not", () => {
  expect(meetingConvener("", "7月10日下午,区住建局召开2019年半年度工作会议,局领导班子成员参加了会议。")).toBe(
    "区住建局",
  );
  expect(meetingConvener("固县林场组织召开安全生产会议", "")).toBe("固县林场");
  // A bureau's own numbered meeting, as its record's title names it.
  expect(meetingConvener("台南市政府工务局第 1 6 次局务会议纪录", "")).toBe("台南市政府工务局");
  // A bureau's meeting attended, passed on or announced is not convened by the title's subject.
  expect(meetingConvener("县委副书记参加县教育局局务会议", "")).toBeUndefined();
  expect(meetingConvener("传达学习市公安局局务会议精神", "")).toBeUndefined();
  expect(meetingConvener("关于召开县财政局2023年第3次局务会议的通知", "")).toBeUndefined();
  expect(meetingConvener("市政府召开常务会议", "")).toBeUndefined();
  expect(meetingConvener("", "4月1日,农安县安委会召开2019年第二次全体(扩大)会议。")).toBeUndefined();
  // A department inviting others to its meeting convenes it, though the title names only the place.
  expect(
    meetingConvener(
      "湖南常德召开“互联网+不动产登记+金融”服务体系建设工作推进会",
      "常德市不动产登记中心邀请11家银行召开“互联网+不动产登记+金融”服务体系建设交流暨工作推进会。",
    ),
  ).toBe("常德市不动产登记中心");
  // A government convening is the region meeting, whatever venue the lead names; a name holding
  // 联合 or 会同 is still one name.
  expect(
    meetingConvener("市政府召开全市防汛工作会议", "6月1日，市政府在市应急管理局召开防汛工作会议。"),
  ).toBeUndefined();
  expect(meetingConvener("", "中国联合网络通信有限公司怀化市分公司召开安全生产会议。")).toBe(
    "中国联合网络通信有限公司怀化市分公司",
  );
  expect(meetingConvener("", "怀化市会同县林业局召开森林防火会议。")).toBe("怀化市会同县林业局");
});

test("a committee holding its own plenary is the body that meets; a party standing committee is not taken for one", () => {
  expect(meetingBody("", "8月20日下午,柳河县召开安全生产部署会议暨县安委会第三次全体会议。")).toBe("县安委会");
  expect(meetingBody("我县召开2019年安委会第三次会议暨洪灾地灾防治工作会", "")).toBe("安委会");
  expect(meetingBody("2023年城市综合管理暨城市提升工作领导小组第一次会议", "")).toBe(
    "城市综合管理暨城市提升工作领导小组",
  );
  expect(meetingBody("2023年度安委会第三次会议", "")).toBe("安委会");
  expect(meetingBody("市12345政务服务便民热线工作领导小组会议", "")).toBe("政务服务便民热线工作领导小组");
  expect(meetingBody("县防汛抗旱指挥部召开成员会议", "")).toBe("县防汛抗旱指挥部");
  expect(meetingBody("", "县委常委会召开会议，研究部署安全生产工作。")).toBeUndefined();
  expect(meetingBody("", "县政府召开常务会议。")).toBeUndefined();
});

test("the body that meets is named without the place and verb before it", () => {
  expect(meetingBody("柳河县召开防汛抗旱指挥部成员会议", "")).toBe("防汛抗旱指挥部");
  expect(meetingBody("我县召开食品安全委员会全体会议", "")).toBe("食品安全委员会");
});

test("a town whose plan the lead sets out is the report's township, as one convening is; 各乡镇 is none", () => {
  expect(meetingTownship("", "2020年是全区垃圾分类工作决战决胜的关键年,河上镇将围绕提质扩面,持续深入推进。")).toBe(
    "河上镇",
  );
  expect(meetingTownship("", "4月4日,中牟县雁鸣湖镇召开人居环境整治提升加压推进会。")).toBe("雁鸣湖镇");
  // A town that 开展s its meeting holds it as one that 召开s it does (not one that 开展s a campaign).
  expect(meetingTownship("", "4月19日,白沙镇开展森林防火暨人居环境整治推进会,传达全县会议精神。")).toBe("白沙镇");
  expect(meetingTownship("", "4月19日,白沙镇开展森林防火专项整治,清理可燃物。")).toBeUndefined();
  // Nor a town's show or sports meeting, or one it held that the text only mentions.
  expect(meetingTownship("", "5月1日,白沙镇开展第三届农民运动会,各社区积极参与。")).toBeUndefined();
  expect(meetingTownship("", "参加白沙镇开展的产业发展现场会,各村要学习经验。")).toBeUndefined();
  expect(meetingTownship("", "5月8日,县政府在白沙镇开展春耕生产观摩会。")).not.toBe("县政府在白沙镇");
  expect(meetingTownship("", "会议要求,各乡镇要压实责任。")).toBeUndefined();
  // A town answering what a paper reported of it writes the text.
  expect(
    meetingTownship("", "日报刊发题为《垃圾为何无人清运》的报道。对此,宁陵县城关镇党委政府高度重视,现作如下回复:"),
  ).toBe("城关镇");
});

test("a town or street office that publishes the page is its township, with or without its office's name", () => {
  expect(meetingTownship("我镇召开油菜种植流动现场会", "10月13日,我镇召开油菜种植流动现场会。", "长寿镇")).toBe(
    "长寿镇",
  );
  expect(meetingTownship("", "", "深圳市福田区莲花街道办事处")).toBe("莲花街道");
  expect(meetingTownship("", "", "平江县人民政府")).toBeUndefined();
  expect(meetingTownship("", "", "镇江日报")).toBeUndefined();
  expect(meetingTownship("", "", "长寿镇党委")).toBe("长寿镇");
  // A city, a paper or a slogan that ends like a town is none.
  for (const publisher of ["景德镇", "今日新乡", "千年古镇", "江西萍乡"])
    expect(meetingTownship("", "", publisher)).toBeUndefined();
});

test("a body whose meeting's spirit or plan is passed on met elsewhere: it is no body meeting here", () => {
  expect(meetingBody("", "会议传达学习全省支援帮扶合作交流工作领导小组扩大会议精神。")).toBeUndefined();
  expect(meetingBody("", "按照全省支援帮扶合作交流工作领导小组扩大会议的安排部署,持续深化合作。")).toBeUndefined();
  expect(meetingBody("县安委会召开第三次全体会议", "")).toBe("县安委会");
  expect(meetingBody("", "会议传达学习了中央全面深化改革委员会第五次会议上的重要讲话精神。")).toBeUndefined();
  expect(meetingBody("", "会议传达了市安委会全体会议部署。")).toBeUndefined();
  // Its own meeting, named with 的 after it, is its own.
  expect(meetingBody("关于召开县安全生产委员会2024年第一次全体会议的通知", "")).toBe("县安全生产委员会");
  expect(meetingBody("", "县安委会召开全体成员会议的同时,组织开展安全生产大检查。")).toBe("县安委会");
});

test("a street office whose head convenes (国兴街道办主任符儒丹主持召开…) is the report's township", () => {
  expect(
    meetingTownship("", "3月24日下午,琼山区国兴街道办主任符儒丹主持召开国兴街道基层治理工作专班第五次周例会。"),
  ).toBe("国兴街道");
  expect(meetingTownship("", "县长李明主持召开常务会议。")).toBeUndefined();
  expect(meetingTownship("", "区委常委、海秀街道党工委书记王建国主持召开工作会议。")).toBe("海秀街道");
  // An office for small towns is no town.
  expect(meetingTownship("", "5月8日,县特色小镇办主任张伟主持召开全县特色小镇建设推进会。")).toBeUndefined();
});

test("a town's leaders named by office alone make the one town the opening names the township", () => {
  const lead =
    "2017年8月5日,6日,镇党委书记谭恢军,镇长梁大钊分别带队对黄腊溪(鹅项颈水库→金元镇峡马口村)进行了专项督查。";
  expect(meetingTownship("", lead)).toBe("金元镇");
  // A county's leaders visiting a town name no township; two towns name none either.
  expect(meetingTownship("", "县委书记王明到金元镇峡马口村督查河道整治。")).toBeUndefined();
  expect(meetingTownship("", "镇长梁大钊带队到金元镇和蓬莱镇督查。")).toBeUndefined();
});

test("a task force or headquarters meeting for the first time (首次会议) is the body that meets", () => {
  expect(meetingBody("", "政务司副司长卓永兴7月12日主持地区事项统筹工作组首次会议,会上订定行动计划。")).toBe(
    "地区事项统筹工作组",
  );
  expect(meetingBody("", "市长主持召开市防汛抗旱指挥部首次会议。")).toBe("市防汛抗旱指挥部");
});

test("a team sent to inspect one street makes it the report's township", () => {
  expect(meetingTownship("第三督导组6月13日深入海拉尔路街道办事处进行督导检查工作", "")).toBe("海拉尔路街道");
  // A tour of several towns, or a leader heading the team, speaks to no one town.
  expect(meetingTownship("督导组先后深入城关镇、东关镇进行督导检查", "")).toBeUndefined();
  expect(meetingTownship("县委书记带领督查组到城关镇调研检查", "")).toBeUndefined();
});

test("#81's rules: the nation's body convening is no department of a local report", () => {
  expect(meetingConvener("", "15日,国务院召开全国安全生产电视电话会议,部署安全生产大检查。")).toBeUndefined();
  expect(meetingConvener("", "15日,县应急局召开全县安全生产工作会议。")).toBe("县应急局");
  expect(meetingConvener("", "1月15日,海关总署召开全国海关工作会议。")).toBeUndefined();
});
