import { expect, test } from "vitest";
import { articleLayout } from "../../../src/lib/extract/layout";
import { rejoinBrokenLines, splitArticles } from "../../../src/lib/extract/split";

test("headline lines above the first sentence: the best one is the title, the rest stay in the body", () => {
  const layout = articleLayout([
    "奋力谱写新篇章",
    "洛阳市召开城市提质推进会",
    "6月27日上午，洛阳市召开城市提质推进会。",
    "会议强调，要加快推进老旧小区改造。",
  ]);
  expect(layout.title).toBe("洛阳市召开城市提质推进会");
  expect(layout.titleBlockLength).toBe(2);
  expect(layout.bodyIndexes).toEqual([0, 2, 3]);
  expect(layout.leadIndex).toBe(2);
});

test("an item with no headline takes its first sentence as title and keeps it in the body", () => {
  const lead = "12月1日，县政府副县长郭创峰率公司负责人到王家沟水库项目现场检查施工建设情况。";
  const layout = articleLayout([lead, "郭创峰强调：", "一是建设单位要科学安排工期。"]);
  expect(layout.title).toBe("县政府副县长郭创峰率公司负责人到王家沟水库项目现场检查施工建设情况");
  expect(layout.bodyIndexes).toEqual([0, 1, 2]);
  expect(layout.leadIndex).toBe(0);
  expect(layout.notes).toContain("原文无标题，标题取自首句");
  // 近日，, 日前， frame the news as a day does.
  const recent = articleLayout(["近日,宅梧镇召开“百县千镇万村高质量发展工程”座谈会,深入部署城乡区域协调发展工作。"]);
  expect(recent.title).toBe("宅梧镇召开“百县千镇万村高质量发展工程”座谈会");
});

test("an experience piece joins its place heading and headline; a signature is found at the end", () => {
  const piece = articleLayout(["涧西区：", "用好政策资金 推动片区改造", "今年以来，涧西区坚持规划引领。"]);
  expect(piece.title).toBe("涧西区：用好政策资金 推动片区改造");
  expect(piece.placeHeaded).toBe(true);
  expect(piece.bodyIndexes).toEqual([2]);

  const signed = articleLayout(["关于秸秆焚烧情况的通报", "现将有关情况通报如下。", "汝阳县人民政府", "2024年9月19日"]);
  expect(signed.signerIndex).toBe(2);
});

test("a signed document ends at its signature: the page's links to other articles below it are no part of it", () => {
  const signature = ["关于秸秆焚烧情况的通报", "现将有关情况通报如下。", "汝阳县人民政府", "2024年9月19日"];
  const linked = articleLayout([...signature, "油画作品在市图书馆展出", "某县市场监管局召开警示教育大会"]);
  expect(linked.lines).toEqual(signature);
  expect(linked.signerIndex).toBe(2);
  // What a document keeps after its signature is its own: an attachment's items, a table of contacts, copies.
  for (const after of [
    ["1.秸秆焚烧火点清单", "2.各乡镇责任单位名单"],
    ["乡镇 责任人 联系电话", "城关镇 王明 13800000000"],
    ["抄送县委办公室县人大办公室县政协办公室", "县人民政府办公室2024年9月19日印发"],
  ]) {
    const kept = [...signature, ...after];
    expect(articleLayout(kept).lines).toEqual(kept);
  }
});

test("a record's title field is the title as stored, punctuation and all", () => {
  const title = "對抗登革熱，南區邀集19個局處單位召開區級登革熱會議！";
  const layout = articleLayout([title, "南區區公所今(25)日上午召開會議。"], title);
  expect(layout.title).toBe(title);
  expect(layout.bodyIndexes).toEqual([1]);
});

test("a title taken from the first sentence leaves out the paper's 本报讯, the byline and the day", () => {
  const layout = articleLayout(["本报讯 (记者 马某 通讯员 潘某) 8月31日,县委书记孔阳主持召开党政联席会议。会议要求……"]);
  expect(layout.title).toBe("县委书记孔阳主持召开党政联席会议");
});

