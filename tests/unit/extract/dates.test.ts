import { expect, test } from "vitest";
import { simplifyChars } from "../../../src/lib/text/script";
import {
  parsePublished,
  explicitDates,
  deadlineAnchor,
  findDeadline,
  resolveEventDate,
  normalizeDateWords,
  reportDate,
  dueCellDeadline,
} from "../../../src/lib/extract/dates";

const published = { year: 2023, month: 2, day: 23 };

test.each([
  ["23日,我市举行推进会", "2023-02-23"],
  ["昨日,市委市政府召开推进会", "2023-02-22"],
  ["新竹市政府日昨召开本周市务会议", "2023-02-22"],
  ["前天下午召开", "2023-02-21"],
  ["今天上午召开", "2023-02-23"],
  ["12月18日上午召开", "2022-12-18"],
  ["2月3日召开", "2023-02-03"],
  ["2021年12月30日召开", "2021-12-30"],
  ["28日召开", "2023-01-28"],
  // A deadline in the lead is no event: the day the notice is about comes after it.
  ["请于2023年1月20日前报送方案，2月10日召开推进会", "2023-02-10"],
  ["请于1月20日之前报送方案，2月10日召开推进会", "2023-02-10"],
  // …日前往, 前来, 前夕 tell the day itself.
  ["市委书记于2022年4月12日前往桥头镇调研", "2022-04-12"],
  ["省考核组一行于12月5日前来我县检查", "2022-12-05"],
  ["2月9日前夕，县委书记走访慰问困难群众", "2023-02-09"],
])("%s resolves to %s against a publication date of 2023-02-23", (text, iso) => {
  expect(resolveEventDate(text, { published })?.iso).toBe(iso);
});

test("without any year a month and day stay year-less, and say so", () => {
  const resolved = resolveEventDate("6月18日上午,全市推进会召开", {});
  expect(resolved).toMatchObject({ iso: "--06-18", words: "6月18日" });
  expect(resolved?.note).toContain("未注明年份");
});

test("a relative day against a page's latest date is only known to the month, with a note", () => {
  const resolved = resolveEventDate("昨日,我市召开会议", {
    estimate: { day: { year: 2024, month: 9, day: 19 }, why: "按版面上最晚的日期 2024-09-19 推定" },
  });
  expect(resolved?.iso).toBe("2024-09");
  expect(resolved?.note).toContain("2024-09-19");
});

test("日前 and 近日 say only that it was lately: the publication's month late in it, else its year; none early in January", () => {
  const resolved = resolveEventDate("日前,我区召开会议", { published: { year: 2023, month: 2, day: 8 } });
  expect(resolved?.iso).toBe("2023");
  expect(resolved?.note).toContain("日前");
  const lateInMonth = { year: 2022, month: 12, day: 16 };
  expect(resolveEventDate("近日,我镇召开推进会", { published: lateInMonth })).toMatchObject({
    iso: "2022-12",
    note: "「近日」只说明在出版日前不久，出版日在月中以后，记到出版月",
  });
  // A deadline's month says nothing of it; another month or a festival named beside it says the month is not the page's.
  expect(
    resolveEventDate("近日,县政府召开防汛工作会议。会议要求,6月15日前完成隐患整改。", {
      published: { year: 2024, month: 6, day: 20 },
    })?.iso,
  ).toBe("2024-06");
  expect(
    resolveEventDate("近日,我县召开会议,会议于4月下旬召开", { published: { year: 2024, month: 5, day: 20 } })?.iso,
  ).toBe("2024");
  const newYear = { year: 2024, month: 1, day: 6 };
  expect(resolveEventDate("近日,我区召开会议", { published: newYear })?.iso).toBe("unknown");
});

test("a span of days (12月7-8日) is dated by its first", () => {
  expect(resolveEventDate("12月7-8日,考核组到经开区开展考核督查", {})?.iso).toBe("--12-07");
  expect(resolveEventDate("2023年12月7—8日,考核组开展督查", {})?.iso).toBe("2023-12-07");
});

test("no date words, no date", () => {
  expect(resolveEventDate("会议强调,要加快推进", { published })).toBeNull();
});

test("explicit dates in several notations", () => {
  expect(explicitDates("2024年9月19日；2023.02.23 22:15；2022-06-28 17:17:00；2024/13/01")).toEqual([
    { year: 2024, month: 9, day: 19 },
    { year: 2023, month: 2, day: 23 },
    { year: 2022, month: 6, day: 28 },
  ]);
});

test.each([
  ["确保年底前188个小区全部完成改造", 2024, { text: "年底前", date: "2024-12-31" }],
  ["确保2025年6月底前整合到位", 2024, { text: "2025年6月底前", date: "2025-06-30" }],
  ["9月底前将全部清零", 2024, { text: "9月底前", date: "2024-09-30" }],
  ["要确保改造工作今年内大头落地", null, { text: "今年内" }],
  ["一个问题一个问题限期解决到位", 2024, { text: "限期" }],
  ["必须在限定时间内解决", 2024, { text: "限定时间内" }],
  ["湖口镇要在规定时间内完成剩余征拆协议签订", 2024, { text: "规定时间内" }],
  ["要在规定时间内整改到位,并于4月30日前上报整改情况", 2024, { text: "4月30日前", date: "2024-04-30" }],
  ["各乡镇要奋战100天，全面完成重建", 2024, { text: "奋战100天" }],
  ["要求相关单位每周一将上周执行情形传给卫生局汇整", 2024, { text: "每周一" }],
  ["抓好年底收官冲刺和明年重点工作谋划", 2024, null],
  ["要于年底考核前全部完成整改", 2024, { text: "年底", date: "2024-12-31" }],
  ["要坚持每周一次调度", 2024, null],
  ["每周一至周五开展巡查", 2024, null],
  ["要认真总结前期奋战100天的经验做法", 2024, null],
  ["该项目已连续奋战200天", 2024, null],
  ["重点示范镇建设要在明年完成公共基础设施的建设任务", 2011, { text: "明年", date: "2012-12-31" }],
  ["确保明年底前完成改造", 2024, { text: "明年底前", date: "2025-12-31" }],
  ["明年年底前全部建成", 2024, { text: "明年年底前", date: "2025-12-31" }],
  ["决定从即日起至农历年末,在全街道开展攻坚行动", 2023, { text: "从即日起至农历年末" }],
  ["各村要在农历新年之前完成一次集中清扫", 2023, { text: "农历新年之前" }],
  ["除夕前夜,县长到敬老院看望老人并要求做好安全工作", 2023, null],
  ["要在除夕前往各自联系乡镇检查安全生产", 2023, null],
  ["即日起至12月31日开展集中整治", 2024, { text: "即日起至12月31日", date: "2024-12-31" }],
  ["自即日起至2025年3月底开展专项行动", 2024, { text: "自即日起至2025年3月底", date: "2025-03-31" }],
  // When another body will act yields to the date the work is due by; alone, it stands.
  ["省里将于7月下旬开展抽查,请各县务必在7月10日前完成自查", 2024, { text: "7月10日前", date: "2024-07-10" }],
  ["市里将于9月下旬组织考核", 2024, { text: "9月下旬", date: "2024-09-30" }],
  // (将于10月底完工: the subject's own completion is due then, whatever follows.)
  ["改建工程将于10月底完工,确保春节前通车", 2024, { text: "10月底", date: "2024-10-31" }],
  // (Only a date work is due by passes the scheduled one over: not a later appraisal, nor a ban.)
  ["县委将于7月上旬对各乡镇进行考核,考核结果纳入年底综合考评", 2024, { text: "7月上旬", date: "2024-07-10" }],
  ["一期工程将于10月底交付使用,二期2025年6月底前完工", 2024, { text: "10月底", date: "2024-10-31" }],
])("deadline in %s", (sentence, year, deadline) => {
  expect(findDeadline(sentence, year)).toEqual(deadline);
});

test("next year as a subject of planning, or as when money comes, is no deadline", () => {
  expect(findDeadline("要从细从优谋划好明年工作", 2024)).toBeNull();
  expect(findDeadline("为明年接诉即办工作打好基础", 2024)).toBeNull();
  expect(findDeadline("坚决不能拖到明年再办", 2024)).toBeNull();
  expect(findDeadline("为明年全面完成目标任务打下坚实基础", 2024)).toBeNull();
  expect(findDeadline("相关资金于明年再行拨付", 2024)).toBeNull();
  expect(findDeadline("确保明年年内全部完工", 2024)).toEqual({ text: "明年年内", date: "2025-12-31" });
});

