import { expect, test } from "vitest";
import { extractRegion, speaksAsProvince } from "../../../src/lib/extract/region";
import { simplifyChars } from "../../../src/lib/text/script";

const input = (text: string, extra: Partial<Parameters<typeof extractRegion>[0]> = {}) => ({
  text,
  title: "",
  lead: text.split("\n")[0] ?? "",
  ...extra,
});

test("a city the text names places the report in it and its province", () => {
  expect(extractRegion(input("12月20日，杭州市政府召开常务会议。会议强调，杭州要守住耕地红线。")).region).toEqual({
    province: "浙江省",
    city: "杭州市",
  });
});

test("a partner named after 与 is not where the report is", () => {
  const { region, notes } = extractRegion(
    input("会议听取了促进本市与台湾经济文化交流合作的若干措施的汇报。要求做好与台湾客商的对接。"),
  );
  expect(region).toEqual({});
  expect(notes.join()).toContain("地区留空");
});

test("a short place name that is a person's given name after a surname places nothing (肖文昌 is no 文昌市)", () => {
  const text = "德州新闻网讯10月29日,平原县委常委(扩大)会议召开。县委书记王洪霞,县政协主席肖文昌等县领导参加会议。";
  expect(extractRegion(input(text, { title: "袁志勇孙丰勇刘凤江肖文昌参加" })).region).toEqual({
    province: "山东省",
    city: "德州市",
    district: "平原县",
  });
  // 浙江嘉兴: 江 closes the province's name; 于洛阳: a preposition, no surname, before the city.
  expect(extractRegion(input("浙江嘉兴：全市召开防汛防台工作会议。嘉兴各县要落实责任。")).region.city).toBe("嘉兴市");
  expect(extractRegion(input("会议于洛阳召开。", { title: "座谈会于洛阳召开" })).region.city).toBe("洛阳市");
});

test("a partner city after 与 counts for nothing; the city whose plan the meeting passes places the report", () => {
  const text =
    "会议强调,要持续深化与无锡市在人才引进、理念学习等方面的合作。会议审议并原则通过《海东市“十四五”生态环境保护规划》等文件。";
  expect(extractRegion(input(text)).region).toEqual({ province: "青海省", city: "海东市" });
  // 参与 and 会同 are verbs, and the city's own government may sign with a partner.
  expect(extractRegion(input("号召全区干部群众积极参与遵义市全国文明城市创建工作。")).region.city).toBe("遵义市");
  expect(extractRegion(input("市长会同洛阳市发改委召开座谈会。")).region.city).toBe("洛阳市");
  expect(extractRegion(input("华为公司与洛阳市人民政府签署战略合作协议。")).region.city).toBe("洛阳市");
});

test("会同 before a county's office is the verb (together with), not 会同县", () => {
  const text = "县发改委要会同县督查落实办对相关工作进行督导。各牵头单位要切实负起责任。";
  expect(extractRegion(input(text)).region).toEqual({});
  expect(extractRegion(input("会议责成县妇联会同县民政局抓好落实。")).region).toEqual({});
  expect(extractRegion(input("会同县召开常务会议。会同县各乡镇要抓好落实。")).region.district).toBe("会同县");
  // After a body's name too: 督查室会同县旅游节…领导小组 inspects together with it.
  const inspection = "4月21日,县委督查室、县政府督查室会同县旅游节环境整治领导小组进行了现场督查。";
  expect(extractRegion(input(inspection)).region).toEqual({});
});

test("words that hold a place's name are no mention of it: 沿河人行道 (along the river), 部分乡镇 (no 分乡镇)", () => {
  const text = "县委督查室开展了督查。县城街道、沿河人行道卫生死角得到清理。大部分乡镇行动迅速,沿河两岸更加整洁。";
  expect(extractRegion(input(text)).region).toEqual({});
  // A town whose name ends in 乡镇 is one all the same.
  expect(extractRegion(input("灵乡镇开展防汛应急演练，全镇干部参加。")).region).toMatchObject({ city: "黄石市" });
});

test("a city paper as publisher places an article that names no city", () => {
  expect(extractRegion(input("全市老旧小区改造推进会召开。", { publisher: "洛阳日报" })).region).toMatchObject({
    city: "洛阳市",
  });
});

test("a text speaks as its province through the province's government or departments, not a firm's praise", () => {
  expect(speaksAsProvince("湖南省", "湖南省应急管理厅召开会议,要求各市州加强值守。")).toBe(true);
  expect(speaksAsProvince("湖南省", "集团作为全省交通骨干企业,各子公司要加强隐患排查。")).toBe(false);
  expect(speaksAsProvince("湖南省", "省委召开会议。会后,岳阳市委书记主持召开市委常委会。")).toBe(false);
  expect(speaksAsProvince("新疆维吾尔自治区", "自治区人民政府召开会议,各地州市要抓好落实。")).toBe(true);
  expect(speaksAsProvince("新疆维吾尔自治区", "自治区政务服务中心政务服务大厅推行延时服务。")).toBe(false);
});

test("a county's government publishing the report places it there, whatever county its people visit", () => {
  const trip = "3月5日,城关镇镇长李华带队,赴宁阳县东疏镇学习美丽乡村建设经验,随后赴宁阳县蒋集镇学习小城镇建设经验。";
  expect(
    extractRegion(input(trip, { title: "城关镇考察团赴宁阳县考察学习", publisher: "汶上县城关镇人民政府" })).region,
  ).toEqual({ province: "山东省", city: "济宁市", district: "汶上县" });
  // (A county's government reposting another city's leaders is no sign: see the test below.)
  const reposted = "3月5日,泉州市副市长王明出席全省春耕生产电视电话会议泉州分会场,并对泉州市春耕生产作出部署。";
  expect(extractRegion(input(reposted, { publisher: "汶上县人民政府" })).region).toMatchObject({ city: "泉州市" });
  // (Nor its repost of another county's news, the city named in full, when it names neither itself nor its town.)
  const visit = "5月6日,省长到临沂市兰陵县调研乡村振兴工作,要求兰陵县加快产业发展。";
  expect(extractRegion(input(visit, { publisher: "汶上县人民政府" })).region).toMatchObject({ city: "临沂市" });
});

test("a site of another city reposting a city's news with its own leader does not place it", () => {
  const text = "3月5日,全省春耕生产电视电话会议召开,泉州市副市长王明出席泉州分会场,并对泉州市春耕生产作出部署。";
  expect(extractRegion(input(text, { publisher: "杭州市农业农村局" })).region).toEqual({
    province: "福建省",
    city: "泉州市",
  });
  // Its own paper over a text that names its city keeps it; so does a paper over a text naming none.
  const visit = "郑州市副市长李华率团来我市考察,洛阳市委书记张强陪同。";
  expect(extractRegion(input(visit, { publisher: "洛阳日报" })).region).toMatchObject({ city: "洛阳市" });
  const guest = "三门峡市副市长李华一行到我县考察文旅融合发展。";
  expect(extractRegion(input(guest, { publisher: "新乡日报" })).region).toMatchObject({ city: "新乡市" });
  // A city's own site names its offices bare (副市长…陪同, 市发改委主任…), without 我市.
  const hosted = "临夏州州长一行来厦考察。副市长王明陪同考察。定西市副市长李强参加活动。";
  expect(extractRegion(input(hosted, { publisher: "厦门市人民政府" })).region).toMatchObject({ city: "厦门市" });
});

test("a province's body convening the province's meeting in its capital is the province's", () => {
  const lead = "6月3日上午,江西省应急管理厅在南昌召开全省防汛工作部署会,要求各设区市做好准备。";
  expect(extractRegion(input(lead)).region).toEqual({ province: "江西省" });
  const title = "浙江省委宣传部在杭州召开全省文明创建推进会";
  expect(extractRegion(input("会议要求,各市要抓好落实。", { title })).region).toEqual({ province: "浙江省" });
  // A city attending the province's meeting, or the city's own meeting in it, stays the city's.
  const attends = "6月3日,南昌市副市长刘伟在南昌市分会场参加全省防汛工作部署会,并对全市工作作出安排。";
  expect(extractRegion(input(attends)).region).toMatchObject({ city: "南昌市" });
  const ownPart = "江西省农业农村厅在赣州召开全省春耕现场推进会。赣州市副市长李明介绍了赣州经验。我市将继续做好春耕。";
  expect(extractRegion(input(ownPart)).region).toMatchObject({ city: "赣州市" });
  // No venue: the province's meeting a city's report opens with (河南省政府召开全省…。我市在分会场…).
  const heard = "3月5日,河南省政府召开全省安全生产电视电话会议。洛阳市在市分会场收听收看,洛阳市副市长王刚出席。";
  expect(extractRegion(input(heard)).region).toMatchObject({ city: "洛阳市" });
  // A city of the province named in full (the venue's own bureau too), or a publisher that places one.
  const venueActs = "湖北省应急管理厅在宜昌召开全省安全生产现场会。宜昌市应急管理局作典型发言。";
  expect(extractRegion(input(venueActs)).region).toMatchObject({ city: "宜昌市" });
  const paper = "湖南省应急管理厅在长沙召开全省防汛工作会议。会议要求,各地要压紧压实责任。";
  expect(extractRegion(input(paper, { publisher: "岳阳日报" })).region).toMatchObject({ city: "岳阳市" });
  // No venue, and two of its cities' bureaus speaking: the province's meeting, not the first city's.
  const twoCities =
    "3月5日,四川省林业和草原局召开2024年全省森林防火工作会议。成都市林业局和绵阳市林业局分别作交流发言,成都市林业局介绍了经验。省林草局要求各地压实责任。";
  expect(extractRegion(input(twoCities)).region).toEqual({ province: "四川省" });
  // The venue in the lead under a bare title is still a venue; a city whose own office attends is its report.
  const venueInLead = "6月3日,湖北省应急管理厅在武汉召开全省安全生产工作会议。会上,宜昌市应急管理局作典型发言。";
  const bareTitle = "湖北省应急管理厅召开全省安全生产工作会议";
  expect(extractRegion(input(venueInLead, { title: bareTitle })).region).toMatchObject({ city: "宜昌市" });
  const attending =
    "山东省交通运输厅召开全省交通运输工作会议。临沂市交通运输局局长刘建参加会议。会议对青岛、烟台等地的经验做法给予肯定。";
  expect(extractRegion(input(attending)).region).toMatchObject({ city: "临沂市" });
  // The venue written short is the city named in full: its welcome is no city's report when two others speak.
  const welcomed =
    "湖南省文化和旅游厅在郴州召开全省旅游发展大会。郴州市文化旅游广电体育局局长出席会议并致辞。长沙市、株洲市作交流发言。";
  expect(extractRegion(input(welcomed)).region).toEqual({ province: "湖南省" });
});

