import { expect, test } from "vitest";
import {
  blamedBodies,
  blamedSubject,
  bodyOfTitle,
  canonicalUnit,
  expandAlias,
  findUnits,
  joinLevelTwins,
  leadingNames,
  practiceHolders,
  unitsHeadedBy,
  unitResolver,
  unitsInList,
  unitsOpening,
} from "../../../src/lib/extract/units";

const huBin = { province: "江苏省", city: "宿迁市", district: "湖滨新区" };
const luoYang = { province: "河南省", city: "洛阳市" };

test.each([
  ["区城管局", huBin, "湖滨新区城管局"],
  ["综合执法局", huBin, "湖滨新区综合行政执法局"],
  ["市交警二大队", huBin, "宿迁市交警二大队"],
  ["市文明委", luoYang, "洛阳市精神文明建设指导委员会"],
  ["各城市区", luoYang, "洛阳市各城市区"],
  ["嵩县政府", luoYang, "嵩县人民政府"],
  ["涧西区", luoYang, "涧西区"],
  ["中共洛阳市委农村工作领导小组办公室", luoYang, "中共洛阳市委农村工作领导小组办公室"],
  // A Taiwanese county stands where a city does.
  ["县警察局", { province: "台湾省", city: "花莲县" }, "花莲县警察局"],
  // 市直 in a county-level city's own report is that city's; in a district's, the prefecture's.
  ["各市直部门", { province: "湖南省", city: "娄底市", district: "涟源市" }, "涟源市各市直部门"],
  ["市直各单位", huBin, "宿迁市市直各单位"],
  // 全市 and 全县 say whose collective it is, whichever report names it.
  ["全市各有关单位", { province: "河南省", city: "洛阳市", district: "嵩县" }, "洛阳市各有关单位"],
  ["全县各有关单位", { province: "河南省", city: "洛阳市", district: "嵩县" }, "嵩县各有关单位"],
  // A bureau of the government is the city's bureau; the government's own office keeps its name.
  ["台南市政府工务局", { province: "台湾省", city: "台南市" }, "台南市工务局"],
  ["市人民政府住建局", luoYang, "洛阳市住房和城乡建设局"],
  ["市政府办公室", luoYang, "洛阳市政府办公室"],
  // The party committee's and the government's joint bureau keeps its name, as a territory's does.
  ["市委市政府信访局", luoYang, "洛阳市委市政府信访局"],
  // A national paper names the city's bureau with its province before it.
  ["河北省邢台市住房和城乡建设局", { province: "河北省", city: "邢台市" }, "邢台市住房和城乡建设局"],
  [
    "甘肃省定西市渭源县农业农村局",
    { province: "甘肃省", city: "定西市", district: "渭源县" },
    "定西市渭源县农业农村局",
  ],
])("%s in %o is %s", (raw, region, canonical) => {
  expect(canonicalUnit(raw, region)).toEqual({ name: canonical, scoped: true });
});

test("全省各级…部门 is the province's, in a city's report too, and stays as written without a province", () => {
  expect(canonicalUnit("全省各级林业部门", { province: "四川省", city: "成都市" })).toEqual({
    name: "四川省各级林业部门",
    scoped: true,
  });
  expect(canonicalUnit("全省林草系统", { province: "四川省" })).toEqual({ name: "四川省林草系统", scoped: true });
  expect(canonicalUnit("全省各级林业部门", {})).toEqual({ name: "全省各级林业部门", scoped: false });
  expect(canonicalUnit("全省公安机关", {})).toEqual({ name: "全省公安机关", scoped: false });
});

test("县市政府 is every county's and city's, even in a Taiwanese county's text; a school's 初中部 and 高中部 are bodies", () => {
  expect(canonicalUnit("县市政府", { province: "台湾省", city: "花莲县" })).toEqual({
    name: "县市人民政府",
    scoped: false,
  });
  expect(findUnits("责任部门：教务处、高中部、初中部。由初中部负责组织，高中部配合。")).toEqual([
    "初中部",
    "高中部",
    "教务处",
  ]);
});

test("a station or office named 所 acts as a bureau does (…服务所将…), a body with a dated task too; the particle 所 names none", () => {
  expect(findUnits("自来水三工处及竹山服务所将通力合作,该工程以五月底完工为目标。")).toEqual([
    "自来水三工处",
    "竹山服务所",
  ]);
  expect(findUnits("城南派出所将开展夜间巡逻。")).toEqual(["城南派出所"]);
  expect(findUnits("我们所将面临的困难还很多。")).toEqual([]);
  // (Where people go to an office, the office does nothing: 群众可到城关派出所办理….)
  expect(findUnits("现在，群众可到城关派出所办理身份证业务。")).toEqual([]);
  // A body's dated task is its own; a council that will sit on a day is given none.
  expect(findUnits("县林业局将于5月底前完成春季造林验收。")).toEqual(["县林业局"]);
  expect(findUnits("由于县议会将于3月2日举行临时会,各单位要提前准备。")).toEqual(["各单位"]);
  expect(findUnits("新建的市民服务中心将于6月投入使用。")).toEqual([]);
  expect(findUnits("市文化艺术中心将于10月1日试运营。")).toEqual([]);
  expect(findUnits("群众可持相关材料至当地司法所办理法律援助申请。")).toEqual([]);
});

test("a province's own report scopes its collectives to the province; 各州市 is a list of its own", () => {
  expect(findUnits("各州市、各部门要根据全省统一部署，抓紧制定本地区工作方案。")).toEqual(["各州市", "各部门"]);
  // (各地、各有关部门 are two collectives, not the sectors 各地 and 各有关 sharing one 部门.)
  expect(findUnits("各市州、各有关部门要抓紧制定方案。")).toEqual(["各市州", "各有关部门"]);
  expect(findUnits("各地、各有关部门要抓紧落实。")).toEqual(["各有关部门"]);
  expect(findUnits("副省长要求各设区市、各有关部门加强隐患排查。")).toEqual(["各设区市", "各有关部门"]);
  // (各级公安 is a sector with its qualifier: it shares the 部门.)
  expect(findUnits("各级公安、交通运输部门要加强联合执法。")).toEqual(["交通运输部门", "各级公安部门"]);
  const province = unitResolver({ province: "湖北省" }, { provinceSpeaks: true });
  expect(province.unitsOf("各市州、各有关部门要抓紧制定方案。")).toEqual(["湖北省各市州", "湖北省各有关部门"]);
  // Its towns and villages are some county's; a report that does not speak as the province scopes nothing.
  expect(province.unitsOf("各乡镇要加强值守。")).toEqual(["各乡镇"]);
  expect(unitResolver({ province: "湖北省" }).unitsOf("各部门要加强值守。")).toEqual(["各部门"]);
  // 各市州 are the province's in a city's report too (省政府要求，各市州要…).
  expect(canonicalUnit("各市州", { province: "湖南省", city: "郴州市" })).toEqual({
    name: "湖南省各市州",
    scoped: true,
  });
  // With a city known, the city's.
  expect(canonicalUnit("各部门", { province: "云南省", city: "昆明市" })).toEqual({
    name: "昆明市各部门",
    scoped: true,
  });
});

test("without a region a short form cannot be scoped, and says so", () => {
  expect(canonicalUnit("各职能委局", {})).toEqual({ name: "各职能委局", scoped: false });
});

test("a list shares its last government: 汝阳县、嵩县政府 are two governments", () => {
  expect(unitsInList("汝阳县、嵩县政府")).toEqual(["汝阳县政府", "嵩县政府"]);
});

test("bodies that speak on a long list of topics (分别就…、…及…有关工作作了发言) all act; a topic span stops at another speaker's", () => {
  expect(
    findUnits(
      "县交巡警大队、县交通局、中和街道分别就城区道路交通秩序整治、城市公共交通秩序、非法营运整治及城市背街小巷环境秩序管控有关工作作了发言。",
      { attendance: true },
    ),
  ).toEqual(["县交巡警大队", "县交通局", "中和街道"]);
  expect(
    findUnits(
      "等下,县委罗光荣副书记就纪念活动安排,政法委林上旺书记就整治工作作部署,永宁镇、城管局、建设局以及居民的代表将作表态发言。",
      {
        attendance: true,
      },
    ),
  ).toEqual(expect.arrayContaining(["永宁镇", "城管局", "建设局"]));
  expect(findUnits("县住建局、县城管局就城市建设,特别是老旧小区改造工作作了汇报。", { attendance: true })).toEqual([
    "县住建局",
    "县城管局",
  ]);
});

test("units are found where reports name them", () => {
  expect(findUnits("五是交通秩序,公安交警部门要进一步加大教育惩戒力度。")).toEqual(["公安交警部门"]);
  expect(findUnits("涧西区、孟津区作了表态发言,各城市区、重点委局签订并提交了目标承诺书。")).toEqual([
    "涧西区",
    "孟津区",
    "各城市区",
    "重点委局",
  ]);
  expect(findUnits("由市住建局牵头,市财政局配合。")).toEqual(["市住建局", "市财政局"]);
  expect(findUnits("责任单位：市城管局、各城市区")).toEqual(["市城管局", "各城市区"]);
  // Each inspection team a meeting sends out is tasked as one (各督查组要…); a team named once in passing is not.
  expect(findUnits("各督导组要强化责任担当,客观反映问题。")).toEqual(["各督导组"]);
  expect(findUnits("督查组现场查看了整改情况。")).toEqual([]);
  // 配合好 is the verb made whole (配合好省委巡视), no lead-in to a body.
  expect(findUnits("要求各乡镇配合好省委巡视,做好抗旱工作。")).toEqual(["各乡镇"]);
});

test("people and whole populations are not units", () => {
  expect(findUnits("全区上下要切实提高政治站位,大家要对照测评标准。")).toEqual([]);
});

test("a body's officials or cadres at every level (特區政府各級官員必須…, 保安局官员须…) are that body at work", () => {
  expect(findUnits("特区政府各级官员必须带头深入学习。")).toEqual(["特区政府"]);
  expect(findUnits("保安局官员须加强巡查。")).toEqual(["保安局"]);
  expect(findUnits("县政府各级干部要带头落实。")).toEqual(["县政府"]);
  expect(findUnits("各级官员要带头学习。")).toEqual([]);
  expect(findUnits("部分政府官员须引以为戒。")).toEqual([]);
  // So are its staff: 指挥部全体工作人员.
  expect(findUnits("指挥部全体工作人员要进一步鼓足干劲。")).toEqual(["指挥部"]);
});

test("parts that bodies play may share their 单位 (各牵头及责任单位): one collective, not 牵头 as the verb", () => {
  expect(findUnits("县住建局及各牵头及责任单位要进一步鼓足干劲。")).toEqual(["县住建局", "各牵头及责任单位"]);
  expect(findUnits("县住建局牵头,县财政局配合。")).toEqual(["县住建局", "县财政局"]);
  // (Only a collective, 各…: a body that leads with its partners, or partners that assist, is no such pair.)
  expect(findUnits("县住建局牵头及配合单位要加强沟通。")).toEqual(["县住建局"]);
  expect(findUnits("区发改局牵头、责任单位配合。")).toEqual(["区发改局"]);
});

test("the names at the start of a clause, up to its verb", () => {
  expect(leadingNames("农业局、卫生局加强查验")).toBe("农业局、卫生局");
  expect(leadingNames("都市发展局、经济发展局、地政局及法制处等单位共同研议")).toBe(
    "都市发展局、经济发展局、地政局、法制处",
  );
  expect(leadingNames("环保局及工务局加强社区与集合式住宅宣导")).toBe("环保局、工务局");
  expect(leadingNames("交通部观光局协助")).toBe("交通部观光局");
  expect(leadingNames("针对低洼地区，要提早准备")).toBe("");
});

test("units assigned with 请, 由 and reporting lists, in the text's own words", () => {
  expect(findUnits("也请相关局处加强宣导，请市场处要加强市场的环境管理。")).toEqual(["市场处", "相关局处"]);
  expect(findUnits("「校园宣导」由教育局办理入校课程宣导。")).toEqual(["教育局"]);
  expect(findUnits("市民政局、市环保局、市林业和园林局等牵头部门汇报了工作进展情况。")).toEqual([
    "市民政局",
    "市环保局",
    "市林业和园林局",
  ]);
  expect(findUnits("(牵头单位：市委组织部，配合单位：市委宣传部、各有关单位)")).toEqual([
    "市委组织部",
    "市委宣传部",
    "各有关单位",
  ]);
});

test("Taiwan's bureaus are the city's, its 区公所 the districts', national 署 stand as written", () => {
  const south = { province: "台湾省", city: "台南市", district: "南区" };
  expect(canonicalUnit("卫生局", south).name).toBe("台南市卫生局");
  expect(canonicalUnit("各区公所", south).name).toBe("台南市各区公所");
  expect(canonicalUnit("区公所", { province: "台湾省", city: "台南市" }).name).toBe("台南市区公所");
  expect(canonicalUnit("疾病管制署", south).name).toBe("疾病管制署");
  expect(canonicalUnit("市场处", south).name).toBe("台南市市场处");
  expect(canonicalUnit("省林草局", { province: "山西省" }).name).toBe("山西省林业和草原局");
});

test("a clause that ends in a suffix is no unit, whoever or whatever it mentions", () => {
  expect(findUnits("尤其在事件发生后教育局及相关局处需尽速认定。")).toEqual(["教育局", "相关局处"]);
  expect(findUnits("由戴谦副市长统整各局处独步全国率先创立平台。")).toEqual([]);
  expect(findUnits("透过环保局垃圾车逐户沿途放送市长所录制反诈讯息。").join()).not.toMatch(/市长|垃圾车/);
});

test("市府 before a bureau is the city's own; 县政府法制办 keeps the name it is written with", () => {
  const shiCheng = { province: "江西省", city: "赣州市", district: "石城县" };
  expect(canonicalUnit("市府都市发展局", { province: "台湾省", city: "台南市" }).name).toBe("台南市都市发展局");
  expect(canonicalUnit("县政府法制办", shiCheng).name).toBe("石城县政府法制办");
});

test("a body that speaks or acts as a clause's subject is a unit; a conjunction before it is not part of it", () => {
  expect(findUnits("环保局指出，目前仍有部分厨余需焚化。")).toEqual(["环保局"]);
  expect(findUnits("在处理设施方面，农业局亦采购8台生物处理机。")).toEqual(["农业局"]);
  expect(findUnits("破口已封堵完成，而林业署持续办理护坡加固作业。")).toEqual(["林业署"]);
  expect(findUnits("和平区人民政府将围绕老旧小区改造推进片区更新。")).toEqual(["和平区人民政府"]);
});

test("本府 before a bureau is the writing government's; 团市委 is the city's Youth League committee", () => {
  const tainan = { province: "台湾省", city: "台南市" };
  expect(canonicalUnit("本府农业局", tainan).name).toBe("台南市农业局");
  expect(canonicalUnit("团市委", { province: "广东省", city: "广州市" }).name).toBe("共青团广州市委员会");
  expect(canonicalUnit("团市委", {}).scoped).toBe(false);
});

test("a body reporting to a meeting acts in it; 相关镇街 and 各负其责 assign work; a 常委 is a person", () => {
  expect(findUnits("会议听取并原则同意了市应急局关于全市安全生产工作情况的汇报。")).toEqual(["市应急局"]);
  expect(findUnits("由市自然资源和规划局牵头做好组织、指导，相关镇街各负其责。")).toEqual([
    "市自然资源和规划局",
    "相关镇街",
  ]);
  expect(findUnits("市委常委、组织部部长赵小灵出席会议。", { attendance: true })).toEqual([]);
});

test("without a region, 住建局 and 市住建局 in one report are one body", () => {
  const join = joinLevelTwins(["市住建局", "住建局", "统战部"], "");
  expect(["住建局", "统战部", "市住建局"].map(join)).toEqual(["市住建局", "统战部", "市住建局"]);
});

test("a body that 陈报 a report acts; a party committee convening its own meeting is the region, not a unit", () => {
  expect(findUnits("二、经济发展局陈报「节电及用电安全」报告。")).toEqual(["经济发展局"]);
  expect(findUnits("近日，兴县县委召开县委常委扩大会议。")).toEqual([]);
});

test("sectors before 等部门 share it; partners (联合, 与) and project parties (建设、施工) are not assignees", () => {
  expect(findUnits("要加强房管、市场监管、公安等部门协调联动。")).toEqual(["房管部门", "市场监管部门", "公安部门"]);
  // 各科室提送议会的资料: the sections send; the council they send to is no part of their name.
  expect(findUnits("日后请各科室提送议会的资料必须过滤。")).toEqual(["各科室"]);
  // A post names people: 各村(居)委书记、相关部门负责人 holds no 委书记部门.
  expect(findUnits("随后,各村(居)委书记、相关部门负责人围绕实施“百千万工程”,详细汇报工作思路。")).not.toContain(
    "委书记部门",
  );
  expect(findUnits("要强化与发改、统计等部门沟通。")).toEqual([]);
  expect(findUnits("联合纪检、公安等部门形成工作合力。")).toEqual([]);
  expect(findUnits("一是建设、施工、监理等有关单位要科学安排工期。")).toEqual([]);
});

test("in a county-level city's own report 市 is that city; a party department is its committee's", () => {
  const qixia = { province: "山东省", city: "烟台市", district: "栖霞市" };
  expect(canonicalUnit("市自然资源和规划局", qixia).name).toBe("栖霞市自然资源和规划局");
  expect(canonicalUnit("统战部", qixia).name).toBe("栖霞市委统战部");
  expect(canonicalUnit("市委组织部", { province: "河南省", city: "洛阳市" }).name).toBe("洛阳市委组织部");
  expect(canonicalUnit("县委宣传部", { province: "河南省", city: "洛阳市" }).scoped).toBe(false);
});

test("the bureau a leader's title names is a unit; a party committee or government is the region", () => {
  expect(bodyOfTitle("民政局局长")).toBe("民政局");
  expect(bodyOfTitle("水利局长")).toBe("水利局");
  expect(bodyOfTitle("市住房城乡建设局党组书记、局长")).toBe("市住房城乡建设局");
  expect(bodyOfTitle("市委书记")).toBeUndefined();
  expect(bodyOfTitle("县政府副县长")).toBeUndefined();
  expect(bodyOfTitle("市人大常委会副主任")).toBeUndefined();
  expect(bodyOfTitle("镇委副书记、镇长")).toBeUndefined();
  expect(bodyOfTitle("街道党工委书记")).toBeUndefined();
});

test("a subject before an adverb and a modal, after a connective, is a unit (尤其观光新闻处更应…)", () => {
  expect(findUnits("应善加运用，尤其观光新闻处更应多所着墨。")).toEqual(["观光新闻处"]);
  expect(findUnits("因此市府单位仍要高度戒备。")).toEqual([]);
  expect(findUnits("市府配合调整市政会议办理方式。")).toEqual(["市府"]);
});