test("a plain date is no deadline, unless work is to be done by it (于7月11日全面完成)", () => {
  expect(findDeadline("9月17日,卫星监测到火点", 2024)).toBeNull();
  expect(findDeadline("要求各街道立即开展自查,并于7月11日全面完成整改", 2019)).toEqual({
    text: "7月11日",
    date: "2019-07-11",
  });
  expect(findDeadline("会议于7月11日召开", 2019)).toBeNull();
  expect(findDeadline("该项目已于7月11日全面完成整改", 2019)).toBeNull();
});

test("a plain date is a deadline where the work must have reached it (保证在5月1日…动工, 在5月1日要全面启动)", () => {
  expect(findDeadline("保证在5月1日我县易地搬迁项目全面动工", 2016)).toEqual({ text: "5月1日", date: "2016-05-01" });
  expect(findDeadline("易地搬迁在5月1日要全面启动", 2016)).toEqual({ text: "5月1日", date: "2016-05-01" });
  expect(findDeadline("为贯彻落实4月17日地区指挥部会议精神", 2016)).toBeNull();
  expect(findDeadline("在5月1日召开的会议上,县长作了部署", 2016)).toBeNull();
  expect(findDeadline("各乡镇要在5月1日召开的大会上作表态发言", 2016)).toBeNull();
  expect(findDeadline("力争在5月1日至10日开展集中整治", 2016)).toBeNull();
});

test("a month in Chinese numerals sets a deadline as digits do, and keeps its words (力争六月底前达标)", () => {
  expect(findDeadline("力争六月底前达标", 2010)).toEqual({ text: "六月底前", date: "2010-06-30" });
  expect(findDeadline("确保八月底完工", 2020)).toEqual({ text: "八月底", date: "2020-08-31" });
  expect(findDeadline("十二月中旬前完成验收", 2020)).toEqual({ text: "十二月中旬前", date: "2020-12-20" });
  expect(findDeadline("二○一九年十月底前完成", null)).toEqual({ text: "二○一九年十月底前", date: "2019-10-31" });
  expect(findDeadline("十一月份召开总结会", 2020)).toBeNull();
});

test.each([
  ["二〇二四年八月七日", "2024年8月7日"],
  ["今日（八月七日）", "今日（8月7日）"],
  ["发稿时间：110年4月28日15:30", "发稿时间：2021年4月28日15:30"],
  ["市长提示109/08/11", "市长提示2020/08/11"],
  ["104.11.26", "2015.11.26"],
  ["今(25)日上午召开", "25日上午召开"],
  ["明(105)年元月底前完成", "2016年1月底前完成"],
  ["第451次市政会议，108年度", "第451次市政会议，2019年度"],
  ["10月18号下午，讲评会召开", "10月18日下午，讲评会召开"],
  ["3号楼前", "3号楼前"],
  ["行政長官前(9)日與各部門領導舉行交流會", "行政長官9日與各部門領導舉行交流會"],
  ["昨(10)日召開會議", "10日召開會議"],
  ["提前（2）日召开协调会", "提前（2）日召开协调会"],
  ["時間:二O一O年七月十日", "時間:2010年7月10日"],
  ["目前（1）日常巡查", "目前（1）日常巡查"],
  ["11/05/2020", "2020/05/11"],
  ["05/21/2020", "2020/05/21"],
  ["24.08.2015 15:12", "2015.08.24 15:12"],
])("date words: %s → %s", (written, normalized) => {
  expect(normalizeDateWords(written)).toBe(normalized);
});

test("a report's date: the title's own date wins over the lead's and the publication's", () => {
  const dates = { published: { year: 2020, month: 8, day: 17 } };
  expect(reportDate({ title: "台南市政府第451次市政会议市长提示109/08/11", lead: "今(11)日中午", dates }).date).toBe(
    "2020-08-11",
  );
});

test("a year a period starts from (2011年举办首届…以来) is no year of a day written without one; 2024年入汛以来 is", () => {
  const text = "5月26日，马拉松鸣枪开赛。特别是2011年举办首届马拉松赛事以来，历经不懈努力，赛事规模不断扩大。";
  expect(reportDate({ title: "马拉松鸣枪开赛", lead: "5月26日，马拉松鸣枪开赛。", dates: {}, text }).date).toBe(
    "--05-26",
  );
  // This year's work since it began (2024年入汛以来) is this year's.
  const thisYear = "7月10日，全县工作会议召开。会议指出，2024年入汛以来，全县上下全力防汛。";
  expect(
    reportDate({ title: "全县工作会议召开", lead: "7月10日，全县工作会议召开。", dates: {}, text: thisYear }).date,
  ).toBe("2024-07-10");
});

test("the start of a period and an action already done are not the event's day", () => {
  const dates = { published: { year: 2020, month: 3, day: 12 } };
  const lead = "河乐广场自3月7日开幕启用以来，已成为热点。交通局已于3月11日在广场周边划设停车格。";
  expect(reportDate({ title: "市府召开专案会议", lead, dates })).toEqual({
    date: "2020-03-12",
    notes: ["正文未写明日期，取来源的发布日期"],
  });
});

test("a plan with only its document year is dated to the year, and says so", () => {
  expect(reportDate({ title: "石城县2018年度河长制工作考核细则", lead: "一、通用考核项目", dates: {} })).toEqual({
    date: "2018",
    notes: ["正文未写明日期，按文件年度「2018年」记到年"],
  });
});

test("a report on one month's work with no date of its own is dated to that month, and says so", () => {
  expect(
    reportDate({ title: "关于2024年3月份重点项目建设进展情况的通报", lead: "现将3月份进展情况通报如下：", dates: {} }),
  ).toEqual({ date: "2024-03", notes: ["正文未写明日期，按标题所报的「2024年3月份」记到月"] });
  // A span, a deadline or a plan is no month reported on.
  for (const title of [
    "关于2023年1月份至10月份全县重点项目进展情况的通报",
    "关于在2023年11月份前完成自建房排查整治情况的通知",
    "关于做好2024年1月份元旦春节期间安全生产工作的通知",
  ])
    expect(reportDate({ title, lead: "各乡镇：", dates: {} }).date).not.toMatch(/^\d{4}-\d{2}$/);
  // A month named without 份 is a day's month or a deadline's, not the period a report covers.
  expect(reportDate({ title: "关于2024年3月重点项目的通知", lead: "各单位：", dates: {} }).date).not.toBe("2024-03");
});

test("a row time only estimates: the year is taken with a note, never silently", () => {
  const estimate = {
    day: { year: 2018, month: 11, day: 16 },
    why: "按数据库记录时间 2018-11-16 推定（记录时间可能晚于发布）",
  };
  const { date, notes } = reportDate({ title: "我市召开动员会", lead: "11月15日，动员会召开。", dates: { estimate } });
  expect(date).toBe("2018-11-15");
  expect(notes.join()).toContain("数据库记录时间");
});

test("deadlines of plans and releases: N年内, 今年6月, 汛期前", () => {
  expect(findDeadline("5年内市、区两级资助200名人才。", 2012)).toEqual({ text: "5年内", date: "2016-12-31" });
  expect(findDeadline("预计今年6月完成设置。", 2026)).toEqual({ text: "今年6月", date: "2026-06-30" });
  expect(findDeadline("283件开口契约于汛期前发包。", 2021)).toEqual({ text: "汛期前" });
  expect(findDeadline("确保年内完成。", 2024)).toEqual({ text: "年内", date: "2024-12-31" });
});

test("a day without a year takes the one work year the title names, from March on, with a note", () => {
  const autumn = reportDate({
    title: "我县召开2011年三秋工作动员会",
    lead: "9月21日上午，我县召开动员会。",
    dates: {},
  });
  expect(autumn.date).toBe("2011-09-21");
  expect(autumn.notes.join()).toContain("2011年");
  // A year's summing-up is held early in the next year: January stays year-less.
  const summary = reportDate({ title: "全县2011年工作总结会召开", lead: "1月6日，全县工作总结会召开。", dates: {} });
  expect(summary.date).toBe("--01-06");
});

test("a quarter or the first half of the year is a deadline at its end", () => {
  expect(findDeadline("确保新建项目一季度开工达到35%", 2020)).toEqual({ text: "一季度", date: "2020-03-31" });
  expect(findDeadline("第三季度末前完成验收", 2024)).toEqual({ text: "第三季度末前", date: "2024-09-30" });
  expect(findDeadline("上半年完成全部改造", 2024)).toEqual({ text: "上半年", date: "2024-06-30" });
  expect(findDeadline("一季度开工", null)).toEqual({ text: "一季度" });
});