test("a short place name shared by a county-level city and a district is the city when its offices are a city's", () => {
  const { region, notes } = extractRegion(
    input("市长朱涛主持召开市政府常务会议。会议听取了统战部关于促进栖霞与台湾经济文化交流合作的若干措施的汇报。"),
  );
  expect(region).toEqual({ province: "山东省", city: "烟台市", district: "栖霞市" });
  expect(notes.join()).toContain("栖霞市");
});

test("a short name shared by a district and a county-level city is the district when the text's offices are a district's", () => {
  // 开平 is 唐山市开平区 and 江门市开平市; 全区 and 区委书记 say which, the prefecture's 市委书记 does not.
  const { region } = extractRegion(
    input(
      "7月20日晚,开平镇党委书记主持召开镇党政班子会议,传达全区动员部署大会精神和区委书记指示精神,按照市委书记对开平提出的要求。",
    ),
  );
  expect(region).toEqual({ province: "河北省", city: "唐山市", district: "开平区" });
});

test("全区域 is no word of a district's own offices", () => {
  const { region } = extractRegion(
    input("市长朱涛主持召开市政府常务会议,要求实现全区域覆盖。会议听取了关于促进栖霞与台湾经济文化交流合作的汇报。"),
  );
  expect(region).toEqual({ province: "山东省", city: "烟台市", district: "栖霞市" });
});

test("a city the division list also keeps as its own county counts once, not as two cities: 桃园市", () => {
  const text = "桃园市长郑文灿今3日下午前往消防局灾害应变中心主持工作会议。针对复兴区山区道路，请警察局予以协助。";
  expect(extractRegion(input(text)).region).toEqual({ province: "台湾省", city: "桃园市" });
});

test("金门 is the Taiwanese county, not the division list's nominal county of 泉州", () => {
  const text = "县府昨召开主管会报。金门乡亲建议增设班次。金门的好机会不能错过。金门先生舞台剧如期演出。";
  expect(extractRegion(input(text)).region).toEqual({ province: "台湾省", city: "金门县" });
});

test("a county renamed since (长治县, now 上党区) is found by its old name, here from its news centre", () => {
  const text = "10月15日晚，县委书记、县长王现敏主持召开全县秸秆禁烧工作会议。";
  expect(extractRegion(input(text, { publisher: "长治县新闻中心" })).region).toEqual({
    province: "山西省",
    city: "长治市",
    district: "长治县",
  });
});

test("a place written alike on both sides of the strait (連江縣) is Taiwan's in a traditional text, and no sole county of 福州", () => {
  const text = "第46次扩大主管会报县长裁示事项。请民政局准备寒冬送暖事宜。连江县政府提供。";
  expect(extractRegion(input(text, { script: "traditional" })).region).toEqual({ province: "台湾省", city: "连江县" });
  expect(extractRegion(input(text)).region).not.toMatchObject({ city: "福州市" });
});

test("a township report naming only its towns is placed in the county they lie in, with a note; a town name shared by many counties places nothing", () => {
  const { region, notes } = extractRegion(
    input("5月4日，我市召开乡村环境综合整治督导工作会议。开元镇、清风店镇作了发言。"),
  );
  expect(region).toEqual({ province: "河北省", city: "保定市", district: "定州市" });
  expect(notes.join()).toContain("开元镇");
  expect(extractRegion(input("城关镇召开环境整治会议。")).region).toEqual({});
});

test("a municipality is province and city at once; a district that names its own 区长 is the report's", () => {
  const text =
    "据虹口区新闻报道:2月24日上午,虹口区区长赵永峰前往虹口区城管执法局。虹口区城管执法局局长吴迪参加。上海市城市管理工作要求。";
  expect(extractRegion(input(text)).region).toEqual({ province: "上海市", city: "上海市", district: "虹口区" });
});

test("the media a lead opens with places the report in its city: 云上荆州报道：", () => {
  const lead = "云上荆州报道 :10月18号下午,2019年9月份暨第3季度中心城区城市综合管理工作讲评会召开。";
  expect(extractRegion({ ...input(lead), lead }).region).toEqual({ province: "湖北省", city: "荆州市" });
});

test("a news site's dateline before the day it reports places the report too: 某州新闻网讯 5月6日", () => {
  const lead = "荆州新闻网讯 5月6日,县政府第三次常务会议召开,县长主持会议。";
  expect(extractRegion({ ...input(lead), lead }).region).toEqual({ province: "湖北省", city: "荆州市" });
  // (A bare 讯 with no date after it stays no dateline: 荆州快讯 is a column, named in passing.)
  const column = "荆州快讯栏目报道了全县的工作。县政府召开常务会议,县长主持会议。";
  expect(extractRegion({ ...input(column), lead: column }).region).toEqual({});
});

test("an acting county head (代县长) is no 代县; a village or street named after a city (儋州村, 儋州南二巷) is not that city", () => {
  expect(extractRegion(input("6月20日晚，县政府召开常务会议。县委副书记、代县长王华主持会议。")).region).toEqual({});
  const sanya = extractRegion(
    input(
      "10月25日，市创文巩卫办对天涯区城市社区进行专项检查，问题已在三亚市创文巩卫管理平台形成清单。一、儋州村社区。儋州南二巷车辆乱停放。儋州南二巷门口杂物乱堆。",
    ),
  );
  expect(sanya.region).toMatchObject({ province: "海南省", city: "三亚市" });
});

test("a town named after a place (大龙山镇) is no mention of that place's district (龙山区)", () => {
  // The town itself places the text, in the district it lies in.
  expect(
    extractRegion(input("区政府召开常务会议。二要加快工作进度。大龙山镇、北部新城建设管理局要理清责任。")).region,
  ).toEqual({ province: "安徽省", city: "安庆市", district: "宜秀区" });
  // Not 乡 (德清乡贤 is 德清's), nor 镇街 (a Guangdong city's towns and streets), nor the city 镇江.
  expect(
    extractRegion(input("德清乡贤参事会工作推进会召开，德清乡贤代表参加。县委书记王建国出席会议。")).region,
  ).toMatchObject({
    district: "德清县",
  });
  expect(
    extractRegion(input("东莞镇街安全生产工作会议召开，市委书记王建国出席。东莞镇街要压实责任。")).region,
  ).toMatchObject({ city: "东莞市" });
  expect(extractRegion(input("常州镇江两市召开联席会议，常州市市长出席。")).region).toMatchObject({ city: "常州市" });
});

test("a province's own document is the province's, whatever cities it addresses", () => {
  const { region } = extractRegion(
    input("各市(地)人民政府(行署),绥芬河市、抚远县人民政府:现就重点工作任务提出责任分工意见如下。", {
      title: "黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见",
    }),
  );
  expect(region).toEqual({ province: "黑龙江省" });
});

test("a site's section named for a county (汾西, 汾西要闻) over a text that says 我县 places it in that county", () => {
  const text = "10月31日,我县召开自然资源重点工作推进会。副县长王三宝出席。";
  const { region } = extractRegion(input(text, { publisher: "地市频道\n临汾频道\n汾西\n汾西要闻" }));
  expect(region).toEqual({ province: "山西省", city: "临汾市", district: "汾西县" });
  // Not a county-level city's section (a prefecture's text says 我市 too), nor a word's (平安动态).
  const prefecture = "临汾市召开全市安全生产视频会议，侯马市设分会场。会议要求，我市要抓好落实。";
  expect(extractRegion(input(prefecture, { publisher: "侯马要闻" })).region).toEqual({
    province: "山西省",
    city: "临汾市",
  });
  expect(extractRegion(input("海东市召开会议。我区要抓好落实。", { publisher: "平安动态" })).region).toEqual({
    province: "青海省",
    city: "海东市",
  });
  // A city's text under the same sections speaks as the city.
  const cityText = "10月31日,我市召开自然资源重点工作推进会。副市长王三宝出席。";
  expect(extractRegion(input(cityText, { publisher: "临汾频道\n汾西要闻" })).region).toEqual({
    province: "山西省",
    city: "临汾市",
  });
});

