import { simplifyChars } from "../text/script";
import { openingTableTask } from "./cell-table";
import {
  BULLET_MARKS,
  DatelineRE,
  DisclosureLineRE,
  HasSentenceRE,
  IssuingNoticeRE,
  PieceMarkRE,
  PlaceHeadingRE,
  PolicyTitleRE,
  PurposeSentenceRE,
  AttachmentLineRE,
  ItemNumberRE,
  isAddresseeLine,
  isHeadingLike,
  isSignatureAt,
  sameTitle,
} from "./patterns";

/**
 * The first stage of reading an article: where its headline, body, lead and signature stand.
 * Lines are kept in the source's script; `simple` holds the same lines simplified (same offsets).
 */
export interface ArticleLayout {
  lines: string[];
  simple: string[];
  /** The headline as published (an experience piece joins 涧西区： with its headline). */
  title: string;
  /** The leading lines that read as headlines (0 when the article opens with a sentence). */
  titleBlockLength: number;
  /** The lines of the body, in order (the headline line left out). */
  bodyIndexes: number[];
  /** The first body line after the title block: where the event's day and meeting are told. */
  leadIndex: number;
  /**
   * The signing organisation's line (organisation + date at the end of a 通报 or 检查, or after an
   * issuing notice's own text), or -1.
   */
  signerIndex: number;
  /** The signature's last line (its date, or a （此件公开发布） after it); -1 without a signature. */
  signatureEnd: number;
  /** 涧西区： over its headline: the place heads the piece. */
  placeHeaded: boolean;
  notes: string[];
}

/** A posting time on its own line (2022/09/03 20:38, 2019-10-12): the line above it is the headline. */
const PostedAtRE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** A photo's caption: 何高禄摄, 会议现场, 图为…. */
const CaptionRE = /(?:^|\s)[\p{Script=Han}]{2,4}\s*(?:摄|摄影|供图)$|^(?:会议|活动|工作)?现场$|^图为/u;

/**
 * A headline as a page's furniture may leave it: a Markdown marker (## …), a record's field label
 * (文件名称 | …的通报 | ||), a credit (…事项/连江县政府提供), a site's name after it, a stray comma
 * before it.
 */
