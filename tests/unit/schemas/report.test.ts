import { expect, test } from "vitest";
import { readEntries, REPORTS_DIR } from "../../../src/lib/entry/files";
import { ReportSchema } from "../../../src/schemas/report";

const minimal = {
  title: "测试报告",
  date: "2024-09-19",
  docType: "通报",
  source: { name: "洛阳日报", file: "seeds/x.txt" },
};

test("the hand-written reference entry is valid", async () => {
  const report = (await readEntries(REPORTS_DIR)).find((entry) => entry.id === "000_4019d3d8c790b18d")?.report;
  if (!report) throw new Error("the reference entry 000_4019d3d8c790b18d is missing");
  expect(report.date).toBe("2023-02-23");
  expect(report.leaders.map((leader) => leader.name)).toEqual(["江凌", "徐衣显", "李保国", "孙延文"]);
  expect(report.measures).toHaveLength(20);
});

test("defaults fill what a hand-written entry may leave out", () => {
  const report = ReportSchema.parse(minimal);
  expect(report).toMatchObject({ script: "simplified", complete: true, reviewed: false, leaders: [], measures: [] });
});

test("a missing date is an error on the date field", () => {
  const withoutDate: Partial<typeof minimal> = { ...minimal };
  delete withoutDate.date;
  const result = ReportSchema.safeParse(withoutDate);
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["date"]);
});

test.each(["2024-13-01", "2024/09/19", "昨日", "24-09-19"])("%s is not a date", (date) => {
  expect(ReportSchema.safeParse({ ...minimal, date }).success).toBe(false);
});

test.each(["2024-09-19", "2024-09", "2024", "--06-18"])("%s is a date of some precision", (date) => {
  expect(ReportSchema.parse({ ...minimal, date }).date).toBe(date);
});

test("YAML's Date objects become ISO strings", () => {
  expect(ReportSchema.parse({ ...minimal, date: new Date("2023-02-23") }).date).toBe("2023-02-23");
});

test("an unknown tag is named in the error, in reports and in measures", () => {
  const result = ReportSchema.safeParse({
    ...minimal,
    tags: ["文明创建", "天气预报"],
    measures: [{ text: "要加快建设", tags: ["火星开发"] }],
  });
  const messages = result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
  expect(messages).toHaveLength(2);
  expect(messages[0]).toMatch(/^tags\.1: unknown tag "天气预报"/);
  expect(messages[1]).toMatch(/^measures\.0\.tags\.0: unknown tag "火星开发"/);
});

test("a deadline may be written as bare words", () => {
  const report = ReportSchema.parse({ ...minimal, measures: [{ text: "确保年底前完成", deadline: "年底前" }] });
  expect(report.measures[0]?.deadline).toEqual({ text: "年底前" });
});

test("unknown fields are refused rather than silently dropped", () => {
  expect(ReportSchema.safeParse({ ...minimal, dates: "2024-01-01" }).success).toBe(false);
});

test.each([
  ["1948-12-31", /before 1949/],
  ["2023-02-30", /not a calendar day/],
  ["2204-01-01", /in the future/],
  ["--02-30", /not a calendar day/],
])("the event date %s is refused", (date, message) => {
  const result = ReportSchema.safeParse({ ...minimal, date });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toMatch(message);
});

test("deadlines may lie in the future", () => {
  const report = ReportSchema.parse({
    ...minimal,
    measures: [{ text: "确保完成", deadline: { text: "2099年底前", date: "2099-12-31" } }],
  });
  expect(report.measures[0]?.deadline?.date).toBe("2099-12-31");
});

test.each([
  "javascript:alert(1)",
  "JavaScript://example.org/%0Aalert(1)",
  " javascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "ftp://ftp.example.org/report.txt",
  "www.lyd.com.cn/a.html",
])("the source address %s is refused with a message naming http(s)", (url) => {
  const result = ReportSchema.safeParse({ ...minimal, source: { ...minimal.source, url } });
  expect(result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
    expect.stringMatching(/^source\.url: expected the http:\/\/ or https:\/\/ address/),
  ]);
});

test.each([
  "http://www.lyd.com.cn/system/2023/02/23/032401234.shtml",
  "https://www.tainan.gov.tw/News_Content.aspx?n=1",
])("the source address %s is accepted as written", (url) => {
  expect(ReportSchema.parse({ ...minimal, source: { ...minimal.source, url } }).source.url).toBe(url);
});
