import { expect, test } from "vitest";
import { classifyDocType } from "../../../src/lib/extract/doc-type";

const kind = (title: string, lead: string, body = lead) => classifyDocType({ titleLines: [title], title, lead, body });

test("a leader's inspection visit is reported as a meeting; a study trip is not, nor is an experience piece", () => {
  expect(kind("区长刘惠带队到双新街开展调研", "11月2日,区长刘惠带队到双新街开展调研,听取工作汇报。")).toBe("会议报道");
  expect(kind("卫东区开展城市社区治理观摩活动", "区委书记王迎波带队开展观摩活动。")).toBe("会议报道");
  expect(kind("区长王军赴城关镇督导检查防汛工作", "5月8日,区长王军赴城关镇督导检查防汛工作。")).toBe("会议报道");
  // (An office's own 督查 is no leader's visit.)
  expect(kind("市创城办深入社区督查整改情况", "市创城办深入社区督查整改落实情况。")).not.toBe("会议报道");
  expect(kind("县安委会督导组赴各乡镇督导安全生产", "县安委会督导组赴各乡镇督导检查安全生产工作。")).not.toBe(
    "会议报道",
  );
  expect(kind("县政协主席李明赴城关镇督导防汛工作", "县政协主席李明赴城关镇督导防汛工作。")).toBe("会议报道");
  expect(kind("县委书记张伟深入乡镇督导", "县委书记张伟带领县直有关部门负责同志深入乡镇督导秋粮收储。")).toBe(
    "会议报道",
  );
  expect(kind("副县长郭创峰带队外出考察学习供排水PPP项目", "副县长郭创峰率县水务局外出考察学习。")).toBe("其他");
  expect(
    kind("坚持党建引领 做好垃圾分类", "近年来,我街道坚持党建引领。", "近年来,我街道坚持党建引领,主要做法和经验如下。"),
  ).toBe("经验交流");
});

test("a body's own account to a meeting (…推进会上的汇报发言) is an experience piece; a leader's 发言 a speech", () => {
  const told = "近年来,我镇坚持党建引领,着力提升乡村治理水平。";
  expect(kind("镇党委书记在全县乡村振兴推进会上的汇报发言", told)).toBe("经验交流");
  expect(kind("县教育局在全市教育工作会议上的典型发言材料", told)).toBe("经验交流");
  expect(kind("县长在建设卫生城会上发言", "同志们:今天召开会议。各乡镇要加强整治。")).toBe("讲话");
  // (One with no speaker named, or at a study session or a 民主生活会, is a person's own.)
  const own = "按照会议安排,我结合思想和工作实际,谈几点认识。";
  expect(kind("在2023年度专题民主生活会上的交流发言", own)).not.toBe("经验交流");
  expect(kind("县委副书记在县委理论学习中心组学习会上的交流发言", own)).not.toBe("经验交流");
  expect(kind("县教育局在全市教育工作会议上的典型发言材料", own)).toBe("经验交流");
  expect(kind("县委组织部在全市组织工作会议上的交流发言", own)).toBe("经验交流");
  expect(kind("学生代表在2024年开学典礼上的交流发言", own)).not.toBe("经验交流");
  expect(kind("张某某在全市年轻干部培训班上的交流发言", own)).not.toBe("经验交流");
  // (A 发言材料 titled by its meeting alone: the body it speaks for says whose it is.)
  const forTown = "首先让我代表原墙镇党委政府向全县各级领导表示感谢!我镇认为:新农村建设是一项长期的战略任务。";
  expect(kind("全县新农村建设座谈会发言材料", forTown)).toBe("经验交流");
  expect(kind("全县新农村建设座谈会发言材料", "同志们:今天召开座谈会。各乡镇要加强整治。")).not.toBe("经验交流");
  expect(
    kind("县市场监管局领导班子民主生活会对照检查发言材料", "我局坚持以习近平新时代中国特色社会主义思想为指导。"),
  ).not.toBe("经验交流");
  expect(kind("全县春节团拜会发言稿", "我代表镇党委政府向大家拜年。我镇坚持发展不放松。")).not.toBe("经验交流");
  expect(kind("项目签约仪式发言稿", "我代表镇党委政府对各位客商表示欢迎。我镇坚持招商引资不放松。")).not.toBe(
    "经验交流",
  );
});

