import { DomUtils, parseDocument } from "htmlparser2";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { keptStats } from "../../../src/lib/build-cache";
import { bodyDigest, renderReportBody } from "../../../src/lib/entry/body-html";
import { readEntries } from "../../../src/lib/entry/files";

/** Two real entries frozen as fixtures, so re-ingesting content/ never moves these snapshots. */
const FIXTURE_ENTRIES = "tests/fixtures/entries";

const folder = await mkdtemp(path.join(tmpdir(), "body-html-"));
afterAll(() => rm(folder, { recursive: true, force: true }));
/** Where these tests keep rendered bodies, instead of the build's cache. */
const kept = path.join(folder, "kept");

let written = 0;
/** Renders a body as a report page does: from an entry file, with the page's frontmatter. */
async function renderBody(body: string, frontmatter: Record<string, unknown> = {}): Promise<string> {
  written += 1;
  const filePath = path.join(folder, `${written}.md`);
  await writeFile(filePath, `---\ntitle: 测试\n---\n\n${body}`, "utf-8");
  return (await renderReportBody(filePath, frontmatter, kept)).html;
}

const entries = await readEntries(FIXTURE_ENTRIES);
async function renderEntry(id: string): Promise<string> {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`the entry ${id} is missing from ${FIXTURE_ENTRIES}`);
  return (await renderReportBody(entry.filePath, entry.report, kept)).html;
}

/** What a browser would treat as a link's scheme; null for relative and #fragment links. */
function schemeOf(url: string): string | null {
  const resolved = new URL(url, "relative:/");
  return resolved.protocol === "relative:" ? null : resolved.protocol;
}

const hostileBody = `## 标题<img src=x onerror=alert(1)>

正文第一段仍在。<script>alert("inline")</script>

<script>alert("block")</script>

<style>body { display: none }</style>

<iframe src="javascript:alert(2)"></iframe>

<div onclick="alert(3)" style="position: fixed">块内文字</div>

<a href="javascript:alert(4)">原始链接</a> <a href=" JaVaScRiPt:alert(5)">大小写</a> <svg><script>alert(6)</script></svg>

[链接](javascript:alert(7)) [大写](JAVASCRIPT:alert(8)) [实体](java&#x09;script:alert(9)) [数据](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(10)) [文件](file:///etc/passwd) <javascript:alert(11)> [引用][bad]

![图片](javascript:alert(12)) ![数据图](data:image/svg+xml;base64,PHN2Zz4=)

[bad]: javascript:alert(13)

<!-- 编辑备注：待核 -->
`;

test("hostile HTML in a body renders inert, its words still visible", async () => {
  const html = await renderBody(hostileBody);
  expect(html).not.toMatch(/<(script|style|iframe|object|embed|svg)\b/i);
  const document = parseDocument(html);
  const elements = DomUtils.findAll(() => true, document.children);
  expect(elements.map((element) => element.name)).not.toEqual(
    expect.arrayContaining(["script", "style", "iframe", "object", "embed", "svg", "div"]),
  );
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(name, `<${element.name} ${name}>`).not.toMatch(/^(on|style$)/i);
      if (["href", "src", "action", "formaction", "data"].includes(name))
        expect([null, "http:", "https:", "mailto:"], `<${element.name} ${name}="${value}">`).toContain(schemeOf(value));
    }
  }
  const text = DomUtils.textContent(document);
  for (const words of ["标题", "正文第一段仍在。", "块内文字", "原始链接", "链接", "大写", "引用", "文件"])
    expect(text).toContain(words);
  // Hand-written HTML shows as the author typed it, as the ingest's escaped text does.
  expect(text).toContain('<script>alert("block")</script>');
  expect(text).toContain('<div onclick="alert(3)" style="position: fixed">块内文字</div>');
  // A comment was never visible; it stays so.
  expect(text).not.toContain("编辑备注");
});

test.each([
  "https://www.tainan.gov.tw/News_Content.aspx?n=13370&s=7760563",
  "http://example.org/a?b=1",
  "/reports/000_4019d3d8c790b18d/",
  "../other/",
  "#measure-1",
  "mailto:office@example.org",
])("a link to %s keeps its address", async (url) => {
  const html = await renderBody(`[原文](${url})`);
  expect(DomUtils.findOne((element) => element.name === "a", parseDocument(html).children)?.attribs).toEqual({
    href: url,
  });
});

