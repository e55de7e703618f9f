import { parseDocNumber, type DocNumber } from "./doc-number";
import { removePinyinArtefacts } from "./pinyin";
import { hanCount, simplifyChars } from "./script";

/**
 * Line-level cleaning of a raw report: web-page chrome, paid-preview tails, site outlines and
 * pinyin artefacts go; the article's own lines stay exactly as they were (trimmed). Whatever is
 * removed is returned too, so a reviewer (and `npm run verify`) can see that only junk went.
 */

/** What the page itself says about the article, read from lines that are then dropped. */
export interface PageMeta {
  /** Publisher named in a 来源 line. */
  sourceName?: string;
  /** Date and time from the page's meta line, as written. */
  publishedText?: string;
  /** A document site's upload time (文库: 大小 and 页数 beside it), as written: no publication date. */
  uploadedText?: string;
  /** Editor (责任编辑); never a leader. */
  editor?: string;
  /** Address the page names for itself (原文链接, 本文地址). */
  url?: string;
  /** The site the page was saved from, named only in its furniture (返回潍坊新闻网). */
  siteName?: string;
  /** An official document's number standing alone over it (甘政发〔2022〕9号), simplified. */
  docNumber?: DocNumber;
  /** The account a WeChat article was reposted by (新余云为媒 of 新余云为媒网络整理发布). */
  repostAccount?: string;
  /** The sections a breadcrumb files the page under (走进伊春, 闵行新闻), as written. */
  sections?: string[];
  /** The line right above the page's date line: where a page prints its headline. */
  headline?: string;
  /** The meeting's day from a minutes field (开会日期：…, 会议时间：…), as written. */
  heldText?: string;
  /** A minutes record's roster fields (主席, 出席, 列席), values with their spacing as written. */
  roster?: RosterField[];
}

/** One roster field of a minutes record: its label, simplified, and its value as written. */
export interface RosterField {
  label: "主席" | "出席" | "列席";
  value: string;
}

/** A roster field's label on a line of its own (主席, 出席人员：), its names on the next. */
const RosterLabelRE = /^(主席|出席|列席)(?:人员)?\s*[:：]?$/u;
/** A roster field on one line, its names separated by spaces: 出席：林嘉诚 白秀雄. */
const RosterInlineRE = /^(主席|出席|列席)(?:人员)?\s*[:：]\s*\p{Script=Han}+(?:[\s\u3000]+\p{Script=Han}+)*$/u;
/** A roster's value: Han characters and spaces only (欧晋德 白秀雄, 林 嘉 诚     白 秀 雄). */
const RosterValueRE = /^\p{Script=Han}+(?:\s+\p{Script=Han}+)*$/u;

/**
 * The roster fields of a minutes record, read from the lines as written: the spaces between names
 * (and between the characters of a name) say where one ends, and cleaning collapses them.
 */
function rosterFields(lines: readonly string[]): RosterField[] {
  const fields: RosterField[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").trim();
    const simple = simplifyChars(line);
    // 出席：林嘉誠 白秀雄 陳  菊: label and spaced names on one line (names with 、 read as a list anyway).
    const inline = RosterInlineRE.exec(simple)?.[1];
    if (isRosterLabel(inline)) {
      fields.push({ label: inline, value: rosterSpacing(line.replace(/^\S+?\s*[:：]\s*/u, "")) });
      continue;
    }
    const label = RosterLabelRE.exec(simple)?.[1];
    if (!isRosterLabel(label)) continue;
    let next = index + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next += 1;
    const value = rosterSpacing(lines[next] ?? "").trim();
    if (RosterValueRE.test(value)) fields.push({ label, value });
  }
  return fields;
}

const isRosterLabel = (label: string | undefined): label is RosterField["label"] =>
  label === "主席" || label === "出席" || label === "列席";

/** A roster's spaces as half-width ones: a full-width space pads as two (陳　菊 is 陳  菊). */
const rosterSpacing = (value: string): string => value.replace(/\u3000/g, "  ").replace(/[\u00a0\t]/g, " ");

export interface CleanResult {
  lines: string[];
  removed: string[];
  /** The source is cut short: a paywall tail, 略, or an ellipsis where the text stops. */
  truncated: boolean;
  pinyinArtefacts: number;
  meta: PageMeta;
  /** Places where the text looks garbled beyond repair (for review notes). */
  garbled: string[];
}

/** Labels of links to other pages: 相关阅读, 上一篇. */
const LINK_LABEL = "相关阅读|相关新闻|相关链接|相关文章|延伸阅读|推荐阅读|上一篇|下一篇|上一条|下一条";
/** A bulleted link to another page (- 上一篇:…, · 相关链接：…): the page's end when no sentence follows it. */
const BulletedLinkRE = new RegExp(`^\\s*[-–•·*]\\s*(?:${LINK_LABEL})\\s*(?:[:：][^。]{0,60})?$`);
/** Paid-preview and login tails: everything from such a line on is not the article. */
const PaywallRE =
  /预览已结束|扫码联系|扫码阅读全文|查看全文请|阅读全文请|剩余\s*\d+\s*%\s*未读|付费阅读|开通会员|登录后查看|下载全文请/;
/** Markers after which a web page has only chrome: editors, related links, rankings, paging. */
const EndMarkerRE = new RegExp(
  `^\\s*(?:[[【(（]\\s*)?(?:责任编辑|责编|编辑|审核|校对|来源编辑|值班编辑)\\s*[:：]|^\\s*(?:${LINK_LABEL}|热点推荐|新闻排行|热门排行|点击排行|精彩推荐|精彩图片|猜你喜欢|标签\\s*[:：]|关键词\\s*[:：]|分享到|打印正文|打印本页|关闭窗口|返回顶部|返回上一页|返回.{0,10}首页|版权声明|版权所有|免责声明|[^。，,]{0,12}版权(?:与|和|及)免责声明\\s*$|(?:新闻|热门|相关)推荐\\s*$|推荐新闻\\s*$)`,
);
/**
 * A footer's first line (友情链接, 联系我们, 往期回顾) or a comment box's (请发表评论, 该文章已有0人参与评论):
 * the page ends there only when no full sentence follows it, for a site's top menu or a notice's own
 * heading may read the same.
 */
const FooterMarkerRE =
  /^\s*(?:(?:友情链接|联系我们|昔日新闻|往期回顾|往期新闻)\s*[:：]?|(?:该|該)文章已有\s*\d+\s*人(?:参与|參與)(?:评论|評論)|(?:请|請)?(?:发表|發表)(?:评论|評論)|(?:全部|网友|網友|最新)(?:评论|評論))\s*$/;
/**
 * A site's sponsor line at its foot, its name first: 某区人民政府门户网站 网站主办单位:某区人民政府 (an event's 主办单位, a
 * notice's list of sites inspected, 1.某县教育局网站 网站主办单位:…, are content).
 */