test("an inspection's findings are a 通报, as is a notice titled with a year and a quoted document", () => {
  expect(
    classifyDocType({
      titleLines: [],
      title: "",
      lead: "",
      body: "10月25日,市创文巩卫办督查组对天涯区城市社区进行专项检查,共发现问题22个,请各相关单位立行立改。",
    }),
  ).toBe("通报");
  const title = "关于印发2022年《政府工作报告》主要任务上半年落实情况的通报";
  expect(classifyDocType({ titleLines: [title], title, lead: "", body: "" })).toBe("通报");
  // A supervision notice names what was found and who must mend it: a circular; other notices are sent.
  const body = "近期,县水政监察大队在巡查中发现非法养殖场。请各乡镇于3月3日前完成整治工作。";
  expect(kind("湟中县政府办公室关于加大各乡镇河道整治的督办通知", body)).toBe("通报");
  expect(kind("关于做好2017年春季植树造林工作的通知", body)).toBe("其他");
  // A notice that hands out the year's tasks to be overseen finds no fault: it is sent, not a circular.
  const tasks = "现将2019年惠民实事任务分解下达。请各责任单位认真研究、细化措施,确保全年目标任务顺利完成。";
  expect(kind("某县人民政府办公室关于对2019年惠民实事进行重点督办的通知", tasks)).toBe("其他");
  const slow = "近期督查中,部分乡镇河道垃圾清理不彻底、进度慢,请于3月10日前清理完毕。";
  expect(kind("关于加大各乡镇河道整治的督办函", slow)).toBe("通报");
  expect(kind("关于城区环境卫生问题的督办通知", "请各街道于3月10日前办结。")).toBe("通报");
  expect(kind("关于重点项目建设进度的督办通知", "投资完成率低于40%的项目至今未开工。")).toBe("通报");
  // Faults found, each over the line that says how to mend it: an inspection's circular without its headline.
  const faults =
    "1、西大桥西侧有垃圾死角。\n整改要求:由县环卫站负责清除。\n2、迎宾大道南侧旱厕外露。\n整改要求:由城关镇负责拆除。";
  expect(kind("1、西大桥西侧有垃圾死角", "1、西大桥西侧有垃圾死角。", faults)).toBe("通报");
  // A unit's own account of what it mends is no circular.
  const own = `我县高度重视巡察反馈问题。\n${faults}`;
  expect(kind("1、西大桥西侧有垃圾死角", "我县高度重视巡察反馈问题。", own)).not.toBe("通报");
});

test("a chair's words (…大会上的主持词) are a speech", () => {
  expect(kind("县长周峰在涞源县动员大会上的主持词", "同志们,今天我们召开动员大会。")).toBe("讲话");
});

test("a meeting is reported when a first sentence that names 意见 is the title, when the lead is a deck, and when a leader inspects on the spot", () => {
  expect(
    kind(
      "1月9日,横栏镇召开党委(扩大)会议,研究我镇贯彻落实意见",
      "1月9日,横栏镇召开党委(扩大)会议,研究我镇贯彻落实意见。",
    ),
  ).toBe("会议报道");
  expect(
    kind(
      "秋节将至",
      "登革热防治不可忽视,陈其迈吁市民提高警觉!",
      "登革热防治不可忽视,陈其迈吁市民提高警觉!\n高雄市长陈其迈于今(19)日出席市政会议,并听取卫生局报告。",
    ),
  ).toBe("会议报道");
  expect(kind("杨宝东实地督查文明城市创建工作", "8月27日,杨宝东带领相关负责人督查调度。")).toBe("会议报道");
  // A policy document keeps its kind.
  expect(kind("关于进一步加强秸秆禁烧工作的实施意见", "为做好秸秆禁烧工作,提出如下意见。")).toBe("其他");
});

test("a circular on what a meeting decided is a 通报 when its heading is a record's field and its title says so", () => {
  const title = "2022年第八次县政府常务会议确定事项落实情况的通报";
  const lead = "近期,县政府督查室开展了专项督查,现通报如下。";
  expect(classifyDocType({ titleLines: [`文件名称 | ${title} | ||`], title, lead, body: lead })).toBe("通报");
  expect(kind("县政府召开常务会议", "会议听取了全县安全生产工作情况通报。")).toBe("会议报道");
});

test("a notice by its own name is sent, not reported, even when it recalls the meeting that gave the work out", () => {
  const title = "霍邱县人民政府办公室关于加快办理县十七届人大三次会议代表建议和县政协十届三次会议委员提案的通知";
  expect(kind(title, "各承办单位:代表建议和委员提案已在2019年4月9日召开的交办会上交由各承办单位办理。")).toBe("其他");
  expect(kind("县政府召开建议提案交办会", "4月9日,县政府召开建议提案交办会。")).toBe("会议报道");
});