test("a 通报 a province's own body signs is the province's, whatever cities it ranks", () => {
  const ranking = "一、设区市前3名\n上饶市、新余市、吉安市\n四、功能区前5名\n吉安市庐陵新区、上饶市高铁经济试验区。";
  const signed = (signer: string) => extractRegion(input(ranking, { signer })).region;
  expect(signed("江西省城乡环境综合整治和生活垃圾分类工作部门联席会议办公室")).toEqual({ province: "江西省" });
  // A city of the province signing ranks its own counties: the city's, no district's.
  const cityRanking = input("上饶市各县区前3名\n信州区、广丰区、玉山县", { signer: "江西省上饶市人民政府" });
  expect(extractRegion(cityRanking).region).toEqual({ province: "江西省", city: "上饶市" });
});

test("with a prefecture's own offices (州长, 州政府) one short mention names it; a street office convening places its district", () => {
  const xiangxi = extractRegion(
    input("9月27日，州委副书记、州长龙晓华主持召开州政府常务会议，听取湘西机场航站楼设计方案汇报。"),
  );
  expect(xiangxi.region).toEqual({ province: "湖南省", city: "湘西土家族苗族自治州" });
  const tianxin = extractRegion(input("会议现场。\n2月28日上午，长沙市天心区先锋街道组织召开2024年动员部署大会。"));
  expect(tianxin.region).toEqual({ province: "湖南省", city: "长沙市", district: "天心区" });
});

test("a district that was a county is found by the county's name an older text writes (湟中县, 湟中区 since 2019)", () => {
  const text = "县委副书记、县长赵冬批示。请各乡镇加大河道整治力度。";
  expect(extractRegion(input(text, { title: "湟中县政府办公室关于加大各乡镇河道整治的督办通知" })).region).toEqual({
    province: "青海省",
    city: "西宁市",
    district: "湟中县",
  });
});

test("with a city's own offices (市长, 市政府) one short mention names it, even a name a district shares", () => {
  // 西安 is also a district of 辽源 and of 牡丹江: the city is meant where the text speaks as a city.
  const xian = extractRegion(
    input("4月18日下午，市长上官吉庆主持召开市政府常务会议。会上，教授对西安治污减霾工作提出建议。"),
  );
  expect(xian.region).toEqual({ province: "陕西省", city: "西安市" });
  expect(xian.notes.join()).toContain("请核对");
  // Two cities named: neither is the text's.
  const two = extractRegion(input("市长主持召开市政府常务会议，听取西安、宝鸡两地经验。"));
  expect(two.region.city).toBeUndefined();
  // A county's own offices (县长, 全县) keep a city's short name from placing the text.
  const county = extractRegion(input("县长主持召开县政府常务会议，学习西安经验，全县推广。市政府督查组参会。"));
  expect(county.region.city).not.toBe("西安市");
});

test("a county the title names is the report's when the text speaks of 我县 or 全县", () => {
  const title = "富民县2023年文化大篷车惠民演出圆满结束";
  const text =
    "由昆明市文化和旅游局主办的惠民演出活动走进富民。此次演出深入全县各镇(街道),还有我县优秀文艺队带来的舞蹈。";
  expect(extractRegion(input(text, { title })).region).toEqual({
    province: "云南省",
    city: "昆明市",
    district: "富民县",
  });
  expect(
    extractRegion(input("由昆明市文化和旅游局主办的惠民演出活动走进富民。", { title: "惠民演出走进富民县" })).region,
  ).toEqual({
    province: "云南省",
    city: "昆明市",
  });
});

test("a title that opens with its county, a banner's own offices and a district's 建委 place the report in them", () => {
  expect(
    extractRegion(
      input("近日,山西省泽州县柳树口镇召开森林草原防灭火工作安排部署会。", {
        title: "泽州县柳树口镇 召开森林草原防灭火工作安排部署会",
      }),
    ).region,
  ).toEqual({ province: "山西省", city: "晋城市", district: "泽州县" });
  expect(
    extractRegion(
      input(
        "6月10日,旗委副书记、旗长敖慧然主持召开旗人民政府常务会议。会议强调,持续擦亮“石榴花开鄂温克”品牌,呼伦贝尔市要求的工作要抓好。",
      ),
    ).region,
  ).toEqual({ province: "内蒙古自治区", city: "呼伦贝尔市", district: "鄂温克族自治旗" });
  expect(
    extractRegion(
      input("重庆市武隆区住房和城乡建设委员会\n2022年10月28日,区住房城乡建委主任在会议室主持召开疫情防控会议。"),
    ).region,
  ).toMatchObject({ city: "重庆市", district: "武隆区" });
});

test("和 joining two bodies (督查室和县应急局) names no 和县", () => {
  expect(
    extractRegion(input("永吉县召开会议。会议通报了前期县委办督查室、政府办督查室和县应急局的督导检查情况。")).region,
  ).toEqual({ province: "吉林省", city: "吉林市", district: "永吉县" });
});

test("without a city, a county's short name of the text's own level places it; an ordinary word (公安) does not", () => {
  expect(extractRegion(input("县委常委会召开会议。会议强调,全县上下要以咸丰发展为重。")).region).toEqual({
    province: "湖北省",
    city: "恩施土家族苗族自治州",
    district: "咸丰县",
  });
  expect(extractRegion(input("3月17日,县委书记张成主持召开常委会。宽城要抓好一季度经济运行。")).region).toMatchObject({
    district: "宽城满族自治县",
  });
  expect(extractRegion(input("县委召开会议。县公安交警大队、县水务局要加强巡查,公安部门要做好保障。")).region).toEqual(
    {},
  );
  // A transliterated name (达拉特) is a place word as much as a tagged one.
  expect(extractRegion(input("旗委常委会会议召开。要在打造桥头堡上贡献达拉特力量。")).region).toEqual({
    province: "内蒙古自治区",
    city: "鄂尔多斯市",
    district: "达拉特旗",
  });
  // 新安排 is a new arrangement, not 新安县: a short form ending inside the next word names nothing, so
  // 宽城 stays the one county of the text's level.
  expect(
    extractRegion(input("县委召开会议,学习《政府工作报告》新安排、新部署。要确保两会精神在宽城落地落实。")).region,
  ).toMatchObject({ district: "宽城满族自治县" });
});

test("a county's own media named in full (智慧邵阳县) places a text that speaks as a county in it", () => {
  const text = "7月16日,县长袁玉华主持召开常务会议,推动我县交通强县发展。";
  expect(extractRegion(input(text, { publisher: "智慧邵阳县" })).region).toEqual({
    province: "湖南省",
    city: "邵阳市",
    district: "邵阳县",
  });
  // A city's text (市长, 全市) on a county's media stays the city's.
  expect(
    extractRegion(input("市长主持召开常务会议,全市要抓好防汛。邵阳要守住底线。", { publisher: "智慧邵阳县" })).region,
  ).toEqual({ province: "湖南省", city: "邵阳市" });
});

test("a county-level city its province governs itself (万宁, 济源) is a city of that province, not of a 省直辖县", () => {
  expect(
    extractRegion(input("7月7日下午，万宁市长周高明主持召开市政府常务会议。万宁要全力推进禁塑工作。")).region,
  ).toEqual({
    province: "海南省",
    city: "万宁市",
  });
  expect(extractRegion(input("济源市召开安全生产工作会议，济源市市长出席。")).region).toEqual({
    province: "河南省",
    city: "济源市",
  });
});

test("a one-character county name inside a word (示范县, 创新县域) names no county", () => {
  const title = "芦山县交通运输局召开“四好农村路”示范县创建工作推进会";
  const { region } = extractRegion(
    input(`${title}\n会上，局长对“四好农村路”示范县创建工作作了安排，示范县创建由副局长负责。`, { title }),
  );
  expect(region).toEqual({ province: "四川省", city: "雅安市", district: "芦山县" });
});

test("a county's short form before one of its towns (苍南龙港镇召开) places the report in that county", () => {
  const lead = "近日,苍南龙港镇召开小城镇环境综合整治考核迎检工作部署会,镇长陈显宏主持会议。";
  const title = "苍南龙港镇召开小城镇环境综合整治考核迎检工作部署会";
  expect(extractRegion(input(`${lead}\n陈显宏指出,各个社区要开展整治动员会。`, { title })).region).toEqual({
    province: "浙江省",
    city: "温州市",
    district: "苍南县",
  });
  // A short form alone, before no town, still says nothing.
  expect(extractRegion(input("近日,苍南召开会议。", { title: "苍南召开会议" })).region).toEqual({});
  // In full: 三明永安市安砂镇举办… is 永安市's.
  expect(extractRegion(input("26日,三明永安市安砂镇顺利举办第三届农民丰收节。")).region).toEqual({
    province: "福建省",
    city: "三明市",
    district: "永安市",
  });
  // A city's own 通报 (我市) names its counties' towns in full and stays the city's.
  const notice = "生态环境部卫星监测到我市火点线索3个,分别是:汝阳县陶营镇2个、嵩县木植街乡1个。洛阳市要严查。";
  expect(extractRegion(input(notice)).region).toEqual({ province: "河南省", city: "洛阳市" });
});

test("a district merged away (戚墅堰区, 2015) is still its city's district in the archives that name it", () => {
  const title = "戚墅堰区:召开一季度文明城市建设点评会";
  expect(
    extractRegion(input(`${title}\n4月18日下午,戚墅堰区召开点评会。区长董彩凤作重要讲话。`, { title })).region,
  ).toEqual({
    province: "江苏省",
    city: "常州市",
    district: "戚墅堰区",
  });
});