function cleanTitle(line: string): string {
  return (
    line
      .replace(/^#{1,6}\s+/, "")
      // 标      题 关于…的通知: a disclosure page's field label, spaced or with its colon.
      .replace(/^(?:[标標]\s*[题題]|名\s*[称稱])(?:\s*[:：]\s*|\s+)(?=\S{4})/u, "")
      // 【全球新要闻】中牟县…, [要闻] 孙建年主持…: a site's column tag before the headline.
      .replace(/^(?:【[^】]{2,8}】|\[[^\]]{2,8}\])\s*(?=\S{6})/u, "")
      // 背街小巷整治【**区…2月份工作计划】: a column's name, then the document's own title in brackets.
      .replace(/^\p{Script=Han}{2,10}【([^【】]{6,60}(?:计划|方案|通知|通报|意见|纪要|讲话|报告|要点|总结))】$/u, "$1")
      // 标题 | …, 汾西新闻 | 我县召开…, 环球今日报丨…: a record's field label or a site's column before the
      // headline (丨 is the bar such sites write).
      .replace(/^[^|｜丨]{1,8}[|｜丨]\s*/, (label) =>
        /名称|标题|题目|(?:新闻|要闻|动态|头条|快讯|资讯|日报|今日报)$/.test(label.replace(/[\s|｜丨]/g, ""))
          ? ""
          : label,
      )
      // 名 称: | …的通知 | 发布机构: | …: the record's other fields after its title.
      .replace(/\s*[|｜]\s*(?:发布机构|发文机关|发文单位|索\s*引\s*号|文\s*号|成文日期|公开日期)[\s\S]*$/u, "")
      .replace(/\s*[|｜][|｜\s]*$/, "")
      // …会议结束时的讲话|动员部署会议: a document site's category after a document's title (not the
      // headline after a column's name: 调研行｜走进新能源产业园).
      .replace(
        /(?<=\S{6}(?:讲话|讲话稿|发言|致辞|通知|通报|意见|方案|纪要|报告|总结|决定|办法|细则|计划|要点))\s*[|｜]\s*[\p{Script=Han}]{2,12}$/u,
        "",
      )
      .replace(/\s*[/／]\s*[\p{Script=Han}]{2,12}提供$/u, "")
      // …整改报告 篇4.docx: a document site names the file it shares, its extension no part of the title.
      .replace(/\.(?:docx?|wps|pdf|txt|pptx?|xlsx?)$/iu, "")
      // 镇长办公会会议纪要 [篇2]: a sample-text site's number for the document, no part of its title.
      .replace(PieceMarkRE, "")
      // …会议上的讲话(全文2053字): a document site's count of the text's length.
      .replace(/\s*[(（]全文\s*\d+\s*字[)）]$/u, "")
      // …施政總報告【影音新聞】, …【组图】: the column or medium the page files the story under, after it.
      // (Not a word of the headline's own, 营商环境改革【路线图】.)
      .replace(
        /(?<=\S{6})\s*【(?:[^【】]{0,4}(?:新闻|新聞|视频|視頻|影音)|组图|組圖|图文|圖文|多图|多圖|图|圖|直播|快讯|快訊)】$/u,
        "",
      )
      // …应对台风“小犬”分享到:: the share button the page printed after it.
      .replace(/\s*分享到\s*[:：]?\s*$/u, "")
      // …的通知-欧洲杯网络平台, …常务会议_威海市环翠区人民政府: a browser title's site name after it.
      .replace(
        /(?<=\S{8})(?:\s*[-_–]\s*(?=\p{Script=Han})[^-_–。，,！？!?\s的]{0,19}?(?:网|网站|平台|门户|在线|频道|新闻|报|报社|发布|政府|中心|局|委|办|厅|部|院|会|室|处|国务院|搜狐|网易|新浪|腾讯|凤凰|[省市县区旗]))+$/u,
        "",
      )
      // …考评结果的通报-pg游戏麻将胡了: after a document's kind, a mirror site's name in Latin letters and
      // Han (…常务会议-研究部署防汛工作 is the meeting's subject and stays).
      .replace(
        /(?<=\S{6}(?:讲话|发言|致辞|通知|通报|意见|方案|纪要|报告|决定|办法|细则|计划|要点|公告|会议))\s*[-_–]\s*(?=[^-_–]*[A-Za-z])[^-_–。，,！？!?]{1,20}$/u,
        "",
      )
      .replace(/^[，,、。；;?？\s]+/, "")
      // 《…关于建立…制度的通知》: a reprint names the document it carries in book-title marks.
      .replace(/^《([^《》]{6,80})》$/u, "$1")
  );
}

/** A line that opens by listing bodies (工商分局、市场工商分局、区城管局、…): a table's cell, no headline. */
const BodyListRE =
  /^(?:[\p{Script=Han}]{2,20}?(?:局|办|委|处|中心|政府|办事处|街道|镇|乡|公司)(?:[(（][^)）]{1,6}[)）])?、){2,}/u;

/** A line that is a body's name and nothing more (not 我市成立城市管理委员会, news of one). */
const IssuerOnlyRE =
  /^(?![^，,。；;：:\s]*(?:成立|组建|设立|新设|挂牌|召开|举行|开展|揭牌|更名|撤销|合并))(?!我)[^，,。；;：:\s]{2,40}(?:人民政府|委员会|办公室|办公厅|管委会|管理局)$/;

/** A label standing alone on its line, its value elsewhere or nowhere: 社交网站:, 分享到：. */
const LabelOnlyRE = /^[\p{Script=Han}]{2,6}\s*[:：]$/u;

/** A column's name on a page of briefs: 要闻简报, 政务动态. */
const ColumnNameRE = /^[\p{Script=Han}]{0,6}(?:简报|简讯|快讯|要闻|动态|速递)$/u;
/** A paper's issue and page over a column: 1886 期 / 第2版:2. */
const EditionLineRE = /^(?:第?\s*\d+\s*期|第\s*\d+\s*版)[\s/／:：\d第版期]*$/u;
/** The bullet a brief in such a column opens with. */
const BriefMarkRE = new RegExp(`^[${BULLET_MARKS}]\\s*`, "u");

/** A bulletin's period over its text (7月份第2周, 2023年第3期): which issue, not what it says. */
const PeriodLabelRE =
  /^(?:\d{4}\s*年)?(?:\d{1,2}\s*月份?第\s*[\d一二三四五]\s*周|第\s*[\d一二三四五六七八九十]+\s*期)$/u;

