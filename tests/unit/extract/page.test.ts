import { expect, test } from "vitest";
import { extractPage } from "../../../src/lib/extract/page";
import { cleanText } from "../../../src/lib/text/clean";

/** What a saved page tells about itself: its headline, its site, its date, whatever furniture surrounds them. */
const extract = (lines: string[]) => extractPage(lines.join("\n"), { file: "seeds/page.txt" }).entries[0]?.data;
/** The text of a page's first entry, as its blocks hold it. */
const bodyText = (lines: string[]) =>
  extractPage(lines.join("\n"), { file: "seeds/page.txt" })
    .entries[0]?.blocks.map((block) => block.text)
    .join("\n") ?? "";
/** The lines a page keeps once its furniture is gone. */
const cleanLines = (lines: string[]) => cleanText(lines.join("\n")).lines;

test("the line a page prints above its labelled date line is its headline, however long", () => {
  const data = extract([
    "雁江区同城化发展工作局",
    "政府信息公开",
    "资阳市雁江区推进同城化发展领导小组办公室关于印发《资阳市雁江区重点任务责任分工方案》",
    "发布时间:2022-04-09   录入:雁江区同城化发展工作局",
    "经区领导小组办公室同意,现将《资阳市雁江区重点任务责任分工方案》印发你们,请结合实际认真贯彻落实。",
  ]);
  expect(data?.title).toBe("资阳市雁江区推进同城化发展领导小组办公室关于印发《资阳市雁江区重点任务责任分工方案》");
  expect(data?.date).toBe("2022-04-09");
});

test("an e-paper page: the day comes from the lead, not the edition; the city from the site it was saved from", () => {
  const data = extract([
    "第02版:要闻",
    "标题导航",
    "市领导会见森达美集团客人",
    "中心城区城市管理暨供热工作现场推进会议召开",
    "2019年10月12日",
    "返回潍坊新闻网",
    "中心城区城市管理暨供热工作现场推进会议召开",
    "本报讯 (记者吴晓强)10月11日,中心城区城市管理暨供热工作现场推进会议召开。副市长田民利出席并讲话。",
    "田民利要求,各区、开发区要提高认识,把城市管理当作一项硬性要求来对待。",
  ]);
  expect(data?.title).toBe("中心城区城市管理暨供热工作现场推进会议召开");
  expect(data?.date).toBe("2019-10-11");
  expect(data?.region).toEqual({ province: "山东省", city: "潍坊市" });
});

test("the section a breadcrumb files a page under places it, as its publisher would", () => {
  const lines = [
    "您的位置: 首页 > 走进鹤岗 > 政务动态",
    "市政府召开第九次常务会议",
    "3月5日上午,市长主持召开市政府第九次常务会议。",
    "会议要求,要把森林防火工作摆上重要位置,严防鹤岗林区发生火情。",
  ];
  expect(extract(lines)?.region).toEqual({ province: "黑龙江省", city: "鹤岗市" });
  // The breadcrumb is furniture, still: it is no part of the text. Without it the city is one short
  // mention in a text that speaks as a city (市长), a guess the entry asks a reviewer to check.
  const unfiled = lines.slice(1);
  expect(extract(unfiled)?.region).toEqual({ province: "黑龙江省", city: "鹤岗市" });
  expect(extract(unfiled)?.review?.join()).toContain("简称");
  expect(extract(lines)?.review?.join() ?? "").not.toContain("简称");
  // A section on work with a partner place names whom the site's city aids, not where the page is.
  const aid = [
    "当前位置：首页 > 对口帮扶 > 援疆工作 > 阿克苏",
    "我市召开对口支援工作推进会",
    "会议要求,市发改委要加快推进援建项目。",
  ];
  expect(extract(aid)?.region).toEqual({});
});

test("a footer's 某市人民政府主办 names the site whose page it is", () => {
  const lines = [
    "5月29日,市委书记王荣新主持召开全市疫情防控工作调度会。",
    "王荣新强调,要对照省和吉林市要求,深刻反思、仔细查找我市工作中的突出问题。",
    "网站地图 蛟河市人民政府主办 蛟河市政府办公室承办 信息中心管理运营",
  ];
  expect(extract(lines)?.region).toEqual({ province: "吉林省", city: "吉林市", district: "蛟河市" });
});

test("a reposted article's 来自 line names its media, and a county-level city's daily places a text that speaks as 我市", () => {
  const lines = [
    "发表于: 2023-05-10",
    "来自 邳州日报",
    "原文链接",
    "5月9日,我市召开全市秸秆禁烧工作推进会。副市长王立新参加会议。",
    "会议要求,各镇要加强巡查,确保不出现一个火点。",
  ];
  const page = extractPage(lines.join("\n"), { file: "seeds/page.txt" });
  const data = page.entries[0]?.data;
  expect(data?.source.name).toBe("邳州日报");
  expect(data?.region).toEqual({ province: "江苏省", city: "徐州市", district: "邳州市" });
  expect(page.removed).toContain("来自 邳州日报");
  // 来自 微信公众号 names the channel, no publisher.
  const channel = extractPage(["来自 微信公众号", ...lines.slice(3)].join("\n"), { file: "seeds/page.txt" });
  expect(channel.entries[0]?.data.source.name).toBe("未注明");
});

test("a leave-the-site dialog is furniture, not the headline", () => {
  const data = extract([
    "您访问的链接即将离开“ 市城市管理和综合执法局 ”门户网站 是否继续?",
    "继续访问放弃",
    "6月2日下午,台山市城管执法局局长谢荣科主持召开创文工作推进会,部署推进创文相关工作。",
    "会议强调,要压实创建责任,全面补齐创建短板弱项。",
  ]);
  expect(data?.title).not.toMatch(/即将离开/);
  expect(data?.docType).toBe("会议报道");
});

test("a notice issuing a plan and the plan after its signature are one document, dated by the notice's signature", () => {
  const page = extractPage(
    [
      "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知",
      "",
      "立山经济开发区,各街道办事处,各区直部门:",
      "",
      "经区政府同意,现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们,请结合实际,认真贯彻落实。",
      "",
      "立山区人民政府",
      "",
      "2023年3月28日",
      "",
      "(此件公开发布)",
      "",
      "立山区政府2023年重点工作任务分解和责任分工方案",
      "",
      "一、主要预期目标",
      "1.固定资产投资增长15%左右。",
      "牵头单位:区发改局;责任单位:立山经济开发区、各街道",
    ].join("\n"),
    { file: "seeds/notice.txt" },
  );
  expect(page.entries).toHaveLength(1);
  const data = page.entries[0]?.data;
  expect(data).toMatchObject({ date: "2023-03-28", docType: "其他" });
  // The notice asks its addressees to carry the plan out; the plan's items are its tasks.
  expect(data?.measures?.map((measure) => measure.text)).toEqual([
    "请结合实际,认真贯彻落实。",
    "1.固定资产投资增长15%左右。",
  ]);
  expect(data?.measures?.[0]?.units).toEqual(expect.arrayContaining(["立山经济开发区"]));
  expect(data?.measures?.[1]?.units).toEqual(expect.arrayContaining(["立山区发改局", "立山经济开发区"]));
});

test("a short 牵头单位 line under a task is its carrier, not a heading over the next task", () => {
  const data = extract([
    "立山区政府2023年重点工作任务分解和责任分工方案",
    "一、主要预期目标",
    "1.努力实现地区生产总值增长6.2%左右。",
    "牵头单位:区发改局",
    "2.规模上工业增加值增长5%左右。",
    "牵头单位:区工信局",
    "责任单位:立山经济开发区",
  ]);
  expect(data?.measures?.map((measure) => measure.units)).toEqual([
    ["立山区发改局"],
    ["立山区工业和信息化局", "立山经济开发区"],
  ]);
});

test("an unpunctuated numbered target over its 责任单位 line is a task, not a heading", () => {
  const data = extract([
    "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
    "为确保各项目标任务落到实处,现将主要目标任务分解如下。",
    "一、2023年全区经济社会发展的主要预期目标",
    "(一)地区生产总值增长7%以上",
    "责任单位:区发展和改革局",
    "(二)规上工业增加值增长12%以上",
    "责任单位:区科技和经信局",
  ]);
  expect(data?.measures?.map((measure) => [measure.text, measure.units])).toEqual([
    ["(一)地区生产总值增长7%以上", ["区发展和改革局"]],
    ["(二)规上工业增加值增长12%以上", ["区科技和经信局"]],
  ]);
});

test("a disclosure page's record is furniture that dates the notice; the notice without a headline takes the title of the document it issues", () => {
  const data = extract([
    "索 引 号 | 11370828593615886A/2025-00693 | 公开方式 | 主动公开 |",
    "发布机构 | 金乡县人民政府办公室 | 组配分类 | 金政发 |",
    "成文日期 | 2025-02-28 | 废止日期 | |",
    "各镇政府,各街道办事处,县政府各部门:",
    "县政府研究确定了《2025年金乡县政府重要工作事项责任分工》,现印发给你们,请认真贯彻落实。",
    "金乡县人民政府",
    "2025年2月28日",
    "(此件公开发布)",
    "2025年金乡县政府重要工作事项责任分工",
    "一、2025年主要预期目标",
    "1.地区生产总值增长6%。(牵头单位:县发展和改革局)",
    "2.修编经济开发区整体规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、食品产业园等)",
  ]);
  expect(data?.title).toBe("2025年金乡县政府重要工作事项责任分工");
  expect(String(data?.date)).toBe("2025-02-28");
  expect(data?.measures?.slice(-2).map((measure) => [measure.units, measure.tags])).toEqual([
    [["金乡县发展和改革局"], ["城市经济"]],
    [["金乡县政府园区发展服务中心", "金乡县新材料产业园", "金乡县食品产业园"], []],
  ]);
});

test.each([
  {
    lines: [
      "关于召开全市安全生产工作会议的通知",
      "发布时间：2024-02-28 10:20",
      "各县区人民政府：",
      "经研究，定于召开全市安全生产工作会议。现将有关事项通知如下：",
      "1.会议时间：2024年3月5日（星期二）上午9:00",
      "2.会议地点：市政府三楼会议室",
    ],
    date: "2024-02-28",
  },
  {
    lines: [
      "臺南市政府 開會通知單",
      "發文日期：中華民國114年1月10日",
      "開會事由：研商防汛整備事宜",
      "開會時間:114年1月20日(星期一)上午10時",
      "開會地點:永華市政中心",
    ],
    date: "2025-01-10",
  },
])("a notice calling a meeting is dated by its issue, not by the meeting it calls ($date)", ({ lines, date }) => {
  expect(String(extract(lines)?.date)).toBe(date);
});

test("a part of a place after 由 (由台湾东部横贯西部) is no unit that acts", () => {
  const data = extract([
    "花莲县防台会议召开",
    "依据中央气象局的路径分析，中度台风苏迪勒极可能由台湾东部横贯西部，其暴风圈将于下午接触花莲。县长傅崐萁要求相关单位做好防汛工作。",
  ]);
  expect(data?.units).toEqual(["花莲县相关单位"]);
});

test.each([
  {
    // Signed once, at its very end, with （此件公开发布） after the date: not the deadline it sets.
    lines: [
      "盘锦市人民政府办公室关于印发《2021年市〈政府工作报告〉任务分解和责任分工方案》的通知",
      "各县、区人民政府,市政府各部门、直属机构:",
      "现将《2021年市〈政府工作报告〉任务分解和责任分工方案》印发给你们,并就抓好落实通知如下:",
      "1.明确任务,压实责任。各牵头单位的具体推进实施方案务于2021年2月3日前报送各位分管市领导。",
      "盘锦市人民政府办公室",
      "2021年1月25日",
      "(此件公开发布)",
    ],
    date: "2021-01-25",
  },
  {
    // Forwarding a signed notice: its own signature comes first, the forwarded one's last.
    lines: [
      "郸城县人民政府办公室关于转发《周口市人民政府办公室关于做好防汛工作的通知》的通知",
      "各乡镇人民政府,县直各单位:",
      "现将《周口市人民政府办公室关于做好防汛工作的通知》转发给你们,请认真贯彻执行。",
      "郸城县人民政府办公室",
      "2024年5月18日",
      "周口市人民政府办公室关于做好防汛工作的通知",
      "各县(市、区)人民政府:",
      "为做好今年防汛工作,现通知如下:各地要加强巡查。",
      "周口市人民政府办公室",
      "2024年5月10日",
    ],
    date: "2024-05-18",
  },
  {
    // A 通报 a conference's office signs with its seal's note, reposted with its publication time.
    lines: [
      "关于2023年度全省城乡环境综合整治工作考评结果的通报",
      "发布时间:2024-02-02 来源:江西省住建厅-公示公告",
      "各市、县(区)人民政府,赣江新区管委会:",
      "现将2023年度考评结果通报如下:全省各地要增强责任感、使命感和紧迫感,全力做好城乡环境综合整治工作。",
      "江西省城乡环境综合整治和生活垃圾分类工作部门联席会议办公室(代章)",
      "2024年1月23日",
    ],
    date: "2024-01-23",
  },
])("a notice is dated by its own signature ($date)", ({ lines, date }) => {
  expect(String(extract(lines)?.date)).toBe(date);
});

test("the comment and share buttons after an article's byline make no second entry", () => {
  const page = extractPage(
    [
      "鄱阳县美丽集镇建设推进会召开",
      "10月10日,全县美丽集镇建设推进会召开。县长王宗华要求,各乡镇要扭住重点,持续深入实施集镇洁净工程。",
      "(记者黄鹏)",
      "用户点评",
      "已显示全部评论",
      "点击查看更多评论()",
      "分享到微信朋友圈",
    ].join("\n"),
    { file: "seeds/p.txt" },
  );
  expect(page.entries).toHaveLength(1);
});

test("a site's column named after its place (今日永吉) assigns nothing; 现纪要如下 and an 附件 line are no tasks", () => {
  const data = extract([
    "今日永吉",
    "我县召开防汛工作专题会议",
    "7月20日,县防汛抗旱指挥部召开防汛工作专题会议。现纪要如下:",
    "会议强调,各单位要认真学习贯彻落实省防指的意见,形成工作合力。",
    "附件:2022年《政府工作报告》主要任务上半年落实情况",
  ]);
  expect(data?.measures?.map((measure) => [measure.text.slice(0, 8), measure.units])).toEqual([
    ["各单位要认真学习", ["各单位"]],
  ]);
});