test("a ceremony, a contest or a show is an event, not a meeting, unless its title names a meeting", () => {
  expect(kind("郎溪县第一届运动会隆重开幕", "10月28日上午,郎溪县第一届运动会开幕式在县体育场举行。")).toBe("其他");
  expect(kind("大姚县第七届农民文艺汇演隆重开幕", "11月25日,汇演在县城举行,县领导出席。")).toBe("其他");
  expect(kind("全县美食节筹备工作会议召开", "会议要求,各部门要密切配合。")).toBe("会议报道");
});

test("a headline reporting a decision or a congress is a meeting; a person's 常委会 title names none", () => {
  expect(kind("县人大常委会表决通过关于加强生态环境保护的决定", "5月28日,县人大常委会召开会议。")).toBe("会议报道");
  expect(kind("中国共产党某某市第十三次代表大会隆重开幕", "5月28日,大会开幕。")).toBe("会议报道");
  expect(kind("市政府专题研究博览会筹备工作", "5月28日,市政府召开专题会议。")).toBe("会议报道");
  expect(kind("宁波市人大常委会主任王勇等五位领导联合宣布开幕", "今天,开游节开幕式在宁海县举行。")).toBe("其他");
});

test("a lead that opens inside the meeting (会上，…) is a meeting report, whatever document number it cites", () => {
  expect(
    kind(
      "",
      "会上,党委书记卢亚林传达了县委书记对乡镇区划调整改革工作的要求。",
      "会上,党委书记传达了要求。印发了朗委发〔2019〕28号文件。",
    ),
  ).toBe("会议报道");
});

test("second review: any issuer opens a notice's title; a sports 运动大会 is no congress", () => {
  expect(kind("国务院关于加强安全生产工作的通知", "各省、自治区、直辖市人民政府:")).toBe("其他");
  expect(kind("中共永吉县委 永吉县人民政府关于做好春耕工作的通知", "各乡镇党委、政府:")).toBe("其他");
  expect(kind("XX市第三届全民健身运动大会开幕", "5月28日,运动大会开幕式举行。")).toBe("其他");
});

test("an inspection office's account of what it found, 现将有关情况汇报如下, is a 通报; a plan's report is not", () => {
  const lead =
    "7月9日至17日,县委督查办组成两个督查组,对2025年《政府工作报告》主要目标任务上半年工作落实情况进行了督查。现将有关情况汇报如下。";
  expect(kind("", lead)).toBe("通报");
  expect(kind("", "今年以来,我局认真落实各项工作。现将有关情况汇报如下。")).toBe("其他");
});

test("a document sent out to be carried out is a notice whatever number it carries; a circular sent out stays one", () => {
  const body =
    "各乡镇人民政府、县直各单位:《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。(华政发〔2021〕2号)";
  expect(kind("2021年县政府重点工作任务", "", body)).toBe("其他");
  expect(kind("", "", "现将《关于安全生产检查情况的通报》印发给你们,对3家单位予以通报批评。")).toBe("通报");
});

test("review: a unit's own report on being inspected (a 检查), a year's summary and a plan that threatens 通报批评 are no circulars", () => {
  const ofBody = (body: string) => kind("", body.split("。")[0] ?? "", body);
  expect(
    ofBody("市政府办公室：市政府督查室对我县秸秆禁烧工作进行了督查。现将整改落实情况报告如下：我局逐项整改。"),
  ).toBe("检查");
  // A meeting that hears such a report, or a speaker who gives one there, is a meeting.
  expect(kind("市政府召开常务会议听取审计整改工作情况汇报", "会议要求，各部门要确保6月底前全部整改到位。")).toBe(
    "会议报道",
  );
  expect(
    kind(
      "全县环境整治工作推进会召开",
      "会上，副县长指出，我县…现将整改情况报告如下。",
      "会上，副县长指出，我县现将整改情况报告如下。",
    ),
  ).toBe("会议报道");
  expect(
    kind("创建文明城市整改报告 篇4", "县创城指挥部办公室:根据你单位下发的通知,5月27日,市创城办进行督查暗访。"),
  ).toBe("检查");
  expect(kind("关于巡察反馈问题整改情况的报告", "")).toBe("检查");
  // Those who demand the mending report on it to others, or circulate it.
  expect(kind("关于全市创城问题整改情况的通报", "")).toBe("通报");
  expect(ofBody("全年开展各类督查56次。现将全年工作情况汇报如下：一、主要做法。坚持问题导向。")).toBe("经验交流");
  expect(ofBody("〔2024〕15号 现将《2024年工作要点》印发给你们。对落实不力的将予以通报批评。")).toBe("其他");
  expect(ofBody("〔2024〕15号 《2024年工作要点》现予印发,请认真贯彻落实。")).toBe("其他");
  // Findings or results sent out are a circular all the same.
  expect(ofBody("县委督查室进行了督查,共发现问题15个。现将督查情况印发给你们,请认真整改。")).toBe("通报");
  expect(ofBody("县委办〔2024〕3号 现将2023年度各乡镇目标管理考核结果印发给你们。")).toBe("通报");
  expect(ofBody("县委督查办对《政府工作报告》落实情况进行了专项督查,现将有关情况汇报如下。")).toBe("通报");
});

