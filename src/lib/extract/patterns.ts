/**
 * Shapes of lines that recur in Chinese government reports, shared by the splitter and the
 * extractors. Tested on simplified text; callers simplify traditional text first.
 */

/** Sentence-final punctuation, either width. */
export const SentenceEndRE = /[。！？!?；;]$/;
/** A line that reads as a sentence (holds a full stop somewhere). */
export const HasSentenceRE = /[。！？!?]|\p{Script=Han}\.(?![\d\p{L}])/u;
/** A closing byline: 洛报融媒记者 孙小蕊, (记者李凤霞), (洛报融媒·洛阳网记者 李东慧 郭旭光). */
export const ClosingBylineRE =
  /^[(（]?[\p{Script=Han}·]{0,12}?(?:记者|通讯员|撰稿|供稿)\s*[\p{Script=Han}·]{2,4}(?:[\s、,，]+(?:(?:记者|通讯员)\s*)?[\p{Script=Han}·]{2,4})*[)）]?$/u;
/**
 * A byline at the end of a paragraph: …作了典型发言。(记者李凤霞), …不冒一处烟。(杨依明 记者 罗彦坤): names only after
 * 记者 (not a note about them: （记者站设在…）, （通讯员名单另行通知）, （记者证申领除外）).
 */
export const TrailingBylineRE =
  /[(（]\s*(?:[\p{Script=Han}·]{2,4}\s+)?[\p{Script=Han}·]{0,12}?(?:记者|通讯员)(?!节|站|证|名单|培训|招聘)\s*[\p{Script=Han}·]{2,4}(?:[\s、]+(?:(?:记者|通讯员)\s*)?[\p{Script=Han}·]{2,4})*\s*[)）]\s*$/u;
/** A dateline: 本报讯(记者 …), 新华社北京9月1日电 or a news site's 新华网澳门12月20日电. */
export const DatelineRE =
  /^(?:本报讯|本报(?!新闻$|要闻$)|本台讯|本网讯|讯|[\p{Script=Han}]{2,6}[社网][\p{Script=Han}]{0,6}\d{1,2}月\d{1,2}日电)/u;
/**
 * A story's filing line before its first words, with its reporters in brackets: 红网时刻桑植4月24日讯(记者 张思 钟烨),
 * 本网泽当7月29日电(记者 刘枫); not a day before a word of 电 (3月1日电视电话会议, 6月30日电力负荷).
 */
export const FilingLineRE =
  /^[^。；;，,]{0,30}?\d{1,2}日(?:讯|电(?=[\s(（【/／]))\s*(?:[(（【](?:本报|见习)?(?:记者|通讯员)[^)）】]{0,30}[)）】]\s*)?/u;
/** A notice's addressees on their own line: 各村、镇直相关单位：, 各镇政府(街道办事处)、…单位:. */
export const isAddresseeLine = (line: string): boolean => /[:：]$/.test(line) && /[、，,]|^各/.test(line);
/** The line that opens a document's attachment after its signature: 附件：, 附件1, 附件：存在问题. */
export const AttachmentLineRE = /^\s*附件/;
/** A signature date standing alone: 2024年9月19日. */
export const SignatureDateRE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
/**
 * A signing organisation: 汝阳县人民政府, 中共洛阳市委农村工作领导小组办公室, and a joint conference's
 * office signing with its seal's note (江西省城乡环境综合整治和生活垃圾分类工作部门联席会议办公室(代章)).
 */
export const OrganisationLineRE =
  /^(?:中共)?[\p{Script=Han}]{2,32}(?:人民政府|政府|委员会|办公室|办公厅|领导小组|指挥部|局|委|厅|办|室|部|中心|街道办事处|党委|党工委|管委会)(?:[(（](?:代章|印章|盖章)[)）])?$/u;
/** A signature at `index`: an organisation's line over a date's (汝阳县人民政府 / 2024年9月19日). */
export const isSignatureAt = (lines: readonly string[], index: number): boolean =>
  OrganisationLineRE.test(lines[index] ?? "") && SignatureDateRE.test(lines[index + 1] ?? "");
/** A heading that names a document kind: 检查, 秸秆焚烧情况通报, 关于…的通报. */
export const DocKindHeadingRE =
  /^(?:检查|检讨书|深刻检查|[\p{Script=Han}\d“”"、《》]{0,40}(?:情况通报|的通报|通报)|关于[\p{Script=Han}\d“”"、《》]{2,50}的(?:通报|决定|通知|意见))$/u;
/** Bullets that open a list item or a news brief (◆各乡镇要…, ★9月23日，…); not ○, which also writes zero (二○二四). */
export const BULLET_MARKS = "◆◇●■□▲△★☆•";
/** A sample-text site's mark on the next document it holds: 镇长办公会会议纪要 [篇2], 【篇二】. */
export const PieceMarkRE = /\s*[\[【(（]篇[一二三四五六七八九十\d]{1,2}[\]】)）]$/u;
/** A place or unit with a colon heading an experience piece: 涧西区： */
export const PlaceHeadingRE = /^[\p{Script=Han}]{2,12}(?:区|县|市|镇|乡|街道|局|委|办|中心|公司)\s*[:：]$/u;
/** An outline heading: 一、… (level 2) or (一)… (level 3). */
export const OutlineH2RE = /^[一二三四五六七八九十]+、/;
export const OutlineH3RE = /^[(（][一二三四五六七八九十]+[)）]/;
/**
 * A line short enough and unpunctuated enough to be a title or heading. Titles may hold a comma
 * (推进“三城”建设，宿迁湖滨区夯实文明城市基础); headings inside a body may not.
 */
