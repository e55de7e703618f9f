import { expect, test } from "vitest";
import { extractTargets } from "../../../src/lib/extract/targets";
import { reportTags, tagsFor } from "../../../src/lib/extract/tags";
import { customDictionary } from "../../../src/lib/extract/segmenter";

test.each([
  ["确保年底前188个小区、3.7万户全部完成改造", ["188个小区", "3.7万户"]],
  ["新增30个停车场、5191个泊位", ["30个停车场", "5191个泊位"]],
  ["争取专项债和央补资金23亿元", ["23亿元"]],
  // A number with its thousands separated is one number, not the last group of it.
  ["并成立1,000万元的灭蚊支援拨款", ["1,000万元"]],
  // (A full-width comma after digits ends a clause: no number runs across it.)
  ["新建停车场2处，100个泊位已投用", ["停车场2处", "100个泊位"]],
  ["既有建筑完成加装电梯100部。", ["加装电梯100部"]],
  ["9月17日16时召开", []],
])("targets in %s", (sentence, targets) => {
  expect(extractTargets(sentence)).toEqual(targets);
});

test("tags come from taxonomy keywords", () => {
  expect(tagsFor("持续抓好老旧小区改造,同步完成物业进驻,推动加装电梯")).toEqual([
    "老旧小区改造",
    "加装电梯",
    "物业管理",
  ]);
});

test("a school or hospital named as a place, villages as a body, a team's build-up: no topic of their own", () => {
  expect(tagsFor("在市场、学校、医院等人员密集场所周边增设停车位")).toEqual(["停车管理"]);
  expect(tagsFor("各街道和村居要严格落实会议精神")).not.toContain("基层治理");
  expect(tagsFor("要加强应急管理队伍建设,备足应急救援物资")).toEqual(["应急管理"]);
  expect(tagsFor("大力支持县城建设,提升县城品质")).not.toContain("乡村振兴");
});

test("a town's or village's clean-up (城乡环境综合整治, 创卫, 卫生黑点) is 市容环境; a river's water environment is not", () => {
  expect(tagsFor("全力做好城乡环境综合整治工作")).toContain("市容环境");
  expect(tagsFor("各社区要营造良好的创卫氛围")).toContain("市容环境");
  expect(tagsFor("相关部门要仔细审视738个卫生黑点情况")).toContain("市容环境");
  expect(tagsFor("继续推动水库水环境综合整治")).not.toContain("市容环境");
  expect(tagsFor("推进河道环境综合整治和生态环境综合整治")).not.toContain("市容环境");
});

test("tourism drives (观光), firms back at work (复工复产) and industry's growth are 城市经济", () => {
  expect(tagsFor("林市长核定观光月十项重点活动项目")).toContain("城市经济");
  expect(tagsFor("确保企业有序复工复产")).toContain("城市经济");
  expect(tagsFor("二是加快推进工业高质量发展。")).toContain("城市经济");
});

test("a farm trade (水果产业, 蔬菜产业) is the countryside's, not the city economy's; a city's trade or industry is", () => {
  expect(tagsFor("要做大做强水果产业,推动果品加工提质增效")).toEqual(["乡村振兴"]);
  expect(tagsFor("要加快发展茶叶产业")).toEqual(["乡村振兴"]);
  expect(tagsFor("要抓好招商引资,壮大主导产业")).toContain("城市经济");
  expect(tagsFor("支持新式奶茶产业品牌化发展")).toEqual(["城市经济"]);
  expect(tagsFor("区商务局要推动广式早茶产业集聚发展")).toEqual(["城市经济"]);
  expect(tagsFor("推动老工业基地传统产业振兴")).not.toContain("乡村振兴");
  expect(tagsFor("统筹抓好工业、服务业、种植业等各行业生产")).not.toContain("乡村振兴");
});