test("a title taken from the first sentence is its event's clause: not who went along, not why", () => {
  const title = (lead: string): string => articleLayout([lead, "会议要求,要加快推进。"]).title;
  expect(title("1月7日,市委常委、副市长赵炜调研集中供暖工作,市住建局局长马培安,副局长李宏江参加调研。")).toBe(
    "市委常委、副市长赵炜调研集中供暖工作",
  );
  expect(title("1月19日,为进一步精准做好接诉即办工作,房山区西潞街道召开苏庄片区接诉即办工作推进会。")).toBe(
    "房山区西潞街道召开苏庄片区接诉即办工作推进会",
  );
  expect(title("为巩固文明城区创建成果,全面提升城区文明程度,2005年我区继续开展环境卫生专项整治工作。")).toBe(
    "2005年我区继续开展环境卫生专项整治工作",
  );
  // Traditional text, its commas kept as written.
  expect(title("石灣鎮召開文明城市創建工作推進會,對我鎮文明城市創建工作進行再動員、再部署。")).toBe(
    "石灣鎮召開文明城市創建工作推進會",
  );
  // No event told in the first clauses: the sentence as before.
  expect(title("全县上下凝心聚力,攻坚克难,各项工作取得新成效。")).toBe("全县上下凝心聚力,攻坚克难,各项工作取得新成效");
});

test("a meeting record's field lines (主席：, 纪录：) are never its title", () => {
  const layout = articleLayout([
    "局务会报",
    "第317次主管会报",
    "主席：丁局长育群（黄一平代）",
    "纪录：郭健峰",
    "请三科尽速修改陈报。",
  ]);
  expect(layout.title).toBe("第317次主管会报");
});

test("a line that opens a numbered item never goes on from the line before", () => {
  expect(
    rejoinBrokenLines([
      "协调推进河道保护有关重点项目，研究制订河道保护产业布局和重大政策等",
      "1.继续推进试点流域综合治理项目工程建设，打造一批示范河流或河段。",
      "全市累计完成固定资产投资超过预期，各项主要经济指标增长达到",
      "1.5倍以上，超额完成年度任务。",
    ]),
  ).toEqual([
    "协调推进河道保护有关重点项目，研究制订河道保护产业布局和重大政策等",
    "1.继续推进试点流域综合治理项目工程建设，打造一批示范河流或河段。",
    "全市累计完成固定资产投资超过预期，各项主要经济指标增长达到1.5倍以上，超额完成年度任务。",
  ]);
});

test("a line ending in its month goes on with the day below it (…定于3月 / 15日，在…)", () => {
  expect(
    rejoinBrokenLines([
      "县里召开推进会",
      "会议指出，全县秸秆禁烧工作将迎来新一轮督查，督查定于3月",
      "15日，在县政府召开部署会。",
    ]),
  ).toEqual(["县里召开推进会", "会议指出，全县秸秆禁烧工作将迎来新一轮督查，督查定于3月15日，在县政府召开部署会。"]);
});

test("a hard-wrapped paragraph goes on across lines of its width that hold only clauses, no full stop", () => {
  // Text taken from a PDF breaks every line at the page width, inside words and sentences.
  const wrapped = [
    "副区长王某出席会议并讲话。各街镇分管领导等参加会议。王某指出,区委区",
    "政府始终高度重视拆违工作,目前全区已经超额完成了今年的拆违工作任务",
    "量。王某要求,一是对辖内企业做到服务与管理并举,二是拆违工作不停",
    "歇;三是坚持实事求是杜绝虚假销项;四是要高度重视创建工作,争取更",
    "好完成创建工作。",
  ];
  expect(rejoinBrokenLines(["区建管委召开推进会", ...wrapped])).toEqual(["区建管委召开推进会", wrapped.join("")]);
  // A shorter line of clauses under a paragraph is a heading of its own, as is a field.
  const separate = [
    "区建管委召开推进会",
    "会议指出全区拆违工作取得阶段性成效但仍存在一些薄弱环节需要加以改进",
    "坚持问题导向，狠抓整改落实",
    "列席：区住建局，区城管局，区交通局，区市场监管局，区生态环境分局",
  ];
  expect(rejoinBrokenLines(separate)).toEqual(separate);
});