test("a task list written inline: each bracket of carriers closes its item; an outline item over sub-items is a heading", () => {
  const data = extract([
    "黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见",
    "现就重点工作任务提出责任分工意见如下:",
    "一、全省经济社会发展主要目标",
    "(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)",
    "(三)城镇居民人均可支配收入增长12%以上。(省发改委、农委、统计局分别负责)",
    "二、大力推进产业项目建设,促进结构优化升级和质量效益提升",
    "(一)全力推进产业项目建设。",
    "1.抓好600个省级重点产业项目,确保年度投资达到2000亿元。(省发改委主办,省工信委、科技厅协办)",
  ]);
  expect(data?.measures?.map((measure) => [measure.text.slice(0, 6), measure.units])).toEqual([
    ["(一)地区生", ["黑龙江省发展和改革委员会"]],
    ["(二)公共财", ["黑龙江省财政厅", "黑龙江省国税局", "黑龙江省地税局"]],
    ["(三)城镇居", ["黑龙江省发展和改革委员会", "黑龙江省农委", "黑龙江省统计局"]],
    ["1.抓好60", ["黑龙江省发展和改革委员会", "黑龙江省工信委", "黑龙江省科技厅"]],
  ]);
  expect(data?.measures?.[0]?.tags).toEqual(["城市经济"]);
});

test("what an inspection found in order (该点位…整体良好。1.… 2.…) is no task; a fault with its 责任单位 is", () => {
  const data = extract([
    "为高质量完成全国文明城市创建工作目标,10月25日,市创文巩卫办督查组进行专项检查,共发现问题22个,请各相关单位针对问题立行立改。突出问题如下:",
    "一、儋州村社区",
    "(一)社区居委会",
    "该点位文明创建工作整体良好。",
    "1.显著位置设置社会主义核心价值观公益宣传广告。",
    "2.显著位置设置健身场所导视图。",
    "(二)背街小巷",
    "1.南二巷车辆乱停放现象普遍。(责任单位:市综合行政执法局天涯分局)",
  ]);
  expect(data?.docType).toBe("通报");
  // (The order starts at its 请, after the inspection it follows.)
  expect(data?.measures?.map((measure) => measure.text.slice(0, 8))).toEqual(["请各相关单位针对", "1.南二巷车辆乱"]);
});

test("a bureau's own meeting hands work to its sections by 由…负责: each is the bureau's section", () => {
  const data = extract([
    "区住房城乡建委:组织召开疫情防控会议",
    "2022年10月28日,区住房城乡建委党组书记、主任卫中华主持召开疫情防控会议。",
    "会议要求:由房地产开发科负责督促检查房地产开发企业全体员工核酸检测情况;由物业管理科负责督促检查物业服务企业全体员工核酸检测情况。",
  ]);
  expect(data?.measures?.map((measure) => measure.units)).toEqual([
    ["区住房和城乡建设委员会房地产开发科"],
    ["区住房和城乡建设委员会物业管理科"],
  ]);
});

test("a street office's own meeting: its communities, teams and sections are its own", () => {
  const data = extract([
    "蜀山街道召开城市社区文明迎检工作会议",
    "9月3日下午,杭州市萧山区蜀山街道再次召开城市社区文明迎检工作会议。",
    "会议要求,各社区要全面排查点位问题;城管执法中队要加强巡查;街道事务科要做好保障。",
  ]);
  expect(data?.units).toEqual(
    expect.arrayContaining(["萧山区蜀山街道各社区", "萧山区蜀山街道城管执法中队", "萧山区蜀山街道事务科"]),
  );
});

test("a bureau leading with sectors in support is a task; the site's 主办 line publishes for its county-level city", () => {
  const page = extractPage(
    [
      "建德市新闻传媒中心 主办",
      "市十六届政府召开第15次常务会议",
      "4月9日上午,市长朱欢主持召开常务会议。会议要求,市市场监督管理局牵头,卫健、教体、住建等行业主管部门密切配合,全面开展风险隐患排查整治。",
    ].join("\n"),
    { file: "seeds/r.txt" },
  );
  const data = page.entries[0]?.data;
  expect(data?.region).toEqual({ province: "浙江省", city: "杭州市", district: "建德市" });
  expect(data?.measures?.[0]?.units).toEqual([
    "建德市市场监督管理局",
    "建德市卫健部门",
    "建德市教体部门",
    "建德市住建部门",
  ]);
});

test("a township's own meeting: its villages (各村（社区）) are its own", () => {
  const data = extract([
    "板浦镇召开村(社区)党组织换届选举工作动员部署会",
    "8月23日,连云港市海州区板浦镇召开村(社区)党组织换届选举工作动员部署会。会议要求,各村(社区)要严格按照程序开展换届工作。",
  ]);
  expect(data?.units).toContain("海州区板浦镇各村（社区）");
});

test("the government whose site a page stands on (西平县人民政府版权所有) places it, whatever source it names", () => {
  const report = extract([
    "宋集镇召开2023年“三秋”生产暨秸秆禁烧动员会",
    "来源: 宋集镇 时间: 2023-10-11 浏览次数:",
    "10月9日下午,宋集镇在镇会议室召开秸秆禁烧动员会,镇党委书记康贺讲话。",
    "康贺强调,各村要成立禁烧工作专班。",
    "西平县人民政府版权所有 豫ICP备05001167",
  ]);
  expect(report?.region).toEqual({ province: "河南省", city: "驻马店市", district: "西平县" });
});

test("a deadline is when work is due, not a date the page was written on", () => {
  const data = extract([
    "六安市人民政府关于2021年重点工作及责任分解的通知",
    "各县区人民政府,市政府各部门:",
    "1.地区生产总值增长8.5%以上。",
    "牵头责任单位:市发改委。",
    "完成时限:2021年12月31日",
    "2.全面完成棚户区改造任务,确保2021年11月30日前交付。",
  ]);
  expect(data?.date).toBe("2021");
  expect(data?.docType).toBe("其他");
  expect(data?.measures?.[0]?.deadline).toMatchObject({ date: "2021-12-31" });
});

test("a site's welcome line (欢迎访问巨鹿人民政府网站) publishes for its county: a town's dispatch is placed in it", () => {
  const data = extract([
    "欢迎访问巨鹿人民政府网站",
    "官亭镇调度秸秆禁烧工作",
    "发布时间:2020-10-07  发布机构:官亭镇人民政府",
    "2020年10月7日李扬镇长调度秸秆禁烧工作:",
    "四要加强监管。由镇执法队、包村干部、村干部分组带队,做好巡查工作。",
  ]);
  expect(data?.region).toEqual({ province: "河北省", city: "邢台市", district: "巨鹿县" });
  expect(data?.units).toContain("巨鹿县官亭镇执法队");
});

test("a minutes field gives the meeting's day, its label on one line and its value on the next or after a colon", () => {
  const taipei = extract([
    "臺北市政府第963次市政會議",
    "",
    "發文機關",
    "",
    "臺北市政府秘書處",
    "",
    "開會日期",
    "",
    "1998-06-16 00:00:00.000",
    "",
    "開會地點",
    "",
    "本府十二樓簡報室",
    "",
    "請衛生局主政,協調教育局辦理相關之溫馨關懷文宣。",
  ]);
  expect(taipei?.title).toBe("臺北市政府第963次市政會議");
  expect(taipei?.date).toBe("1998-06-16");
  // After a colon, and in a numbered Taiwanese field whose 民國 year a PDF letter-spaced.
  const colonFields = [
    {
      lines: [
        "县政府常务会议纪要",
        "会议时间：2023年5月3日上午",
        "会议地点：县政府三楼会议室",
        "会议要求，县水利局要在汛期前完成山塘水库的安全检查。",
      ],
      date: "2023-05-03",
    },
    {
      lines: [
        "臺南市工務局第16次局務會議紀錄",
        "1 、 開會時間:中華民國 1 0 1 年 5 月 24 日星期四下午 4 時 30 分",
        "2、 開會地點:臺南市政府永華行政中心",
        "主席裁示:日後請各科室提送議會的資料必須過濾。",
      ],
      date: "2012-05-24",
    },
  ];
  for (const { lines, date } of colonFields) {
    const minutes = extract(lines);
    expect(minutes?.title).toBe(lines[0]);
    expect(minutes?.date).toBe(date);
    // The meeting's day is not the page's publication day.
    expect(minutes?.published).toBeUndefined();
  }
});

test("a publisher's stamp above the article (body, date, clock) gives its source and date, never its title", () => {
  const data = extract([
    "县政府",
    "梨树县人民政府   2025-04-28 08:53:00",
    "县委副书记、县长毕志杰主持召开县政府第十九届四十一次常务会议",
    "4月27日,县委副书记、县长毕志杰主持召开县政府第十九届四十一次常务会议。会议强调,县畜牧局要加大政策宣传。",
  ]);
  expect(data?.title).toBe("县委副书记、县长毕志杰主持召开县政府第十九届四十一次常务会议");
  expect(data?.date).toBe("2025-04-27");
  expect(data?.published).toBe("2025-04-28");
  const minutes = extract([
    "〔2011〕80号",
    "永康市人民政府办公室 二○一一年十月十七日",
    "10月10日下午,市政府召开十五届政府第八十次市长办公会议。会议审议通过了关于我市数字电视收费标准的汇报。",
  ]);
  expect(minutes?.date).toBe("2011-10-10");
  expect(minutes?.region).toEqual({ province: "浙江省", city: "金华市", district: "永康市" });
});

test("a stamp with a source after it (…人民政府 2023-05-10 09:34:00 来源: 伊通发布): the source, and the site that places it", () => {
  const data = extract([
    "伊通满族自治县人民政府 2023-05-10 09:34:00 来源: 伊通发布",
    "全县卫片治理调度推进会议召开",
    "5月8日,全县卫片治理调度推进会议在县综合楼五楼会议室召开。县长叶永兴强调,各乡镇街要严格落实属地责任。",
  ]);
  expect(data?.source.name).toBe("伊通发布");
  expect(data?.published).toBe("2023-05-10");
  expect(data?.region).toEqual({ province: "吉林省", city: "四平市", district: "伊通满族自治县" });
});

test("a disclosure field whose value stands on the next line: the value is furniture, a publisher's is the source", () => {
  const data = extract([
    "镇巴县人民政府工作规则",
    "• 索引号:",
    "6107280000/2024-001005",
    "• 发文机构:",
    "县政府网站",
    "• 发文日期:",
    "2024年04月06日 16:40",
    "镇巴县人民政府工作规则",
    "一、根据有关法律,结合本县实际,制定本规则。",
    "二、县政府工作人员要旗帜鲜明讲政治,严格依法行政。",
  ]);
  expect(data?.source.name).toBe("县政府网站");
  expect(data?.units).toEqual([]);
  expect(data?.docType).toBe("其他");
  expect(data?.date).toBe("2024-04-06");
});

test("an app's banner over the article (打开网易新闻 查看更多图片) is furniture, never the title", () => {
  const data = extract([
    "打开网易新闻 查看更多图片",
    "9月3日下午,县委副书记、县长唐守兵主持召开十五届县政府第140次常务会议,审议并原则通过有关方案。",
  ]);
  expect(data?.title).toBe("县委副书记、县长唐守兵主持召开十五届县政府第140次常务会议");
});

test("a dispatch by its own number (…司长批示), dated above its signing official's office and name, is that day's and reports nothing", () => {
  const data = extract([
    "第3/2000號行政法務司司長批示",
    "行政法務司司長行使《澳門特別行政區基本法》第六十四條賦予的職權,作出本批示。",
    "一、成立跟進行政法務範疇施政報告工作小組。",
    "四、工作小組至少每月舉行一次會議。",
    "二零零零年四月七日",
    "行政法務司司長",
    "陳麗敏",
  ]);
  expect(data?.date).toBe("2000-04-07");
  expect(data?.docType).toBe("其他");
});

test("a notice that lost its headline and opens with its addressees is of the year its work is named for", () => {
  const data = extract([
    "各镇乡人民政府、街道办事处,县政府直属各单位:",
    "为有效推动政府各项工作落实,经县政府同意,决定进一步强化2008年县政府重点工作和专项工作的政务督查。各镇乡(街道)、各部门要认真贯彻落实。",
  ]);
  expect(data?.date).toBe("2008");
});

test("a headline with its date (副省长调研省大数据中心 2025-04-28) is no publisher's stamp", () => {
  const data = extract([
    "副省长调研省大数据中心 2025-04-28 10:30",
    "4月27日，副省长调研省大数据中心，要求要加快建设。",
  ]);
  expect(data?.source.name).not.toBe("副省长调研省大数据中心");
  expect(data?.title).toContain("副省长调研省大数据中心");
});

test("a newspaper page's furniture (font size, a bare label, a column name, the footer) neither titles nor splits it", () => {
  const raw = [
    "您好!今天是",
    "設為主頁收藏本頁",
    "社交網站:",
    "當前報章2019年06月05日",
    "今日導讀",
    "本報新聞",
    "字體: 放大 還原 縮小",
    "市政諮委會召開特別大會",
    "",
    "    【特訊】市政署市政諮詢委員會日前召開特別大會,審議市政署本年度第二次預算修改。",
    "    會議於五月三十一日下午在市政署大禮堂舉行,由市政諮詢委員會主席司徒民義主持。",
    "昔日新聞",
    "友情鏈接",
    "聯繫我們",
    "電話:編輯部 28574294  廣告部 28938387",
    "本報逢週六休假、週日無報 (如遇特殊情況則另行公佈)",
    "特別假期為:1月1日   春節初一、二、三    5月1日   10月2日。",
  ].join("\n");
  const { entries } = extractPage(raw, { file: "seeds/x.txt" });
  expect(entries.map((entry) => entry.data.title)).toEqual(["市政諮委會召開特別大會"]);
  expect(entries[0]?.data.date).toBe("2019-05-31");
});

test("a township convening in a named room (高陂镇在镇二楼会议厅召开) owns its 各村", () => {
  const raw =
    "2017年4月13日上午,高陂镇在镇二楼会议厅召开了全镇村“两委”换届选举工作会议。\n会议要求,各村要充分认识做好村级换届工作的重要性。";
  const [entry] = extractPage(raw, { file: "seeds/x.txt" }).entries;
  expect(entry?.data.units).toEqual(["高陂镇各村"]);
});