test.each([
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
])("a link or image to %s keeps its words and loses its address", async (url) => {
  const html = await renderBody(`[原文](<${url}>) ![图](<${url}>)`);
  const document = parseDocument(html);
  expect(DomUtils.findOne((element) => element.name === "a", document.children)?.attribs).toEqual({});
  expect(DomUtils.findOne((element) => element.name === "img", document.children)?.attribs).toEqual({ alt: "图" });
  expect(DomUtils.textContent(document)).toContain("原文");
});

test("tables, heading ids and measure anchors are our own markup and stay", async () => {
  const body = [
    "## 一、总体要求",
    "",
    "要加快推进老旧小区改造，确保年底前完成。详见[原文](https://example.org/a)。",
    "",
    "| 单位 | 任务 |",
    "| --- | :-: |",
    "| 市住建局 | 改造 |",
  ].join("\n");
  expect(await renderBody(body, { measures: [{ text: "要加快推进老旧小区改造，确保年底前完成。" }] }))
    .toMatchInlineSnapshot(`
      "<h2 id="一总体要求">一、总体要求</h2>
      <p><mark id="measure-text-1" class="measure-in-text">要加快推进老旧小区改造，确保年底前完成。</mark><sup><a href="#measure-1" class="measure-ref" title="举措 1（见举措表）">[1]</a></sup>详见<a href="https://example.org/a">原文</a>。</p>
      <table>
      <thead>
      <tr>
      <th>单位</th>
      <th align="center">任务</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>市住建局</td>
      <td align="center">改造</td>
      </tr>
      </tbody>
      </table>"
    `);
});

test("a real entry with a link renders exactly as before", async () => {
  expect(await renderEntry("d07")).toMatchInlineSnapshot(`
    "<p>受到各界關注期盼的河樂廣場自3月7日開幕啟用以來，已成為搶攻台南人氣打卡最新景點，也成為民眾台南假日旅遊的熱點之一，開幕以來吸引大批人潮前往嚐鮮體驗，也發生公共設施遭遊客破壞的狀況，對此黃偉哲市長深表遺憾，為讓市民擁有更好的廣場休閒空間，落實環境維護管理，特別由都市發展局、經濟發展局、地政局、工務局、交通局、警察局及法制處等相關局處召開專案會議，研議河樂廣場後續營運維護機制。</p>
    <p>市府都發局表示，河樂廣場將進行為期3個月試營運壓力測試，將由工務局量身訂定河樂廣場使用管理規則。為因應管理需求，廣場開放時間為上午9點至晚上10點，其中東側1號(近中正派出所)出入口開放時間為上午9點至晚上10點，其餘2-5號出入口及公共廁所開放時間為上午9點至晚上9點30分。<mark id="measure-text-1" class="measure-in-text">為讓廣場能將美好的狀態呈現給民眾，將於每周休園1天(暫定星期二休園日)進行清潔維護，也提醒民眾，水池邊景觀燈嚴禁靠坐、站立以避免破壞；</mark><sup><a href="#measure-1" class="measure-ref" title="举措 1（见举措表）">[1]</a></sup><mark id="measure-text-2" class="measure-in-text">B1層禁止寵物落地(必須置於袋內手提)，地面層廣場禁止車輛騎乘及停放；另外，7歲以下兒童進入水池空間應有家長陪同，並禁止直排輪及滑板(車)進入B1層。</mark><sup><a href="#measure-2" class="measure-ref" title="举措 2（见举措表）">[2]</a></sup></p>
    <p>市府都發局強調，為避免機車違停亂象，交通局已於3月11日在廣場週邊劃設171個機車停車格位，也呼籲機車騎士依規定停放於機車格位內，以免受罰。為讓廣場空間更有效率的利用，將由經濟發展局研擬招商規劃，提供更好的服務品質。河樂廣場為台南市區一處最大的開放型親水空間，也是更新舊城區努力多年的亮麗成果，黃偉哲市長呼籲市民朋友來此玩水、拍照打卡的同時，美好的環境也需要大家共同來維護，這段期間各位造訪的遊客可利用河樂廣場臉書粉絲專頁:<a href="https://www.facebook.com/%20TheSpring.Tainan/">https://www.facebook.com/%20TheSpring.Tainan/</a> 提供建議，讓我們共同打造更美好的河樂廣場。</p>"
  `);
});