test("a collective keeps the kinds of body its bracket takes in", () => {
  expect(findUnits("各村（社区）要做好垃圾分类，各街道（乡镇）、各社区（村）要做好排查。")).toEqual([
    "各村（社区）",
    "各街道（乡镇）",
    "各社区（村）",
  ]);
  expect(findUnits("各区、县（市）要落实属地责任，各县（市、区）要抓好落实。")).toEqual([
    "各区、县（市）",
    "各县（市、区）",
  ]);
  // A bracket after a single body is an aside, not part of its name.
  expect(findUnits("市环保局（市生态局）要加强巡查。")).toEqual(["市环保局"]);
});

test("a heading or a verb phrase that ends like a unit names none", () => {
  expect(unitsHeadedBy("一、优化都市圈发展布局")).toEqual([]);
  expect(findUnits("由区卫健局牵头，配合争取三级医院要加快布局。")).toEqual(["区卫健局"]);
  // A body named after its task, or a verb and its suffix alone, is a unit all the same.
  expect(findUnits("创建全国文明城市指挥部要加强调度，信访局要做好接访。")).toEqual([
    "创建全国文明城市指挥部",
    "信访局",
  ]);
});

test("bodies that report or speak in a meeting act, however the verb is written", () => {
  expect(
    findUnits(
      "开发区对该项目现场施工工作情况进行汇报,邗江区、广陵区对相关宜居住区建设工作进展情况和下一步工作推进措施做了表态发言。",
    ),
  ).toEqual(["开发区", "邗江区", "广陵区"]);
  expect(findUnits("会议对下一步工作进行了部署。")).toEqual([]);
});

test("a collective told about a topic is found after the topic", () => {
  expect(findUnits("中心城市供排水一体化工作各级各单位要统一思想。")).toEqual(["各级各单位"]);
  expect(findUnits("市直各有关部门要密切配合。")).toEqual(["市直各有关部门"]);
});

test("a body convening a meeting today, listed in brackets, or named with its officer, is found", () => {
  expect(findUnits("南区区公所今(25)日上午召开108年度第二次区级登革热会议。")).toEqual(["南区区公所"]);
  expect(findUnits("110年预计发包案件数283件（包含水利局及各区公所），汛期前可达总发包率100%。")).toEqual([
    "水利局",
    "各区公所",
  ]);
  expect(findUnits("联合稽查包括环保局、警察局及法制处消保官等，从源头到餐桌垂直管理。")).toEqual([
    "环保局",
    "警察局",
    "法制处",
  ]);
  expect(findUnits("我市今日召开会议。")).toEqual([]);
});

test("a bracket a name opens and closes stays in it; a cut name is no unit", () => {
  expect(
    findUnits("指导县级责任单位和乡（镇）做好河道保洁。").some((unit) => unit.includes("（") && !unit.includes("）")),
  ).toBe(false);
});

test("a collective's qualifier carries over the bare kinds listed after it", () => {
  expect(unitsInList("各区、开发区")).toEqual(["各区", "各开发区"]);
  expect(unitsInList("相关部门、乡镇")).toEqual(["相关部门", "相关乡镇"]);
  // A named body after a collective stays as written.
  expect(unitsInList("各乡镇、县水利局")).toEqual(["各乡镇", "县水利局"]);
});

test("teams named by their work (执法队, 工作队) are bodies; a queue (排队) is none", () => {
  expect(findUnits("四要加强监管。由镇执法队、包村干部、村干部分组带队,做好巡查工作。")).toEqual(["镇执法队"]);
  expect(findUnits("各驻村帮扶工作队要做好帮扶。")).toEqual(["各驻村帮扶工作队"]);
  expect(findUnits("排队要有序。")).toEqual([]);
  // People's posts in an attendance list take no body's suffix; a 特色小镇 is a project, not a body.
  expect(findUnits("镇长带领示范区的办村干部、支部书记、村主任及镇相关负责同志参加。", { attendance: true })).toEqual(
    [],
  );
  expect(findUnits("并配合特色小镇建设,打造宜居宜业新城镇。")).toEqual([]);
  // 部署 is a verb, whatever precedes it: no 署 (房屋署) is named.
  expect(findUnits("要细化推进措施,提早部署启动,确保各项工作有序推进。")).toEqual([]);
  expect(findUnits("金城镇、柳垭镇代表作了表态发言。", { attendance: true })).toContain("金城镇");
  // Teams a clause sets up are no body yet.
  expect(findUnits("要求各地组建应急队，开展巡查。")).toEqual([]);
});

test("the last body a list hands work to keeps its name before an adverb (各驻镇单位迅速行动起来)", () => {
  expect(findUnits("要求各辖市区、市各部委办局、各直属单位、各驻镇单位迅速行动起来。")).toEqual([
    "各辖市区",
    "市各部委办局",
    "各直属单位",
    "各驻镇单位",
  ]);
});

test("a body opening a clause with the date it owes work by is a unit; a meeting held by a date is none", () => {
  expect(findUnits("市机场建管公司12月中旬全面开工新机场航站区项目。")).toEqual(["市机场建管公司"]);
  expect(findUnits("赛罕区政府11月底启动内蒙古SKP旗舰店项目。")).toEqual(["赛罕区政府"]);
  expect(findUnits("会议于3月底召开。")).toEqual([]);
  // A building due by a date is no body.
  expect(findUnits("市会展中心12月底建成投用。")).toEqual([]);
});

test("party organisations and study groups told to act are collectives; a bare 党组织 is not", () => {
  expect(findUnits("会议要求，全市各级党组织、各党支部、各青年理论学习小组要充分发挥作用。")).toEqual([
    "全市各级党组织",
    "各党支部",
    "各青年理论学习小组",
  ]);
  expect(findUnits("党组织要发挥战斗堡垒作用。")).toEqual([]);
});

test("firms of one trade joined to a body act with it; firms alone are no unit", () => {
  expect(unitsInList("各级各有关部门及供热企业")).toEqual(["各级各有关部门", "供热企业"]);
  expect(unitsInList("供热企业")).toEqual([]);
});

test("bare place names share the street office after them; a company keeps its long name", () => {
  expect(unitsInList("北街、南街、育才办事处")).toEqual(["北街办事处", "南街办事处", "育才办事处"]);
  expect(unitsInList("台城街道办、广东省绿润环境科技有限公司台山分公司相关负责人")).toEqual([
    "台城街道办",
    "广东省绿润环境科技有限公司台山分公司",
  ]);
});

test("a body that acted on something, and the body a reporter learnt the work from, are units", () => {
  expect(findUnits("中街办事处对煤炭路两侧的白色垃圾进行了彻底的清理。")).toEqual(["中街办事处"]);
  expect(findUnits("记者日前从哈尔滨市城管局获悉,今年春季将集中开展清理整治。")).toEqual(["哈尔滨市城管局"]);
});

test("a collective with the kinds it takes in keeps the body after them; a 责任单位 list reads past such brackets", () => {
  expect(unitsInList("各县(市、区)人民政府")).toEqual(["各县（市、区）人民政府"]);
  // A province's addressees: two collectives, the second without its 各, both governments; not 各县.
  expect(unitsInList("各市（州）、县（市、区）人民政府")).toEqual(["各市（州）人民政府", "各县（市、区）人民政府"]);
  expect(unitsInList("各市（州）、县（市、区）")).toEqual(["各市（州）", "各县（市、区）"]);
  // Other bodies after them are no governments: the cities' bureaus are not 各市（州）.
  expect(unitsInList("各市（州）、县（市、区）教育局")).not.toContain("各市（州）");
  expect(unitsInList("各市（州）、县（市、区）党委和政府")).not.toContain("各市（州）政府");
  expect(findUnits("(责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)")).toEqual([
    "市直各有关单位",
    "各县（市、区）人民政府",
    "各开发区管委会",
  ]);
});

test("sector lists, bodies a circular names for failing, and a task's bracketed carrier are units", () => {
  expect(findUnits("听取市住建、交通、晋城高速公路等相关部门关于在建项目进展情况汇报。")).toEqual([
    "市住建部门",
    "交通部门",
    "晋城高速公路部门",
  ]);
  expect(findUnits("有个别单位报送材料不及时。小伊乡、同兴镇等未按要求报送相关材料。")).toEqual(["小伊乡", "同兴镇"]);
  expect(findUnits("在过年期间要准备寒冬送暖事宜(民政局、财政局)。")).toEqual(["民政局", "财政局"]);
  // 包括 opens a list of the units, it is not part of the first one's name.
  expect(findUnits("包括农业局、卫生局及警察局等相关单位今日于市政会议专案报告。")).not.toContain("包括农业局");
});

test("no unit from a verb phrase ending in an office-like verb, from 由 inside a clause, or from a place's name used as a noun", () => {
  expect(findUnits("要严格督察,加大跟踪督办、问题曝光、排名通报力度。")).toEqual([]);
  expect(findUnits("会议由局党委副书记管向阳主持。")).toEqual([]);
  // 资源 is a county's short name (资源县) and, written bare before 要, the noun.
  expect(unitResolver({ province: "台湾省", city: "金门县" }).unitsOf("资源要爱惜使用。")).toEqual([]);
  expect(unitResolver({ province: "河南省", city: "周口市" }).unitsOf("鹿邑要加快推进。")).toEqual(["鹿邑县"]);
});

test("no unit from a back-reference, the leadership a report defers to, or a residential area before 要", () => {
  expect(findUnits("请以上责任单位加快工作节奏,全力推动确定事项落实。")).toEqual([]);
  expect(findUnits("要认真贯彻落实党中央国务院及省委省政府和市委重要决策部署。")).toEqual([]);
  expect(findUnits("完成改造的老旧小区,要同步配套完善物业管理。")).toEqual([]);
});

test("a time word before a unit is not part of its name; a subject may stand before a comma and 要", () => {
  expect(findUnits("感谢当日城乡局立即召开会议。")).toEqual(["城乡局"]);
  expect(findUnits("各县市区和市级相关部门,要认真盘点当前保障性住房完成情况。")).toEqual(["各县市区", "市级相关部门"]);
  // (A Taiwanese county's townships and county-cities, 各乡镇市; not the markets of each township, 各乡镇市场.)
  expect(findUnits("县长希望各乡镇市都有自己代表队的制服。")).toEqual(["各乡镇市"]);
  expect(findUnits("各乡镇市场主体要落实主体责任。")).toEqual([]);
  expect(findUnits("县政府督查室将紧盯未办结事项适时开展“回头看”。")).toEqual(["县政府督查室"]);
});

test("the units opening the pieces of a passage are what 以上责任单位 refers back to", () => {
  expect(
    unitsOpening("其中,由县民政局负责的第1件、县发改局负责的第4件、县卫健局负责的第17、18件确定事项进展滞后,"),
  ).toEqual(["县民政局", "县发改局", "县卫健局"]);
});

test("a quoted body is a name whatever words it holds; a suffix alone is no body", () => {
  expect(findUnits("教育局已依法成立的「短期补习班不适任人员认定委员会」,应积极、落实审查。")).toEqual([
    "短期补习班不适任人员认定委员会",
  ]);
  expect(unitsInList("尤其在事件发生后依法认定委员会")).toEqual([]);
  expect(unitsInList("尤其在事件发生后教育局")).toEqual(["教育局"]);
});

test("局属各单位 and 局机关各科室 are the report's own bureau's", () => {
  const resolver = unitResolver({ province: "湖南省", city: "张家界市" }, { bureau: "市城管局" });
  expect(resolver.unitsOf("局机关各科室、局属各单位要迅速拿出实施方案。")).toEqual([
    "张家界市城管局机关各科室",
    "张家界市城管局局属各单位",
  ]);
});

test("a body whose work report the meeting heard (听取了县自然资源局工作情况汇报) acts; one that reported to a leader quoted does not", () => {
  expect(findUnits("会议听取了县自然资源局工作情况汇报。")).toEqual(["县自然资源局"]);
  expect(findUnits("各处室要学习习近平总书记在听取海南省委和省政府工作汇报时的重要讲话精神。")).toEqual(["各处室"]);
});

test("a task's carrier bracket names every body: a leading group's long office, and those 按职责分工负责", () => {
  expect(
    findUnits(
      "2022年10月底前编制并公布行政许可事项清单。(市政府办公室、市行政审批制度改革工作领导小组办公室牵头,市级各有关部门及各县市区政府按职责分工负责)",
    ),
  ).toEqual(["市行政审批制度改革工作领导小组办公室", "市级各有关部门", "市政府办公室", "各县市区政府"]);
});

test("a body that helps (县环保局积极配合…) acts in the report", () => {
  expect(findUnits("麟游县委、县政府高度重视,县环保局积极配合做好迎检工作。")).toEqual(["县环保局"]);
});

test("各地区各部门 is one collective, as 各地各部门, 各级各部门 and the pair 各乡镇各部门 are; a qualified one splits", () => {
  expect(findUnits("各地区各部门要对报告全文再进行一次全面细致的核对。")).toEqual(["各地区各部门"]);
  expect(findUnits("各乡镇各部门要立即行动。")).toEqual(["各乡镇各部门"]);
  expect(findUnits("各单位各部门要加强为民服务意识。")).toEqual(["各单位各部门"]);
  expect(findUnits("各镇各有关部门要高度重视。")).toEqual(["各镇", "各有关部门"]);
});

test("各级、各部门 and 各部门、各单位 are one collective written with a pause; 各乡镇、各部门 are two kinds of body", () => {
  expect(findUnits("各级、各部门要高度重视城乡融合发展工作。")).toEqual(["各级各部门"]);
  expect(findUnits("全市各地、各部门要坚定信心。")).toEqual(["全市各地各部门"]);
  expect(findUnits("各部门、各单位要拼搏进取。")).toEqual(["各部门各单位"]);
  expect(findUnits("各乡镇、各部门要加强巡查。")).toEqual(["各乡镇", "各部门"]);
  // (A comma may end the clause: 分解到各部门，各单位要… is two.)
  expect(findUnits("会议要求将任务分解到各部门，各单位要明确专人负责。")).not.toContain("任务分解到各部门各单位");
});

test("an autonomous region's own report: 自治区 is the region, a 厅 is its department; a 大厅 is none", () => {
  const xinjiang = { province: "新疆维吾尔自治区" };
  expect(canonicalUnit("自治区各部门各单位", xinjiang).name).toBe("新疆维吾尔自治区各部门各单位");
  expect(canonicalUnit("交通运输厅", xinjiang).name).toBe("新疆维吾尔自治区交通运输厅");
  expect(canonicalUnit("政务服务大厅", xinjiang).name).not.toMatch(/^新疆/);
  expect(bodyOfTitle("交通运输厅党委书记、副厅长")).toBe("交通运输厅");
  expect(canonicalUnit("国务院办公厅", xinjiang).name).toBe("国务院办公厅");
  expect(canonicalUnit("报告厅", xinjiang).name).not.toMatch(/^新疆/);
});

test("经 opening a three-character office (经绿处) is its name; 依 after a body starts what it goes by", () => {
  expect(findUnits("请经绿处协调台电、天然气、自来水等公共事业单位,加强抢修准备。")).toEqual(["经绿处"]);
  expect(unitsInList("经县民政局")).toEqual(["县民政局"]);
  expect(findUnits("请财政局依地政处宋处长所提意见,将重划大队土地排除。")).toEqual(["财政局"]);
});

test("where a meeting is held (会议在县委党校召开) is no body that convenes it", () => {
  expect(findUnits("会议在县委党校召开。")).toEqual([]);
  expect(findUnits("县住建局在三楼会议室召开安全生产会议。")).toEqual(["县住建局"]);
});

test("本县各局处 is the county's own; a body after 强调 is the one told (县府强调本县各局处务必…)", () => {
  expect(findUnits("县府强调本县各局处务必全面启动防台应变机制。")).toEqual(["本县各局处"]);
  expect(canonicalUnit("本县各局处", { province: "台湾省", city: "彰化县" }).name).toBe("彰化县各局处");
  // 我区…办公室: the writer's own district's office, as 本区 would say.
  expect(
    canonicalUnit("我区城乡环境综合整治办公室", { province: "四川省", city: "成都市", district: "郫都区" }).name,
  ).toBe("郫都区城乡环境综合整治办公室");
});

test("a street's own 办事处 is that street's office; a body's part named with where it works is still the body", () => {
  const resolver = unitResolver({ province: "湖北省", city: "黄冈市", district: "黄州区" }, { township: "东湖街道" });
  expect(resolver.canonical("办事处")).toBe("黄州区东湖街道办事处");
  expect(unitsInList("陈家坝沿线包片单位县职教中心、县消防大队、县委党校")).toEqual([
    "县职教中心",
    "县消防大队",
    "县委党校",
  ]);
});

test("各科室 and 业务科室 in a bureau's own report are its sections; a named 交警大队 may be any bureau's", () => {
  const resolver = unitResolver(
    { province: "河南省", city: "周口市", district: "鹿邑县" },
    { bureau: "县规划局", bureauMeets: true },
  );
  expect(resolver.unitsOf("局班子成员、各科室负责同志参加了会议。", { attendance: true })).toEqual([
    "鹿邑县规划局各科室",
  ]);
  expect(resolver.canonical("业务科室")).toBe("鹿邑县规划局业务科室");
  expect(resolver.canonical("交警大队")).toBe("鹿邑县交警大队");
  expect(resolver.canonical("各乡镇")).toBe("鹿邑县各乡镇");
});

test("in a bureau's own meeting, a level's 局 written short is that level's bureau of the same system", () => {
  const province = unitResolver({ province: "四川省" }, { bureau: "四川省税务局", bureauMeets: true });
  expect(province.canonical("成都市局")).toBe("成都市税务局");
  expect(province.canonical("省局征管科技处")).toBe("四川省税务局征管科技处");
  // (At another body's meeting, or for a bureau of its own name, nothing is read into 局.)
  const county = unitResolver({ province: "四川省", city: "成都市" }, { bureau: "市税务局", bureauMeets: false });
  expect(county.canonical("县局")).toBe("县局");
  expect(province.canonical("市场监管局")).toBe("市场监督管理局");
  // The system is the convener's name without every place before it; a branch (…分局) sets none.
  const city = unitResolver({ province: "浙江省", city: "杭州市" }, { bureau: "杭州市税务局", bureauMeets: true });
  expect(city.canonical("萧山区局")).toBe("萧山区税务局");
  const district = unitResolver(
    { province: "浙江省", city: "宁波市", district: "鄞州区" },
    { bureau: "宁波市鄞州区市场监督管理局", bureauMeets: true },
  );
  expect(district.canonical("区局各科室")).toBe("鄞州区市场监督管理局各科室");
  const branch = unitResolver(
    { province: "湖南省", city: "长沙市" },
    { bureau: "长沙市公安局天心分局", bureauMeets: true },
  );
  expect(branch.canonical("市局治安支队")).not.toContain("天心分局");
});

test("a body that drafted what a meeting adopted is a unit; a facility ending in 站 is not; 市府各单位 are the government's", () => {
  expect(findUnits("会议原则同意县财政局拟草的《关于加快财政扶贫资金支出进度相关事项》,修改完善后,批复实施。")).toEqual(
    ["县财政局"],
  );
  expect(unitsHeadedBy("小区门口垃圾桶站")).toEqual([]);
  expect(canonicalUnit("市府各单位", { province: "台湾省", city: "桃园市" }).name).toBe("桃园市政府各单位");
});