test("review: a notice opening with its addressees (各科室：) takes its title from its first sentence; 本报综合 opens an article", () => {
  const notice =
    "各科室：\n经局党组研究，决定开展作风建设专项整治，请各科室于6月15日前报送自查报告。\n县住建局办公室\n2024年6月3日";
  expect(extractPage(notice, { file: "seeds/x.txt" }).entries[0]?.data.title).not.toBe("各科室：");
  const paper = [
    "县政府召开常务会议",
    "本报讯 6月2日，县长刘洋主持召开县政府常务会议，要求县住建局加快推进老旧小区改造，确保年底前完工。",
    "全省推进乡村振兴工作综述",
    "本报综合",
    "6月1日，副省长张伟在全省乡村振兴推进会上讲话，要求各地加快推进高标准农田建设，确保年底前完成建设任务。",
  ].join("\n");
  expect(extractPage(paper, { file: "seeds/x.txt" }).entries.map((entry) => entry.data.title)).toEqual([
    "县政府召开常务会议",
    "全省推进乡村振兴工作综述",
  ]);
});

test("review: a bureau's 局务会 or 局长办公会 owns its sections though the text names no convener", () => {
  const raw =
    "县住建局召开局务会\n6月2日，县住建局召开局务会，局长王强主持。会议要求，各股室要对照年度目标加快工作进度。";
  expect(
    extractPage(raw, { file: "seeds/x.txt", region: { province: "河南省", city: "周口市", district: "鹿邑县" } })
      .entries[0]?.data.units,
  ).toContain("鹿邑县住房和城乡建设局各股室");
});

test("a disclosure page's 名称 row is furniture, and a space inside a quoted document name splits no headline", () => {
  const raw = [
    "名 称: | 区人民政府办公室关于印发《2023年省、市、区 〈政府工作报告〉确定的主要目标任务办理 责任分解方案》的通知 | 发布机构: | 武昌区人民政府办公室 |",
    "文 号: | 武昌政办〔2023〕1号 | 索 引 号: | 737546075/2023-23823 |",
    "区人民政府办公室关于印发《2023年省、市、区 〈政府工作报告〉确定的主要目标任务办理 责任分解方案》的通知",
    "各街道办事处,区人民政府各部门,各有关单位:",
    "各责任单位要高度重视主要目标任务办理工作,对承办的责任事项逐个进行研究,制订具体细化的工作方案。",
  ].join("\n");
  expect(extractPage(raw, { file: "seeds/x.txt" }).entries[0]?.data.title).toBe(
    "区人民政府办公室关于印发《2023年省、市、区 〈政府工作报告〉确定的主要目标任务办理 责任分解方案》的通知",
  );
});

test("review: a disclosure page's 名称 row titles it when no headline line follows; 各乡镇在…召开 is no township convening", () => {
  const disclosure = [
    "索 引 号|123",
    "名 称 | 香河县人民政府关于做好2024年防汛工作的通知 | 发布机构 | 香河县人民政府",
    "各乡镇人民政府:",
    "一、各乡镇要在6月10日前完成隐患排查。",
  ].join("\n");
  expect(extractPage(disclosure, { file: "seeds/x.txt" }).entries[0]?.data.title).toBe(
    "香河县人民政府关于做好2024年防汛工作的通知",
  );
  const county =
    "10月11日，平远县秋冬季森林防火工作会议召开。会后，各乡镇在当天下午召开专题会议。\n会议要求，各村要加强巡查，各部门要落实责任。";
  const units = extractPage(county, { file: "seeds/x.txt" }).entries[0]?.data.units ?? [];
  expect(units.some((unit) => unit.includes("各乡镇各"))).toBe(false);
});

test("a disclosure table's 标 题 row, printed nowhere else, titles the notice and its 发布日期 dates it", () => {
  const raw = [
    "索引号: | 11341602003166647K/202004-00328 | 信息分类: | 规范性文件 |",
    "成文日期: | 发布日期: | 2020-04-09 08:44 | |",
    "标 题: | 某某区人民政府办公室关于印发2020年重点工作任务分解表的通知 | ||",
    "政策咨询机关: | 政策咨询电话: |",
    "标 题: | 某某区人民政府办公室关于印发2020年重点工作任务分解表的通知 | ||",
    "各乡镇人民政府、街道办事处,区政府各部门:",
    "2019年12月30日,区长在区人民代表大会所作的《政府工作报告》安排部署了今年的主要工作任务。现将分解表印发给你们,请认真抓好落实。",
  ].join("\n");
  const [entry] = extractPage(raw, { file: "seeds/x.txt" }).entries;
  expect(entry?.data.title).toBe("某某区人民政府办公室关于印发2020年重点工作任务分解表的通知");
  expect(entry?.data.date).toBe("2020-04-09");
  expect(entry?.data.docType).toBe("其他");
  const body = JSON.stringify(entry?.blocks);
  expect(body).toContain("请认真抓好落实");
  expect(body).not.toContain("标 题");
  expect(body).not.toContain("政策咨询");
});

test("a town's own 整改报告: a 检查, placed in the town's county, its communities the town's and its mendings its measures", () => {
  const raw = [
    "创建文明城市整改报告",
    "县创城指挥部办公室:根据你单位下发的通知,5月27日,银川市创城办对园区进行督查暗访。望远镇管辖范围内存在两项内容需要整改,结合我镇实际情况,望远镇党委、政府召开会议,现将整改情况汇报如下:",
    "(一)兰花花金街环境卫生脏乱差。整改措施:针对该问题,我镇立即安排蓝山社区对兰花花金街周边环境问题进行实地核查。",
  ].join("\n");
  const data = extractPage(raw, { file: "seeds/x.txt" }).entries[0]?.data;
  expect(data?.docType).toBe("检查");
  expect(data?.region).toEqual({ province: "宁夏回族自治区", city: "银川市", district: "永宁县" });
  expect(data?.measures?.map((measure) => measure.units)).toEqual([["永宁县望远镇蓝山社区"]]);
});

test("a notice that opens with its addressees and closes with a date alone is dated by it, not by a deadline inside", () => {
  const raw = [
    "各镇政府(街道办事处)、迳口华侨经济区管委会,区政府直属局以上单位:",
    "区政府决定对区人大会议确定的工作任务实施部门分工负责制。",
    "一、各牵头单位要做好细化实施方案,于4月20日(星期五)前上报区督查组。",
    "附件:2007年三水区政府工作主要任务分解表",
    "二○○七年四月十三日",
    "|",
  ].join("\n");
  expect(extractPage(raw, { file: "seeds/x.txt" }).entries[0]?.data.date).toBe("2007-04-13");
});

test("a task table from a document site: the site's terms go, its name is the title, each row a body carries is a task", () => {
  const page = extractPage(
    [
      "防汛工作责任分解及进度表",
      "合集下载",
      "- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
      '- 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。',
      "区水务局",
      "区应急局、区城管局、",
      "各街道办事处",
      "区水务局负责,各街道办事处配合,清理辖区排水管网淤泥.",
      "2023年5月31日前",
      "区应急局负责组织防汛应急演练,完善防汛物资储备。",
      "2023年6月15日前",
    ].join("\n"),
    { file: "seeds/page.txt" },
  );
  const data = page.entries[0]?.data;
  expect(data?.title).toBe("防汛工作责任分解及进度表");
  expect(page.removed.some((line) => line.includes("下载文档前"))).toBe(true);
  expect(data?.measures?.map((measure) => measure.text)).toEqual([
    "区水务局负责,各街道办事处配合,清理辖区排水管网淤泥.",
    "区应急局负责组织防汛应急演练,完善防汛物资储备。",
  ]);
  expect(data?.measures?.[0]?.deadline).toMatchObject({ text: "2023年5月31日前" });
});

test("a province's notice that lost its headline: numbered, addressed, dated by its number's year, placed in the province", () => {
  const page = extractPage(
    [
      "鲁政发〔2023〕5号",
      "各市人民政府,各县(市、区)人民政府,省政府各部门:",
      "为全面完成省十四届人大一次会议确定的各项目标任务,省政府决定将重点任务予以分解。现将有关事项通知如下:",
      "一、明确责任。既是省委全会精神的细化,也是省政府向全省人民作出的承诺。省政府各牵头部门要于2月底前完成任务细化分解。",
    ].join("\n"),
    { file: "seeds/page.txt" },
  );
  const data = page.entries[0]?.data;
  expect(data?.docType).toBe("其他");
  expect(data?.date).toBe("2023");
  expect(data?.region).toEqual({ province: "山东省" });
  expect(data?.units).toEqual(["山东省政府各牵头部门"]);
});

test("a reposting account's signature line (…网络整理发布) names the site, and so the city a township's report lies in", () => {
  const data = extract([
    "5月4日,白云乡召开乡村两级重点工作推进会。",
    "会议要求,各村要抓好人居环境整治,确保按时完成任务。",
    "来源:微信公众号@白云说",
    "宜春云为媒网络整理发布",
  ]);
  expect(data?.region).toMatchObject({ province: "江西省", city: "宜春市" });
  // A person who put the text together names no place (王长春 is no 长春).
  const byPerson = extract([
    "5月4日,白云乡召开乡村两级重点工作推进会。",
    "会议要求,各村要抓好人居环境整治。",
    "王长春整理发布",
  ]);
  expect(byPerson?.region).toEqual({});
});

test("a city's notice on a policy site: its 发布部门 line is no title, 各县区人民政府 are its addressees, its run-in signature dates it", () => {
  const data = extract([
    "市政府办公室关于做好2021年民生实事工作的通知",
    "发布部门:盐城市人民政府办公室",
    "发布时间:2021年03月02日",
    "盐政办发〔2021〕3号各县区人民政府,市各委办局:现将《2021年民生实事实施方案》印发给你们。各地各部门要高度重视,确保圆满完成目标任务。 盐城市人民政府办公室 2021年2月8日(此件公开发布)",
  ]);
  expect(data?.title).toBe("市政府办公室关于做好2021年民生实事工作的通知");
  expect(data?.region).toEqual({ province: "江苏省", city: "盐城市" });
  expect(data?.date).toBe("2021-02-08");
  // A 转发 notice's run-in signature may be the forwarded document's: it dates nothing.
  const forwarded = extract([
    "县政府办公室关于转发市政府办公室民生实事工作方案的通知",
    "发布时间:2021年05月24日",
    "各乡镇人民政府:现将市政府办公室《民生实事工作方案》转发给你们,请认真贯彻执行。 县政府办公室 2021年5月20日 附件:某市人民政府办公室 2021年5月8日(此件公开发布)",
  ]);
  expect(forwarded?.date).not.toBe("2021-05-08");
});

test("a wire stamp opening the story dates it and splits no headline; a dateline's media with its reporters' names places it", () => {
  const wire = extract([
    "(中央社訊息服務20230901 16:17:54) 因應颱風即將影響台灣,花蓮縣政府今(1日)舉行防颱整備會議,由縣長主持,請各局處全力準備防颱工作。",
  ]);
  expect(wire?.date).toBe("2023-09-01");
  expect(wire?.title).not.toMatch(/中央社/);
  const dateline = extract([
    "本刊河北讯(王明 李强)12月20日,县委书记张华主持召开县委常委会议。会议要求,各单位要抓好安全生产。",
  ]);
  expect(dateline?.region).toEqual({ province: "河北省" });
});

test("a government site's masthead (蛟河市人民政府网站) says whose page it is: 我市 is 蛟河市", () => {
  const page = extractPage(
    [
      "蛟河市人民政府网站",
      "应急管理",
      "我市召开全市防汛工作会议",
      "作者:信息中心  时间:2018-07-03 15:54",
      "6月28日,全市防汛工作会议在国际会议厅召开。会议要求,各乡镇街要加强对河道堤防的巡查值守。",
    ].join("\n"),
    { file: "seeds/t.txt" },
  );
  expect(page.entries[0]?.data).toMatchObject({
    title: "我市召开全市防汛工作会议",
    date: "2018-06-28",
    region: { province: "吉林省", city: "吉林市", district: "蛟河市" },
  });
});

test("a saved page's headline is the line its browser-tab title prints, under the disclosure fields", () => {
  const html = `<html><head><title>万载县2022年国民经济和社会发展统计公报 | 万载县人民政府</title></head><body>
<div>万载县人民政府-</div><div>统计局</div><div>网站无障碍关怀版</div><div>索 引 号：</div><div>014742224A/2023-0043406</div><div>主动公开</div><div>常年公开</div><div>面向全社会</div><div>责任部门：</div><div>万载县统计局</div>
<h2>万载县2022年国民经济和社会发展统计公报</h2>
<p>2022年，万载全县上下坚持稳中求进工作总基调，全县经济运行总体平稳。</p></body></html>`;
  expect(extractPage(html, { file: "seeds/page.html" }).entries[0]?.data.title).toBe(
    "万载县2022年国民经济和社会发展统计公报",
  );
});

