import { expect, test } from "vitest";
import { parsePublished } from "../../../src/lib/extract/dates";
import { cleanText, hasSentencePunctuation, isNavLine, readsAsProse } from "../../../src/lib/text/clean";
import { isPinyinSyllable, removePinyinArtefacts } from "../../../src/lib/text/pinyin";
import { detectScript, simplifyChars } from "../../../src/lib/text/script";
import { htmlToText, looksLikeHtml, stripStrayTags } from "../../../src/lib/text/html";

const page = `洛阳网首页 新闻 县区 百姓呼声 电子报 网站投稿
您当前的位置 : 洛阳网 > 新闻中心 > 洛阳  来源: 洛阳网 2023.02.23 22:15

我市举行推进会
  23日,我市举行推进会。会议强调,要加快推进老旧小区改造。

[ 责任编辑:唐好优 ]
相关阅读
因“眼斜”自卑多年 医生助他重拾自信
版权声明:洛阳日报报业集团版权所有 豫ICP备05017468号`;

test("web chrome goes, the article stays, and the page's own facts are kept", () => {
  const result = cleanText(page);
  expect(result.lines.filter(Boolean)).toEqual([
    "我市举行推进会",
    "23日,我市举行推进会。会议强调,要加快推进老旧小区改造。",
  ]);
  expect(result.meta).toMatchObject({
    sourceName: "洛阳网",
    editor: "唐好优",
    sections: ["洛阳网", "新闻中心", "洛阳"],
  });
  expect(result.meta.publishedText).toContain("2023.02.23");
  expect(result.removed).toContain("相关阅读");
  expect(result.truncated).toBe(false);
});

test("a document site's footer goes, commas, e-mail, the lawyer and all", () => {
  const result = cleanText(
    [
      "2月22日,东湖街道召开推进会议。",
      "因篇幅问题不能全部显示,请点此查看更多更全内容",
      "违法及侵权请联系:TEL:199 1889 7713 E-MAIL:2724546146@qq.com",
      "本站由北京市万商天勤律师事务所王兴未律师提供法律服务",
    ].join("\n"),
  );
  expect(result.lines.filter(Boolean)).toEqual(["2月22日,东湖街道召开推进会议。"]);
  // (A report's own heading about lawyers' services is no footer.)
  expect(cleanText("（三）组织律师提供法律服务\n要做好法律援助。").lines.filter(Boolean)).toHaveLength(2);
});

test("a paywall tail is cut and marks the text incomplete", () => {
  const result = cleanText("要加快推进。\n努力实现智慧化标 ……\n预览已结束,若您需要全文请扫码联系老师!");
  expect(result.lines).toEqual(["要加快推进。", "努力实现智慧化标 ……"]);
  expect(result.truncated).toBe(true);
});

test("a site outline before the body is removed", () => {
  const result = cleanText("目录/提纲:……\n一、进一步提升站位\n(一)注重群众需求\n……\n区委书记在大会上的讲话\n同志们:");
  expect(result.lines).toEqual(["区委书记在大会上的讲话", "同志们:"]);
});

test.each([
  "全年目标是GDP增速>5%，城镇化率>60%。",
  "GDP增速>5%，城镇化率>60%",
  "检查发现，部分网站存在<script>alert(1)</script>注入漏洞，要立即整改。",
  "群众可拨打联系电话12345反映问题，相关部门限时办结。",
])("a line that reads as prose is never junk: %s", (sentence) => {
  const result = cleanText(`我市召开推进会\n${sentence}\n要加快推进。`);
  expect(result.lines).toEqual(["我市召开推进会", sentence, "要加快推进。"]);
  expect(result.removed).toEqual([]);
});

test("lines in the same forms without sentence punctuation are still junk", () => {
  const junk = ["首页 > 新闻中心 > 洛阳新闻", "<script>", "联系电话:0379-65233520", "新闻 | 图片 | 洛阳"];
  const result = cleanText(["我市召开推进会", ...junk, "要加快推进。"].join("\n"));
  expect(result.lines).toEqual(["我市召开推进会", "要加快推进。"]);
  expect(result.removed).toEqual(junk);
});

test("prose is told by sentence punctuation and length", () => {
  expect(readsAsProse("GDP增速>5%，城镇化率>60%")).toBe(true);
  expect(readsAsProse("23日,我市举行推进会")).toBe(true);
  expect(readsAsProse("分享，收藏")).toBe(false);
  expect(readsAsProse("首页 > 新闻中心 > 洛阳新闻 > 正文")).toBe(false);
  expect(hasSentencePunctuation("怎么办?")).toBe(true);
  expect(hasSentencePunctuation("https://a.cn/?id=1,2")).toBe(false);
});

test("nav bars are recognised, sentences are not", () => {
  expect(isNavLine("新闻 | 图片 | 洛阳")).toBe(true);
  expect(isNavLine("江凌、徐衣显、李保国、孙延文出席")).toBe(false);
  expect(isNavLine("用好政策资金 为城市提质增势赋能")).toBe(false);
  // A results table's header row, letter-spaced, is the table's, not a menu.
  expect(isNavLine("| 单 位 | 分 数 | 名次 |")).toBe(false);
  expect(isNavLine("| 首页 | 新闻 | 政务公开 |")).toBe(true);
});

test("pinyin after characters is removed, other parentheses stay", () => {
  expect(removePinyinArtefacts("建設(shè)提質(zhì)與（yǔ）小程序(app)和(记者李凤霞)")).toEqual({
    text: "建設提質與小程序(app)和(记者李凤霞)",
    removed: 3,
  });
  expect(isPinyinSyllable("zhuàng")).toBe(true);
  expect(isPinyinSyllable("app")).toBe(false);
});

test("scripts are told apart and simplified character by character", () => {
  expect(detectScript("全市深入實施百城建設提質工程暨文明城市創建工作推進會召開")).toBe("traditional");
  expect(detectScript("全市深入实施百城建设提质工程")).toBe("simplified");
  expect(simplifyChars("會議強調")).toBe("会议强调");
});