test("区直各部门 (jieba reads 区直 as a verb) and a 专班 are units; 全区… is the district's", () => {
  expect(unitsInList("立山经济开发区,全区经济运行各专班")).toEqual(["立山经济开发区", "全区经济运行各专班"]);
  expect(unitsInList("各街道、区直各部门")).toEqual(["各街道", "区直各部门"]);
  expect(canonicalUnit("全区经济运行各专班", { province: "辽宁省", city: "鞍山市", district: "立山区" }).name).toBe(
    "立山区经济运行各专班",
  );
});

test("lists and collectives: utilities share the firm the last one names; 各乡镇各部门 and 各责任单位 are one; guests are no assignees", () => {
  expect(unitsInList("电力、电信、水公司")).toEqual(["电力公司", "电信公司", "水公司"]);
  // Bodies named in full before firms share no suffix with them: the list runs on past the firms.
  expect(findUnits("甚至至今未开展整治活动,包括团县委、地病办、联通公司、财保公司、盐务局、烟草局。")).toEqual([
    "团县委",
    "地病办",
    "联通公司",
    "财保公司",
    "盐务局",
    "烟草局",
  ]);
  expect(unitsInList("各乡镇各部门")).toEqual(["各乡镇各部门"]);
  expect(unitsInList("各级各部门")).toEqual(["各级各部门"]);
  expect(unitsInList("各苏木镇(场)及相关部门")).toEqual(["各苏木镇（场）", "相关部门"]);
  expect(findUnits("一、各责任单位要高度重视,切实加强领导。")).toEqual(["各责任单位"]);
  expect(findUnits("邀集国军、水利、电力、消防等单位召开会议。")).toEqual([]);
  expect(findUnits("沿海低洼地区需慎防淹水,务必确认抽水站运转正常。")).toEqual([]);
  const banner = { province: "内蒙古自治区", city: "锡林郭勒盟", district: "正蓝旗" };
  expect(canonicalUnit("全旗各级各部门", banner).name).toBe("正蓝旗各级各部门");
  expect(canonicalUnit("全区各级各部门", {}).name).toBe("全区各级各部门");
});

test("a body that funds the work is a unit; a ministry's body is national, a 交通部门 is local", () => {
  const funded = "争取到交通部观光局两年三亿经费补助;亦获内政部营建署「城镇风貌型塑整体计画」补助546万元";
  expect(findUnits(funded)).toEqual([]);
  expect(findUnits(funded, { attendance: true })).toEqual(["交通部观光局", "内政部营建署"]);
  const hsinchu = { province: "台湾省", city: "新竹市" };
  expect(canonicalUnit("交通部观光局", hsinchu).name).toBe("交通部观光局");
  expect(canonicalUnit("交通部门", { province: "山西省", city: "晋城市" }).name).toBe("晋城市交通部门");
});

test("bodies at work (各区公所已提前巡查); the city government's team is the government, in Taiwan its 市政府", () => {
  const tainan = unitResolver({ province: "台湾省", city: "台南市" });
  expect(tainan.unitsOf("市府团队与各区公所已提前巡查各项施工中工程。")).toEqual(["台南市政府", "台南市各区公所"]);
  expect(canonicalUnit("市府", { province: "河南省", city: "洛阳市" }).name).toBe("洛阳市人民政府");
});

test("a collective's office stays with it (各乡镇公所); villages in the plural are assignees; a firm list shares its suffix after 请", () => {
  expect(findUnits("并请各乡镇公所加强防汛及整备工作。")).toEqual(["各乡镇公所"]);
  expect(findUnits("希望各村继续加大人居环境整治力度。")).toEqual(["各村"]);
  expect(findUnits("村里要加强环境整治。")).toEqual([]);
  const pingtung = unitResolver({ province: "台湾省", city: "屏东县" });
  expect(pingtung.unitsOf("同时请电力、电信、水公司随时注意维生系统抢修。")).toEqual([
    "电力公司",
    "电信公司",
    "水公司",
  ]);
});

test("partners who share a task act in it: 与…共同, 协同…; a partner without 共同 is not assumed", () => {
  expect(findUnits("与县环保局、县水文站共同推进备用水源建设。")).toEqual(["县环保局", "县水文站"]);
  expect(findUnits("协同县水利局加强对城区河道的管理。")).toEqual(["县水利局"]);
  expect(findUnits("鼓励企业与金融机构合作。")).toEqual([]);
  expect(findUnits("参与会议的各单位。")).toEqual([]);
});

test("a collective of county-level divisions written as a list is one collective: 各县、市、区, 各有关区、县级市", () => {
  expect(findUnits("各县、市、区要加强领导。")).toEqual(["各县（市、区）"]);
  expect(findUnits("各有关区、县级市要抓好落实。")).toEqual(["各有关区、县级市"]);
  expect(findUnits("各区、县级市负责组织实施。")).toEqual(["各区、县级市"]);
});

test("a task's bracket names its carriers with the part each plays; bodies after the first share its level", () => {
  expect(findUnits("地区生产总值增长11%左右。(省发改委负责)")).toEqual(["省发改委"]);
  expect(findUnits("公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)")).toEqual([
    "省财政厅",
    "省国税局",
    "省地税局",
  ]);
  expect(findUnits("居民收入增长12%以上。(省发改委、农委、统计局分别负责)")).toEqual([
    "省发改委",
    "省农委",
    "省统计局",
  ]);
  expect(findUnits("由县水利局、县应急局负责。")).toEqual(["县水利局", "县应急局"]);
});

test("collectives a circular tasks: 相关责任单位, 属地街道 after 等部门及, 各乡镇（区） before 一定要; a 总队 is a body", () => {
  expect(findUnits("对未达到序时进度要求的目标任务,相关责任单位要认真分析原因。")).toEqual(["相关责任单位"]);
  expect(findUnits("区房管局、区建设局等部门及属地街道要做好危房处置。")).toEqual(["区房管局", "区建设局", "属地街道"]);
  expect(findUnits("区住建局、社区建设指导中心等部门、单位及各镇街,要坚持共建共治。")).toEqual([
    "区住建局",
    "社区建设指导中心",
    "各镇街",
  ]);
  expect(findUnits("各乡镇(区)一定要充分认清形势。")).toEqual(["各乡镇（区）"]);
  expect(findUnits("市城管执法局督察总队通报了近期监测情况。")).toEqual(["市城管执法局督察总队"]);
});

test("people before a body in an attendance list are not part of it; a body whose role is 发挥ed acts", () => {
  expect(findUnits("市领导和市直部门负责人参加会议。", { attendance: true })).toEqual(["市直部门"]);
  // A head named by the body's own title (局长 of a 局, 队长 of a 队) stands for the body.
  expect(findUnits("县公安局局长、县交警大队队长、各乡镇派出所所长参加会议。", { attendance: true })).toEqual([
    "县公安局",
    "县交警大队",
    "各乡镇派出所",
  ]);
  expect(findUnits("充分发挥乡镇应急办牵头抓总的作用。")).toEqual(["乡镇应急办"]);
  // Bodies named by kind alone attend; they are no body a reader can look up.
  expect(findUnits("区城管局局长,相关单位分管领导等参加会议。", { attendance: true })).toEqual(["区城管局"]);
  expect(findUnits("各单位、有关部门负责人参加会议。", { attendance: true })).toEqual([]);
});

test("flood-control headquarters written short (市防指, 各县（市）区防指) are bodies; bare places before 街道 share it", () => {
  const fuzhou = unitResolver({ province: "福建省", city: "福州市" });
  expect(fuzhou.unitsOf("市防指会商部署强降雨防御工作。")).toEqual(["福州市防汛抗旱指挥部"]);
  expect(fuzhou.unitsOf("各县(市)区防指要根据预报预警,点对点指导重点乡镇。")).toEqual([
    "福州市各县（市）区防汛抗旱指挥部",
  ]);
  expect(findUnits("卢沟桥、大红门街道要结合辖区实际开展整治。")).toEqual(["卢沟桥街道", "大红门街道"]);
});

test("a bare kind after a collective takes its collective word: 各乡镇、部门 → 各部门, even after another body", () => {
  expect(findUnits("县疫情指挥部及各乡镇、部门要克服麻痹思想。")).toEqual(["县疫情指挥部", "各乡镇", "各部门"]);
});

test("a firm's short name is the firm named in full elsewhere; a field of study is no section", () => {
  const join = joinLevelTwins(["四川铁科", "四川铁科建设监理有限公司"], "");
  expect(join("四川铁科")).toBe("四川铁科建设监理有限公司");
  expect(findUnits("重点学科要加强建设。")).toEqual([]);
});

test("the report's own place is its region, not a unit; 街镇 after 各委办局 is a collective too", () => {
  const baoshan = unitResolver({ province: "上海市", city: "上海市", district: "宝山区" });
  expect(baoshan.unitsOf("未来,宝山要抓好转型发展的历史机遇。")).toEqual([]);
  expect(baoshan.unitsOf("各委办局、街镇要围绕重点工作做好汇总。")).toEqual(["宝山区各委办局", "宝山区各街镇"]);
});

test("各县、区人民政府 is one collective of governments", () => {
  expect(findUnits("各县、区人民政府要全面落实排查整治。")).toEqual(["各县、区人民政府"]);
});

test("the members of a headquarters are its own collective; 经 before a body is a preposition, 经济发展局 a name", () => {
  expect(findUnits("各防指成员单位要各司其职、协同配合。")).toEqual(["防汛抗旱指挥部各成员单位"]);
  expect(findUnits("将由经济发展局研拟招商规划。")).toEqual(["经济发展局"]);
});

test("a body whose proposal a meeting adopted acts: 会议原则同意县卫生和计划生育局提出的…方案", () => {
  expect(findUnits("会议原则同意县卫生和计划生育局提出的迎接国家卫生县城复审工作任务分解方案。")).toEqual([
    "县卫生和计划生育局",
  ]);
  expect(findUnits("会议审议了市长提出的意见。")).toEqual([]);
});

test("names of areas keep their position word, collectives keep their 各, kinds in brackets stay one collective", () => {
  expect(unitsInList("区发展改革局、沈阳近海经济区管委会")).toEqual(["区发展改革局", "沈阳近海经济区管委会"]);
  // jieba reads 各镇 as one pronoun; the 乡 after it is not where the name begins.
  expect(unitsInList("各镇乡人民政府、各街道办事处")).toEqual(["各镇乡人民政府", "各街道办事处"]);
  // A bare 街道办事处 after 各镇人民政府 is each street office, as 各乡镇、部门 is each department.
  expect(unitsInList("各镇人民政府、街道办事处、区政府各部门")).toEqual([
    "各镇人民政府",
    "各街道办事处",
    "区政府各部门",
  ]);
  expect(unitsInList("沈阳近海经济区管委会、各镇政府(街道办事处)")).toEqual([
    "沈阳近海经济区管委会",
    "各镇政府（街道办事处）",
  ]);
  // A position word of time is still no part of a name.
  expect(unitsInList("会后以来城管局")).not.toContain("会后以来城管局");
});

test("collectives side by side are each a unit; a place's own collective stays whole", () => {
  expect(unitsInList("各级各部门各乡镇")).toEqual(["各级各部门", "各乡镇"]);
  expect(unitsInList("各乡镇各村各部门")).toEqual(["各乡镇", "各村", "各部门"]);
  expect(unitsInList("全区各级各部门")).toEqual(["全区各级各部门"]);
});

test("names listed before 等单位 are not made into X单位; a heard list loses its 听取了", () => {
  const units = findUnits("周区长详细听取了区住建局、高岳、矿山集、朔里、石台和东昱建投等单位的汇报。");
  expect(units).toContain("区住建局");
  expect(units.filter((unit) => /单位$|^了/.test(unit))).toEqual([]);
});

test("the bodies a leader takes along (带领…相关负责人) act in the report", () => {
  expect(
    findUnits("8月27日,杨宝东带领莲池区、竞秀区、市住建局、市市场办相关负责人,对文明城市创建工作督查调度。"),
  ).toEqual(expect.arrayContaining(["莲池区", "竞秀区", "市住建局", "市市场办"]));
});

test("要 inside 主要 or 重要 ends no subject: 亦请工务局全面检视市区及观光景点主要 names 工务局, nothing longer", () => {
  const units = findUnits("亦请工务局全面检视市区及观光景点主要道路。");
  expect(units.filter((unit) => unit.length > 5)).toEqual([]);
  expect(findUnits("各涉及部门主要负责同志要亲自部署。")).not.toContain("涉及部门");
});

test("the part one plays before the bodies named (指示主办机关、交通局…) is skipped, the bodies kept", () => {
  expect(findUnits("陈其迈在会中指示主办机关、交通局、捷运局及警察局做好活动周边交通维管。")).toEqual([
    "交通局",
    "捷运局",
    "警察局",
  ]);
});

test("what a meeting heard is named without 会议听取, and the topic of a report (关于…公司) names no body", () => {
  expect(unitsInList("会议听取区综合行政执法局、区住建局")).toEqual(["区综合行政执法局", "区住建局"]);
  expect(unitsInList("听取关于裕滕乳业有限公司")).toEqual([]);
});

test("a meeting room is where a meeting sits, no body; 安监局 is the 安全生产监督管理局", () => {
  expect(findUnits("2019年1月15日,在芦山县交通运输局会议室召开了推进会。")).not.toContain("芦山县交通运输局会议室");
  expect(canonicalUnit("县安监局", { province: "吉林省", city: "通化市", district: "柳河县" }).name).toBe(
    "柳河县安全生产监督管理局",
  );
  expect(canonicalUnit("县安委会办公室", { province: "吉林省", city: "通化市", district: "柳河县" }).name).toBe(
    "柳河县安全生产委员会办公室",
  );
});

test("a firm named without a level keeps its own name; one written with 区 is the district's", () => {
  const harbin = { province: "黑龙江省", city: "哈尔滨市" };
  expect(canonicalUnit("华电集团", harbin).name).toBe("华电集团");
  expect(canonicalUnit("捷能热电公司", harbin).name).toBe("捷能热电公司");
  expect(canonicalUnit("区城南公司", { province: "贵州省", city: "贵阳市", district: "花溪区" }).name).toBe(
    "花溪区城南公司",
  );
});

test("a county written bare before one named with its bureau has that bureau too; a firm's 部门负责人 are people", () => {
  const harbin = unitResolver({ province: "黑龙江省", city: "哈尔滨市" });
  expect(harbin.unitsOf("于险峰率领道里、香坊区住建局及相关供热企业负责人组成检查组。").sort()).toEqual([
    "道里区住房和城乡建设局",
    "香坊区住房和城乡建设局",
  ]);
  expect(unitsInList("华电集团、哈投集团、捷能热电公司部门负责人")).toEqual(["华电集团", "哈投集团", "捷能热电公司"]);
});

test("in a township's own report 镇综治办 and 镇纪委 are the township's", () => {
  const heTou = unitResolver({ province: "广东省", city: "云浮市", district: "新兴县" }, { township: "河头镇" });
  expect(heTou.canonical("镇综治办")).toBe("新兴县河头镇综治办");
  expect(heTou.canonical("县创文办")).toBe("新兴县创文办");
  // Its teams too: 镇执法队, and the work teams it sends to villages.
  expect(heTou.canonical("镇执法队")).toBe("新兴县河头镇执法队");
  expect(heTou.canonical("各驻村帮扶工作队")).toBe("新兴县河头镇各驻村帮扶工作队");
  // Another body's team sent to the villages is not the township's.
  expect(heTou.canonical("国家电网驻村工作队")).toBe("国家电网驻村工作队");
  // The body a township sends to do the work (安排…社区对…进行核查) is at work; money set aside for one is not.
  expect(heTou.unitsOf("我镇立即安排蓝山社区对周边环境问题进行实地核查。")).toEqual(["新兴县河头镇蓝山社区"]);
  expect(heTou.unitsOf("会议安排部署了全镇工作。安排专人负责。")).toEqual([]);
  // Its units, as its departments: 各单位, 各级各单位, 各企事业单位, 镇各单位 (not the county's 县直各单位).
  expect(heTou.canonical("各单位")).toBe("新兴县河头镇各单位");
  expect(heTou.canonical("各级各单位")).toBe("新兴县河头镇各级各单位");
  expect(heTou.canonical("各企事业单位")).toBe("新兴县河头镇各企事业单位");
  expect(heTou.canonical("镇各单位")).toBe("新兴县河头镇各单位");
  expect(heTou.canonical("县直各单位")).not.toContain("河头镇");
  expect(heTou.canonical("中省驻县单位")).not.toContain("河头镇");
  expect(heTou.canonical("施工单位")).not.toContain("河头镇");
  // A street office's parts are its own; a body that opens with its district is the district's.
  const yanYuan = unitResolver({ province: "北京市", city: "北京市", district: "海淀区" }, { township: "燕园街道" });
  expect(yanYuan.canonical("各社区")).toBe("海淀区燕园街道各社区");
  expect(yanYuan.canonical("海淀区文明办")).toBe("海淀区精神文明建设指导委员会办公室");
  // Its work teams and grids.
  expect(yanYuan.canonical("工作组")).toBe("海淀区燕园街道工作组");
  expect(yanYuan.canonical("各网格单位")).toBe("海淀区燕园街道各网格单位");
  // Not a team another body sends.
  expect(yanYuan.canonical("国务院督查工作组")).not.toContain("燕园街道");
  expect(yanYuan.canonical("第二督导工作组")).not.toContain("燕园街道");
  // 苍南龙港镇召开…: the town, its county written short before it.
  const longGang = unitResolver({ province: "浙江省", city: "温州市", district: "苍南县" }, { township: "苍南龙港镇" });
  expect(longGang.canonical("各社区")).toBe("苍南县龙港镇各社区");
  // 全镇各村, 全街道各社区: the whole township's, the same collective.
  expect(heTou.unitsOf("全镇各村要紧紧围绕会议精神。")).toEqual(["新兴县河头镇各村"]);
  expect(yanYuan.canonical("全街道各社区")).toBe("海淀区燕园街道各社区");
  expect(heTou.unitsOf("全镇各村组要加强巡查。")).toEqual(["新兴县河头镇各村组"]);
  // In a county's own report 全镇各村 are some town's villages: no unit it can name.
  const county = unitResolver({ province: "湖南省", city: "岳阳市", district: "平江县" });
  expect(county.unitsOf("县委书记李明到石桥镇调研,要求全镇各村要加强巡查。")).toEqual([]);
  // 相关镇村, 各镇村: the towns and their villages, a county's collective; 美丽镇村 is a programme's name.
  expect(county.unitsOf("督查组要求相关镇村要把环境整治与产业发展相结合。")).toEqual(["平江县相关镇村"]);
  expect(county.unitsOf("各镇村要加快推进改厕工作。")).toEqual(["平江县各镇村"]);
  expect(county.unitsOf("美丽镇村建设要加快推进。")).toEqual([]);
  // 发挥…作用: the bodies whose part is called on; a quality or a market is no body.
  expect(county.unitsOf("要充分发挥各乡镇、县住建局作用,梳理闲置用地。")).toEqual([
    "平江县各乡镇",
    "平江县住房和城乡建设局",
  ]);
  expect(county.unitsOf("要充分发挥基层党组织的战斗堡垒作用和市场在资源配置中的决定性作用。")).toEqual([]);
  // 1.县住建局要…: an item's number before its subject is no part of the name.
  expect(county.unitsOf("1.县住建局要加快推进农村改厕。")).toEqual(["平江县住房和城乡建设局"]);
  expect(county.unitsOf("2． 县水利局要抓好汛前检查。")).toEqual(["平江县水利局"]);
  // 秘书单位消防局: the part a body plays is no part of its name.
  expect(findUnits("请秘书单位消防局持续记录运作过程。")).toEqual(["消防局"]);
  expect(findUnits("请主办单位县委宣传部做好宣传报道。")).toEqual(["县委宣传部"]);
  // Fields run together where a page lost its line breaks: each ends where the next one's label begins.
  expect(findUnits("牵头单位:县住建局、县交运局责任单位:各乡镇政府、各撤乡并村善后工作组整治时限:2021年5月")).toEqual([
    "县住建局",
    "县交运局",
    "各乡镇政府",
    "各撤乡并村善后工作组",
  ]);
  expect(findUnits("责任单位:县水利局配合单位:县财政局完成时间:2024年6月")).toEqual(["县水利局", "县财政局"]);
  expect(findUnits("牵头单位:县住建局、县自然资源局时限要求:6月底")).toEqual(["县住建局", "县自然资源局"]);
  // 牵头单位 and 参与单位 name a part played, not the verb after a subject: 各重点任务牵头单位 is one collective.
  expect(findUnits("各重点任务牵头单位要加强调度,指导各参与单位对照任务清单抓好落实。")).toEqual([
    "各重点任务牵头单位",
  ]);
  expect(findUnits("县发改局牵头,县财政局配合。")).toEqual(["县发改局", "县财政局"]);
  // A circular's item headed by the body it names; not a field's label or a speaker.
  expect(findUnits("光辉镇:一是未落实暂停营业规定,场镇上仍有10余家经营场所在营业。")).toEqual(["光辉镇"]);
  expect(findUnits("济民医院(老院区):预检分诊台未建立单独的消毒记录。")).toEqual(["济民医院"]);
  expect(findUnits("协同责任单位:市政府各部门、各直属机构。")).toEqual(["市政府各部门", "市政府各直属机构"]);
  expect(findUnits("镇党委、政府认真强调:近期降雪天气较多。")).toEqual([]);
  // Review: a bulletin's, a directory's, an advert's or a heading's line is none.
  for (const line of [
    "城关镇:降雨量56.8毫米,最高气温28℃。",
    "交通局:电话0391-8888888。",
    "一网通办:企业开办时间压缩至1个工作日。",
    "城关镇:位于县境中部,总面积120平方公里。",
    "县委办:关于做好节日期间值班工作的通知",
  ])
    expect(findUnits(line)).toEqual([]);
  // 牵头部门, 配合部门 may be a verb's object: the body before it acts.
  expect(findUnits("县应急管理局牵头部门联合开展安全生产大检查。")).toEqual(["县应急管理局"]);
  expect(findUnits("属地乡镇配合部门做好违法建设拆除工作。")).toEqual(["属地乡镇"]);
  // A work group is a body once named; the bare word is none.
  expect(findUnits("县委成立工作组进驻。")).toEqual([]);
});