test("several counties of one city written short (道里、道外、南岗、香坊等9区) name that city", () => {
  expect(
    extractRegion(input("2月14日上午,市住建局供热管理处组织道里、道外、南岗、香坊等9区供热办召开供热工作会议。"))
      .region,
  ).toEqual({
    province: "黑龙江省",
    city: "哈尔滨市",
  });
});

test("a short county form before 和谐乡村 or 城镇化 is no county before its town", () => {
  expect(
    extractRegion(input("会议要求建设平安和谐乡村，推进新型城镇化。", { title: "会议要求建设平安和谐乡村" })).region,
  ).toEqual({});
});

test("a county-level city's short name that jieba reads as a person's (洪湖) still places a 市委 report", () => {
  const { region } = extractRegion(
    input("1月26日,市委书记魏朝东主持召开市“四大家”领导联席会议。他强调,奋力推进中国式现代化湖北实践在洪湖走深走实。"),
  );
  expect(region).toEqual({ province: "湖北省", city: "荆州市", district: "洪湖市" });
  // A given name after its surname (王高平) is a person, not 高平市.
  expect(extractRegion(input("市委书记王高平主持召开市委常委会议。")).region).toEqual({});
});

test("县城 is a county seat: 新县城 and 和县城 name neither 新县 nor 和县", () => {
  const { region } = extractRegion(
    input("县委常委、宣传部长汪路阳指出,怀宁新县城迁址以来,市民素质和县城文明程度不断提升,怀宁人看怀宁活动圆满举办。"),
  );
  expect(region).toEqual({ province: "安徽省", city: "安庆市", district: "怀宁县" });
  // 沛县城管局, 滑县城关镇: the county's own bodies and towns.
  expect(extractRegion(input("沛县城管局召开专题会议。")).region).toMatchObject({ district: "沛县" });
  expect(extractRegion(input("滑县城关镇召开会议。")).region).toMatchObject({ district: "滑县" });
});

test("a street office convening by its full name (…牡丹区何楼街道办事处召开) places its district", () => {
  const { region } = extractRegion(
    input("10月21日上午,山东省菏泽市牡丹区何楼街道办事处召开人居环境综合整治推进会,对近期全处重点工作进行了安排部署。"),
  );
  expect(region).toEqual({ province: "山东省", city: "菏泽市", district: "牡丹区" });
});

test("a text that keeps naming one county of its city in full, and none of the city's offices, is that county's", () => {
  const visit = "省委督查组到黔东南州雷山县督查。一是雷山县要加强沟通。二是雷山县有关部门要抓紧整改。";
  expect(extractRegion(input(visit)).region).toMatchObject({ district: "雷山县" });
  // A city's task table names a district as a task's place: the table is the city's.
  const table = "市直各单位、各区县要抓好落实。岳麓区完成棚改1000户,岳麓区新建学校3所。长沙市发改委牵头。";
  expect(extractRegion(input(table)).region).toEqual({ province: "湖南省", city: "长沙市" });
});

test("a town of two counties lies in the one of the text's own level (河上镇 with 全区: 萧山区, not 崇仁县)", () => {
  const text = "2020年是全区生活垃圾分类工作决战决胜的关键年,河上镇将围绕提质扩面,持续深入推进。";
  expect(extractRegion(input(text)).region).toEqual({ province: "浙江省", city: "杭州市", district: "萧山区" });
  expect(extractRegion(input("河上镇将围绕提质扩面,持续深入推进。")).region).toEqual({});
});

test("a province's short name (海南自由贸易港) names the province, not a prefecture of another (青海's 海南州)", () => {
  const text = "会议要求,服务海南自由贸易港建设大局,努力把海南自由贸易港打造成为重要门户。主办:海南省机关事务管理局";
  expect(extractRegion(input(text)).region).toEqual({ province: "海南省" });
});

test("a Macau release that calls it only 本澳 is placed in Macau", () => {
  const text = "保安司司长黄少泽今日中午与社区民防联络机制成员举行会议,商讨台风吹袭本澳的事前预防宣传。";
  expect(extractRegion(input(text)).region).toEqual({ province: "澳门特别行政区", city: "澳门特别行政区" });
});

test("Hong Kong's or Macau's Chief Executive acting makes the text the territory's, whatever zone it names", () => {
  const text =
    "行政长官岑浩辉今(24)日主持促进横琴粤澳深度合作区建设领导小组第一次工作会议，贯彻落实国家主席视察澳门期间的重要讲话精神，推进深合区建设。";
  expect(extractRegion(input(text)).region).toEqual({ province: "澳门特别行政区", city: "澳门特别行政区" });
  // Met by a mainland government, it is a visit; a territory's district keeps the text there.
  expect(
    extractRegion(input("珠海市市长会见澳门特区行政长官岑浩辉一行，双方就横琴粤澳深度合作区建设交流。")).region,
  ).not.toMatchObject({ province: "澳门特别行政区" });
  expect(
    extractRegion(input("广西壮族自治区党委书记刘宁在南宁会见澳门特区行政长官岑浩辉一行，双方就深化桂澳合作进行交流。"))
      .region,
  ).toMatchObject({ province: "广西壮族自治区" });
  expect(extractRegion(input("行政长官李家超今日到元朗区视察，了解香港房屋委员会公屋项目进度。")).region).toMatchObject(
    {
      district: "元朗区",
    },
  );
});

test("Hong Kong news naming two of its own offices (政务司, 区议会) and never 香港 is placed in Hong Kong; one such office is a visit", () => {
  const text = "政务司司长陈国基听取十八区区议会主席汇报新一届首次会议的工作报告,包括区议员要轮流在区议会当值。";
  expect(extractRegion(input(text)).region).toEqual({ province: "香港特别行政区", city: "香港特别行政区" });
  expect(extractRegion(input("县委书记会见了来访的政务司官员一行。")).region).toEqual({});
});

test("a district bureau reporting its own meeting (区司法局召开…) speaks at the district's level: 法治秀洲 is 秀洲区", () => {
  const text = "2月9日,区司法局召开2026年度工作会议,为法治秀洲建设和司法行政工作高质量发展开好局。";
  expect(extractRegion(input(text)).region).toEqual({ province: "浙江省", city: "嘉兴市", district: "秀洲区" });
  // Without a level of its own, a short name alone places nothing.
  expect(extractRegion(input("2月9日,司法局召开工作会议,为法治秀洲建设开好局。")).region).toEqual({});
});

test("a town of a county-level city its province governs itself (潭门镇, 琼海市) places the report in that city", () => {
  const { region, notes } = extractRegion(input("2月18日上午,潭门镇召开2021年工作例会,就近期重点工作进行部署。"));
  expect(region).toEqual({ province: "海南省", city: "琼海市" });
  expect(notes.join()).toContain("潭门镇");
});

test("a place name that starts inside a word (创新社区 is no 台中's 新社区) or a conjunction before 县级 names no place", () => {
  expect(extractRegion(input("街道召开社区工作大会,要求突出党建引领,创新社区管理机制建设。")).region).toEqual({});
  expect(
    extractRegion(input("福建省人民政府办公厅通知,要求严格实行资金在线监控和县级报账,确保专款专用。")).region,
  ).toEqual({ province: "福建省" });
  // 建好景德镇: jieba reads the whole name as one word after 好.
  expect(
    extractRegion(input("会议强调,要建好景德镇国家陶瓷文化传承创新试验区,一手抓景德镇陶瓷走出去。")).region,
  ).toMatchObject({
    city: "景德镇市",
  });
});

test("a lead that opens with a county of the city convening makes the report that county's", () => {
  const { region } = extractRegion(
    input("近日,永善县召开县委常委会第八次(扩大)会议,贯彻落实市第五次党代会精神。", { publisher: "昭通新闻网" }),
  );
  expect(region).toEqual({ province: "云南省", city: "昭通市", district: "永善县" });
});

test("third review: a place after a verb jieba glues it to is still a place; 萧县直属 is 萧县; a county convening later in a city's report is not the report's", () => {
  expect(extractRegion(input("6月5日，市委书记赴静海区调研防汛工作，并召开座谈会。")).region).toMatchObject({
    district: "静海区",
  });
  expect(extractRegion(input("6月5日，市长到陵城区调研。")).region).toMatchObject({ district: "陵城区" });
  expect(extractRegion(input("萧县直属机关工委召开2024年机关党建工作会议。")).region).toMatchObject({
    district: "萧县",
  });
  const later = "6月10日，全市防汛工作视频会议召开。会后，永善县召开县委常委会议。";
  expect(extractRegion(input(later, { publisher: "昭通日报" })).region).toEqual({ province: "云南省", city: "昭通市" });
});

test("an everyday word that is also a city's short form (来宾 guests) names no city", () => {
  const text =
    "第八届全国中山公园年会在上海中山公园开幕。长宁区区长致辞,向来宾们介绍,祝愿来宾在上海度过美好时光,领导和来宾以及市民们欣赏了音乐会。";
  expect(extractRegion(input(text)).region).toMatchObject({ province: "上海市", city: "上海市" });
  expect(extractRegion(input("来宾市召开常务会议。")).region).toEqual({ province: "广西壮族自治区", city: "来宾市" });
  // 惠民 (for the people's good) in 惠民工程 is no 惠民县.
  expect(extractRegion(input("3月5日,县政府召开常务会议,研究惠民工程建设。")).region).toEqual({});
});