test("a project carried out, landed or finished on time (项目实施, 项目落地, 按期完工) is 重大项目", () => {
  expect(tagsFor("要继续加快项目实施,确保项目年度计划按期完成")).toContain("重大项目");
  expect(tagsFor("各地各部门要加快项目落地速度")).toContain("重大项目");
  expect(tagsFor("要确保项目按期保质完工")).toContain("重大项目");
  // (A body named after the work, 工程质量监督站, is who acts, not a project.)
  expect(tagsFor("由县建设工程质量监督站负责抽检")).not.toContain("重大项目");
});

test("mosquito control (灭蚊, 防蚊) is 公共卫生; a village group of the north-east (村屯) is 乡村振兴", () => {
  expect(tagsFor("在录得高诱蚊产卵指数的地区,优先进行灭蚊工作")).toContain("公共卫生");
  expect(tagsFor("整治村屯院落农机乱停、柴草乱堆等问题")).toContain("乡村振兴");
});

test("a village's service centre, a sports ground, a theatre and schooling are 公共服务设施; 民生实事 alone is not", () => {
  expect(tagsFor("要把村综合服务中心建设摆上重要议事日程")).toContain("公共服务设施");
  expect(tagsFor("排查辖区运动场地及路灯")).toContain("公共服务设施");
  expect(tagsFor("要高度重视教育工作,认真分析中高考情况")).toContain("公共服务设施");
  expect(tagsFor("着力提高推进民生实事的执行力")).not.toContain("公共服务设施");
});

test("debts and finances, a river's flood channel, petitions and 双创 take their topics", () => {
  expect(tagsFor("要迅速全面梳理政府性债务情况")).toContain("资金保障");
  expect(tagsFor("开展妨碍河道行洪突出问题排查整治")).toContain("防汛排涝");
  expect(tagsFor("针对周边村民上访的问题,由镇政府负责化解")).toContain("社会治安");
  expect(tagsFor("整改落实情况及时报县双创办")).not.toContain("文明创建");
  expect(tagsFor("扎实推进双创工作")).toContain("文明创建");
});

test("a short keyword inside a longer word does not tag", () => {
  expect(tagsFor("责成县政府向市政府作出书面检查")).toEqual([]);
  expect(tagsFor("用好人防技防手段")).toEqual([]);
});

test("a keyword that opens the acting body's name does not tag the task", () => {
  expect(tagsFor("社区宣导则是透过环保局垃圾车逐户沿途放送")).toEqual(["宣传引导"]);
  expect(tagsFor("请农业农村局牵头做好春节期间值班")).toEqual([]);
  expect(tagsFor("环保部门要严查工地扬尘")).toEqual(["污染防治"]);
  // A section (科, 处) or an office (办) is a body too; 处理 and 办理 are verbs.
  expect(tagsFor("由房地产开发科负责统计员工核酸检测情况")).not.toContain("城市经济");
  expect(tagsFor("由招商办牵头对接客商")).not.toContain("城市经济");
  expect(tagsFor("做好生活垃圾处理")).toContain("垃圾治理");
  expect(tagsFor("及时办理招商项目审批")).toContain("城市经济");
  // (A commission is a body too: 发展改革委 carries the task, it is no reform.)
  expect(tagsFor("(牵头单位:市发展改革委,配合单位:市人力资源和社会保障局)")).not.toContain("深化改革");
  expect(tagsFor("深入推进机构改革")).toContain("深化改革");
  // (党委, 纪委, 常委 after a keyword are no body the keyword opens.)
  expect(tagsFor("严格落实党风廉政建设党委主体责任")).toContain("党的建设");
  expect(tagsFor("压实防汛救灾党委政府主体责任")).toContain("防汛排涝");
});