test("the people of a body joined to another body (市直相关单位负责同志和各县区政府) are two bodies", () => {
  expect(unitsInList("市直相关单位负责同志和各县区人民政府")).toEqual(["市直相关单位", "各县、区人民政府"]);
});

test("the body before what it is told to see to (各县市区对整改工作要…) is the unit; a project's parties are none", () => {
  expect(findUnits("各县市区对整改工作要进一步提高政治站位。")).toEqual(["各县市区"]);
  expect(findUnits("技术支持单位对划定成果要严格把关。")).toEqual([]);
});

test("a city's development zone and its own utility firms are the city's; a department's 主办 is its part", () => {
  const changSha = { province: "湖南省", city: "长沙市" };
  expect(canonicalUnit("高新区", changSha).name).toBe("长沙市高新区");
  expect(canonicalUnit("城投集团", changSha).name).toBe("长沙市城投集团");
  expect(canonicalUnit("华电集团", changSha).name).toBe("华电集团");
  expect(unitsInList("县委宣传部主办")).toEqual(["县委宣传部"]);
});

test("districts written in full before one with its bureau take the bureau once; a township's level opens only its offices", () => {
  const harbin = unitResolver({ province: "黑龙江省", city: "哈尔滨市" });
  expect(harbin.unitsOf("局长率领南岗区、香坊区住建局负责人检查。")).toEqual(
    expect.arrayContaining(["南岗区住房和城乡建设局", "香坊区住房和城乡建设局"]),
  );
  const xiangYang = unitResolver({ province: "河南省", city: "周口市", district: "沈丘县" }, { township: "向阳乡" });
  expect(xiangYang.canonical("乡村振兴局")).toBe("沈丘县乡村振兴局");
  expect(xiangYang.canonical("乡政府")).toBe("沈丘县向阳乡人民政府");
});

test("an alias expands whole: 政府办 is the government's office, not 政 + 府办", () => {
  expect(expandAlias("区政府办")).toBe("区人民政府办公室");
  expect(expandAlias("市府办")).toBe("市人民政府办公室");
  // The full form's words before the alias are not written twice.
  expect(expandAlias("蛟河市人民政府办")).toBe("蛟河市人民政府办公室");
});

test("县级相关部门 is the county's departments, as 县相关部门 would say", () => {
  const shiZong = { province: "云南省", city: "曲靖市", district: "师宗县" };
  expect(canonicalUnit("县级相关部门", shiZong).name).toBe("师宗县相关部门");
  expect(canonicalUnit("市级各部门", luoYang).name).toBe("洛阳市各部门");
});

test("a post ending in 办 (业务主办, 承办) is no office; 督查办 and 留交办 are", () => {
  expect(unitsInList("各乡镇分管领导、业务主办")).toEqual(["各乡镇"]);
  expect(unitsInList("街道督查办、市留交办")).toEqual(["街道督查办", "市留交办"]);
});

test("a collective that 严格按照 the requirements, and a body whose staff are drawn (抽调…人员), act in the task", () => {
  expect(findUnits("各村严格按照“治理六乱 开展六清”整治工作要求,集中对乱堆乱放进行治理。")).toEqual(["各村"]);
  expect(findUnits("抽调镇综合执法办人员成立专项督查组,开展评比活动。")).toEqual(["镇综合执法办"]);
  expect(findUnits("我们严格按照上级要求开展工作。")).toEqual([]);
});

test("bodies praised for their work (肯定…携手努力, 感谢…的辛劳) are units that acted", () => {
  expect(findUnits("市长于会议中肯定产发处、新创动能办公室携手努力,并指示持续强化联系。")).toEqual([
    "产发处",
    "新创动能办公室",
  ]);
  expect(findUnits("感谢大家的努力。")).toEqual([]);
});

test("the last body of a list may stand before a noun and its verb (…及民政局量身打造, 水保局技术人员开展)", () => {
  expect(findUnits("「长者宣导」由卫生局、公运处、社会局及民政局量身打造宣导内容。")).toEqual([
    "卫生局",
    "公运处",
    "社会局",
    "民政局",
  ]);
  expect(findUnits("配合县水利局、水保局技术人员开展节约用水宣传。")).toEqual(["县水利局", "县水保局"]);
  // A section of the last body stays whole: 县卫健局医政科 is no 县卫健局 with staff.
  expect(findUnits("由县民政局、县卫健局医政科牵头开展排查。")).toEqual(["县民政局", "县卫健局医政科"]);
  // After 由 a single body is the agent too; a longer name is not cut at a suffix inside it.
  expect(findUnits("河乐广场将由工务局量身订定使用管理规则。")).toEqual(["工务局"]);
  expect(findUnits("设备配备由迎接国家卫生县城复审工作领导小组提出具体方案。")).toEqual([
    "迎接国家卫生县城复审工作领导小组",
  ]);
});

test("a banner's and a prefecture's own level words scope like 县 and 市 (旗委办, 旗发改委, 州林业局)", () => {
  const zhengLan = { province: "内蒙古自治区", city: "锡林郭勒盟", district: "正蓝旗" };
  expect(canonicalUnit("旗委农村牧区工作领导小组", zhengLan).name).toBe("正蓝旗委农村牧区工作领导小组");
  expect(canonicalUnit("旗发改委", zhengLan).name).toBe("正蓝旗发展和改革委员会");
  expect(canonicalUnit("州林业局", { province: "湖南省", city: "湘西土家族苗族自治州" }).name).toBe(
    "湘西土家族苗族自治州林业局",
  );
});

test("a body that 组织 others to hold a meeting convenes it; a firm's 部门负责人 are the firm's people", () => {
  expect(findUnits("2月14日上午,市住建局供热管理处组织各区供热办,捷能热电公司部门负责人召开供热工作会议。")).toEqual([
    "捷能热电公司",
    "市住建局供热管理处",
  ]);
});

test("a neighbourhood (政院社区) is its district's, not a district of its own; 公办 is no office", () => {
  const yuHua = { province: "湖南省", city: "长沙市", district: "雨花区" };
  expect(canonicalUnit("政院社区", yuHua).name).toBe("雨花区政院社区");
  expect(canonicalUnit("东城区", yuHua).name).toBe("东城区");
  expect(unitsInList("既有公办、华龙区人民办")).toEqual(["华龙区人民办"]);
});

test("a place of work after a lead-in (包括在社区呼吁宣传) is no body", () => {
  expect(findUnits("提出四方面要求,包括在社区呼吁宣传,协助讯息发放。")).toEqual([]);
  expect(findUnits("包括水利局、司法警察局加强巡查。")).toEqual(["水利局", "司法警察局"]);
});

test("各乡镇场 (townships, towns and state farms) is a collective; a carrier slot typed with ; still names its units", () => {
  expect(unitsInList("城市管理执法大队、各乡镇场")).toEqual(["城市管理执法大队", "各乡镇场"]);
  expect(unitsInList("各乡镇场所")).toEqual([]);
  expect(findUnits("实施改厕工程,提升人居环境质量。(责任单位;住建局、畜牧局、各乡镇场)")).toEqual([
    "住建局",
    "畜牧局",
    "各乡镇场",
  ]);
});

test("bodies after a party department share its level: a bureau the county's, a department the committee's", () => {
  expect(unitsInList("县委组织部、财政局、宣传部")).toEqual(["县委组织部", "县财政局", "县委宣传部"]);
  expect(unitsInList("省发改委、农委、统计局")).toEqual(["省发改委", "省农委", "省统计局"]);
  // The province's departments and a firm beside them: the firm has no level of the government's.
  expect(unitsInList("省有关部门、海航集团")).toEqual(["省有关部门", "海航集团"]);
});

test("a body 作为牵头单位 is the body, not the part it plays", () => {
  expect(findUnits("市环保局作为牵头单位,要做好统筹协调。")).toEqual(["市环保局"]);
});

test("the bodies a leader 率 to act are units, a Latin abbreviation in a name (PP项目办公室) included", () => {
  expect(findUnits("副县长郭创峰率县水务局、县PP项目办公室、县自来水公司相关负责人一行前往兴文县考察。")).toEqual([
    "县水务局",
    "县PP项目办公室",
    "县自来水公司",
  ]);
  expect(findUnits("全县粮食产量率先突破百万吨。")).toEqual([]);
});

test("a body one reports to is not one that reports: 及时向县政府报告", () => {
  expect(findUnits("县政协委员重点提案的承办单位,及时向县政府报告办理情况。")).not.toContain("及时向县政府");
  expect(findUnits("及时向县政府报告办理情况。")).toEqual([]);
  expect(findUnits("向阳街道汇报了创建工作。")).toEqual(["向阳街道"]);
});

test("from blind set #19: titles, appositions, named firms and collectives in unit lists", () => {
  // 常务副县长 is an office: its 县 opens 县长, not a place.
  expect(findUnits("开幕式由县委常委、常务副县长、运动会组委会常务副主任张军主持。")).toEqual([]);
  // What follows 作为 says what the body is.
  expect(findUnits("开平镇作为首善之镇,要勇挑重担。")).toEqual(["开平镇"]);
  // A firm named after its place keeps its own level; the collectives after a government's are its own.
  expect(unitsInList("市发改委、市税务局、六安供电公司")).toEqual(["市发改委", "市税务局", "六安供电公司"]);
  expect(unitsInList("市政府各部门、各直属机构")).toEqual(["市政府各部门", "市政府各直属机构"]);
  expect(unitsInList("县委各部门、各乡镇")).toEqual(["县委各部门", "各乡镇"]);
  // 各级党政 and a 机关 are bodies; a town's 党政 leaders attending are people.
  expect(findUnits("全县各级党政要早谋划、早准备。")).toEqual(["全县各级党政"]);
  expect(findUnits("公安机关要依法严厉打击。")).toEqual(["公安机关"]);
  expect(findUnits("镇党政主要领导、各片长参加会议。", { attendance: true })).not.toContain("镇党政");
});

test("review of #19's rules: towns named 向…, bureaus named like a county (公安, 平安), kinds after 等", () => {
  expect(findUnits("会上，向塘镇、县住建局分别汇报了工作。")).toEqual(["向塘镇", "县住建局"]);
  expect(findUnits("各乡镇要及时向县政府报告。")).toEqual(["各乡镇"]);
  expect(unitsInList("市委政法委、公安局、司法局")).toEqual(["市委政法委", "市公安局", "市司法局"]);
  expect(unitsInList("市委政法委、平安办")).toEqual(["市委政法委", "市平安办"]);
  expect(findUnits("县应急局等部门、街道要加强巡查。")).not.toContain("县街道");
});

test("the part a body plays before its name (包片单位, 牵头单位) is no part of the name; a 供销社 is a body", () => {
  expect(findUnits("由包片单位县供销社负责督促业主清理院内垃圾死角。")).toEqual(["县供销社"]);
  expect(findUnits("由牵头单位市住建局负责。")).toEqual(["市住建局"]);
});

test("负责 orders as a verb (市住建局负责…); 负责干部 and 负责人 are people, whose bodies act through them", () => {
  expect(findUnits("3月2日上午,全市召开市县乡负责干部会议。", { attendance: true })).toEqual([]);
  expect(findUnits("城市管理部、美虹社区的负责人上台发言。")).toEqual(["城市管理部", "美虹社区"]);
  expect(findUnits("津南区民政局和海棠街道办事处相关负责同志为街道党工委揭牌。")).toEqual([
    "津南区民政局",
    "海棠街道办事处",
  ]);
  expect(findUnits("各乡镇人民政府、县直各有关单位主要负责同志参加了会议。", { attendance: true })).toEqual([
    "各乡镇人民政府",
    "县直各有关单位",
  ]);
});

test("second review: 负责 before an object that opens with 人, 干部 or 领导 still orders; whom one reports to is cut off", () => {
  expect(findUnits("县人社局负责人才引进工作。")).toEqual(["县人社局"]);
  expect(findUnits("县委组织部负责干部教育培训工作。")).toEqual(["县委组织部"]);
  expect(findUnits("据县住建局相关负责人介绍，今年将新建公园。")).toEqual([]);
  expect(findUnits("如遇险情，立即向县应急管理局报告。")).toEqual([]);
  expect(findUnits("市交通局向市委汇报了项目进展。")).toEqual(["市交通局"]);
  expect(findUnits("县应急局及时向县防指报告。")).toEqual(["县应急局"]);
  // A county's or province's own name keeps its body out of the list's level, as a city's does.
  expect(unitsInList("县发改委、鹿邑供电公司")).toEqual(["县发改委", "鹿邑供电公司"]);
  expect(unitsInList("市应急局、浙江海事局")).toEqual(["市应急局", "浙江海事局"]);
});

test("a circular's list of bodies that reported (上报) names each of them, pieces after 、 included", () => {
  expect(
    findUnits(
      "其中:上窑镇上报1家单位隐患1处、区教体局上报5家单位7处隐患、园区服务中心、洛河镇、区民政局上报当月无隐患。",
    ),
  ).toEqual(["上窑镇", "区教体局", "园区服务中心", "洛河镇", "区民政局"]);
});

test("in a street office's own meeting its 市场监管所, 卫生院, 各科室 and 驻区单位 are its own; a bureau's station or a 市域 body is not", () => {
  const xiangGong = unitResolver(
    { province: "山东省", city: "济南市", district: "章丘区" },
    { township: "相公庄街道" },
  );
  expect(xiangGong.canonical("市场监管所")).toBe("章丘区相公庄街道市场监管所");
  expect(xiangGong.canonical("卫生院")).toBe("章丘区相公庄街道卫生院");
  expect(xiangGong.canonical("各科室")).toBe("章丘区相公庄街道各科室");
  expect(xiangGong.canonical("驻区单位")).toBe("章丘区相公庄街道驻区单位");
  expect(xiangGong.canonical("市场监管局相公所")).toBe("章丘区市场监管局相公所");
  expect(xiangGong.canonical("市域社会治理中心")).toBe("济南市域社会治理中心");
  // A school named in a task is a facility being built, not a body: 学校 ends no unit's name.
  expect(findUnits("新建学校要同步配套建设停车场和充电桩。")).toEqual([]);
});

test("a person before 及各县 is no part of the body; a document's 报告 is no body reporting", () => {
  expect(
    findUnits("市领导范志国、李兵及各县(市、区)主要负责人,市直各部门负责人参加会议。", { attendance: true }),
  ).toEqual(["各县（市、区）", "市直各部门"]);
  expect(findUnits("会议传达学习省委、省政府主要领导在《关于开展“回头看”的督查报告》上的批示精神。")).toEqual([]);
});

test("参加会议有… lists those attending after the verb; in a town's own meeting its 党政机关, 镇直机关单位 and 村两委 are its own", () => {
  expect(
    findUnits("9日,英都镇召开全镇干部大会,参加会议有镇党政机关全体干部、各村两委全体干部、镇直机关单位负责人。", {
      attendance: true,
    }),
  ).toEqual(["英都镇", "镇党政机关", "各村两委", "镇直机关单位"]);
  const yingDu = unitResolver({ province: "福建省", city: "泉州市", district: "南安市" }, { township: "英都镇" });
  expect(yingDu.canonical("镇党政机关")).toBe("南安市英都镇党政机关");
  expect(yingDu.canonical("各村两委")).toBe("南安市英都镇各村两委");
  expect(yingDu.canonical("镇直机关单位")).toBe("南安市英都镇直机关单位");
});

test("对于 opens a topic, not a body: 对于市委、市政府重要交办工作… names no 于市委", () => {
  expect(findUnits("对于市委、市政府重要交办工作年底前无法完成年度任务的,牵头单位要书面说明原因。")).toEqual([]);
});