const SiteSponsorRE = /^[^\d\s(（]\S*网站\s+网站(?:主办|主管|承办)单?位?\s*[:：]\s*\S+$/;
/** A day written in full (2023年7月10日, 二〇二三年七月五日), as a signature dates a notice. */
const FullDayRE =
  /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/;
/** A line that is only a day written in full: a signature's date. */
const SignatureDayLineRE = new RegExp(`^\\s*(?:${FullDayRE.source})\\s*$`);
/** A full sentence of the article: twenty Han characters or more, ending with its stop. */
const FullSentenceRE = /(?:\p{Script=Han}[^。！？!?]*){20,}[。！？!?]\s*$/u;
/**
 * A site's disclaimer after the article (特别声明：…转载此文…; 本文为…号作者上传并发布，仅代表该作者观点;
 * [免责声明] 本文来源于网络转载…):
 * prose in form, furniture in fact, and the page's chrome goes on after it.
 */
const DisclaimerRE =
  /^[[【(（]?(?:特别声明|免责声明)\s*[\]】)）:：]|仅代表(?:该|本)?(?:作者|机构)[^。]{0,12}观点|不代表[^。]{0,12}(?:观点|立场)|(?:侵犯|侵害)了?您的[^。]{0,6}权益/;
/**
 * Lines that are site chrome wherever they stand (a document's number alone, 〔2011〕80号 or （2022）第15号, included),
 * dashes around them or not (—分享—); a paper's page label (第01版:要闻, doubled by some sites: 第第01版版:要闻) and its
 * links to the next page or issue (下一版>, < 上一期).
 */
const ChromeLineRE =
  /^(?:[•·]\s*|[—－-]+\s*)?(?:听新闻|朗读|(?:文章|语音)?播报|打印|关闭|收藏|分享|字号|字体|(?:字号|字体)\s*[:：]?\s*(?:(?:放大|还原|缩小|默认|[大中小])\s*)+|设为主页\s*收藏本页|首页|您好[!！]?\s*今天是.{0,20}|[【[]?\s*[大中小]\s*[】\]]?(?:\s*[【[]?\s*[大中小]\s*[】\]]?)*|\d{1,3}|>>+|<<+|[<＜]?\s*(?:上一版|下一版|上一期|下一期)\s*[>＞]?|点击量|浏览次数.*|阅读量.*|扫一扫.*|微信扫一扫.*|手机看新闻.*|打开[\u4e00-\u9fff]{1,6}(?:新闻|客户端|APP|App)\s*(?:查看|阅读|看)[\u4e00-\u9fff]{0,6}|手机版|设为首页|点击收藏|加入收藏|手机扫一扫.*|关注官方(?:公众号|微信)|网站地图.*|跳到主要?[内內]容[区區]?[块塊]?|(?:跳过|跳過|略过|略過)(?:导航|導航|[导導]航[栏欄])|跳[转轉]到主要?[内內]容|按\s*Enter\s*到主[内內]容[区區]?|:{3}|友善列印|回上一[页頁]|服[务務](?:专线|專線|热线|熱線)|寄[给給]朋友.*|政府主[网網][页頁]|今日[\u4e00-\u9fff]{2,4}|第{1,2}[A-Z]?\d{1,3}版{1,2}\s*[:：]\s*(?:[\u4e00-\u9fff]{2,6}|.*(?:上一版|下一版).*)?|[|｜](?:\s*[|｜])*|[\u4e00-\u9fff]{0,8}[〔［\[]\d{4}[〕］\]]\s*\d+\s*号|[（(]\d{4}[)）]\s*第\s*\d+\s*号)(?:\s*[—－-]+)?$/;
/**
 * A forum thread's furniture (Discuz and its kind): counters, floor labels, reply and login prompts, the poster's IP属地,
 * the poster's mood and check-in stamps (TA的每日心情 | 开心 2021-10-13 16:10, 签到天数: 405 天 [LV.9]大名鼎鼎).
 */
const ForumChromeRE =
  /^(?:TA的每日心情.*|签到天数\s*[:：].*|IP属地\s*[:：]\s*[\p{Script=Han}]{2,12}|设为首页\s*收藏本站|查看\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+|打印\s*上一主题\s*下一主题|\[复制链接\]|跳转到指定楼层|楼主|沙发|板凳|地板|回复|使用道具\s*举报|本版积分规则|快速回复\s*返回顶部\s*返回列表|(?:楼主\s*)?发表于\s*\d{4}-\d{1,2}-\d{1,2}.*(?:只看该作者|倒序浏览|阅读模式).*)$/u;
/**
 * A document-sharing site's terms over the preview (下载文档前请自行甄别…, "仅部分预览"的文档…, 如文档侵犯您的
 * 权益…, 《….docx》由会员分享,可在线阅读…, 剩余6页未读), its fields on the file (ID, 页数 and 大小 below) and
 * 资源描述:
 * numbered sentences, yet chrome.
 */
const DocSiteNoticeRE =
  /下载文档前请自行甄别|资源预览文档简介为自动调取|剩余\s*\d+\s*页未读|仅部分预览|不可在线预览部分|如文档侵犯您的权益|人工客服工作时间|^合集下载$|^内容预览\s*[:：]?$|因篇幅问题不能全部显示|查看更多更全内容|由会员(?:上传)?分享[,，]?\s*(?:可|免费)在线阅读|^资源描述\s*[:：]?$|^(?:ID|文档ID|文档编号)\s*[:：]\s*\d{4,}$/i;
/** A page image's name under a preview (…的通知_第1页): on a document site or a government page's attachment. */
const PageImageRE = /^\S{2,60}_第\d{1,3}页$/;
/** A site's own name over its article, with its mobile edition or account (迪恩网络手机版, 某某网公众号). */
const SiteEditionRE = /^[\u4e00-\u9fff]{2,8}(?:网络|网站|网)(?:手机版|公众号)$/;
/** A portal's reaction buttons under its article (Discuz: 鲜花, 握手, 雷人, 路过, 鸡蛋), furniture when most stand there. */
const ReactionButtonRE = /^(?:鲜花|鮮花|握手|雷人|路过|路過|鸡蛋|雞蛋)$/;
/**
 * A page's widgets written as text: a share bar of networks' names run together (FacebookLINEWhatsapp,
 * 微信 微博 QQ空间), a comment counter whose number was an image (条评论, 共有 0 條評論, 暫無評論), an
 * e-paper's page tools (通版阅读请点击:, 展开通版, 当前版:01版, 文章字数:368), a paper's or site's masthead with its
 * Latin name (雲嘉時報 | ChiayiTimes; not a headline's tag, 深化开放合作｜RCEP).
 */
const WidgetLineRE =
  /^(?:(?:Facebook|LINE|Line|WhatsApp|Whatsapp|Twitter|Telegram|Plurk|Email|微信|微博|QQ空间|QQ|複製連結|复制链接)\s*){2,}$|^(?:(?:评论列表\s*)?共有\s*)?\d*\s*[条條][评評][论論]$|^暫無評論$|^暂无评论$|^(?:通版阅读请点击\s*[:：]?|展开通版|收缩通版|当前版\s*[:：]\s*\d{1,3}\s*版|文章字数\s*[:：]\s*\d+)$|^\p{Script=Han}{1,10}(?:报|网|台|社|新闻|传媒|杂志|周刊|之音|电视|广播)\s*[|｜]\s*[A-Za-z][A-Za-z .]{2,30}$/u;
const MIN_REACTION_BUTTONS = 4;
/** A document site's fields on an uploaded file: its size and its page count. */
const DocSizeRE = /^(?:大小|文件大小|文档大小)\s*[:：]\s*[\d.]+\s*[KMG]B$/iu;
const DocPagesRE = /^(?:页数|頁數|文档页数)\s*[:：]\s*\d+\s*页?$/u;
/**
 * A sample-text site's editor on what it compiled (下文是小编就…做出的整理,参考!): furniture, unless the line
 * also gives an order (会议要求，各区要…。小编为大家整理了要点), which stays with it.
 */
const EditorNoteRE =
  /小编(?:为|给|帮)?(?:大家|您)?[^。！!]{0,30}?(?:整理|收集|精选|汇编|搜集)(?![^。！!]{0,6}(?:工作|问题))/;
/** A word that gives an order (要, not 纪要 or 概要; 务必, 必须, 确保, 责成). */
const OrderWordRE = /(?<![纪概重主需只])要(?![求素点])|务必|必须|确保|责成/;
/**
 * A site's notice that the browser is too old (請更新您的瀏覽器; 您使用的瀏覽器版本較舊，…) or lacks a plug-in
 * (此页面上的内容需要较新版本的 Adobe Flash Player。): a sentence, yet chrome.
 */
const BrowserNoticeRE =
  /^(?:(?:请|請)?(?:更新|升级|升級)您的?(?:浏览器|瀏覽器)|您(?:目前)?(?:使用)?的\s*(?:IE\s*)?(?:浏览器|瀏覽器)(?:版本)?(?:过|過|较|較|太)?(?:低|旧|舊)|(?:此|本)[页頁]面上?的[内內]容需要(?:较|較)?新版本的\s*Adobe\s*Flash\s*Player|(?:获取|獲取|取得|下载|下載|安装|安裝)\s*Adobe\s*Flash\s*Player)/;
/** An advert in the page (…英文課(免費試聽):, …快將開售!): a sentence, yet chrome. */
const AdvertRE =
  /免[费費]试[听聽]|免[费費]試[听聽]|免[费費]领取|免[费費]領取|立即[购購]买|立即[购購]買|快[将將]开售|快[将將]開售|限[时時]优惠|限[时時]優惠/;
/** How an advert ends or flags itself, which a headline with the same words does not: (免費試聽):, 快將開售! */
const AdvertFormRE = /[:：!！]\s*$|[!！]\s|[(（][^)）]*(?:试听|試聽)[)）]/;
/**
 * A forum's prompt to sign up or log in (马上注册，结交更多好友…; 您需要 登录 才可以下载或查看，没有账号？…): a
 * sentence, yet chrome.
 */
const ForumPromptRE =
  /^(?:[马馬]上[注註][册冊][，,]\s*[结結]交更多好友|您需要\s*登\s*[录錄]\s*(?:后|後)?\s*才可以\s*(?:下[载載]或查看|查看|回帖|下[载載]))/;
/** A site's help-line prompt (問題諮詢,請撥打以上服務專線。): a sentence, yet chrome. */
const HelpLineNoticeRE = /^(?:问题|問題)(?:咨询|諮詢)[,，]?(?:请|請)(?:拨打|撥打)[^。]{0,12}。?$/;
/** A page's reading-time line (本篇文章524字,读完约1分钟): its comma makes it look like prose. */
const ReadingTimeRE = /^本篇文章\s*\d+\s*字[，,]?\s*(?:读完|阅读)约?\s*\d+\s*分钟$/;
/** A line that is only an HTML tag in a text that is not a page (Markdown's <img src=…>). */
const TagLineRE = /^<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>$/i;
const LegalLineRE =
  /ICP备|ICP证|公网安备|许可证\s*编号|刊号\s*[:：]|(?:本报|广告|订阅|发行)热线\s*[:：]|版权所有|Copyright|©|举报电话|联系电话|广告服务|法律顾问|邮编\s*[:：]?\s*\d{6}|网络服务\s*[:：]|业务咨询|侵权(?:请|敬请)?联系|E-?MAIL\s*[:：]|^(?:本站|本网)由[^。]{0,30}律师提供法律(?:服务|支持)$/i;
/** A site's reprint notice, furniture however long a sentence it makes (凡本网注明…版权均属…，未经授权不得转载). */
const ReprintNoticeRE =
  /版权[^。]{0,20}(?:所有|归|属)[^。]*(?:转载|复制|摘编)|(?:未经|未获)[^。]{0,30}(?:授权|许可|同意)[^。]{0,10}不得(?:转载|复制|摘编|使用)|转载请注明|(?:本网|本站)[^。]{0,40}(?:授权|如需)转载[^。]{0,20}(?:注明来源|注明出处)/;