test("mending the problems found (问题整改, 整改到位), a unit's own check (自查) and reporting to the inspector are oversight", () => {
  expect(tagsFor("确保各项问题整改到位")).toContain("督查考核");
  // (Mending as such, 完成整改任务 of a works programme, is the works' own topic.)
  expect(tagsFor("加快剩余91项工程推进,尽快完成整改任务")).not.toContain("督查考核");
  expect(tagsFor("各市于6月20日前向省政府报送自查报告")).toContain("督查考核");
  expect(tagsFor("积极推进清洁取暖改造")).toContain("污染防治");
  expect(tagsFor("要把思想和行动统一到党中央决策部署上来")).toContain("党的建设");
});

test("growth targets are about the economy, fire and flood duty about emergencies, 督促检查 about oversight", () => {
  expect(tagsFor("进出口总额增长8%左右")).toEqual(["城市经济"]);
  expect(tagsFor("加强防火宣传,提高群众防火意识")).toContain("应急管理");
  expect(tagsFor("由物业管理科负责督促检查物业服务企业")).toContain("督查考核");
});

test("a keyword inside a phrase its tag lists as not its own says nothing of it: 森林防火 is fire work, not greening", () => {
  expect(tagsFor("要扎实抓好森林草原防灭火工作，严控火源进山入林。")).not.toContain("生态园林");
  expect(tagsFor("要扎实抓好森林草原防灭火工作，严控火源进山入林。")).toContain("应急管理");
  expect(tagsFor("要加快国土绿化，提升森林覆盖率。")).toContain("生态园林");
});

test("a circular is about 督查考核 whatever its topic; a meeting report only when it says so", () => {
  const measures = [{ text: "请各乡镇加快整改。", tags: ["市容环境"], units: [] }];
  expect(reportTags("周末环境卫生检查情况", [], measures, "通报")).toEqual(["市容环境", "督查考核"]);
  expect(reportTags("周末环境卫生工作推进会", [], measures, "会议报道")).toEqual(["市容环境"]);
});

test("大棚房 (greenhouses turned into houses on farmland) is rural land work", () => {
  expect(tagsFor("县农牧和国土部门要统筹推进“大棚房”问题清理整治")).toContain("乡村振兴");
});

test("处, 办 and 科 end a body's name only where its action follows; as verbs and counters they tag as before", () => {
  expect(tagsFor("对占道经营行为处以200元罚款")).toEqual(["市容环境"]);
  expect(tagsFor("当前疫情仍处于高发期")).toEqual(["公共卫生"]);
  expect(tagsFor("新建口袋公园三处")).toEqual(["生态园林"]);
  expect(tagsFor("将排查出的安全隐患交办相关部门")).toEqual(["应急管理"]);
  expect(tagsFor("推进小学学科建设")).toEqual(["公共服务设施"]);
});

test("制造业 is the economy, 制造 a verb; a quarantine is health work, a firebreak is not; a speech given is no party work", () => {
  expect(tagsFor("推动制造业高质量发展")).toEqual(["城市经济"]);
  expect(tagsFor("严禁制造噪音扰民")).toEqual([]);
  expect(tagsFor("开设防火隔离带10公里")).not.toContain("公共卫生");
  expect(tagsFor("严格落实集中隔离和居家隔离措施")).toContain("公共卫生");
  expect(tagsFor("市长张三出席会议并作重要讲话")).toEqual([]);
  expect(tagsFor("要深入学习贯彻习近平总书记所作重要讲话精神")).toContain("党的建设");
});

test("second review: a section or office followed by any verb is a body; counters and verbs are not", () => {
  expect(tagsFor("由市防汛办组织各单位开展业务培训。")).toEqual([]);
  expect(tagsFor("新建停车场若干处。")).toEqual(["停车管理"]);
  expect(tagsFor("支持制造企业技术改造。")).toEqual(["城市经济"]);
  expect(tagsFor("规范设置隔离酒店和隔离场所。")).toEqual(["公共卫生"]);
  expect(tagsFor("县委书记王明作重要讲话。")).toEqual([]);
});

test("air pollution is pollution control, not parks and greening: 大气污染物浓度削峰降速", () => {
  expect(tagsFor("各地各部门要快速响应,力争大气污染物浓度削峰降速。")).toEqual(["污染防治"]);
});