test("a dateline's filing day gives way to the day the lead then dates; alone it still dates the report", () => {
  const published = { year: 2017, month: 2, day: 17 };
  expect(
    resolveEventDate("红网雨花区分站2月17日讯(分站记者 杨洋)2017年2月15日,雨花区召开社区工作大会。", { published })
      ?.iso,
  ).toBe("2017-02-15");
  expect(resolveEventDate("新华社北京2月16日电 全市召开社区工作大会。", { published })?.iso).toBe("2017-02-16");
});

test("a month lost between the digits (2025年1127日, 720日，) is read back; a count of days is left alone", () => {
  expect(normalizeDateWords("2025年1127日上午,区政府召开常务会议")).toContain("2025年11月27日");
  expect(normalizeDateWords("720日,县防指召开防汛工作专题会议")).toContain("7月20日");
  expect(normalizeDateWords("整治行动持续120日以上")).toBe("整治行动持续120日以上");
});

test("a lead's day whose 日 was dropped before the comma (3月8,县长…) is read as the day; a count is not", () => {
  expect(normalizeDateWords("3月8,县长邹浩主持召开县政府第二次常务会议。")).toContain("3月8日,");
  expect(normalizeDateWords("全年完成3月8,5月9两期工作")).toBe("全年完成3月8,5月9两期工作");
});

test("a period counts from the report's day; a festival is due without a date; a quarter work starts from is no deadline", () => {
  expect(findDeadline("要求各单位在一周之内将问题整改完毕", 2021, "2021-07-20")).toEqual({
    text: "一周之内",
    date: "2021-07-27",
  });
  expect(findDeadline("两个月内完成整改", 2021, "2021-07-20")?.date).toBe("2021-09-20");
  expect(findDeadline("5个工作日内反馈", 2021, "2021-07-20")).toEqual({ text: "5个工作日内" });
  // 15日内 is fifteen days from the report's day, 半个月内 too; 7月15日内 is no period.
  expect(findDeadline("于15日内完成整改", 2021, "2021-07-20")).toEqual({ text: "15日内", date: "2021-08-04" });
  expect(findDeadline("半个月内完成排查", 2021, "2021-07-20")?.date).toBe("2021-08-04");
  expect(findDeadline("7月15日内完成排查", 2021, "2021-07-20")?.text).not.toBe("15日内");
  expect(findDeadline("于春节前配合开展联合稽查", 2024)).toEqual({ text: "春节前" });
  expect(findDeadline("力促一批重大项目在国庆节前动工建设", 2012)).toEqual({ text: "国庆节前" });
  // (A time before the festival that names what was or will be then: 中秋节前开展的整治, 国庆节前的消费高峰.)
  expect(findDeadline("要巩固中秋节前开展的月饼专项整治成果", 2012)).toBeNull();
  expect(findDeadline("针对国庆节前的消费高峰加强监管", 2012)).toBeNull();
  expect(findDeadline("抓好春节前后各项重点工作", 2024)).toBeNull();
  expect(findDeadline("从2023年第一季度开始,各责任单位要每季度报送", 2023)).toBeNull();
});

test("a day without a year takes the one year the text names for its work, never a target's or a span's end", () => {
  const dates = {};
  expect(
    reportDate({ title: "", lead: "3月12日晚,县林业局召开会议。", dates, text: "随后召开2018年春季林业工作会议。" })
      .date,
  ).toBe("2018-03-12");
  expect(
    reportDate({
      title: "",
      lead: "3月23日,区政府召开常务会议。",
      dates,
      text: "审议《三年行动方案(2023—2025年)》,到2025年建成。",
    }).date,
  ).toBe("--03-23");
});

test("a numbered document another site posted years later is of its number's year; posted soon after, of its day", () => {
  const postedOn = (year: number, month: number, day: number) =>
    reportDate({
      title: "",
      lead: "县委、县政府:",
      dates: { published: { year, month, day } },
      docNumber: { text: "上发[2011]5号", issuer: "上发", year: "2011" },
    });
  expect(postedOn(2020, 3, 2).date).toBe("2011");
  expect(postedOn(2020, 3, 2).notes.join()).toContain("2020-03-02");
  expect(postedOn(2012, 1, 5).date).toBe("2012-01-05");
  // (So too for a document the page issues, which is otherwise dated by its posting.)
  const issued = reportDate({
    title: "某区城市环境综合整治2月份工作计划",
    lead: "各街道,各相关单位:",
    dates: { published: { year: 2020, month: 3, day: 30 } },
    issued: true,
    docNumber: { text: "安整治办〔2017〕16 号", issuer: "安整治办", year: "2017" },
  });
  expect(issued.date).toBe("2017");
});

test("a meeting held 近日 with no date known is of the year its title names it for, unless that year is summed up", () => {
  const of = (title: string) => reportDate({ title, lead: "近日,杏林镇召开会议。", dates: {}, text: "" }).date;
  expect(of("扶风县杏林镇召开2023年春季重点工作推进会")).toBe("2023");
  expect(of("杏林镇召开2022年工作总结表彰大会")).toBe("unknown");
});

test("early in a year, a year whose work a meeting hears reported is the last one", () => {
  const dayOf = (lead: string, text: string): string => reportDate({ title: "", lead, dates: {}, text }).date;
  expect(
    dayOf("3月6日,区政府召开常务会议。", "会议听取关于2024年城市体检工作开展情况的汇报并指出,要强化体检成果应用。"),
  ).toBe("2025-03-06");
  // A half-year's work heard, or a report heard later in the year, is this year's.
  expect(dayOf("7月20日,区政府召开常务会议。", "会议听取2024年上半年工作情况的汇报。")).toBe("2024-07-20");
  expect(dayOf("6月6日,区政府召开常务会议。", "会议听取关于2024年城市体检工作开展情况的汇报。")).toBe("2024-06-06");
});

test("a speech at a year's end is of the year it sees out, when it names one", () => {
  const speech = "同志们:今天我们召开节前部署会议。2025年即将画上圆满的句号,2026年的崭新篇章正等待我们开启。";
  expect(reportDate({ title: "在镇元旦节前部署会议上的讲话", lead: "", dates: {}, text: speech }).date).toBe("2025");
  expect(
    reportDate({ title: "", lead: "12月28日,镇召开会议。", dates: {}, text: "在即将过去的2011年里,全镇上下团结奋进。" })
      .date,
  ).toBe("2011-12-28");
  // The year a text looks forward to, or two years seen out, say nothing.
  expect(reportDate({ title: "", lead: "", dates: {}, text: "2026年即将到来。" }).date).toBe("unknown");
  expect(reportDate({ title: "", lead: "", dates: {}, text: "2024年即将过去,2025年即将结束。" }).date).toBe("unknown");
  expect(
    reportDate({ title: "", lead: "12月5日,召开会议。", dates: {}, text: "回想2019年即将结束之时,我们召开了会议。" })
      .date,
  ).toBe("--12-05");
});