test("review: no body from an adverbial (在…配合下, 对…配合表示感谢), a quoted leader's past hearing, or a bracket that qualifies", () => {
  expect(findUnits("在县公安局全力配合下,3处违建被依法拆除。")).toEqual([]);
  expect(findUnits("并对县农业农村局积极配合表示感谢。")).toEqual([]);
  expect(findUnits("传达学习习近平总书记在认真听取湖南省委和省政府工作汇报后的重要讲话精神。")).toEqual([]);
  expect(findUnits("要对全县32家企业开展拉网式安全检查(重点检查危化品单位)。")).toEqual([]);
  expect(findUnits("要在6月底前全面完成老旧小区改造任务(不含市直单位)。")).toEqual([]);
  expect(findUnits("各脱贫地区各乡镇要严格落实“四个不摘”要求。")).toEqual(["各乡镇"]);
});

test("review: a bureau whose head attends another body's meeting does not own its 各党支部", () => {
  const resolver = unitResolver({ province: "河南省", city: "周口市", district: "鹿邑县" }, { bureau: "县教育局" });
  expect(resolver.canonical("各党支部")).toBe("鹿邑县各党支部");
});

test("a meeting room (镇二楼会议厅, 大礼堂) is where a meeting sits, not a body", () => {
  expect(findUnits("高陂镇在镇二楼会议厅召开了全镇换届选举工作会议。")).toEqual([]);
});

test("a county of the report's city written in full (鹿邑县规划局 in 周口市's report) stands as written", () => {
  expect(canonicalUnit("鹿邑县规划局", { province: "河南省", city: "周口市" }).name).toBe("鹿邑县规划局");
  expect(canonicalUnit("县规划局", { province: "河南省", city: "周口市", district: "鹿邑县" }).name).toBe(
    "鹿邑县规划局",
  );
  // Another city's county is not the report's: it stays scoped as before.
  expect(canonicalUnit("规划局", { province: "河南省", city: "周口市" }).name).toBe("周口市规划局");
});

test("review: a body heard 关于…的汇报后 or at the meeting (在会上听取…) reports; one a leader heard elsewhere does not", () => {
  expect(findUnits("会议听取了县自然资源局关于土地储备工作的汇报后，研究决定加快收储。")).toEqual(["县自然资源局"]);
  expect(findUnits("县长在会上听取了县自然资源局工作情况汇报。")).toEqual(["县自然资源局"]);
});

test("a bureau's numbered sections (三科派员协同五科) are two bodies, kept as written where the bureau is unnamed; 本府各机关 are the city's", () => {
  expect(findUnits("南港机厂开发案会商会议,请三科派员协同五科出席。")).toEqual(["三科", "五科"]);
  expect(canonicalUnit("三科", { province: "台湾省", city: "台北市" })).toEqual({ name: "三科", scoped: false });
  expect(canonicalUnit("本府各机关", { province: "台湾省", city: "台北市" }).name).toBe("台北市各机关");
});

test("review: 协同 inside a name (县协同办, 协同创新中心) splits nothing", () => {
  expect(findUnits("县协同办、县发改局要做好项目对接。")).toEqual(["县协同办", "县发改局"]);
});

test("review: a body before a dated clause with its year owes it only after 于 (凡在本单位2023年…前入职 names none); a leader who orders is no part of the body", () => {
  expect(findUnits("凡在本单位2023年3月1日前入职的职工,均可申请。")).toEqual([]);
  expect(findUnits("市统计局2023年1月中旬发布的数据显示增长。")).toEqual([]);
  expect(findUnits("李家超指示各政策局及相关部门须分别就其政策范畴与业界交流。")).toEqual(["各政策局", "相关部门"]);
  expect(canonicalUnit("考试院", { province: "台湾省", city: "苗栗县" }).name).toBe("考试院");
});

test("会同 names the body that acts with another: both act; a county called 会同 opens no partner", () => {
  expect(findUnits("县委督查室、县政府督查室会同县旅游节环境整治领导小组对各乡镇开展了现场督查。")).toEqual([
    "县委督查室",
    "县政府督查室",
    "县旅游节环境整治领导小组",
  ]);
  expect(findUnits("市发改委要会同市财政局抓紧制定方案。")).toEqual(["市发改委", "市财政局"]);
  expect(findUnits("责令停工整改。会同区城综办、区公安分局开展联合执法。")).toEqual(["区城综办", "区公安分局"]);
  expect(findUnits("会同县第十八届人民政府召开第53次常务会议")).toEqual([]);
});

test("what the work brings in or what something is names no body at work", () => {
  expect(findUnits("要创新思路,大力引进国内知名会展公司参与展会运作。")).toEqual([]);
  expect(findUnits("要积极引导社会组织参与基层治理。")).toEqual([]);
  expect(findUnits("既是省委全会精神的细化,也是省政府向全省人民作出的承诺,必须抓好落实。")).toEqual([]);
  // A body that brings work in is one: 市商务局要大力引进….
  expect(findUnits("市商务局要大力引进知名企业。")).toEqual(["市商务局"]);
});

test("a committee's members tasked are a unit; attending, they stand for their committee", () => {
  expect(findUnits("县环委会成员单位要抓紧细化工作措施,高标准做好迎检工作。")).toEqual(["县环委会成员单位"]);
  expect(
    findUnits("市文明委和城市提质工作领导小组成员单位、市直相关部门主要负责同志等参加会议。", { attendance: true }),
  ).toContain("城市提质工作领导小组");
});

test("a circular's 红榜 and 黑榜 name the places and bodies praised and faulted, one per line", () => {
  const text = [
    "8月8日,区城管局、区农业农村局组成专班对全区人居环境整治情况进行了随机督查。",
    "红榜",
    "长港镇峒山村峒三队",
    "",
    "黑榜",
    "樊口街办周家村毛家湾",
    "房前屋后多处有大量杂物乱堆乱放",
    "",
    "凤凰街办莲花村丁家湾",
    "多处存量生活垃圾未清理",
    "",
    "精彩推荐",
  ].join("\n");
  // A group's heading (乡镇组) names no body; an item's number is no part of the name.
  expect(findUnits("红榜\n乡镇组\n（一）城关镇东关社区\n部门组\n（二）县交通运输局")).toEqual([
    "城关镇东关社区",
    "县交通运输局",
  ]);
  expect(findUnits(text)).toEqual([
    "区城管局",
    "区农业农村局",
    "长港镇峒山村峒三队",
    "樊口街办周家村毛家湾",
    "凤凰街办莲花村丁家湾",
  ]);
});

test("a 通报's 前N名 and 排名靠后的 lists name the places ranked, several to a line", () => {
  const text = [
    "现将2023年度考评结果通报如下:",
    "一、设区市前3名",
    "上饶市、新余市、吉安市",
    "四、功能区前5名",
    "吉安市庐陵新区、宜春市明月山景区。",
    "五、排名靠后的市、县(区)、功能区",
    "景德镇市,南康区,泰和县、万年县。",
    "希望排名靠前的地方珍惜荣誉、戒骄戒躁、再接再厉。",
  ].join("\n");
  expect(findUnits(text)).toEqual([
    "上饶市",
    "新余市",
    "吉安市",
    "吉安市庐陵新区",
    "宜春市明月山景区",
    "景德镇市",
    "南康区",
    "泰和县",
    "万年县",
  ]);
  // A sentence under the heading ends the list: what it mentions is no ranked name.
  expect(findUnits("前3名\n希望再接再厉,学习南康区的经验。")).toEqual([]);
  // Neighbourhoods, markets and shops are ranked too, and are no bodies; a contest ranks teams.
  expect(findUnits("测评得分前3名：\n阳光小区，锦绣小区，幸福小区。")).toEqual([]);
  expect(findUnits("人气排名前3名：\n文化路夜市，步行街夜市，滨江夜市。")).toEqual([]);
  expect(findUnits("团体总分前3名\n紫阳镇，秋口镇，江湾镇")).toEqual([]);
});

test("a city's or county's collective written with 全市 or 全县 is tasked, and an idiom after a body is its predicate", () => {
  expect(findUnits("谢学龙强调,全市各相关部门要本着对党忠诚、为民负责的态度。")).toEqual(["全市各相关部门"]);
  expect(unitsInList("全县各有关单位")).toEqual(["全县各有关单位"]);
  // A description stays one: 执法等相关部门 names no body.
  expect(unitsInList("执法等相关部门")).toEqual([]);
  expect(findUnits("市委书记谢学龙要求各相关部门奋起直追,全力以赴完成今年任务目标。")).toEqual(["各相关部门"]);
  expect(leadingNames("各单位齐心协力,确保完成任务")).toBe("各单位");
});

test("a service (红色代办), every unit (每个单位) and a project's managers (项目管理单位) name no body", () => {
  expect(findUnits("乡镇红色代办统计员为专职,县委组织部要加强管理。")).toEqual(["县委组织部"]);
  expect(unitsInList("每个单位")).toEqual([]);
  expect(unitsInList("项目管理单位、项目建设单位")).toEqual([]);
  // An office whose short name ends so stays one: 督查办, 留交办; so does a bureau's 代办 section.
  expect(findUnits("会议要求县行政审批局代办股加强服务。")).toEqual(["县行政审批局代办"]);
  // Under another's urging (在督查组敦促下) the body that acts is named after it.
  expect(findUnits("在督查组敦促下各单位加快整改。")).not.toContain("下各单位");
  expect(unitsInList("街道督查办、市留交办")).toEqual(["街道督查办", "市留交办"]);
});

test("a results table saved with its cell bars names the bodies it scores, letter-spaced or not", () => {
  const table = [
    "附件:2005年度全区环境卫生专项整治综合考评结果",
    "| 单 位 | 分 数 | 名次 |",
    "| 灵 昆 镇 | 79.19 | 1 |",
    "| 蒲州街道 | 77.71 | 3 |",
    "| 合 计 | 157 | |",
    "主题词:环境卫生 考核结果 通报",
    "| 状元镇 | 78.16 | 2 |",
  ].join("\n");
  // A sum is no body; a row after the table has ended is no row of it.
  expect(findUnits(table)).toEqual(["灵昆镇", "蒲州街道"]);
  expect(findUnits("| 序号 | 被考核单位 | 得分 |\n| 1 | 县住建局 | 95.5 |")).toEqual(["县住建局"]);
  // Areas and a bureau's own sections are scored too, and are no bodies.
  expect(findUnits("| 序号 | 单位 | 得分 | 排名 |\n| 1 | 中心城区 | 95 | 1 |\n| 2 | 第二片区 | 88 | 2 |")).toEqual([]);
  expect(findUnits("| 序号 | 部门 | 得分 | 排名 |\n| 1 | 环卫所 | 95 | 1 |\n| 2 | 市政站 | 90 | 2 |")).toEqual([]);
  // Without a header naming who is scored, bars and numbers name no one.
  expect(findUnits("| 项目 | 金额 |\n| 城关镇 | 120 |")).toEqual([]);
});

test("各村(居) after 要求 is the villages, whatever verb follows; 各村居民 are people", () => {
  expect(findUnits("要求各村(居)绷紧神经、端正态度,克服侥幸心理。")).toEqual(["各村（居）"]);
  expect(findUnits("要求各村居民积极参与。")).toEqual([]);
  expect(findUnits("要求各村(居)民自觉遵守森林防火规定。")).toEqual([]);
});

test("a circular's ranking names its towns, and the villages it names under each town are that town's", () => {
  const text = [
    "一、镇处考评得分及排名",
    "第一名:大林镇90.99分",
    "第二名:东湖办事处85.1分",
    "二、“清洁村庄”评选结果",
    "(一)全市",
    "“最洁净村庄”:大林镇石岭村",
    "(二)镇处",
    "1、东湖办事处",
    "“最洁净村庄”:泉塘社区",
    "“最脏村庄”:张竹林村",
  ].join("\n");
  expect(findUnits(text)).toEqual(["大林镇", "东湖办事处", "大林镇石岭村", "东湖办事处泉塘社区", "东湖办事处张竹林村"]);
  // A contest's placings and a quoted label that is no verdict name no unit; a new section ends a town's list.
  expect(findUnits("比赛结果如下:\n第一名:城关镇\n第二名:双河镇")).toEqual([]);
  expect(findUnits("“一号工程”:美丽乡村\n“二号工程”:全国文明村")).toEqual([]);
  expect(findUnits("1、城关镇\n“最洁净村庄”:东关村\n三、全县“红旗村”\n“红旗村”:向阳村")).toEqual([
    "城关镇东关村",
    "向阳村",
  ]);
});

test("a meeting's subject cut at a 、 is no body, though it ends in 区", () => {
  expect(
    findUnits("4月1日,安塞区召开创建健康促进区、健康城市建设推进会议,区卫健局汇报了工作。", { attendance: true }),
  ).not.toContain("安塞区召开创建健康促进区");
});

test("a circular's 末位排名 heading lists the bodies it blames, several to a line", () => {
  expect(findUnits("1、单位末位排名\n教育局 信用联社\n2、职能单位末位排名\n交通局\n\n舟曲县领导小组办公室")).toEqual([
    "教育局",
    "信用联社",
    "交通局",
  ]);
});

test("an acting office (署理) heads the same body: 特区政府署理保安局局长 is 保安局's; 代理 may open a body's name", () => {
  expect(bodyOfTitle("特区政府署理保安局局长")).toBe("保安局");
  expect(bodyOfTitle("代理记账有限公司总经理")).toBe("代理记账有限公司");
});

test("a statistics table's 计量单位 column heads no tasks: its rows are figures", () => {
  expect(unitsHeadedBy("计量单位")).toEqual([]);
  expect(unitsHeadedBy("金额单位")).toEqual([]);
  expect(findUnits("计量单位要统一,县统计局要加强核查。")).toEqual(["县统计局"]);
});

test("各个民防架构部门 is the collective 各民防架构部门", () => {
  expect(canonicalUnit("各个民防架构部门", { province: "澳门特别行政区", city: "澳门特别行政区" }).name).toBe(
    canonicalUnit("各民防架构部门", { province: "澳门特别行政区", city: "澳门特别行政区" }).name,
  );
  expect(canonicalUnit("各个部门", { province: "河南省", city: "洛阳市" }).name).toBe("洛阳市各部门");
  // 各 + 个体 (self-employed): no 个 to drop.
  expect(canonicalUnit("各个体诊所", { province: "河南省", city: "洛阳市" }).name).toBe("洛阳市各个体诊所");
});

test("a collective opening a clause with 根据, 按照, 结合 or 对照 is the clause's subject", () => {
  expect(findUnits("会议要求,各职能部门根据职责分工,抓好落实。")).toEqual(["各职能部门"]);
  expect(findUnits("各乡镇结合实际制定方案。")).toEqual(["各乡镇"]);
  // 各地, 各级 are no body.
  expect(findUnits("各地根据实际情况推进。")).toEqual([]);
});

test("bare sectors before every body of a kind (国土、公安及各乡镇) are each a 部门; the collective's office is not theirs", () => {
  expect(findUnits("要加强协调，自然资源、信访、检察院及各乡镇要各负其责，密切联系。")).toEqual([
    "检察院",
    "各乡镇",
    "自然资源部门",
    "信访部门",
  ]);
  // (Not 财政街道: the streets' office is theirs alone.)
  expect(findUnits("财政、民政和各街道要各负其责。")).toEqual(["各街道", "财政部门", "民政部门"]);
  expect(findUnits("统筹推进城乡建设和各乡镇发展。")).toEqual([]);
  // (Tasks and places are no sectors; a list closed by 等部门 is read by its own rule.)
  expect(findUnits("排查、整改及各单位要建立台账。")).toEqual(["各单位"]);
  expect(findUnits("城东、城西及各街道要加强巡查。")).toEqual(["各街道"]);
  expect(findUnits("应急、住建、交通等部门及各乡镇要加强巡查。")).toEqual([
    "各乡镇",
    "应急部门",
    "住建部门",
    "交通部门",
  ]);
});

test("the firms of one trade addressed collectively (各热力企业) are a unit; firms by kind or size (各类企业, 各中小企业 as objects) are not", () => {
  expect(findUnits("各热力企业要做好供暖准备。")).toEqual(["各热力企业"]);
  expect(findUnits("市住建局要压实责任，各热力企业根据实际供热。")).toEqual(["市住建局", "各热力企业"]);
  expect(findUnits("各类企业要依法经营。")).toEqual([]);
  expect(findUnits("要帮扶各中小企业发展。")).toEqual([]);
});

test("bare sectors listed before one 部门 share it, as they do before 等部门; bodies and clauses do not", () => {
  expect(findUnits("生态环境、经信、发改部门要强化秸秆禁烧巡查。")).toEqual(["发改部门", "生态环境部门", "经信部门"]);
  expect(findUnits("督促住建、交通部门加快进度。")).toEqual(["住建部门", "交通部门"]);
  // 审计 and 统计 are sectors though jieba tags them as verbs; 在…的配合下 names partners.
  expect(findUnits("财政、审计部门要加强监督。")).toEqual(["审计部门", "财政部门"]);
  expect(findUnits("在公安、交通部门的配合下，工作顺利完成。")).toEqual([]);
  // Two bodies, and clauses of a 工作格局.
  expect(findUnits("要加强党委、政府部门的协调。")).toEqual([]);
  expect(findUnits("建立各级党委统一领导、组织部门牵头抓总、职能部门各司其职的工作格局。")).toEqual([]);
});

test("the body a reporter heard the news from convenes the meeting, not the reporter (记者从市大气办召开的…会上获悉)", () => {
  expect(findUnits("记者从市大气办召开的推进会上获悉,当前防治重点已转向。")).toEqual(["市大气办"]);
  expect(findUnits("本报记者从市住建局召开的会议上获悉,工作有序推进。")).toEqual(["市住建局"]);
});

test("a disaster response centre that opens (今天上午完成二级开设) acts as a body", () => {
  expect(findUnits("为防范台风造成灾害,云林县政府灾害应变中心今天上午完成二级开设。")).toEqual([
    "云林县政府灾害应变中心",
  ]);
});

test("a 通报's blamed bodies, by what was done to them: listed after 是：, or before 等N家…单位被通报批评; villages take their town", () => {
  const text = [
    "2014年第一批被红牌警告的乡镇(街道)、村(社区)是:福清市阳下街道、阳下街道奎岭村,闽侯县鸿尾乡、鸿尾乡大模村、鸿尾村。",
    "同时,工作不到位的福清市财政局、长乐市广电局等2家责任共担单位被通报批评。",
  ].join("\n");
  expect(Object.fromEntries(blamedBodies(text))).toEqual({
    挂牌: ["福清市阳下街道", "福清市阳下街道奎岭村", "闽侯县鸿尾乡", "闽侯县鸿尾乡大模村", "闽侯县鸿尾乡鸿尾村"],
    通报: ["福清市财政局", "长乐市广电局"],
  });
  expect(blamedSubject("被挂牌单位要高度重视,限期整改。")).toBe("挂牌");
  expect(blamedSubject("被通报的8家责任共担单位要加大督促检查力度。")).toBe("通报");
  // The object of 约谈, not a subject; and no blamed group is a unit of its own.
  expect(blamedSubject("对被挂牌乡镇(街道)主要领导进行约谈。")).toBeUndefined();
  expect(findUnits("被挂牌单位要高度重视。")).toEqual([]);
});