test("a city paper's dateline before a byline (洛阳日报讯(记者…) places the report in its city", () => {
  expect(extractRegion(input("洛阳日报讯(记者 张三)近日,全市老旧小区改造推进会召开。")).region).toEqual({
    province: "河南省",
    city: "洛阳市",
  });
});

test("a county-level township others share (金城镇 of 金门县 and 仪陇县; 新城镇, a new town) is no sole county", () => {
  const text = "10月13日,我镇召开油菜种植流动现场会。要将我镇打造成宜居宜业宜游新城镇。";
  expect(extractRegion(input(text)).region).toEqual({});
});

test("a Taiwan township's name (金城镇, also a town of 仪陇县) is no sole county in a mainland text", () => {
  const text = "仪陇新闻网讯(记者 张超)11月27日,全县三轮车专项整治工作推进会召开。会议要求,金城镇、柳垭镇要加强巡查。";
  expect(extractRegion(input(text, { script: "traditional" })).region).toEqual({
    province: "四川省",
    city: "南充市",
    district: "仪陇县",
  });
});

test("what a form opens or is cut into decides: 太原因地制宜 and 德阳光伏 still name their cities, 大理石 and 尼玛 name none", () => {
  const cityText = "市长主持召开会议，全市要抓好。";
  expect(extractRegion(input(cityText, { title: "太原因地制宜推进老旧小区改造" })).region).toEqual({
    province: "山西省",
    city: "太原市",
  });
  expect(extractRegion(input(cityText, { title: "德阳光伏产业发展推进会召开" })).region).toMatchObject({
    city: "德阳市",
  });
  expect(extractRegion(input(cityText, { title: "弘扬温州人精神 推动高质量发展" })).region).toMatchObject({
    city: "温州市",
  });
  expect(
    extractRegion(input("县长主持召开会议，全县要抓好旅游秩序。", { title: "凤凰古城旅游秩序整治工作会议召开" }))
      .region,
  ).toMatchObject({ district: "凤凰县" });
  const title = "第八届全国中山公园年会在上海中山公园大理石亭广场隆重开幕";
  expect(extractRegion(input(`${title}。长宁区区长致辞。`, { title })).region).toMatchObject({ city: "上海市" });
  // A two-character transliteration is a given name as often (尼玛, 多伦); an idiom's 同德 is no county.
  expect(extractRegion(input("县长尼玛主持召开县政府常务会议，全县要抓好。")).region).toEqual({});
  expect(extractRegion(input("县委中心组学习会召开。大家表示要同心同德，全县要抓好。")).region).toEqual({});
});

test("a county's media or a town in full does not take over a city's report or a visit from above", () => {
  expect(
    extractRegion(input("7月1日，全市防汛工作会议召开。市长出席，各县县长参加。", { publisher: "邵阳县新闻网" }))
      .region,
  ).toEqual({ province: "湖南省", city: "邵阳市" });
  expect(extractRegion(input("三明市委书记林兴禄到永安市安砂镇调研乡村振兴工作。")).region).toEqual({
    province: "福建省",
    city: "三明市",
  });
  // The city's own paper still places its reports; a Taiwan township no mainland town shares stays its county's.
  expect(extractRegion(input("全市防汛工作会议召开。市长出席。", { publisher: "来宾日报" })).region).toMatchObject({
    city: "来宾市",
  });
  expect(extractRegion(input("恒春镇长主持召开防台整备会议。", { script: "traditional" })).region).toEqual({
    province: "台湾省",
    city: "屏东县",
  });
});

test("a new area the division list lacks (郑东新区) is a district by its full name; its short form (两江) is a word", () => {
  const text = "6月27日,龙子湖街道党工委书记张利刚带领各社区书记对社区改造提升工作进行观摩督导。";
  expect(extractRegion(input(text, { publisher: "郑东新区龙子湖街道办事处" })).region).toEqual({
    province: "河南省",
    city: "郑州市",
    district: "郑东新区",
  });
  expect(extractRegion(input("会议要求，要打造两江四岸城市名片。全区要抓好落实。")).region).toEqual({});
});

test("a town of a city without counties keeps its city unless another county has one of that very name", () => {
  // 白马井镇 (儋州) is no 马井镇; 峪泉镇 (嘉峪关) has no namesake with a county.
  expect(
    extractRegion(input("6月17日，白马井镇召开防汛防风工作会议。", { title: "白马井镇召开2024年防汛防风工作会议" }))
      .region,
  ).toMatchObject({ province: "海南省", city: "儋州市" });
  // 黄圃镇 is 中山市's and 乐昌市's: a name two such places share places nothing.
  expect(
    extractRegion(input("3月5日，黄圃镇召开安全生产工作会议。", { title: "黄圃镇召开安全生产工作会议" })).region,
  ).toEqual({});
});

test("a district's media named after it (大观新闻网) places a text that speaks as a district, whatever else the word means", () => {
  const text = "2月13日上午,区长金玉主持召开区政府第25次常务会议。会议强调,要细化分解政府工作报告明确的工作任务。";
  expect(extractRegion(input(text, { publisher: "大观新闻网" })).region).toEqual({
    province: "安徽省",
    city: "安庆市",
    district: "大观区",
  });
  // Without its media, 蔚为大观 names no place.
  expect(extractRegion(input("区长主持召开会议。会议指出，成效蔚为大观。")).region).toEqual({});
});

test("a county's 中国某某网 is its own site; a portal that shares a county's name (凤凰网, 华龙网) places nothing", () => {
  const text = "8月22日,县委副书记、县长主持召开县委县政府重点工作周交办会议。要求各乡镇抓好抗旱保秋工作。";
  expect(extractRegion(input(text, { publisher: "中国舞阳网" })).region).toEqual({
    province: "河南省",
    city: "漯河市",
    district: "舞阳县",
  });
  expect(extractRegion(input(text, { publisher: "凤凰网" })).region).toEqual({});
  const district = "区委常委会召开会议。会议要求全区各镇街抓好防汛工作。";
  expect(extractRegion(input(district, { publisher: "华龙网" })).region).toEqual({});
});

test("a street office convening its own meeting puts the report in its county of the city", () => {
  const text =
    "5月11日结古街道召开巩固卫生城市推进会议,传达了玉树州巩固卫生城市会议精神。会议要求,各村要做好环境整治。";
  expect(extractRegion(input(text)).region).toEqual({
    province: "青海省",
    city: "玉树藏族自治州",
    district: "玉树市",
  });
});

test("a short form jieba does not know (环翠) is a place, even where it guesses a word across it (打响环翠品牌)", () => {
  const text = "10月23日上午,区委常委会召开会议。会议要求,各级各部门要努力在全省乃至全国打响环翠品牌。";
  expect(extractRegion(input(text)).region).toEqual({ province: "山东省", city: "威海市", district: "环翠区" });
});

test("only a place's own media in the publisher line counts, and an unknown form that is a given name or a village does not", () => {
  const district = "3月5日，区长主持召开区政府常务会议。";
  expect(extractRegion(input(district, { publisher: "光明日报" })).region).toEqual({});
  expect(extractRegion(input("3月5日，县长主持召开县政府常务会议。", { publisher: "新安晚报" })).region).toEqual({});
  expect(extractRegion(input("3月5日，区长李金林主持召开区政府常务会议。")).region).toEqual({});
  expect(extractRegion(input("区长王强带队到马村检查安全生产。")).region).toEqual({});
  expect(extractRegion(input("区委召开会议，推进高坪村、张湾社区人居环境整治。")).region).toEqual({});
  // A zone spanning cities is no place of one (天府新区 has a 眉山 part); 大亚湾区域 is the bay's area.
  expect(extractRegion(input("四川天府新区眉山管委会召开党工委会议。")).region).toEqual({});
  expect(extractRegion(input("大鹏新区召开会议，研究大亚湾区域生态环境保护工作。")).region).not.toMatchObject({
    district: "大亚湾区",
  });
});

test("a town's meeting told in a prefecture's or a city's report does not make it the town's county's", () => {
  expect(
    extractRegion(input("3月5日，玉树州委书记主持召开州委常委会会议。会议指出，结古街道召开的现场会经验值得推广。"))
      .region,
  ).toEqual({ province: "青海省", city: "玉树藏族自治州" });
});

test("review: Hong Kong offices met in a province's report, a zone named after a place, and 县区 leave the region alone", () => {
  const visit =
    "3月12日，广东省副省长张三会见了香港特区政府政务司副司长卓永兴一行。双方就推进粤港跨境交通合作进行了深入交流，香港运输署、路政署相关负责人参加会见。";
  expect(extractRegion(input(visit)).region.province).not.toBe("香港特别行政区");
  const zone = "近日，区科创局组织召开东湖高新区重点企业座谈会，听取企业发展诉求。会议要求，各园区要做好服务企业工作。";
  expect(extractRegion(input(zone)).region).toEqual({});
  const counties =
    "近日，市文广旅局召开文旅市场安全工作会议。会后，县区文旅局组织开展拉网式检查，清流、宁化等地检查景区12家。";
  expect(extractRegion(input(counties)).region.district).toBeUndefined();
});