test("a tab title that is only the site's or a column's name heads nothing, and a link list's site is not the page's", () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><div>宜春市人民政府门户网站</div><div>政策文件解读</div><h2>我市召开全市春耕生产工作会议</h2><div>发布时间：2023-03-01</div><p>2月28日，全市春耕生产工作会议召开。会议要求，各县（市、区）要抓好春耕备耕。</p></body></html>`;
  for (const title of ["宜春市人民政府门户网站", "政策文件解读_宜春市人民政府"])
    expect(extractPage(page(title), { file: "seeds/p.html" }).entries[0]?.data.title).toBe(
      "我市召开全市春耕生产工作会议",
    );
  const linked = extractPage(
    [
      "我市召开全市春耕生产工作会议",
      "发布时间：2023-03-01",
      "2月28日，全市春耕生产工作会议召开。会议要求，各县（市、区）要抓好春耕备耕。",
      "友情链接",
      "中国政府网",
      "江西省人民政府网站",
      "南昌市人民政府网站",
      "萍乡市人民政府网站",
      "九江市人民政府网站",
      "新余市人民政府网站",
      "鹰潭市人民政府网站",
      "主办单位：宜春市人民政府办公室",
    ].join("\n"),
    { file: "seeds/p.txt" },
  );
  expect(linked.entries[0]?.data.region).toMatchObject({ city: "宜春市" });
});

test("a newsletter record of numbered items (<strong>01</strong><strong>标题</strong>…) is one report per item, each under its own headline", () => {
  const body = [
    "<strong>01</strong><strong>市委网信办举办辅导报告会</strong>近日，市委网信办举办辅导报告会，对做好机关党建提出要求。",
    "<strong>02</strong><strong>固始县召开人才工作部署会</strong>3月28日，固始县召开人才工作部署会议。会议要求，各责任单位要制定任务清单。",
    "<strong>03</strong><strong>潢川县专题培训班开班</strong>3月27日，潢川县乡村振兴专题培训班开班。",
  ].join("");
  const row = `INSERT INTO \`bus_message\` VALUES (2, '【党建资讯】快报：第二百二十九期', '${body}', '2023-05-17 17:57:03');`;
  const entries = extractPage(row, { file: "seeds/digest.sql" }).entries.map((entry) => entry.data);
  expect(entries.map((data) => data.title)).toEqual([
    "市委网信办举办辅导报告会",
    "固始县召开人才工作部署会",
    "潢川县专题培训班开班",
  ]);
  expect(entries.map((data) => data.date)).toEqual(["2023-05", "2023-03-28", "2023-03-27"]);
  expect(entries[1]?.region?.district).toBe("固始县");
  // A report's subheadings over its paragraphs (防汛工作 / 近日，…) split nothing: the lead does not restate them.
  const report = extractPage(
    "县委召开常务会议研究防汛和安全生产工作\n5月10日，溆浦县委召开常务会议，县委书记王强主持会议。\n防汛工作\n近日，我县遭遇强降雨。会议要求，各乡镇要加强巡查。\n会议现场\n日前，县交通局要开展隐患排查。",
    { file: "seeds/r.txt" },
  ).entries;
  expect(report).toHaveLength(1);
  // Figures in bold (新增企业<strong>15</strong><strong>家</strong>) are no digest items.
  const figures = extractPage(
    "<p>今年以来，全市新增企业<strong>15</strong><strong>家</strong>，要在<b>12</b><b>月</b>底前完成。</p>",
    {
      file: "seeds/f.html",
    },
  ).entries;
  expect(JSON.stringify(figures[0]?.blocks)).toContain("全市新增企业15家，要在12月底前完成。");
  // A bold number inside a sentence (增长<b>2</b>倍) is no item.
  const prose = extractPage("<p>会议要求，产值要增长<b>2</b>倍，<b>一是</b>加强领导。</p>", {
    file: "seeds/p.html",
  }).entries;
  expect(prose).toHaveLength(1);
  expect(JSON.stringify(prose[0]?.blocks)).toContain("产值要增长2倍，一是加强领导。");
});

test("a headline that exclaims (…这么干!) over a paragraph is the title; 四是各镇要… is every town's item, not a town's own meeting", () => {
  const data = extract([
    "秋冬大气污染治理这么干!",
    "记者从市大气办召开的推进会上获悉,当前大气污染防治重点已转向秋冬季的PM2.5污染防治攻坚,全市决定全面开展综合治理攻坚行动。",
    "会议要求,市大气办要进一步做好统筹调度。",
  ]);
  expect(data?.title).toBe("秋冬大气污染治理这么干!");
  // A speech's salutation is no headline.
  expect(
    extract(["同志们！", "今天召开全县安全生产工作会议，主要任务是部署下一阶段的安全生产工作，确保全县安全形势稳定。"])
      ?.title,
  ).not.toBe("同志们！");
  const meeting = extract([
    "我县召开三秋工作动员会",
    "9月21日,我县召开动员会。县委书记陆晓延要求相关部门、乡镇:一是进一步统一思想;二是明确任务。同时,县委书记陆晓延强调:一是加强安全生产;二是各镇要认真做好换届准备工作。",
  ]);
  expect(meeting?.units).toEqual(["各镇", "相关部门", "相关乡镇"]);
});

test("a 通报's order to the bodies it blamed (被挂牌单位要…) is theirs, listed earlier by name", () => {
  const data = extract([
    "农村环境综合治理检查继续 3个乡镇、村吃红牌",
    "日前,市农村环境综合治理办公室公布专项检查结果。被红牌警告的乡镇(街道)、村(社区)是:福清市阳下街道、阳下街道奎岭村,长乐市吴航街道。",
    "被挂牌单位要高度重视,对通报的具体问题限期整改。",
  ]);
  expect(data?.measures?.[0]?.units).toEqual(["福清市阳下街道", "福清市阳下街道奎岭村", "长乐市吴航街道"]);
});

test("a town's own circular, titled with its name (水寨镇人居环境督查通报), owns the bare offices and villages it addresses", () => {
  const data = extract([
    "水寨镇人居环境督查通报",
    "近日,镇环境卫生督查组对大湖、大布村的环境卫生整改情况进行了回头看。",
    "希望各村继续加大人居环境整治力度,镇人居办要加强督查。",
  ]);
  expect(data?.units).toEqual(expect.arrayContaining(["水寨镇各村", "水寨镇人居办"]));
});

test("a circular's faults each carry the body named to mend them, and its verdict names those bodies, not their part", () => {
  const lines = [
    "信阳日报客户端",
    "建设国家卫生城市督察通报",
    "市指挥部办公室督察组对现场督察发现问题督促整改。现将8月17日督察问题通报如下:",
    "新华西路橡胶厂家属院,院内卫生保洁不到位,有卫生死角。(责任单位:浉河区工信委,责任人:杨明)",
    "平桥汽配城有大量散在垃圾,垃圾桶未盖。(责任单位:平桥区交通局,责任人:朱辉)",
    "现对以上问题的责任单位市国土局、平桥区交通局给予通报批评,并对以上单位的主要负责人提出批评。",
  ];
  const data = extract(lines);
  expect(data?.measures?.map((measure) => measure.units)).toEqual([
    ["浉河区工信委"],
    ["平桥区交通局"],
    ["信阳市国土局", "平桥区交通局"],
  ]);
  expect(data?.units?.some((unit) => unit.includes("责任单位"))).toBe(false);
});

test("a labelled site name (主办单位：) outranks a banner's bare 某市人民政府主办", () => {
  const lines = [
    "网站首页 第十届冰雪旅游节 吉林市人民政府主办",
    "我市召开冰雪旅游工作会议。市长主持会议并讲话。",
    "主办单位：蛟河市人民政府",
  ];
  expect(extract(lines)?.region).toEqual({ province: "吉林省", city: "吉林市", district: "蛟河市" });
});

test("a statistics bulletin sets no measures, and is tagged by the fields it dwells on", () => {
  const data = extract([
    "某县2022年国民经济和社会发展统计公报",
    "2022年，全县上下坚持稳中求进，积极主动应对经济下行压力，经济运行总体平稳。",
    "全年地区生产总值增长4.1%。规模以上工业增加值增长6.2%。全年社会消费品零售总额增长3.5%。",
    "全年新增城镇就业5000人。年末共有卫生机构120个。",
    "注：1.本公报中数据均为初步统计数，最后以年报核定数据为准。",
    "2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。",
  ]);
  expect(data?.measures).toEqual([]);
  expect(data?.tags).toContain("城市经济");
  expect(data?.tags).not.toContain("公共卫生");
});

test("a recruitment notice sets no measures: its items are the applicant's conditions and steps", () => {
  const notice = extract([
    "为充实基层力量,某镇决定面向社会公开招聘合同制工作人员。现将有关事项公告如下:",
    "一、应聘条件",
    "(一)身体健康,遵纪守法,品行端正。",
    "二、报名",
    "1.报名时间:2024年3月1日至3月10日。",
    "2.报名人员须提供本人有效身份证。",
  ]);
  expect(notice?.measures).toEqual([]);
  // (Nor a notice that decides on other work about recruiting: 决定开展清理整顿非法招聘专项行动.)
  const drive = extract([
    "关于开展清理整顿人力资源市场秩序专项行动的公告",
    "县人社局决定联合开展清理整顿非法招聘专项行动。现将有关事项公告如下:",
    "一、各乡镇要做好宣传发动。",
  ]);
  expect(drive?.measures?.map((measure) => measure.units)).toEqual([["县人力资源和社会保障局"], ["各乡镇"]]);
  // (A meeting that decides to recruit still orders it.)
  const meeting = extract([
    "县政府召开常务会议",
    "3月1日,县长主持召开县政府常务会议,研究公开招聘教师事宜。会议要求,县教育局要在6月底前完成招聘工作。",
  ]);
  expect(meeting?.measures).toHaveLength(1);
  // (Nor a meeting on a notice, nor news of one published: their orders stand.)
  for (const title of [
    "县人社局召开事业单位公开招聘工作部署会",
    "县人社局发布2024年度企业招聘简章",
    "关于开展乡村振兴示范村遴选工作的公告",
    "关于严厉打击招聘诈骗违法犯罪活动的公告",
    "县人社局提醒：警惕虚假招聘公告",
    "关于加强用人单位招聘外来务工人员管理的公告",
    "一图读懂某某县2024年公开招聘教师简章",
  ]) {
    const news = extract([title, "3月1日,会议研究了招聘公告发布事宜。会议要求,各用人单位要在4月30日前报送岗位计划。"]);
    expect(news?.measures).toHaveLength(1);
  }
});

test("a body named as a leader's whole title acts in the report, but the publisher's 局属各单位 stay the publisher's", () => {
  const data = extract([
    "全县教育系统财务管理工作会议召开",
    "来源：县教育局  发布时间：2023-04-12",
    "4月11日，全县教育系统财务管理工作会议召开。县财政局王建国同志通报了2022年度教育经费审计发现的问题。",
    "会议要求，局属各单位要严格执行财经纪律，5月底前完成财务自查。",
  ]);
  expect(data?.units).toEqual(expect.arrayContaining(["县教育局局属各单位", "县财政局"]));
  expect(data?.units).not.toContain("县财政局局属各单位");
});

test("a recruitment notice is a notice of no reported kind, whatever document numbers it quotes", () => {
  const notice = extract([
    "2024年某县机关事业单位公开招用编外人员公告",
    "根据《某县编外聘用人员招用暂行办法》(某人社〔2023〕55号)等文件精神,现面向社会公开招用编外人员。具体事项公告如下:",
    "一、招用计划",
    "1.报名时间:3月8日至3月11日。",
    "某县人力资源和社会保障局",
    "2024年2月28日",
  ]);
  expect(notice?.docType).toBe("其他");
  expect(notice?.measures).toEqual([]);
  // (Its signature dates it, as a circular's does.)
  expect(notice?.date).toBe("2024-02-28");
});

test("a disclosure page's name field picks its headline over the site's menu above the fields", () => {
  const data = extract([
    "政府信息公开",
    "政府信息公开制度",
    "索引号: 015155419-201809-100132 主题分类: 公共文化体育",
    "发布机构: 寻甸回族彝族自治县人民政府 发布日期: 2018-09-17 17:20",
    "名 称: 2018年寻甸花山节暨第二届摸鱼节圆满举办",
    "2018年寻甸花山节暨第二届摸鱼节圆满举办",
    "9月15日,“2018年寻甸花山节暨第二届摸鱼节”主会场在塘子街道办举办。",
  ]);
  expect(data?.title).toBe("2018年寻甸花山节暨第二届摸鱼节圆满举办");
});

test("review: a meeting about a statistics report keeps its measures; a measureless text touching few fields keeps each", () => {
  const meeting = extract([
    "县统计局扎实部署2023年统计年报",
    "12月5日，县统计局召开会议部署统计年报工作。会议要求，各乡镇、各部门要高度重视统计年报工作，确保数据真实准确。",
  ]);
  expect(meeting?.measures?.length ?? 0).toBeGreaterThan(0);
  const feature = extract([
    "老旧小区焕新颜 居民生活更舒心",
    "近年来，我区老旧小区改造成效明显。老旧小区改造让居民满意。老旧小区改造完成120个。",
    "累计加装电梯356部。加装电梯惠及老人。",
  ]);
  expect(feature?.tags).toEqual(expect.arrayContaining(["老旧小区改造", "加装电梯"]));
});

test("a disclosure page's title field spaced without a colon (标      题 …) picks its headline", () => {
  const data = extract([
    "标      题 某州人民政府第五届第12次常务会议",
    "索引号 000014349/2022-00123 文      号",
    "发布机构 某州人民政府办公厅 发布日期 2022-03-02 10:20:00",
    "某州人民政府第五届第12次常务会议",
    "3月1日，州长张某主持召开州政府常务会议，研究部署春耕生产工作。会议要求，各县要抓好春耕备耕。",
  ]);
  expect(data?.title).toBe("某州人民政府第五届第12次常务会议");
});

test("a saved record's 标题: field under the text is the headline the page lacks; one above a headline is not", () => {
  const footer = extract([
    "3月5日，区长李某带队到新城街道开展调研，听取街道工作汇报。李某要求，街道要尽快组建居委会。",
    "区民政局主要负责同志陪同调研。",
    "标题:区领导带队到新城街道开展调研</div>",
    "地址:http://www.example.cn/news/123.html",
  ]);
  expect(footer?.title).toBe("区领导带队到新城街道开展调研");
  const headed = extract([
    "区长在全区干部大会上的讲话",
    "文章标题:区长在全区干部大会上的讲话同志们:",
    "刚才，书记作了动员讲话。会后，请各部门认真组织学习。",
  ]);
  expect(headed?.title).toBe("区长在全区干部大会上的讲话");
});

test("a notice whose page ran its lines into one gets its items and addressees back", () => {
  const data = extract([
    "某县人民政府督查室关于开展人居环境整治专项督查的通知",
    "县直相关部门、各乡镇人民政府: 为推进重点工作，县政府督查室将开展专项督查。现将有关事宜通知如下: 一、重点督办事项 1.加快推进农村垃圾收运体系建设。(责任单位:县城管局、各乡镇) 2.实施改厕工程，提升人居环境质量。(责任单位;县住建局、各乡镇) 二、几点要求 1.各乡镇要于7月17日下班前将落实情况报县政府督查室。",
  ]);
  const texts = data?.measures?.map((measure) => measure.text) ?? [];
  expect(texts.some((text) => text.startsWith("1.加快推进农村垃圾收运体系建设"))).toBe(true);
  const toilets = data?.measures?.find((measure) => measure.text.startsWith("2.实施改厕工程"));
  expect(toilets?.units).toEqual(expect.arrayContaining([expect.stringContaining("住房和城乡建设局")]));
  const report = data?.measures?.find((measure) => measure.text.includes("下班前"));
  expect(report?.deadline).toMatchObject({ text: "7月17日下班前" });
  expect(data?.date).toBe("unknown");
});