/** The kind a document's title ends with: …会议纪要, …的通知. */
const DocumentKindEndRE = /(?:纪要|通知|通报|意见|方案|决定|报告|批复|办法|细则|规定|讲话)$/;
/** How a whole title opens: 关于…, a place (安徽省…, 县政府…), a party body, or with the meeting held. */
const WholeTitleOpeningRE = /^(?:关于|在|中共|国务院|[\p{Script=Han}]{1,8}?[省市县区镇乡旗州])|召开|举行/u;
/** A collection's title on a sample-text site: 安徽省政府会议纪要三篇, …范文, 会议纪要一. */
const CollectionTitleRE =
  /(?:[一二三四五六七八九十两几\d]+篇|范文\d*|精选|汇编|大全)$|(?:纪要|讲话|通知|总结|报告|稿)[一二三四五六七八九十]$/;

/** Scores a headline candidate: long, about a meeting or work, naming a place; never a caption or a bare label. */
function scoreTitle(line: string): number {
  let score = Math.min(line.length, 40) / 40;
  if (CaptionRE.test(line) || LabelOnlyRE.test(line)) score -= 5;
  if (/召开|举行|会议|会报|纪要|纪录|推进会|部署|通报|讲话|检查|聚焦|推进|建设|夯实|实施/.test(line)) score += 2;
  // 主席：丁局长, 纪录：郭某, 时间：…: a meeting record's fields, not its title.
  if (/^(?:主席|主持人?|纪录|记录|出席|列席|时间|地点|日期)\s*[:：]/.test(line)) score -= 4;
  if (/我市|全市|市委|市政府|本市|我区|全区|我县|^\p{Script=Han}{2,3}[市区县](?![委长])/u.test(line)) score += 1;
  if (/^(?:深入学习贯彻|学习贯彻|奋力|高举|坚持以)/.test(line)) score -= 2;
  // (2018年寻甸花山节…圆满举办 opens with its year, no date, count or issue: 2024年第3期 is one.)
  // (…出席并讲话, 市委书记王刚在会上的讲话 are decks; 在…大会上的讲话, opening with 在, is a speech's own title.)
  if (
    /(?:出席|讲话|主持)$|^\d(?!\d{3}\s*年(?:(?!度?第)\p{Script=Han}|\d{1,2}\s*月份))|^(?:已|年底前|会议(?:强调|指出|要求|议定|决定|同意|认为))/u.test(
      line,
    )
  )
    // (刘强书记主持召开…专题会 于海田市长、雷杰主席出席: the headline with its deck on one line.)
    score -= /^(?:——\s*)?在[^，,。]{2,40}上的讲话$/.test(line) || /(?:召开|举行)\S{2,}\s+\S+$/.test(line) ? 0 : 3;
  // A task table's name (创卫工作责任分解及工作进度表) over its cells; a cell listing bodies (工商分局、区城管局、…) is none.
  if (PolicyTitleRE.test(line)) score += 2;
  if (BodyListRE.test(line)) score -= 4;
  // A body's name alone (…城市管理委员会办公室) is the issuer over a notice's title, not a headline.
  if (IssuerOnlyRE.test(line)) score -= 3;
  // A sample-text site's collection (…会议纪要三篇, …纪要一) over the document it holds.
  if (CollectionTitleRE.test(line)) score -= 4;
  return score;
}

/** A kicker that ends on a demand still to be said: 王健参加全省…会议时要求, 市长在调研时强调. */
const KickerRE = /^[^。，,；;！？!?]{4,30}?(?:时|上|中)(?:要求|强调|指出|提出|表示)$/;

