import { expect, test } from "vitest";
import { decodeEscapes, readRecords } from "../../../src/lib/text/record";
import { sourceTexts } from "../../../src/lib/text/source-text";

/** The first record a text holds, or null: what a file of one record gives. */
const readRecord = (text: string, isDivisionCode?: (code: string) => boolean) =>
  readRecords(text, isDivisionCode)[0] ?? null;

const body =
  "5月22日，林局召开\\u201c改革创新\\u201d大讨论交流总结会议。会议要求，局属各单位要把大讨论成果转化为工作动力，确保各项任务按期完成。";

test("a JSON record is read by its fields, escapes decoded", () => {
  const record = readRecord(
    JSON.stringify({
      title: "林局召开大讨论总结会议",
      releaseDate: "2019-06-29",
      createTime: "2019-06-30 10:00:00",
    }).replace(/}$/, `,"comment":"<p>${body}<\\/p>","author":"李彬彬"}`),
  );
  expect(record).toMatchObject({
    kind: "json",
    title: "林局召开大讨论总结会议",
    published: "2019-06-29",
    rowTime: "2019-06-30 10:00:00",
    author: "李彬彬",
  });
  expect(record?.body).toContain("“改革创新”");
  expect(record?.body).toContain("</p>");
});

test("an API's article time in milliseconds is the publication day on China's clock", () => {
  // 1716739200000 is 2024-05-26 16:00 UTC, already 27 May in Beijing.
  const record = readRecord(
    JSON.stringify({ articleTime: 1716739200000, title: "某县推进农村供水工程", content: body, articleId: 4512 }),
  );
  expect(record).toMatchObject({ title: "某县推进农村供水工程", published: "2024-05-27" });
});

test("a JavaScript object literal with single-quoted strings is a record too", () => {
  const record = readRecord(
    `{ id: 1, fTitle: '疫情防控不停歇 垃圾分类要同行', fReleaseTime: '2020-04-15', fContent: '${body}' }`,
  );
  expect(record).toMatchObject({
    kind: "object-literal",
    title: "疫情防控不停歇 垃圾分类要同行",
    published: "2020-04-15",
  });
});

test("a script's data (var result = {…}; callback(result)) is a record read by its fields", () => {
  const record = readRecord(
    `var result = {\n  success: true,\n  data: {\n    id: 11,\n    title: "河北今年压减审批时间",\n    time:null,\n    content: "<p>${body}</p>"\n  }\n};\n\nwindow.jspCallback(result);\n`,
  );
  expect(record).toMatchObject({ kind: "object-literal", title: "河北今年压减审批时间" });
  expect(record?.body).toContain("大讨论交流总结会议");
  // The first object written is the record, not one declared after it.
  const first = readRecord(`var article = {title:"林局召开总结会议", content:"${body}"};\nvar nav = {title:"首页"};`);
  expect(first?.title).toBe("林局召开总结会议");
});

test("an INSERT row without column names: title, body, the row's own date and a division code", () => {
  const record = readRecord(
    `INSERT INTO \`xt_archive\` VALUES ('110', '10', '411200', '我市召开省文明城市测评迎检动员会', '11月15日，动员会召开。\\r\\n牛兰英强调，各级各部门要明确责任，对表落实，确保测评迎检工作精准到位。', '20181116', null);`,
    (code) => code === "411200",
  );
  expect(record).toMatchObject({
    kind: "sql-insert",
    title: "我市召开省文明城市测评迎检动员会",
    rowTime: "2018-11-16",
    divisionCode: "411200",
  });
  expect(record?.body).toContain("召开。\r\n牛兰英");
  expect(record?.published).toBeUndefined();
});

test("an INSERT with column names reads them; SQL doubles its quotes", () => {
  const record = readRecord(
    `INSERT INTO news (id, title, content, pubdate) VALUES (7, '标题''一''', '${body.replace(/\\u201c|\\u201d/g, "")}', '2024-03-01');`,
  );
  expect(record).toMatchObject({ title: "标题'一'", published: "2024-03-01" });
});

test("one row of a multi-row INSERT, cut out alone, is a record read by position", () => {
  const record = readRecord(
    `(12,'重庆市委：孙政才是占据重要岗位的腐败分子典型','<p style=\\"margin: 0px;\\">　　本报讯 2月12日，市委常委会召开扩大会议。会议强调，要切实把思想和行动统一到中央精神上来。</p>',1)`,
  );
  expect(record).toMatchObject({ kind: "sql-insert", title: "重庆市委：孙政才是占据重要岗位的腐败分子典型" });
  expect(record?.body).toContain("市委常委会召开扩大会议");
});