export function isHeadingLike(line: string, { inBody = false } = {}): boolean {
  if (line.length === 0 || line.length > 45 || SentenceEndRE.test(line) || /[,，、:：]$/.test(line)) return false;
  if (HasSentenceRE.test(line)) return false;
  return !inBody || !/[,，；;]/.test(line) || OutlineH3RE.test(line);
}

/** A task that ends with the points it is worth: …执法检查（60分）, …建设(10分)。 */
export const ScoredItemRE = /[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）][。；;]?$/;

/** A line that opens a numbered item (1. 一、 一是 一要 （一）): a paragraph of its own, never a heading's tail. */
export const ItemNumberRE =
  /^(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]+[、是要]|[(（][一二三四五六七八九十\d]+[)）])/;

/**
 * A document by its own name that orders rather than reports: a dispatch by its number (第3/2000号行政法务司
 * 司长批示, 第12/2001号行政命令) or a government's standing rules (镇巴县人民政府工作规则); not a headline that
 * tells of one (县政府召开常务会议学习新修订的…工作规则, 审议通过…工作规则).
 */
export const DispatchTitleRE =
  /^(?:第[\d/／]+号[\p{Script=Han}]{2,30}(?:批示|命令)|(?:(?!通过|表决|审议|批准|召开|讨论|研究|学习|传达|印发|修订)\p{Script=Han}){2,30}(?:工作|议事)规则)$/u;
/** A policy document by its own name (…考核细则, …实施意见, …责任分解, 印发…方案的通知): its items are tasks. A headline may end in 措施 (南市落實各項因應措施): not here. */
export const PolicyTitleRE =
  /(?:细则|方案|意见|办法|规定|规划|计划|要点|清单|标准|责任分解|任务分解|任务分工|责任分工|(?:分解|分工|进度|责任|任务)表)》?(?:的通知)?$/;
/**
 * An official document's own name: its issuer (国务院, 中共永吉县委 永吉县人民政府), then 关于…的通知 (or
 * 函, 决定, 批复, 通告); not a headline that reports one (县人大常委会表决通过关于…的决定).
 */
export const NoticeTitleRE =
  /^(?:(?!通过|表决|审议|批准|作出|召开|讨论|研究|学习|传达|出台|印发)[^，,。]){0,40}?关于[^，,。]{2,}的(?:紧急)?(?:通知|函|决定|批复|通告)$/u;
/** A public announcement by its own name (停水公告, 某某县人民政府通告（第3号）): signed and dated below its text. */
export const AnnouncementTitleRE = /^[^，,。！？]{0,30}?(?:公告|通告)(?:[（(]第?[\d一二三四五六七八九十]+号[)）])?$/u;
/** A notice issuing or forwarding a document (关于印发《…方案》的通知), which follows it on the page. */
export const IssuingNoticeRE =
  /(?:印发|转发|下发|颁发)[^。；;]{0,80}的通知|现将[^。；;《]{0,12}《[^》]{2,80}》(?:印发|转发|下发)|《[^》]{2,80}》[^。；;]{0,12}现(?:予以?|将其)?(?:印发|转发|下发)|现(?:予以?|将其)?(?:印发|转发|下发)给你们/;
/** A line a government's public notice adds after its signature: （此件公开发布）. */
export const DisclosureLineRE = /^[(（]此件[^)）]{2,10}[)）]$/;

/**
 * What 会同 follows where it is the verb "together with" (要会同县督查落实办, 县妇联会同县民政局), not the
 * county 会同县: a modal, or the last character of a body's name.
 */
export const TOGETHER_WITH_MODALS = "要|将|并|须|应|需|可|由|负责|牵头|主动|积极";
export const BODY_NAME_ENDS = "室局办委部府门位所队组联会心司院站社厅处署";
/** What a circular does to the bodies it names (给予黄牌警告, 予以通报批评, 被问责): they must mend what it found. */
export const SANCTION = "(?:通报批评|[红黄]牌警告|警告|问责)";
/** The office of a body's head, who speaks or takes work for it (…中心主任陈卫年表态, 由…处主任谭良同志负责). */
export const BODY_HEAD = "(?:党组书记|书记|主任|局长|处长|站长|所长|队长|部长|[镇乡县区市]长|总?经理)";
/** How a department's name ends (区住建局, 市不动产登记中心, 固县林场): one that may convene its own meeting. */
export const DEPARTMENT_ENDS = "局|厅|处|署|办公室|中心|公司|集团|林场|院|站|所";