/**
 * A site's greeting, exclamation and all, before or after its name: 欢迎您访问吉林永吉网站!,
 * 您好,欢迎您来到海南琼海!, 欢迎访问…网; 村网通总站 大佛村 641300.nync.com 欢迎您!, 某区人民政府网站欢迎您的访问! (a greeting
 * naming a place, 江西婺源欢迎您, stays: it says where the site is; a service hall's,
 * 您好，欢迎来到…政务服务中心！, is a notice's own words).
 */
const WelcomeRE =
  /^(?:您好[,，!！\s]*(?=欢迎(?:您)?(?:访问|光临|来到(?![^。，,！!]*(?:中心|大厅|窗口|局|所|馆)))))?欢迎(?:您)?(?:访问|光临|来到)[^。，,]{0,24}[!！。]?$|^[^。，,]{0,40}(?:\.[a-z]{2,}|网|站)\s*欢迎(?:您|你)?[!！。]?$|^[^。，,]{0,40}(?:\.[a-z]{2,}|网|网站)\s*欢迎(?:您|你)?的?(?:访问|光临)[!！。]?$/;
/** A byline on a line of its own: 文/李龙祥(吉安县农业农村局), 撰文｜王强. */
const BylineLineRE =
  /^(?:文|撰文|文字|作者|文图|图文)\s*[/／|｜]\s*[\p{Script=Han}·]{2,5}(?:\s*[(（][^()（）]{2,30}[)）])?$/u;
/**
 * A government site's leave-the-site dialog: 您访问的链接即将离开“…”门户网站 是否继续? / 继续访问 放弃; 您即将离开本站,访问…
 * / 5秒后自动为您跳转。
 */
const LeaveSiteRE =
  /^(?:温馨提示[:：])?您?即将离开本[站网][,，\s]*(?:访问|前往|进入|跳转)|即将离开[^。]{0,40}(?:网站|门户)|^(?:继续访问\s*放弃|放弃\s*继续访问)$|^\d{1,2}\s*秒[钟后]*(?:自动)?(?:为您)?(?:跳转|返回)[^。]{0,20}。?$/;
/**
 * A document-sharing site's help on getting the file: 如果您无法下载资料，请参考说明： / 1、部分资料下载需要金币，请确保您的
 * 账户上有足够的金币 / 2、已购买过的文档，再次下载不重复扣费 / 3、资料包下载后请先用软件解压.
 */
const DownloadHelpRE =
  /^(?:如果|若)?您?(?:无法|不能)下载(?:资料|文档|文件)[^。]{0,12}$|^(?:\d[、.．]\s*)?[^。]{0,30}(?:下载|购买)[^。]{0,30}(?:金币|积分|扣费|解压|下载券|账户)[^。]{0,30}$/;
const BREADCRUMB_LABEL = "您当前的位置|您的位置|当前位置";
const BreadcrumbRE = new RegExp(`(?:${BREADCRUMB_LABEL}|所在位置)\\s*[:：]|^\\S+(?:\\s*[>›»]\\s*\\S+){2,}`);
/**
 * A breadcrumb by its label, furniture even when the headline it ends with has a comma (当前位置: 首页 > …,…);
 * not a line that runs on into the article (…> 标题 3月8日，县长…。) nor an address (所在位置：学府路/育才路).
 */
const LabelledBreadcrumbRE = new RegExp(
  `^(?:${BREADCRUMB_LABEL})\\s*[:：][^。！？!?]*?(?:[>›»]|\\s[/／]\\s)[^。！？!?]*$`,
);
/** A breadcrumb that starts from the site's home: 首页 > 人文 >, 网站首页>>新闻中心. */
const SiteRootStepRE = /^(?:网站)?(?:首页|主页)\s*(?:>+|›|»)/;
/** How long a line over the breadcrumb may be and still be the site's name, not the headline. */
const SITE_NAME_MAX = 7;
/** How long a line must be to be taken for a headline by its shape alone. */
export const HEADLINE_MIN_LENGTH = 10;
/** The first line with words after `index` when it reads as a headline: no full stop, not a byline, a date or an addressee line. */
function headlineUnderCrumbs(input: readonly string[], index: number): string | undefined {
  // (Past the page's buttons, 【字体：大 中 小】【打印】, to the first line with words.)
  const later = input
    .slice(index + 1)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const at = later.findIndex(
    (line) => !ChromeLineRE.test(line) && !isNavLine(line) && !/^(?:【[^】]*】\s*)+$/.test(line),
  );
  const written = later[at];
  const next = written === undefined ? undefined : simplifyChars(written);
  // (The line after the candidate, not after the buttons skipped.)
  const after = later[at + 1];
  // (Not a lead that wraps, 3月5日，…出席会议并讲话 / 。; a dispatch's or a caption's opening; a signature's date.)
  const reads =
    next !== undefined &&
    next.length >= HEADLINE_MIN_LENGTH &&
    next.length <= 60 &&
    !/[。；;]|[:：]$/.test(next) &&
    !MetaLineRE.test(next) &&
    !BylineNamesRE.test(next) &&
    !/^\d{4}\s*[-./年]/.test(next) &&
    !/^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|本报讯|图为|#)|^[^，,]{0,12}\d{1,2}日电|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(
      next,
    ) &&
    !PhotoCaptionRE.test(next) &&
    !WireStampStartRE.test(next) &&
    !/^[。，,]/.test(after ?? "");
  return reads ? written : undefined;
}
/** What separates a breadcrumb's sections: 首页 > 走进伊春, 首页>>新闻中心, 首页 / 新闻中心, 首页 » Blog. */
const BreadcrumbStepRE = /\s*(?:>+|›|»|》|(?<!\d)\/(?!\d)|\|)\s*/;
/**
 * The sections of a breadcrumb line, without its label (您的位置：), its generic steps (首页, 正文) and
 * what the line goes on with after a space (来源: 洛阳网 2023.02.23, the headline); none from a section
 * on work with a partner place on (对口帮扶 > 援疆工作 > 阿克苏 names whom the site's city aids).
 */
function breadcrumbSections(line: string): string[] {
  const sections = line
    .replace(/^.*?位置\s*[:：]/, "")
    .trim()
    .split(BreadcrumbStepRE)
    .map((step) => step.trim().split(/\s/)[0] ?? "")
    .filter(
      (step) =>
        /\p{Script=Han}/u.test(step) && !/^(?:网站)?首页$|^(?:正文|内容|详细内容|正文阅读)$/.test(simplifyChars(step)),
    );
  const partner = sections.findIndex((step) => /对口|帮扶|援|协作|合作|交流/.test(simplifyChars(step)));
  return partner === -1 ? sections : sections.slice(0, partner);
}
/** A site outline (目录/提纲) before the body, as paid-essay sites print them. */
const OutlineMarkerRE = /^(?:目录|提纲|目录\s*\/\s*提纲|文章目录)\s*[:：]?\s*(?:…+|\.{3,})?$/;
const OutlineItemRE = /^(?:[一二三四五六七八九十]+[、是要]|[(（][一二三四五六七八九十]+[)）]|\d+[.、]|…+$)/;
/** 来源: 洛阳网 2023.02.23 22:15 — source and time on one meta line. */
// (来源:灵山政府网http://…: the address written on is no part of the name; an empty 来源 field
// is followed by the next field's label, 来源:  作者:, which is no name either.)
const SourceRE =
  /(?:来源|来自)\s*[:：]\s*[【[]?((?:(?!https?:|www\.)[^\s:：|【】[\]]){2,20})(?!(?:(?!https?:|www\.)[^\s:：|【】[\]])*\s*[:：])/;
/** 转自:上观新闻 opening a line: a repost names its media so (a 来源 line, where there is one, wins). */
const RepostSourceRE =
  /^\s*(?:本文|文章)?(?:转自|轉自|转载自|轉載自)\s*[:：]\s*((?:(?!https?:|www\.)[^\s:：|，,。]){2,20})\s*$/;
/** 来自 海安日报 alone on its line, as a reposted WeChat article names its media (no colon). */
const SourceAloneRE =
  /^\s*来自\s+(?!微信|公众号)(\p{Script=Han}[^\s:：|]{1,19}(?:报|网|发布|融媒|新闻|电视台|公众号))\s*$/u;
/**
 * A page's date under an English label (date 2026-01-20, Published February 24th, 2025: the month as a
 * word only under published or posted, for a bilingual notice's "Date: July 6, 2024" is its event's),
 * or an e-paper's issue (20210606期). The date is kept as written; dates.ts parsePublished reads it.
 */
const EnglishDateRE =
  /^(?:(?:date|published|posted)(?:\s+on)?\s*[:：]?\s*(\d{4}-\d{1,2}-\d{1,2})|(?:published|posted)(?:\s+on)?\s*[:：]?\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}))/i;
const IssueDateRE = /(?:^|\D)((?:19|20)\d{6})期/;
/**
 * A day stamp closing a Taiwanese wire story (…后决定。1040707, （编辑：李四）1040707, or on a line of its own):
 * ROC year, month, day, kept as written for dates.ts parsePublished to read.
 */