test("burning that is no straw (垃圾焚烧发电, 烟花爆竹和冥币禁放禁烧) is not 秸秆禁烧", () => {
  expect(tagsFor("加快垃圾焚烧发电项目建设")).not.toContain("秸秆禁烧");
  expect(tagsFor("要提前谋划烟花爆竹和香纸冥币禁放禁烧工作")).not.toContain("秸秆禁烧");
  expect(tagsFor("要严格落实秸秆禁烧责任,严防火点")).toContain("秸秆禁烧");
});

test("接诉即办 (handling residents' calls at once) is grassroots governance", () => {
  expect(tagsFor("接诉即办工作要做到心中有数,行动有力。")).toContain("基层治理");
});

test("the economy's and the budget's own words tag them: 六稳六保, 开门红, 节支, 收入入库, 数字经济, 交通保障", () => {
  expect(tagsFor("全面做好“六稳”工作、落实“六保”任务")).toContain("城市经济");
  expect(tagsFor("认真组织经济“开门红”")).toContain("城市经济");
  expect(tagsFor("二要抓好收入入库;四要强化节支工作")).toContain("资金保障");
  expect(tagsFor("不断提升数字经济覆盖度")).toContain("智慧城市");
  expect(tagsFor("抓紧推进交通保障、道路建设")).toContain("交通秩序");
});

test.each([
  ["要进一步改善投资环境，吸引外商和台商来苍投资。", "城市经济"],
  ["发展局统筹工务部门加固工地、预防水浸及山泥倾泻等危险。", "应急管理"],
  ["要加强施工现场安全管理，加快推进。", "重大项目"],
  ["要认真梳理群众急难愁盼问题，用心为民服务。", "基层治理"],
  ["要上好党史教育这堂大思政课。", "党的建设"],
  ["加快推动不动产电子证照的推广与应用。", "深化改革"],
])("the taxonomy's vocabulary tags %s as %s", (text, tag) => {
  expect(tagsFor(text)).toContain(tag);
});

test.each([
  ["要加快施工图审查，优化审批流程。", "重大项目"],
  ["县委党史研究室要做好史料征集。", "党的建设"],
  ["要依法打击为境外势力提供庇护的行为。", "应急管理"],
])("a keyword inside another word or a body's name does not tag %s as %s", (text, tag) => {
  expect(tagsFor(text)).not.toContain(tag);
});

test("a keyword that opens a street's name (古城路285号院) says where the fault is, not what it is about", () => {
  expect(tagsFor("古城路285号院内垃圾清理不及时")).not.toContain("历史文化");
  expect(tagsFor("加强古城保护，修缮历史建筑")).toContain("历史文化");
});

test("智慧 is smart-city work, not the wisdom a report gathers (集中智慧, 集体智慧); 电子证照 is", () => {
  expect(tagsFor("使报告真正成为集中智慧、指导工作的高质量报告")).not.toContain("智慧城市");
  expect(tagsFor("加快建设智慧停车平台")).toContain("智慧城市");
  expect(tagsFor("加快推动不动产电子证照的推广与应用")).toContain("智慧城市");
});

test("schools and footbridges are facilities; learning by doing (干中学) is no school; 清洁卫生 is cleaning", () => {
  expect(tagsFor("启动第十二小学建设,新建中心幼儿园2所")).toContain("公共服务设施");
  expect(tagsFor("新建2座人行天桥")).toContain("市政设施");
  expect(tagsFor("县直机关要在干中学、学中干")).not.toContain("公共服务设施");
  expect(tagsFor("希望大家在实践中学、在实践中悟")).not.toContain("公共服务设施");
  // Compounds jieba keeps whole name their topic too.
  expect(tagsFor("组织清洁卫生整治行动")).toContain("市容环境");
  expect(tagsFor("加强食品卫生监管")).toContain("市场监管");
});