test("会同 after any body's name (妇联, 委员会, 中心) joins its partner to the task", () => {
  expect(findUnits("会议责成县妇联会同县民政局抓好落实。")).toEqual(["县妇联", "县民政局"]);
});

test("a collective (各…) owing work by a dated deadline it opens with (各责任单位2017年9月25日前将…) is the unit, without 于", () => {
  expect(findUnits("各责任单位2017年9月25日前将以上问题整改情况报送。")).toEqual(["各责任单位"]);
  expect(findUnits("会议要求,各乡镇2024年5月1日前完成排查。")).toEqual(["各乡镇"]);
  expect(findUnits("(三)各责任单位2017年9月25日前将整改情况报送。")).toEqual(["各责任单位"]);
  expect(findUnits("市会展中心2024年12月底建成投用。")).toEqual([]);
});

test("a development zone named by its kind is the city's, or the county's or banner's in their own report", () => {
  expect(canonicalUnit("开发区", { province: "河南省", city: "洛阳市" }).name).toBe("洛阳市开发区");
  expect(canonicalUnit("开发区", { province: "内蒙古自治区", city: "鄂尔多斯市", district: "鄂托克前旗" }).name).toBe(
    "鄂托克前旗开发区",
  );
});

test("a township's office named by its kind (乡公所) is the township's in its own report", () => {
  const region = { province: "台湾省", city: "花莲县", district: "吉安乡" };
  expect(canonicalUnit("乡公所", region).name).toBe("吉安乡公所");
});

test("a body work is sent to (送局长室, 请速送营建署, 报送县统计局) is no assignee unless it acts too", () => {
  expect(findUnits("有关本局礼品纪念品领用存量请每月清点整理表单送局长室。")).toEqual([]);
  expect(findUnits("有关变更计画部分请速送营建署。")).toEqual([]);
  expect(findUnits("各乡镇要于月底前将报表报送县统计局。")).toEqual(["各乡镇"]);
  expect(findUnits("县统计局要做好汇总,各乡镇报送县统计局。")).toContain("县统计局");
  // 简报请三科: 报 closing a noun before 请 sends nothing.
  expect(findUnits("研讨会简报请三科准备。")).toEqual(["三科"]);
});

test("bodies working together (联同) are each a unit; a body's staff acting are the body, not when acted upon", () => {
  expect(findUnits("各街道联同区议会将于周末进行清洁行动。")).toEqual(["各街道", "区议会"]);
  expect(findUnits("卫生署联同教育局将于下周进行学校巡查。")).toEqual(["卫生署", "教育局"]);
  expect(findUnits("市长将联同各局长进行视察。")).toEqual([]);
  expect(findUnits("涉事公司人员将被依法追究责任。")).toEqual([]);
});

test("in a Hong Kong or Macau report 特区政府 is the territory's government, never a 人民政府", () => {
  const macau = { province: "澳门特别行政区", city: "澳门特别行政区" };
  expect(canonicalUnit("特区政府", macau).name).toBe("澳门特区政府");
  expect(canonicalUnit("特区政府各部门", macau).name).toBe("澳门特区政府各部门");
  expect(expandAlias("特区政府")).toBe("特区政府");
  expect(findUnits("通过跨部门协作,消防局将展开巡查。")).toEqual(["消防局"]);
});

test("in Hong Kong's and Macau's reports every body is the territory's, named short; a district's council is the district's", () => {
  const hongKong = { province: "香港特别行政区", city: "香港特别行政区", district: "深水埗区" };
  expect(canonicalUnit("路政署", hongKong).name).toBe("香港路政署");
  expect(canonicalUnit("政府各部门", hongKong).name).toBe("香港特区政府各部门");
  expect(canonicalUnit("深水埗区议会", hongKong).name).toBe("深水埗区议会");
  expect(canonicalUnit("区议会", hongKong).name).toBe("深水埗区议会");
  expect(canonicalUnit("市政署", { province: "澳门特别行政区", city: "澳门特别行政区" }).name).toBe("澳门市政署");
  expect(canonicalUnit("国家安全部", hongKong).name).toBe("国家安全部");
});

test("a body's own subordinates after 及 stay with it; a team formed by bodies names them acting", () => {
  expect(
    findUnits("泉山区政府各工作部门及直属单位主要负责人、各街道办事处主任参加了会议。", { attendance: true }),
  ).toEqual(["泉山区政府各工作部门及直属单位", "各街道办事处"]);
  expect(findUnits("7月31日至8月1日,县委办、县督查办、县效能办组成联合督查组,通过查阅资料等方式进行督查。")).toEqual([
    "县委办",
    "县督查办",
    "县效能办",
  ]);
});

test("a count of people (三名县派第一书记) or what work reshapes (完善公共部门的权责) is no body", () => {
  expect(findUnits("希望三名县派第一书记与镇村干部互相交流学习。")).toEqual([]);
  expect(findUnits("会议就提升治理能力进行讨论,包括完善公共部门的权责、职能。", { attendance: true })).toEqual([]);
  expect(bodyOfTitle("万峰湖镇常委书记")).toBeUndefined();
});

test("collectives listed with commas before the modal are its subject together; a bracketed collective before 在…中 too", () => {
  expect(findUnits("深刻阐述了加快农村公路建设的重大意义,各乡镇,各单位要切实提高思想认识。")).toEqual([
    "各单位",
    "各乡镇",
  ]);
  expect(findUnits("各乡镇(街道)在行动中要以小城镇面貌整洁为目标。")).toEqual(["各乡镇（街道）"]);
});

test("in a territory's report the nation's and the mainland's bodies stand as written", () => {
  const hongKong = { province: "香港特别行政区", city: "香港特别行政区" };
  for (const name of [
    "全国人大常委会",
    "海关总署",
    "驻港国安公署",
    "解放军驻港部队",
    "广东省公安厅",
    "深圳海关",
    "香港特区政府保安局",
  ])
    expect(canonicalUnit(name, hongKong).name).toBe(name);
  expect(canonicalUnit("康乐及文化事务署", hongKong).name).toBe("香港康乐及文化事务署");
});

test("a body named by a reform (优化办, 改革发展局) is a body; a theory study group's members are no team formed", () => {
  expect(findUnits("优化办、发改局、审批局负责。")).toEqual(["优化办", "发改局", "审批局"]);
  expect(findUnits("县委理论学习中心组成员分成三个调研组，深入乡镇开展专题调研。", { attendance: true })).toEqual([]);
  expect(findUnits("市政府办公室主任、市发改委主任参加会议。", { attendance: true })).toEqual([
    "市政府办公室",
    "市发改委",
  ]);
});

test("bodies whose heads accompany a survey, and those in whose name a document goes out, act in the report", () => {
  expect(findUnits("区政府办公室、区建委和区民政局的主要负责同志陪同调研。", { attendance: true })).toEqual(
    expect.arrayContaining(["区政府办公室", "区建委", "区民政局"]),
  );
  expect(findUnits("会议原则同意该清单，按会议精神修改完善后，以区委办、区府办名义印发。")).toEqual(
    expect.arrayContaining(["区委办", "区府办"]),
  );
  // (陪同 a leader's person is no body; 名义 of a person is none either.)
  expect(findUnits("以个人名义捐款。")).toEqual([]);
});

test("a clause after 是 names no subject; 各学校 and 各级医疗机构 are collectives, a bare 学校 none", () => {
  expect(findUnits("做好复审工作,是当前市委、市政府的一项重要工作部署,要研判形势。")).toEqual([]);
  expect(findUnits("各学校要严格落实防控方案。各级医疗机构要做好救治。学校要加强管理。")).toEqual([
    "各学校",
    "各级医疗机构",
  ]);
});

test("review: a person before 及 in an escort list is no body; 是县水利局要… and 是日起各乡镇要… name their subjects; 各家长 is none", () => {
  expect(
    findUnits("副市长刘某，市政府副秘书长陈某及市应急局、市消防救援支队主要负责人陪同检查。", { attendance: true }),
  ).toEqual(["市应急局", "市消防救援支队"]);
  expect(findUnits("防汛工作,是县水利局要全力做好的工作。")).toEqual(["县水利局"]);
  expect(findUnits("会议要求,是日起各乡镇要加强巡查。")).toEqual(["各乡镇"]);
  expect(findUnits("各家长和学校要加强沟通。")).toEqual([]);
});

test("a speaker acting for a body (我代表镇政府向大会报告工作) or a team on its way (调研组到…镇) names no unit", () => {
  expect(findUnits("现在,我代表镇人民政府向大会报告工作,请予审议。")).toEqual([]);
  expect(findUnits("调研期间,调研组到永安市小陶镇对当地茶叶产业发展情况进行了调研。")).toEqual([]);
});

test("a task force named by its verb (复审, 验收, 整改) is a body, and so are its members", () => {
  expect(unitsInList("复审工作领导小组成员单位")).toEqual(["复审工作领导小组成员单位"]);
  expect(unitsInList("验收工作指挥部成员单位")).toEqual(["验收工作指挥部成员单位"]);
  expect(findUnits("复审工作领导小组成员单位主要负责人参加会议。", { attendance: true })).toEqual(["复审工作领导小组"]);
  expect(unitsInList("加大成员单位")).toEqual([]);
});

test.each([
  ["区住建局全力推进老旧小区改造工作", "区住建局"],
  ["区市场监管局多举措助力市场主体复工复产", "区市场监管局"],
  ["区城市管理局细化“城市三管”", "区城市管理局"],
  ["今年以来,三城镇认真落实中央关于农业农村工作重大决策部署", "三城镇"],
  ["同时,该县水利局全面推行河湖长巡河制度", "县水利局"],
])("an experience piece's clause names the body whose practice it tells: %s", (clause, holder) => {
  expect(practiceHolders(clause)).toEqual([holder]);
});

test.each([
  ["石门村、柳溪村组织党员和村民代表召开环境整治动员会", ["石门村", "柳溪村"]],
  ["桃源社区通过开展“清洁家园”行动,发动居民清理楼道", ["桃源社区"]],
  ["上坪村、下坪村等将卫生评比纳入村规民约", ["上坪村", "下坪村"]],
  ["平武县各村(居)把垃圾分类作为人居环境整治的重要抓手", ["平武县各村（居）"]],
])("villages named before what they did hold the practice: %s", (clause, holders) => {
  expect(practiceHolders(clause)).toEqual(holders);
});

test("a clause that points back, opens with its county or with no body names no practice's holder", () => {
  expect(practiceHolders("该局组织设计单位召开协调推进会")).toEqual([]);
  expect(practiceHolders("老城区坚持文旅融合发展")).toEqual([]);
  expect(practiceHolders("聚焦成果巩固,精准落实帮扶措施")).toEqual([]);
  expect(practiceHolders("新农村建设稳步推进")).toEqual([]);
  expect(practiceHolders("美丽乡村建设成效明显")).toEqual([]);
  expect(practiceHolders("全村组织群众开展清洁行动")).toEqual([]);
  // (A kind of village or a word of the countryside is no village's name.)
  for (const clause of [
    "城乡社区普遍建立了议事协商制度",
    "示范村通过开展人居环境整治",
    "在农村开展清洁行动",
    "昭化区把乡村振兴作为重点",
    "这个村坚持把发展集体经济作为头等大事来抓",
    "有的村、有的社区组织开展志愿服务",
    "两个村组织开展环境整治",
    "电商村通过开展直播培训",
    "老旧社区组织开展楼道清理",
  ])
    expect(practiceHolders(clause)).toEqual([]);
  expect(practiceHolders("五里村、十里铺村组织群众开展环境整治")).toEqual(["五里村", "十里铺村"]);
  expect(practiceHolders("桃源乡村民积极参与环境整治")).toEqual(["桃源乡"]);
  // (A village's name jieba reads piece by piece is still one; its practice is not 群众开展院.)
  expect(practiceHolders("堆随村、石井铺村组织群众开展院落评比")).toEqual(["堆随村", "石井铺村"]);
});

test("villages tasked as a collective by their part in the work (各责任村, 各相关村) are assignees", () => {
  expect(findUnits("一是高度重视。各责任村要进一步落实责任,落实专人负责。")).toEqual(["各责任村"]);
  expect(findUnits("希望各相关村继续加强巡查。")).toEqual(["各相关村"]);
});

test("a manner before a verb opens a verb phrase, not a body (持续推动社区参与)", () => {
  expect(findUnits("以及持续推动社区参与和宣传教育。")).toEqual([]);
  // jieba reads 全力 and 强势 as nouns; they are manners all the same.
  expect(findUnits("提出了“四个明确”的要求全力强势推进村综合服务中心建设。")).toEqual([]);
  expect(findUnits("由县政务服务中心全力推进审批改革。")).toEqual(["县政务服务中心"]);
});

test("a person before 及有关… is no part of a body; a kind of body alone as the subject (乡镇要…) is all of that kind", () => {
  const attending = findUnits("市领导张静辉、王石红、崔志刚及有关部门单位负责人参加会议。", { attendance: true });
  expect(attending.filter((unit) => unit.includes("崔志刚"))).toEqual([]);
  expect(
    findUnits("规划部门要提前介入、全程参与项目工作;乡镇要以“乡村规划师”招引为契机,做好辖区规划编制和执行。"),
  ).toEqual(["规划部门", "各乡镇"]);
});

test("the last leader before 及 and a body is no part of it; an office the list ends with is shared only by the bare names before it", () => {
  const attending = findUnits(
    "县领导晁自强、赵丹、张宇东及指挥部办公室、县住建局、城管局、城关镇等单位主要负责人参加了会议。",
    { attendance: true },
  );
  expect(attending.filter((unit) => /赵丹|张宇东/.test(unit))).toEqual([]);
  expect(attending).toContain("城关镇");
  // A place before 及 is not dropped as a person: 黄埔 is a district's name.
  expect(unitsInList("黄埔及番禺区")).not.toEqual(["番禺区"]);
  expect(unitsInList("东城、西城、南城街道")).toEqual(["东城街道", "西城街道", "南城街道"]);
});

test("a leader taking bureaus along (带领县水利局、财政局…等单位负责人) is no part of the first bureau's name", () => {
  const units = findUnits("副县长李晓文,带领县水利局、财政局、住建局等单位负责人,来到施工现场慰问。");
  expect(units.filter((unit) => unit.includes("带领"))).toEqual([]);
  expect(units).toContain("县水利局");
});

test("the body that convenes at an hour (今天上午11点30分召开) acts; those who report on a long list of projects (…对…消防产业园…等项目…进行了汇报) are the reporters, not the projects", () => {
  expect(findUnits("新北市灾害应变中心今天上午11点30分召开第1次防台整备会议。")).toEqual(["新北市灾害应变中心"]);
  expect(
    findUnits(
      "会上,各项目挂钩领导和经办人员对镇区南部片区改造、黄巢山旅游开发、城乡供排水一体化、消防产业园、教育提升、供销社改造和库区移民等项目的进展情况和下一步工作计划等进行了汇报。",
    ),
  ).toEqual([]);
  expect(findUnits("县住建局对老旧小区改造工作进行了汇报。")).toEqual(["县住建局"]);
});

test("a bureau written against the territory's offices (民政局各区区公所) is two bodies; a bureau's own sections (教育局各科室) one", () => {
  expect(unitsInList("工务局、环保局、消防局及民政局各区区公所")).toEqual([
    "工务局",
    "环保局",
    "消防局",
    "民政局",
    "各区区公所",
  ]);
  expect(unitsInList("教育局各科室")).toEqual(["教育局各科室"]);
  expect(unitsInList("市政府各部门")).toEqual(["市政府各部门"]);
});

test("a collective's 各 reaches the bare kinds listed after it: 各村居、部门; 各查验站、村组; 各村(居)、责任部门", () => {
  expect(findUnits("各村居、部门要全力以赴投入奋战,要痛定思痛彻底整改。")).toEqual(["各村居", "各部门"]);
  expect(findUnits("各查验站、村组、社区要提高警惕,坚决防止疫情输入。")).toEqual(["各查验站", "各村组", "各社区"]);
  expect(findUnits("会议要求,各村(居)、责任部门要贯彻落实文明城市创建工作。")).toEqual(["各村（居）", "各责任部门"]);
});

test("a lead body's short name before 相关部门 is no person (城管及相关部门); 社区要 in a community's own meeting is no 各社区", () => {
  expect(findUnits("城管及相关部门要加强夜间巡查。")).toEqual([]);
  expect(findUnits("会议要求，社区要加强辖区巡查。")).toEqual([]);
  expect(findUnits("由社区负责登记造册。")).not.toContain("各社区");
});

test("a street or township speaking of itself (街道要…, 街道在…后，要…, 本镇必须…) is the report's own; with none, no one", () => {
  const street = unitResolver({ province: "陕西省", city: "西安市", district: "新城区" }, { township: "自强路街道" });
  expect(street.unitsOf("街道在集中整治后,要深入推进各项工作。")).toEqual(["新城区自强路街道"]);
  expect(street.unitsOpening("街道")).toEqual(["新城区自强路街道"]);
  // A street's word is not a township's; everyone in a town (全镇上下) is no body.
  expect(street.unitsOf("本镇必须加快推进。")).toEqual([]);
  const town = unitResolver({ province: "安徽省", city: "滁州市", district: "来安县" }, { township: "三城镇" });
  expect(town.unitsOf("本镇必须加快推进。")).toEqual(["来安县三城镇"]);
  expect(town.unitsOf("全镇上下要团结一心。")).toEqual([]);
  const county = unitResolver({ province: "陕西省", city: "西安市", district: "新城区" });
  expect(county.unitsOf("街道要加快推进各项工作。")).toEqual([]);
});

test("in a township's own report its headquarters' office and task forces (指挥部办公室, 各工作专班) are the township's", () => {
  const town = unitResolver({ province: "广东省", city: "江门市", district: "鹤山市" }, { township: "宅梧镇" });
  expect(town.unitsOf("要求指挥部办公室及各工作专班要迅速行动、快速运作。")).toEqual([
    "鹤山市宅梧镇指挥部办公室",
    "鹤山市宅梧镇各工作专班",
  ]);
  // An office named with its level (县委办公室) is that level's, not the township's.
  expect(town.unitsOf("县委办公室要做好统筹。").some((unit) => unit.includes("宅梧镇"))).toBe(false);
});

test("a street's word for itself is its own only where it holds the meeting, not where it only reposts its district's", () => {
  const reposted = unitResolver(
    { province: "北京市", city: "北京市", district: "海淀区" },
    { township: "东湖街道", townshipMeets: false },
  );
  expect(reposted.unitsOf("街道要切实落实属地责任。")).toEqual([]);
});