test("a real entry with headings renders exactly as before", async () => {
  expect(await renderEntry("d09")).toMatchInlineSnapshot(`
    "<p>2020年是全区生活垃圾分类工作决战决胜的关键年，河上镇将围绕提质扩面，持续深入推进农村生活垃圾分类质量，在现有基础上不断提升群众的参与率和分类的正确率。</p>
    <p>继续深入推进垃圾分类全覆盖，实现集镇沿街商铺、农贸市场垃圾分类定时定点投放；依托美丽厂区建设，推进企业垃圾分类和科学处置。继续深入推进各类垃圾处置全覆盖，努力破解装修垃圾、苗木垃圾等处理难问题。</p>
    <p>疫情发生以来，百姓响应号召宅在家中，垃圾增量明显，但你知道日常防护所使用的口罩、手套、防护服怎么处理吗？属于其他垃圾？还是有害垃圾？来看看，河上的垃圾分类做得很到位。</p>
    <p>垃圾分类只有起点，没有终点，即使在新冠肺炎的阻挠下，河上镇的卫生工作人员始终没有停下脚步，带上口罩，穿上工作服不顾风雨，始终坚守在自己的岗位上，为抗击疫情默默的贡献着自己的一份力量。</p>
    <h3 id="消毒不停">消毒不停</h3>
    <p>每天安排人员对村内各个点位进行消杀。</p>
    <h3 id="宣传不停">宣传不停</h3>
    <p>各村（社区）动员各界力量全面开展入户宣传，普及垃圾分类的重要性和具体要求。</p>
    <h3 id="垃圾收运不停歇">垃圾收运不停歇</h3>
    <p><mark id="measure-text-1" class="measure-in-text">面对垃圾处理的巨大压力，河上镇的环卫工人始终奔波在大街小巷，全力确保疫情期间的垃圾收运工作。</mark><sup><a href="#measure-1" class="measure-ref" title="举措 1（见举措表）">[1]</a></sup></p>
    <h3 id="设废弃口罩回收桶">设废弃口罩回收桶</h3>
    <p>疫情期间，临时增加废弃口罩一类。</p>
    <h3 id="最后我们来了解下疫情防护期间我们个人防护品垃圾到底该如何分类">最后我们来了解下疫情防护期间我们个人防护品垃圾到底该如何分类</h3>
    <p>疫情期间的特殊有害垃圾主要是两大类：</p>
    <p><mark id="measure-text-2" class="measure-in-text">一是居民丢弃的口罩、各类固、液体消毒液；</mark><sup><a href="#measure-2" class="measure-ref" title="举措 2（见举措表）">[2]</a></sup></p>
    <p><mark id="measure-text-3" class="measure-in-text">二是经核实有发热症状的居民家庭产生的所有生活垃圾。</mark><sup><a href="#measure-3" class="measure-ref" title="举措 3（见举措表）">[3]</a></sup></p>
    <p>请将废弃口罩等特殊有害垃圾定点投放至专门的收集桶。暂不具备条件的地方，可投放至红色的有害垃圾桶或用其他符合安全密闭要求的垃圾桶进行替代。</p>
    <p>新冠肺炎疫情，是一次危机，更是一次挑战。既给我们上了一节病毒防控实践课，也给我们上了一堂健康与环境实验课。垃圾分类与防控疫情息息相关，做好垃圾分类，就是为这场阻击战贡献力量，为我们美好的明天增添希望！</p>
    <p>​</p>"
  `);
});

test("a body rendered once is kept and taken back the next time; new measures render it again", async () => {
  const filePath = path.join(folder, "kept-body.md");
  await writeFile(filePath, "---\ntitle: 测试\n---\n\n会议要求，加快老旧小区改造。", "utf-8");
  const dir = path.join(folder, "kept-once");
  const frontmatter = { measures: [{ text: "加快老旧小区改造" }] };
  const stats = keptStats("bodies");
  const madeBefore = stats.made;
  const first = await renderReportBody(filePath, frontmatter, dir);
  const second = await renderReportBody(filePath, frontmatter, dir);
  expect(second).toEqual(first);
  expect(first.html).toContain('id="measure-text-1"');
  expect(stats.made - madeBefore).toBe(1);
  expect(await readdir(dir)).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.json$/)]);
  // The key covers the frontmatter the plugins read.
  expect(bodyDigest("正文", frontmatter)).not.toBe(bodyDigest("正文", { measures: [] }));
  const unmarked = await renderReportBody(filePath, { measures: [] }, dir);
  expect(unmarked.html).not.toContain("measure-text-1");
  expect(stats.made - madeBefore).toBe(2);
});