test("a past year's assessment is no year of the work; in a year's first half the year planned for is", () => {
  const dayOf = (lead: string, text: string): string => reportDate({ title: "", lead, dates: {}, text }).date;
  expect(dayOf("3月12日晚,局召开会议。", "召开2018年春季林业工作会议,通报《2017年度局属二级单位绩效考评通报》。")).toBe(
    "2018-03-12",
  );
  expect(dayOf("6月17日,镇召开会议。", "通报2023年度考核评价结果,汇报2024年工作推进情况。")).toBe("2024-06-17");
  expect(dayOf("3月2日上午,全市会议召开。", "会议总结表彰2014年度工作,部署2015年工作。")).toBe("2015-03-02");
  expect(
    reportDate({
      title: "为了总结2016年工作,安排2017年工作任务",
      lead: "4月17日下午,齐寿镇召开2017年全镇农业农村工作会议。",
      dates: {},
      text: "总结2016年工作,安排2017年工作任务。召开2017年全镇农业农村工作会议。宣读关于表彰2016年度先进集体的决定。",
    }).date,
  ).toBe("2017-04-17");
  expect(dayOf("2月4日下午,市政府召开常务会议。", "会议研究了2015年全市十件实事初选项目。")).toBe("2015-02-04");
  expect(dayOf("2月9日,区司法局召开会议。", "召开2026年度工作会议,全面总结2025年工作。")).toBe("2026-02-09");
  expect(dayOf("2月19日下午,闻堰镇召开会议。", "召开2009年度综治工作会议,人武部长对2008年度综治工作做了总结。")).toBe(
    "2009-02-19",
  );
  expect(dayOf("2月19日下午,召开会议。", "召开2008年度综治工作总结表彰大会。")).toBe("--02-19");
  expect(dayOf("1月8日,县委召开会议。", "召开2023年度党风廉政建设工作会议,对2024年工作进行部署。")).toBe("--01-08");
  expect(dayOf("1月8日,县委召开会议。", "召开2023年度目标绩效工作会议,兑现奖励。")).toBe("--01-08");
  // 2023年度民主生活会 is held early in the next year; in autumn the year studied may be the next.
  expect(dayOf("1月20日,召开会议。", "召开2023年度民主生活会,部署2024年工作。")).toBe("2024-01-20");
  expect(dayOf("11月5日,召开会议。", "研究2025年重点项目,总结2024年工作。")).toBe("--11-05");
  // Review: a half-year summed up is this year's; a budget drafted, a report or an audit studied early in
  // the year is another year's; a year's assessment plan is its own.
  expect(dayOf("7月20日,镇党委召开会议。", "会议总结2024年上半年工作,部署下半年重点任务。")).toBe("2024-07-20");
  expect(dayOf("4月10日,召开会议。", "会议研究《2024年度乡镇目标责任考核实施方案》。")).toBe("2024-04-10");
  expect(dayOf("6月18日,召开会议。", "召开2025年部门预算编制工作会议。会议通报了2023年度部门决算情况。")).toBe(
    "--06-18",
  );
  expect(dayOf("1月15日,召开会议。", "研究了2023年全县财政预算执行情况和2024年财政预算草案。")).toBe("--01-15");
  expect(dayOf("1月10日,召开会议。", "研究了2023年区委常委会工作报告(讨论稿)。")).toBe("--01-10");
  expect(dayOf("2月20日,召开会议。", "讨论了2023年政府债务审计反馈问题整改方案。")).toBe("--02-20");
});

test("a day-first stamp reads year last; a date that lost 年月日 is read when only one split makes a day", () => {
  expect(explicitDates("24.08.2015 15:12")).toEqual([{ year: 2015, month: 8, day: 24 }]);
  expect(normalizeDateWords("202177下午市长主持召开常务会议")).toBe("2021年7月7日下午市长主持召开常务会议");
  expect(normalizeDateWords("2021105下午")).toBe("2021年10月5日下午");
  // 2018813日晚: the 日 kept, 年 and 月 lost.
  expect(normalizeDateWords("2018813日晚,区长主持召开")).toBe("2018年8月13日晚,区长主持召开");
  expect(normalizeDateWords("2024115日")).toBe("2024115日");
  // 2024115 is 1月15日 or 11月5日: left as written.
  expect(normalizeDateWords("2024115，")).toBe("2024115，");
  expect(normalizeDateWords("电话0398123，")).toBe("电话0398123，");
});

test("a day of the month in numerals where an event is dated (于十一日召开, 二十日上午) is read; 三日内, 星期日 are not", () => {
  expect(normalizeDateWords("彰化县长王惠美于十一日召开第一次防台会议")).toBe("彰化县长王惠美于11日召开第一次防台会议");
  expect(normalizeDateWords("县长二十日上午主持会议")).toBe("县长20日上午主持会议");
  expect(normalizeDateWords("三日内召开")).toBe("三日内召开");
  expect(normalizeDateWords("星期日上午")).toBe("星期日上午");
  for (const words of [
    "研讨会为期三日,第二日上午举行",
    "会议前一日下午召开协调会",
    "于正月初十日上午举行",
    "展会连续三日举行",
  ])
    expect(normalizeDateWords(words)).toBe(words);
  expect(normalizeDateWords("县长王惠美十一日在县府主持防灾会议")).toBe("县长王惠美11日在县府主持防灾会议");
  expect(normalizeDateWords("县长十一日（星期二）上午主持召开")).toBe("县长11日上午主持召开");
  expect(
    reportDate({
      title: "",
      lead: "彰化县长王惠美于十一日召开防台会议。",
      dates: { published: { year: 2025, month: 11, day: 12 } },
    }).date,
  ).toBe("2025-11-11");
});

test("a number before a comma is no date that lost its 年月日", () => {
  expect(normalizeDateWords("累计完成201156，编号201912，")).toBe("累计完成201156，编号201912，");
});

test("a meeting numbered within its year dates the report to that year when nothing else does", () => {
  const lead = "金門縣政府於春節前召開114年第1次縣務會議,由縣長陳福海主持。";
  expect(reportDate({ title: "", lead, dates: {} })).toMatchObject({ date: "2025" });
  expect(
    reportDate({ title: "2022年第八次县政府常务会议召开", lead: "会议研究了有关事项。", dates: {} }),
  ).toMatchObject({
    date: "2022",
  });
  // A day without its year takes the year the meeting's numbering gives.
  const day = "1月19日,旗委副书记、政府旗长秦怀东主持召开2026年第1次旗政府常务会议。";
  expect(reportDate({ title: "", lead: day, dates: {} }).date).toBe("2026-01-19");
  // A 民國 year of two digits in a traditional text (99年 is 2010); in a simplified one 98年 stays no year.
  const roc = simplifyChars("坪林鄉公所於6月23日舉行99年第一次村長暨幹事聯繫會報。");
  expect(reportDate({ title: "", lead: roc, dates: {}, traditional: true }).date).toBe("2010-06-23");
  expect(reportDate({ title: "", lead: "镇政府于6月23日召开98年第一次村长会议。", dates: {} }).date).toBe("--06-23");
  // A count of years is no year.
  const alumni = simplifyChars("學校於3月5日舉行建校60年第一次校友大會。");
  expect(reportDate({ title: "", lead: alumni, dates: {}, traditional: true }).date).toBe("--03-05");
  // A count of things in a year (2023年第3次) with no meeting is no date.
  expect(reportDate({ title: "", lead: "这是2023年第3次发生类似事故。", dates: {} }).date).toBe("unknown");
});

test("a notice or plan is dated by its publication, not by a meeting it recalls; a one-year plan without one by its year", () => {
  const issuedOn = { year: 2019, month: 8, day: 16 };
  const lead = "代表建议已在2019年4月9日召开的交办会上交由各承办单位办理。";
  const title = "关于加快办理代表建议和委员提案的通知";
  expect(reportDate({ title, lead, dates: { published: issuedOn }, issued: true }).date).toBe("2019-08-16");
  expect(reportDate({ title, lead, dates: { published: issuedOn } }).date).toBe("2019-04-09");
  expect(
    reportDate({
      title: "六安市人民政府关于2021年重点工作及责任分解的通知",
      lead: "各县区人民政府:",
      dates: {},
      issued: true,
    }).date,
  ).toBe("2021");
});

test("a target year (二〇三五年远景目标) gives no year to a day the text writes without one", () => {
  const { date } = reportDate({
    title: "",
    lead: "10月30日,县长主持召开县政府常务会议。",
    dates: {},
    text: "会议审议了《国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施情况终期评估报告》。",
  });
  expect(date).toBe("--10-30");
});

test("second review: a work year stays one (2023年前三季度, 2023年目标任务), only a 远景目标 year is a target", () => {
  expect(
    reportDate({ title: "区政府召开2023年前三季度经济运行分析会", lead: "10月30日,区政府召开会议。", dates: {} }).date,
  ).toBe("2023-10-30");
  expect(reportDate({ title: "2023年目标任务推进会", lead: "9月8日,会议召开。", dates: {} }).date).toBe("2023-09-08");
});

test("early in a year, the year a text plans for dates its day; the year it sums up does not", () => {
  const lead = "2月16日下午,嘉兴路街道召开2022年街道创建全国文明城区动员部署会。";
  expect(reportDate({ title: "", lead, dates: {}, text: lead }).date).toBe("2022-02-16");
  const review = "2月22日,规划局召开会议,总结2015年度工作。会议要求,要做好规划局2016年规划执法工作。";
  expect(reportDate({ title: "", lead: review, dates: {}, text: review }).date).toBe("2016-02-22");
  // Later in the year, a plan for a named year may be the next one's (部署2024年工作 in December).
  const december = "12月20日,县政府召开会议,部署2024年重点工作。";
  expect(reportDate({ title: "", lead: december, dates: {}, text: december }).date).toBe("--12-20");
  // So is the year it says the present one is; the past one it looks back on is not.
  const present = "2月22日,章化镇组织召开收假收心会。2021年是乡村振兴的开局之年,全体干部要以昂扬的斗志开好局。";
  expect(reportDate({ title: "", lead: present, dates: {}, text: present }).date).toBe("2021-02-22");
  const past = "2月22日,镇里召开收心会。过去的2020年是极不平凡之年。";
  expect(reportDate({ title: "", lead: past, dates: {}, text: past }).date).not.toBe("2020-02-22");
});