test("a speech whose title a document site runs into its first line is a speech; a notice that opens with addressees is a notice", () => {
  const speech = "编号:1234在全县防汛工作会议上的讲话同志们:今天这次会议,是经县委研究决定召开的。";
  expect(kind("在全县防汛工作会议上的讲话同", speech)).toBe("讲话");
  const notice =
    "各市人民政府,省政府各部门:\n为全面完成省人大会议确定的各项目标任务,省政府决定将重点任务予以分解。现将有关事项通知如下:";
  expect(kind("为全面完成省人大会议确定的各项目标任务", notice)).toBe("其他");
});

test("a leader hearing a briefing at an emergency centre is reported as a meeting", () => {
  expect(
    kind("胡市长指挥各项防台措施", "台中市长胡志强到达消防局灾害应变中心,听取消防局长吴青芳简报台风防灾处理报告。"),
  ).toBe("会议报道");
});

test("a notice announcing an inspection is sent, not a circular; a routine of hearing reports is no meeting", () => {
  expect(
    kind("关于开展2023年度安全生产大督查的通知", "各乡镇、各部门：为进一步落实安全生产责任，决定开展大督查。"),
  ).toBe("其他");
  const routine = "近年来,我县坚持县委常委会每月听取一次重点工作推进情况汇报,做法成效明显。";
  expect(kind("坚持高位推动 狠抓工作落实", routine)).toBe("经验交流");
});

test("an experience piece's routine of inspecting (发现问题立即通报) finds no faults: no circular", () => {
  const body = "自2018年以来,全县每月组织督导组到乡镇明察暗访,发现问题立即通报,并督促及时整改。";
  expect(kind("全县推进农村人居环境整治", body)).not.toBe("通报");
  expect(kind("", "", "3月5日,县督导组明察暗访发现问题12个,现予通报。")).toBe("通报");
});

test("an experience piece that never says 经验: its subject and watchword, its profile, its account to peers", () => {
  const told = "今年以来，三城镇全力推进乡村振兴。聚焦成果巩固，精准落实帮扶措施。";
  expect(kind("来安县三城镇:“三个聚焦”助推“三农”工作高质量发展", told)).toBe("经验交流");
  expect(kind("平山:一纸“诊断书” 把脉问症提疗效", told)).toBe("经验交流");
  expect(kind("区城市管理局细化“城市三管”", "区城市管理局从三个方面细化城市管理。")).toBe("经验交流");
  expect(kind("", "吉安县地处江西省中部，辖13镇6乡，总人口50万。")).toBe("经验交流");
  expect(kind("", "大家下午好。下面,我把巨鹿民生事业改革和发展的一些情况向大家作一简要汇报。")).toBe("经验交流");
  expect(kind("平武县多措并举推进农村垃圾治理", "各村组织群众开展环境整治。")).toBe("经验交流");
  expect(kind("江北街道 多管齐下治理违章搭建", "街道组织执法队员开展巡查。")).toBe("经验交流");
  expect(kind("平武县召开会议部署多措并举推进农村垃圾治理", "会议要求，各乡镇要加强治理。")).toBe("会议报道");
  // (A leader's or an office's call to work by many means is no account of ways.)
  expect(kind("李明强调多措并举抓好安全生产", "李明要求,各乡镇要立即开展隐患排查。")).not.toBe("经验交流");
  expect(kind("省应急厅要求多措并举做好防汛工作", "省应急厅要求,各地要加强值班值守。")).not.toBe("经验交流");
  expect(kind("县教育局多措并举印发通知部署安全工作", "县教育局印发通知,要求各校开展排查。")).not.toBe("经验交流");
  expect(kind("平江县多措并举做好防汛工作", "县长刘勇在检查时强调,要压实责任。")).not.toBe("经验交流");
  expect(kind("寿县多措并举推进高标准农田建设", "县委书记要求,各乡镇切实扛牢责任,确保10月底前完成。")).not.toBe(
    "经验交流",
  );
  expect(kind("郎溪县多措并举做好防汛备汛工作", "县防指下发通知,明确各乡镇必须于5月15日前完成汛前检查。")).not.toBe(
    "经验交流",
  );
  // (深知,要推动…,必须首先…: the reason for a way, no order.)
  expect(
    kind(
      "民治街道 多措并举推动垃圾分类落地",
      "街道深知,要推动垃圾分类,必须首先攻克认知关。为此,街道组织志愿者入户宣传。",
    ),
  ).toBe("经验交流");
  // A town's event is news, whatever its slogan.
  expect(kind("安龙县坝盘镇举办“万峰林美丽乡村·好歌旅游节”", "8月22日，旅游节系列活动在坝盘村上演。")).toBe("其他");
});