const plainBody = body.replace(/\\u201c|\\u201d/g, "");

test("a CSV table with a header row is one record per row: quoted cells hold commas, quotes and line breaks", () => {
  const csv = [
    "id,title,content,pubdate,source",
    `1,"林局召开总结会议","${plainBody.replace("会议要求，", '会议要求，""一要""，\n')}",2019-06-29,林局办公室`,
    `2,县政府召开常务会议,"${plainBody}",2019-07-02,县政府办`,
  ].join("\r\n");
  const records = readRecords(csv);
  expect(records).toHaveLength(2);
  expect(records[0]).toMatchObject({
    kind: "csv",
    title: "林局召开总结会议",
    published: "2019-06-29",
    source: "林局办公室",
  });
  expect(records[0]?.body).toContain('会议要求，"一要"，\n局属各单位');
  expect(records[1]).toMatchObject({ title: "县政府召开常务会议", published: "2019-07-02" });
});

test("a spreadsheet's export with Chinese column names and tabs reads the same way", () => {
  const tsv = `标题\t正文\t发布时间\t来源\n林局召开总结会议\t${plainBody}\t2019-06-29\t林局办公室\n`;
  expect(readRecord(tsv)).toMatchObject({
    kind: "csv",
    title: "林局召开总结会议",
    published: "2019-06-29",
    source: "林局办公室",
  });
  // A text whose first line happens to hold commas is no table.
  expect(readRecord(`会议强调,要加快,推进改造\n${plainBody}`)).toBeNull();
});