test("a year said to be about to be a key one (2015年将是…关键一年) is the present one; one still hard may be the past", () => {
  const lead = "2月9日,全市工作会议召开。会议认为,2015年将是全面深化改革的关键一年。";
  expect(reportDate({ title: "", lead, dates: {}, text: lead }).date).toBe("2015-02-09");
  for (const looking of [
    "2月9日下午,区政府召开全体会。2014年是极不平凡的一年。",
    "1月15日,县政府召开全体会。过去的2019年将是我们难忘的一年。",
    "1月15日,县政府召开全体会。2019年仍然是极为艰难的一年,但我们顶住了压力。",
  ])
    expect(reportDate({ title: "", lead: looking, dates: {}, text: looking }).date).toMatch(/^--/);
});

test("a Java page's stamp (Tue Feb 25 08:50:37 CST 2020) is a publication date", () => {
  expect(parsePublished("Tue Feb 25 08:50:37 CST 2020")).toEqual({ year: 2020, month: 2, day: 25 });
});

test("a January review of last year (2023年度民主生活会, 第四季度分析会) gives no year; nor does a Java page's empty date", () => {
  for (const lead of [
    "1月18日，区委常委班子召开2023年度民主生活会。",
    "1月12日，区政府召开2023年第四季度经济运行分析会。",
  ])
    expect(reportDate({ title: "", lead, dates: {}, text: lead }).date).toBe(
      lead.startsWith("1月18日") ? "--01-18" : "--01-12",
    );
  expect(parsePublished("Thu Jan 01 08:00:00 CST 1970")).toBeUndefined();
});

test("日前 gives way to the day the meeting is said to be held on after it; a later deadline does not", () => {
  expect(
    resolveEventDate("市政咨询委员会日前召开特别大会。会议于五月三十一日下午在市政署大礼堂举行。", {
      published: { year: 2019, month: 6, day: 5 },
    })?.iso,
  ).toBe("2019-05-31");
  expect(
    resolveEventDate("市政府日前召开会议,要求各区5月31日前完成排查。", { published: { year: 2019, month: 6, day: 5 } })
      ?.iso,
  ).toBe("2019");
});

test("本(1)月 names the month in brackets, as 今(25)日 names the day; the deadline keeps the words as written", () => {
  expect(findDeadline("請加速趕辦希望於本(1)月底前能上網招標。", 2024)).toEqual({
    text: "本(1)月底前",
    date: "2024-01-31",
  });
});

test("the day of a meeting whose spirit is relayed (为贯彻落实4月17日…会议精神) is not the reported meeting's", () => {
  expect(
    resolveEventDate(
      "为贯彻落实4月17日地区脱贫攻坚指挥部召开的易地搬迁会议精神,于4月18日上午,召开了安多县脱贫攻坚指挥部会议。",
      { published: { year: 2016, month: 4, day: 20 } },
    )?.iso,
  ).toBe("2016-04-18");
  expect(
    resolveEventDate("4月17日,县政府召开会议,传达学习省委会议精神。", { published: { year: 2016, month: 4, day: 20 } })
      ?.iso,
  ).toBe("2016-04-17");
});

test("review: 日前 keeps the publication's year over another event's date, a range, a deadline or a future meeting", () => {
  const published = { year: 2024, month: 6, day: 3 };
  for (const text of [
    "日前，县委常委会召开会议，传达学习5月20日省委常委会议精神。",
    "日前，县政府召开会议，研究部署6月1日至6月30日开展的专项整治。",
    "日前，区政府召开推进会，要求各街道5月31日完成摸底。",
    "日前，县政府召开会议，研究筹备6月18日举行的招商引资大会。",
    "日前，县政府召开会议，对上次会议（5月10日召开）确定的事项进行了督办。",
  ])
    expect(resolveEventDate(text, { published })?.iso).toBe("2024");
});

test("review: only 本(N)月 is this month; 明(1)月 is next year's January, left alone, and 本(13)月 is none", () => {
  expect(findDeadline("请于明(1)月底前完成", 2023)).toBeNull();
  expect(findDeadline("本(13)月底前完成", 2023)).toBeNull();
  expect(findDeadline("并于明(113)年3月底前开工", 2023)).toEqual({ text: "明(113)年3月底前", date: "2024-03-31" });
});

test("每月25日前 is due again every month, on no one day", () => {
  expect(findDeadline("每月25日前将督办情况进行汇总", 2023)).toEqual({ text: "每月25日前" });
});

test("review: a completion date wins over a monthly report's; 每月10日前后 is no deadline; a weekday in brackets is read past", () => {
  expect(findDeadline("各乡镇要每月底前报送工作进展,12月底前全面完成改造任务。", 2023)).toEqual({
    text: "12月底前",
    date: "2023-12-31",
  });
  expect(findDeadline("各乡镇要在每月10日前后开展一次集中巡查。", 2023)).toBeNull();
  expect(findDeadline("于4月20日(星期五)前上报区督查组", 2007)).toEqual({
    text: "4月20日(星期五)前",
    date: "2007-04-20",
  });
});

test("this week's and next week's deadlines count from the report's day, weeks starting on Monday", () => {
  // 2016-03-10 was a Thursday.
  expect(findDeadline("对存在争议区域在下周三前进行划分", 2016, "2016-03-10")).toEqual({
    text: "下周三前",
    date: "2016-03-16",
  });
  expect(findDeadline("区委常委下周要对分包的重点区域进行现场视察", 2016, "2016-03-10")).toEqual({
    text: "下周",
    date: "2016-03-20",
  });
  expect(findDeadline("各单位本周内完成整改", 2016, "2016-03-10")).toEqual({ text: "本周内", date: "2016-03-13" });
  // (本周前期 is the week's first days, as a forecast says; no deadline.)
  expect(findDeadline("本周前期以阴雨天气为主,市民出行需注意安全", 2016, "2016-03-10")).toBeNull();
  expect(findDeadline("要在本周后半周集中开展检查", 2016, "2016-03-10")?.text).toBe("本周");
  // Without the day, the words stand alone.
  expect(findDeadline("下周三前完成", null)).toEqual({ text: "下周三前" });
});

test("a month and day long before the page's stamp take no year from it; four months still do", () => {
  const reprint = resolveEventDate("5月6日上午,泉山区区长主持召开区长办公会议", {
    published: { year: 2016, month: 10, day: 31 },
  });
  expect(reprint?.iso).toBe("--05-06");
  expect(reprint?.note).toContain("2016-10-31");
  const row = resolveEventDate("10月10日消息：今天下午，我县召开联席会议", {
    estimate: {
      day: { year: 2024, month: 3, day: 3 },
      why: "按数据库记录时间 2024-03-03 推定（记录时间可能晚于发布）",
    },
  });
  expect(row?.iso).toBe("--10-10");
  // A page of several items, the last one three months old: the stamp's year still holds.
  expect(resolveEventDate("12月1日,副县长带队检查水库", { published: { year: 2018, month: 3, day: 7 } })?.iso).toBe(
    "2017-12-01",
  );
});

test("a day of the month that is the page's latest printed day is that day, not only its month", () => {
  const resolved = resolveEventDate("台南市政府第41次区长会议于今(14)日举行", {
    estimate: { day: { year: 2016, month: 6, day: 14 }, why: "按版面上最晚的日期 2016-06-14 推定" },
  });
  expect(resolved?.iso).toBe("2016-06-14");
  expect(resolved?.note).toContain("同日");
});

test("a meeting that reviews its year's government work report (审议了2020年…政府工作报告任务分解表) is that year's", () => {
  const lead =
    "2月17日,区政府常务会议召开。会议审议了2020年沈阳市辽中区政府工作报告任务分解表;听取了2019年经济运行情况的汇报。";
  expect(reportDate({ title: "", lead, dates: {}, text: lead }).date).toBe("2020-02-17");
});