test("a body's answer to what a paper exposed (…的报道。对此，…现作如下回复) is its 检查", () => {
  const reply =
    "日报刊发题为《垃圾为何无人清运》的报道。对此,城关镇党委政府高度重视,现作如下回复:\n一、当日组织人员全面清运。";
  expect(kind("", reply)).toBe("检查");
  expect(kind("", "日报刊发题为《垃圾为何无人清运》的报道。城关镇召开会议研究整改。")).not.toBe("检查");
  // (Not a statement of the facts against a rumour, nor a reply to a citizen's complaint.)
  expect(
    kind(
      "",
      "有网民发布视频反映某村发生群体事件。对此,县公安局高度重视,现将有关情况说明如下:经核查,该村未发生群体性事件。",
    ),
  ).not.toBe("检查");
  expect(kind("", "市民通过12345热线投诉小区噪音扰民。对此,区城管局现回复如下:已责令施工单位整改。")).not.toBe("检查");
  // (Nor an answer that denies the report, nor one to a deputy's proposal.)
  expect(kind("", "日报刊发了《路灯为何不亮》的报道。对此,街道办事处现回复如下:报道所反映情况与实际不符。")).not.toBe(
    "检查",
  );
  expect(
    kind(
      "关于李建国代表所提建议的答复",
      "有关媒体对此进行了报道。对此,我局高度重视,现将办理情况答复如下:一、加强巡查。",
    ),
  ).not.toBe("检查");
});

test("a government's work report read out to its congress (各位代表：现在，我代表…向大会报告工作) is a speech", () => {
  const report =
    "——在城关镇第五届人民代表大会第三次会议上\n城关镇镇长 王林\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。";
  expect(kind("城关镇2023年政府工作报告", report)).toBe("讲话");
  expect(
    kind("城关镇人代会开幕", "3月2日,城关镇第五届人民代表大会第三次会议开幕。各位代表听取了政府工作报告。"),
  ).not.toBe("讲话");
  expect(kind("城关镇人代会开幕", "各位代表:我代表镇人民政府向大会作工作报告——镇长王林说。")).not.toBe("讲话");
});

test("a press release printing a speech whole (致辞全文) is a speech; a town that found a way of working is an experience piece, not one told to find it", () => {
  expect(kind("政务司司长致辞全文", "以下为政务司司长今午在典礼的致辞全文:")).toBe("讲话");
  expect(kind("市长在全市城市管理工作会议上的讲话全文", "同志们:")).toBe("讲话");
  // Remarks to the press printed whole, answers and all; a report that someone spoke is none.
  expect(kind("市长于例会前会见传媒开场发言及答问内容", "市长:各位早晨。")).toBe("讲话");
  expect(kind("区长出席会议并发言", "3月5日，区长出席全区安全生产会议并发言。")).not.toBe("讲话");
  expect(kind("市政协十届三次会议委员大会发言摘要", "3月5日，市政协十届三次会议举行大会发言。")).not.toBe("讲话");
  const found = "为提升全镇社会综合治理水平,云田镇在网格化服务管理基础上探索创新“网格+”模式,全力打造社会治理新格局。";
  expect(kind("", found)).toBe("经验交流");
  const ordered = "卢红指出,要突出重点,优先推进危旧房屋改造,探索创新改造模式,完善配套设施。";
  expect(kind("", ordered)).toBe("其他");
});