test("a paragraph that ends on a hotline number is whole; the next paragraph is not its tail", () => {
  expect(
    rejoinBrokenLines([
      "食安方面，卫生局启动春节食品联合稽查，民众若有需求可拨打24小时食安专线0800-285000",
      "",
      "警察局自2月1日起至2月15日止，展开为期15天「加强重要节日安全维护工作」。",
    ]),
  ).toEqual([
    "食安方面，卫生局启动春节食品联合稽查，民众若有需求可拨打24小时食安专线0800-285000",
    "",
    "警察局自2月1日起至2月15日止，展开为期15天「加强重要节日安全维护工作」。",
  ]);
});

test("an item's carrier written after its stop (…未及时清运。责任单位：…) ends the line; the next sentence is not its tail", () => {
  const lines = [
    "督查通知单",
    "3.新华小区内楼道堆放杂物，消防通道堵塞。责任单位：区住建局",
    "请各责任单位高度重视，立即整改，并于5月20日前将整改情况书面报区政府督查室。",
  ];
  expect(rejoinBrokenLines(lines)).toEqual(lines);
});

test("a carrier field the line broke inside a name (责任单位：县住建局、县水 / 利局…) goes on in the next line", () => {
  expect(
    rejoinBrokenLines([
      "县政府召开防汛工作会议",
      "确保汛期前完成主体工程。责任单位：县住建局、县水",
      "利局、县财政局。",
    ]),
  ).toEqual(["县政府召开防汛工作会议", "确保汛期前完成主体工程。责任单位：县住建局、县水利局、县财政局。"]);
});

test("the page's headline is never a broken line, even below a site's slogan", () => {
  const lines = [
    "打造网上国际投资促进平台 致力于中国投资促进事业",
    "郎溪县第一届运动会隆重开幕 彭禧元肖阳陈忠才陈向阳等出席",
    "",
    "郎溪县第一届运动会开幕式于10月28日上午在县全民健身中心体育场举行。",
  ];
  expect(rejoinBrokenLines(lines, "郎溪县第一届运动会隆重开幕 彭禧元肖阳陈忠才陈向阳等出席")).toEqual(lines);
  expect(rejoinBrokenLines(lines)[1]).toContain("等出席郎溪县");
  // A lead opening with its day (10月28日上午,…) starts afresh, headline known or not.
  const dated = [
    lines[0] ?? "",
    lines[1] ?? "",
    "",
    "10月28日上午,郎溪县第一届运动会开幕式在县全民健身中心体育场举行。",
  ];
  expect(rejoinBrokenLines(dated)).toEqual(dated);
  // …截至 / 4月27日，…: a line that ends on a word wanting its object runs on.
  expect(
    rejoinBrokenLines([
      "安全生产会议召开",
      "会议指出,今年以来全县安全生产形势总体平稳。截至",
      "4月27日，全县共排查企业1260家。",
    ]),
  ).toEqual(["安全生产会议召开", "会议指出,今年以来全县安全生产形势总体平稳。截至4月27日，全县共排查企业1260家。"]);
});