test("HTML keeps paragraphs and drops scripts, styles and navigation", () => {
  const html = `<html><head><title>t</title><style>p{color:red}</style></head><body>
    <nav class="menu"><a>首页</a><a>新闻</a></nav>
    <div class="article"><h1>我市召开推进会</h1><p style="x">要加快&nbsp;推进。</p><p>第二段<br>换行</p></div>
    <script>alert(1)</script><div class="footer">版权所有</div></body></html>`;
  expect(looksLikeHtml(html)).toBe(true);
  expect(htmlToText(html)).toBe("我市召开推进会\n\n要加快 推进。\n\n第二段\n换行");
});
test("a line of pictures only, as a converter wrote them, is no text of the article", () => {
  const { lines, removed } = cleanText(
    [
      "卓永興主持「地區治理專組」第七次會議。",
      "![無綫新聞 TVB News](https://img.tvb.com/a.jpg) ![]()",
      '<image>data:image/s3,"s3://crabby-images/c9ff3/c9ff39fc3c2ac42e6fd60bab94f80fe88a0fcd7e" alt="新聞"</image>',
      "卓永興敦促各部門繼續推進各項目。",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual(["卓永興主持「地區治理專組」第七次會議。", "卓永興敦促各部門繼續推進各項目。"]);
  expect(removed).toHaveLength(2);
  // A long alt text is a caption, kept.
  const caption = "![图为县委书记王明在会上讲话，要求各乡镇抓好防汛工作](b.jpg)";
  expect(cleanText(`会议召开。\n${caption}`).lines).toContain(caption);
});

test("a source named before a stray bracket is the name alone", () => {
  const meta = cleanText("官员走访十八区\n凤凰新闻社讯 来源:香港大中华通讯社】\n昨日,官员展开探访。").meta;
  expect(meta.sourceName).toBe("香港大中华通讯社");
  expect(cleanText("标题\n来源：【人民网】 2024-03-05\n昨日,会议召开。").meta.sourceName).toBe("人民网");
});

test("a headline that exclaims inside it, above a labelled time, is the page's headline; a sentence is not", () => {
  const page = (above: string) =>
    cleanText(`${above}\n来源: 桂林晚报      时间:2023-04-21 16:38:19\n4月20日上午,启动仪式举行。`).meta.headline;
  expect(page("5个版块22个项目!秀峰“三月三”歌圩荟开幕")).toBe("5个版块22个项目!秀峰“三月三”歌圩荟开幕");
  expect(page("会议要求各单位加强巡查！")).toBeUndefined();
});

test("a page saved as its server template shows no template code", () => {
  const jsp = [
    '<%@ page language="java" contentType="text/html; charset=UTF-8"%>',
    "<html><head><% String basePath = request.getContextPath(); %><title>平台</title></head>",
    "<body><?php echo $title; ?><div>关于立即开展自查的通知</div></body></html>",
  ].join("\n");
  expect(htmlToText(jsp).trim()).toBe("关于立即开展自查的通知");
  // A page's own text may hold <% and %>: no tag opens there.
  expect(htmlToText("<p>不合格率由<%3降到1%，</p><p>会议要求各乡镇加快进度。</p><p>合格率>%95%></p>")).toContain(
    "会议要求各乡镇加快进度。",
  );
});

test("the time on a line that says it is the publication's beats a date the page header shows", () => {
  const { meta, lines } = cleanText(
    "2018年1月5日| 联系热线:17636155855\n兴县召开会议\n2020-02-28 15:55:22 来源:吕梁新闻网\n近日，兴县召开常委扩大会议。",
  );
  expect(meta.publishedText?.trim()).toBe("2020-02-28");
  expect(meta.sourceName).toBe("吕梁新闻网");
  expect(lines.join("\n")).not.toContain("联系热线");
});

test("a Taiwanese wire story's closing stamp (…决定。1040707) is its day, the ROC year counted from 1912", () => {
  const story =
    "(中央社记者云林县7日电)县长上午召开会议。\n至于7月8日是否上班上课,县政府预定今晚8时召开会议后决定。1040707\n";
  expect(cleanText(story).meta.publishedText).toBe("1040707");
  expect(parsePublished(cleanText(story).meta.publishedText)).toEqual({ year: 2015, month: 7, day: 7 });
  // A number in a sentence (编号1040707的案件) is none.
  expect(cleanText("县长上午召开会议,审议编号1040707的案件。\n").meta.publishedText).toBeUndefined();
  // An amount after a bracket, or a day no month has, is none.
  expect(cleanText("补助总经费(元) 1120930\n").meta.publishedText).toBeUndefined();
  expect(cleanText("会议后决定。1040735\n").meta.publishedText).toBeUndefined();
});

test("a bulleted date is a field of the page, not of the text; a forum profile's dates lose to the labelled one", () => {
  const { meta, lines } = cleanText(
    "- 註冊時間\n- 2011-7-26\n- 最後登錄\n- 2018-5-7\n王縣長主持縣務會議 發布日期:2014-04-21\n縣長王乾發21日上午主持縣務會議。",
  );
  expect(meta.publishedText?.trim()).toBe("2014-04-21");
  expect(lines.join("\n")).not.toContain("2011-7-26");
});

test("skip links, a labelled category line and 友善列印 are furniture, commas or not", () => {
  const { lines } = cleanText(
    "按Enter到主內容區\n:::\n  • 友善列印\n市政會議暫緩\n台中市政府市政會議自即日起暫緩至各區召開，守護城市安全。\n  • 市府分類: 衛生醫療,市長施政",
  );
  expect(lines).toEqual(["市政會議暫緩", "台中市政府市政會議自即日起暫緩至各區召開，守護城市安全。"]);
});

test("a table cell's hand-typed line wraps are joined; its items and short names stay apart", () => {
  const html = `<table><tr><td>7</td><td><p>县林业局</p><p>县水保局</p></td>
    <td><p>持续加大非法侵占林地、破坏湿地和</p><p>野生动物资源等违法犯罪的整治力度</p></td>
    <td><p>1.确保县城污水处理率达80%以上，生活污水处理厂产生的污泥基本实现无害化</p>
        <p>（资源化）处理处置（10分）；</p><p>2.河道沿岸绿化和湿地修复建设（15分）；</p></td></tr></table>`;
  expect(htmlToText(html).split("\n").filter(Boolean)).toEqual([
    "7",
    "县林业局",
    "县水保局",
    "持续加大非法侵占林地、破坏湿地和野生动物资源等违法犯罪的整治力度",
    "1.确保县城污水处理率达80%以上，生活污水处理厂产生的污泥基本实现无害化（资源化）处理处置（10分）；",
    "2.河道沿岸绿化和湿地修复建设（15分）；",
  ]);
});

test("a site's reprint notice is furniture, however long a sentence it makes", () => {
  const { lines } = cleanText(
    [
      "会议要求，要压实创建责任，全面补齐创建短板弱项。",
      '凡本网注明"稿件来源:台山政府网"的所有文字、图片和音视频稿件,版权均属台山政府网所有,任何媒体、网站或个人未经本网协议授权不得复制或转载。',
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual(["会议要求，要压实创建责任，全面补齐创建短板弱项。"]);
});

test("a page's reading-time line is furniture, though its comma makes it look like prose", () => {
  const result = cleanText("本篇文章524字,读完约1分钟\n\n11月2日,区长刘惠带队到双新街开展调研。");
  expect(result.lines.filter(Boolean)).toEqual(["11月2日,区长刘惠带队到双新街开展调研。"]);
});

test("bylines and a photo's caption are furniture; the byline's time is the publication's", () => {
  const result = cleanText(
    [
      "锚定目标创实绩,担当善为争“先锋”",
      "通讯员 周喻琴 李清悦   湖南日报·新湖南客户端   2024-02-29 08:47:53",
      "湖南日报·新湖南客户端通讯员 周喻琴 李清悦",
      "9月27日,州长龙晓华主持召开州政府常务会议。(图为州人民政府网 周兴云 摄影)",
      "2月28日上午,先锋街道组织召开动员部署大会,街道全体干部职工参加了此次会议。",
    ].join("\n"),
  );
  expect(result.lines.filter(Boolean)).toEqual([
    "锚定目标创实绩,担当善为争“先锋”",
    "2月28日上午,先锋街道组织召开动员部署大会,街道全体干部职工参加了此次会议。",
  ]);
  expect(result.meta.publishedText).toContain("2024-02-29");
});

test("a site's disclaimer after the article ends it, however much it reads like prose", () => {
  const result = cleanText(
    [
      "区政府召开常务会议。会议要求,相关部门要加快推进县城建设。",
      "特别声明:本网为公益性网站,转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益,请作者或者媒体机构与本网联系。",
      "本文为澎湃号作者或机构在澎湃新闻上传并发布,仅代表该作者或机构观点,不代表澎湃新闻的观点或立场。",
      "申请澎湃号请用电脑访问。",
    ].join("\n"),
  );
  expect(result.lines.filter(Boolean)).toEqual(["区政府召开常务会议。会议要求,相关部门要加快推进县城建设。"]);
});

test("a site's greeting and a column named after its place are furniture", () => {
  const result = cleanText(
    ["欢迎您访问吉林永吉网站!", "今日永吉", "我县召开防汛工作专题会议", "7月20日,县防指召开防汛工作专题会议。"].join(
      "\n",
    ),
  );
  expect(result.lines.filter(Boolean)).toEqual(["我县召开防汛工作专题会议", "7月20日,县防指召开防汛工作专题会议。"]);
  expect(cleanText("您好,欢迎您来到海南琼海!\n全市整治违法建筑汇报会召开").lines.filter(Boolean)).toEqual([
    "全市整治违法建筑汇报会召开",
  ]);
});

test("a byline on a line of its own (文/李龙祥(吉安县农业农村局)) is no headline", () => {
  const { lines, removed } = cleanText("文/李龙祥(吉安县农业农村局)\n吉安县地处江西省中部,全县土地面积2117平方公里。");
  expect(removed).toEqual(["文/李龙祥(吉安县农业农村局)"]);
  expect(lines.filter(Boolean)).toEqual(["吉安县地处江西省中部,全县土地面积2117平方公里。"]);
});

test("a date under an English label and an e-paper's issue number date the page", () => {
  expect(
    cleanText(" date 2026-01-20 （圖／高雄市府新聞局）\n高雄市長陳其邁於今(20)日主持市政會議。").meta.publishedText,
  ).toBe("2026-01-20");
  const issue = cleanText("20210606期来自:天津日报\n成立海棠街道办事处,是市委的重大决策。").meta.publishedText;
  expect(issue).toBe("20210606");
  expect(parsePublished(issue)).toEqual({ year: 2021, month: 6, day: 6 });
  // An English-language site's byline writes the month as a word (MCTV News / Macau).
  // The date is kept as written; parsePublished reads it, in any case.
  const macau = cleanText(
    "MCTV News / Macau\nPublished February 24th, 2025 at 3:15 PM\n行政長官岑浩輝今(24)日主持會議。",
  );
  expect(macau.meta.publishedText).toBe("February 24th, 2025");
  expect(parsePublished(macau.meta.publishedText)).toEqual({ year: 2025, month: 2, day: 24 });
  const posted = cleanText("POSTED ON FEBRUARY 24, 2025\n县委召开常委会会议。");
  expect(posted.meta.publishedText).toBe("FEBRUARY 24, 2025");
  expect(parsePublished(posted.meta.publishedText)).toEqual({ year: 2025, month: 2, day: 24 });
  // A bilingual notice's "Date:" with the month as a word is its event's day, not the page's.
  expect(cleanText("Date: July 6, 2024\n社区开放日活动通知\n欢迎居民参加。").meta.publishedText).toBeUndefined();
});

test("a labelled day opening a long line of text (date 2025-12-31 新竹市長…) dates the page and leaves the line's text", () => {
  const { meta, lines } = cleanText(
    " date 2025-12-31 新竹市長於市務會議中盤點大型活動與消費金整備，並提出具體要求，確保活動安全順利進行。\n新竹市政府日昨召開市務會議。",
  );
  expect(meta.publishedText).toBe("2025-12-31");
  // (A field list keeps its fields: Date: … Time: ….)
  expect(cleanText("Date: 2024-07-06 Time: 9:00 地點：市國際會議中心，請各單位準時參加。").lines[0]).toContain("Date:");
  expect(lines[0]).toBe("新竹市長於市務會議中盤點大型活動與消費金整備，並提出具體要求，確保活動安全順利進行。");
});

test("乾 stays 乾 in the simplified reading: names keep it (王乾發 → 王乾发)", () => {
  expect(simplifyChars("縣長王乾發主持會議")).toBe("县长王乾发主持会议");
});

test("a day-first stamp under the headline (13.03.2015  07:51) is the page's time", () => {
  const { meta, lines } = cleanText(
    "陕西《政府工作报告》部门分工确定\n\n13.03.2015  07:51\n\n记者昨日获悉，省政府提出分工意见。",
  );
  expect(meta.publishedText?.replace(/\s+/g, " ").trim()).toBe("13.03.2015 07:51");
  expect(lines.join("\n")).not.toContain("07:51");
});

test("a forum post with a few <p> tags keeps its lines; the forum's furniture goes, its post time stays", () => {
  const raw = [
    "设为首页 收藏本站",
    "查看: 30|回复: 0",
    "打印 上一主题 下一主题",
    "宣汉县城乡环境治理办通报周末环境卫生检查情况",
    "[复制链接]",
    "跳转到指定楼层",
    "楼主",
    "发表于 2019-11-2 13:20:16 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式",
    "<p>10月31日下午，县城乡环境治理办对城区进行检查。</p>",
    "<p>检查组希望各单位要高度重视。</p>",
    "回复",
    "使用道具 举报",
  ].join("\n");
  expect(looksLikeHtml(raw)).toBe(false);
  const { lines, meta } = cleanText(stripStrayTags(raw));
  expect(lines.filter((line) => line !== "")).toEqual([
    "宣汉县城乡环境治理办通报周末环境卫生检查情况",
    "10月31日下午，县城乡环境治理办对城区进行检查。",
    "检查组希望各单位要高度重视。",
  ]);
  expect(meta.publishedText).toContain("2019-11-2");
});

test("a site's notice that the browser is too old goes, sentence or not; a sentence about browsers stays", () => {
  const { lines } = cleanText(
    [
      "請更新您的瀏覽器",
      "您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本,以獲得最佳使用體驗。",
      "邱臣遠代理市長:全面盤整經濟、交通、環保與公衛四大議題",
      "市政府要求各单位升级办公电脑的浏览器，做好网络安全防护。",
      "更新浏览器和操作系统补丁是防范攻击的基础，各单位要在3月底前完成。",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual([
    "邱臣遠代理市長:全面盤整經濟、交通、環保與公衛四大議題",
    "市政府要求各单位升级办公电脑的浏览器，做好网络安全防护。",
    "更新浏览器和操作系统补丁是防范攻击的基础，各单位要在3月底前完成。",
  ]);
});

test("a byline closing one of a page's articles stays with it; one over the article is furniture", () => {
  const { lines } = cleanText(
    [
      "湖南日报·新湖南客户端通讯员 周喻琴 李清悦",
      "2月28日，县委召开常委会议，部署春耕备耕工作。",
      "洛报融媒记者 孙小蕊",
      "我市召开“三秋”生产暨秸秆禁烧工作会议",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual([
    "2月28日，县委召开常委会议，部署春耕备耕工作。",
    "洛报融媒记者 孙小蕊",
    "我市召开“三秋”生产暨秸秆禁烧工作会议",
  ]);
});

test("a Latin word of the site's chrome above the date line (governor) is no headline", () => {
  const { meta } = cleanText(["政务", "governor", "来源: 区人民政府督查室   2019-05-17 15:15:00", "正文。"].join("\n"));
  expect(meta.headline).toBeUndefined();
  const titled = cleanText(["四平市铁西区召开整改会议", "来源: 区人民政府 2019-05-17 15:15:00", "正文。"].join("\n"));
  expect(titled.meta.headline).toBe("四平市铁西区召开整改会议");
});

test("a page's clock over the headline (2024年11月01日 星期五 |) is furniture; the labelled date below it is the publication's", () => {
  const { lines, meta } = cleanText(
    "2024年11月01日 星期五 |\n\n我县召开民族团结进步示范县动员会\n\n来源:裕民县电视台 日期:2020-05-26 20:00:37\n\n5月22日,我县召开动员会。",
  );
  expect(lines.join("\n")).not.toContain("2024年11月01日");
  expect(meta.publishedText?.trim()).toBe("2020-05-26");
});

test("a site's greeting with its address is furniture; one naming its place stays", () => {
  expect(cleanText("村网通总站 大佛村 641300.nync.com 欢迎您!\n会上,党委书记传达了要求。").lines).toEqual([
    "会上,党委书记传达了要求。",
  ]);
  expect(cleanText("中国最美乡村——江西婺源欢迎您!\n会上,县长传达了要求。").lines[0]).toContain("婺源");
  // (a site thanking its visitors by its own name is furniture too, not the page's first heading)
  expect(cleanText("某某区人民政府网站欢迎您的访问!\n会上,区长传达了要求。").lines).toEqual(["会上,区长传达了要求。"]);
  // (so is the sponsor line at its foot; an event's 主办单位 is the notice's own)
  expect(
    cleanText("会上,区长传达了要求,会议要求各街道抓好落实。\n某区人民政府门户网站 网站主办单位:某区人民政府").lines,
  ).toEqual(["会上,区长传达了要求,会议要求各街道抓好落实。"]);
  expect(cleanText("会议要求各街道抓好落实。\n主办单位:县文明办").lines).toContain("主办单位:县文明办");
  expect(
    cleanText(
      "检查发现以下网站存在问题,请抓紧整改。\n某县教育局网站 网站主办单位:某县教育局\n县政府办公室\n2023年7月10日",
    ).lines,
  ).toContain("2023年7月10日");
  expect(
    cleanText(
      "检查发现以下问题,请抓紧整改。\n某镇人民政府网站 网站主办单位:某镇人民政府\n县政府办公室\n二〇二三年七月五日",
    ).lines,
  ).toContain("二〇二三年七月五日");
  // (nor in the annex after a signature)
  expect(
    cleanText(
      "检查发现以下问题,请抓紧整改。\n县政府办公室\n2023年7月1日\n附件:问题网站名单\n某县教育局网站 网站主办单位:某县教育局",
    ).lines,
  ).toContain("某县教育局网站 网站主办单位:某县教育局");
  // (an abstract's label is no part of its text)
  expect(cleanText("摘 要:今天,市政府召开安全生产专题会议。").lines).toEqual(["今天,市政府召开安全生产专题会议。"]);
  // (A document site's slogan run into the title's line goes; the line stays.)
  expect(cleanText("精选优质文档-----倾情为你奉上 全县座谈会发言材料\n正文。\n专心---专注---专业").lines).toEqual([
    "全县座谈会发言材料",
    "正文。",
  ]);
  // (A place that is a 站 of its own greeting its guests is the page's headline: 文明驿站欢迎您光临.)
  expect(cleanText("文明驿站欢迎您光临\n3月1日,驿站在城关镇建成。").lines[0]).toBe("文明驿站欢迎您光临");
});

test("a site's clock with its weekday is no publication date", () => {
  const { meta } = cleanText("2025-07-23 星期三\n\n巨鹿县投资说明会在京举行\n\n10月11日,投资说明会在北京举行。");
  expect(meta.publishedText).toBeUndefined();
});

test("a document's number under the page's meta line still heads it", () => {
  const { meta } = cleanText(
    "人人范文网 范文大全\n\n关于某乡新农村建设工作失误的检查书\n\n发布时间:2020-03-02 12:40:24 来源:范文大全\n\n上发[2011]5号\n\n县委、县政府:",
  );
  expect(meta.docNumber).toMatchObject({ issuer: "上发", year: "2011" });
});

test("a labelled publication time may leave off the century (发布时间:18-07-13); a bare one may not", () => {
  expect(cleanText("辽中区开展拉练活动\n发布时间:18-07-13    来源:\n连日来,各镇狠抓落实。").meta.publishedText).toBe(
    "18-07-13",
  );
  expect(cleanText("辽中区开展拉练活动\n18-07-13\n连日来,各镇狠抓落实。").meta.publishedText).toBeUndefined();
});

test("a content system's byline (Submitted by … on 2022年07月13日 06:00) is furniture that dates the page", () => {
  const { lines, meta } = cleanText(
    "積極籌備全港清潔運動長青網文章\nSubmitted by 長青網管理員 on 2022年07月13日 06:00\n政務司副司長卓永興7月12日主持會議。",
  );
  expect(lines).toEqual(["積極籌備全港清潔運動長青網文章", "政務司副司長卓永興7月12日主持會議。"]);
  expect(meta.publishedText).toContain("2022年07月13日");
});

test("a numbered photo caption a flattened page left between two paragraphs on one line goes", () => {
  const { lines } = cleanText(
    "县政协办等单位负责人参加会议。 1图:协调会现场 会议汇报了进展情况。 2图:韩传福等领导在观看项目展板 在听取汇报后,韩传福予以肯定。",
  );
  expect(lines[0]).not.toContain("图:");
  expect(lines[0]).toContain("会议汇报了进展情况。");
  expect(lines[0]).toContain("在听取汇报后,韩传福予以肯定。");
  // (图1 inside a sentence is the text's: 如图1：… has no stop before it.)
  expect(cleanText("详见附表 图1:进度表 如下。").lines[0]).toContain("图1:进度表");
});

test("a site's clock under its contact lines is still its clock; a date badge split over lines (2024 / 04/09 / 17:19) dates the page", () => {
  const { meta, lines, removed } = cleanText(
    [
      "电话: 028-86966315",
      "Q Q: 2677741813",
      "",
      "2024年05月19日 星期日",
      "",
      "苍溪县五龙镇:探索“三联三共”模式",
      "",
      "2024",
      "",
      "04/09",
      "",
      "17:19",
      "",
      "连日来,苍溪县五龙镇探索党建引领乡村治理新模式。",
    ].join("\n"),
  );
  expect(meta.publishedText?.trim()).toBe("2024-04-09");
  expect(lines.filter(Boolean)).toEqual([
    "苍溪县五龙镇:探索“三联三共”模式",
    "连日来,苍溪县五龙镇探索党建引领乡村治理新模式。",
  ]);
  expect(removed).toContain("电话: 028-86966315");
  // A year alone that no day follows is the text's (a table's column, a heading).
  expect(cleanText("2024\n全年完成投资50亿元。").lines[0]).toBe("2024");
  // Nor is a table's year over a span of months, below the text's first sentence.
  expect(cleanText("规上工业增加值增长。\n2024\n1-6\n同比增长5.2%").meta.publishedText).toBeUndefined();
  expect(cleanText("标题\n2024\n12/15\n名次").meta.publishedText).toBeUndefined();
});

test("a site's clock is one however its weekday is joined (2024-03-29-星期五); a byline's stamp may leave off the century", () => {
  expect(
    cleanText("2024-03-29-星期五\n新竹市政府召開市務會議\n新竹市政府二日召開市務會議。").meta.publishedText,
  ).toBeUndefined();
  const stamped = cleanText(
    "兰州市政府召开常务会议\n22-06-24 08:50 来源:中国甘肃网-兰州晚报 编辑:田洋\n6月23日,市政府召开常务会议。",
  );
  expect(parsePublished(stamped.meta.publishedText)).toEqual({ year: 2022, month: 6, day: 24 });
  // Without its source beside it, a short stamp (12-11-10 09:30) may be day first or a score: no date.
  expect(cleanText("市政府召开常务会议\n12-11-10 09:30\n10日,市政府召开常务会议。").meta.publishedText).toBeUndefined();
});

test("below the headline, a date with its weekday is the page's date", () => {
  expect(
    cleanText("永善县召开安全生产工作会议\n2023年06月05日 星期一\n6月4日上午，永善县召开会议。").meta.publishedText,
  ).toContain("2023");
});

test("a footer's first line (联系我们) ends the page only where no full sentence follows it: a top menu's does not", () => {
  const page = [
    "热烈庆祝中华人民共和国成立75周年！",
    "首页",
    "联系我们",
    "区政府召开第12次常务会议",
    "6月2日，区长张伟主持召开区政府第12次常务会议，研究部署老旧小区改造等工作。",
    "会议要求，区住建局要加快推进老旧小区改造，确保年底前完成全部改造任务。",
  ].join("\n");
  expect(cleanText(page).lines.join("\n")).toContain("会议要求，区住建局要加快推进老旧小区改造");
  const footer = [
    "会议要求，区住建局要加快推进老旧小区改造，确保年底前完成全部改造任务。",
    "联系我们",
    "电话：12345678",
    "地址：某某路9号",
  ];
  expect(cleanText(footer.join("\n")).lines.filter(Boolean)).toEqual([footer[0]]);
});

test("a document site's greeting is chrome, 您好 or not", () => {
  const cleaned = cleanText("您好,欢迎访问三七文档\n今天,县委召开防汛工作会议。会议要求,各乡镇要加强巡查。");
  expect(cleaned.removed).toContain("您好,欢迎访问三七文档");
  // A service hall's greeting inside a notice's text is the notice's.
  expect(cleanText("您好，欢迎来到鹿邑县政务服务中心！\n请按号排队办理业务。").removed).toEqual([]);
});

test("a forum poster's IP属地 is chrome: it says where the poster was, not where the story is", () => {
  expect(cleanText("IP属地:湖北省武汉市\n4月8日,市领导小组办公室对全市12个镇处进行了督查。").removed).toContain(
    "IP属地:湖北省武汉市",
  );
});

test("an IP属地 rule told in a story is the story's; a count's time in the body dates nothing", () => {
  const rule = "IP属地:国内用户显示到省(自治区、直辖市),境外用户显示到国家。";
  expect(cleanText(`网信办发布新规\n${rule}`).removed).not.toContain(rule);
  const count = cleanText("花莲县召开防台会议。\n(截至20230831 18:00)全县累计撤离120人。");
  expect(count.meta.publishedText).toBeUndefined();
});

test("a forum's poster profile and byline are furniture, and the byline's time is the page's", () => {
  const result = cleanText(
    [
      "- 註冊時間",
      "- 2011-7-26",
      "- 積分",
      "- 5057",
      "都是知书 发表于 2013-10-23 23:43:33",
      "平山:一纸“诊断书” 把脉问症提疗效",
      "来源:灵山政府网http://www.gxls.gov.cn/news/details.asp?newsid=28316",
      "近期以来,平山镇对各村清洁乡村工作开展情况进行了查访。",
    ].join("\n"),
  );
  expect(result.lines.filter(Boolean)).toEqual([
    "平山:一纸“诊断书” 把脉问症提疗效",
    "近期以来,平山镇对各村清洁乡村工作开展情况进行了查访。",
  ]);
  // The registration date (2011-7-26) under its field is no date of the page.
  expect(result.meta.publishedText?.trim()).toBe("2013-10-23");
  // The address written on after the source's name is no part of it.
  expect(result.meta.sourceName).toBe("灵山政府网");
});

test("a headline with the page's date on its own line keeps the headline and gives the date", () => {
  const result = cleanText(
    "王縣長主持第834次縣務會議暨103年第2次主管工作會報 發布日期:2014-04-21\n縣長王乾發21日上午主持縣府第834次縣務會議。",
  );
  expect(result.lines[0]).toBe("王縣長主持第834次縣務會議暨103年第2次主管工作會報");
  expect(result.meta).toMatchObject({
    headline: "王縣長主持第834次縣務會議暨103年第2次主管工作會報",
    publishedText: "2014-04-21",
  });
});

test("an e-paper's page navigation and a flattened table's bare pipes are no lines of the article", () => {
  const result = cleanText(
    "第S02版:二七播报 要闻 | 上一版3 4下一版 |\n|\n||||||||||\n本报讯 3月10日下午,二七区区委书记蔡红带领区城管局负责人进行现场办公。",
  );
  expect(result.lines.filter(Boolean)).toEqual([
    "本报讯 3月10日下午,二七区区委书记蔡红带领区城管局负责人进行现场办公。",
  ]);
});

test("a toolbar, a byline or a ticker before 发布时间 is no headline, and a column's 文章 over its headline is no profile field", () => {
  for (const furniture of ["打印本页 关闭窗口", "作者 李华 来源 县住建局", "最新公告 关于2023年端午节放假安排的通知"]) {
    const result = cleanText(
      `县住建局召开安全生产工作会议\n${furniture} 发布时间：2023-03-15\n3月14日，县住建局召开会议。`,
    );
    expect(result.meta.headline).not.toBe(furniture);
    expect(result.lines[0]).toBe("县住建局召开安全生产工作会议");
  }
  const column = cleanText(
    "学习园地\n文章\n市委理论学习中心组召开专题学习会\n发布时间：2023-06-15\n6月14日，市委理论学习中心组召开专题学习会。",
  );
  expect(column.lines).toContain("市委理论学习中心组召开专题学习会");
  // Discuz prints each value above its field: the byline after the last field is still the page's time.
  const discuz = cleanText("12\n主题\n345\n帖子\n5057\n积分\n发表于 2023-06-15 10:20\n6月14日，市委召开常委会。");
  expect(discuz.meta.publishedText?.trim()).toBe("2023-06-15");
  expect(discuz.lines.filter(Boolean)).toEqual(["6月14日，市委召开常委会。"]);
});

test("a dated headline line keeps its own words even when the page already named a headline", () => {
  const result = cleanText(
    "县政府常务会议纪要\n开会日期：2023-01-05\n王县长主持第834次县务会议暨主管工作会报 发布日期:2023-01-06\n会议审议通过了决算。",
  );
  expect(result.meta.headline).toBe("县政府常务会议纪要");
  expect(result.lines).toContain("王县长主持第834次县务会议暨主管工作会报");
  expect(result.lines.filter((line) => line === "县政府常务会议纪要")).toHaveLength(1);
});

test("links that skip the navigation and a plug-in's notice are furniture, its full stop notwithstanding", () => {
  const { lines, removed } = cleanText(
    [
      "跳过导航",
      "此页面上的内容需要较新版本的 Adobe Flash Player。",
      "获取 Adobe Flash Player",
      "督查通报(第201704期)",
      "各责任单位要认真整改。",
      "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual(["督查通报(第201704期)", "各责任单位要认真整改。"]);
  expect(removed).toHaveLength(4);
});

test("a photo's credit on its own line goes with the caption sentence above it; a headline above a credit stays", () => {
  const { lines } = cleanText(
    [
      "茅坡村的变化为什么这么大",
      "茅坡村驻村干部（右一）走访村民。",
      "资料照片",
      "",
      "“村里只有30个党员的时候，支部带领全村建起一座大桥。”",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual([
    "茅坡村的变化为什么这么大",
    "“村里只有30个党员的时候，支部带领全村建起一座大桥。”",
  ]);
  // A sentence that reports the meeting, or the first line, is no caption; 现场拍摄 is no credit.
  expect(
    cleanText("县委召开常务会议\n会议由县委书记王强主持。\n资料图片\n会议强调，要抓好落实。").lines.filter(Boolean),
  ).toEqual(["县委召开常务会议", "会议由县委书记王强主持。", "会议强调，要抓好落实。"]);
  expect(cleanText("秋冬大气污染治理这么干。\n资料图片\n会议强调，要抓好落实。").lines.filter(Boolean)).toHaveLength(2);
  expect(cleanText("会议强调，要抓好落实。\n现场拍摄\n其他工作照常。").lines.filter(Boolean)).toHaveLength(3);
  expect(cleanText("县委召开常务会议\n记者 张三 摄\n会议强调，要抓好落实。").lines.filter(Boolean)).toEqual([
    "县委召开常务会议",
    "会议强调，要抓好落实。",
  ]);
});

test("a line whose words a PDF broke with spaces gets them back; a few spaces (吴翠云 同志们) stay", () => {
  const broken =
    "今 年的国家卫生城市复审,是我市历 经 十 年创 建 、成功 挂 牌 后的第一次复审。这对 于 巩 固 深 化 “创 卫”成果 ,促 进 经 济 社 会科 学 跨 越 发展 具有重要意义。";
  expect(cleanText(broken).lines.join("")).toContain("是我市历经十年创建、成功挂牌后的第一次复审。这对于巩固深化");
  expect(cleanText("讲话 吴翠云 同志们:这次大会很重要。").lines.join("")).toBe("讲话 吴翠云 同志们:这次大会很重要。");
});

test("a list of other stories with their dates after the article ends it, and 返回上一页 with it", () => {
  const { lines } = cleanText(
    [
      "新竹市長林政則主持市務會議,指示工務局加強清淤。",
      "返回上一頁相關文章",
      "2012.06.19",
      "竹市農損達到20%可申請救助2011.01.14",
      "打開家門讓愛住進來 歡迎加入寄養家庭2009.09.14",
      "竹市稅務局新任局長范春鑾30日就任2009.11.02",
      "竹市國中",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual(["新竹市長林政則主持市務會議,指示工務局加強清淤。"]);
  // Two dated lines are no list: a report may close with a date under its signature.
  const dated = cleanText("会议要求抓好落实。\n县政府办公室\n2024.05.01").lines.filter(Boolean);
  expect(dated[0]).toBe("会议要求抓好落实。");
});

test("a repost's 转自 line names its media and is no headline", () => {
  const result = cleanText("转自:上观新闻\n3月6日,区长主持召开区政府常务会议,听取相关工作汇报。");
  expect(result.meta.sourceName).toBe("上观新闻");
  expect(result.lines.filter(Boolean)).toEqual(["3月6日,区长主持召开区政府常务会议,听取相关工作汇报。"]);
  // A 来源 line names the source over it; 转自 inside a line is the text's own word.
  expect(cleanText("转自：县融媒体中心\n来源：某县人民政府\n3月6日,区长主持召开会议。").meta.sourceName).toBe(
    "某县人民政府",
  );
  const inBody = cleanText("（三）资金转自：县财政局专户\n要加快拨付。");
  expect(inBody.meta.sourceName).toBeUndefined();
  expect(inBody.lines.filter(Boolean)).toEqual(["（三）资金转自：县财政局专户", "要加快拨付。"]);
});

test("a calendar widget's month and a help-line prompt over the article are chrome", () => {
  const result = cleanText(
    "十一月 2024 |\n服務專線\n問題諮詢,請撥打以上服務專線。\n【記者洪佳寶/台南】台南市政府第41次區長會議於今(14)日舉行,市長頒發獎項。",
  );
  expect(result.lines.filter(Boolean)).toEqual([
    "【記者洪佳寶/台南】台南市政府第41次區長會議於今(14)日舉行,市長頒發獎項。",
  ]);
  expect(result.meta.publishedText).toBeUndefined();
});

test("a site's reprint terms are chrome, though they run as a numbered sentence", () => {
  const result = cleanText(
    "会议要求，要加快推进农村公路建设。\n1、凡本网注明“人民交通杂志”/人民交通网,所有自采新闻(含图片),如需授权转载应在授权范围内使用,并注明来源。",
  );
  expect(result.lines.filter(Boolean)).toEqual(["会议要求，要加快推进农村公路建设。"]);
});

test("a bulletin's own month under its title stays: only a widget's month name over a year is a clock", () => {
  expect(cleanText("全市经济运行简况\n2024年10月\n前三季度全市地区生产总值增长5%。").lines.filter(Boolean)).toContain(
    "2024年10月",
  );
});

test("a lone Latin word (close) and an advert over the article are chrome", () => {
  const result = cleanText(
    "close\n推薦你在家學習可能改變你一生的英文課(免費試聽):\n(中央社記者雲林縣7日電)雲林縣政府災害應變中心今天上午完成二級開設。",
  );
  expect(result.lines.filter(Boolean)).toEqual(["(中央社記者雲林縣7日電)雲林縣政府災害應變中心今天上午完成二級開設。"]);
});

test("review: a headline with an advert's words, a report's sentence on reprinting and an acronym in a table stay", () => {
  const headline = cleanText(
    "我市60岁以上老年人可免费领取流感疫苗\n近日，市卫健委召开会议，要求做好流感疫苗接种工作。",
  );
  expect(headline.lines).toContain("我市60岁以上老年人可免费领取流感疫苗");
  const reprint = "会议要求，各单位如需转载中央新闻单位稿件，须取得授权，转载时注明来源。";
  expect(cleanText(`网信办召开会议。\n${reprint}`).lines).toContain(reprint);
  expect(cleanText("全市经济运行情况如下。\n指标\nGDP\n增速").lines).toContain("GDP");
});

test("a flattened notice is split at its outline items only when it holds several; prose with one 一、 stays", () => {
  const flat = cleanText(
    "各区县人民政府、市直各部门: 现将有关事项通知如下: 一、工作任务 1.开展排查。 2.建立台账。 二、工作要求 1.按时报送。",
  ).lines;
  expect(flat).toEqual([
    "各区县人民政府、市直各部门:",
    "现将有关事项通知如下:",
    "一、工作任务",
    "1.开展排查。",
    "2.建立台账。",
    "二、工作要求",
    "1.按时报送。",
  ]);
  const prose = "会议指出，要抓好两项工作：一、抓好春耕。这是当前的重点，全县增长 5.6%。";
  expect(cleanText(prose).lines).toEqual([prose]);
});

test("a sentence listing short points (…: 1.加强巡查 2.及时上报 3.妥善处置，…) is no flattened notice", () => {
  const line = "会议要求各乡镇要做好三项工作: 1.加强巡查 2.及时上报 3.妥善处置，确保安全度汛。";
  expect(cleanText(line).lines).toEqual([line]);
});

test("a minutes table's bare 時間 label gives the meeting's day from the line below; a page's 时间 does not", () => {
  const minutes = cleanText(
    "嘉義市政府第996次市務會議紀錄\n上版日期:2020-12-01\n時間\n\n民國109年11月24日(星期二)下午4時\n\n地點\n\n本府6樓第2會議室\n\n主席\n\n市長 黃敏惠",
  );
  expect(minutes.meta.heldText).toBe("民国109年11月24日(星期二)下午4时");
  // Without a 地点 field below, a bare 时间 is any page's.
  const page = cleanText("市政府召开常务会议\n时间\n2020-12-01\n会议研究了防汛工作。");
  expect(page.meta.heldText).toBeUndefined();
});

test("a site's name with its editor (白雲飄飄範文網 編輯:小景) is furniture; a dash of box drawing between names (經國─延平) is no garble", () => {
  const result = cleanText("在紀念大會上的講話\n白雲飄飄範文網 編輯:小景\n同志們:\n要在「經國─延平」路口裝設標誌。");
  expect(result.lines).toEqual(["在紀念大會上的講話", "同志們:", "要在「經國─延平」路口裝設標誌。"]);
  expect(result.garbled).toEqual([]);
  expect(cleanText("会议要求╟╚╬做好工作。").garbled).not.toEqual([]);
  expect(cleanText("融媒体中心人员分工\n总编辑：王刚\n要做好审稿。").lines).toContain("总编辑：王刚");
});

test("a sample-text site's editor introducing what it compiled (下文是小编…做出的整理) is furniture; a post's 小编 telling news is not", () => {
  const { lines } = cleanText(
    [
      "安徽省政府会议纪要三篇",
      "会议纪要是用于记载、传达会议情况和议定事项的公文。下文是小编就安徽省政府发出的会议纪要做出的整理,参考!",
      "11月4日,韩军副秘书长主持召开协调会议。",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual(["安徽省政府会议纪要三篇", "11月4日,韩军副秘书长主持召开协调会议。"]);
  const news = cleanText("小编从市住建局获悉,全市老旧小区改造工作推进会于3月1日召开。");
  expect(news.lines.filter(Boolean)).toHaveLength(1);
});

test("a site's disclaimer heading (豫都网版权与免责声明), its news recommendations (新闻推荐) and a press release's mail-a-friend line end or leave the article", () => {
  const disclaimer = cleanText(
    [
      "孙庆伟要求,县教育局尽快启动七实小建设。",
      "豫都网版权与免责声明",
      "1、未经豫都网(以下简称本网)许可,任何人不得非法使用本网自有版权作品。",
    ].join("\n"),
  );
  expect(disclaimer.lines.filter(Boolean)).toEqual(["孙庆伟要求,县教育局尽快启动七实小建设。"]);
  const recommended = cleanText(
    [
      "曹光忠要求,要加大资金投入,大力支持县城建设。",
      "新闻推荐",
      "八旬老翁不信“神”就信“法”",
      "近日,左店乡五保户跑到司法所说…",
    ].join("\n"),
  );
  expect(recommended.lines.filter(Boolean)).toEqual(["曹光忠要求,要加大资金投入,大力支持县城建设。"]);
  const release = cleanText(
    ["新聞公報", "寄給朋友政府主網頁", "政務司司長致辭全文", "我很歡迎各位今日出席典禮。"].join("\n"),
  );
  expect(release.lines.filter(Boolean)).not.toContain("寄給朋友政府主網頁");
  // Who gave the photo (圖由新北市政府提供) is no part of the line it ends, which may be the lead itself.
  const captioned = cleanText(
    ["新北市長侯友宜今天上午主持防颱整備會議。（圖由新北市政府提供）", "新北市災害應變中心今天上午召開會議。"].join(
      "\n",
    ),
  );
  expect(captioned.lines.filter(Boolean)).toEqual([
    "新北市長侯友宜今天上午主持防颱整備會議。",
    "新北市災害應變中心今天上午召開會議。",
  ]);
});

test("a document's number alone on its line, in round brackets too ((2022)第15号), is no title or text", () => {
  const { lines } = cleanText(
    ["督查通知单", "（2022）第15号", "区政府督查室于5月10日对城区环境卫生进行了督查。"].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual(["督查通知单", "区政府督查室于5月10日对城区环境卫生进行了督查。"]);
});

test("an editor's note that shares its line with an order leaves the line in place", () => {
  const { lines } = cleanText(
    "会议要求,各区要加快老旧小区改造,确保6月底前全面开工。小编为大家整理了会议要点如下,供参考。",
  );
  expect(lines.filter(Boolean)).toHaveLength(1);
});

test("review: a heading that carries its issue number (县长办公会议纪要（2024）第5期) is kept", () => {
  const { lines } = cleanText(["县长办公会议纪要（2024）第5期", "3月5日，县长王明主持召开县长办公会议。"].join("\n"));
  expect(lines.filter(Boolean)).toContain("县长办公会议纪要（2024）第5期");
});

test("a site's menu of whole words stays spaced, so it is read as a menu, not a line a PDF broke", () => {
  const { lines, removed } = cleanText(
    [
      "主頁",
      "每日明報 要聞 港聞 經濟 娛樂 副刊 社評 觀點 中國 國際 教育 體育 英文 作家專欄 大灣區 圖片看世界",
      "委員會主持首次會議",
      "委員會今日召開首次會議，由主席主持。",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).not.toContain(
    "每日明報要聞港聞經濟娛樂副刊社評觀點中國國際教育體育英文作家專欄大灣區圖片看世界",
  );
  expect(removed.join("\n")).toContain("作家專欄 大灣區");
});

test("a document's number is found below the page's furniture, with its signer", () => {
  const { meta } = cleanText(
    [
      "政务",
      "",
      "区人民政府 2019-05-17 15:15:00",
      "区人民政府督查通知单",
      "区政督字〔2019〕7号 签发人:王建国",
      "关于整改的通知",
    ].join("\n"),
  );
  expect(meta.docNumber).toMatchObject({ issuer: "区政督字", signedBy: "王建国" });
});

test("a repost site's [免责声明] after the article ends it", () => {
  const { lines } = cleanText(
    "会议要求:一要高度重视,压实各级责任。\n[免责声明] 本文来源于网络转载,仅供学习交流使用。版权归原作者所有,请在30日内与本网联系。",
  );
  expect(lines.filter(Boolean)).toEqual(["会议要求:一要高度重视,压实各级责任。"]);
});

test("review: word-segmented prose is joined, an image credit's 版权归原作者所有 ends nothing", () => {
  const segmented =
    "会议 要求，各区 要压实 属地 责任，各 部门 要加强 协作 配合，确保 各项 工作 落到 实处，按时 完成 任务 目标。";
  expect(cleanText(segmented).lines.join("")).toContain("会议要求");
  const credited = cleanText(
    "会议要求各区压实属地责任。\n（图片来源：网络，版权归原作者所有）\n各部门要加强协作配合，确保工作落到实处。",
  );
  expect(credited.lines.join("")).toContain("各部门要加强协作配合");
});

test("a publisher's stamp with a source after it gives both; a source that is an address names none", () => {
  const named = cleanText("伊通满族自治县人民政府 2023-05-10 09:34:00 来源: 伊通发布\n全县卫片治理调度推进会议召开");
  expect(named.meta).toMatchObject({ siteName: "伊通满族自治县人民政府", sourceName: "伊通发布" });
  const address = cleanText(
    "伊通满族自治县人民政府 2023-05-10 09:34:00 来源: www.yt.gov.cn\n全县卫片治理调度推进会议召开",
  );
  expect(address.meta.sourceName).toBe("伊通满族自治县人民政府");
  expect(address.meta.siteName).toBeUndefined();
});

test("a disclosure field's value on the next line goes only where it has the field's shape, never a headline", () => {
  const fields = cleanText("• 索引号:\n6107280000/2024-001005\n• 发文机构:\n县政府网站\n镇巴县人民政府工作规则");
  expect(fields.lines.filter(Boolean)).toEqual(["镇巴县人民政府工作规则"]);
  expect(fields.meta.sourceName).toBe("县政府网站");
  const blank = cleanText("• 发文机构:\n镇巴县人民政府关于加强防汛工作的通知\n各镇人民政府：现将有关事项通知如下。");
  expect(blank.lines.filter(Boolean)[0]).toBe("镇巴县人民政府关于加强防汛工作的通知");
  expect(blank.meta.sourceName).toBeUndefined();
});

test("a share button or page number set between dashes (—分享—, —3—) is chrome; a heading between dashes is not", () => {
  expect(cleanText("—分享—\n会上,祥霖铺镇作典型发言。").lines.filter(Boolean)).toEqual(["会上,祥霖铺镇作典型发言。"]);
  expect(cleanText("—3—\n—第三部分—\n要加快推进。").lines.filter(Boolean)).toEqual(["—第三部分—", "要加快推进。"]);
});

test("a paper's page label (第01版:要闻, doubled as 第第01版版:要闻) and its page links (下一版>) are chrome", () => {
  expect(cleanText("第第01版版:要闻\n\n下一版>\n\n元旦献辞\n\n同志们、朋友们:新年好。").lines.filter(Boolean)).toEqual([
    "元旦献辞",
    "同志们、朋友们:新年好。",
  ]);
  expect(cleanText("第01版:要闻\n< 上一期\n会议要求,要加快推进。").lines.filter(Boolean)).toEqual([
    "会议要求,要加快推进。",
  ]);
});

test("a disclosure page's 公开属性 field is furniture like its 发文机构 and 索引号, bulleted or not", () => {
  expect(
    cleanText(
      "2023年12月12日区政府召开第62次常务会议\n  • 发文机构:上海市长宁区人民政府办公室\n  • 公开属性:主动公开\n公开属性:依申请公开\n区长侯继军主持召开会议。",
    ).lines.filter(Boolean),
  ).toEqual(["2023年12月12日区政府召开第62次常务会议", "区长侯继军主持召开会议。"]);
});

test("a forum's anti-copy jammer (- m5 N5 u3 S# Y; …) goes from the lines it is printed on; letters and numbers listed with spaces stay", () => {
  const { lines } = cleanText(
    [
      "- k3 N5 u3 S# Y; u3 l( E( E* `. y* P# T",
      "* K: C& |6 R/ U* k/ R& h 9月2日,某县秋季造林工作会议召开。",
      "会议要求各乡镇要加快进度。3 q2 q3 Y7 e/ t+ i( @/ y",
      "考核分 A B C D E 五档,得分 1 2 3 4 5 依次递增。",
    ].join("\n"),
  );
  expect(lines).toEqual([
    "9月2日,某县秋季造林工作会议召开。",
    "会议要求各乡镇要加快进度。",
    "考核分 A B C D E 五档,得分 1 2 3 4 5 依次递增。",
  ]);
});

test("a jammer glued to the text by one character goes with it; a forum's sign-up and log-in prompts and its close button are furniture", () => {
  const { lines } = cleanText(
    [
      "馬上注冊,結交更多好友,享用更多功能,讓你輕松玩轉社區。",
      "您需要 登錄 才可以下載或查看,沒有帳號?加入論壇",
      "x",
      "8 m2 A1 C% |8 q1 }6 Q10月31日,全市垃圾分類工作推進會召開。",
      ". z2 t- @. A5 ~要充分認識做好垃圾分類工作的重大意義。",
      "9 B) P. Z! b. g. w當前,我市創建工作進入關鍵期。5 y6 q$ l5 r& l1 a",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual([
    "10月31日,全市垃圾分類工作推進會召開。",
    "要充分認識做好垃圾分類工作的重大意義。",
    "當前,我市創建工作進入關鍵期。",
  ]);
});

test("review: codes and grades listed in the text stay; a jammer leaves the text's own letter before digits", () => {
  const kept = [
    "会议对A1 A2 B1 B2 C1 C2号楼进行了验收。",
    "重点对以下小区进行排查，A1 A2 B1 B2 C1 C2栋地下车库要在6月10日前整改。",
    "考核结果分为A+ A A- B+ B C六个等次，各单位要于12月20日前上报。",
  ];
  for (const line of kept) expect(cleanText(line).lines.filter(Boolean)).toEqual([line]);
  expect(cleanText("8 m2 A1 C% |8 q1 }6 G20峰会期间，各部门要加强保障。").lines.filter(Boolean)).toEqual([
    "G20峰会期间，各部门要加强保障。",
  ]);
  expect(cleanText(". z2 t- @. A5 ~ N95口罩要备足。").lines.filter(Boolean)).toEqual(["N95口罩要备足。"]);
});

test("review 3: an upper-case letter after a jammer, before a Han character, is the text's (A级, B超)", () => {
  expect(cleanText("8 m2 A1 C% |8 q1 }6 A级景区创建工作要在年底前完成。").lines.filter(Boolean)).toEqual([
    "A级景区创建工作要在年底前完成。",
  ]);
});

test("a forum's edit line (本帖最后由 … 于 2022-7-20 15:43 编辑) is furniture that dates the post", () => {
  const { lines, meta } = cleanText(
    "本帖最后由 某某镇 于 2022-7-20 15:43 编辑\n7月19日,某某镇召开人居环境整治工作推进会,班子成员参加会议。",
  );
  expect(lines.join("\n")).not.toContain("本帖");
  expect(parsePublished(meta.publishedText)).toEqual({ year: 2022, month: 7, day: 20 });
});

test("line breaks kept as <br /> in plain text are line breaks; a preview site's furniture goes", () => {
  // (Plain text reaches the cleaning through stripStrayTags, as every source does: see source-text.ts.)
  const { lines, removed } = cleanText(
    stripStrayTags(
      "首页\n\n资源预览文档简介为自动调取,内容显示的完整度及准确度或有误差,请您下载后查看完整的文档内容。\n\n剩余6页未读,查看更多内容需下载\n\n某市长在全市物业管理工作会议上的讲话<br />同志们:<br />下面,我讲三点意见。",
    ),
  );
  expect(lines.filter(Boolean)).toEqual(["某市长在全市物业管理工作会议上的讲话", "同志们:", "下面,我讲三点意见。"]);
  expect(removed).toEqual(expect.arrayContaining(["首页", "剩余6页未读,查看更多内容需下载"]));
});

test("keywords an SEO spammer wove into a copied story, each before a comma-led line, go and the sentences are mended", () => {
  const { lines, removed } = cleanText(
    "市长昨召开上任首次主管会议,\n网路行销公司\n,针对抗旱问题与一级主管交换意见。市长说,\n关键字行销\n,不会为了政绩表现躁进。他表示,\n网站优化\n,要按部就班做好每项事务。",
  );
  expect(lines.filter(Boolean)).toEqual([
    "市长昨召开上任首次主管会议,针对抗旱问题与一级主管交换意见。市长说,不会为了政绩表现躁进。他表示,要按部就班做好每项事务。",
  ]);
  expect(removed).toEqual(expect.arrayContaining(["网路行销公司", "关键字行销", "网站优化"]));
  // One name a layout set apart between commas is the text's own.
  const single = cleanText("县政府召开全县防汛工作会议，\n县长张志强\n，副县长刘伟出席会议。").lines.join("");
  expect(single).toContain("张志强");
});

test("a page's widgets written as text go: a share bar, a comment counter without its number, e-paper tools, a masthead", () => {
  const { lines, removed } = cleanText(
    [
      "南平日报 | NanpingDaily",
      "当前版:03版",
      "通版阅读请点击:",
      "展开通版",
      "县里召开秋冬季环境整治推进会",
      "文章字数:412",
      "条评论",
      "FacebookLINEWhatsapp",
      "会议要求各乡镇在11月底前完成河道清理。",
      "评论列表 共有 0 條評論",
      "暫無評論",
    ].join("\n"),
  );
  expect(lines.filter(Boolean)).toEqual(["县里召开秋冬季环境整治推进会", "会议要求各乡镇在11月底前完成河道清理。"]);
  expect(removed).toEqual(expect.arrayContaining(["条评论", "FacebookLINEWhatsapp", "南平日报 | NanpingDaily"]));
  // A line that only names networks among other words is prose.
  expect(cleanText("市里开通微信、微博等渠道受理群众投诉。").lines).toEqual(["市里开通微信、微博等渠道受理群众投诉。"]);
});

test("#74's rules: an e-paper's page label without the page's name is furniture", () => {
  expect(cleanText("2021年6月3日\n第05版:\n\n集中整治见实效\n龙湖镇启动人居环境专项整治活动。").lines).not.toContain(
    "第05版:",
  );
});

test("#78: a paper's masthead line and a bulleted 上一篇 link are furniture; a headline under the crumbs is the page's", () => {
  const masthead = cleanText(
    "某区融媒体中心出版 刊号:(渝)2019526 本报热线:87339716 广告热线:87338686\n\n2023年09月27日\n\n白云镇推进厕所改造\n\n本报讯 近日，白云镇召开推进会。",
  );
  expect(masthead.lines.join("\n")).not.toContain("刊号");
  expect(masthead.removed[0]).toContain("本报热线");
  const underBreadcrumb = cleanText(
    "好资讯\n\n首页 > 人文 >\n\n某市通报农村人居环境暗访结果\n\n近日，某市整治办开展暗访。",
  );
  // (The site's name stays in the text, for the place it may name; the headline under the crumbs is the page's.)
  expect(underBreadcrumb.meta.headline).toBe("某市通报农村人居环境暗访结果");
  // A headline over the breadcrumb stays.
  expect(cleanText("某市通报农村人居环境暗访结果\n首页 > 新闻 > 正文\n近日，某市整治办开展暗访。").lines).toContain(
    "某市通报农村人居环境暗访结果",
  );
  // A bare 日期: label under the headline is the page's date; a task's 完成日期 is its own.
  const dated = cleanText("某镇启动冬季整治\n\n日期:2020-12-07\n\n某镇在先进村启动冬季整治。\n完成日期:2021-01-31");
  expect(dated.meta.publishedText).toBe("2020-12-07");
  expect(dated.lines).toContain("完成日期:2021-01-31");
  const linked = cleanText(
    "近日，某镇开展环境整治。\n（王芳）\n- 上一篇:某市委老干部局开展道德讲堂活动\n- 下一篇:某镇新增垃圾箱",
  );
  expect(linked.lines.join("")).not.toContain("老干部局");
});

test("review of #78's rules: a short headline over the breadcrumb stays; bulleted links inside the body and table rows' 日期 are text", () => {
  expect(cleanText("春耕备耕忙\n首页 > 新闻 > 正文\n3月5日，城关镇召开春耕备耕工作推进会。").lines).toContain(
    "春耕备耕忙",
  );
  const body = cleanText(
    "县里召开宣传工作会议。\n- 相关新闻单位要围绕中心工作加大宣传力度。\n会议要求，各乡镇要在月底前完成宣传阵地建设，确保群众知晓。",
  );
  expect(body.lines.join("")).toContain("各乡镇要在月底前完成");
  expect(cleanText("- 相关新闻单位要加大宣传力度；\n- 各乡镇要配齐宣传干事。").lines).toHaveLength(2);
  // A notice's heading over the crumbs, its addressees under them.
  expect(
    cleanText("通  知\n首页 > 通知公告\n各乡镇人民政府、县直各部门：\n定于6月5日召开全县防汛工作会议。").lines,
  ).toContain("通 知");
  const rows = cleanText(
    "县教育局部署高考安全工作。\n日期：2024年6月7日 科目：语文、数学\n各考点要提前检查设施设备，确保安全。",
  );
  expect(rows.lines).toContain("日期：2024年6月7日 科目：语文、数学");
  expect(rows.meta.publishedText).toBeUndefined();
  const roster = cleanText(
    "关于做好端午节期间值班工作的通知\n各乡镇、县直各部门：\n现将有关事项通知如下：\n日期：2023年6月22日\n值班领导：张三",
  );
  expect(roster.meta.publishedText).toBeUndefined();
});

test("second review of #78's rules: no headline under the crumbs when a lead, a byline or a caption follows them; a signature after a bulleted link", () => {
  const lead = cleanText(
    "春耕忙\n首页 > 工作动态\n3月5日，县政府召开春耕生产工作会议，县长张三出席会议并讲话\n。会议要求，各乡镇要抓好春耕。",
  );
  expect(lead.meta.headline).toBeUndefined();
  expect(
    cleanText("防汛动员\n首页 > 要闻\n本报讯（记者 李明）\n昨日，县里召开防汛动员会。").meta.headline,
  ).toBeUndefined();
  // Past the page's buttons, a lead that wraps onto its full stop is still no headline.
  const buttons = cleanText(
    "春耕忙\n首页 > 工作动态\n【字体：大 中 小】【打印】\n县政府召开春耕生产工作会议县长张三出席会议并讲话\n。会议要求，各乡镇要抓好春耕。",
  );
  expect(buttons.meta.headline).toBeUndefined();
  const notice = cleanText(
    "关于做好防汛工作的通知\n各乡镇要在5月底前完成隐患排查。\n· 相关链接：关于做好防汛工作的政策解读\n附件：隐患排查表\n清河县人民政府办公室\n2023年5月20日",
  );
  expect(notice.lines).toContain("2023年5月20日");
});

test("#86's rules: a forum poster's mood, check-in stamp and name over the profile are furniture", () => {
  const cleaned = cleanText(
    "TA的每日心情 | 开心 2021-10-13 16:10 |\n签到天数: 405 天 [LV.9]大名鼎鼎\n版主\n- 积分\n- 23497\n3月5日上午,县长主持召开全县春耕生产工作会议。会议要求,各乡镇要抓好春耕备耕。",
  );
  expect(cleaned.lines.join("\n")).not.toMatch(/每日心情|签到天数|版主|积分/);
  expect(cleaned.lines).toContain("3月5日上午,县长主持召开全县春耕生产工作会议。会议要求,各乡镇要抓好春耕备耕。");
});