test("a Macau release that opens on the leader's exchange meeting (舉行…交流會) reports a meeting", () => {
  const body =
    "行政长官贺一诚与公共部门领导交流,要求必须落实今年施政工作。\n行政长官贺一诚(中)前(9)日与各公共部门领导举行本年度施政工作交流会,要求所有部门落实执行好《施政报告》。";
  expect(
    classifyDocType({
      titleLines: ["行政长官与公共部门领导交流"],
      title: "行政长官与公共部门领导交流",
      lead: body.split("\n")[0] ?? "",
      body,
    }),
  ).toBe("会议报道");
});

test("review: a way of working others are urged to find (鼓励各乡镇探索建立…机制) or have yet to find (尚未探索形成) makes no experience piece", () => {
  expect(kind("", "《措施》鼓励各乡镇探索建立民营企业诉求直达机制。县财政局要在6月底前设立基金。")).not.toBe(
    "经验交流",
  );
  expect(kind("", "我县尚未探索形成农村公路长效管护机制。县交通局要在9月底前完成排查。")).not.toBe("经验交流");
});

test("review: a headline in the first person (我区迎接…测评检查, 我市启动…应急响应) is no experience piece for its 一是…", () => {
  const told =
    "7月5日，省测评组来我区检查。一是查看了公共场所，二是入户问卷调查。区委书记要求，各街道要于7月底前完成问题整改。";
  expect(kind("我区迎接省级文明城市测评检查", told)).not.toBe("经验交流");
});

test("a speech carried under a news headline (——…在…会上的讲话 / 同志们：) is a speech; a report quoting one is not", () => {
  const body =
    "交通部副部长黄先耀:做好交通定点扶贫开发工作\n\n做好交通定点扶贫开发工作\n——黄先耀副部长在2006年部扶贫领导小组会上的讲话\n\n    同志们:\n\n    今天我们在这里召开扶贫领导小组会议。";
  expect(kind("交通部副部长黄先耀:做好交通定点扶贫开发工作", "今天我们在这里召开扶贫领导小组会议。", body)).toBe(
    "讲话",
  );
  expect(
    kind(
      "县政府召开扶贫工作会议",
      "4月8日,县政府召开扶贫工作会议。",
      "4月8日,县政府召开扶贫工作会议。会议传达了——李明在全省扶贫会上的讲话\n精神。",
    ),
  ).toBe("会议报道");
  expect(
    kind(
      "近年来,我镇坚持党建引领、产业兴村",
      "近年来,德江县平原镇台头村坚持党建引领、产业兴村,聚焦强村富民行动,着力建强基层组织。",
    ),
  ).toBe("经验交流");
});

test("news of a supervision circular (督查组发出督查通报, …给予黄牌警告) is a 通报; a warning yet to come is not", () => {
  expect(
    kind(
      "福清市“创城”督查组再开“罚单”5个镇被黄牌警告",
      "4月23日,市创建全国文明城市专项督查组发出督查通报,有5个镇被黄牌警告。",
    ),
  ).toBe("通报");
  expect(kind("区城管局开展市容巡查", "区城管局开展市容巡查,对问题突出的商户将给予黄牌警告。")).toBe("其他");
});

test("review: 近年来…坚持 that goes on to order is a deployment, not an experience piece; a warning to come is no circular", () => {
  expect(kind("县政府部署安全生产工作", "近年来,我县坚持安全发展理念,各乡镇要于5月底前完成隐患排查。")).not.toBe(
    "经验交流",
  );
  expect(kind("市督查组开展创城督查", "市督查组将对问题突出的镇给予黄牌警告,并限期整改。")).not.toBe("通报");
});

test("a dispatch by its number (第3/2000号…批示) and a government's working rules order nothing reported; news of a 批示 is reported", () => {
  expect(
    kind("第3/2000号行政法务司司长批示", "一、成立跟进行政法务范畴施政报告工作小组。四、工作小组会议每月举行一次。"),
  ).toBe("其他");
  expect(kind("镇巴县人民政府工作规则", "一、根据有关法律,结合本县实际,制定本规则。县政府全体会议每年召开一次。")).toBe(
    "其他",
  );
  expect(kind("市委书记对防汛工作作出批示", "7月2日,市委书记召开会议传达批示精神,要求各区做好防汛。")).toBe("会议报道");
  expect(
    kind("县政府召开常务会议学习新修订的县人民政府工作规则", "3月2日,县政府召开常务会议,要求各部门严格执行规则。"),
  ).toBe("会议报道");
});