test("a photo's caption is no headline; the line over a posting time is; credits and field labels leave the title", () => {
  const photo = articleLayout([
    "郑市长指示各局处应变做好防台工作",
    "2022/09/03 20:38",
    "桃竹苗特派员 何高禄∕报导",
    "桃市府要求台风应变中心做好防台工作 何高禄摄",
    "桃园市长郑文灿今3日下午前往消防局灾害应变中心主持会议。",
  ]);
  expect(photo.title).toBe("郑市长指示各局处应变做好防台工作");
  expect(
    articleLayout(["六安市人民政府关于2021年重点工作及责任分解的通知-欧洲杯网络平台", "各县区人民政府:"]).title,
  ).toBe("六安市人民政府关于2021年重点工作及责任分解的通知");
  // A mirror's name that is no site's word (…胡了) is cut after a document's kind all the same.
  expect(
    articleLayout(["关于2023年度全省城乡环境综合整治工作考评结果的通报-pg游戏麻将胡了", "各市人民政府:"]).title,
  ).toBe("关于2023年度全省城乡环境综合整治工作考评结果的通报");
  // After a meeting, the subject a hyphen or dash sets off is the headline's own.
  expect(articleLayout(["市政府召开第12次常务会议-研究部署防汛工作", "5月8日,会议召开。"]).title).toBe(
    "市政府召开第12次常务会议-研究部署防汛工作",
  );
  // A hyphen inside a headline, not after a document's kind, stays.
  expect(articleLayout(["中俄边境贸易推进会在黑河-布拉戈维申斯克召开", "5月8日,会议召开。"]).title).toBe(
    "中俄边境贸易推进会在黑河-布拉戈维申斯克召开",
  );
  expect(articleLayout(["徐明主持召开区政府第53次常务会议_威海市环翠区", "4月22日,会议召开。"]).title).toBe(
    "徐明主持召开区政府第53次常务会议",
  );
  // An aggregator's column before its bar (丨) is no part of the headline the page printed over its date.
  const exclaimed = "环球今日报丨5个版块22个项目!秀峰歌圩荟开幕";
  expect(articleLayout([exclaimed, "4月20日上午,启动仪式举行。"], undefined, exclaimed).title).toBe(
    "5个版块22个项目!秀峰歌圩荟开幕",
  );
  // A site's news column before a pipe is no part of the headline.
  expect(articleLayout(["汾西新闻 | 我县召开自然资源重点工作推进会", "10月31日,我县召开推进会。"]).title).toBe(
    "我县召开自然资源重点工作推进会",
  );
  // A document site's category after a pipe; a short column label before one is the label rule's.
  expect(articleLayout(["在全市安全生产工作会议上的讲话|领导讲话", "同志们:"]).title).toBe(
    "在全市安全生产工作会议上的讲话",
  );
  // After a column's name the headline follows the pipe: it stays.
  expect(articleLayout(["高质量发展调研行｜走进新能源产业园", "5月8日,调研组走进产业园。"]).title).toContain(
    "走进新能源产业园",
  );
  expect(articleLayout(["关于做好防汛工作的通知_福州市卫生健康委员会", "各区县卫健局:"]).title).toBe(
    "关于做好防汛工作的通知",
  );
  expect(articleLayout(["全市召开防汛工作会议-搜狐", "会议要求,各部门要加强协作。"]).title).toBe(
    "全市召开防汛工作会议",
  );
  // A hyphen inside a headline (元旦-春节) or before a deck that names no site stays.
  expect(articleLayout(["全市2024年元旦-春节期间安全生产工作会议召开", "会议要求,各部门要加强协作。"]).title).toBe(
    "全市2024年元旦-春节期间安全生产工作会议召开",
  );
  expect(articleLayout(["市领导调研重点项目建设-副市长张三带队检查", "会议要求,各部门要加强协作。"]).title).toBe(
    "市领导调研重点项目建设-副市长张三带队检查",
  );
  expect(articleLayout(["第46次扩大主管会报县长裁示事项/连江县政府提供", "一、请民政局准备寒冬送暖事宜。"]).title).toBe(
    "第46次扩大主管会报县长裁示事项",
  );
  expect(
    articleLayout(["文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||", "现将落实情况通报如下。"]).title,
  ).toBe("2022年第八次县政府常务会议确定事项落实情况的通报");
  const captioned = articleLayout([
    "会议现场。",
    "红网时刻张家界2月26日讯(记者 全江玲)2月26日上午,张家界市城管系统召开城管局长会。",
  ]);
  expect(captioned.title).toBe("张家界市城管系统召开城管局长会");
});

test("a lead that ends in a colon opening the agenda gives the title, without the colon's clause; a decision never does", () => {
  const layout = articleLayout([
    "2021年11月21日上午,区政府代理区长毛志强主持召开区十一届政府第106次常务会议,会议研究了以下事项:",
    "一、审议《东区本级重大经济事项决策实施办法(试行)(送审稿)》",
    "会议议定:原则同意,按会议要求修改完善后,以区政府党组名义提请区委常委会会议审议。",
  ]);
  expect(layout.title).toBe("区政府代理区长毛志强主持召开区十一届政府第106次常务会议");
});

test("a derived title drops the report's frame: 据…报道:, a day written with 号", () => {
  expect(articleLayout(["据虹口区新闻报道:2月24日上午,虹口区区长赵永峰前往区城管执法局调研。"]).title).toBe(
    "虹口区区长赵永峰前往区城管执法局调研",
  );
  expect(articleLayout(["云上荆州报道 :10月18号下午,中心城区城市综合管理工作讲评会召开。"]).title).toBe(
    "中心城区城市综合管理工作讲评会召开",
  );
});