test("an XML export: an RSS feed's items and a mysqldump's rows of named fields, CDATA and entities decoded", () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?><rss><channel><title>政务动态</title><description>本站新闻</description>
<item><title>林局召开总结会议</title><link>http://www.example.gov.cn/a/1.html</link><pubDate>2019-06-29</pubDate>
<description><![CDATA[<p>${plainBody}</p>]]></description></item>
<item><title>县政府召开常务会议</title><description>${plainBody.replace("，", "&amp;")}</description></item></channel></rss>`;
  const items = readRecords(rss);
  expect(items).toHaveLength(2);
  expect(items[0]).toMatchObject({
    kind: "xml",
    title: "林局召开总结会议",
    url: "http://www.example.gov.cn/a/1.html",
    published: "2019-06-29",
  });
  expect(items[0]?.body).toContain("<p>5月22日");
  expect(items[1]?.body).toContain("5月22日&林局");
  const dump = `<?xml version="1.0"?><mysqldump><database name="cms"><table_data name="news"><row>
<field name="id">3</field><field name="title">林局召开总结会议</field><field name="content">${plainBody}</field><field name="addtime">2026-01-05 10:00:00</field>
</row></table_data></database></mysqldump>`;
  expect(readRecords(dump)).toEqual([
    expect.objectContaining({ kind: "xml", title: "林局召开总结会议", rowTime: "2026-01-05 10:00:00" }),
  ]);
  // An XHTML page, or a fragment of one, is a page, not an export.
  expect(readRecords(`<div><article>${plainBody}</article></div>`)).toEqual([]);
  expect(
    readRecords(
      `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${plainBody}</p></body></html>`,
    ),
  ).toEqual([]);
});

test("a multi-row INSERT and a JSON list hold one record per row", () => {
  const insert = `INSERT INTO news (id, title, content) VALUES (1, '林局召开总结会议', '${plainBody}'), (2, '县政府召开常务会议', '${plainBody}');`;
  expect(readRecords(insert).map((record) => record.title)).toEqual(["林局召开总结会议", "县政府召开常务会议"]);
  const list = JSON.stringify([
    { title: "林局召开总结会议", content: plainBody },
    { title: "县政府召开常务会议", content: plainBody },
  ]);
  expect(readRecords(list).map((record) => record.title)).toEqual(["林局召开总结会议", "县政府召开常务会议"]);
});

test("plain text, a page and a record of short fields are not records", () => {
  expect(readRecord(`洛阳市召开推进会\n${body}`)).toBeNull();
  // A line opening with a bracketed number is no row.
  expect(readRecord(`(1)加快推进老旧小区改造,'三供一业'改造年底前完成。\n${body}`)).toBeNull();
  expect(readRecord(`<html><body><p>${body}</p></body></html>`)).toBeNull();
  expect(readRecord(JSON.stringify({ name: "洛阳市", code: "410300", level: "city" }))).toBeNull();
});

test("escapes: unicode, slashes, quotes and literal line breaks", () => {
  expect(decodeEscapes('\\u201c三城\\u201d\\/\\"x\\"\\r\\n')).toBe('“三城”/"x"\r\n');
});

test("source text: a record becomes its title line and its body's visible text", () => {
  const [{ text, record } = { text: "" }] = sourceTexts(
    JSON.stringify({ title: "标题在此", content: `<p>${body}</p><p>第二段，要加快推进。</p>` }),
  );
  expect(record?.kind).toBe("json");
  expect(text.split("\n").filter(Boolean)).toEqual([
    "标题在此",
    expect.stringContaining("5月22日"),
    "第二段，要加快推进。",
  ]);
});

test("source text: a record body of plain lines with a stray tag loses the tag and keeps its lines", () => {
  const [{ text, record } = { text: "" }] = sourceTexts(
    JSON.stringify({ title: "标题在此", content: `${body}\r\n第二段。\r\n<p>第三段，要压实责任。</p>\r\n第四段。` }),
  );
  expect(record?.kind).toBe("json");
  expect(text.split("\n").filter(Boolean).slice(-3)).toEqual(["第二段。", "第三段，要压实责任。", "第四段。"]);
});

test("exports as tools write them: a dump's comments before one INSERT per row, a feed's channel, Atom, an API's wrapped list", () => {
  const dump = [
    "-- MySQL dump 10.13",
    "DROP TABLE IF EXISTS `news`;",
    "CREATE TABLE `news` (`id` int, `title` varchar(200), `content` text);",
    `INSERT INTO \`news\` (\`id\`, \`title\`, \`content\`) VALUES (1, '林局召开总结会议', '${plainBody}');`,
    `INSERT INTO \`news\` (\`id\`, \`title\`, \`content\`) VALUES (2, '县政府召开常务会议', '${plainBody}');`,
  ].join("\n");
  expect(readRecords(dump).map((record) => record.title)).toEqual(["林局召开总结会议", "县政府召开常务会议"]);
  const rss = `<rss><channel><title>某县人民政府</title><description>${plainBody}</description>
<item><title>林局召开总结会议</title><pubDate>Wed, 01 May 2024 10:00:00 +0800</pubDate><description>${plainBody}</description></item>
</channel></rss>`;
  expect(readRecords(rss)).toEqual([expect.objectContaining({ title: "林局召开总结会议", published: "2024-05-01" })]);
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>政务动态</title>
<entry><title>林局召开总结会议</title><link href="https://www.example.gov.cn/a/2.html"/><updated>2024-05-01T10:00:00+08:00</updated>
<author><name>县政府办</name></author><content type="html">${plainBody}</content></entry></feed>`;
  expect(readRecords(atom)).toEqual([
    expect.objectContaining({
      title: "林局召开总结会议",
      url: "https://www.example.gov.cn/a/2.html",
      rowTime: "2024-05-01T10:00:00+08:00",
      author: "县政府办",
    }),
  ]);
  const api = JSON.stringify({
    code: 0,
    data: {
      total: 2,
      list: [
        { title: "甲会议", content: plainBody },
        { title: "乙会议", content: plainBody },
      ],
    },
  });
  expect(readRecords(api).map((record) => record.title)).toEqual(["甲会议", "乙会议"]);
  // A header with spaces; a first row with no article does not hide the rest.
  const csv = `Title,Content,Publish Date\n空行,,2024-05-01\n林局召开总结会议,"${plainBody}",2024-05-02\n`;
  expect(readRecords(csv)).toEqual([expect.objectContaining({ title: "林局召开总结会议", published: "2024-05-02" })]);
});

test("a CMS backup's REPLACE INTO row is read like an INSERT", () => {
  const [record] = readRecords(
    "REPLACE INTO `p8_cms_item_article_addon` VALUES ('794','1129','上官吉庆主持召开市政府常务会议','<p>4月18日，市长主持召开市政府常务会议，听取首期电视问政整改情况汇报，安排部署国家卫生城市复审迎检工作。会议强调，各级各部门要加强学习宣传，加快制定具体实施细则，认真对照复审要求逐项梳理问题。</p>','1461293054');",
  );
  expect(record?.title).toBe("上官吉庆主持召开市政府常务会议");
  expect(record?.body).toContain("各级各部门要加强学习宣传");
});

test("a sample record in a class's comment (GsonFormat's ` * title : …`) is read field by field", () => {
  const source = [
    "package com.example.party.bean;",
    "/**",
    " * id : 41",
    " * title : 中共某县委组织部 关于在全县建立红色代办统计员制度 的通知",
    " * publicTime : null",
    " * content : <p>为全面加强我县各类项目建设，深度优化投资环境，切实为项目手续办理提供高效优质服务，现就建立红色代办统计员制度通知如下。</p>",
    " */",
    "public class Notice {",
    "    private int type;",
    "}",
  ].join("\n");
  const [record] = readRecords(source);
  expect(record?.kind).toBe("object-literal");
  expect(record?.title).toBe("中共某县委组织部 关于在全县建立红色代办统计员制度 的通知");
  expect(record?.body).toContain("红色代办统计员制度");
  // A comment documenting fields without an article is no record.
  expect(readRecords("/**\n * id : 1\n * name : 张三\n * age : 30\n */")).toEqual([]);
});

test("review: a Markdown list of * title: / * description: over an article is the article's, no record", () => {
  const text = [
    "* title: 县防指召开防汛会商会",
    "* description: 县防指召开会商会部署防汛工作。",
    "* pubDate: 2024-06-20",
    "",
    "6月20日，县防指召开防汛会商会。会议要求，各乡镇要立即转移危险区域群众，县水利局要加强水库巡查。",
  ].join("\n");
  expect(readRecords(text)).toEqual([]);
});

test("a row read by position takes an exclaiming headline as its title, not an exclaiming sentence", () => {
  const row = (title: string): string =>
    `(1610244886300,'2021-01-10 02:14:45','${title}','<p>1月3日下午，市教育局召开疫情防控调度会。会议强调，各学校要严格落实防控方案，守住校园防线。</p>',1)`;
  expect(readRecord(row("筑牢校园疫情防线！"))?.title).toBe("筑牢校园疫情防线！");
  expect(readRecord(row("今年，全市学校防控成效明显，大家辛苦了！"))?.title).toBeUndefined();
});

test("review: read by position, the short field before the body is the title, a source after it is not", () => {
  const body = "<p>1月3日下午，市教育局召开疫情防控调度会。会议强调，各学校要严格落实防控方案，守住校园防线。</p>";
  expect(
    readRecord(`INSERT INTO news VALUES (1,'2021-01-10 02:14:45','众志成城，共克时艰！','${body}','市教育局',1);`)
      ?.title,
  ).toBe("众志成城，共克时艰！");
});

test("#74's rules: a newspaper archive's record printed field by field, twice over, is one article under its title", () => {
  const text = [
    "返回概览 <<上一记录 下一记录>>",
    "【日期】= 2001.03.12",
    "【标题】= 城区供水怎么保?  市政府专题会议作出安排",
    "【作者】= 王明",
    "【正文】=",
    "城区供水怎么保?  市政府专题会议作出安排",
    "<日期>=2001.03.12",
    "<标题>=城区供水怎么保?  市政府专题会议作出安排",
    "<作者>=王明",
    "<正文>=",
    "    城区供水怎么保?",
    "    市政府专题会议作出安排",
    "    本报讯 (记者王明)3月10日,市政府召开城区供水专题会议。副市长李华要求,要在5月底前完成",
    "第二水厂扩建。",
  ].join("\n");
  const [record] = readRecords(text);
  expect(record).toMatchObject({
    kind: "field-list",
    title: "城区供水怎么保?  市政府专题会议作出安排",
    published: "2001.03.12",
    author: "王明",
  });
  const [source] = sourceTexts(text);
  expect(source?.text.split("\n").slice(0, 2)).toEqual([
    "城区供水怎么保?  市政府专题会议作出安排",
    "    本报讯 (记者王明)3月10日,市政府召开城区供水专题会议。副市长李华要求,要在5月底前完成",
  ]);
});

test("review of #78's rules: digits in an id's or a user's field are no date; a publication field comes before an API's article time", () => {
  const record = readRecord(
    JSON.stringify({
      title: "某县召开防汛会议",
      publishUserId: "1356789012",
      createTime: "2024-06-20 10:00:00",
      content: body,
    }),
  );
  expect(record?.published).toBeUndefined();
  expect(record?.rowTime).toBe("2024-06-20 10:00:00");
  const both = readRecord(
    JSON.stringify({ title: "某县召开防汛会议", articleTime: 1717171200000, publishTime: "2024-03-05", content: body }),
  );
  expect(both?.published).toBe("2024-03-05");
  // An API's bare time is its response's own: the article's time goes first.
  const api = readRecord(
    JSON.stringify({
      title: "某县召开防汛会议",
      content: body,
      articleTime: "2023-05-10",
      time: "2023-06-30 08:00:00",
    }),
  );
  expect(api?.published).toBe("2023-05-10");
});