test("a council session where the mayor answers members is a meeting; a flag-raising and reception are not", () => {
  expect(
    kind(
      "4月29日市政总质询:叶明月议员",
      "桃园市长郑文灿今(29)日率市府团队至桃园市议会第2届第5次定期会市政总质询列席备询,就市议员叶明月提出的质询事项详细说明。",
    ),
  ).toBe("会议报道");
  expect(
    kind(
      "澳门特区政府举行庆祝澳门特别行政区成立18周年升旗仪式和招待酒会",
      "12月20日上午,澳门特区政府举行庆祝澳门特别行政区成立18周年升旗仪式和招待酒会。",
    ),
  ).toBe("其他");
});

test("a speaker's words at a meeting, as a document site files them (…会上发言同志们:), are a speech; news of one is not", () => {
  expect(
    classifyDocType({
      titleLines: ["副区长在城市管理工作会上发言"],
      title: "副区长在城市管理工作会上发言",
      lead: "",
      body: "1、副区长在城市管理工作会上发言同志们:今天召开全区城市管理工作会议。",
    }),
  ).toBe("讲话");
  expect(
    classifyDocType({
      titleLines: ["县长在全县防汛工作会上发言"],
      title: "县长在全县防汛工作会上发言",
      lead: "5月6日，全县防汛工作会议召开。",
      body: "5月6日，全县防汛工作会议召开。县长张伟在会上发言，要求各乡镇压实责任。",
    }),
  ).toBe("会议报道");
});

test("a 调研员 is a rank: leading an assessment team names no visit of study", () => {
  const lead = "12月7-8日,市民政局四级调研员朱祖顺率考核组一行3人到经开区开展考核督查。";
  expect(kind(lead.slice(6, -1), lead)).toBe("其他");
  expect(kind("市委常委、副市长赵炜调研集中供暖工作", "赵炜调研集中供暖工作。")).toBe("会议报道");
});

test("a headline of what a meeting did with a policy document reports the meeting, not the document", () => {
  const lead = "3月8日,县长主持召开县政府第十二次常务会议,会议审议并原则通过《关于推进城乡环境整治的实施意见》。";
  expect(kind("审议《关于推进城乡环境整治的实施意见》", lead)).toBe("会议报道");
  expect(kind("关于推进城乡环境整治的实施意见", "为推进城乡环境整治,提出如下意见。")).toBe("其他");
  expect(kind("传达贯彻全市经济工作会议精神的实施意见", "为传达贯彻会议精神,提出如下意见。")).toBe("其他");
});

test("a document site's title for a speech (…会议上的讲话内容) is a speech", () => {
  expect(kind("XX市长在全市物业管理工作会议上的讲话内容", "同志们：刚才，X局长全面回顾总结了去年的工作。")).toBe(
    "讲话",
  );
});

test("a news headline on the meeting (…推进会 某某出席并讲话) is a report, not the speech", () => {
  expect(kind("街道办召开创文工作协调推进会 田瑞出席并讲话", "10月30日，市委常委田瑞出席推进会并讲话。")).toBe(
    "会议报道",
  );
});

test("a 工作讲话 is a speech, and a meeting that studies a speech (传达学习…重要讲话内容) is a report", () => {
  expect(kind("县长李四在全县安全生产工作会议上的工作讲话", "今年以来，全县安全生产形势总体平稳。")).toBe("讲话");
  expect(kind("市委常委会传达学习习近平总书记重要讲话内容", "3月14日，市委书记张伟主持召开市委常委会会议。")).toBe(
    "会议报道",
  );
});

test("#75's rule: a body's way of treating the work, told of it, is an experience piece; an order to do so is not", () => {
  expect(
    kind(
      "某市老旧小区改造提前完成年度任务",
      "据介绍,某市住建局将老旧小区改造作为年度重点民生工程,建立周调度机制。截至目前,已完成改造小区86个。",
    ),
  ).toBe("经验交流");
  expect(kind("某市部署老旧小区改造工作", "市政府要求,各县区要把老旧小区改造作为重点民生工程。")).toBe("其他");
});