test("a province's style of number makes a text the province's only where it speaks as the province", () => {
  const province = "省政府决定,将重点任务予以分解。全省各地各部门要抓好落实。";
  expect(
    extractRegion(input(province, { docNumber: { text: "甘政发〔2022〕9号", issuer: "甘政发", year: "2022" } })).region,
  ).toEqual({ province: "甘肃省" });
  // 吉首市 numbers its papers 吉政发 too: a city's own notice stays the city's.
  const city = "吉首市人民政府关于做好防汛工作的通知\n市人民政府决定,全市各街道要加强巡查。";
  expect(
    extractRegion(input(city, { docNumber: { text: "吉政发〔2023〕5号", issuer: "吉政发", year: "2023" } })).region,
  ).toMatchObject({
    city: "湘西土家族苗族自治州",
  });
});

test("a national paper's dateline gives way to the province the story names", () => {
  const text = "本报北京讯(记者 王明)记者从生态环境部获悉,湖北省近日启动长江大保护专项执法行动。";
  expect(extractRegion(input(text)).region).toEqual({ province: "湖北省" });
});

test("a district's meeting (副区长…区财政局) whose towns all lie in one district of its city is that district's", () => {
  const text =
    "5月8日,副区长陈立新主持召开环境整治工作会议,区财政局、区水务局、石壁街等单位相关负责人参加。\n(石壁街道办事处)";
  expect(extractRegion(input(text)).region).toEqual({ province: "广东省", city: "广州市", district: "番禺区" });
  // (A town the district's people visit is another's.)
  const trip = "5月8日,区委书记带队赴石壁街道学习考察,区财政局、区水务局负责人参加。广州市有关部门陪同。";
  expect(extractRegion(input(trip)).region).not.toHaveProperty("district");
});

test("a city's notice to 各区、县委和人民政府 is the city's, whichever county its lists name most", () => {
  const text = [
    "各区、县委和人民政府,市级各单位、部门:",
    "市城乡环境治理办对全市各乡镇2018年第二季度城乡环境综合治理情况进行了复核考评。眉山市委、市政府决定对以下乡镇予以表扬。",
    "东坡区白马镇",
    "仁寿县洪峰乡",
    "仁寿县大化镇",
    "仁寿县珠嘉镇",
  ].join("\n");
  expect(extractRegion(input(text)).region).toEqual({ province: "四川省", city: "眉山市" });
});

test("an address in the lead (湖南怀化溆浦县北斗溪镇) places a story in its county, though the city's offices come into it", () => {
  const text =
    "这个想不通的人，是湖南怀化溆浦县北斗溪镇茅坡村老支书宋先才。\n村里请来市委组织部联系茅坡村的干部上党课。";
  expect(extractRegion(input(text)).region).toEqual({ province: "湖南省", city: "怀化市", district: "溆浦县" });
  // A city speaking as itself lists its counties' towns by address.
  expect(
    extractRegion(input("我市火点主要分布在怀化溆浦县北斗溪镇2个、辰溪县火马冲镇1个。")).region.district,
  ).toBeUndefined();
  // A visit from the city to a county's town is the city's report.
  const visit = "三明市委书记到永安市安砂镇调研。市委要求各地加强防汛。";
  expect(extractRegion(input(visit)).region.district).toBeUndefined();
});

test("Hong Kong's policy bureaux and departments (各决策局, 食物环境卫生署) place its own news there", () => {
  const text =
    "政府跨部门防治虫鼠督导委员会今日召开特别会议。环境及生态局局长谢展寰出席会议。他表示,各决策局和部门必须立刻采取防蚊灭蚊行动。食物环境卫生署会与有关部门紧密联系。";
  expect(extractRegion(input(text)).region).toEqual({ province: "香港特别行政区", city: "香港特别行政区" });
});

test("a co-operative's leaders (区供销联社党委书记) set the level a short district name is read at; a given name after a title is no place", () => {
  const text =
    "总社研究室副处长陈安宁等调研指导我社工作。区供销联社党委书记、主任倪晓锦陪同调研。供销社要努力重塑萧山萝卜干品牌。";
  expect(extractRegion(input(text)).region).toEqual({ province: "浙江省", city: "杭州市", district: "萧山区" });
});

test("a meeting at a city bureau's district branch (到兴庆分局主持召开) is that district's", () => {
  const text = "8月23日,银川市生态环境局副局长向伯安到兴庆分局主持召开生态环境保护工作推进会,部署了污染防治重点工作。";
  expect(extractRegion(input(text)).region).toEqual({ province: "宁夏回族自治区", city: "银川市", district: "兴庆区" });
  // A branch no district of the city is named after places nothing below the city.
  const other = "8月23日,银川市生态环境局副局长向伯安到执法分局主持召开推进会。";
  expect(extractRegion(input(other)).region).toEqual({ province: "宁夏回族自治区", city: "银川市" });
});

test("a county name guessed from a district's is no place where a county is written that short or the name is a word", () => {
  // 宽城 is 宽城满族自治县 (承德) before it is 长春's 宽城区.
  expect(extractRegion(input("宽城县召开项目建设推进会，县长出席。")).region.city).toBe("承德市");
  expect(extractRegion(input("研究全面振兴县域经济工作，县委书记主持。")).region).toEqual({});
  expect(extractRegion(input("以争创全省平安县为目标，全县上下要努力。")).region).toEqual({});
});

test("a city whose meeting a text relays or whose sphere it joins is not the text's city", () => {
  const relayed =
    "我市召开安全生产工作会议，传达学习金华安全生产电视电话会议精神。市长王健要求，市应急管理局要加强检查。";
  expect(extractRegion(input(relayed)).region.city).toBeUndefined();
  expect(extractRegion(input("市长主持会议，要求抢抓西安都市圈建设机遇。")).region.city).toBeUndefined();
});

test("a district short name two cities share is the one in the city the text also names (普陀 with 上海)", () => {
  const text =
    "3月6日,区委副书记、区长肖文高主持召开区政府常务会议。会议指出,要牢固树立全区“一盘棋”思想,为上海“五个中心”建设贡献更多普陀力量。";
  expect(extractRegion(input(text)).region).toEqual({ province: "上海市", city: "上海市", district: "普陀区" });
  // Without the city named, 上海's 普陀区 and 舟山's stay apart; a city visited or learnt from names none.
  expect(extractRegion(input(text.replace("为上海", "为全市"))).region).toEqual({});
  expect(extractRegion(input("区委书记带队赴上海学习考察，普陀将借鉴先进经验，全区要加快发展。")).region).toEqual({});
  // A province named picks no county out of a given name (尼玛 is 西藏's 尼玛县 and a Tibetan name).
  expect(
    extractRegion(input("传达西藏自治区党委精神，群众代表扎西、尼玛参加会议，全县要抓好落实。")).region.district,
  ).toBeUndefined();
});

test("a county government's site names a district that was that county (潼南政府网, 全县)", () => {
  const text = "4月7日,全县重点工程推进会召开。县委书记辛国荣要求,各部门要高度重视。";
  expect(extractRegion(input(text, { publisher: "潼南政府网" })).region).toEqual({
    province: "重庆市",
    city: "重庆市",
    district: "潼南县",
  });
});

test("a traditional text's word that is also a mainland place places nothing (同仁 are colleagues, 西宁 a building)", () => {
  const text =
    "主席:局长。有关本局礼品纪念品请每月清点。11/26更新处办理讲座请本局与建管处同仁踊跃报名参与。市府西宁大楼立面景观美化工程应于花博前完成。副市长巡视。";
  expect(extractRegion(input(text, { script: "traditional" })).region).toEqual({});
});

test("a Hong Kong district's city is the territory, not the area (九龙) it lies in", () => {
  const text = "食物及卫生局局长陈肇始下午到访深水埗区,视察防治鼠患工作。本港最近录得3宗个案。";
  expect(extractRegion(input(text, { script: "traditional" })).region).toEqual({
    province: "香港特别行政区",
    city: "香港特别行政区",
    district: "深水埗区",
  });
});

test("the territory whose Chief Executive acts is the text's, though it names the other's district once", () => {
  const text =
    "行政长官岑浩辉今(27)日上午召开冬防会议。习近平主席高度关注香港大埔区昨天发生的严重火灾,澳门特区也须做好防火。澳门人口密集,全澳要保持警觉。";
  const { region, notes } = extractRegion(input(text));
  expect(region).toEqual({ province: "澳门特别行政区", city: "澳门特别行政区" });
  expect(notes.join()).not.toContain("大埔区");
  // Hong Kong's own news writes 本港, not 香港: 澳门's condolences do not make it 澳门's.
  const hongKong =
    "行政长官李家超今日主持召开跨部门会议。大埔区宏福苑火灾,各部门须全力跟进。澳门特区政府致电慰问,澳门红十字会捐款,澳门中联办表示关心。";
  expect(extractRegion(input(hongKong)).region.province).toBe("香港特别行政区");
});

test("a county named in full whose own leader chairs the meeting is the report's (武夷山市委书记…主持)", () => {
  const chaired = "2019年4月15日,武夷山市委书记林旭阳主持召开专题推进会。会议强调,要纳入武夷山市建设工作领导小组。";
  expect(extractRegion(input(chaired)).region).toEqual({ province: "福建省", city: "南平市", district: "武夷山市" });
  // The city's secretary chairing, the county's reporting: the city's.
  const reported = "5月3日,南平市委书记袁超主持召开会议,武夷山市委书记林旭阳汇报工作。全市要加快。";
  expect(extractRegion(input(reported)).region).toEqual({ province: "福建省", city: "南平市" });
  const attended = "5月10日,武夷山市委书记林旭阳参加南平市委书记袁超主持召开的全市茶产业推进会。全市要加快。";
  expect(extractRegion(input(attended)).region).toEqual({ province: "福建省", city: "南平市" });
});