test("review: a bureau's own branches (各县区分局) stay one collective; bare names share the office of the bodies of its kind after them; towns and sectors before 及 are no people", () => {
  expect(unitsInList("市生态环境局各县区分局")).toEqual(["市生态环境局各县区分局"]);
  expect(unitsInList("城关、新安、白河镇、黄村镇")).toEqual(["城关镇", "新安镇", "白河镇", "黄村镇"]);
  expect(unitsInList("卫健及医保部门")).not.toEqual(["医保部门"]);
  expect(unitsInList("安监及消防部门")).not.toEqual(["消防部门"]);
});

test("each project's responsible unit (各项目责任单位) is a collective assignee, as 各责任单位 is; 各项任务责任单位 describes", () => {
  expect(unitsInList("各项目责任单位")).toEqual(["各项目责任单位"]);
  expect(unitsInList("项目责任单位")).toEqual([]);
  // (Each project's builders, supervisors or examiners, and each target's units, describe.)
  for (const described of ["各项目施工单位", "各项目参建单位", "各项目标任务责任单位"])
    expect(unitsInList(described)).toEqual([]);
});

test("the leader who orders (…在会上指示) is no part of the body ordered", () => {
  expect(findUnits("李家超在会上指示三个工作组须尽快召开工作会议。")).toEqual(["三个工作组"]);
  expect(findUnits("市长在会上裁示各区公所须加强巡查。")).toEqual(["各区公所"]);
});

test("a bureau's name with 和 inside (住房和城乡建设局) is one body in a list sharing 等部门; bare sectors still split", () => {
  const heard = findUnits("会议听取了县发展改革和经济商务局、住房和城乡建设局、水务局等部门的汇报。");
  expect(heard).toEqual(expect.arrayContaining(["县发展改革和经济商务局", "住房和城乡建设局"]));
  expect(heard).not.toEqual(expect.arrayContaining(["住房部门"]));
  expect(heard).toHaveLength(3);
  expect(findUnits("加强公安和交通等部门协调联动。")).toEqual(["公安部门", "交通部门"]);
});

test("a verb phrase ending in a place's suffix (加强集镇管理) names no body; a township's 组织部门 does, the generic one not", () => {
  expect(findUnits("要求加强集镇管理,进一步打造清洁美丽村居。")).toEqual([]);
  expect(findUnits("镇组织部门要将环境建设成效作为干部考核的重要内容。")).toEqual(["镇组织部门"]);
  expect(findUnits("建立各级党委统一领导、组织部门牵头抓总的工作格局。")).toEqual([]);
});

test("a township's own committee written with its level (镇安委会成员单位) is that township's", () => {
  const resolver = unitResolver({}, { township: "青山镇" });
  expect(resolver.unitsOf("镇安委会成员单位要落实监管责任。")).toEqual(["青山镇安委会成员单位"]);
});

test("a body asked to rally others (请各区公所动员里长…) is the one asked", () => {
  expect(findUnits("请各区公所动员里长及志工，于本周五前完成辖区巡查；")).toEqual(["各区公所"]);
  expect(findUnits("请市环保局督促业者改善。")).toEqual(["市环保局"]);
  expect(findUnits("市委组织部要加强考核。")).toEqual(["市委组织部"]);
});

test("a bureau's party group (市交通运输局党组) is a body; its secretary's title is not; the bureau's own (局党组) is the bureau's", () => {
  expect(findUnits("市交通运输局党组要认真制定整改方案。")).toEqual(["市交通运输局党组"]);
  expect(findUnits("市交通运输局党组书记王明主持会议。")).toEqual([]);
  const resolver = unitResolver({ province: "江苏省", city: "常州市" }, { bureau: "市城管局" });
  expect(resolver.unitsOf("我局党组要坚决扛起整改主体责任。")).toEqual(["常州市城管局党组"]);
});

test("review: a merged bureau's name (自然资源和规划局) stays whole in a sector list; 住建和交通运输局 and 住建委以及民政局 do not", () => {
  expect(findUnits("请财政、自然资源和规划局等部门加强配合。")).toEqual(["自然资源和规划局", "财政部门"]);
  expect(findUnits("请发改、住建和交通运输局等部门加强配合。")).toEqual(
    expect.arrayContaining(["发改部门", "住建部门", "交通运输局"]),
  );
  expect(findUnits("请推进办牵头，提升办配合。")).toEqual(expect.arrayContaining(["推进办"]));
  expect(findUnits("市交通指示牌管理中心要加强巡查。")).toEqual(["市交通指示牌管理中心"]);
  const resolver = unitResolver({ province: "江苏省", city: "南京市" }, { bureau: "市城管局" });
  expect(resolver.unitsOf("我局各科室要抓好落实。")).toEqual(["南京市城管局各科室"]);
  const township = unitResolver({}, { township: "城关乡" });
  expect(township.unitsOf("乡村振兴委员会要加强指导。")).not.toContain("城关乡村振兴委员会");
});

test("bodies listed after a township's office share its level (镇组织部门、纪委); people (镇全体领导、站所负责人) share nothing", () => {
  expect(findUnits("镇组织部门、纪委要将环境建设成效作为干部考核的重要内容。")).toEqual(["镇组织部门", "镇纪委"]);
  expect(findUnits("镇党委、政府要高度重视。")).toEqual(["镇党委", "镇政府"]);
  // (乡镇 is every township, no one township's level.)
  expect(findUnits("乡镇党委、政府要加强领导。")).not.toContain("乡政府");
  expect(findUnits("镇全体领导、站所负责人及各村书记40余人参加了会议。")).toEqual([]);
});

test("people joined to a body by 和/及 are no part of it, however many (县委书记熊川同志和在家的县级领导及…单位负责人)", () => {
  expect(
    findUnits("参加会议的有县委书记熊川同志和在家的县级领导及扶贫成员单位负责人、各乡镇党政“一把手”,共70人。", {
      attendance: true,
    }),
  ).toEqual([]);
  expect(findUnits("分管领导和市住建局负责人参加会议。", { attendance: true })).toEqual(["市住建局"]);
});

test("a body that coordinates (区发改委统筹，督促…) is the task's; a bare 项目单位 it urges is no body, 各项目单位 is a collective", () => {
  expect(findUnits("一是区发改委统筹,督促项目单位按期完成3个中央预算内资金项目整改任务。")).toEqual(["区发改委"]);
  expect(findUnits("督促各项目单位按期完成任务。")).toEqual(["各项目单位"]);
  // (统筹 after no body's name is a slogan's: 聚焦城乡统筹, 坚持全县统筹，分级负责.)
  expect(findUnits("二是突出重点抓落实,要聚焦项目建设,聚焦城乡统筹,聚焦深化改革。")).toEqual([]);
  expect(findUnits("坚持全县统筹,分级负责。")).toEqual([]);
  expect(findUnits("实行县乡统筹,各村落实。")).toEqual([]);
});

test("bodies a circular sanctions (对…给予黄牌警告, 给予通报批评) must mend what was found; those praised are given no work", () => {
  expect(
    findUnits("督查组对一都镇(含一都村)、东张镇、渔溪镇(含渔溪村)、高山镇、东瀚镇等问题突出的5个镇给予黄牌警告。"),
  ).toEqual(["一都镇", "东张镇", "渔溪镇", "高山镇", "东瀚镇"]);
  expect(findUnits("现对以上问题的责任单位市国土局、平桥区交通局给予通报批评。")).toEqual(["市国土局", "平桥区交通局"]);
  expect(findUnits("对表现突出的单位予以通报表扬。")).toEqual([]);
});

test("the bodies before ，会同… are the clause's subject, with the partners after it", () => {
  expect(findUnits("袁州区、经开区、宜阳新区、市交投集团,会同相关部门,在6月8日前完成公厕选址问题。")).toEqual([
    "袁州区",
    "经开区",
    "宜阳新区",
    "市交投集团",
    "相关部门",
  ]);
});

test("collectives listed with a pause and then a comma before the modal (全区各乡镇、街道,各职能部门要) are its subject together", () => {
  expect(findUnits("全区各乡镇、街道,各职能部门要认真学习,深刻领会。")).toEqual([
    "各职能部门",
    "全区各乡镇",
    "全区各街道",
  ]);
  // A bare kind after a collective in a list is every body of that kind; alone it is a street speaking of itself.
  expect(unitsOpening("全区各乡镇、街道")).toEqual(["全区各乡镇", "全区各街道"]);
  expect(unitsOpening("各乡镇、部门要高度重视")).toEqual(["各乡镇", "各部门"]);
  expect(unitsOpening("街道")).toEqual(["本街道"]);
  // (Only the piece right after the collective shares it: 社区 after 各部门配合 is none of a list.)
  expect(unitsOpening("由县民政局牵头各部门配合、社区要做好登记")).toEqual(["县民政局"]);
});

test("an alias is not expanded where the name already holds what the full form adds (区规划自然资源局)", () => {
  expect(expandAlias("区规划自然资源局")).toBe("区规划自然资源局");
  expect(expandAlias("市自然资源局")).toBe("市自然资源和规划局");
});

test("a collective opening a clause with 遵照 or 依照 acts in it", () => {
  expect(findUnits("1.自查。各牵头单位、责任单位遵照上述工作所规定的责任范围,按季度进行逐项自查。")).toEqual([
    "各牵头单位",
    "各责任单位",
  ]);
  expect(findUnits("各单位依照职责做好工作。")).toEqual(["各单位"]);
});

test("some of a kind (少数乡镇, 部分单位) names no unit; 各乡镇 does", () => {
  expect(findUnits("少数乡镇要加快进度。")).toEqual([]);
  expect(findUnits("部分单位要立即整改。")).toEqual([]);
  expect(findUnits("各乡镇要加快进度。")).toEqual(["各乡镇"]);
});

test("委员会 alone (交由…协调委员会审查, cut from its name) names no body", () => {
  expect(findUnits("交由小型工程督导协调委员会进行审查")).toEqual([]);
  expect(unitsOpening("委员会要量度个别政策的提出")).toEqual([]);
});

test("Hong Kong's 会 before a time or partner (房屋署会于第二季开始…, 卫生署会与有关部门…, 保安局会一如以往) commits the body", () => {
  expect(findUnits("房屋署会于第二季开始在另外5条屋邨进行改善工程的设计。")).toEqual(["房屋署"]);
  expect(findUnits("食物环境卫生署会与有关部门和地方组织紧密联系。")).toEqual(["食物环境卫生署"]);
  expect(findUnits("保安局会一如以往,启动紧急事故监察及支援中心。")).toEqual(["保安局"]);
  expect(findUnits("县委会与会人员观看了专题片。")).toEqual([]);
});

test("a firm's short name (玉溪市供排水公司) takes the registered name the text writes (市供排水有限公司); another firm keeps its own", () => {
  const join = joinLevelTwins(
    ["玉溪市供排水公司", "中烟施伟策公司"],
    "中烟施伟策公司与玉溪市供排水有限公司签订协议,市供排水公司要按照协议履行。",
  );
  expect(join("玉溪市供排水公司")).toBe("玉溪市供排水有限公司");
  expect(join("中烟施伟策公司")).toBe("中烟施伟策公司");
  expect(joinLevelTwins(["市交投公司"], "市交投公司要加快推进。")("市交投公司")).toBe("市交投公司");
  // (The whole name before 公司: another firm of the trade is another firm.)
  expect(joinLevelTwins(["茂名市燃气公司"], "华润燃气有限公司与市燃气公司签约。")("茂名市燃气公司")).toBe(
    "茂名市燃气公司",
  );
  expect(joinLevelTwins(["玉溪市供排水公司"], "市供排水有限公司要履约。")("玉溪市供排水公司")).toBe(
    "玉溪市供排水有限公司",
  );
});

test("所 after 除 (各部门除所负责的项目外) is no office's end", () => {
  expect(findUnits("各部门除所负责的重点项目外,对本部门的项目也要重视。")).not.toContain("各部门除所");
  expect(findUnits("派出所负责维护现场秩序。")).toEqual(["派出所"]);
});

test("a body's founding anniversary is no act of it; a recommendation's addressee and a bank are bodies", () => {
  expect(findUnits("今年是马山县古寨瑶族乡成立30周年。")).toEqual([]);
  expect(findUnits("县政府成立专班推进征迁工作。")).toEqual(["县政府"]);
  expect(findUnits("督导组建议办事处应当加大对小区的管理。")).toEqual(["办事处"]);
  expect(findUnits("农业银行要创新金融扶贫担保抵押办法。")).toEqual(["农业银行"]);
});

test("a list opening with a county's bureau: the county is no body of its own, and the bureaus after it share it", () => {
  expect(findUnits("请榆阳区住建局、城管局加强巡查。")).toEqual(["榆阳区住建局", "榆阳区城管局"]);
  expect(findUnits("督导组会同榆阳区住建局、城管局负责同志开展现场督导。")).toEqual(["榆阳区住建局", "榆阳区城管局"]);
  // 市政 is the bureau's trade: the bodies after it are no city's.
  expect(unitsInList("市政局、环卫处、各街道")).toEqual(["市政局", "环卫处", "各街道"]);
  expect(unitsInList("市政法委、公安局")).toEqual(["市政法委", "市公安局"]);
});

test("各群团组织 is every mass organisation, a collective body like 各乡镇", () => {
  expect(findUnits("各乡镇、各群团组织、企事业单位要引导群众积极参与。")).toEqual([
    "各乡镇",
    "各群团组织",
    "企事业单位",
  ]);
  expect(findUnits("要发挥群团组织作用。")).toEqual([]);
});

test("a headquarters that acts on a cycle is a body at work; 市政局 is a bureau of municipal works wherever it is scoped", () => {
  expect(findUnits("从本月起,县创卫指挥部每月将对各责任单位进行暗访督查。")).toEqual(["县创卫指挥部"]);
  expect(canonicalUnit("市政局", luoYang)).toEqual({ name: "洛阳市市政局", scoped: true });
  expect(canonicalUnit("市政法委", luoYang).name).toBe("洛阳市委政法委");
});

test("a unit acting as a subject is a name, never a clause with a modal before it", () => {
  expect(findUnits("各单位要配合县创城指挥部对背街小巷开展整治。")).toEqual(["各单位", "县创城指挥部"]);
  expect(unitsInList("西峰区住建局、市住建局、城管局")).toEqual(["西峰区住建局", "市住建局", "城管局"]);
});

test("a body acting after the day its work starts (即日起, 今年起) is named without the day; one inside a name's 要 stays whole", () => {
  expect(findUnits("自即日起县市场监管局将开展食品安全专项检查。")).toEqual(["县市场监管局"]);
  expect(findUnits("今年起县创城指挥部每月将对各单位进行考核。")).toEqual(["县创城指挥部"]);
  expect(findUnits("县要素保障中心将对重点项目开展用地保障。")).toEqual(["县要素保障中心"]);
});

test("partners joined with 联合 to form an inspection team act with it; a bureau acting through its staff is the bureau", () => {
  expect(findUnits("近日,县河长办联合县农业农村局、县水利局组成督查组对各乡镇河长制工作进行督查。")).toEqual([
    "县河长办",
    "县农业农村局",
    "县水利局",
  ]);
  expect(findUnits("县城管局联合开展执法行动。")).toEqual([]);
  expect(findUnits("经济和科技发展局相关工作人员计划12月底前对重点企业进行排查。")).toEqual(["经济和科技发展局"]);
});

test("a body named with its prefecture's short form (湘西经开区) needs no prefix", () => {
  const xiangxi = { province: "湖南省", city: "湘西土家族苗族自治州" };
  expect(canonicalUnit("湘西经开区管委会", xiangxi)).toEqual({ name: "湘西经开区管委会", scoped: true });
  expect(canonicalUnit("州司法局", xiangxi).name).toBe("湘西土家族苗族自治州司法局");
});

test("review: 联合 with no inspection team or as a team's name gives no partner; a partner after a time word stays", () => {
  expect(findUnits("县妇联联合县教育局组成宣讲团深入学校宣讲。")).toEqual([]);
  expect(findUnits("县委县政府联合督查组对各乡镇进行了督查。")).toEqual([]);
  expect(findUnits("县住建局今年会同县自然资源局对老旧小区进行排查。")).toEqual(["县住建局", "县自然资源局"]);
  expect(findUnits("运输署稍后会在立法会事务委员会介绍计划详情。")).toContain("运输署");
});

test("review 2: 会同县 is a county, 联合执法大队 a team's name, a council's 会 no modal", () => {
  expect(findUnits("今年会同县林业局完成造林5万亩。")).not.toContain("县林业局");
  expect(findUnits("县城管局联合执法大队对占道经营进行整治。")).not.toContain("执法大队");
  // (A council that reports at a meeting acts, as a bureau does; one whose meeting hears a report does not.)
  expect(findUnits("民政处在区议会会议上介绍有关情况后，与会人员进行了讨论。")).toEqual(["民政处"]);
});

test("review 3: a federation's own 联合 (供销合作社联合社) names no partner", () => {
  expect(findUnits("县供销合作社联合社联合县农业农村局组成督查组对各乡镇进行督查。").join()).not.toMatch(
    /社联合|社组成/,
  );
});

test("a 公所's 清洁队 at work from a month on, and a 公所 that starts its work every year in a month, act as subjects", () => {
  expect(findUnits("玉里镇清洁队自4月起全面展开水沟清淤作业,预计6月底前完成。")).toEqual(["玉里镇清洁队"]);
  expect(findUnits("因此镇公所每年4月启动全镇清沟及消毒作业。")).toEqual(["镇公所"]);
  // A team hired for the work is no body of the government's.
  expect(findUnits("聘请专业清运队负责垃圾转运。")).toEqual([]);
});

test("a 文广新局 (文化广电新闻出版局) is a bureau; a 新局 opened is a new situation", () => {
  expect(unitsInList("县文体广新局")).toEqual(["县文体广新局"]);
  expect(unitsInList("市文广新局、市财政局")).toEqual(["市文广新局", "市财政局"]);
  expect(findUnits("要开创新局,各部门要加强协作。")).toEqual(["各部门"]);
  expect(unitsInList("推广新局")).toEqual([]);
});

test("social bodies named by 红十字会, 协会, 商会, 联合会 are units; a bare 协会 is none", () => {
  expect(unitsInList("县红十字会、县计生协会、市总商会、县残疾人联合会")).toEqual([
    "县红十字会",
    "县计生协会",
    "市总商会",
    "县残疾人联合会",
  ]);
  expect(findUnits("县红十字会要做好应急救护培训。")).toEqual(["县红十字会"]);
  expect(unitsInList("协会")).toEqual([]);
});

test("where a body reports (在立法会事务委员会, 在会上) is no body reporting; the body before it is", () => {
  expect(findUnits("房屋署会在立法会事务委员会介绍有关措施。")).toEqual(["房屋署"]);
  expect(findUnits("在立法会事务委员会介绍有关措施。")).toEqual([]);
  expect(findUnits("会上,县发改局在会上汇报了项目进展。")).toEqual(["县发改局"]);
});

test("a third party (第三方机构) is no third item's unit", () => {
  expect(findUnits("市创城办委托第三方机构对我市27个市直单位进行实地考察。")).not.toContain("方机构");
});