test("the segmenter's custom terms add the same to jieba's total however many there are", () => {
  const total = (dictionary: string) =>
    dictionary.split("\n").reduce((sum, line) => sum + Number(line.split(" ")[1] ?? 0), 0);
  const few = customDictionary(["老旧小区", "背街小巷"]);
  const more = customDictionary(["老旧小区", "背街小巷", "人行天桥", "水库建设", "老旧小区"]);
  expect(total(more)).toBe(total(few));
  expect(more.split("\n").filter((line) => line.startsWith("人行天桥 "))).toHaveLength(1);
  expect(() => customDictionary(Array.from({ length: 2000 }, (_, index) => `术语${index}`))).toThrow(/TERMS_TOTAL/);
});

test("how many bodies carry a task is no target", () => {
  expect(extractTargets("城南中学、人民医院等15家责任单位,两天内完成120个垃圾池整改。")).toEqual(["120个垃圾池"]);
});

test("the bodies a task is done to, counted, are its target; those that carry it are not", () => {
  expect(extractTargets("要对辖区内300家单位开展消防安全检查。")).toEqual(["300家单位"]);
  expect(extractTargets("由市住建局牵头,10个部门配合,完成20个小区改造。")).toEqual(["20个小区改造"]);
});

test("the members counted as the ones to act are no target", () => {
  expect(extractTargets("县安委会15个成员单位要于5月底前完成隐患排查。")).toEqual([]);
});

test("discipline is party building where the party's discipline is meant, not any work's", () => {
  expect(tagsFor("要严明换届纪律,县委组织部要加强监督。")).toContain("党的建设");
  expect(tagsFor("县纪委监委要扎实开展纪律教育学习宣传月活动。")).toContain("党的建设");
  expect(tagsFor("要严肃防汛工作纪律,确保人员在岗。")).not.toContain("党的建设");
  expect(tagsFor("要推动县域经济高质量发展。")).not.toContain("乡村振兴");
  expect(tagsFor("各单位要严肃财经纪律,严禁无预算支出。")).not.toContain("党的建设");
  expect(tagsFor("各学校要加强学生安全和纪律教育。")).not.toContain("党的建设");
});

test("a party inspection is party building; a patrol team is not", () => {
  expect(tagsFor("各乡镇要配合好省委巡视,抓好问题整改")).toContain("党的建设");
  expect(tagsFor("各乡镇要组建防汛巡视组,实行24小时巡堤查险")).not.toContain("党的建设");
  expect(tagsFor("各护林站要加强林区巡察工作")).not.toContain("党的建设");
  expect(tagsFor("运维班组要对线路巡视反馈的缺陷隐患建立台账")).not.toContain("党的建设");
});

test("#86's rules: social credit is reform, a policy's explanation is publicity, relocation is rural work", () => {
  expect(tagsFor("加快推进社会信用体系建设,完善失信惩戒机制")).toContain("深化改革");
  expect(tagsFor("各部门要做好政策解读工作")).toContain("宣传引导");
  expect(tagsFor("书记对任务分解表进行详细解读")).not.toContain("宣传引导");
  expect(tagsFor("加快推进全县移民搬迁工作")).toContain("乡村振兴");
  expect(tagsFor("以校舍调整为重点,推进义务教育均衡发展")).toContain("公共服务设施");
  expect(tagsFor("整合医疗资源,解决群众看病难问题")).toContain("公共卫生");
});

test("review of #86's rules: a firm's unified social credit code is no reform", () => {
  expect(tagsFor("核对企业统一社会信用代码,督促整改")).not.toContain("深化改革");
});

test("#87's rules: weddings and funerals kept simple are civility (移风易俗)", () => {
  expect(tagsFor("倡导红白喜事一律从简,婚事新办、丧事简办")).toContain("文明素质");
  expect(tagsFor("遏制高价彩礼、人情攀比等陈规陋习")).toContain("文明素质");
  expect(tagsFor("他明白事理,办事公道")).not.toContain("文明素质");
});