test("a Hong Kong dispatch: a caption over it is no article, 昨日 counts back from the dateline, the city is the territory", () => {
  const entries = extractPage(
    [
      "|",
      "旺角街頭職員昨日逐一檢查攤檔的大型貨物。 |",
      "中評社香港3月12日電/針對旺角街頭擺賣問題,港府昨日召開跨部門會議後宣布多項措施。",
      "明報報道,政務司長林鄭月娥昨召開跨部門會議,會後公布措施。",
      "第一,食環署會增派人手清理街道。",
      "第二,地政總署和消防處會巡查一帶工業大廈。",
      "林鄭月娥表示,有關措施會先在旺角實施。",
    ].join("\n"),
    { file: "seeds/hk.txt" },
  ).entries;
  expect(entries).toHaveLength(1);
  const data = entries[0]?.data;
  expect(data?.title).toBe("針對旺角街頭擺賣問題,港府昨日召開跨部門會議後宣布多項措施");
  expect(data?.date).toBe("--03-11");
  expect(data?.region).toEqual({ province: "香港特别行政区", city: "香港特别行政区" });
  expect(data?.leaders).toEqual([{ name: "林郑月娥", title: "政务司长", role: "主持" }]);
  expect(data?.units).toEqual(expect.arrayContaining(["香港食环署", "香港地政总署", "香港消防处"]));
});

test("a county meeting's story runs into its head's order (…,请相关局处备妥…): the order is a measure", () => {
  const data = extract([
    "某縣府召開第30次縣務會議",
    "某縣政府8月20日召開第30次縣務會議,各鄉鎮長列席會議,會中各局處逐一說明執行情形,縣長並關注兒童口腔健康問題,請相關局處備妥因應措施,全力推動運動場地的興建。",
  ]);
  expect(data?.measures?.map((measure) => measure.text)).toEqual(["請相關局處備妥因應措施,全力推動運動場地的興建。"]);
});

test("a town the headline opens with places a city paper's story in its county", () => {
  const data = extract([
    "木渎镇乡村篮球联赛圆满落幕",
    "苏州日报讯 8月1日,木渎镇乡村篮球联赛完美收官。本次联赛丰富了群众的体育文化生活。",
    "版权所有:苏州日报",
  ]);
  expect(data?.region).toEqual({ province: "江苏省", city: "苏州市", district: "吴中区" });
});

test("review: a notice's 标题： rule is no headline; 標題: under the text is; a spaced name field loses its label", () => {
  const rule = extract([
    "关于规范公文格式的通知",
    "各乡镇人民政府，县直各单位：近期部分单位报送的公文格式不规范。现将有关要求通知如下，请各单位认真执行。",
    "标题：2号方正小标宋简体字，居中排布",
    "正文：3号仿宋_GB2312字体",
  ]);
  expect(rule?.title).toBe("关于规范公文格式的通知");
  expect(rule?.region).toEqual({});
  const traditional = extract([
    "市長黃偉哲今日主持市政會議，要求各局處加強防汛整備。",
    "標題:市府召開市政會議 強化防汛整備",
  ]);
  expect(traditional?.title).toBe("市府召開市政會議 強化防汛整備");
  const spaced = extract([
    "索 引 号 001/2022",
    "标      题 关于召开全市安全生产工作会议的通知",
    "发布机构 市政府办公室",
    "各县区人民政府：定于3月5日召开全市安全生产工作会议。请各单位准时参加。",
  ]);
  expect(spaced?.title).toBe("关于召开全市安全生产工作会议的通知");
});

test("review: 电力 and 电视 after a day are no dateline; a weekday in the day's brackets is part of the frame", () => {
  expect(extract(["3月12日电力保障工作会议召开，副市长张某出席会议并讲话。会议要求各部门做好保障。"])?.title).toBe(
    "3月12日电力保障工作会议召开",
  );
  expect(extract(["今天（3月8日，星期五）上午，县委召开常委会议。会议要求各部门抓好落实。"])?.title).toBe(
    "县委召开常委会议",
  );
});

test("review: an exclaiming headline over a dateline is the headline, not a caption", () => {
  const entries = extractPage(
    "全力以赴打赢防汛攻坚战！\n本报讯（记者 张三）6月2日，县政府召开防汛工作会议。会议要求各乡镇要加强巡查。",
    { file: "seeds/x.txt" },
  ).entries;
  expect(entries.map((entry) => entry.data.title)).toEqual(["全力以赴打赢防汛攻坚战！"]);
});

test("review: an outline item's points that name their carriers are their tasks", () => {
  const data = extract([
    "县政府召开安全生产会议",
    "6月2日，县政府召开安全生产会议。会议要求，第一,抓好安全生产,一要县应急局牵头开展排查;二要县市场监管局加强检查;三要各乡镇落实属地责任。",
  ]);
  const checks = data?.measures?.find((measure) => measure.text.startsWith("二要县市场监管局"));
  expect(checks?.units).toEqual(["县市场监督管理局"]);
});

test("review: 请…负责同志通报了… invited a report, it orders nothing", () => {
  const data = extract([
    "县政府召开第30次县务会议",
    "8月20日,县政府召开第30次县务会议,请县教育局负责同志通报了开学准备情况,与会人员进行了讨论。",
  ]);
  expect(data?.measures).toEqual([]);
});

test("review: only a word that is no town's (幸福乡村, 新城镇化) keeps the headline from placing the story", () => {
  const data = extract([
    "幸福乡村建设推进会召开",
    "苏州日报讯 8月1日,全市幸福乡村建设推进会召开。会议要求各地加快推进。",
    "版权所有:苏州日报",
  ]);
  expect(data?.region).toEqual({ province: "江苏省", city: "苏州市" });
});

test("review: a dispatch whose dateline alone names Hong Kong, where its 特区政府 and a 司长 act, is Hong Kong's", () => {
  const data = extract([
    "新华社香港3月5日电 特区政府昨日召开记者会，政务司司长陈国基表示，将加强口岸管理。入境处会加强巡查。",
  ]);
  expect(data?.region).toEqual({ province: "香港特别行政区", city: "香港特别行政区" });
  expect(data?.units).toEqual(["香港入境处"]);
});

test("an experience piece's practices are the bodies' whose paragraphs tell them", () => {
  const data = extract([
    "解放区“四城联创”亮点纷呈",
    "2020-12-18",
    "连日来,在解放区“四城联创”指挥部的坚强领导下,该区各街道、各部门开展了卓有成效的工作,不少好做法、好经验得到了称赞。",
    "区住建局全力推进老旧小区改造工作。截至目前,21个老旧小区已全部实现复工建设。同时,成立老旧小区改造复工协调专班,形成联动协调机制。",
    "区社区办扎实开展“美丽楼院”创建,将全区603个楼院全部纳入创建范围,制定楼院星级评定细则。",
  ]);
  expect(data?.docType).toBe("经验交流");
  const practices = data?.measures?.map((measure) => [measure.text.slice(0, 8), measure.units]);
  expect(practices).toEqual([
    ["同时,成立老旧小", ["解放区住房和城乡建设局"]],
    ["区社区办扎实开展", ["解放区社区办"]],
  ]);
});

test("requirements put after praising a body's work (在肯定街道工作成绩的基础上…提出三点要求，一是…) are that street's", () => {
  const data = extract([
    "3月1日上午,自强路街道召开城市治理工作推进会。副区长吴繁出席会议并作重要讲话。会议由街道办事处主任张峰主持。",
    "最后,副区长吴繁在肯定街道工作成绩的基础上,就下一步工作提出三点要求,一是提高认识,切实抓好城市治理工作。要进一步形成共识,实现长效管控。二是多措并举,扎实做好城市治理各项工作。街道在集中整治后,要深入推进各项工作。",
  ]);
  expect(data?.measures?.length).toBeGreaterThanOrEqual(2);
  for (const measure of data?.measures ?? []) expect(measure.units).toEqual(["新城区自强路街道"]);
});

test("a Macau page's day-first date line (11/05/2020) anchors the lead's 前(9)日", () => {
  const data = extract([
    "行政長官與公共部門領導交流",
    "11/05/2020",
    "行政長官賀一誠(中)前(9)日與各公共部門領導舉行本年度施政工作交流會,要求所有部門落實執行好《施政報告》中與自身職能相關的各項工作。",
  ]);
  expect(data?.date).toBe("2020-05-09");
  expect(data?.docType).toBe("会议报道");
});

test("a simplified page's slash stamp whose numbers could both be months is read month first (5/11/2020 is 11 May only in Macau)", () => {
  const data = extract([
    "全市防汛工作会议召开",
    "发布时间:5/11/2020 10:23:00",
    "昨天,全市防汛工作会议召开,会议要求各区要做好防汛准备。",
  ]);
  expect(data?.date).toBe("2020-05-10");
});

test("a sample-text site's page holding two minutes, the second marked [篇2], gives two entries with the same title", () => {
  const page = extractPage(
    [
      "镇长办公会会议纪要",
      "2011年12月13日镇政府镇长邢兆平主持召开政府后坡治理专题办公会议,现纪要如下:",
      "一、要尽快做好治理的前期工作,治理方案的评审要求本周完成。",
      "镇长办公会会议纪要 [篇2]",
      "时间:二O一O年七月十日",
      "会议主要议题及议定事项:此次会议是一年来创建工作运行情况的总结会议。",
    ].join("\n"),
    { file: "seeds/page.txt" },
  );
  expect(page.entries.map((entry) => entry.data.title)).toEqual(["镇长办公会会议纪要", "镇长办公会会议纪要"]);
});

test("a 督查通知单: its signer, its addressees below the title block, and the order to 各事涉部门 given to them", () => {
  const data = extract([
    "某某区人民政府督查通知单",
    "区政督字〔2021〕3号 签发人:王建国",
    "区人民政府督查室",
    "关于市容问题的整改通知",
    "东风街道办事处、区住建局、区执法局:",
    "6月3日,区领导对城区市容秩序进行检查,区督查室共梳理出3条问题,请各事涉部门立即整改,并于6月10日前将问题整改完成。区督查室将对存在的问题跟踪督查。",
  ]);
  expect(data?.leaders).toEqual([{ name: "王建国", title: "签发人", role: "签发" }]);
  const ordered = data?.measures?.find((measure) => measure.text.startsWith("请各事涉部门"));
  expect(ordered?.units).toHaveLength(3);
  expect(ordered?.units?.join()).toContain("东风街道办事处");
});

test("a 督查室's circular: its signature dates it, its attachment stays with it, a lagging item with its figures and carriers is a task", () => {
  const page = extractPage(
    [
      "关于第三季度民生实事项目推进情况的通报",
      "各县（市、区）人民政府，市直有关单位：",
      "根据市政府工作安排，市督查室对十件民生实事项目推进情况进行了督查。现将有关情况通报如下：",
      "二、存在问题",
      "（一）城区停车泊位建设进度滞后。计划新建公共停车泊位5000个，目前仅完成2100个，完成率42%。（责任单位：市城管局、市住建局）",
      "三、下步要求",
      "各责任单位要对照年度目标，确保11月底前全面完成年度任务。",
      "赣州市人民政府督查室",
      "2023年10月12日",
      "附件：",
      "进度滞后项目清单",
    ].join("\n"),
    { file: "seeds/page.txt" },
  );
  expect(page.entries).toHaveLength(1);
  const data = page.entries[0]?.data;
  expect(data?.date).toBe("2023-10-12");
  expect(data?.measures?.[0]?.units).toEqual(["赣州市城管局", "赣州市住房和城乡建设局"]);
});

test("a leader without a known surname that the text confirms is listed, and the note says so rather than 未列为领导", () => {
  const data = extract([
    "区政府召开常务会议",
    "2024年8月8日下午,区委副书记、区长海赛尔·沙比提主持召开区政府常务会议。会议要求,区应急管理局要严格追究事故责任。",
  ]);
  expect(data?.leaders?.map((leader) => leader.name)).toEqual(["海赛尔·沙比提"]);
  const notes = data?.review?.join("\n") ?? "";
  expect(notes).toContain("「区委副书记、区长海赛尔·沙比提」已列为领导");
  expect(notes).not.toContain("未列为领导");
});

test("a second story's headline over a news site's dateline (…网…日电) starts a second entry; a headline with no dateline does not", () => {
  const page = [
    "3月2日,全省春季植树动员大会在省城举行。省长王某出席并讲话。",
    "会议要求各市要加快推进国土绿化,确保3月底前完成造林任务。",
    "刘某、陈某等出席大会。",
    "省政府召开森林防火工作会议",
    "人民网兰州3月2日电(记者赵某)省政府2日召开森林防火工作会议,副省长孙某出席并讲话。各市州要落实防火责任。",
  ];
  const entries = extractPage(page.join("\n"), { file: "seeds/x.txt" }).entries;
  expect(entries.map((entry) => entry.data.title)).toEqual([
    "全省春季植树动员大会在省城举行",
    "省政府召开森林防火工作会议",
  ]);
  const noDateline = page.slice(0, 4).concat("省政府2日召开森林防火工作会议,副省长孙某出席并讲话。");
  expect(extractPage(noDateline.join("\n"), { file: "seeds/x.txt" }).entries).toHaveLength(1);
});

test("a posting time glued to the lead (2021-04-08 09:304月7日…) is the page's date, not its title; the lead's day is the event's", () => {
  for (const glue of ["", " "]) {
    const data = extract([
      "来源:某县信息网",
      `2021-04-08 09:30${glue}4月7日,某县召开春耕生产调度会,部署当前春耕工作。各乡镇要抓好农资供应。`,
    ]);
    expect(data?.title).toBe("某县召开春耕生产调度会");
    expect(data?.date).toBe("2021-04-07");
  }
  // A time with its source on the line is a meta line, kept out of the body.
  expect(extract(["县召开春耕生产调度会", "2021-04-08 09:30 来源:某县信息网", "4月7日,县召开春耕会。"])?.date).toBe(
    "2021-04-07",
  );
});