test("minutes and reviews keep the stamp's year for a day months before it; 今年 says it outright", () => {
  const minutes = reportDate({
    title: "县政府第十二次常务会议纪要",
    lead: "5月8日上午，县长刘洋主持召开县政府常务会议。",
    dates: { published: { year: 2024, month: 10, day: 20 } },
  });
  expect(minutes.date).toBe("2024-05-08");
  expect(minutes.notes.join()).toContain("请核对");
  const review = resolveEventDate("今年3月12日，县委召开优化营商环境大会。", {
    published: { year: 2024, month: 12, day: 28 },
  });
  expect(review?.iso).toBe("2024-03-12");
});

test("a meeting early in a year that looks back on 刚刚过去的2011年 is 2012's; a meeting late in the year is not", () => {
  const text = "县长在会上讲话。他说，刚刚过去的2011年是全县发展极不平凡的一年。";
  expect(
    reportDate({ title: "县政府全体会议召开", lead: "今天(2 月1日)上午,县政府全体会议召开。", dates: {}, text }).date,
  ).toBe("2012-02-01");
  expect(
    reportDate({ title: "县政府全体会议召开", lead: "11月1日上午,县政府全体会议召开。", dates: {}, text }).date,
  ).toBe("--11-01");
});

test("a day with its hour or 下班 before 前 is a deadline", () => {
  expect(findDeadline("请于7月17日下班前将报告报送督查室", null)?.text).toBe("7月17日下班前");
  expect(findDeadline("请于5月9日12时前报送", null)?.text).toBe("5月9日12时前");
  expect(findDeadline("会议于7月17日上午召开", null)).toBeNull();
});

test("a relative day with the day in brackets after it (日昨（8日）, 昨日（8日）) is that day", () => {
  const context = { published: { year: 2023, month: 5, day: 10 } };
  expect(resolveEventDate("嘉义县政府日昨（8日）召开会议", context)?.iso).toBe("2023-05-08");
  expect(resolveEventDate("县府昨日（8日）召开会议", context)?.iso).toBe("2023-05-08");
});

test("the end of a period a notice sets (自4月1日起至5月31日止) is no day of the event", () => {
  expect(resolveEventDate("为保障施工安全，自4月1日起至5月31日止，对城关大道实施交通管制。", {})).toBeNull();
  // (A span of days the events filled opens with its first: 自9月17日起至23日止，举办了座谈会.)
  expect(resolveEventDate("公所自9月17日起至23日止，分区举办了7场座谈会。", {})?.iso).toBe("--09-17");
});

test("review: a dispatch whose lead dates its event 今日 is the dateline's day, whatever 昨日 it mentions later", () => {
  expect(
    resolveEventDate("新华社香港1月14日电 香港特区政府今日召开跨部门会议，会议决定继续执行昨日公布的各项措施。", {})
      ?.iso,
  ).toBe("--01-14");
  expect(resolveEventDate("中评社香港9月19日电/港府昨日召开跨部门会议。", {})?.iso).toBe("--09-18");
  expect(findDeadline("于7月17日晚8时前报送", null)?.text).toBe("7月17日晚8时前");
  expect(
    reportDate({
      title: "全县经济工作会议召开",
      lead: "3月6日上午，全县经济工作会议召开。",
      dates: {},
      text: "他说，刚刚过去的2011年是全县发展极不平凡的一年。",
    }).date,
  ).toBe("2012-03-06");
});

test("a month by which work is to be done (务必于5月份完成) and the report's own day or the next (今天务必…, 明日前) are deadlines", () => {
  expect(findDeadline("务必于5月份完成解放大道路以东拆迁", 2019)).toEqual({ text: "5月份", date: "2019-05-31" });
  expect(findDeadline("已于5月份完成拆迁", 2019)).toBeNull();
  expect(findDeadline("各项防台准备措施今天务必做到位", 2025, "2025-11-10")).toEqual({
    text: "今天",
    date: "2025-11-10",
  });
  expect(findDeadline("请于明日前报送", 2025, "2025-11-10")).toEqual({ text: "明日前", date: "2025-11-11" });
  for (const told of ["今天下午召开会议", "当日前往现场查看", "今日内容提要"])
    expect(findDeadline(told, 2025, "2025-11-10")).toBeNull();
});

test("review: a month something was done in (县一中新校区于3月份完成…) or a day a speech speaks in (我今天必须强调) is no deadline; 当天之内 has no date", () => {
  expect(findDeadline("县一中新校区于3月份完成主体结构封顶，县教体局要确保8月底前交付使用。", 2024)).toEqual({
    text: "8月底前",
    date: "2024-08-31",
  });
  expect(findDeadline("要于10月份前完工", 2024)).toEqual({ text: "10月份前", date: "2024-10-31" });
  for (const said of [
    "我今天必须强调三点意见",
    "今天前面几位同志都作了很好的发言",
    "接到预警信息后要在当天之内组织转移",
  ])
    expect(findDeadline(said, 2024, "2024-06-01")).toBeNull();
});

test("a deadline whose day is written without 日 (9 月 20 前) is still that day", () => {
  expect(findDeadline("千方百计抢工期,9 月 20 前完成施工任务", 2019)).toEqual({
    text: "9 月 20 前",
    date: "2019-09-20",
  });
  expect(findDeadline("9月20完成施工任务", 2019)).toBeNull();
});

test("review: 10月1前后 is a time around a day, no deadline", () => {
  expect(findDeadline("10月1前后迎来客流高峰", 2019)).toBeNull();
});

test("第一季 (Taiwan's quarter), 下半年 and a day set by an event to come (在冷空气到来前) are deadlines", () => {
  expect(findDeadline("第一季完成招標作業", 2024)).toEqual({ text: "第一季", date: "2024-03-31" });
  expect(findDeadline("下半年完成全部改造。", 2024)).toEqual({ text: "下半年", date: "2024-12-31" });
  expect(findDeadline("要在冷空气到来前完成供暖设施检修", 2024)).toEqual({ text: "冷空气到来前" });
  expect(findDeadline("在国卫复审暗访以前组织拆除旱厕", 2024)).toEqual({ text: "国卫复审暗访以前" });
  expect(findDeadline("在会前做好准备", 2024)).toBeNull();
  expect(findDeadline("在第一季节完成播种", 2024)).toBeNull();
  expect(findDeadline("国庆期间加强值守", 2024)).toBeNull();
});

test("days listed before the last one's 前 (分别于6月27日、9月30日、2009年1月5日前) are all kept as written, dated by the last", () => {
  expect(findDeadline("要求各责任单位分别于6月27日、9月30日、2009年1月5日前报送进展。", 2008)).toEqual({
    text: "6月27日、9月30日、2009年1月5日前",
    date: "2009-01-05",
  });
  // (Days someone sets out on, 于3月1日及4月5日前往, or work goes on around, 前后, are no deadline nor a list's.)
  expect(findDeadline("检查组于3月1日及4月5日前往各乡镇,要求5月20日前完成。", 2008)).toEqual({
    text: "5月20日前",
    date: "2008-05-20",
  });
  expect(findDeadline("于6月1日和6月30日前后开展集中整治。", 2008)).toBeNull();
});

test("a day work is due on (确保在5月15日完成…) is no day of the event; a day set for the event or done on is", () => {
  expect(resolveEventDate("李天明要求,要加强配合,确保在5月15日完成合村工作的检查验收。", {})).toBeNull();
  expect(resolveEventDate("县政府定于3月15日召开全县春耕生产动员大会。", {})?.iso).toBe("--03-15");
  expect(resolveEventDate("大桥于12月28日建成通车。", {})?.iso).toBe("--12-28");
});

test("a numbered yearly day (第三十二个植树节) gives a year-less day its year; an anniversary looked ahead to does not", () => {
  expect(
    reportDate({
      title: "",
      lead: "3月12日,是全国第三十二个植树节,我县掀起植树高潮。",
      text: "3月12日,是全国第三十二个植树节,我县掀起植树高潮。",
      dates: {},
    }).date,
  ).toBe("2010-03-12");
  expect(
    reportDate({
      title: "",
      lead: "9月8日,全县庆祝第三十三个教师节暨教育工作会议召开。",
      text: "9月8日,全县庆祝第三十三个教师节暨教育工作会议召开。",
      dates: {},
    }).date,
  ).toBe("2017-09-08");
  // (Two that disagree say nothing: 第三十二个植树节 is 2010, 第三十个教师节 2014.)
  const disagree = "3月12日,第三十二个植树节,回顾第三十个教师节以来的工作。";
  expect(reportDate({ title: "", lead: disagree, text: disagree, dates: {} }).date).toBe("--03-12");
  // (建党100周年 may be planned for the year before.)
  expect(
    reportDate({
      title: "",
      lead: "6月18日,全市会议强调,要围绕建党100周年组织开展活动。",
      text: "6月18日,全市会议强调,要围绕建党100周年组织开展活动。",
      dates: {},
    }).date,
  ).toBe("--06-18");
});