const RocStampEndRE =
  /(?:[。」！？]|[（(](?:編輯|编辑)[:：][^）)]{1,12}[）)]\s*|^\s*)(1[01]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\s*$/;
/**
 * A wire service's stamp opening a story: (中央社訊息服務20230901 16:17:54), its day kept as written for
 * dates.ts parsePublished to read.
 */
const WireStampStartRE =
  /^\s*[(（]\s*(?!截至|截止)[\p{Script=Han}]{2,10}\s*((?:19|20)\d{6})\s+\d{1,2}:\d{2}(?::\d{2})?\s*[)）]/u;
// 13.03.2015  07:51: some sites print the day first; Java sites print Tue Feb 25 08:50:37 CST 2020; a labelled
// 发布时间:18-07-13 may leave off the century.
const MetaTimeRE =
  /((?:\d{3,4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|\d{1,2}([./])\d{1,2}\2(?:19|20)\d{2}|^\d{2}-\d{2}-\d{2}(?=\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:来源|來源)[:：])|(?<=(?:发布时间|发布日期)\s*[:：]\s*)\d{2}-\d{2}-\d{2}(?![\d:]))(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+[A-Z]{2,5}\s+(?:19|20)\d{2})/;
const MetaLineRE =
  /(?:来源|来自|发布时间|发布日期|时间|作者|浏览|点击|阅读|评论|发稿单位|发稿人员?|联络电话|联系电话|联系热线|服务热线|发布单位|发布部门|发布机关|发文机关|分类|分類|栏目|欄目|标签|標籤|(?<=\s)(?:编辑|編輯))\s*[:：]/;
/** A page's bare date field under its headline, alone on its line: 日期:2020-12-07 (not a table row's 日期：… 科目：…). */
const DateFieldRE =
  /^\s*日期\s*[:：]\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
/** A list item's mark before a field: • 发布机构, or - 发布机构 in a page saved as Markdown. */
const LIST_MARK = String.raw`(?:[•·]\s*|[-*]\s+)?`;
/** A disclosure field naming who published the record. */
const PUBLISHER_LABEL = "发布机构|发文机构|发文机关|发文单位";
/**
 * A government disclosure page's record (索 引 号 | … | 发布机构 | … | 成文日期 | 2025-02-28): fields
 * separated by bars or spaces, without colons.
 */
const DisclosureFieldRE = new RegExp(
  `^${LIST_MARK}(?:索\\s*引\\s*号|${PUBLISHER_LABEL}|组配分类|主题分类|信息分类|成文日期|发文日期|公开日期|生成日期|废止日期|(?:文件)?有\\s*效\\s*性|文件编号|公开方式|公开范围|公开时限|公开属性|文\\s*号|发文字号|政策咨询机关|政策咨询电话)\\s*(?:[:：|｜]|\\s)`,
);
/**
 * A disclosure field's label alone with its value on the next line, where the value has the field's shape:
 * • 索引号: / 6107280000/2024-001005, • 发文机构: / 县政府网站 (not a headline below a blank field).
 */
const IndexLabelAloneRE = new RegExp(`^${LIST_MARK}索\\s*引\\s*号\\s*[:：]\\s*$`);
const IndexValueRE = /^[\w/.-]+$/;
const PublisherLabelAloneRE = new RegExp(`^${LIST_MARK}(?:${PUBLISHER_LABEL})\\s*[:：]\\s*$`);
const PublisherValueRE = /^[\p{Script=Han}]{2,24}(?:人民政府|政府|办公室|办公厅|委员会|局|委|办|厅|处|中心|网站|网)$/u;
/** The publisher such a record names: 发布机构 | 金乡县人民政府办公室. */
// (所属机构 | 县卫健局 names it too, where its value is a body: not a table's header, 所属机构 | 姓名.)
const DisclosurePublisherRE = new RegExp(
  `(?:(?:${PUBLISHER_LABEL})\\s*[:：|｜]?\\s*|所属机构\\s*[:：|｜]?\\s*(?=[^\\s:：|｜]{1,18}(?:局|委|办|厅|处|室|署|政府|中心|院|所|站|队|会)(?:$|[\\s|｜])))([^\\s:：|｜]{2,20})`,
);
/**
 * A byline with the posting time: 通讯员 周喻琴 李清悦 湖南日报·新湖南客户端 2024-02-29 08:47:53; a content
 * system's Submitted by 長青網管理員 on 2022年07月13日 06:00; a forum's 本帖最后由 吕村镇 于 2022-7-20 15:43 编辑.
 */
const BylineTimeRE =
  /^(?:本报记者|记者|通讯员|作者|撰稿|文[/／｜|]|(?:[^\s。！？，,]{1,20}\s+)?发表于\s*(?=\d)|本帖最后由\s*[^\s。！？]{1,20}\s*于\s*(?=\d)|Submitted by\s)[^。！？]{0,60}\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}/;
/**
 * A photo's caption, however much of the lead it repeats: it ends with the photo's credit
 * (…主持召开州政府第49次常务会议。(图为州人民政府网 周兴云 摄影)).
 */
const PhotoCaptionRE = /[(（](?:图为|图\s*[/／])[^()（）]{0,40}[)）]$|[(（][^()（）]{0,30}(?:摄|摄影|供图)[)）]$/;
/**
 * A photo's numbered caption that a flattened page left between two paragraphs on one line
 * (…等单位负责人参加会议。 1图:协调会现场 会议汇报了…; 图2：…): spaces on both sides, no sentence in it.
 */
const InlineCaptionRE = /(?<=[。！？])\s+(?:\d{1,2}\s*图|图\s*\d{1,2})\s*[:：][^\s。！？]{2,60}(?=\s)/gu;
/** Who gave the photo, at the end of a line that may be the lead itself: (图由新北市政府提供), (照片由區公所提供). */
const PhotoGiverRE = /\s*[(（](?:图|图片|照片|圖|圖片)由[^()（）]{2,30}提供[)）]\s*$/u;
/** A photo's credit on a line of its own, under its caption: 资料照片, 新华社发, 记者 张三 摄, 张三 摄. */
const PhotoCreditLineRE =
  /^[(（]?(?:资料(?:照片|图片|图)|新华社发|[\p{Script=Han}]{0,6}记者\s*[\p{Script=Han}]{2,4}\s*(?:摄影|摄)|[\p{Script=Han}]{2,4}\s+(?:摄影|摄))[)）]?$/u;
/**
 * An indent of full-width spaces that a converter could not write, left as question marks at a
 * line's start (?? ?为认真贯彻…, ????二、督查内容): no line of text opens with two of them.
 */
const LostIndentRE = /^[ \u3000]*\?[? \u3000]*\?[? \u3000]*/;
/**
 * A document site's slogan printed over every file (精选优质文档-----倾情为你奉上) or under it (专心---专注---专业):
 * no part of the text, though a flattened preview runs it into the title's line.
 */
const DocSiteSloganRE = /精选优质文档\s*[-—–_]*\s*倾情为你奉上|专心\s*[-—–_]+\s*专注\s*[-—–_]+\s*专业/g;
/** A label opening an abstract's text (摘 要:今天,市政府召开…, 【内容提要】…): the text is the article's, the label no part of it. */
const AbstractLabelRE = /^\s*(?:[【[]\s*)?(?:内容)?(?:摘\s*要|提\s*要)\s*(?:[】\]]\s*[:：]?|[:：])\s*(?=\S)/;
/** A disclosure page's label over the document's text: 文章正文. */
const BodyLabelRE = /^(?:文章正文|正文内容)\s*[:：]?$/;
/** The rule under a table's header row that a page exported as Markdown keeps: ---|---|---. */
const TableRuleRE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;
/**
 * A photo's caption over the article, before its first paragraph: one short sentence that reports no
 * meeting (茅坡村驻村干部（右一）走访村民。; not 会议由县委书记王强主持。).
 */
const CaptionSentenceRE = /^[^。！？!?]{4,30}。$/;
const MeetingSentenceRE = /主持|召开|举行|讲话|强调|要求|指出|出席|部署|会议/;
/** A byline naming only its writers: 湖南日报·新湖南客户端通讯员 周喻琴 李清悦. */
const BylineNamesRE = /^[^。！？，,：:]{0,30}(?:记者|通讯员)\s*(?:[\p{Script=Han}·]{2,4}\s*){1,5}$/u;
/** A short line that opens with such a label (• 市府分類: …). */
const LabelledMetaLineRE = new RegExp(`^[\\s•·*-]*\\p{Script=Han}{0,4}(?:${MetaLineRE.source})`, "u");
/** Words that mark a line's time as the publication's. */
const PublicationMarkRE =
  /来源|发布时间|发布日期|发布于|发表于|本帖最后由|发稿时间|成文日期|发文日期|时间\s*[:：]|^(?:本报记者|记者|通讯员|作者)/;
/** A forum poster's profile field over its value: - 注册时间 / - 2011-7-26, - 积分 / - 5057. */
const ForumProfileFieldRE =
  /^[-•·*]?\s*(?:注册时间|最后登录|阅读权限|积分|精华|帖子|主题|文章|在线时间|威望|金钱|贡献|听众|收听|好友)$/u;
/** A profile field's value: a count or a date (5057, 2011-7-26), perhaps marked as a list's item. */
const ProfileValueRE = /^[-•·*]?\s*[\d.:/\s-]{1,20}$/;
/**
 * A headline with the page's date after it on its own line: …主管工作会报 发布日期:2014-04-21, or a tab's title run
 * on with the date and the page's counter: …部署会_某某网发布日期:2024-05-07 浏览次数:.
 */
const HeadlineDatedRE =
  /^([^。！？:：|]{8,80}?)(\s*)(?:发布日期|发布时间|发表时间|日期|时间)\s*[:：]\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*((?:浏览次数|浏览量|点击数|点击量|阅读量|阅读次数)\s*[:：]?\s*\d*)?$/u;
/** A part of a browser tab's title that names the site: 某某网, 某某官网网站入口, 某某县人民政府, 某某日报, …融媒体中心. */
export const SiteTitlePartRE =
  /(?:网|網|网站|網站|门户|門戶|官网|官網|入口|人民政府|政府网|日报|日報|晚报|晚報|时报|時報|融媒体中心)$/u;

/**
 * A browser tab's title (…部署会_某某网, 某某区人民政府门户网站_…推进会召开, …召开_工作动态_某某县人民政府) cut to its
 * headline, and the site it names: the parts naming a site go, and the column's short name after the headline
 * (县政府常务会议纪要_第5期, 公开征求意见_…管理办法 name no site and stay whole).
 */
function tabHeadline(title: string): { headline: string; site?: string } {
  const parts = title.split(/[_＿]/);
  const site = parts.find((part) => SiteTitlePartRE.test(part));
  const [first, ...rest] = parts.filter((part) => !SiteTitlePartRE.test(part));
  if (parts.length < 2 || site === undefined || first === undefined) return { headline: title };
  const headline = [first, ...rest.filter((part) => hanCount(part) > 6 || /\d/.test(part))].join("_");
  return { headline, site };
}
/** A site's contact line alone: 电话: 028-86966315, Q Q: 2677741813, 邮箱：xx@163.com. */
const ContactLineRE = /^(?:电话|手机|传真|Q\s?Q|微信|邮箱|E-?mail|邮编)\s*[:：]\s*[\w@.+\-() ]{5,40}$/iu;
/** A day of the week: 星期五, 周三. */
const WeekdayRE = /(?:星期|周|礼拜)[一二三四五六日天]/;
/** A date alone on a line, perhaps with its weekday (2024年11月01日 星期五 |, a page's clock or edition). */
const DateLineRE = new RegExp(`^${MetaTimeRE.source}(?:[\\s-]*${WeekdayRE.source})?\\s*[|｜]?$`);
/**
 * A calendar widget's month (十一月 2024 |): the page's clock, no date of the article (a bulletin's own
 * 2024年10月 under its title is its date).
 */
const CalendarMonthRE = /^[一二三四五六七八九十]{1,3}月\s*\d{4}\s*[|｜]?$/u;
const EditorRE = /(?:责任编辑|责编)\s*[:：]\s*([\p{Script=Han}·]{2,4})/u;
const UrlRE = /(?:原文链接|本文链接|本文地址|原文地址)\s*[:：]\s*(https?:\/\/\S+)/;
/** Garbled spans: a lost character before a pinyin fragment, or box-drawing and enclosed digits amid Han text. */
const GarbledRE =
  /\?[a-zāáǎàēéěèīíǐìōóǒòūúǔù]{1,6}[)）]\S{0,6}|\p{Script=Han}(?![\u2500\u2501]\p{Script=Han})[\u2460-\u24ff\u2500-\u257f]+\S{0,4}/gu;