test("a disclosure record saved as a Markdown list (- 发布机构:某镇) is furniture that names the town; a numbered 通报 is dated by its issue", () => {
  const data = extract([
    "- 索引号:001122/2021-0001",
    "- 发布机构:治河渡镇",
    "- 公开日期:2021-07-02",
    "关于2021年第二季度环境卫生检查情况的通报",
    "某政办发〔2021〕5号",
    "各村(社区):",
    "6月20日至22日,镇检查组对各村环境卫生进行了检查,现将情况通报如下:",
    "一、后段要求",
    "1.各村要建立保洁长效机制。",
  ]);
  expect(data?.source.name).toBe("治河渡镇");
  expect(data?.date).toBe("2021-07-02");
  expect(data?.measures?.[0]?.units).toEqual(["治河渡镇各村"]);
  // Without its number the same circular is dated by the inspection it reports.
  const unnumbered = extract([
    "- 公开日期:2021-07-02",
    "关于2021年第二季度环境卫生检查情况的通报",
    "6月20日至22日,镇检查组对各村环境卫生进行了检查,现将情况通报如下:",
  ]);
  expect(unnumbered?.date).toBe("2021-06-20");
});

test("a county paper's column of ◆ briefs is one entry per brief, each of the page's place and year", () => {
  const entries = extractPage(
    [
      "1886 期 / 第2版:2",
      "要闻简报",
      "   ◆在国庆来临之际,9月24日,由县总工会举办的2023年迎国庆职工篮球赛在县体育馆开赛。副县长王某某出席开幕式。",
      "    ◆9月23日,我县在政府二楼会议室召开重点工作调度会。副县长李某某出席,各乡镇负责人参加会议。",
      "    ◆9月27日,我县召开护林防火工作安排会。副县长李某某出席,石哲镇、南陈镇负责人参加。",
    ].join("\n"),
    { file: "seeds/column.txt" },
  ).entries.map((entry) => entry.data);
  expect(entries.map((data) => data.title)).toEqual([
    "由县总工会举办的2023年迎国庆职工篮球赛在县体育馆开赛",
    "我县在政府二楼会议室召开重点工作调度会",
    "我县召开护林防火工作安排会",
  ]);
  // Only the third names its towns (长子县's), only the first its year: both hold for the column.
  expect(entries.map((data) => data.region?.district)).toEqual(["长子县", "长子县", "长子县"]);
  expect(entries.map((data) => data.date)).toEqual(["2023-09-24", "2023-09-23", "2023-09-27"]);
  expect(entries[1]?.review?.join("")).toContain("按同一版面");
});

test("a directive's ◆ list is no column of briefs, though its items set days: it stays one report", () => {
  const entries = extractPage(
    [
      "县政府召开安全生产工作会议",
      "3月2日,县政府召开安全生产工作会议。",
      "会议强调：",
      "◆各乡镇要于3月15日前完成隐患排查。",
      "◆3月20日前,县应急局要完成督查。",
    ].join("\n"),
    { file: "seeds/list.txt" },
  ).entries;
  expect(entries).toHaveLength(1);
});

test("a digest of several places' news is no column: an item that names no place keeps none", () => {
  const entries = extractPage(
    [
      "1886 期 / 第2版:2",
      "要闻",
      "长治市召开城市管理工作会议",
      "6月1日,长治市召开城市管理工作会议。市长出席会议。",
      "晋城市召开2023年防汛工作会议",
      "6月2日,晋城市召开2023年防汛工作会议,部署2023年防汛工作。",
      "县里召开环境整治推进会",
      "6月3日,召开环境整治推进会,部署下步工作。",
    ].join("\n"),
    { file: "seeds/digest.txt" },
  ).entries.map((entry) => entry.data);
  expect(entries).toHaveLength(3);
  expect(entries[2]?.date).toBe("--06-03");
});

test("an inspection team visiting a street: the street's bare 办事处 is that street's office", () => {
  const data = extract([
    "第三督导组深入海拉尔路街道办事处进行督导检查工作",
    "6月13日,第三督导组来到海拉尔路街道办事处辖区进行督导检查工作。",
    "最后,督导组建议办事处应当加大对小区的管理以及对物业部门的管理。",
  ]);
  expect(data?.units).toEqual(["海拉尔路街道办事处"]);
});

test("a paper's page of several articles, each a headline over its meta line and a lead dated by day alone (25日，…), is one entry each", () => {
  const article = (headline: string, stamp: string, day: string) => [
    headline,
    `${stamp} 10:00 来源：漯河日报`,
    `${day}日，漯河市召开${headline.slice(4)}，部署下步任务。副市长王强出席会议并讲话。`,
    "王强强调，要扎实推进农贸市场提升，确保9月底前完成12个农贸市场。",
    "源汇区、市商务局作了表态发言。（记者 李明）",
  ];
  const page = extractPage(
    [
      ...article("漯河召开秸秆禁烧工作推进会", "2017-12-17", "17"),
      ...article("漯河召开农贸市场提升工作推进会", "2017-06-25", "25"),
    ].join("\n"),
    { file: "seeds/page.txt" },
  );
  expect(page.entries.map((entry) => entry.data.title)).toEqual([
    "漯河召开秸秆禁烧工作推进会",
    "漯河召开农贸市场提升工作推进会",
  ]);
});

test("a portal's reaction buttons, comment box and template footer close the article; a Macau text is Macau's", () => {
  const data = extract([
    "• 设为首页",
    "• 点击收藏",
    "手机扫一扫访问",
    "示例网络公众号",
    "市政署加強清掃街市周邊",
    "【澳門日報消息】為迎接長假,市政署加派人手清掃本澳各區街道,並於氹仔和離島區增設臨時垃圾收集點。",
    "鮮花",
    "握手",
    "該文章已有0人參與評論",
    "請發表評論",
    "地址:上海市徐汇区示例路88号",
  ]);
  expect(data?.region).toEqual({ province: "澳门特别行政区", city: "澳门特别行政区" });
});

test("a document site's upload time is no date of the text, and its page images give no title", () => {
  const data = extract([
    "副县长在全县防汛工作会议上的讲话",
    "ID:1234567",
    "大小:28.00 KB",
    "页数:4页",
    "时间:2021-03-02",
    "副县长在全县防汛工作会议上的讲话_第1页",
    "副县长在全县防汛工作会议上的讲话_第2页",
    "资源描述:",
    "同志们:今天召开全县防汛工作会议,各乡镇要在汛前完成河道清障。",
  ]);
  expect(data?.title).toBe("副县长在全县防汛工作会议上的讲话");
  expect(data?.date).toBe("unknown");
  expect(data?.review?.some((note) => note.includes("上传时间 2021-03-02"))).toBe(true);
});

test("a table of one year's progress is dated to that year; 新建 before its object and count is no 新建区", () => {
  const data = extract([
    "2022年区政府为民办实事项目推进情况(1-9月)",
    "序号 |",
    "主要任务 |",
    "牵头单位 |",
    "1 |",
    "新建公共厕所15座、垃圾分类亭30个。 |",
    "城管局 |",
  ]);
  expect(data?.date).toBe("2022");
  expect(data?.region).toEqual({});
});

test("a comment box's heading with the article going on below it, a list of goods, a plan's heading on its account: all kept", () => {
  const measures = (lines: string[]) => (extract(lines)?.measures ?? []).map((measure) => measure.text);
  expect(
    measures([
      "区政府召开安全生产工作会议",
      "2024年5月6日",
      "会议通报了近期安全生产形势。",
      "发表评论",
      "会议要求，区应急局要在6月底前完成全区危化企业安全检查。",
    ]),
  ).toEqual(["区应急局要在6月底前完成全区危化企业安全检查。"]);
  const kept = cleanLines(["会议确定今年重点发展以下品类：", "鲜花", "绿植", "各乡镇要做好种植技术服务。"]);
  expect(kept).toContain("鲜花");
  expect(cleanLines(["今年政务公开工作要点如下。", "着力办好政务公众号", "要及时发布政策解读。"])).toContain(
    "着力办好政务公众号",
  );
});

test("a report on a year looked back on later, and a page whose attachment has a size: their dates stand as printed", () => {
  expect(
    extract(["关于2023年环保督察反馈问题整改落实情况的报告", "截至2024年4月底，15项问题已整改完成12项。"])?.date,
  ).not.toBe("2023");
  expect(
    extract([
      "西峰区召开城市管理工作推进会",
      "来源：西峰区人民政府  发布时间：2024-05-06 10:30",
      "5月6日上午，西峰区召开城市管理工作推进会。",
      "附件：西峰区城市管理工作方案.pdf",
      "文件大小：1.2MB",
      "页数：6页",
    ])?.date,
  ).toBe("2024-05-06");
});

test("a rare place's short form before a count is the place (宁海城区12个…)", () => {
  expect(
    extract([
      "宁海城区12个老旧小区改造全面启动",
      "2024年5月6日",
      "县委、县政府高度重视，宁海城区12个老旧小区改造纳入全县十大民生实事。县住建局要在年底前全部完工。",
    ])?.region,
  ).toMatchObject({ city: "宁波市", district: "宁海县" });
});

test("an everyday word that is a county's short form is the place when a verb follows it (南海新增…12条)", () => {
  expect(
    extract([
      "南海新增公交线路12条",
      "2024年5月6日",
      "本报讯 今年以来，南海新增公交线路12条，全区公交覆盖率达98%。区交通局要在年底前再开通5条。",
    ])?.region,
  ).toMatchObject({ city: "佛山市", district: "南海区" });
});

test("an everyday short form before a part of the place and a count (平原城区12个) is the place", () => {
  expect(
    extract([
      "平原城区12个老旧小区改造全面完工",
      "2024年5月8日",
      "本报讯 平原城区12个老旧小区改造全面完工。县委、县政府要求县住建局要在年底前完成验收，全县上下要巩固成果。",
    ])?.region,
  ).toMatchObject({ city: "德州市", district: "平原县" });
});

test("a short headline ending in 公众号 is the headline; a government notice's attachment preview leaves its date; a summary and a plan take neither year", () => {
  expect(
    extract([
      "我县开通政务公众号",
      "2023-02-10 来源：镇原县人民政府",
      "县政府办公室近日开通了政务公众号，各部门要及时提供政策文件。",
    ])?.title,
  ).toBe("我县开通政务公众号");
  expect(
    extract([
      "县政府办公室关于做好城区冬季清雪除冰工作的通知",
      "发布时间：2022-11-20 来源：县政府办",
      "一、县城管局负责城区主次干道清雪除冰工作，降雪停止后24小时内清理完毕。",
      "县政府办公室关于做好城区冬季清雪除冰工作的通知_第1页",
      "大小：2.3MB",
      "页数：2页",
    ])?.date,
  ).toBe("2022-11-20");
  expect(
    extract([
      "2021年城市管理工作总结及2022年工作计划",
      "大小:28.00 KB",
      "页数:4页",
      "时间:2022-03-05",
      "资源描述：",
      "一、2021年工作完成情况。全年新建改造公厕25座。",
      "二、2022年工作计划。市城管局将于6月底前完成城区智慧停车系统建设。",
      "本文档由会员上传分享，免费在线阅读。",
    ])?.date,
  ).toBe("unknown");
});

test("a hijacked page's lines of empty made-up tags go; its page title, not its issuer's line, is the headline", () => {
  const page = [
    '<legend id="k2x"></legend><samp id="k2x"></samp>',
    '  • <input id="k2x"><address id="k2x"></address>',
    '    1. <blockquote id="k2x"><rt id="k2x"></rt></blockquote>',
    "您当前的位置: > 政务公开 > 考评重点",
    "2019年3月份城市管理考评重点",
    "发布时间:2019-03-05  来源:  作者:  字号【",
    "某某市城市管理委员会办公室",
    "关于2019年3月份城市管理考评重点的通知",
    "各区人民政府:",
    "现将考评重点通知如下。",
    "一、考评重点",
    "(一)背街小巷环境整治工作。",
  ];
  const data = extract(page);
  expect(data?.title).toBe("2019年3月份城市管理考评重点");
  // (An empty 来源 field is followed by the next field's label, which names no source.)
  expect(data?.source.name).toBe("未注明");
  expect(bodyText(page)).not.toMatch(/legend|<|•/);
});

test("a later day of the same story, its team already named, is no new item of a news list", () => {
  const entries = extractPage(
    [
      "4月8日,城关街道环境整治督查组对各社区近期整治工作进行暗访督查。",
      "通过督查,多数社区行动较快,但个别社区垃圾成堆。",
      "4月9日,督查组将暗访拍摄情况在街道大会上曝光,要求各社区加强整改。",
    ].join("\n"),
    { file: "seeds/page.txt" },
  ).entries;
  expect(entries).toHaveLength(1);
  expect(entries[0]?.data.date).toBe("--04-08");
});

test("faults listed under a body's heading share the carrier and the time limit that close them", () => {
  const data = extract([
    "创文问题清单曝光",
    "9月2日,市创文办发布督查中发现的问题,要求相关责任单位限期整改。具体问题如下:",
    "1. 市图书馆",
    "(1)院内车辆乱停乱放;",
    "(2)灭火器过期未更换。",
    "问题整改责任单位:市图书馆 整改时限:3天",
    "2. 市第一人民医院",
    "(1)禁烟标识数量不达标;",
    "(2)宣传栏破损。",
    "问题整改责任单位:市卫生健康委员会 整改时限:5天",
  ]);
  const faults = data?.measures?.filter((measure) => /^\(\d\)/.test(measure.text)) ?? [];
  expect(faults.map((measure) => [measure.units, measure.deadline])).toEqual([
    [["市图书馆"], { text: "3天" }],
    [["市图书馆"], { text: "3天" }],
    [["市卫生健康委员会"], { text: "5天" }],
    [["市卫生健康委员会"], { text: "5天" }],
  ]);
});

test("a converter's lost indents and a Markdown table's rule are furniture; the record's 所属机构 places it", () => {
  const page = [
    "索引號(hào) | 640000/2023-00001 | 生成日期 | 2023-04-10 09:00:00 | |",
    "---|---|---|---|---|",
    "公開方式 | 主動(dòng)公開 | 所屬機構 | 西吉縣衛生健康局 | |",
    "各鄉鎮人民政府,縣直各部門:",
    "?? ?為推進衛生縣城創建,縣愛國衛生運動委員會決定對全縣創建工作進行督查。",
    "?? ?一、督查時間",
    "?? ?2023年4月 12日至13日",
  ];
  const data = extract(page);
  expect(data?.title).not.toContain("---");
  expect(data?.region).toEqual({ province: "宁夏回族自治区", city: "固原市", district: "西吉县" });
  expect(bodyText(page)).not.toMatch(/\?|---/);
  expect(data?.measures?.[0]).toMatchObject({
    text: "為推進衛生縣城創建,縣愛國衛生運動委員會決定對全縣創建工作進行督查。",
    units: ["西吉县爱国卫生运动委员会"],
  });
});