test("a site's column tag before the headline (【全球新要闻】) is no part of the title", () => {
  const layout = articleLayout([
    "【全球新要闻】中牟县雁鸣湖镇加压推进人居环境整治提升工作",
    "4月4日,中牟县雁鸣湖镇召开人居环境整治提升加压推进会。",
  ]);
  expect(layout.title).toBe("中牟县雁鸣湖镇加压推进人居环境整治提升工作");
  expect(articleLayout(["[要闻] 孙建年主持召开市委常委会会议", "5月21日,市委常委会召开会议。"]).title).toBe(
    "孙建年主持召开市委常委会会议",
  );
  // A bracket that is the whole headline stays.
  expect(articleLayout(["【全县召开防汛工作会议】", "6月1日,县委召开防汛工作会议。"]).title).toBe(
    "【全县召开防汛工作会议】",
  );
});

test("a document's title broken after 的 ends on the next line, which leaves the body", () => {
  const layout = articleLayout([
    "关于对城区环境卫生综合整治工作检查情况的",
    "整改通知",
    "5月15日清晨,区委、区政府主要领导带领各相关部门进行检查。",
  ]);
  expect(layout.title).toBe("关于对城区环境卫生综合整治工作检查情况的整改通知");
  expect(layout.bodyIndexes.map((index) => layout.lines[index])).toEqual([
    "5月15日清晨,区委、区政府主要领导带领各相关部门进行检查。",
  ]);
});

test("a title from the first sentence leaves out a correspondent's byline and a news site's 网消息", () => {
  const byline = articleLayout(["通讯员荣锐 2月4日下午,安陆经开区楚跃社区举办春节文艺汇演活动。"]);
  expect(byline.title).toBe("安陆经开区楚跃社区举办春节文艺汇演活动");
  const site = articleLayout(["今日竹山网消息 3月19日,我县召开创建国家园林县城工作推进会。"]);
  expect(site.title).toBe("我县召开创建国家园林县城工作推进会");
});

test("the page's headline heads the article under a masthead, weather box and menu lines, and a share button leaves it", () => {
  const furniture = ["蛟河市人民政府", "蛟河市天气预报:", "一网搜索 站内搜索:", "应急管理", "突发事件处置", "科普知识"];
  const layout = articleLayout(
    [...furniture, "我市召开全市防汛工作会议", "6月28日,全市防汛工作会议在国际会议厅召开。"],
    undefined,
    "我市召开全市防汛工作会议",
  );
  expect(layout.title).toBe("我市召开全市防汛工作会议");
  expect(articleLayout(["香港舉行跨部門會議部署應對颱風“小犬”分享到:", "特區政府6日下午舉行跨部門會議。"]).title).toBe(
    "香港舉行跨部門會議部署應對颱風“小犬”",
  );
});

test("a space inside quotes splits no headline from a deck: the lead's day stays in the body", () => {
  const layout = articleLayout([
    "6月22日晚6时许,城西街道召开紧急动员部署会,迅速传达贯彻区“奋战六十天 决胜三连冠”文明城市创建誓师大会精神。",
  ]);
  expect(layout.titleBlockLength).toBe(0);
  expect(layout.title).toBe("城西街道召开紧急动员部署会");
});

test("a kicker telling who demanded (…会议时要求) and the demand below it are one headline", () => {
  const lines = ["王健参加全省小城镇环境综合整治会议时要求", "保环境整洁 显区域特色", "昨日上午,全省会议召开。"];
  expect(articleLayout(lines).title).toBe("王健参加全省小城镇环境综合整治会议时要求 保环境整洁 显区域特色");
  // A headline that says what was demanded stands alone.
  expect(articleLayout(["市长调研防汛工作时要求", "昨日上午,市长调研防汛工作。"]).title).toBe("市长调研防汛工作时要求");
});

test("a lead that opens with the day alone (28日上午,) and has a stray space is still one sentence, its event the title", () => {
  const layout = articleLayout([
    "28日上午,山西省委副书记、代省长王君主持召开省政府第21次常务会议,审定 《方案》修订意见,讨论 《条例》。",
    "会议强调,要加快推进。",
  ]);
  expect(layout.title).toBe("山西省委副书记、代省长王君主持召开省政府第21次常务会议");
});