/** Sentence punctuation: full-width, or half-width right after a Han character (as some sites type it). */
const SentencePunctuationRE = /[。！？；，]|\p{Script=Han}[,;!?]/u;
/** Fewer characters than this, even with a comma, make a label (分享，收藏), not a sentence. */
const MIN_PROSE_LENGTH = 10;

/** True when a line holds sentence punctuation (。！？；，, or ,;!? after a Han character). */
export function hasSentencePunctuation(line: string): boolean {
  return SentencePunctuationRE.test(line);
}

/**
 * True when a line reads as prose: sentence punctuation and a sentence's length. The line-level
 * junk rules never remove such a line, whatever else it holds (GDP增速>5%，城镇化率>60% is no
 * breadcrumb, a sentence that quotes <script> no tag, one that names a 联系电话 no site footer).
 */
export function readsAsProse(line: string): boolean {
  return line.replace(/\s/g, "").length >= MIN_PROSE_LENGTH && hasSentencePunctuation(line);
}

/**
 * A page's pictures, as a converter wrote them: ![無綫新聞 TVB News](https://…), ![](), <image>…</image>:
 * no text of the article.
 */
// (A long alt text, 图为县委书记王明在会上讲话，要求…, is a caption the line keeps.)
const ImageOnlyLineRE = /^(?:(?:!\[[^\]]{0,20}\]\([^)]*\)|<image>[^<]*<\/image>)\s*[|｜]?\s*)+$/u;

/** A table's header row saved with its cell bars (| 单 位 | 分 数 | 名次 |): a table, not a menu. */
const TableHeaderRowRE =
  /^[|｜](?:[^|｜]*[|｜])*?\s*(?:序\s*号|单\s*位|名\s*次|排\s*名|得\s*分|分\s*数)\s*[|｜].*[|｜]$/u;