test("a department referred back to as 当局 or 署方 owes what it will do", () => {
  const data = extract([
    "海灘大掃除",
    "香港文匯報訊 為配合清潔運動,食環署加強清潔街市,昨日先安排員工進行清潔行動。",
    "此外,在農曆新年期間,當局將於轄下的街市安排約500名清潔工人當值,加強清潔。",
  ]);
  expect(data?.measures).toEqual([
    expect.objectContaining({ text: "此外,在農曆新年期間,當局將於轄下的街市安排約500名清潔工人當值,加強清潔。" }),
  ]);
  expect(data?.measures?.[0]?.units).toEqual([expect.stringMatching(/食环署$/)]);
});

test("a notice's 请大家 asks its addressees; a plan's creed under 指导思想 sets no task", () => {
  const page = [
    "某区人民政府办公室关于印发《某区老旧小区改造行动方案》的通知",
    "文件编号 某政办发〔2021〕3号",
    "文章正文",
    "各街道办事处,区政府各部门:",
    "《某区老旧小区改造行动方案》已经区政府同意,现予以印发,请大家认真对照要求,切实抓好落实,确保完成任务。",
    "某区人民政府办公室",
    "2021年3月8日",
    "某区老旧小区改造行动方案",
    "为改善居住条件,特制定本方案。",
    "(一)指导思想。以习近平新时代中国特色社会主义思想为指导,着力补齐民生短板。",
    "(二)工作目标。力争于2023年底前完成全区改造。",
  ];
  const data = extract(page);
  expect(bodyText(page)).not.toMatch(/文章正文|文件编号/);
  expect(data?.measures?.map((measure) => measure.text)).toEqual([
    "《某区老旧小区改造行动方案》已经区政府同意,现予以印发,请大家认真对照要求,切实抓好落实,确保完成任务。",
    "(二)工作目标。力争于2023年底前完成全区改造。",
  ]);
  expect(data?.measures?.[0]?.units).toEqual(["各街道办事处", "区政府各部门"]);
});

test("a labelled breadcrumb is furniture though its headline has a comma; a headline printed twice is one title", () => {
  const page = [
    "当前位置: 首页 > 产品大全 > 民治街道 推进垃圾分类落地,资源回收成果初显",
    "",
    "民治街道 推进垃圾分类落地,资源回收成果初显",
    "",
    "民治街道 推进垃圾分类落地,资源回收成果初显",
    "",
    "垃圾分类是重要环节。民治街道积极推进垃圾分类工作。",
  ];
  expect(extract(page)?.title).toBe("民治街道 推进垃圾分类落地,资源回收成果初显");
  expect(bodyText(page)).toBe("垃圾分类是重要环节。民治街道积极推进垃圾分类工作。");
});

test("review: an item's own carrier is not swept by the line closing its list; 该局 and 署方 are the report's subject", () => {
  const faults = extract([
    "县城区环境综合整治方案",
    "二、整治内容",
    "(二)交通秩序整治",
    "(1)整治乱停乱放;",
    "责任单位:县公安局",
    "(2)规范非机动车停放。",
    "责任单位:县交警大队",
  ])?.measures;
  expect(faults?.map((measure) => measure.units)).toEqual([["县公安局"], ["县交警大队"]]);
  const bureau = extract([
    "市生态环境局开展夏季大气污染防治",
    "6月5日,市生态环境局召开会议,部署夏季臭氧污染防治工作。市住建局负责同志参加会议。",
    "该局将于6月中旬组织开展夏季大气污染专项执法检查。",
  ])?.measures;
  expect(bureau?.at(-1)?.units).toEqual(["市生态环境局"]);
  const department = extract([
    "康文署泳灘",
    "康文署昨日表示,由於水質欠佳,屯門多個泳灘暫停開放。衞生署亦提醒市民注意。",
    "署方將於水質改善後重新開放泳灘,並會加強水質監測。",
  ])?.measures;
  expect(department?.at(-1)?.units).toEqual([expect.stringMatching(/康文署$/)]);
});

test("review: the same unit at other work on another day, or 该区 at new work, is a digest's next item", () => {
  const items = (lines: string[]) => extractPage(lines.join("\n"), { file: "seeds/page.txt" }).entries.length;
  expect(
    items([
      "执法动态",
      "3月5日,县城管执法大队对城区占道经营开展集中整治,清理流动摊点46处。",
      "3月9日,县城管执法大队在人民广场开展城市管理法规宣传活动,发放宣传资料2000余份。",
      "3月15日,县城管执法大队对城区建筑工地渣土运输车辆开展夜查,查处违规车辆8辆。",
    ]),
  ).toBe(3);
  expect(
    items([
      "县区动态",
      "3月2日,崆峒区召开城市管理工作会议,部署背街小巷整治。",
      "3月4日,该区组织开展春季义务植树活动,栽植苗木5000株。",
      "3月5日,泾川县召开环境整治推进会。",
    ]),
  ).toBe(3);
});

test("review: news of a body set up is a headline; a decision to honour, punish or that is done sets no task", () => {
  expect(
    extract([
      "本地新闻",
      "我市成立城市管理委员会",
      "2021-03-02 10:21",
      "3月1日,市政府召开会议,宣布成立市城市管理委员会。会议要求,各区要在3月底前建立相应机构。",
    ])?.title,
  ).toBe("我市成立城市管理委员会");
  for (const sentence of [
    "为弘扬尊师重教风尚,县教育局决定对50名优秀教师予以通报表扬,并组织先进事迹报告会。",
    "近日,县市场监管局在检查中发现某超市销售过期食品,县市场监管局决定对该超市进行行政处罚,罚款2万元。",
    "日前,市纪委监委决定对全市扶贫领域资金使用情况进行专项检查,共抽查项目120个,发现问题35个。",
    "2018年,县委县政府决定在全县实施农村“厕所革命”,三年来共完成改厕2万户,农村卫生厕所普及率达到90%。",
  ])
    expect(extract(["县里新闻", sentence])?.measures).toEqual([]);
});

test("review: a table's 所属机构 header, an empty 来源 before another field, and cumulative figures over a span", () => {
  expect(
    extract([
      "县行政执法人员名单公示",
      "根据相关规定,现将我县行政执法人员名单公示如下:",
      "所属机构 | 姓名 | 执法证号",
      "县城管局 | 张三 | 12345",
    ])?.source.name,
  ).toBe("未注明");
  expect(
    extract([
      "县卫健局开展爱国卫生月活动",
      "来源:   责任编辑:王五   发布时间:2020-04-02",
      "4月1日,县卫健局组织干部职工开展爱国卫生月活动,清理卫生死角20余处。",
    ])?.source.name,
  ).toBe("未注明");
  expect(
    extract([
      "全市一季度招商引资情况",
      "发布时间:2021-04-08",
      "自1月1日起至3月31日,全市累计签约了招商项目56个,签约金额320亿元。",
    ])?.date,
  ).toBe("2021-03-31");
});

test("review: an appeal to residents in a notice asks none of its addressees; a numbered line's number stays", () => {
  expect(
    extract([
      "关于春节期间禁止燃放烟花爆竹的通知",
      "各社区:",
      "为保障公共安全,春节期间城区禁止燃放烟花爆竹,请广大居民相互监督,发现违规燃放的及时举报。",
      "城关街道办事处",
      "2021年2月1日",
    ])?.measures?.flatMap((measure) => measure.units),
  ).toEqual([]);
  expect(
    bodyText(["关于开展环境整治的通知", "各乡镇人民政府:", "1.<br>", "各乡镇要于6月30日前完成垃圾清运。"]),
  ).toContain("1.");
});

test("review: a breadcrumb that runs on into the article, or an address with a slash, is no furniture line", () => {
  const flattened = extract([
    "当前位置：首页 > 新闻中心 > 县政府召开常务会议 2024-03-08 3月8日，县长王立新主持召开县政府常务会议。会议要求，县林业局要在3月底前完成防火隔离带建设。",
  ]);
  expect(flattened?.measures?.map((measure) => measure.text)).toEqual(["县林业局要在3月底前完成防火隔离带建设。"]);
  expect(
    bodyText([
      "建设项目规划许可批前公示",
      "2024-08-02",
      "项目名称：某小学扩建工程",
      "所在位置：城东新区学府路/育才路交叉口西北角，东临学府路，南临育才路",
      "公示期限：2024年8月2日至8月11日",
    ]),
  ).toContain("所在位置：城东新区学府路/育才路交叉口西北角");
});

test("review: a round-up naming several districts of a city is the city's, though it answers the city's call", () => {
  expect(
    extract([
      "各地响应号召开展爱国卫生运动",
      "2024-04-12",
      "连日来，各地积极响应全市号召，宁波市海曙区鼓楼街道、江北区甬江街道、鄞州区百丈街道等纷纷组织志愿者开展环境卫生大扫除。",
    ])?.region,
  ).toEqual({ province: "浙江省", city: "宁波市" });
});

test("a page without a headline: an issue label is none, a purpose said first is skipped, a byline with two reporters goes", () => {
  // 9月份第3周 over a circular names its issue; the title is the event the first sentence tells after its purpose.
  expect(
    extract([
      "9月份第3周",
      "按照全县城乡环境整治推进会精神,为压实属地责任,尽快推动问题点位清零,县整治办对问题点位进行“一周一通报”。",
      "县城乡环境整治办公室",
      "2023年9月22日",
    ])?.title,
  ).toBe("县整治办对问题点位进行“一周一通报”");
  expect(
    extract([
      "为持续巩固城乡环境整治成果,防止问题反弹,达到长效常治的目的。县城管局于5月8日至9日组织三个检查组,对城区主次干道进行了全面检查。",
    ])?.title,
  ).toBe("县城管局于5月8日至9日组织三个检查组");
  expect(
    extract(["本报讯 记者王明、李华报道:6月3日上午,我县召开了农村人居环境整治推进会。县长赵刚主持会议。"])?.title,
  ).toBe("我县召开了农村人居环境整治推进会");
});

test("a notice's addressees that lost their colon, under its own heading block, are whom 现印发你们,请…执行 asks", () => {
  const data = extract([
    "某区人民政府办公室关于印发某区城市管理考核办法的通知",
    "某区府办发〔2021〕8号",
    "某区人民政府办公室",
    "关于印发某区城市管理",
    "考核办法的通知",
    "各镇人民政府、街道办事处,区级各部门",
    "《某区城市管理考核办法》已经区政府常务会审议通过,现印发你们,请认真贯彻执行。",
    "某区人民政府办公室",
    "2021年3月2日",
  ]);
  expect((data?.measures ?? []).map((measure) => [measure.text, measure.units])).toEqual([
    ["请认真贯彻执行。", ["各镇人民政府", "各街道办事处", "区各部门"]],
  ]);
});

test("review 1 of #73's rules: a headline's Latin tag stays; after a purpose a meeting held is the event, not work 进行", () => {
  expect(extract(["深化开放合作｜RCEP", "市商务局召开RCEP政策宣讲会。会议要求各企业用好关税减让政策。"])?.title).toBe(
    "深化开放合作｜RCEP",
  );
  expect(
    extract(["为进一步加强党风廉政建设,对全县重点领域进行全面排查,县纪委监委于近日召开专题会议。会议要求各单位自查。"])
      ?.title,
  ).toBe("县纪委监委于近日召开专题会议");
  expect(
    extract(["为巩固国家卫生城市创建成果,持续改善人居环境,深入开展城乡环境整治,区城管局于5月20日召开专题会议。"])
      ?.title,
  ).toBe("区城管局于5月20日召开专题会议");
});

test("review 2 of #73's rules: a magazine's masthead is chrome; after a purpose the body that acts is the event", () => {
  expect(
    extract(["天下雜誌 | CommonWealth Magazine", "臺南市長黃偉哲視察防汛整備", "黃偉哲要求各區公所加強巡查。"])?.title,
  ).toBe("臺南市長黃偉哲視察防汛整備");
  expect(
    extract(["为加强安全生产,县安委办开展为期一个月的专项检查,并于6月5日召开推进会。会议要求各乡镇自查。"])?.title,
  ).toBe("县安委办开展为期一个月的专项检查");
});

test("#74's rules: a record's titled article is one report; a numbered notice is dated by its signature; a paper's dateline places it", () => {
  const record = extractPage(
    [
      "【日期】= 2001.03.12",
      "【标题】= 城区供水怎么保?  市政府专题会议作出安排",
      "【正文】=",
      "<日期>=2001.03.12",
      "<标题>=城区供水怎么保?  市政府专题会议作出安排",
      "<正文>=",
      "    城区供水怎么保?",
      "    市政府专题会议作出安排",
      "    本报讯 (记者王明)3月10日,洛阳市政府召开城区供水专题会议。副市长李华要求,要在5月底前完成第二水厂扩建。",
    ].join("\n"),
    { file: "seeds/record.txt" },
  );
  expect(record.entries.map((entry) => entry.data.title)).toEqual(["城区供水怎么保?  市政府专题会议作出安排"]);
  const notice = extract([
    "汝政办发〔2022〕15号",
    "各乡镇人民政府,县政府各部门:",
    "上半年,各乡镇、各部门共报送信息320篇。县应急局、城关镇报送及时,县水利局报送迟缓。各乡镇、各部门要高度重视信息报送工作。",
    "汝阳县人民政府办公室",
    "2022年7月20日",
  ]);
  expect(notice).toMatchObject({ docType: "通报", date: "2022-07-20" });
  const dateline = extract([
    "集中整治见实效",
    "2021年6月3日",
    "本报新郑讯(通讯员 王明)龙湖镇聚焦重点环节,启动人居环境专项整治活动。",
  ]);
  expect(dateline?.region).toMatchObject({ city: "郑州市", district: "新郑市" });
  // A district that ranks in its city (位居全市前列) speaks as itself.
  const ranked = extract([
    "2023年07月07日",
    "江宁区",
    "推进老旧小区加装电梯",
    "本报讯 (王明)连日来,江宁区住建局切实履行牵头部门职责,做好政策宣传。",
    "截至目前,该区已累计完成加装电梯53台。江宁区住建部门始终坚持以人民为中心。2021年以来,该区加装电梯数量位居全市前列。",
  ]);
  expect(ranked?.region).toMatchObject({ city: "南京市", district: "江宁区" });
});