test("a reporter's bracketed dateline (【记者…/台南】) is no part of a title taken from the lead", () => {
  const layout = articleLayout(["【記者洪佳寶/台南】台南市政府第41次區長會議於今(14)日舉行,市長賴清德頒發獎項。"]);
  expect(layout.title).toBe("台南市政府第41次區長會議於今(14)日舉行");
});

test("a dateline before the lead on its line (东北网虎林7月6日讯 7月3日上午,…) is no headline; 国际在线海南消息: frames the lead", () => {
  const dated = articleLayout([
    "东北网虎林7月6日讯 7月3日上午,迎春镇政府召开经验交流会,对开展场县共建以来的做法进行了交流。",
  ]);
  expect(dated.title).toBe("迎春镇政府召开经验交流会");
  const framed = articleLayout([
    "国际在线海南消息:8月8日,海南省临高县委在金牌经济开发区会议室召开全体干部职工大会,宣布任免决定。",
  ]);
  expect(framed.title).toBe("海南省临高县委在金牌经济开发区会议室召开全体干部职工大会");
});

test("a headline that opens with its year (2018年寻甸花山节…圆满举办) is no date line", () => {
  const layout = articleLayout([
    "政府信息公开制度",
    "2018年寻甸花山节暨第二届摸鱼节圆满举办",
    "9月15日,花山节主会场在塘子街道举办。",
  ]);
  expect(layout.title).toBe("2018年寻甸花山节暨第二届摸鱼节圆满举办");
});

test("review: an issue line (2024年第3期) is no headline; a lead that passes on news (传达中央最新消息) keeps its event", () => {
  expect(articleLayout(["2024年第3期", "春耕时节农事忙", "3月5日，全县春耕生产现场会召开。"]).title).toBe(
    "春耕时节农事忙",
  );
  expect(articleLayout(["县委今天召开常委会传达中央最新消息，部署下一阶段工作。"]).title).toBe(
    "县委今天召开常委会传达中央最新消息",
  );
});

test("a ? inside a word is a character the encoding lost, not a question ending the title's sentence", () => {
  const layout = articleLayout(["8?7日,县长戴培吉主持召开政府?4次常务会议。吴科出席会议。", "会议研究了有关事宜。"]);
  expect(layout.title).toBe("8?7日,县长戴培吉主持召开政府?4次常务会议");
});

test("a speech's own title (在…大会上的讲话) heads it over the speaker's line and the dateline; a deck ending 出席并讲话 does not", () => {
  const speech = articleLayout([
    "在紀念秋收起義80周年動員大會上的講話",
    "縣長 ***",
    "(20**年8月9日)",
    "同志們:",
    "今天是8月9日,離舉辦慶典活動只剩下一個月的時間。",
  ]);
  expect(speech.title).toBe("在紀念秋收起義80周年動員大會上的講話");
  const deck = articleLayout(["全市城市提质推进会召开", "市长王强出席并讲话", "6月27日，全市城市提质推进会召开。"]);
  expect(deck.title).toBe("全市城市提质推进会召开");
});

test("a deck naming who spoke (市委书记王刚在会上的讲话) does not beat the headline", () => {
  expect(
    articleLayout(["全市经济工作会议召开", "市委书记王刚在会上的讲话", "1月5日，全市经济工作会议召开。"]).title,
  ).toBe("全市经济工作会议召开");
});

test("a headline with its deck on one line (…主持召开…专题会 于海田市长、雷杰主席出席) beats the site's name above it", () => {
  const layout = articleLayout([
    "济南市规划设计研究院",
    "刘强书记主持召开商埠区保护提升工作专题会 于海田市长、雷杰主席出席",
    "8月31日,市委书记刘强主持召开商埠区保护提升工作专题会,听取市自然资源和规划局的汇报。",
  ]);
  expect(layout.title).toBe("刘强书记主持召开商埠区保护提升工作专题会 于海田市长、雷杰主席出席");
  // A deck alone (市委书记王刚出席并讲话) is still no headline.
  const deck = articleLayout([
    "全市安全生产工作会议召开",
    "市委书记王刚出席并讲话",
    "5月8日,全市安全生产工作会议召开。",
  ]);
  expect(deck.title).toBe("全市安全生产工作会议召开");
});