test("towns each in several counties place the report in the one county they all lie in", () => {
  const { region, notes } = extractRegion(
    input(
      "市创城办深入社区督查创城整改落实情况。督查组走进南山街道孤岛社区，要求冠山街道加快整改，全市各街道要举一反三。",
    ),
  );
  expect(region).toEqual({ province: "辽宁省", city: "朝阳市", district: "北票市" });
  expect(notes.join()).toContain("请核对");
});

test("a city's town that convenes the meeting places it in the town's district", () => {
  const { region, notes } = extractRegion(
    input("11月8日，苏州市北桥街道召开全国文明典范城市建设工作情况分析会。会议要求，各社区要对标找差。", {
      title: "苏州市北桥街道召开全国文明典范城市建设工作情况分析会",
    }),
  );
  expect(region).toEqual({ province: "江苏省", city: "苏州市", district: "相城区" });
  expect(notes.join()).toContain("北桥街道");
});

test("a town that writes of itself (我镇) places its report in its county, when it names no other town", () => {
  const text =
    "县创城指挥部办公室:银川市创城办对园区进行督查暗访,望远镇管辖范围内存在两项内容需要整改,结合我镇实际情况,望远镇党委、政府召开会议。";
  const { region, notes } = extractRegion(input(text, { title: "创建文明城市整改报告" }));
  expect(region).toEqual({ province: "宁夏回族自治区", city: "银川市", district: "永宁县" });
  expect(notes.join()).toContain("望远镇");
  // Two towns of its level: which one writes is not said.
  const two = extractRegion(input(`${text}我镇与李俊镇共同整改。`, { title: "创建文明城市整改报告" }));
  expect(two.region.district).toBeUndefined();
});

test("towns that disagree place no county: one town of a county beside one it does not hold", () => {
  // 蒋村镇 is 定襄县's; 天桥镇 is no town of 定襄县 (丰宁, 凤冈): half the towns is no county.
  const { region } = extractRegion(
    input("我县召开三秋工作动员会。蒋村镇、天桥镇负责同志进行了表态发言。县委书记要求各镇要认真做好换届准备。"),
  );
  expect(region.district).toBeUndefined();
});

test("a county upgraded since keeps the name the text gives it (黔西县, today 黔西市)", () => {
  const { region, notes } = extractRegion(
    input("1月24日,市委常委、县委书记卢林主持召开黔西县脱贫攻坚领导小组会议。全县各级各部门要全力抓好脱贫攻坚工作。", {
      title: "黔西县召开脱贫攻坚领导小组会议",
    }),
  );
  expect(region).toEqual({ province: "贵州省", city: "毕节市", district: "黔西县" });
  expect(notes.join()).toContain("「黔西县」");
  // Written as today's name, today's name stands.
  expect(
    extractRegion(input("黔西市召开会议。黔西市各部门要抓好落实。", { title: "黔西市召开会议" })).region.district,
  ).toBe("黔西市");
});

test("a county-level city's own outlet over 市长…, its prefecture never named, places the text in that city", () => {
  const text = "929日下午,代市长吴威主持召开市长办公会2021年第一次会议。会议听取了安全生产等重点工作推进情况汇报。";
  expect(extractRegion(input(text, { publisher: "榆树市信息中心" })).region).toEqual({
    province: "吉林省",
    city: "长春市",
    district: "榆树市",
  });
  // Where the prefecture is named, 市长 may be its mayor: no district.
  const prefecture = `${text}长春市相关部门负责人参加会议。`;
  expect(extractRegion(input(prefecture, { publisher: "榆树市信息中心" })).region.district).toBeUndefined();
  // Nor a province's text the county-level city reposts (全省…, 省政府召开…), nor 城市长效 read as 市长.
  for (const provincial of [
    "省政府召开全省安全生产电视电话会议。会议要求，各市政府要切实履行属地责任。",
    "全省城市长效管理工作推进会召开。",
  ])
    expect(extractRegion(input(provincial, { publisher: "榆树市信息中心" })).region.district).toBeUndefined();
});

test("a ministry of the State Council (交通运输部部长…部务会) speaks for no region, whatever page it is reposted on", () => {
  const lead = "7月14日,交通运输部部长杨传堂主持召开部务会,研究交通运输部促进经济建设和国防建设融合发展的工作方案。";
  const { region, notes } = extractRegion(
    input(`${lead}\n会议强调,各部门、各单位要用好新媒体。`, { pageCity: "济南市" }),
  );
  expect(region).toEqual({});
  expect(notes).toEqual(["交通运输部是国务院部门，不按地区归属"]);
  // A party committee's department is its city's; a ministry's meeting held in a city is placed there.
  expect(extractRegion(input("6月1日,济南市委组织部部长主持召开部务会。")).region).toEqual({
    province: "山东省",
    city: "济南市",
  });
  expect(extractRegion(input("6月1日,交通运输部部长在济南市召开座谈会。")).region.city).toBe("济南市");
});

test("a ministry's visit or meeting a local report tells of keeps the report's place; Taiwan's 教育部 is no State Council ministry", () => {
  expect(
    extractRegion(input("5月8日,商务部副部长王受文来我市调研外贸工作。", { pageCity: "洛阳市" })).region.city,
  ).toBe("洛阳市");
  expect(extractRegion(input("交通运输部部长李小鹏到山东省调研。")).notes.join()).not.toContain("国务院部门");
  expect(
    extractRegion(input("教育部部长潘文忠今(5)日主持召开部务会议。", { script: "traditional" })).notes.join(),
  ).not.toContain("国务院部门");
});

test("a document's title that opens with a word a county is also named for (《富民增收行动计划》, 《公安派出所…方案》) places no report there", () => {
  for (const document of ["《富民增收行动计划》", "《公安派出所规范化建设方案》", "《平安建设三年行动方案》"]) {
    const text = `2月16日,县委副书记、县长李强主持召开县政府常务会议。\n会议审议并原则通过了${document}。`;
    expect(extractRegion(input(text)).region).toEqual({});
  }
});

test("a district whose name several cities share (新华区) is kept without a city, and the note says so", () => {
  const { region, notes } = extractRegion(
    input("4月12日，区委副书记、区长刘伟主持召开区长办公会。", { title: "新华区召开区长办公会" }),
  );
  expect(region).toEqual({ district: "新华区" });
  expect(notes).toEqual(["只写明「新华区」，所属城市不能确定"]);
});

test("Hong Kong's policy bureaux (各政策局, 运输及物流局) place its Chief Executive's meeting there, 香港 unwritten", () => {
  const text =
    "行政长官李家超今日（十二月二十日）主持北部都会区发展委员会首次会议。李家超表示，要求各政策局加快推展相关工作。\n他又表示，运输及物流局须加快铁路项目的规划。";
  expect(extractRegion(input(text)).region).toEqual({ province: "香港特别行政区", city: "香港特别行政区" });
});

test("Hong Kong's 财政司 and 政务司 place a text there, 香港 unwritten; Macau's 经济财政司 does not", () => {
  const text = "特首今日主持委员会首次会议。下设两个工作组，分别由财政司司长和政务司司长主持。";
  expect(extractRegion(input(text)).region).toEqual({ province: "香港特别行政区", city: "香港特别行政区" });
  expect(extractRegion(input("会议由经济财政司司长主持。行政法务司司长出席。")).region).toEqual({});
});

test("a town's county made a district since is the county a text written as 县 speaks for", () => {
  const text = "7月8日，副县长主持召开拦隆口镇建设推进会。由县林业局负责，于7月17日前完成征迁工作。";
  expect(extractRegion(input(text)).region).toEqual({ province: "青海省", city: "西宁市", district: "湟中县" });
  // Written as a district's, it is today's district.
  const today = "7月8日，副区长主持召开拦隆口镇建设推进会。由区林业局负责，于7月17日前完成征迁工作。";
  expect(extractRegion(input(today)).region).toEqual({ province: "青海省", city: "西宁市", district: "湟中区" });
});

test("a mayor's meeting that a district's government attends is the city's, not the district's", () => {
  const text =
    "9月1日下午,市长别必雄到隆中实地察看项目建设情况,并召开现场办公会。襄城区政府、市林业局等单位负责人参加了会议。";
  const { region, notes } = extractRegion(input(text));
  expect(region).toEqual({ province: "湖北省", city: "襄阳市" });
  expect(notes.join()).toContain("襄城区");
  // The district's own report, named as itself, stays the district's.
  const own = "9月1日,襄城区召开项目推进会,区长主持会议。襄城区政府将加快建设进度。";
  expect(extractRegion(input(own)).region).toMatchObject({ district: "襄城区" });
});

test("in a simplified text a short form that only a Taiwanese district bears (香山 in 香山大学城) places nothing", () => {
  const text = "3月4日晚,区委副书记、区长主持召开区长办公会。会议对香山大学城等重点工作逐项研究部署。";
  expect(extractRegion(input(text)).region).toEqual({});
});