test("the bodies a circular reports on (现将市直单位、路长单位…得分情况通报如下) are no subjects of work", () => {
  expect(findUnits("现将市直单位、路长单位、社区、乡镇创建点位得分及分类情况分别通报如下。")).toEqual([]);
});

test("a body's own offices (及其工作机构) are no body of their own; a public venue is a body; a deciding body acts", () => {
  expect(findUnits("市创文办及其工作机构要真正负起责任")).toEqual(["市创文办"]);
  expect(findUnits("问题整改责任单位:市科技馆")).toEqual(["市科技馆"]);
  expect(findUnits("县爱国卫生运动委员会决定对全县创建工作进行督查")).toEqual(["县爱国卫生运动委员会"]);
});

test("review of #73: bodies a list names by count, a district run sharing one department, an addressee before 一要", () => {
  // …等12家责任单位: the count says the schools, hospitals and firms before it are bodies; a school keeps its own name.
  expect(findUnits("会议要求,城南中学、实验小学、人民医院与宏达建材公司等12家责任单位,三天内完成整改。")).toEqual([
    "城南中学",
    "实验小学",
    "人民医院",
    "宏达建材公司",
  ]);
  expect(canonicalUnit("城南中学", { province: "江西省", city: "上饶市", district: "广丰区" }).name).toBe("城南中学");
  expect(canonicalUnit("县人民医院", { province: "贵州省", city: "铜仁市", district: "玉屏侗族自治县" }).name).toBe(
    "玉屏侗族自治县人民医院",
  );
  // 甲区、乙区和丙新区住建部门: each district its department (the run may end in a development zone's).
  const districts = (piece: string) => ["沙河口区", "西岗区", "旅顺口区", "中山区"].includes(piece);
  expect(unitsInList("中山区、西岗区和高新园区住房城乡建设部门", districts)).toEqual([
    "中山区住房城乡建设部门",
    "西岗区住房城乡建设部门",
    "高新园区住房城乡建设部门",
  ]);
  expect(findUnits("沙河口区、旅顺口区住房城乡建设部门在会上作了表态发言。", { isPlace: districts })).toEqual([
    "沙河口区住房城乡建设部门",
    "旅顺口区住房城乡建设部门",
  ]);
  // The bodies told to see to a numbered list (要求各街道一要…) carry it.
  expect(leadingNames("各乡镇一要对检查发现的问题立行立改")).toBe("各乡镇");
  expect(leadingNames("各社区一是加强巡查")).toBe("各社区");
});

test("review 1 of #73's rules: a counted list is read only as the task's subject, and a city's body is no district's", () => {
  // The places a visit went to, the bodies a leader took along or praised, counted: none is given work.
  expect(findUnits("检查组先后来到实验小学、区人民医院等5家单位进行检查。")).toEqual([]);
  expect(findUnits("对县第一中学、县人民医院、县农商银行等3家单位给予表扬。")).toEqual([]);
  // A name with 和 inside is one name; a last pair joined by 与 is two.
  expect(
    findUnits("会议要求,市人力资源和社会保障局、市住房和城乡建设局与市自然资源和规划局等6个部门,要于9月底前完成。"),
  ).toEqual(["市人力资源和社会保障局", "市住房和城乡建设局", "市自然资源和规划局"]);
  const districts = (piece: string) => ["中山区", "西岗区", "沙河口区", "福田区", "南山区"].includes(piece);
  expect(unitsInList("中山区、西岗区、沙河口区和大连市生态环境局", districts)).toEqual([
    "中山区",
    "西岗区",
    "沙河口区",
    "大连市生态环境局",
  ]);
  expect(unitsInList("福田区、南山区和深圳市相关部门", districts)).toEqual(["福田区", "南山区"]);
  // A hospital every county has is the county's; one by its own name keeps it.
  const county = { province: "安徽省", city: "宣城市", district: "泾县" };
  expect(canonicalUnit("中医院", county).name).toBe("泾县中医院");
  expect(canonicalUnit("第一中学", county).name).toBe("泾县第一中学");
  expect(canonicalUnit("城南中学", county).name).toBe("城南中学");
});

test("review 2 of #73's rules: bodies counted before 联合/共同 carry the task; each district its 有关部门", () => {
  expect(findUnits("会议要求,县公安局、县交通运输局等5个部门联合开展道路交通安全整治,6月底前完成。")).toEqual([
    "县公安局",
    "县交通运输局",
  ]);
  const districts = (piece: string) => ["道里区", "南岗区", "香坊区"].includes(piece);
  expect(unitsInList("道里区、南岗区和香坊区有关部门", districts).slice(0, 2)).toEqual([
    "道里区有关部门",
    "南岗区有关部门",
  ]);
});

test("#74's rules: a collective acting on a matter, a body through its head, bodies on the day they acted, one doing its duty", () => {
  expect(findUnits("各乡镇（街道）对排查出的危房逐户进行鉴定。")).toContain("各乡镇（街道）");
  expect(findUnits("由县水务局局长张明同志具体负责,组织施工单位抓紧推进。")).toContain("县水务局");
  expect(findUnits("县供水公司经理刘伟表态:确保月底前恢复供水。")).toContain("县供水公司");
  expect(findUnits("县长王强负责全面工作。")).toEqual([]);
  expect(findUnits("渠务署及路政署于6月3日展开联合巡查。")).toEqual(expect.arrayContaining(["渠务署", "路政署"]));
  expect(findUnits("县应急管理局切实履行综合监管职责,加强隐患排查。")).toContain("县应急管理局");
});

test("review of #74's rules: a body set up by a decision carries the work; one a head's relative clause names does not act", () => {
  expect(findUnits("经研究，县政府决定成立县防汛抗旱指挥部，负责统筹全县防汛工作。")).toEqual(["县防汛抗旱指挥部"]);
  expect(findUnits("去年，镇农业服务中心主任刘明负责的水稻示范片亩产达到700公斤。")).toEqual([]);
});

test("#74's rules: a body's staff attending stands for the body; a body inspecting on a cycle acts", () => {
  expect(unitsInList("县自然资源局、县林业局相关工作人员")).toEqual(["县自然资源局", "县林业局"]);
  expect(unitsInList("县林业局相关负责同志")).toEqual(["县林业局"]);
  expect(findUnits("县文明办每月暗访后,及时通报各单位存在的问题。")).toContain("县文明办");
});

test("second review of #74's rules: a collective's name may hold 应急 or 要素", () => {
  expect(findUnits("各乡镇应急管理所组织开展汛前隐患排查。")).toContain("各乡镇应急管理所");
  expect(findUnits("各县区要素保障部门积极对接重点项目。")).toContain("各县区要素保障部门");
});

test("#75's rules: a working group's and a Macau office's future work, a joint mechanism's members, a body before its officer", () => {
  expect(findUnits("局长表示，市场整治工作组将以“查早查小”为原则，逐步完善长效机制。")).toContain("市场整治工作组");
  expect(findUnits("对于居民关注的噪音问题，环保局会因应投诉加派人员巡查。")).toContain("环保局");
  expect(findUnits("（二）成员单位：市公安局、市教育局、市卫健委。")).toEqual(["市公安局", "市教育局", "市卫健委"]);
  // A notice's addressees end with 成员单位: the next paragraph is no list of them.
  expect(findUnits("县环委会成员单位：\n\n今年以来，全县上下认真贯彻落实省委、省政府决策部署。")).toEqual([]);
  expect(findUnits("市长感谢水务署北区供水中心陈大文科长到场指导。")).toContain("水务署北区供水中心");
  expect(findUnits("据环保署统计资料显示，本市空气质量持续改善。")).toEqual([]);
  expect(findUnits("各乡镇（街道）在春耕之前要完成沟渠清淤。")).toContain("各乡镇（街道）");
});

test("review of #75: a carrier on the label's next line, a collective that gathers figures", () => {
  expect(findUnits("一、校园周边交通整治\n牵头单位：\n县公安局交警大队")).toContain("县公安局交警大队");
  expect(findUnits("各乡镇统计数据后于每月5日前上报县农业农村局。")).toContain("各乡镇");
});

test("second review of #75: a zone that sets up a body acts; the body it sets up is no part of its name", () => {
  expect(unitsOpening("开发区成立企业服务中心,为入驻企业提供全程代办")).not.toContain("开发区成立企业服务中心");
});

test("review of #77's rules: bodies counted as acting teams, not those inspected or blamed; the sanctioning body opens its clause", () => {
  expect(findUnits("县公安局、县交通局、县城管局3个部门联合开展道路交通秩序整治。")).toEqual([
    "县公安局",
    "县交通局",
    "县城管局",
  ]);
  expect(findUnits("检查组重点检查了华联商厦、人民医院、汽车站等5个单位,对发现的问题当场反馈。")).not.toContain(
    "人民医院",
  );
  expect(findUnits("问题涉及县住建局、县交通局、县水利局3个部门，对此督查室已下发督办函。")).not.toContain("县交通局");
  expect(findUnits("县纪委监委按照规定对相关责任人给予党纪处分。")).toEqual(["县纪委监委"]);
  expect(findUnits("今年以来县纪委监委对128名党员干部给予党纪政务处分。")).toEqual([]);
  expect(findUnits("因城关镇党委对违纪干部给予处理明显偏轻，县纪委对其进行了约谈。")).not.toContain("城关镇党委");
  expect(findUnits("执法人员在城关镇对非法捕捞人员依法予以处罚。")).toEqual([]);
});

test("second review of #77's rules: a time before the sanctioning body, bodies named 督查室, an autonomous region's 我区", () => {
  expect(findUnits("近年来县纪委监委对32名干部给予党纪政务处分。")).toEqual([]);
  expect(findUnits("县委督查室、县政府督查室2个督查组对各乡镇秸秆禁烧工作进行了督查。")).toEqual([
    "县委督查室",
    "县政府督查室",
  ]);
  expect(findUnits("城关镇、东关镇、西关镇3个单位对群众反映问题处置不及时，予以通报批评。")).not.toContain("东关镇");
  expect(canonicalUnit("我区应急管理厅", { province: "宁夏回族自治区" }).name).toBe("宁夏回族自治区应急管理厅");
  // 本区 keeps its older reading: the district's, whatever the region.
  expect(canonicalUnit("本区城管局", {}).name).toBe("区城管局");
});

test("#78: a department opening its clause acts when it pushes work forward (推进, 开展, 坚持因…); a town or government there is the report's own place", () => {
  expect(findUnits("近日，市水务局坚持因地制宜，稳步推进农村供水保障工程。")).toEqual(["市水务局"]);
  expect(findUnits("县市场监管局扎实开展食品安全专项整治。")).toEqual(["县市场监管局"]);
  expect(findUnits("县农业农村局推进高标准农田建设。")).toEqual(["县农业农村局"]);
  // An instruction names the departments and what each is to do, without 要.
  expect(findUnits("环保局认真抓紧整改,市督查室搞好配合。")).toEqual(["环保局", "市督查室"]);
  expect(findUnits("渣津镇整治办成员要坚持每周一督查。")).toEqual(["渣津镇整治办"]);
  expect(findUnits("各村各部门加大环境卫生整治力度。")).toEqual(["各村", "各部门"]);
  // Review: the department must head its clause alone, doing the work itself.
  expect(findUnits("在县住建局推进的项目中,有3个项目滞后。")).toEqual([]);
  expect(findUnits("会议要求,各金融机构支持县城投公司推进项目融资。")).not.toContain("各金融机构支持县城投公司");
  expect(findUnits("会议决定,委托县审计局开展专项审计。")).toEqual(["县审计局"]);
  expect(findUnits("按照县政府办公室推进消防安全专项整治的部署,各乡镇要全面排查。")).toEqual(["各乡镇"]);
  expect(findUnits("会议要求,各乡镇对接县商务局做好招商引资工作。")).not.toContain("各乡镇对接县商务局");
  expect(findUnits("据县统计局开展的抽样调查结果显示,全县粮食增产。")).not.toContain("据县统计局");
  expect(findUnits("随着县住建局推进老旧小区改造,居民生活明显改善。")).toEqual([]);
  expect(findUnits("会议要求,对口帮扶办推进东西部协作。")).toEqual(["对口帮扶办"]);
  expect(findUnits("平山镇扎实推进清洁乡村活动。")).toEqual([]);
  expect(findUnits("各乡镇要深刻领会县委部署，推动工作落实。")).not.toContain("深刻领会县委");
});

test("由于 (because) hands no work on: the body after it keeps its name or is none", () => {
  expect(findUnits("由于市议会将于1月9日举行临时会,他也要求各单位审慎提出预算规划。")).toEqual(["各单位"]);
  expect(findUnits("由于县应急局牵头不力,工作滞后。")).not.toContain("于县应急局");
  expect(findUnits("由县水务局牵头,各乡镇配合。")).toEqual(["县水务局", "各乡镇"]);
  expect(findUnits("于都县应急局牵头,各乡镇配合。")).toEqual(["于都县应急局", "各乡镇"]);
});

test("#81's rules: bodies that speak on a topic, listed bodies with their own office, collectives with no modal", () => {
  expect(findUnits("区委宣传部、高新区、区商务局、区人社局围绕招商引资任务作了交流表态发言。")).toEqual([
    "区委宣传部",
    "高新区",
    "区商务局",
    "区人社局",
  ]);
  expect(findUnits("县教育局、县卫健局作了典型经验交流发言。")).toEqual(["县教育局", "县卫健局"]);
  expect(findUnits("要成立由县监察局、县政府督查室、县应急局组成的督查组。")).toEqual([
    "县监察局",
    "县政府督查室",
    "县应急局",
  ]);
  expect(findUnits("由县住建局、县城管局执法科、县商务局联合开展检查。")).toContain("县城管局执法科");
  expect(findUnits("目标已经明确。各乡镇、各部门提高政治站位,抓实各项工作。")).toEqual(["各乡镇", "各部门"]);
  expect(findUnits("各项工作加强统筹,确保年底完成。")).toEqual([]);
  // (A nation's meeting a county relays: its convener is tasked with nothing there.)
  expect(findUnits("12日,国务院召开全国安全生产电视电话会议,部署安全生产大检查。")).toEqual([]);
  expect(findUnits("5日,应急管理部召开全国防汛工作视频会议。")).toEqual([]);
  expect(findUnits("11月8日,东关街道召开全国文明城市创建工作推进会。")).toEqual(["东关街道"]);
  expect(findUnits("会后,县应急管理局召开全国安全生产电视电话会议精神传达学习会。")).toEqual(["县应急管理局"]);
});

test("a collective written as its two generic words (各相关职能部门和单位) is one body", () => {
  expect(findUnits("各相关职能部门和单位要进一步加大整改力度。")).toEqual(["各相关职能部门和单位"]);
  expect(findUnits("沙湾区各单位和部门要高度重视。")).toEqual(["沙湾区各单位和部门"]);
  expect(findUnits("由市住建局和各单位共同推进。")).toEqual(["市住建局", "各单位"]);
});

test("a prefecture's 各县市 is one collective; collectives carry on or focus with no modal before the verb", () => {
  expect(findUnits("各县市要领会精神,吃透政策。")).toEqual(["各县市"]);
  expect(findUnits("会议结束。各镇(街道)聚焦引进亿元以上项目。")).toEqual(["各镇（街道）"]);
  expect(findUnits("各相关部门继续巩固来之不易的局面。")).toEqual(["各相关部门"]);
  expect(findUnits("各相关职能部门和单位要进一步加大整改力度。")).toEqual(["各相关职能部门和单位"]);
  expect(findUnits("各级领导干部坚持学习。")).toEqual([]);
});

test("second review of #81's rules: only the nation's ministries and offices convene as no unit; a pair after a body stays apart", () => {
  expect(findUnits("张庄村党支部召开主题党日活动。")).toEqual(["张庄村党支部"]);
  expect(findUnits("中铁十二局项目部召开安全生产会议。")).toEqual(["中铁十二局项目部"]);
  expect(findUnits("财政部、税务总局召开全国税费优惠政策落实视频会议。")).toEqual([]);
  expect(findUnits("应急管理部、国家防总召开全国防汛救灾视频会议。")).toEqual([]);
  expect(findUnits("国家税务总局洛阳市税务局召开会议。")).toEqual(["国家税务总局洛阳市税务局"]);
  expect(findUnits("市应急局和各有关部门及单位要加强值守。")).toEqual(["市应急局", "各有关部门", "各有关单位"]);
  expect(findUnits("相关部门与单位要加强供热设施巡检。")).toEqual(["相关部门", "相关单位"]);
  expect(findUnits("科技部召开全国科技工作会议。")).toEqual([]);
  expect(findUnits("中宣部召开全国宣传部长会议。")).toEqual([]);
  expect(findUnits("9月10日,中央厨房公司召开营养餐配送工作会议。")).toEqual(["中央厨房公司"]);
  expect(findUnits("会议要求,党委和政府各有关部门和单位要严格落实责任。")).toEqual(["党委和政府各有关部门和单位"]);
});

test("a person acting for a body is no body, and 管委会 is not 管委 before a modal 会", () => {
  expect(findUnits("开发区党工委委员赵德明代表管委会与各街道签订目标责任书。")).not.toContainEqual(
    expect.stringContaining("赵德明"),
  );
  expect(findUnits("园区管委会与县财政局共同推进项目建设。")).toContain("园区管委会");
});

test("#86's rules: an office that organised the work acts; a topic after 关于 or a clause's 的 is no sector; a hall is no body", () => {
  expect(findUnits("县政府督查室于近期组织开展了重点工作督查。")).toContain("县政府督查室");
  expect(findUnits("县住建局组织开展了燃气安全检查。")).toContain("县住建局");
  expect(findUnits("在县住建局组织开展的检查中发现问题3处。")).toEqual([]);
  expect(findUnits("会议同意《县城供水管理办法》的提案、关于交通部门道路养护的提案。")).toEqual([]);
  expect(findUnits("生态环境、经信、发改部门要强化巡查。")).toEqual(["发改部门", "生态环境部门", "经信部门"]);
  expect(unitsInList("陈列厅、多功能厅")).toEqual([]);
  expect(canonicalUnit("市府各局处", { province: "台湾省", city: "台南市" })).toEqual({
    name: "台南市政府各局处",
    scoped: true,
  });
});

test("#87's rules: a party department acts as a bureau does; where one goes or a host's role names no body", () => {
  expect(findUnits("市纪委监委、市委宣传部将加强督促检查。")).toEqual(["市纪委监委", "市委宣传部"]);
  expect(findUnits("县委统战部将牵头做好服务工作。")).toEqual(["县委统战部"]);
  // (A people's group or a share of a whole is no department: 党员干部将带头, 全部将完成.)
  expect(findUnits("党员干部将带头遵守规定,全部将于月底完成。")).toEqual([]);
  expect(findUnits("返回本市要主动向社区报备。")).toEqual([]);
  expect(findUnits("前往灵山县要提前预约。")).toEqual([]);
  expect(findUnits("确需举办的,主办单位要落实防控责任。")).toEqual([]);
  expect(findUnits("各承办单位要落实防控责任。")).toEqual(["各承办单位"]);
});