test("review of #74's rules: a numbered document with a headline of its own is what its headline says", () => {
  const request = extract([
    "汝政〔2023〕21号",
    "关于申请拨付防汛救灾资金的请示",
    "市人民政府：",
    "今年入汛以来，我县遭受三轮强降雨，水毁道路42公里。现申请拨付防汛救灾资金500万元。",
    "汝阳县人民政府",
    "2023年8月2日",
  ]);
  expect(request?.docType).not.toBe("通报");
});

test("second review of #74's rules: a news site's name is no county it files from; a numbered 意见 is no circular", () => {
  const site = extract([
    "教育部部署暑期安全工作",
    "2023年7月1日",
    "光明网讯（记者 王明）教育部近日印发通知，要求各地教育部门做好暑期学生安全工作。",
  ]);
  expect(site?.region?.district).toBeUndefined();
  const opinion = extract([
    "东府发〔2023〕12号",
    "各镇人民政府、街道办事处，区级各部门：",
    "为加快发展现代农业，现提出如下意见：一、各镇要稳定粮食播种面积。二、区农业农村局要加强技术指导。",
    "东坡区人民政府",
    "2023年3月1日",
  ]);
  expect(opinion?.docType).not.toBe("通报");
});

test("#77's rules: a redirect notice and a word count are furniture; a rule for a kind of offender is no verdict", () => {
  const redirected = extract([
    "您即将离开本站,访问省气象局网站",
    "3秒后自动为您跳转。",
    "临泽县召开2023年森林草原防灭火工作会议",
    "4月3日,临泽县召开森林草原防灭火工作会议。会议要求,各乡镇要加强野外火源管控。",
  ]);
  expect(redirected?.title).toBe("临泽县召开2023年森林草原防灭火工作会议");
  const speech = extract([
    "赵卫东:在全县春季植树造林动员会上的讲话(全文3120字)",
    "",
    "同志们:",
    "今天召开会议,主要任务是部署今年的植树造林工作。一要提高认识。各乡镇要把植树造林作为重点工作来抓。",
  ]);
  expect(speech?.title).toBe("赵卫东:在全县春季植树造林动员会上的讲话");
  expect(speech?.docType).toBe("讲话");
  expect(speech?.leaders).toEqual([{ name: "赵卫东", role: "讲话" }]);
  const rule = extract([
    "安达市全面启动秋季秸秆禁烧工作",
    "近日,安达市启动秸秆禁烧工作,市、乡两级组成巡查组,每天对辖区进行巡查,对工作不力的村干部予以通报批评。",
  ]);
  expect(rule?.docType).not.toBe("通报");
});

test("#77's rules: a circular's listed inspecting offices, the government that decides and the bureau that sanctions act", () => {
  const data = extract([
    "关于全市春季防火督查情况的通报",
    "3月20日,市委督查室、市林业局、市应急局3个督查组,分别深入到各乡镇对春季防火情况进行了督查。督查中发现两处焚烧秸秆现象。",
    "为严肃纪律,市政府决定处理如下:",
    "1、对出现问题的城关镇予以通报批评。",
    "2、市纪委监委按照规定对城关镇有关责任人给予处理。(王明 记者 李华)",
  ]);
  expect(data?.units).toEqual(
    expect.arrayContaining(["市委督查室", "市林业局", "市应急管理局", "市人民政府", "市纪委监委"]),
  );
  const sanction = (data?.measures ?? []).find((measure) => /给予处理/.test(measure.text));
  expect(sanction?.text).toBe("2、市纪委监委按照规定对城关镇有关责任人给予处理。");
  expect(sanction?.units).toEqual(["市纪委监委"]);
});

test("review of #77's rules: a person leaving a station is no redirect; a verdict on a named body is still a circular", () => {
  const farewell = extract([
    "县气象站召开欢送会",
    "老干部王明即将离开本站，站长李华主持欢送会，要求全站职工继承优良传统。",
  ]);
  expect((farewell?.measures ?? []).map((measure) => measure.text)).toEqual(["要求全站职工继承优良传统。"]);
  const verdict = extract([
    "关于春季防火工作督查情况的通报",
    "经县委研究，决定对在督查中排名最后的城关镇予以通报批评。",
  ]);
  expect(verdict?.docType).toBe("通报");
});

test("second review of #77's rules: a verdict on the bodies named above is a circular's", () => {
  const data = extract([
    "关于信息报送情况的通报",
    "城关镇、东关镇本月信息报送为零。经研究，决定对上述迟报漏报的单位予以通报批评。",
  ]);
  expect(data?.docType).toBe("通报");
});

test("a document-sharing site's download help is furniture, not the document's measures", () => {
  const data = extract([
    "如果您无法下载资料，请参考说明：",
    "1、部分资料下载需要积分，请确保您的账户上有足够的积分",
    "2、已购买过的文档，再次下载不重复扣费",
    "3、资料包下载后请先用软件解压，再使用对应软件打开",
    "关于2019年春季植树造林工作的通知",
    "各乡镇：请于3月31日前完成植树造林任务。",
  ]);
  expect(data?.title).toBe("关于2019年春季植树造林工作的通知");
  expect((data?.measures ?? []).map((measure) => measure.text)).toEqual(["各乡镇：请于3月31日前完成植树造林任务。"]);
});

test("#78: under a site's short name and its breadcrumb the headline is the page's title, and the site's place still counts", () => {
  const [entry] = extractPage(
    "清河新闻\n首页 > 时政\n县委召开常委会议研究部署防汛工作\n5月18日，清河县委召开常委会议。会议要求，各乡镇要落实防汛责任。",
    { file: "seeds/x.txt" },
  ).entries;
  expect(entry?.data.title).toBe("县委召开常委会议研究部署防汛工作");
  expect(entry?.data.region?.district).toBe("清河县");
});

test("#81's rules: a notice reprinted years later is dated by the date it closes with, not by the page", () => {
  const data = extract([
    "《绵阳市人民政府办公室关于做好春季森林防火工作的通知》",
    "浏览量: 时间:2019-03-02 10:20:11",
    "各县(市、区)人民政府,市政府各部门:",
    "为切实做好春季森林防火工作,现将有关事项通知如下:",
    "一、各县(市、区)要于3月20日前完成防火隐患排查。",
    "二○○三年三月五日",
    "扫描二维码 关注我们",
  ]);
  expect(data?.title).toBe("绵阳市人民政府办公室关于做好春季森林防火工作的通知");
  expect(data?.date).toBe("2003-03-05");
});

test("a bulletin closed by its maker and a day (制作人:张玉玲 / 2017年1月15日) is of that day; a news report is not", () => {
  const forecast = [
    "一、近期天气趋势",
    "根据最新气象资料分析,未来一周我县前雨后晴。16日晚至18日有一次降水过程。",
    "二、提示与建议",
    "1、气温较低,公众需及时增添衣物。",
    "制作人:张玉玲",
    "2017年1月15日",
  ];
  expect(extract(forecast)?.date).toBe("2017-01-15");
  const news = [
    "县政府召开森林防火工作会议",
    "2017年1月10日,县政府召开森林防火工作会议。会议要求,各乡镇要加强巡查。",
    "撰稿:张玉玲",
    "2017年1月15日",
  ];
  expect(extract(news)?.date).toBe("2017-01-10");
  // (An event's page closed so is of its posting, not its own day: the lead's date stands.)
  const event = ["县文联举办迎新春书画展", "12月2日,县文联举办迎新春书画展。", "撰稿:周敏", "2023年12月5日"];
  expect(extract(event)?.date).toBe("2023-12-02");
  const weatherNews = [
    "天气转冷 县民政局开展送温暖活动",
    "12月3日,县民政局开展送温暖活动。",
    "撰稿:周敏",
    "2024年12月5日",
  ];
  expect(extract(weatherNews)?.date).toBe("2024-12-03");
});

test("a picture stub with its table bar is no article; a headline run on with its site and counter is the headline", () => {
  const stub = [
    "![]() |",
    "吉林省春季造林绿化电视电话会议 |",
    "新华网长春4月8日电 8日,吉林省春季造林绿化电视电话会议在长春召开。会议要求各地抓好造林绿化。",
  ];
  const entries = extractPage(stub.join("\n"), { file: "seeds/page.txt" }).entries;
  expect(entries).toHaveLength(1);
  expect(entries[0]?.data.title).toBe("吉林省春季造林绿化电视电话会议");
  const tab = extract([
    "综合新闻",
    "开发区召开2022—2023年度冬季供暖工作会议_某某资讯网发布日期:2024-03-02 浏览次数:",
    "11月2日上午,开发区召开冬季供暖工作会议。",
  ]);
  expect(tab?.title).toBe("开发区召开2022—2023年度冬季供暖工作会议");
});

test("a page's summary of its article, printed over the headline again, is no article of its own", () => {
  const lines = [
    "本文摘要:经开区召开2020—2021年度冬季供暖工作部署会",
    "",
    "11月5日上午,经开区召开2020—2021年度冬季供暖工作部署会,全力做好今冬供暖工作。",
    "",
    "经开区召开2020—2021年度冬季供暖工作部署会",
    "",
    "11月5日上午,经开区召开2020—2021年度冬季供暖工作部署会,全力做好今冬供暖工作。区有关部门负责人参会。会议要求,区住建局要加强巡查。",
  ];
  const entries = extractPage(lines.join("\n"), { file: "seeds/page.txt" }).entries;
  expect(entries).toHaveLength(1);
  expect(entries[0]?.data.title).toBe("经开区召开2020—2021年度冬季供暖工作部署会");
});

test("a season across the new year dates a year-less meeting; a past year's output figure does not", () => {
  const season = [
    "县住建局召开2019—2020年度冬季供暖工作会议",
    "发布日期:2022-03-01",
    "10月12日,县住建局召开2019—2020年度冬季供暖工作会议。会议要求,各供热企业要按时供暖。",
  ];
  expect(extract(season)?.date).toBe("2019-10-12");
  const figure = [
    "区长走访辖区企业",
    "6月8日,区长王明走访辖区企业。该企业2019年度产值3.2亿元。王明要求,区工信局要做好服务。",
  ];
  expect(extract(figure)?.date).toBe("--06-08");
});

test("a numbered title under 附件 and a body's promise while it answers are no tasks; a demand's bodies carry its items", () => {
  const notice = extract([
    "关于印发《河道保洁管理办法》等2项制度的通知",
    "各乡镇、县直各单位:",
    "现印发给你们,请认真抓好贯彻落实。",
    "附件:",
    "1.《河道保洁管理办法(试行)》",
    "2.《河长巡河制度》",
  ]);
  expect(notice?.measures?.map((measure) => measure.text)).toEqual(["请认真抓好贯彻落实。"]);
  const visit = extract([
    "县长调研企业",
    "3月5日,县长李华调研辖区企业。县工信局、县自然资源局对企业反映的问题进行了解答,并表示将积极协助解决。县交通局、县水利局依次表态发言,并承诺将于6月底前完成改造。",
  ]);
  expect(visit?.measures?.map((measure) => measure.text)).toEqual([
    "县交通局、县水利局依次表态发言,并承诺将于6月底前完成改造。",
  ]);
  const township = extract([
    "某某镇召开安全生产工作会议",
    "4月2日,某某镇召开安全生产工作会议。镇长要求各村、各企业要认清形势。一是要排查隐患;二是要加强值守。",
  ]);
  for (const text of ["一是要排查隐患;", "二是要加强值守。"])
    expect(township?.measures?.find((measure) => measure.text === text)?.units).toEqual(["某某镇各村", "某某镇各企业"]);
});

test("a tab's title that opens with its site keeps the headline; a field's 召开时间：… is no headline", () => {
  const siteFirst = extract([
    "某某市人民政府网_全市防汛工作视频调度会召开发布日期:2024-07-10 浏览次数:88",
    "7月10日,全市防汛工作视频调度会召开。会议要求市水利局要加强巡查。",
  ]);
  expect(siteFirst?.title).toBe("全市防汛工作视频调度会召开");
  const notice = extract([
    "关于召开全市防汛工作会议的通知",
    "全市防汛工作会议召开时间:2024年6月3日",
    "各区县、市直各单位:",
    "经研究,决定召开全市防汛工作会议,请各单位主要负责人参加。",
    "市防汛办",
    "2024年5月30日",
  ]);
  expect(notice?.title).toBe("关于召开全市防汛工作会议的通知");
});

test("a season's summing-up, a campaign's span and a year's target date as before", () => {
  const summary = [
    "县住建局召开2023—2024年度供热工作总结会",
    "发布日期:2025-03-02",
    "7月16日,县住建局召开2023—2024年度供热工作总结会。会议要求各供热企业要做好检修。",
  ];
  // (The stamp's year stands for a summing-up, as before: the season ended in the spring.)
  expect(extract(summary)?.date).toBe("2024-07-16");
  const campaign = [
    "全县2024—2025年道路提升攻坚行动启动",
    "发布日期:2025-09-01",
    "3月20日,全县道路提升攻坚行动启动。会议要求县交通局要加快施工。",
  ];
  expect(extract(campaign)?.date).toBe("--03-20");
  const target = ["区长走访企业", "3月12日,区长王明走访辖区企业。力争2024年工业产值突破50亿元。"];
  expect(extract(target)?.date).toBe("2024-03-12");
});

test("a request by residents hands no units to the items after it; an order to answer and promise is a task", () => {
  const residents = extract([
    "社区召开居民议事会",
    "5月6日,某某社区召开居民议事会。居民要求物业公司必须尽快整改。一是路灯维修问题;二是垃圾清运问题。",
  ]);
  expect(residents?.measures?.find((measure) => measure.text.startsWith("一是"))?.units ?? []).toEqual([]);
  const windows = extract([
    "县政务服务中心召开工作会议",
    "5月8日,县政务服务中心召开工作会议。会议要求,各窗口单位要对群众咨询进行解答,并承诺将限时办结。",
  ]);
  expect(windows?.measures?.map((measure) => measure.text)).toContain(
    "各窗口单位要对群众咨询进行解答,并承诺将限时办结。",
  );
});

test("#87's rules: a public announcement (停电公告) is dated by the signature under it, not the day it announces", () => {
  const data = extract([
    "停电公告",
    "因线路检修需要,我公司定于2022年8月16日8:00至18:00对城西片区停电。",
    "请相关用户提前做好准备。",
    "某某县供电有限公司",
    "2022年8月12日",
  ]);
  expect(data?.date).toBe("2022-08-12");
});