/** A nav bar: several short items separated by spaces, bars or dots, with no sentence punctuation. */
export function isNavLine(line: string): boolean {
  if (line.length > 80 || /[，。；！？,;!?：:“”"]/.test(line) || TableHeaderRowRE.test(line)) return false;
  const items = line.split(/\s*[|｜·•]\s*|\s{1,}/).filter(Boolean);
  // Chinese sites' menus are Chinese words; a line of Latin words is text (or code) to keep.
  return (
    items.length >= 3 && items.every((item) => item.length <= 8) && hanCount(line) >= line.replace(/\s/g, "").length / 2
  );
}

/**
 * A publisher's stamp above an article: an office, then a date, with a clock time or none
 * (梨树县人民政府 2025-04-28 08:53:00; 永康市人民政府办公室 二○一一年十月十七日), a source's name may follow
 * (伊通满族自治县人民政府 2023-05-10 09:34:00 来源: 伊通发布); not a headline
 * with its date (副省长调研省大数据中心 2025-04-28).
 */
const StampLineRE =
  /^((?:(?!调研|督导|督查|检查|视察|召开|举行|部署|慰问|会见|走访|参加|出席)\p{Script=Han}){2,20}(?:政府|办公室|办公厅|委员会|局|委|办|中心))\s+(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?:\s+((?:来源|来自)\s*[:：].*))?$/u;

/** A minutes field's label for the meeting's day: 开会日期, 会议时间. */
const HELD_LABEL = "(?:开会|会议|召开)(?:日期|时间)";
/**
 * A minutes field giving the meeting's day: 开会日期：1998-06-16, 会议时间：2023年5月3日上午, and a
 * numbered Taiwanese one, its digits letter-spaced by a PDF (1、開會時間:中華民國 1 0 1 年 5 月 24 日).
 */
const HeldFieldRE = new RegExp(
  `^(?:\\d{1,2}\\s*[、.．]\\s*)?${HELD_LABEL}\\s*[:：]\\s*((?:(?:中华民国|民国)\\s*)?(?:\\d(?: ?\\d){2,3}|[一二三四五六七八九〇○零]{4})\\s*[-/.年].*)$`,
  "u",
);
/** The label alone on its line. */
const HeldLabelRE = new RegExp(`^${HELD_LABEL}$`, "u");

/**
 * A field's label alone on its line and its value on the next (开会日期 / 1998-06-16 in a saved
 * minutes page, 時間 / 民國109年11月24日 in a Taiwanese one): one line, label：value, as the rest of the
 * cleaning reads fields.
 */
function joinFieldValues(lines: readonly string[]): string[] {
  const joined = [...lines];
  for (let index = 0; index < joined.length; index += 1) {
    const label = simplifyChars(joined[index] ?? "").trim();
    const bare = /^时\s*间$/.test(label);
    if (!HeldLabelRE.test(label) && !bare) continue;
    const next = nextFilledLine(joined, index + 1);
    const value = joined[next]?.trim() ?? "";
    if (!/^(?:(?:中华民国|民国|中華民國|民國)\s*\d{2,3}\s*年|\d{4}\s*[-/.年])/u.test(value)) continue;
    // A bare 时间 is the meeting's in a minutes table, where 地点 is the next field (時間 / 民國109年11月24日
    // / 地點), not a page's.
    const minutesTable = joined
      .slice(next + 1, next + 6)
      .some((line) => /^地\s*点\s*[:：]?$/.test(simplifyChars(line.trim())));
    if (bare && !minutesTable) continue;
    joined[index] = `${bare ? "会议时间" : (joined[index] ?? "")}：${value}`;
    joined.splice(index + 1, next - index);
  }
  return joined;
}

/**
 * A date badge split over lines, its day and time each on their own (2024 / 04/09 / 17:19 under a
 * headline): one date line, as a page that prints it whole would have it.
 */
function joinSplitDates(lines: readonly string[]): string[] {
  const joined = [...lines];
  // (Only in the page's head, above the first sentence: a table's 2024 / 1-6 / 同比增长 is no date.)
  for (let index = 0; index < joined.length && !/[。！？]/.test(joined[index] ?? ""); index += 1) {
    const year = /^((?:19|20)\d{2})$/.exec(joined[index]?.trim() ?? "")?.[1];
    if (!year) continue;
    const dayAt = nextFilledLine(joined, index + 1);
    const day = /^(\d{2})[/-](\d{2})$/.exec(joined[dayAt]?.trim() ?? "");
    const timeAt = nextFilledLine(joined, dayAt + 1);
    const time = /^\d{1,2}:\d{2}$/.exec(joined[timeAt]?.trim() ?? "")?.[0];
    if (!day || !time) continue;
    joined.splice(index, timeAt - index + 1, `${year}-${day[1]}-${day[2]} ${time}`);
  }
  return joined;
}

/** A keyword an SEO spammer set on a line of its own inside a copied sentence: short, no stop. */
const InjectedKeywordRE = /^[^\s，,。！？!?；;：:、「」“”]{2,16}$/u;
/** The copied sentence goes on after the keyword: no line of real text opens with a comma. */
const CommaOpenedRE = /^[，,]/;
/** How many such lines make a page a spammer's (one may be a name a layout set apart: …会议， / 县长张强 / ，…). */
const MIN_INJECTED_KEYWORDS = 3;

/**
 * Keyword lines an SEO spammer wove into a copied story (…主管會議, / 網路行銷公司 / ,針對抗旱…): each
 * breaks a sentence that goes on, comma first, in the line after it. The sentences are mended around them.
 */
function withoutInjectedKeywords(lines: readonly string[]): { lines: string[]; injected: string[] } {
  const keywordAt = new Set(
    lines.flatMap((line, index) =>
      InjectedKeywordRE.test(line) &&
      CommaOpenedRE.test(lines[index + 1] ?? "") &&
      /[，,]$/.test(lines[index - 1] ?? "")
        ? [index]
        : [],
    ),
  );
  if (keywordAt.size < MIN_INJECTED_KEYWORDS) return { lines: [...lines], injected: [] };
  const mended: string[] = [];
  const injected: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (keywordAt.has(index)) {
      injected.push(line);
      // (The line above may be the sentence mended around the keyword before.)
      mended[mended.length - 1] = (mended.at(-1) ?? "") + (lines[index + 1] ?? "").replace(CommaOpenedRE, "");
      index += 1;
      continue;
    }
    mended.push(line);
  }
  return { lines: mended, injected };
}

/** The index of the first line from `from` on that is not blank (the length when none is). */
function nextFilledLine(lines: readonly string[], from: number): number {
  let next = from;
  while (next < lines.length && lines[next]?.trim() === "") next += 1;
  return next;
}

/**
 * The last line kept, when it reads as a headline: where a page prints its headline above a
 * labelled date. (A Latin word of the site's chrome, governor, is no headline.)
 */
function headlineAbove(lines: readonly string[]): string | undefined {
  const above = lines.findLast((kept) => kept !== "");
  // (A headline may exclaim inside it, 5个版块22个项目!秀峰…开幕; a sentence ends with its stop.)
  return above !== undefined &&
    hanCount(above) >= 4 &&
    !/[。？?]|[！!]$/.test(above) &&
    above.length >= 6 &&
    above.length <= 150
    ? above
    : undefined;
}

/** The nearest non-empty line after (step 1) or before (step -1) a line, or "". */
function nearestNonEmpty(lines: readonly string[], index: number, step: 1 | -1): string {
  for (let at = index + step; at >= 0 && at < lines.length; at += step) if (lines[at] !== "") return lines[at] ?? "";
  return "";
}

/** A space between two Chinese characters (or one and its punctuation): 历 经 十 年创 建 、成功. */
const SpaceInsideWordsRE = /(?<=[\p{Script=Han}、，。；：])[ \u3000]+(?=[\p{Script=Han}、，。；：])/gu;

/**
 * A line whose words a PDF or a preview broke with spaces (今 年的国家卫生城市复审,是我市历 经 十 年创 建)
 * gets them back; a line with a few spaces (吴翠云 同志们, 罗 罡) keeps them, as does a site's menu, whose
 * items are whole words with no sentence's stops (每日明報 要聞 港聞 經濟), unlike word-segmented prose.
 */
function joinSpacedWords(line: string): string {
  const gaps = line.match(SpaceInsideWordsRE)?.length ?? 0;
  if (gaps < 10 || gaps * 12 < hanCount(line)) return line;
  const menu = !hasSentencePunctuation(line) && line.split(" ").every((item) => hanCount(item) >= 2);
  return menu ? line : line.replace(SpaceInsideWordsRE, "");
}

/** One story of a list of others, with its date: 竹市農損達到20%可申請救助2011.01.14, - 2014-01-22构筑诚实守信环境. */
const DatedLinkRE =
  /^(?:[-•·]\s*)?(?:\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\s*[^\s。！？!?][^。！？!?]{3,80}|[^。！？!?]{4,80}?\s*[(（[]?\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}[)）\]]?)$/u;

/**
 * Where a list of other stories with their dates begins after the article: three such lines in a row,
 * with nothing after them but more of the list or a cut-off line of it.
 */
function datedLinkListStart(lines: readonly string[]): number | undefined {
  const isLink = (line: string): boolean => DatedLinkRE.test(simplifyChars(line.trim()));
  for (let start = 1; start + 2 < lines.length; start += 1) {
    if (![0, 1, 2].every((offset) => isLink(lines[start + offset] ?? ""))) continue;
    const rest = lines.slice(start + 3).filter((line) => line.trim() !== "");
    if (rest.every((line) => isLink(line) || (line.length <= 20 && !/[。！？!?，,]/.test(line)))) return start;
  }
  return undefined;
}

/** An outline's item marker: 一、 1. （二）. */
const ITEM_MARKER = String.raw`[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]`;
/** The marker after a space, where a flattened notice ran its lines together. */
const FlattenedItemRE = new RegExp(String.raw`(?<=\S) (?=${ITEM_MARKER})`, "gu");
/** The same marker where a line of the page ended before it: after a stop, a colon or a closing bracket. */
const ClosedItemRE = new RegExp(String.raw`(?<=[。；;:：)）]) (?=${ITEM_MARKER})`, "gu");
/** A notice's addressees closing with their colon, then the text on the same line: 市直相关部门、各乡、镇(场)人民政府: 为… */
const FlattenedAddresseeRE =
  /^((?:[\p{Script=Han}()（）]{2,24}[、，,])*[\p{Script=Han}()（）]{2,24}(?:政府|部门|单位|局|委|办|街道|办事处|乡镇|社区)[:：]) (?=\S)/u;
const FLATTENED_MIN_ITEMS = 3;

/**
 * A notice whose page ran its lines into one (…通知如下: 一、重点督办事项 1.加快… 2.全面… 二、几点要求 1.…)
 * gets its lines back: each outline item, and the addressees, on a line of their own. Prose that
 * mentions one 一、 stays as it is, as does a sentence listing short points (…三项工作: 1.加强巡查 2.及时上报
 * 3.妥善处置，确保…): a flattened page's items end as lines do, on a stop or a bracket.
 */
function unflatten(line: string): string[] {
  if ((line.match(ClosedItemRE) ?? []).length < FLATTENED_MIN_ITEMS) return [line];
  const addressees = FlattenedAddresseeRE.exec(line)?.[1];
  const rest = addressees ? line.slice(addressees.length + 1) : line;
  return [...(addressees ? [addressees] : []), ...rest.split(FlattenedItemRE)];
}

/**
 * A forum's anti-copy jammer (Discuz prints hidden random characters between paragraphs, which a
 * copied page keeps: - m5 N5 u3 S# Y; u3 l( E( …): a run of tokens of one or two ASCII characters,
 * several of them a letter glued to a digit or a sign, and some opening with a digit or a sign; never
 * prose, a list of numbers, codes (A1 A2 B1 B2) or grades (A+ A A- B+). The run may stand right after
 * the text it was printed into and end in one character glued to the text that follows (…基础。5 y6 q$
 * l5 a, . z2 t- @. A5 ~要充分认识…, }6 Q10月31日，…, g. w当前): a sign, a letter before a date or a lower-case
 * one before a Han character is the jammer's; G20, N95, A级 and B超 are the text's own.
 */