test("a document's title wrapped over two lines joins; a sample site's collection title (…纪要三篇, …纪要一) is none", () => {
  const layout = articleLayout([
    "安徽省政府会议纪要三篇",
    "安徽省政府会议纪要一",
    "落实安徽省人民政府与海航集团",
    "合作备忘录协调会议纪要",
    "11月4日,受花建慧副省长委托,韩军副秘书长主持召开协调会议。",
  ]);
  expect(layout.title).toBe("落实安徽省人民政府与海航集团合作备忘录协调会议纪要");
  // A title that opens as one (a place, 关于…) stands alone under a kicker-like line.
  const whole = articleLayout(["深化改革 攻坚克难", "市政府第十次常务会议纪要", "会议研究了以下事项。"]);
  expect(whole.title).toBe("市政府第十次常务会议纪要");
});

test("a site's name or a kicker over a whole document title is not joined to it", () => {
  expect(articleLayout(["洛阳市人民政府门户网站", "第十五次常务会议纪要", "会议研究了以下事项。"]).title).toBe(
    "第十五次常务会议纪要",
  );
  expect(articleLayout(["未雨绸缪筑牢安全防线", "防汛抗旱工作会议纪要", "会议研究了以下事项。"]).title).toBe(
    "防汛抗旱工作会议纪要",
  );
});

test("a speech's title run into its salutation (…会议上的讲话同志们：) is the title, the last copy where it is printed twice", () => {
  const layout = articleLayout([
    "市长在市政府第一次全体会议上讲话市长在市政府2022年第一次全体会议上的讲话同志们:在春节后上班的第二天,我们就召开这次会议。",
  ]);
  expect(layout.title).toBe("市长在市政府2022年第一次全体会议上的讲话");
  // (A 讲话 or 发言 inside the title ends no copy of it.)
  for (const title of ["在全市学习贯彻总书记重要讲话精神座谈会上的讲话", "县长在全县典型发言交流会上的讲话"])
    expect(articleLayout([`${title}同志们:今天我们召开这次会议。`]).title).toBe(title);
});

test("a notice that asks its addressees to carry out a plan approved by a meeting goes on with the plan, titled by it", () => {
  const lines = [
    "各县市人民政府,州政府各局委、各直属机构:",
    "《湘西自治州2020年深化“放管服”改革优化营商环境工作计划》已经州人民政府第54次常务会议同意,现印发给你们,请结合实际,认真贯彻落实。",
    "湘西自治州人民政府",
    "2020年2月22日",
    "湘西自治州2020年深化“放管服”改革优化营商环境工作计划",
    "为巩固提升我州“放管服”改革优化营商环境工作实效,特制定本计划。",
    "1.加大简政放权力度。承接好省下放行政许可事项。",
  ];
  const articles = splitArticles(lines);
  expect(articles).toHaveLength(1);
  const layout = articleLayout(articles[0]?.lines ?? []);
  expect(layout.title).toBe("湘西自治州2020年深化“放管服”改革优化营商环境工作计划");
  expect(layout.notes).toContain("原文无标题，标题取自所印发文件的标题");
});

test("review: a notice whose document the page left out ends at its signature; a wrapped line ending in 意见 is rejoined", () => {
  const articles = splitArticles([
    "各乡镇人民政府，县直各单位：",
    "县考核办关于2023年度考核情况的报告已经县政府同意，现印发给你们，请认真抓好整改。",
    "某县人民政府办公室",
    "2024年3月1日",
    "县政府召开常务会议",
    "3月5日，县政府召开常务会议。会议要求，各乡镇要加强排查。",
  ]);
  expect(articles).toHaveLength(2);
  expect(
    rejoinBrokenLines([
      "县政府召开常务会议",
      "会议传达学习了省政府关于进一步优化营商环境的若干意见",
      "并结合我县实际研究部署了相关工作。",
    ]),
  ).toEqual([
    "县政府召开常务会议",
    "会议传达学习了省政府关于进一步优化营商环境的若干意见并结合我县实际研究部署了相关工作。",
  ]);
});