/** Splits "标题 副题，…" when a source put headline and deck on one line. */
function splitHeadlineLine(line: string): string[] {
  const simple = simplifyChars(line);
  const space = line.indexOf(" ");
  if (line.length <= 40 || space < 8) return [line];
  const head = simple.slice(0, space);
  // (关于印发《2023年省、市、区 〈政府工作报告〉…》的通知: a space inside a quoted name splits nothing, nor
  // one inside brackets, (中央社讯息服务20230901 16:17:54)因应…, or quotes, “奋战六十天 决胜三连冠”)
  // (攸县新闻网讯【记者 文亚春】今天…: nor one inside a byline's brackets.)
  const openQuote = (head.match(/[《〈(（“「【]/g) ?? []).length > (head.match(/[》〉)）”」】]/g) ?? []).length;
  // (28日上午,…常务会议,审定 《…》修订意见…。: a sentence under way, a stray space inside it.)
  const sentenceGoesOn = /[，,]/.test(head) && /[。！？!?]$/.test(simple.trim());
  // (东北网虎林7月6日讯 7月3日上午,…: a dateline before the lead, no headline.)
  const dateline = /(?:[讯訊电電]|消息)$/.test(head);
  return isHeadingLike(head) && !openQuote && !sentenceGoesOn && !dateline
    ? [line.slice(0, space), line.slice(space + 1)]
    : [line];
}

/** The longest title a headline-less item gets from its first sentence. */
const DERIVED_TITLE_MAX = 60;

/** A clause that opens on why (为进一步做好…工作，), not on what happened. */
const PurposeClauseRE = /^(?:为了?|按照|根据|依据|围绕)/;
/** Clauses that open a lead on when and why, not what: 在中秋来临之际, 为严厉打击…,(9月25日), 9月24日上午, 近日. */
const LeadingOccasionRE =
  /^(?:(?:在[^，,。]{2,20}(?:之际|期间|前夕)|为了?[^。]{2,80}?(?=[，,](?:\d{4}年)?\d{1,2}月\d{1,2}日)|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?|近日|日前|近期)[，,]\s*)+/u;
/** A purpose's further aims, each opening on how or why rather than on who: 深入开展…, 尽快推动…, 为压实…. */
const PurposeRunRE =
  /^(?:为了?|深入|全面|持续|进一步|切实|不断|大力|着力|加快|积极|扎实|努力|全力|尽快|认真|广泛|推动|提升|改善)/;
/** What a news lead reports as its event: a meeting held, a visit, an inspection. */
const EventVerbRE = /召开|召集|举行|主持|调研|视察|考察|督查|检查|暗访|走访|开幕|开班|启动|部署|开展/;

/**
 * The clause of a lead that tells its event, with the clauses before it (区委副书记洪流一行赴…街道调研,
 * 街道党工委书记…陪同 → the first; 为进一步…工作,房山区西潞街道召开…推进会 → the second, the purpose
 * dropped); undefined when none of the first three (five after a purpose, which may run on) tells one.
 */