const JammerRunRE =
  /(?:^|(?<=\s|[\p{Script=Han}。，,；;！？]))(?:[!-~]{1,2}(?:\s+|$)){5,}(?:[A-Za-z!-/:-@[-`{-~](?=[\p{Script=Han}\d]))?/gu;
const JammerTokenRE = /^[A-Za-z][0-9!-/:-@[-`{-~]$/;

function withoutJammer(line: string): string {
  return line.replace(JammerRunRE, (run: string, offset: number) => {
    const glued = !/\s$/.test(run) && offset + run.length < line.length;
    const tokens = (glued ? run.slice(0, -1) : run).split(/\s+/).filter(Boolean);
    if (tokens.filter((token) => JammerTokenRE.test(token)).length < 3) return run;
    if (!tokens.some((token) => /^[^A-Za-z]/.test(token))) return run;
    const signs = tokens.filter((token) => /[^A-Za-z0-9]/.test(token)).length;
    // Glued to the text before it, only a run with signs is a jammer (…排查，A1 A2 B1 B2 C1 C2栋 is a list).
    if (offset > 0 && !/\s/.test(line[offset - 1] ?? "") && signs < 2) return run;
    const tail = glued ? run.slice(-1) : "";
    const after = line.slice(offset + run.length);
    // (A级景区, B超, U盘: an upper-case letter before a Han character is the text's.)
    const jammerTail =
      /[^A-Za-z]/.test(tail) ||
      /^\d{1,2}\s*[月日]/.test(after) ||
      (/[a-z]/.test(tail) && /^\p{Script=Han}/u.test(after));
    return glued && !jammerTail ? tail : "";
  });
}

/** A page's posting time opening a line of prose: 2018-08-22 15:168月20日，昭阳区召开…. */
const PostingStampLeadRE = /^(\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*(?=\S)/;

/** The posting time on a line of its own, so the lead under it is read as the article's first sentence. */
function splitPostingStamp(line: string): string[] {
  const stamp = PostingStampLeadRE.exec(line)?.[1];
  if (stamp === undefined) return [line];
  const rest = line.slice(stamp.length).trim();
  return /[。！？，,]/.test(rest) && !MetaLineRE.test(simplifyChars(rest)) ? [stamp, rest] : [line];
}

/** Cleans raw text (already decoded, HTML already flattened) into the article's lines. */
export function cleanText(raw: string): CleanResult {
  const pinyin = removePinyinArtefacts(raw.replace(/\r\n?/g, "\n"));
  const garbled = [...pinyin.text.matchAll(GarbledRE)].map((match) => match[0]);
  const spam = withoutInjectedKeywords(
    pinyin.text
      .split("\n")
      .flatMap((line) =>
        splitPostingStamp(
          withoutJammer(
            line
              .replace(LostIndentRE, "")
              .replace(DocSiteSloganRE, "")
              .replace(/[\u00a0\u3000\t ]+/g, " "),
          ).trim(),
        ),
      )
      .flatMap((line) => unflatten(joinSpacedWords(line))),
  );
  const input = joinSplitDates(joinFieldValues(spam.lines));
  const lines: string[] = [];
  const removed: string[] = [...spam.injected];
  const meta: PageMeta = {};
  const roster = rosterFields(pinyin.text.split("\n"));
  if (roster.length > 0) meta.roster = roster;
  // A time on a line that says what it is (来源 …, 发布时间：) beats one a header merely shows.
  let publishedMarked = false;
  // The media a 转自 line named: a 来源 line found after it names the source instead.
  let repostedFrom: string | undefined;
  let truncated = false;
  let inOutline = false;
  let sawBody = false;
  const reactionButtons =
    new Set(input.map((line) => line.trim()).filter((line) => ReactionButtonRE.test(line))).size >=
    MIN_REACTION_BUTTONS;
  // The value under a forum poster's profile field (注册时间 over 2011-7-26): not the page's date.
  let profileValueNext = false;
  // A disclosure field whose value stands on the next line (• 发文机构: / 县政府网站).
  let disclosureValueOf: "index" | "publisher" | undefined;

  for (let index = 0; index < input.length; index += 1) {
    // (…主持防颱整備會議。（圖由新北市政府提供）: the giver is no part of the text; the line stays.)
    const original = (input[index] ?? "").replace(PhotoGiverRE, "").replace(InlineCaptionRE, " ").trim();
    // Traditional texts (發稿時間, 來源) are matched in simplified form; lines are kept as written.
    const line = simplifyChars(original);
    if (line === "") {
      if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
      continue;
    }
    // A photo's credit goes, and with it a caption sentence right above it, over the article (no
    // paragraph kept yet).
    if (PhotoCreditLineRE.test(line)) {
      const above = simplifyChars(lines.at(-1)?.trim() ?? "");
      // (The first line may be the headline, whatever its stop.)
      const overArticle = lines.filter(Boolean).length >= 2 && lines.every((kept) => kept.length <= 60);
      if (overArticle && CaptionSentenceRE.test(above) && !MeetingSentenceRE.test(above))
        removed.push(lines.pop() ?? "");
      removed.push(original);
      continue;
    }
    if (TableRuleRE.test(line) || BodyLabelRE.test(line)) {
      removed.push(original);
      continue;
    }
    if (profileValueNext) {
      profileValueNext = false;
      removed.push(original);
      continue;
    }
    const fieldAbove = disclosureValueOf;
    disclosureValueOf = undefined;
    if (fieldAbove === "index" && IndexValueRE.test(line)) {
      removed.push(original);
      continue;
    }
    if (fieldAbove === "publisher" && PublisherValueRE.test(line)) {
      meta.sourceName ??= line;
      removed.push(original);
      continue;
    }
    if (!sawBody && (IndexLabelAloneRE.test(line) || PublisherLabelAloneRE.test(line))) {
      disclosureValueOf = IndexLabelAloneRE.test(line) ? "index" : "publisher";
      removed.push(original);
      continue;
    }
    // (The poster's name over the first field marked as a list's item: 小编 / - 积分 / - 234973.)
    if (
      !sawBody &&
      /^[^\s，,。！？:：]{1,12}$/u.test(line) &&
      /^[-•·*]/.test(nearestNonEmpty(input, index, 1)) &&
      ForumProfileFieldRE.test(nearestNonEmpty(input, index, 1))
    ) {
      removed.push(original);
      continue;
    }
    // (A column's 文章 over its headline is no profile: only a field over its value, or one marked as a list's item.)
    // (Discuz prints the value above its field: 5057 / 积分.)
    if (!sawBody && ForumProfileFieldRE.test(line)) {
      const nextLine = nearestNonEmpty(input, index, 1);
      if (
        ProfileValueRE.test(nextLine) ||
        ProfileValueRE.test(nearestNonEmpty(input, index, -1)) ||
        /^[-•·*]/.test(line)
      ) {
        profileValueNext = ProfileValueRE.test(nextLine);
        removed.push(original);
        continue;
      }
    }
    // 王县长主持第834次县务会议… 发布日期:2014-04-21: a headline with its page's date on one line (not a
    // toolbar's 打印本页 关闭窗口, a byline's 作者 李华 来源 县住建局, or a ticker's 最新公告 关于…).
    const dated = sawBody ? null : HeadlineDatedRE.exec(line);
    // (Run on without a space only as a tab's title with its site: a field's 召开时间：2024年6月3日, a byline's
    // …融媒体中心综合新闻发布时间:… 点击数:128 is no headline.)
    const tab = dated?.[1] ? tabHeadline(dated[1]) : undefined;
    if (
      dated?.[1] &&
      dated[3] &&
      (dated[2] !== "" || tab?.site !== undefined) &&
      !publishedMarked &&
      hanCount(dated[1]) >= 8 &&
      !/\s|[【】[\]]/.test(dated[1]) &&
      !MetaLineRE.test(dated[1]) &&
      !/来源|作者|记者|编辑|打印|关闭/.test(dated[1])
    ) {
      // (The simplified line keeps the original's characters one for one: cut the original where it ends.)
      const characters = Array.from(original);
      const headLength = Array.from(dated[1]).length;
      const titled = characters.slice(0, headLength).join("");
      const { headline, site } = tabHeadline(titled);
      meta.headline ??= headline;
      // (The site a tab's title names may be all that says whose the page is: …_睢县人民政府.)
      if (site) meta.siteName ??= site;
      meta.publishedText = dated[3];
      publishedMarked = true;
      lines.push(headline);
      removed.push(headline === titled ? characters.slice(headLength).join("").trim() : original.trim());
      continue;
    }
    if (PaywallRE.test(line)) {
      truncated = true;
      removed.push(...input.slice(index).filter(Boolean));
      break;
    }
    // 开会日期：1998-06-16: the meeting's own day, not the page's.
    const held = HeldFieldRE.exec(line);
    if (held?.[1]) {
      meta.heldText ??= held[1];
      // The minutes' name above its fields (县政府常务会议纪要), not another field's value (臺北市政府秘書處).
      const headline = headlineAbove(lines);
      if (headline && /会|纪要|纪录/.test(simplifyChars(headline))) meta.headline ??= headline;
      removed.push(original);
      continue;
    }
    const editor = EditorRE.exec(line);
    if (editor?.[1]) meta.editor = editor[1];
    const url = UrlRE.exec(line);
    if (url?.[1]) meta.url = url[1];
    const laterLines = (): string[] => input.slice(index + 1);
    const sentenceFollows = (): boolean => laterLines().some((later) => FullSentenceRE.test(simplifyChars(later)));
    // (A sponsor line with a signature's date below it, or in the annex after one, is a notice's list of sites, not the
    // foot.)
    const sponsorFoot =
      SiteSponsorRE.test(line) &&
      !laterLines().some((later) => FullDayRE.test(later)) &&
      !input.slice(0, index).some((earlier) => SignatureDayLineRE.test(earlier));
    const footer = sawBody && (FooterMarkerRE.test(line) || sponsorFoot) && !sentenceFollows();
    // (…相关链接：… / 附件：… / 县政府办公室 / 2023年5月20日: a notice's signature still follows.)
    const bulletedLinks =
      sawBody &&
      BulletedLinkRE.test(line) &&
      !sentenceFollows() &&
      !laterLines().some((later) => /^\s*附件/.test(later) || FullDayRE.test(later));
    if (sawBody && (EndMarkerRE.test(line) || DisclaimerRE.test(line) || footer || bulletedLinks)) {
      removed.push(...input.slice(index).filter(Boolean));
      break;
    }
    if (OutlineMarkerRE.test(line)) {
      inOutline = true;
      removed.push(original);
      continue;
    }
    if (inOutline) {
      if (OutlineItemRE.test(line) && line.length <= 40) {
        removed.push(original);
        continue;
      }
      inOutline = false;
    }
    // 梨树县人民政府 2025-04-28 08:53:00 above the article: its publisher and its date, not its title; with a
    // source after them (… 来源: 伊通发布), the site the source is posted on.
    const stamp = sawBody ? null : StampLineRE.exec(line);
    if (stamp?.[1] && stamp[2]) {
      const source = SourceRE.exec(stamp[3] ?? "")?.[1];
      if (source) meta.siteName ??= stamp[1];
      meta.sourceName ??= source ?? stamp[1];
      if (!publishedMarked) meta.publishedText ??= stamp[2];
      removed.push(original);
      continue;
    }
    // Below, each rule judges one line by its form, which a sentence can share: prose stays.
    const prose = readsAsProse(line);
    // A date alone on a line above the article (2015-11-26, 104.11.26, • 2008-12-18) is the page's date.
    const isDateLine = !sawBody && DateLineRE.test(line.replace(/^[\s•·*-]+/, ""));
    const english = EnglishDateRE.exec(line);
    const englishDate = english?.[1] ?? english?.[2];
    const labelledStamp = englishDate ?? IssueDateRE.exec(line)?.[1];
    if (!publishedMarked && labelledStamp) {
      meta.publishedText = labelledStamp;
      publishedMarked = true;
    }
    const repostSource = RepostSourceRE.exec(line)?.[1];
    const isMetaLine =
      repostSource !== undefined ||
      ((MetaLineRE.test(line) || BylineTimeRE.test(line)) && line.length <= 100 && !/[。！？]/.test(line)) ||
      SourceAloneRE.test(line) ||
      (englishDate !== undefined && line.length <= 60) ||
      // (Under the headline only: a notice's or a roster's 日期：2023年6月22日 is its own.)
      (DateFieldRE.test(line) && lines.filter(Boolean).length <= 2) ||
      // A byline over the article is furniture; one closing it stays with its article (a page may hold several).
      (BylineNamesRE.test(line) && !sawBody) ||
      isDateLine ||
      (!sawBody && CalendarMonthRE.test(line)) ||
      // close, Menu, x over the article: a button's label (GDP, APP in a table or a list are the text's).
      (!sawBody && /^[A-Za-z]{1,12}$/.test(line)) ||
      (DisclosureFieldRE.test(line) && !prose);
    // 市府分類: 衛生醫療,市長施政: a field label opening a short line makes it furniture, commas or not.
    const labelled = isMetaLine && line.length <= 40 && LabelledMetaLineRE.test(line);
    if (
      ReadingTimeRE.test(line) ||
      ImageOnlyLineRE.test(line) ||
      BrowserNoticeRE.test(line) ||
      HelpLineNoticeRE.test(line) ||
      ForumPromptRE.test(line) ||
      (!sawBody && AdvertRE.test(line) && AdvertFormRE.test(line)) ||
      DocSiteNoticeRE.test(line) ||
      PageImageRE.test(line) ||
      (!sawBody && SiteEditionRE.test(line)) ||
      (reactionButtons && ReactionButtonRE.test(line)) ||
      WidgetLineRE.test(line) ||
      DocSizeRE.test(line) ||
      DocPagesRE.test(line) ||
      (EditorNoteRE.test(line) && !OrderWordRE.test(line)) ||
      LabelledBreadcrumbRE.test(line) ||
      ((!prose || labelled) &&
        (isMetaLine ||
          ChromeLineRE.test(line) ||
          ForumChromeRE.test(line) ||
          TagLineRE.test(line) ||
          LegalLineRE.test(line) ||
          BreadcrumbRE.test(line) ||
          isNavLine(line)))
    ) {
      // Breadcrumbs and meta lines often carry the source and the time: keep those facts.
      const source = SourceRE.exec(line) ?? SourceAloneRE.exec(line) ?? DisclosurePublisherRE.exec(line);
      if (source?.[1] && (meta.sourceName === undefined || meta.sourceName === repostedFrom))
        meta.sourceName = source[1];
      else if (repostSource) meta.sourceName ??= repostedFrom = repostSource;
      if (BreadcrumbRE.test(line) && !meta.sections) {
        const sections = breadcrumbSections(original);
        if (sections.length > 0) meta.sections = sections;
      }
      // 傻大方 / 首页 > 人文 > / 湘潭通报…: under short lines (the site's name and menu) a headline under the crumbs is
      // the page's (春耕忙 / 首页 > … / 3月5日，…。: the headline over the crumbs).
      const underCrumbs =
        !sawBody && (LabelledBreadcrumbRE.test(line) || SiteRootStepRE.test(line))
          ? headlineUnderCrumbs(input, index)
          : undefined;
      // (The site's name stays in the text: 清河新闻 still says whose site it is.)
      if (
        underCrumbs &&
        lines.every((kept) => kept === "" || (kept.length < SITE_NAME_MAX && !/[。！？，,：:]/.test(kept)))
      )
        meta.headline ??= underCrumbs;
      const time = MetaTimeRE.exec(line);
      // Only a labelled meta line (来源 …, 阅读:): a bare date may close an e-paper's list of headlines.
      const labelledTime = time?.[1] !== undefined && MetaLineRE.test(line);
      const headline = labelledTime ? headlineAbove(lines) : undefined;
      if (headline) meta.headline ??= headline;
      // 2025-07-23 星期三 alone above everything: a site's clock, the day the page was saved, not the
      // article's (below the headline the same line is the page's date).
      const clock = isDateLine && WeekdayRE.test(line) && lines.every((kept) => kept === "");
      if (time?.[1] && !publishedMarked && !clock) {
        publishedMarked = PublicationMarkRE.test(line);
        if (publishedMarked || meta.publishedText === undefined) meta.publishedText = time[1];
      }
      removed.push(original);
      continue;
    }
    if (
      ContactLineRE.test(line) ||
      (!prose && EndMarkerRE.test(line)) ||
      ReprintNoticeRE.test(line) ||
      LeaveSiteRE.test(line) ||
      DownloadHelpRE.test(line) ||
      WelcomeRE.test(line) ||
      BylineLineRE.test(line) ||
      PhotoCaptionRE.test(line)
    ) {
      removed.push(original);
      continue;
    }
    // …今晚8时召开工作会议后决定。1040707: a Taiwanese wire story closes with its day, year counted from 1912.
    const wireStamp = RocStampEndRE.exec(line)?.[1];
    if (wireStamp && !publishedMarked && meta.publishedText === undefined) meta.publishedText = wireStamp;
    // (Only opening the story: (截至20230831 18:00)全县累计… in the body is a count's time.)
    const opening = sawBody ? undefined : WireStampStartRE.exec(line)?.[1];
    if (opening && !publishedMarked && meta.publishedText === undefined) meta.publishedText = opening;
    // (date 2025-12-31 新竹市長…: a page's labelled day opening a line of text over the article is no part of it.)
    // (Not a field list: Date: 2024-07-06 Time: 9:00 地点….)
    const unlabelled =
      english && !sawBody && /^\s*\p{Script=Han}/u.test(original.slice(english[0].length))
        ? original.slice(english[0].length).trimStart()
        : original;
    if (/[。！？]/.test(line) || line.length > 60) sawBody = true;
    lines.push(unlabelled.replace(AbstractLabelRE, ""));
  }
  while (lines.at(-1) === "") lines.pop();
  const linkList = datedLinkListStart(lines);
  if (linkList !== undefined) {
    removed.push(...lines.splice(linkList).filter(Boolean));
    while (lines.at(-1) === "") lines.pop();
  }
  // The document's own number heads it, in the page or below the page's furniture (a forwarded one, or
  // a sidebar's, stands lower); a page's meta line over it (发布时间:… 来源:…) does not push it down.
  const furniture = new Set(removed);
  /** The number among the first three lines that are neither blank nor furniture without a number. */
  const numberInOpening = (from: readonly string[]): ReturnType<typeof parseDocNumber> => {
    let seen = 0;
    for (const line of from) {
      if (line.trim() === "") continue;
      const number = parseDocNumber(simplifyChars(line).trim());
      if (number) return number;
      if (!furniture.has(line) && ++seen === 3) return undefined;
    }
    return undefined;
  };
  const docNumber = numberInOpening(input) ?? numberInOpening(lines);
  if (docNumber) meta.docNumber = docNumber;
  // 大小:32.50 KB / 页数:5页 / 时间:2019-10-18: a document site's record of an upload, not of the text.
  if (
    meta.publishedText &&
    input.some((line) => DocSizeRE.test(line)) &&
    input.some((line) => DocPagesRE.test(line)) &&
    input.some((line) => DocSiteNoticeRE.test(line))
  ) {
    meta.uploadedText = meta.publishedText;
    delete meta.publishedText;
  }
  const text = lines.join("\n");
  if (/(?:…{1,}|\.{3,})\s*略\s*(?:…{1,}|\.{3,})|[^。！？”」）)\s]\s*(?:…{1,}|\.{3,})\s*$/.test(text)) truncated = true;
  return { lines, removed, truncated, pinyinArtefacts: pinyin.removed, meta, garbled };
}