test("a city's circular to 各县（市、区）人民政府 speaks as the city: no district is its own", () => {
  const text =
    "各县（市、区）人民政府，市直有关单位：\n计划新建公共停车泊位5000个，目前仅完成2100个。\n赣州市人民政府督查室\n2023年10月12日";
  expect(extractRegion(input(text)).region).toEqual({ province: "江西省", city: "赣州市" });
});

test("review: a district's own notice (襄城区人民政府关于…的通知) stays the district's; only an attending district's government places the city", () => {
  const own = "襄城区人民政府关于做好防汛工作的通知。根据市政府统一部署，各镇要加强巡查。";
  expect(extractRegion(input(own)).region).toMatchObject({ district: "襄城区" });
});

test("one county named in full at the start, its city never written nor speaking, places the text in that county", () => {
  const village = "近年来,德江县平原镇台头村坚持党建引领、产业兴村,相继荣获全市先进基层党组织等荣誉称号。";
  expect(extractRegion(input(village)).region).toEqual({ province: "贵州省", city: "铜仁市", district: "德江县" });
  // (A prefecture's leader inspecting one of its county-level cities speaks for the prefecture.)
  expect(
    extractRegion(input("4月26日,州政府副州长陈文发率有关部门负责人到兴义市开展防汛工作检查。")).region.district,
  ).toBeUndefined();
});

test("a county's weather or media account the text points readers to names it, as its publisher line would; a sector's does not", () => {
  const forecast = "预计,未来一周我县天气总体平稳。广大群众可通过“紫金天气”微信公众号获取最新预报。";
  expect(extractRegion(input(forecast)).region).toEqual({ province: "广东省", city: "河源市", district: "紫金县" });
  expect(extractRegion(input("我县天气平稳。请关注“公安发布”微博获取路况。")).region).toEqual({});
});

test("a county its province governs itself (临高县) is the province's county, not a city; Taiwan's counties stay its cities", () => {
  const hainan = "9月3日下午,临高县县长主持召开县政府常务会议,研究部署下一阶段重点工作。";
  expect(extractRegion(input(hainan)).region).toEqual({ province: "海南省", district: "临高县" });
  const penghu = "澎湖县政府今天召开防台会议，县长要求各单位做好准备。";
  expect(extractRegion(input(penghu, { script: "traditional" })).region).toEqual({
    province: "台湾省",
    city: "澎湖县",
  });
});

test("a place a national leader's instruction is about is not where the meeting that studies it is", () => {
  const text =
    "5月15日,区长主持召开区政府常务会议。会议传达学习了习近平总书记对广东梅州市梅大高速茶阳路段塌方灾害作出的重要指示精神。会议研究了华龙区推动大规模设备更新工作。华龙区各级各部门要更快行动。";
  expect(extractRegion(input(text)).region).toEqual({ province: "河南省", city: "濮阳市", district: "华龙区" }); // (An instruction on the city's own work is about the city.)
  const own = "市委常委会召开会议。会议传达学习了习近平总书记对洛阳市工作作出的重要批示精神,研究我市贯彻落实意见。";
  expect(extractRegion(input(own)).region).toEqual({ province: "河南省", city: "洛阳市" });
});

test("a town's own report places it by its town; a town name read across two words (实施集镇) does not count", () => {
  const text = "胡坊镇巧用加减除答好人居环境整治卷\n投入800余万元实施集镇立面改造,清理垃圾510余吨。";
  expect(extractRegion(input(text, { title: "胡坊镇巧用加减除答好人居环境整治卷" })).region).toEqual({
    province: "福建省",
    city: "三明市",
    district: "明溪县",
  });
});

test("a town right after a verb is still the town (到北七家镇 is no 七家镇)", () => {
  expect(extractRegion(input("3月5日,区委书记到北七家镇、阳坊镇调研。区委书记要求,要抓好安全生产。")).region).toEqual({
    province: "北京市",
    city: "北京市",
    district: "昌平区",
  });
});

test("a city is never its own district: 桃园市 named with its short form 桃园 stays one place", () => {
  const text =
    "桃园市长郑文灿昨召开首次市务会议。有鉴于水情吃紧，供水对桃园来说是大问题，市府会及早着手抗旱，也责成农业局协助农户请领补助。";
  expect(extractRegion(input(text, { title: "桃园市长郑文灿昨召开首次市务会议" })).region).toEqual({
    province: "台湾省",
    city: "桃园市",
  });
});

test("a district's street office answering the city's call (响应全市号召) is in its district", () => {
  expect(extractRegion(input("深圳市龙华区民治街道积极响应全市号召,推进垃圾分类工作。")).region).toEqual({
    province: "广东省",
    city: "深圳市",
    district: "龙华区",
  });
});

test("Hong Kong's own news names its departments without 香港 (屋宇署, 市区重建局)", () => {
  expect(
    extractRegion(input("屋宇署会陆续向业主发出警告信。发展局会与市区重建局、屋宇署加强协作,聚焦失修楼宇。")).region,
  ).toMatchObject({ province: "香港特别行政区" });
});

test("Hong Kong's offices a mainland body visited do not place its text in Hong Kong", () => {
  expect(
    extractRegion(input("县住建局组织人员赴港考察,先后参观了屋宇署、市区重建局和规划署,学习旧楼维修经验。")).region,
  ).not.toMatchObject({ province: "香港特别行政区" });
});

test("Hong Kong's own release on visitors (訪港旅客, 來港考察的代表團) stays Hong Kong's", () => {
  expect(
    extractRegion(
      input(
        simplifyChars(
          "發展局局長今日接待來港考察的內地代表團,介紹屋宇署及市區重建局的舊樓維修工作。運輸署會加強訪港旅客交通安排。",
        ),
      ),
    ).region,
  ).toMatchObject({ province: "香港特别行政区" });
});

test("#75's rules: 老城区 after a town's own word is its old quarter, elsewhere the district", () => {
  expect(extractRegion(input("会议指出，县城老城区道路狭窄，背街小巷改造任务重。")).region).toEqual({});
  expect(extractRegion(input("洛阳市老城区召开背街小巷改造推进会。")).region).toMatchObject({ district: "老城区" });
  expect(extractRegion(input("老城区政府召开背街小巷改造推进会。")).region).toMatchObject({ district: "老城区" });
});

test("review of #75: 老城区 with its bureaus, offices or meetings is the district", () => {
  expect(extractRegion(input("老城区卫健委组织专家开展义诊活动。")).region).toMatchObject({ district: "老城区" });
  expect(extractRegion(input("老城区区长主持召开专题会议。")).region).toMatchObject({ district: "老城区" });
  expect(extractRegion(input("主城老城区道路狭窄，停车难问题突出。")).region).toEqual({});
});

test("second review of #75: 老城区 heading its own news is the district, whatever follows it", () => {
  expect(
    extractRegion(input("老城区：多措并举推进背街小巷改造\n今年以来，老城区坚持把背街小巷改造作为民生实事。")).region,
  ).toMatchObject({
    district: "老城区",
  });
});

test("#87's rules: a county's epidemic notice does not sit where the virus is or where people travel", () => {
  const notice =
    "为做好我县疫情防控工作,现通告如下:近期吉林省长春市疫情形势严峻,请广大群众非必要不前往。从长春市返回的人员要主动报备。";
  expect(extractRegion(input(notice)).region).toEqual({});
  // (A city's own notice, or its 疫情防控指挥部, is the city's.)
  expect(
    extractRegion(input("长春市疫情防控指挥部通告:我县各乡镇要做好排查。长春市疫情防控指挥部要求各地加强值守。"))
      .region,
  ).toMatchObject({
    city: "长春市",
  });
  expect(extractRegion(input("长春市召开疫情防控工作会议,部署全市疫情防控工作。")).region).toMatchObject({
    city: "长春市",
  });
});

test("a county's epidemic notice: the city written on after the province people come back from (从湖南省长沙市返回) is travelled from too", () => {
  const notice = "为做好我县疫情防控工作，凡从湖南省长沙市返回我县的人员，须主动报备。全县各乡镇要落实防控措施。";
  expect(extractRegion(input(notice)).region).toEqual({});
  expect(extractRegion(input(`${notice}平江县疫情防控指挥部办公室。`)).region).toEqual({
    province: "湖南省",
    city: "岳阳市",
    district: "平江县",
  });
});

test("review of #87: a county's own city's epidemic work, and a text that also speaks as a city, keep their place", () => {
  expect(
    extractRegion(input("德州市疫情防控工作会议召开后，我县立即行动，全县各乡镇要加强排查。")).region,
  ).toMatchObject({
    city: "德州市",
  });
  expect(extractRegion(input("全县上下要服从济宁市疫情防控指挥部统一调度。")).region).toMatchObject({ city: "济宁市" });
  expect(extractRegion(input("近期，南京市、张家界市等地发生疫情，全县各乡镇要加强排查。")).region).toEqual({});
});

test("second review of #87: any epidemic told of another place, and every place listed after one travelled to, is elsewhere", () => {
  expect(extractRegion(input("受广州市疫情影响，我县疫情防控压力加大，全县各乡镇要加强排查。")).region).toEqual({});
  expect(
    extractRegion(input("全县广大群众非必要不前往北京市、上海市。我县疫情防控工作要坚持外防输入。")).region,
  ).toEqual({});
  // (全市 and 本市 are routine in a county's text; 我市 speaks as the city.)
  expect(
    extractRegion(input("会议传达了全市疫情防控工作会议精神。当前，吉林省疫情形势严峻，全县各乡镇要加强排查。")).region,
  ).toEqual({});
});