function eventClause(sentence: string): string | undefined {
  // Each clause with where it ends; a comma inside brackets or quotes ends none.
  const clauses = [...sentence.matchAll(/(?:[（(“「《][^)）”」》]*[)）”」》]|[^，,（(“「《])+/gu)].map((match) => ({
    text: simplifyChars(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
  // A purpose may run over several clauses (为巩固…成果,全面提升…程度,…): it ends where the event is told.
  const purposeFirst = PurposeClauseRE.test(clauses[0]?.text ?? "");
  // After a purpose, its aims run on (深入开展…, 尽快推动…) until a body acts; 进行 tells the event only where
  // nothing else does (…,市创城办对实地点位进行“…”).
  const window = purposeFirst
    ? clauses.slice(1, 5).filter((candidate) => !PurposeRunRE.test(candidate.text))
    : clauses.slice(0, 3);
  const clause =
    window.find((candidate) => EventVerbRE.test(candidate.text)) ??
    (purposeFirst ? window.find((candidate) => /进行/.test(candidate.text)) : undefined);
  if (!clause) return undefined;
  const title = sentence.slice(purposeFirst ? clause.start : 0, clause.end);
  return title.length >= 8 && title.length <= DERIVED_TITLE_MAX ? title : undefined;
}

/** A speech's title run into its salutation: …会议上的讲话同志们：. */
const SpeechIntoSalutationRE = /^(\S{6,160}?(?:讲话|发言|致辞))(?:同志们|各位(?:领导|代表|同志|委员))[:：，,]/u;

/**
 * A title for an item that has no headline (one of several dated items on a page): its first
 * sentence, cut at a comma when long. The line stays in the body.
 */
function titleFromLead(lead: string): string {
  // …全体会议上讲话…全体会议上的讲话同志们：: a speech whose page lost its line breaks, its title (printed
  // twice at times) run into its salutation; the last full title is the speech's.
  const speech = SpeechIntoSalutationRE.exec(lead)?.[1];
  if (speech) return speech.split(/(?<=[上的](?:讲话|发言|致辞))(?=[^，,。]{0,8}在)/u).at(-1) ?? speech;
  // 为切实巩固…成果,…达到…的目的。区文明办…组织…督查: a purpose given a sentence of its own; the news is the next.
  const purposeOnly = PurposeSentenceRE.exec(lead)?.[0];
  const news = purposeOnly && lead.length > purposeOnly.length + 8 ? lead.slice(purposeOnly.length) : lead;
  const sentence =
    // (A ? between digits or characters, 8?7日 or 政府?4次, stands for a character the page's encoding lost.)
    (/^(?:[^。！？!?]|(?<=[\p{Script=Han}\d])\?(?=[\p{Script=Han}\d]))+/u.exec(news)?.[0] ?? news)
      // (◆9月23日，…: the bullet of a column of briefs.)
      .replace(BriefMarkRE, "")
      .replace(LeadFrameRE, "")
      .replace(LeadingOccasionRE, "")
      .replace(/^[，,、\s]+/, "")
      // …常务会议,会议研究了以下事项: the clause that opens the list is no part of the news.
      .replace(/[，,][^，,]{2,16}[:：]$/u, "") || news;
  const event = eventClause(sentence);
  if (event) return event;
  if (sentence.length <= DERIVED_TITLE_MAX) return sentence;
  const head = sentence.slice(0, DERIVED_TITLE_MAX);
  const cut = Math.max(head.lastIndexOf("，"), head.lastIndexOf(","));
  return cut > 10 ? sentence.slice(0, cut) : head;
}

/**
 * What frames a lead before its news, and is no title: the paper's 本报讯, a byline in brackets,
 * the day (本报讯（记者 马某 通讯员 潘某）8月31日，…; 红网时刻张家界2月26日讯; 中评社香港9月19日电/; 今日竹山网消息 3月19日，…; 据虹口区新闻报道:; 11月7日下午，…;
 * 通讯员荣锐 2月4日下午，…; 今天(2 月1日)上午,…; 近日，…; 6月22日晚6时许，…; 28日上午,…; 【记者洪佳宝/台南】…; 国际在线海南消息:8月8日,…).
 */
const LeadFrameRE =
  /^\s*(?:[\p{Script=Han}\d]{0,16}(?:[讯訊](?![员員])\s*|(?<=\d{1,2}日)[电電](?=\s|[/／(（【])\s*[/／]?\s*|[网網]消息\s*[:：]?\s*|消息\s*[:：]\s*))?(?:(?:本报记者|记者|通讯员|通訊員|記者)\s*[\p{Script=Han}]{2,4}(?:[ 、][\p{Script=Han}]{2,4})*\s+)?(?:据?[\p{Script=Han}\d 、]{2,16}报道\s*[:：]\s*)?(?:[(（【][^)）】]{0,40}[)）】]\s*)?(?:(?:(?:今天|今日|昨天|昨日)?[(（]?(?:\d{4}年)?\d{1,2}\s*月)?(?:\d{1,2}[日号](?:[，,]\s*星期[一二三四五六日天])?[)）]?|近日|日前|近期|今天|今日|昨天|昨日)(?:上午|下午|晚上?)?(?:\d{1,2}[时点](?:\d{1,2}分)?许?)?\s*[,，]\s*)?/u;

/** How many opening lines may hold an issuing notice's own text before its attachment. */
const NOTICE_LINES = 12;

/**
 * The signature: an organisation over a date at the very end (通报, 检查) or over the attachment that
 * follows it, or, in a notice issuing the document that follows it (关于印发《…》的通知), the notice's own,
 * with a （此件公开发布） line after it. signerIndex is -1 when there is none.
 */
function signatureOf(simple: readonly string[]): { signerIndex: number; signatureEnd: number } {
  if (isSignatureAt(simple, simple.length - 2))
    return { signerIndex: simple.length - 2, signatureEnd: simple.length - 1 };
  // …督查室 / 2023年10月12日 / 附件：…: a signature its attachment follows.
  const attached = simple.findIndex(
    (line, index) => AttachmentLineRE.test(line) && index >= 2 && isSignatureAt(simple, index - 2),
  );
  if (attached > 0) return { signerIndex: attached - 2, signatureEnd: attached - 1 };
  const opening = simple.slice(0, NOTICE_LINES);
  if (opening.some((line) => IssuingNoticeRE.test(line))) {
    const signer = simple.findIndex((_, index) => index > 0 && isSignatureAt(simple, index));
    if (signer > 0) {
      const disclosed = DisclosureLineRE.test(simple[signer + 2] ?? "");
      return { signerIndex: signer, signatureEnd: signer + (disclosed ? 2 : 1) };
    }
  }
  return { signerIndex: -1, signatureEnd: -1 };
}

/**
 * A line a page lists under an article as a link to another: a headline's run of characters, no field,
 * no sentence end, no spaced-out table cells or long numbers (a contact's phone, a 抄送 line).
 */
const ListedHeadlineRE = /^(?!抄送|主送|印发|联系)(?=(?:[^\p{Script=Han}]*\p{Script=Han}){8})[^。；;:：\s]{8,45}$/u;

/** A line a page lists under a signed document as a link to another article, not an attachment's or a field's. */
const isListedLink = (line: string): boolean =>
  ListedHeadlineRE.test(line) &&
  !/\d{7}/.test(line) &&
  !AttachmentLineRE.test(line) &&
  !DisclosureLineRE.test(line) &&
  !ItemNumberRE.test(line);

/**
 * A signed document (…办公室 / 2018年7月31日) ends at its signature; short lines after it, two or more,
 * none an attachment or a numbered item, are the page's links to other articles (沙刚油画作品在市图书馆
 * 展出 / 孟津县工商质监局召开…), no part of it. Read from the end, only as far as such lines go: an article
 * that ends in a sentence is left at its last line.
 */
function withoutListedHeadlines(lines: string[]): string[] {
  // Simplified only where read (isSignatureAt reads the two lines at the signer).
  const simple: string[] = [];
  const simpleAt = (index: number): string => (simple[index] ??= simplifyChars(lines[index] ?? ""));
  for (let link = lines.length - 1; link >= 3; link -= 1) {
    if (!isListedLink(simpleAt(link))) return lines;
    const signer = link - 2;
    if (signer > lines.length - 4) continue;
    simpleAt(signer);
    simpleAt(signer + 1);
    if (isSignatureAt(simple, signer)) return lines.slice(0, signer + 2);
  }
  return lines;
}

/**
 * How deep a page's headline (the line over its date) may stand under furniture that holds no
 * sentence (a site's name, its weather box, search field and menu lines) and still head the article.
 */
const PAGE_HEADLINE_DEPTH = 20;

/** Enough to outweigh the keywords of a deck (主持…会议) but not a record field's penalty. */
const PAGE_HEADLINE_BONUS = 3;

/**
 * Lays out an article's lines (blank lines dropped): title block, body, lead, signature. A record's
 * title field (`knownTitle`), when the article opens with it, is the title as stored, whatever its
 * punctuation (…會議！).
 */
export function articleLayout(
  articleLines: readonly string[],
  knownTitle?: string,
  pageHeadline?: string,
): ArticleLayout {
  const notes: string[] = [];
  const rawLines = withoutListedHeadlines(articleLines.filter((line) => line !== ""));
  const lines = [...splitHeadlineLine(rawLines[0] ?? ""), ...rawLines.slice(1)];
  const simple = lines.map(simplifyChars);
  if (knownTitle && sameTitle(rawLines[0] ?? "", knownTitle)) {
    const rawSimple = rawLines.map(simplifyChars);
    const bodyIndexes = rawLines.map((_, index) => index).slice(1);
    return {
      lines: rawLines,
      simple: rawSimple,
      title: knownTitle.trim(),
      titleBlockLength: 1,
      bodyIndexes,
      leadIndex: bodyIndexes[0] ?? 0,
      ...signatureOf(rawSimple),
      placeHeaded: false,
      notes,
    };
  }

  // 社交网站: over the headline: a label with nothing after it, the page's, in the block but no title.
  // (各科室： addresses a notice; 涧西区： heads an experience piece.)
  // 要闻简报 over ◆-briefs: a column's name, not its first item's headline.
  const pageLabel = (line: string, next: string): boolean =>
    (LabelOnlyRE.test(line) && !PlaceHeadingRE.test(line) && !/^各/.test(line)) ||
    PeriodLabelRE.test(line) ||
    ((ColumnNameRE.test(line) || EditionLineRE.test(line)) && (BriefMarkRE.test(next) || ColumnNameRE.test(next)));
  let labels = 0;
  while (labels < lines.length && pageLabel(simple[labels] ?? "", simple[labels + 1] ?? "")) labels += 1;
  let blockEnd = labels + (PlaceHeadingRE.test(simple[labels] ?? "") ? 1 : 0);
  while (blockEnd < lines.length && isHeadingLike(simple[blockEnd] ?? "") && !DatelineRE.test(simple[blockEnd] ?? ""))
    blockEnd += 1;
  // 秋冬大气污染治理这么干! over a paragraph: a headline that exclaims or asks, no sentence of its own.
  const exclaimed = simple[labels] ?? "";
  if (
    blockEnd === labels &&
    exclaimed.length <= 30 &&
    /^[^。，,；;：:！？!?]{6,}[！？!?]+$/.test(exclaimed) &&
    (simple[labels + 1]?.length ?? 0) > 2 * exclaimed.length
  )
    blockEnd = labels + 1;

  // A long headline (…关于印发《…》的通知) is no heading-like line, but the page printed it over its date.
  const headlineIndex = pageHeadline ? lines.findIndex((line) => sameTitle(line, pageHeadline)) : -1;
  if (
    headlineIndex >= blockEnd &&
    headlineIndex < PAGE_HEADLINE_DEPTH &&
    !simple.slice(0, headlineIndex).some((line) => HasSentenceRE.test(line))
  )
    blockEnd = headlineIndex + 1;

  const { signerIndex, signatureEnd } = signatureOf(simple);

  // An article that opens with a sentence, or with its addressees (各村、镇直相关单位：), has no
  // headline: the first sentence gives one and stays in the body.
  const first = simple[labels] ?? "";
  if (blockEnd === labels && (/[。！？!?]/.test(first) || isAddresseeLine(first))) {
    // A notice without its headline, issuing the document after its signature: that document's title.
    const issuedTitle = signerIndex > 0 ? simple[signatureEnd + 1] : undefined;
    const issued = issuedTitle !== undefined && PolicyTitleRE.test(issuedTitle);
    notes.push(issued ? "原文无标题，标题取自所印发文件的标题" : "原文无标题，标题取自首句");
    const bodyIndexes = lines.map((_, index) => index);
    // 会议现场。 under a photo is its caption, not the first sentence; …主持召开…常务会议,会议研究了以下
    // 事项: is one, though a colon ends it.
    const firstSentence = simple.findIndex(
      (line) =>
        (/[。！？!?]/.test(line) || (/[，,][^，,]{2,16}[:：]$/.test(line) && /召开|举行|主持/.test(line))) &&
        !CaptionRE.test(line.replace(/[。！？!?]$/, "")),
    );
    return {
      lines,
      simple,
      title: issued ? (lines[signatureEnd + 1] ?? "") : titleFromLead(lines[Math.max(firstSentence, 0)] ?? ""),
      titleBlockLength: 0,
      bodyIndexes,
      leadIndex: labels,
      signerIndex,
      signatureEnd,
      placeHeaded: false,
      notes,
    };
  }
  // A page that is a task table from its header row on (序号 / 工作任务 / 负责部门) has no headline: its
  // first task names it, and stays in the table.
  const tableTask = openingTableTask(simple.slice(labels));
  if (tableTask >= 0) {
    notes.push("原文无标题，标题取自表格的首项任务");
    return {
      lines,
      simple,
      title: cleanTitle(lines[labels + tableTask] ?? ""),
      titleBlockLength: 0,
      bodyIndexes: lines.map((_, index) => index),
      leadIndex: labels,
      signerIndex,
      signatureEnd,
      placeHeaded: false,
      notes,
    };
  }
  const titleBlockLength = Math.max(blockEnd, 1);
  const titleBlockSimple = simple.slice(0, titleBlockLength);
  let titleIndex = 0;
  // The line a page prints right above its date is its headline, whatever the decks below it say.
  const score = (index: number): number =>
    scoreTitle(titleBlockSimple[index] ?? "") +
    (pageHeadline && sameTitle(lines[index] ?? "", pageHeadline) ? PAGE_HEADLINE_BONUS : 0) +
    (PostedAtRE.test(simple[index + 1] ?? "") ? PAGE_HEADLINE_BONUS : 0);
  titleBlockSimple.forEach((_, index) => {
    if (score(index) > score(titleIndex)) titleIndex = index;
  });
  // A Markdown heading's marker (## 创建省示范文明城市) is markup, not part of the title.
  let title = cleanTitle(lines[titleIndex] ?? "");
  // An experience piece: 涧西区： over its headline makes one title, and both lines leave the body.
  const placeHeaded = PlaceHeadingRE.test(titleBlockSimple[0] ?? "") && titleBlockLength > 1;
  if (placeHeaded) {
    titleIndex = 1;
    title = `${(lines[0] ?? "").replace(/\s*[:：]$/, "")}：${lines[1] ?? ""}`;
  }
  // 王健参加…会议时要求 / 保环境整洁 显区域特色: a kicker telling who demanded what, over the demand it
  // leaves unsaid, is one headline with it.
  const kickerIndex = [titleIndex - 1, titleIndex].find(
    (index) =>
      index >= 0 &&
      index + 1 < titleBlockLength &&
      KickerRE.test(titleBlockSimple[index] ?? "") &&
      !/[。，,；;！？!?]/.test(titleBlockSimple[index + 1] ?? ""),
  );
  if (!placeHeaded && kickerIndex !== undefined) {
    titleIndex = kickerIndex + 1;
    title = `${cleanTitle(lines[kickerIndex] ?? "")} ${cleanTitle(lines[titleIndex] ?? "")}`;
  }
  // 关于对…检查情况的 / 整改通知: a document's title broken after 的 ends on the next line.
  const titleEnd = lines[titleIndex + 1]?.trim() ?? "";
  const brokenTitle =
    /的$/.test(title) && /^[\p{Script=Han}]{2,10}(?:通知|通报|意见|决定|方案|办法|报告)$/u.test(titleEnd);
  if (brokenTitle) title += titleEnd;
  // 落实安徽省人民政府与海航集团 / 合作备忘录协调会议纪要: a document's title wrapped over two lines, its kind
  // on the second, which opens as no title does (not 关于…, a place) and tells of no meeting held.
  const titleHead = titleIndex > 0 && !placeHeaded && kickerIndex === undefined ? titleIndex - 1 : -1;
  const headSimple = titleBlockSimple[titleHead] ?? "";
  const wrappedTitle =
    titleHead >= 0 &&
    !brokenTitle &&
    DocumentKindEndRE.test(title) &&
    !WholeTitleOpeningRE.test(simplifyChars(title)) &&
    /^[\p{Script=Han}“”《》〈〉]{6,30}$/u.test(headSimple) &&
    // (The head breaks off mid-phrase: it governs what follows or joins two parties. 洛阳市人民政府门户网站
    // or a kicker, 未雨绸缪筑牢安全防线, over a whole title is none.)
    (/^(?:落实|贯彻|关于|推进|加快|做好|研究|印发|转发|执行|实施)/.test(headSimple) || /[与和及暨]/.test(headSimple)) &&
    !/网站?$|专栏|频道|首页|门户/.test(headSimple) &&
    !DocumentKindEndRE.test(headSimple) &&
    !CollectionTitleRE.test(headSimple);
  if (wrappedTitle) title = `${cleanTitle(lines[titleHead] ?? "")}${title}`;
  const bodyStart = placeHeaded ? 2 : 0;
  const bodyIndexes = lines
    .map((_, index) => index)
    .filter(
      (index) =>
        index >= bodyStart &&
        index !== titleIndex &&
        !(brokenTitle && index === titleIndex + 1) &&
        !(wrappedTitle && index === titleHead) &&
        // (A page may print its headline twice, one copy right under the other.)
        !(index === titleIndex + 1 && simple[index] === simple[titleIndex]),
    );
  // The lead is the first sentence after the title block: an edition's date line or a 上一篇 link is none.
  const leadIndex =
    bodyIndexes.find((index) => index >= titleBlockLength && HasSentenceRE.test(simple[index] ?? "")) ??
    bodyIndexes.find((index) => index >= titleBlockLength) ??
    bodyIndexes[0] ??
    0;
  if (!title) notes.push("未找到标题");
  return {
    lines,
    simple,
    title,
    titleBlockLength,
    bodyIndexes,
    leadIndex,
    signerIndex,
    signatureEnd,
    placeHeaded,
    notes,
  };
}