test("review 2: the issued plan stays with its notice past the lines under a signature, a wrapped title, a title of any kind", () => {
  const notice = (under: string[], title: string[]) => [
    "各乡镇人民政府，县直各单位：",
    "现将《鹤峰县2024年农村人居环境整治提升行动实施方案》印发给你们，请认真贯彻执行。",
    "鹤峰县人民政府办公室",
    "2024年3月5日",
    ...under,
    ...title,
    "为全面提升农村人居环境，制定本方案。",
    "一、工作目标",
  ];
  const title = ["鹤峰县2024年农村人居环境整治提升行动实施方案"];
  for (const under of [["（此件公开发布）", "附件"], ["（公开方式：主动公开）"], ["抄送：县委办公室。"]])
    expect(splitArticles(notice(under, title))).toHaveLength(1);
  expect(splitArticles(notice([], ["鹤峰县2024年农村人居环境整治", "提升行动实施方案"]))).toHaveLength(1);
  expect(
    splitArticles([
      "各乡镇：",
      "现将《关于进一步优化营商环境的若干措施》印发给你们，请认真贯彻执行。",
      "某县人民政府办公室",
      "2024年3月5日",
      "关于进一步优化营商环境的若干措施",
      "为优化营商环境，制定以下措施。",
    ]),
  ).toHaveLength(1);
});

test("review 3: a plan with no title, one titled by its issuer, or a revised rule stays with the notice issuing it", () => {
  const notice = (quote: string, after: string[]) => [
    "各乡镇人民政府，县直各单位：",
    `现将${quote}印发给你们，请认真贯彻执行。`,
    "某县人民政府办公室",
    "2024年3月5日",
    ...after,
  ];
  expect(
    splitArticles(notice("《实施方案》", ["为深入推进农村人居环境整治，制定本方案。", "一、工作目标"])),
  ).toHaveLength(1);
  expect(
    splitArticles(
      notice("《关于加快推进乡村振兴的实施意见》", [
        "中共某县委 某县人民政府关于加快推进乡村振兴的实施意见",
        "为加快推进乡村振兴，现提出如下意见。",
      ]),
    ),
  ).toHaveLength(1);
  expect(
    splitArticles(
      notice("修订后的《某县人民政府工作规则》", [
        "某县人民政府工作规则",
        "第一章 总则",
        "第一条 为规范县政府工作，制定本规则。",
      ]),
    ),
  ).toHaveLength(1);
});

test("a task cell does not run into the 责任单位 cell under it", () => {
  expect(
    rejoinBrokenLines([
      "序号",
      "加强生活垃圾处理设施运行监管,开展排查、评估和治理工作",
      "市住建局、市环保局,各县(区)政府、市直园区管委会",
    ]),
  ).toHaveLength(3);
});

test("a column's name before the document's own title in brackets gives way to that title", () => {
  const layout = articleLayout([
    "背街小巷整治【城关区城市环境背街小巷综合整治2月份工作计划】",
    "来源:区整治办 发布时间:2020-03-30",
    "一、继续在全区范围内组织开展宣传活动。",
  ]);
  expect(layout.title).toBe("城关区城市环境背街小巷综合整治2月份工作计划");
});

test("#74's rules: the column a page files a story under, after its headline, is no part of it", () => {
  expect(articleLayout(["市長出席防災演練【影音新聞】", "市長今日出席防災演練,要求各局處落實整備。"]).title).toBe(
    "市長出席防災演練",
  );
});

test("second review of #74's rules: a word of the headline's own in brackets stays", () => {
  expect(articleLayout(["全面绘就乡村振兴新【蓝图】", "会议研究部署乡村振兴工作,要求各乡镇抓好落实。"]).title).toBe(
    "全面绘就乡村振兴新【蓝图】",
  );
});

test("#81's rules: a reprint's headline in book-title marks is the document's name without them", () => {
  expect(articleLayout(["《西昌市人民政府关于加强城区供水管理的通知》", "各乡镇人民政府,市级各部门:"]).title).toBe(
    "西昌市人民政府关于加强城区供水管理的通知",
  );
  expect(articleLayout(["《中国统计年鉴》与《四川统计年鉴》", "两部年鉴出版发行。"]).title).toBe(
    "《中国统计年鉴》与《四川统计年鉴》",
  );
});