test("a month's end with no month is the report's month's; this year and next year's half are dated by the report's year", () => {
  expect(findDeadline("力争月底前开始打桩", 2024, "2024-05-10")).toEqual({ text: "月底前", date: "2024-05-31" });
  expect(findDeadline("力争月底前开始打桩", null)).toEqual({ text: "月底前" });
  expect(findDeadline("本月底前完成清理", 2024, "2024-02-03")).toEqual({ text: "本月底前", date: "2024-02-29" });
  expect(findDeadline("其他工作要同步进行，今年力争动工", 2024)).toEqual({ text: "今年", date: "2024-12-31" });
  expect(findDeadline("会议要求力争明年上半年施工到正负零", 2024)).toEqual({ text: "明年上半年", date: "2025-06-30" });
  // 上月底前 is past; 从6月起 is when work starts.
  expect(findDeadline("上月底前已完成", 2024, "2024-05-10")).toBeNull();
  expect(findDeadline("从6月起开展巡查", 2024)).toBeNull();
});

test("a meeting that divides the year's 政府工作报告 into tasks is of that year", () => {
  const text = "2月17日,县长主持召开县政府常务会议,审议了《关于印发<2023年县政府工作报告目标任务分解方案>的通知》。";
  expect(reportDate({ title: "县政府常务会召开", lead: text, dates: {}, text }).date).toBe("2023-02-17");
  // Late in a year, the next year's report is being drafted.
  const drafting = "12月5日,县政府召开会议,研究起草2024年县政府工作报告。";
  expect(reportDate({ title: "县政府召开会议", lead: drafting, dates: {}, text: drafting }).date).toBe("--12-05");
});

test("from now on (即日起) is a deadline with no end; a span from now to a day is due at its end, written whole", () => {
  expect(findDeadline("要求各单位从即日起,对标落实各项要求", 2024)).toEqual({ text: "从即日起" });
  expect(findDeadline("自即日起至12月31日开展专项整治", 2024)).toEqual({
    text: "自即日起至12月31日",
    date: "2024-12-31",
  });
  expect(findDeadline("自即日起，至2024年12月31日，开展专项整治", 2024)).toEqual({
    text: "自即日起，至2024年12月31日",
    date: "2024-12-31",
  });
  // 今年开工的项目 describes projects; it sets no time.
  expect(findDeadline("要全力保障今年开工的12个重点项目用地需求", 2024)).toBeNull();
});

test("review: a span from today yields to a dated deadline it holds and ends after today; a relayed span of days is no event", () => {
  expect(findDeadline("即日起至12月31日，全市开展整治，各县区务必于11月30日前完成自查。", 2024, "2024-05-01")).toEqual({
    text: "11月30日前",
    date: "2024-11-30",
  });
  expect(findDeadline("即日起至3月31日，开展冬春火灾防控。", 2024, "2024-11-20")).toEqual({
    text: "即日起至3月31日",
    date: "2025-03-31",
  });
  expect(findDeadline("即日起至春节后，开展行动。", 2024)).toBeNull();
  expect(
    resolveEventDate("为贯彻落实11月7-8日全省会议精神，12月2日，县委召开常委会。", {
      published: { year: 2024, month: 12, day: 10 },
    })?.iso,
  ).toBe("2024-12-02");
});

test("review 2: a span's end rolls to the next year by the calendar; a day after a dash opening a dateline is a day", () => {
  expect(findDeadline("即日起至2月底开展行动。", 2024, "2024-12-10")).toEqual({
    text: "即日起至2月底",
    date: "2025-02-28",
  });
  expect(findDeadline("即日起至2月29日开展行动。", 2023, "2023-12-10")).toEqual({
    text: "即日起至2月29日",
    date: "2024-02-29",
  });
  expect(findDeadline("即日起至春节前开展行动。", 2024, "2024-12-10")).toEqual({ text: "即日起至春节前" });
  expect(
    resolveEventDate("本报讯——28日上午，县委召开会议", { published: { year: 2024, month: 6, day: 30 } })?.iso,
  ).toBe("2024-06-28");
});

test("review 3: a span of bare days is dated by its first; a report dated only to its year reads deadlines against its publication day", () => {
  const published = { year: 2024, month: 12, day: 10 };
  expect(resolveEventDate("7-8日，市考核组到我区开展督查", { published })?.iso).toBe("2024-12-07");
  expect(resolveEventDate("本报讯 5至6日，县里开展活动", { published })?.iso).toBe("2024-12-05");
  expect(deadlineAnchor("2024", { year: 2024, month: 11, day: 20 })).toEqual({ year: 2024, day: "2024-11-20" });
  expect(deadlineAnchor("unknown", { year: 2024, month: 1, day: 5 })).toEqual({ year: 2024, day: "2024-01-05" });
  expect(deadlineAnchor("2023", { year: 2024, month: 1, day: 5 })).toEqual({ year: 2023 });
  expect(deadlineAnchor("2024-03-02", undefined)).toEqual({ year: 2024, day: "2024-03-02" });
});

test("a 完成时限 cell is due when a sentence would be, or by the end of a month it names alone", () => {
  expect(dueCellDeadline("12月底前", 2016)).toEqual({ text: "12月底前", date: "2016-12-31" });
  expect(dueCellDeadline("5月底前动工", 2016)).toEqual({ text: "5月底前", date: "2016-05-31" });
  expect(dueCellDeadline("9月投入使用", 2016)).toEqual({ text: "9月", date: "2016-09-30" });
  expect(dueCellDeadline("2017年3月建成", 2016)).toEqual({ text: "2017年3月", date: "2017-03-31" });
  expect(dueCellDeadline("九月投入使用", null)).toEqual({ text: "九月" });
  expect(dueCellDeadline("长期坚持", 2016)).toBeNull();
});

test("a report due every quarter is recurring, with no one date", () => {
  expect(findDeadline("请各责任单位于每季度末月20日前将完成情况书面报县政府督查室", 2016)).toEqual({
    text: "每季度末月20日前",
  });
  expect(findDeadline("每年底前报送工作总结", 2016)).toEqual({ text: "每年底前" });
});

test("a quarter is a deadline when work is to be done in or by it, not when it names the round of a task", () => {
  expect(findDeadline("对近期开展的市级河长第三季度巡河、河湖清四乱问题进行梳理", 2018)).toBeNull();
  // (Nor when a few words stand between it and the report or meeting it names; a meeting to hold in it is due.)
  expect(findDeadline("通报了全市一季度安全生产运行情况,希望大家抓紧落实", 2018)).toBeNull();
  expect(findDeadline("今天,市政府召开二季度全市安全生产专题会议", 2018)).toBeNull();
  expect(findDeadline("要在二季度召开全市安全生产工作会议", 2018)).toEqual({ text: "二季度", date: "2018-06-30" });
  expect(findDeadline("要在一季度末前报送全市经济运行情况分析", 2018)).toEqual({
    text: "一季度末前",
    date: "2018-03-31",
  });
  expect(findDeadline("各部门要四季度确保安全生产形势持续稳定", 2018)).toEqual({ text: "四季度", date: "2018-12-31" });
  expect(findDeadline("一季度开工建设", 2018)).toEqual({ text: "一季度", date: "2018-03-31" });
  expect(findDeadline("并在第一季于网页更新", 2018)).toEqual({ text: "第一季", date: "2018-03-31" });
  expect(findDeadline("全力确保一季度“开门红”", 2018)).toEqual({ text: "一季度", date: "2018-03-31" });
  expect(findDeadline("三季度末前全部到位", 2018)).toEqual({ text: "三季度末前", date: "2018-09-30" });
  // A modal or an adverb may stand between the quarter and its task; a rate or a report of it is no task.
  expect(findDeadline("第四季度要全面完成", 2018)).toEqual({ text: "第四季度", date: "2018-12-31" });
  expect(findDeadline("四季度务必通车", 2018)).toEqual({ text: "四季度", date: "2018-12-31" });
  expect(findDeadline("第三季度（7-9月）完成", 2018)).toEqual({ text: "第三季度", date: "2018-09-30" });
  expect(findDeadline("第一季度完成率达到98%", 2018)).toBeNull();
  expect(findDeadline("二季度主体完工", 2018)).toEqual({ text: "二季度", date: "2018-06-30" });
  expect(findDeadline("前三季度全县完成投资120亿元", 2018)).toBeNull();
});