/** A joint mechanism's members as a task table labels them: 组成单位, 成员单位 (not a government's 组成部门). */
export const MEMBER_KIND = "(?:组成|成员)单位";
/** The part a body plays in a task, as task tables label it: 责任单位, 牵头单位, 协同责任单位, 主责部门; its members. */
export const CARRIER_KIND = `(?:(?:(?:牵头|配合|协同|协助|协办|主办|参与|主责)(?:责任)?|责任)(?:单位|部门)|${MEMBER_KIND})`;
/**
 * The carrier written as a field after an item's stop, ending on a whole body (…未及时清运。责任单位：东城街道办事处、
 * 区城管局), not on a name the line broke (…责任单位：县住建局、县水).
 */
export const CarrierFieldEndRE =
  /(?<=^|[。；;])\s*(?:责任|牵头)(?:单位|部门)\s*[:：][^（()）。；;:：]*(?:局|委|办|处|室|所|站|队|中心|公司|政府|街道|办事处|镇|乡|部门|单位|管委会)$/;
/**
 * A line that only says who carries the task above it: 责任单位：…, （牵头单位：…；配合单位：…）,
 * 协同责任单位：…, 牵头负责领导：…, 问题整改责任单位：… (and 责任单位;…, the semicolon a typist hit for the colon).
 */
export const CarrierLineRE = new RegExp(
  `^[(（]?(?:问题)?(?:整改)?(?:${CARRIER_KIND}|(?:牵头)?(?:负责|责任|分管)领导)\\s*[:：;；]`,
);
/**
 * A line that only says when the task above it is due: 完成时限：2021年12月31日, 时间节点：6月底前. A bare
 * 时间： or 日期： is a meeting record's own date, not a deadline. A table's time-limit cell (2008年5月1日前,
 * 2008年4月初之前) on its own line says it too.
 */
export const DeadlineLineRE =
  /^[(（]?(?:(?:完成|办结|整改|截止|截至)(?:时限|时间|期限|日期)|时限|期限|时间节点)(?:节点|要求)?\s*[:：]|^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日?|底|末|初|上旬|中旬|下旬)?\s*(?:之|以)?前(?:完成)?[。.]?$/;

/** Compares a title field with a cleaned line: white space folded (cleaning turns U+00A0 into a space). */
export const sameTitle = (a: string, b: string): boolean => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");
/** A table's row saved on one line with its cell bars: | 灵 昆 镇 | 79.19 | 1 |. */
export const BarredRowRE = /^[|｜].*[|｜]$/u;

/**
 * What a body's 會 is followed by where the government Chinese of Hong Kong, Macau and Taiwan writes the future with
 * it (保安局會一如以往…, 食環署會與有關部門緊密聯繫, 房屋署會於第二季開始…, 環保署會在今年內…, 民政處會按需要…,
 * 屋宇署會催促…, 會陸續發出警告信; 市府都會給予全力支持, 市府也會承擔起…): a verb of work, a partner or a time;
 * not 会议, 会同, 会见, nor 与会.
 */
export const BODY_FUTURE_WORK =
  "(?:(?:全力|严格|尽快|积极|继续|持续|主动|密切|紧密|定期|适时|因应|加派|增派|派员|安排|加强|巡查|检查|跟进|协助|处理|清理|采取|推出|提供|展开|研究|检讨|监察|监测|通知|核实|联同|催促|督促|陆续(?!接到|收到|感受|出现|到来|增加|减少)|与(?!会)|推展|推行|推广|实施|给予|承担|于(?:本|下|今|明|第|\\d)|于[^。；;，,]{2,30}?(?:进行|展开|开展|安排|加强)|在(?:今年|明年|本年|年内|年底|本月|下月|短期内|未来)(?![^，,。；;]{0,4}?(?:举行|举办|召开|讨论|考虑|审议)))[\\p{Script=Han}\\d]|一如以往|按需要)";

/**
 * A body treating a work as its task (市住建局将棚改作为…重要政治任务, 始终把…作为重点工作来抓): its practice, as an
 * experience piece tells it; not 将把…作为 (将 there is "will": a plan).
 */
export const TREATED_AS_TASK = String.raw`(?:将(?!把)|把)[^，,。；;]{2,40}?作为[^，,。；;]{0,30}?(?:任务|工程|工作|抓手|大事|实事|重点|重中之重)(?:来抓)?(?=[，,。；;])`;

/** A body's written answer following: 现作如下回复, 现将有关情况答复如下, 现回复如下 (not 情况说明如下, a statement of the facts). */
export const REPLY_FOLLOWS = String.raw`现(?:作如下(?:回复|答复)|将[^。]{0,16}?(?:回复|答复)如下|(?:回复|答复)如下)`;

/** A sentence that only says why (为…,达到…的目的。), told before the news or the order it explains. */
export const PurposeSentenceRE = /^为了?[^。！？!?]{4,200}?(?:的目的|为目标)[。！？!?]/u;

/** A notice sending its document to the addressees: 印发给你们, 转发你们 (给 may go unwritten). */
export const SENT_TO_YOU = "(?:印发|转发|下发)给?你们";
/** A notice sending its document out, to the addressees or to all (现予印发). */
export const SENT_OUT = `${SENT_TO_YOU}|现予印发`;