test("review of #75: a plan, a case or a praise notice that treats work as a task is no experience piece", () => {
  expect(
    kind("市交通运输局部署明年工作", "明年市交通运输局将把农村公路建设作为全年重点工作,计划新改建农村公路300公里。"),
  ).toBe("其他");
  expect(kind("县纪委通报一起典型问题", "县纪委监委将该问题作为重点督办工作,目前已完成立案调查。")).not.toBe(
    "经验交流",
  );
});

test("second review of #75: plan news, a discipline case or a government's own release is no experience piece", () => {
  expect(
    kind("县住建局推进老旧小区改造", "县住建局把老旧小区改造作为今年民生实事,计划改造小区18个。截至目前,已开工9个。"),
  ).not.toBe("经验交流");
  expect(
    kind(
      "县纪委通报典型案例",
      "县委一直把作风建设作为重要工作来抓。某局干部违规收受礼金,被开除党籍。今年累计立案查处12起。",
    ),
  ).not.toBe("经验交流");
});

test("a 发言稿 for an 经验交流会 is a body's own account, whoever it speaks for", () => {
  const body = "各位领导:现将我们社区网格化工作情况汇报如下:一、主要做法。1.网格员择优选配。";
  expect(kind("社区网格化管理工作经验交流会发言稿", body)).toBe("经验交流");
  expect(kind("在全县网格化管理工作推进会上的表态发言稿", body)).not.toBe("经验交流");
});

test("the host's 发言稿 at an 经验交流会 is no 经验交流", () => {
  const host = "各位领导:今天,我们在这里召开全市乡村振兴经验交流现场会。下面,我讲几点意见。一是各县区要对标先进。";
  expect(kind("市委副书记在全市乡村振兴经验交流现场会上的发言稿", host)).not.toBe("经验交流");
  expect(kind("全县基层党建经验交流会主持发言稿", "各位领导:现在开会。")).not.toBe("经验交流");
});

test("#86's rules: a leader's visit that goes on to a 调度会 is reported as a meeting", () => {
  expect(
    kind(
      "副市长李强来城南区督导整改工作",
      "4月2日下午,副市长李强来城南区督导整改工作。",
      "4月2日下午,副市长李强来城南区督导整改工作。区长王军参加。李强一行先后现场查看了东湖路、西湖路等5个安置点项目的建设进展情况,随后召开调度会。",
    ),
  ).toBe("会议报道");
});

test("review of #86's rules: a summary that holds a weekly 调度会 is no meeting report", () => {
  expect(
    kind(
      "县住建局2023年工作总结",
      "今年以来,我局坚持项目为王,扎实推进各项工作。",
      "今年以来,我局坚持项目为王,扎实推进各项工作。每周召开一次项目调度会,及时解决项目推进中的困难和问题。",
    ),
  ).not.toBe("会议报道");
});

test("second review of #86's rules: a weekly 调度会 or a count of them is no meeting of the report's own", () => {
  expect(
    kind(
      "项目建设见闻",
      "走进项目工地,机器轰鸣。",
      "走进项目工地,机器轰鸣。指挥部每周一上午都会召开项目调度会,现场解决问题。",
    ),
  ).not.toBe("会议报道");
  expect(
    kind(
      "我镇重点项目建设经验交流",
      "今年以来,我镇坚持项目为王。",
      "今年以来,我镇坚持项目为王,镇党委先后召开项目调度会12次。",
    ),
  ).not.toBe("会议报道");
});

test("a piece read to peers that opens with its greeting (尊敬的各位领导，同志们：近年来，某镇聚焦…) tells its ways", () => {
  expect(
    kind(
      "",
      "尊敬的各位领导，同志们：\n近年来，城关镇聚焦特色产业发展，坚持党建引领，构建四联共建机制，推动产业提质增效。",
    ),
  ).toBe("经验交流");
});

test("a festival's show (某乡：锣鼓喧天闹元宵, 某镇庙会) is an event, whatever place heads its title", () => {
  expect(kind("城关镇:欢天喜地闹元宵", "2月26日,城关镇举办了闹元宵活动。锣鼓表演队在街道上进行表演。")).toBe("其他");
  expect(kind("河口乡:传统庙会热闹非凡", "河口乡举办传统庙会,群众踊跃参与。")).toBe("其他");
  // (The work to keep a festival safe is the meeting's.)
  expect(kind("县政府部署元宵节期间安全工作", "2月20日,县政府召开会议,部署元宵节期间安全工作。")).toBe("会议报道");
  expect(kind("庙会安全管理协调会召开", "2月20日,县公安局召开庙会安全管理协调会。")).toBe("会议报道");
});