test("a speech's year-and-month line over 同志们 dates it, and its 今天, before the page that posted it months later", () => {
  const text = "返回\n在全区环境整治推进会上的讲话\n时间:2009-12-20 9:12:01\n 2009年6月同志们:今天,我们召开这次会议。";
  const dates = { published: { year: 2009, month: 12, day: 20 } };
  expect(
    reportDate({ title: "在全区环境整治推进会上的讲话", lead: "2009年6月同志们:今天,我们召开这次会议。", dates, text })
      .date,
  ).toBe("2009-06");
  // A line of year and month in a news page is no speech's date, before the lead's day or after a 今天.
  const body = "今天,县政府召开经济运行分析会。\n2009年4月\n全县规模以上工业增加值增长8%。";
  expect(
    reportDate({ title: "县政府召开经济运行分析会", lead: "今天,县政府召开经济运行分析会。", dates, text: body }).date,
  ).toBe("2009-12-20");
  const news = "2009年6月\n6月18日,全区环境整治推进会召开。";
  expect(
    reportDate({ title: "全区环境整治推进会召开", lead: "6月18日,全区环境整治推进会召开。", dates, text: news }).date,
  ).toBe("2009-06-18");
});

test("a campaign from today to a month, a mid-month or a year's end is due then", () => {
  expect(findDeadline("即日起至6月开展安全生产大检查", 2024, "2024-03-01")).toEqual({
    text: "即日起至6月",
    date: "2024-06-30",
  });
  expect(findDeadline("即日起至12月中旬开展整治", 2024, "2024-03-01")).toEqual({
    text: "即日起至12月中旬",
    date: "2024-12-20",
  });
  expect(findDeadline("从即日起至2024年底开展整治", 2024, "2024-03-01")).toEqual({
    text: "从即日起至2024年底",
    date: "2024-12-31",
  });
});

test("a year-end with its year written before it (2016年底前, 2024年年底前, 2016—2017年底前) is that year's end", () => {
  expect(findDeadline("2016 年底前完成", null)).toEqual({ text: "2016 年底前", date: "2016-12-31" });
  expect(findDeadline("确保2024年年底前建成", 2023, "2023-05-01")).toEqual({
    text: "2024年年底前",
    date: "2024-12-31",
  });
  expect(findDeadline("2016—2017年底前", 2016, "2016-05-01")).toEqual({ text: "2016—2017年底前", date: "2017-12-31" });
  expect(findDeadline("年底前完成", 2024, "2024-05-01")).toEqual({ text: "年底前", date: "2024-12-31" });
});

test("a meeting still to come (将于1月9日举行) is not the day of the one reported", () => {
  expect(
    reportDate({
      title: "市长召开首次市务会议",
      lead: "市长昨召开首次市务会议。由于市议会将于1月9日举行临时会，他要求各单位审慎提出预算。",
      dates: {},
    }).date,
  ).toBe("unknown");
});

test("a year-end's written year must be a year not yet past: no count before a line break, no result already reached", () => {
  expect(findDeadline("市发改委要牵头新建公共充电桩2000\n年底前全部投入使用。", 2023, "2023-05-01")).toEqual({
    text: "年底前",
    date: "2023-12-31",
  });
  expect(findDeadline("全县于2019年底前实现全部贫困村出列。", 2021, "2021-05-01")).toBeNull();
});

test("a text that announces its own meeting (会议将于12月21日召开) is dated by it", () => {
  expect(
    reportDate({
      title: "全市经济工作会议将于明日召开",
      lead: "全市经济工作会议将于12月21日召开，会期一天。",
      dates: { published: { year: 2023, month: 12, day: 20 } },
    }).date,
  ).toBe("2023-12-21");
});

test("a time limit's field gives its days; a closed span of days the events filled opens with its first", () => {
  expect(findDeadline("问题整改责任单位:市科技馆 整改时限:3天", 2024, "2024-05-01")).toEqual({
    text: "3天",
    date: "2024-05-04",
  });
  expect(findDeadline("整改期限：15个工作日", 2024, "2024-05-01")).toEqual({ text: "15个工作日" });
  expect(resolveEventDate("公所自1月17日起至23日止,分区举办了7场座谈会。", { published })?.iso).toBe("2023-01-17");
  // (From a day on, with no end, is when a rule starts, not the day of the event.)
  expect(resolveEventDate("本办法自1月17日起施行。", { published })).toBeNull();
});

test("a quarter of the year named before it is that year's; one already past sets nothing due", () => {
  expect(findDeadline("明年一季度前完成", 2024)).toEqual({ text: "明年一季度前", date: "2025-03-31" });
  expect(findDeadline("力争2025年第二季度完成", 2024)).toEqual({ text: "2025年第二季度", date: "2025-06-30" });
  expect(findDeadline("一季度完成", 2024)).toEqual({ text: "一季度", date: "2024-03-31" });
  expect(findDeadline("2019年第一季度完成", 2024)).toBeNull();
});

test("a meeting the lead names with its year and holds gives that year; a year it sums up does not", () => {
  expect(
    reportDate({ title: "全市城管工作会议召开", lead: ",2024 年全市城市管理工作会议在市行政中心召开。", dates: {} })
      .date,
  ).toBe("2024");
  expect(
    reportDate({ title: "表彰大会召开", lead: "2023年度城市管理工作总结表彰大会在市行政中心召开。", dates: {} }).date,
  ).toBe("unknown");
});

test("a year's meeting recalled (…大会召开以来) or held the next year (2023年度…) does not date the report", () => {
  expect(
    reportDate({ title: "优化营商环境", lead: "2022年全市优化营商环境大会召开以来,我区坚持改革创新。", dates: {} })
      .date,
  ).toBe("unknown");
  expect(reportDate({ title: "工作会议", lead: "2023年度全市城建工作会议在市行政中心召开。", dates: {} }).date).toBe(
    "unknown",
  );
});

test("#74's rules: a text with no date of its own is of the year it names in brackets as its own", () => {
  const dated = (text: string) => reportDate({ title: "縣長施政報告", lead: text, dates: {}, text });
  expect(dated("縣府團隊將於今(112)年底前完成長照據點布建。")).toMatchObject({ date: "2023" });
  expect(dated("本（2019）年新建公共停车场12处。").date).toBe("2019");
  expect(dated("縣府團隊將持續推動長照據點布建。").date).toBe("unknown");
});

test("#81's rules: a campaign's watchword for a quarter or half-year sets no deadline", () => {
  expect(findDeadline("全力以赴冲刺三季度、决胜下半年。", 2023)).toBeNull();
  expect(findDeadline("确保三季度完成主体工程。", 2023)).toEqual({ text: "三季度", date: "2023-09-30" });
  expect(findDeadline("决胜第四季度,大干三季度。", 2023)).toBeNull();
  expect(findDeadline("各部门要冲刺三季度前两个月,抓好项目开工。", 2023)).toBeNull();
  // (With an end, the campaign still sets one.)
  expect(findDeadline("要全力冲刺三季度末前完成主体工程", 2023)).toEqual({ text: "三季度末前", date: "2023-09-30" });
  expect(findDeadline("要决胜下半年前完成房屋征收任务", 2023)).toEqual({ text: "下半年前", date: "2023-12-31" });
});

test("#86's rules: a span written with 以内 or 之内, and this year's end with its year, are deadlines", () => {
  expect(findDeadline("两年之内各乡镇卫生院全部达标", 2016)).toEqual({ text: "两年之内", date: "2017-12-31" });
  expect(findDeadline("3年以内完成改造", 2016)).toEqual({ text: "3年以内", date: "2018-12-31" });
  expect(findDeadline("今年年底前,各区要完成平台建设", 2017)).toEqual({ text: "今年年底前", date: "2017-12-31" });
});

test("review of #86's rules: who a span describes (入职三年以内的, 5年之内未…的, 近3年内) sets no deadline", () => {
  expect(findDeadline("入职三年以内的青年教师要参加轮训", 2024)).toBeNull();
  expect(findDeadline("对5年之内未进行安全评估的桥梁,6月底前完成评估", 2024)).toEqual({
    text: "6月底前",
    date: "2024-06-30",
  });
  expect(findDeadline("近3年内发生的事故要逐起复盘", 2024)).toBeNull();
});

test("second review of #86's rules: 三年以内新注册的 describes the firms, no deadline", () => {
  expect(findDeadline("对三年以内新注册的小微企业给予一次性补贴", 2024)).toBeNull();
});
