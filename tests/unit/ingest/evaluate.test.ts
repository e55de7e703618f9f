import { describe, expect, test } from "vitest";
import { diffEntry, prf, sameMeasure, scoreEntries, type ExpectedEntry } from "../../../src/lib/ingest/evaluate";

const want: ExpectedEntry = {
  id: "r1",
  title: "县政府常务会议",
  date: "2024-03-05",
  docType: "常务会议",
  region: { province: "江西省", city: "赣州市", district: "石城县" },
  leaders: [{ name: "王明", title: "县长", role: "主持" }],
  units: ["石城县水利局", "石城县发改委"],
  tags: ["防汛排涝"],
  measures: [{ text: "县水利局要在汛期前完成全部山塘水库的安全检查", tags: ["防汛排涝"], units: ["石城县水利局"] }],
};

describe("scoring against a label", () => {
  test("an alias of a labelled unit counts as found, a body not labelled costs precision", () => {
    const got = { ...want, units: ["石城县水利局", "石城县发展和改革委员会", "石城县财政局"] };
    const { units } = scoreEntries([want], [got]).sets;
    expect(units).toEqual({ truePositives: 2, predicted: 3, expected: 2 });
    expect(prf(units).precision).toBeCloseTo(2 / 3);
  });

  test("a district's body is the same with or without its city, a street office's without its district, a government's office with or without 人民, a town with its government or without", () => {
    const label = {
      ...want,
      units: [
        "天心区先锋街道",
        "寿县人民政府督查室",
        "莲花街道执法队",
        "三门峡市住建局",
        "板浦镇",
        "蒋村镇",
        "西堡镇人民政府",
        "康川街道办事处",
      ],
    };
    const got = {
      ...want,
      units: [
        "长沙市天心区先锋街道",
        "寿县政府督查室",
        "福田区莲花街道执法队",
        "住建局",
        "海州区板浦镇",
        "户县蒋村镇",
        "西堡镇",
        "康川街道",
      ],
    };
    expect(scoreEntries([label], [got]).sets.units.truePositives).toBe(7);
  });

  test("names are the same in either script: a label keeps a traditional text's 臺中市新聞處, the entry writes 台中市新闻处", () => {
    const label = {
      ...want,
      region: { province: "台湾省", city: "臺中市" },
      leaders: [{ name: "胡志強", title: "市長", role: "要求" }],
      units: ["臺中市新聞處"],
    };
    const got = {
      ...want,
      region: { province: "台湾省", city: "台中市" },
      leaders: [{ name: "胡志强", title: "市长", role: "要求" }],
      units: ["台中市新闻处"],
    };
    const scores = scoreEntries([label], [got]);
    expect(scores.sets.units.truePositives).toBe(1);
    expect(scores.sets.leaders.truePositives).toBe(1);
    expect(scores.sets.region.truePositives).toBe(1);
    expect(scores.accuracy.leaderTitle.correct).toBe(1);
    expect(diffEntry(label, got).filter((line) => /units|leaders|region/u.test(line))).toEqual([]);
  });

  test("a body is the same with the report's own place written before it or not, or its level alone", () => {
    const yingshan = { ...want, region: { province: "湖北省", city: "黄冈市", district: "英山县" } };
    const label = { ...yingshan, units: ["各乡镇", "县农业农村局", "英山供销社"] };
    const got = { ...yingshan, units: ["英山县各乡镇", "英山县农业农村局", "供销社"] };
    expect(scoreEntries([label], [got]).sets.units.truePositives).toBe(3);
    // Another place's body, or the city's above the county, stays another body.
    const other = { ...yingshan, units: ["罗田县各乡镇", "市农业农村局"] };
    expect(scoreEntries([label], [other]).sets.units.truePositives).toBe(0);
    const above = { ...yingshan, units: ["黄冈市农业农村局", "湖北省统计局"] };
    const own = { ...yingshan, units: ["县农业农村局", "县统计局"] };
    expect(scoreEntries([above], [own]).sets.units.truePositives).toBe(0);
    // In a city's report 市市场监管局 is the city's: 市场 is a word, not its level written twice.
    const hangzhou = { ...want, region: { province: "浙江省", city: "杭州市" } };
    const market = scoreEntries(
      [{ ...hangzhou, units: ["杭州市市场监管局"] }],
      [{ ...hangzhou, units: ["市市场监管局"] }],
    );
    expect(market.sets.units.truePositives).toBe(1);
  });

  test("a city's counties as one collective are the same however the kinds are written", () => {
    const label = { ...want, units: ["长沙市各区县市", "长沙市各县（市、区）"] };
    const got = { ...want, units: ["长沙市各区、县（市）", "长沙市各区县市"] };
    expect(scoreEntries([label], [got]).sets.units.truePositives).toBe(1);
    expect(scoreEntries([{ ...want, units: ["长沙市各区"] }], [got]).sets.units.truePositives).toBe(0);
  });

  test("a party committee's department is the same with the party's name (中共) or without", () => {
    const label = { ...want, units: ["中共黄龙县委组织部"] };
    expect(scoreEntries([label], [{ ...want, units: ["黄龙县委组织部"] }]).sets.units.truePositives).toBe(1);
  });

  test("a Hong Kong or Macau bureau is the same written with the territory's status, short or in full, or without", () => {
    const label = { ...want, units: ["香港保安局", "澳门治安警察局", "澳门特区政府各部门"] };
    const got = { ...want, units: ["香港特别行政区保安局", "澳门特别行政区治安警察局", "澳门特别行政区政府各部门"] };
    expect(scoreEntries([label], [got]).sets.units.truePositives).toBe(3);
  });

  test("a territory's body is the same with its name or without, where a label writes the territory as province alone", () => {
    const hongKong = { ...want, region: { province: "香港特别行政区" } };
    const label = { ...hongKong, units: ["政府跨部門防治蟲鼠督導委員會", "食物環境衞生署"] };
    const got = { ...hongKong, units: ["香港特区政府跨部门防治虫鼠督导委员会", "香港食物环境卫生署"] };
    expect(scoreEntries([label], [got]).sets.units.truePositives).toBe(2);
  });

  test("an autonomous prefecture's body is the same with the prefecture in full or as 州; 各区区公所 is 各区公所", () => {
    const label = { ...want, units: ["黔西南州水利部门", "新竹市各区区公所"] };
    const got = { ...want, units: ["黔西南布依族苗族自治州水利部门", "新竹市各区公所"] };
    expect(scoreEntries([label], [got]).sets.units.truePositives).toBe(2);
    expect(scoreEntries([{ ...want, units: ["黔南州水利部门"] }], [got]).sets.units.truePositives).toBe(0);
  });

  test("a district's collective of towns keeps its district: it is no town's body", () => {
    const label = { ...want, units: ["衢江区各乡镇（街道、办事处）"] };
    expect(scoreEntries([label], [{ ...want, units: ["衢江区各乡镇"] }]).sets.units.truePositives).toBe(1);
    expect(scoreEntries([label], [{ ...want, units: ["柯城区各乡镇"] }]).sets.units.truePositives).toBe(0);
  });

  test("a municipality is the same place written as its province alone or as province and city", () => {
    const label = { ...want, region: { province: "天津市" } };
    const got = { ...want, region: { province: "天津市", city: "天津市" } };
    expect(scoreEntries([label], [got]).sets.region.truePositives).toBe(1);
    const hongKong = { ...want, region: { province: "香港特别行政区" } };
    const hongKongGot = { ...want, region: { province: "香港特别行政区", city: "香港特别行政区" } };
    expect(scoreEntries([hongKong], [hongKongGot]).sets.region.truePositives).toBe(1);
    const county = { ...want, region: { province: "河北省" } };
    const wrong = { ...want, region: { province: "河北省", city: "河北省" } };
    expect(scoreEntries([county], [wrong]).sets.region.truePositives).toBe(0);
  });

  test("a day without its year is scored as an unknown date, not as a wrong one", () => {
    const label = { ...want, date: "unknown" };
    const { date } = scoreEntries([label], [{ ...want, date: "--03-17" }]).sets;
    expect(date).toEqual({ truePositives: 0, predicted: 0, expected: 0 });
  });

  test("a converter's pinyin left in a label's copy of the text does not keep a measure from matching", () => {
    expect(sameMeasure("各乡镇要加强(qiáng)防汛值守", "各乡镇要加强防汛值守")).toBe(true);
  });

  test("a deadline labelled with the preposition before its date (于5月20日前) is the deadline found without it", () => {
    const measure = (deadline: string) => ({
      text: "县水利局要在汛期前完成全部山塘水库的安全检查",
      tags: ["防汛排涝"],
      units: ["石城县水利局"],
      deadline,
    });
    const label = { ...want, measures: [measure("于5月20日前")] };
    expect(scoreEntries([label], [{ ...want, measures: [measure("5月20日前")] }]).accuracy.deadline).toEqual({
      correct: 1,
      total: 1,
    });
    expect(scoreEntries([label], [{ ...want, measures: [measure("5月底前")] }]).accuracy.deadline.correct).toBe(0);
    // So is 到 before a year's end, and 从 before 即日起: from today on, either way.
    const byYearEnd = { ...want, measures: [measure("到2022年底")] };
    expect(scoreEntries([byYearEnd], [{ ...want, measures: [measure("2022年底")] }]).accuracy.deadline.correct).toBe(1);
    const fromToday = { ...want, measures: [measure("从即日起")] };
    expect(scoreEntries([fromToday], [{ ...want, measures: [measure("即日起")] }]).accuracy.deadline.correct).toBe(1);
  });

  test("an older label's 尽快 sets no time, as the labelling convention says: nothing to score", () => {
    const text = "县水利局要尽快完成全部山塘水库的安全检查";
    const label = { ...want, measures: [{ text, tags: ["防汛排涝"], units: [], deadline: "尽快" }] };
    expect(
      scoreEntries([label], [{ ...want, measures: [{ text, tags: ["防汛排涝"], units: [] }] }]).accuracy.deadline,
    ).toEqual({ correct: 0, total: 0 });
  });

  test("leader roles are compared by family: a label's 参加 is the 出席 found", () => {
    const label = { ...want, leaders: [{ name: "王明", title: "副县长", role: "参加" }] };
    const got = { ...want, leaders: [{ name: "王明", title: "副县长", role: "出席" }] };
    expect(scoreEntries([label], [got]).accuracy.leaderRole).toEqual({ correct: 1, total: 1 });
  });

  test("the diff names what was missed and what was extra, field by field", () => {
    const got: ExpectedEntry = {
      ...want,
      date: "unknown",
      units: ["石城县水利局", "石城县财政局"],
      measures: [
        { text: "县水利局要在汛期前完成全部山塘水库的安全检查", tags: ["防汛排涝"], units: [], deadline: "限期" },
        { text: "各乡镇要做好宣传", tags: [], units: [] },
      ],
    };
    const lines = diffEntry(want, got);
    expect(lines.some((line) => /measure 县水利局.*deadline −none \+限期/u.test(line))).toBe(true);
    expect(lines).toContain("  date: −2024-03-05 +unknown");
    expect(lines.find((line) => line.startsWith("  units:"))).toMatch(/−石城县发改委 \+石城县财政局/u);
    expect(lines.some((line) => /measure 县水利局.*units: −石城县水利局/u.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith("  measure extra: 各乡镇要做好宣传"))).toBe(true);
    expect(diffEntry(want, want)).toEqual([]);
    expect(diffEntry(want, undefined)).toEqual(["  entry missing"]);
  });
});
