import type { Measure } from "../../schemas/report";
import { dueCellDeadline, findDeadline } from "./dates";
import { endsWord } from "./segmenter";
import {
  BODY_FUTURE_WORK,
  BODY_HEAD,
  BULLET_MARKS,
  CarrierFieldEndRE,
  CarrierLineRE,
  DeadlineLineRE,
  FilingLineRE,
  PurposeSentenceRE,
  REPLY_FOLLOWS,
  SANCTION,
  SENT_TO_YOU,
  ScoredItemRE,
  TREATED_AS_TASK,
  TrailingBylineRE,
} from "./patterns";
import { tagsFor } from "./tags";
import { extractTargets } from "./targets";

/**
 * Work measures (工作举措): the directive sentences of a report. A sentence is a measure when it
 * is phrased as a directive (要…, 必须…, 确保…, 一要/一是…) or stands where directives stand (after
 * 会议要求 / 强调, under a 下一步 heading, in a speech), and is not reported progress (已完成,
 * 截至目前, 去年以来). Each measure keeps the sentence as written, in the source's own script.
 */

/** A paragraph with its original and simplified text (same code points, see simplifyChars). */
export interface Paragraph {
  original: string;
  simple: string;
  /** The heading the paragraph stands under, simplified. */
  heading?: string;
  /** Units a heading line above assigns the paragraph's tasks to (a task table's 责任单位). */
  assignees?: string[];
  /** A notice's addressees: whom its sentences ask for work when they name no one else. */
  addressees?: string[];
  /** The paragraph is a task table's task cell: one task with its row's units. */
  tableRow?: true;
  /** A task cell's 完成时限 cell (12月底前, 9月投入使用). */
  due?: string;
  /** An experience piece's body whose practice the paragraph tells: its practices that name no one are its. */
  practiceOf?: string[];
}

export interface MeasureContext {
  docType: string;
  /** The year deadlines such as 年底前 refer to; null when unknown. */
  year: number | null;
  /** The report's day (YYYY-MM-DD) a period such as 一周之内 counts from, when the date is whole. */
  day?: string;
  /** Units every measure of the document belongs to (the signer of a 检查). */
  ownUnits: string[];
  /** Finds and canonicalises the units a sentence names. */
  unitsOf: (simpleSentence: string) => string[];
  /** The units that open the pieces of a passage: what 以上责任单位 refers back to. */
  unitsOpening: (simplePassage: string) => string[];
  /** An experience piece's bodies whose practice a sentence tells, named at its opening (canonical). */
  practiceHoldersOf?: (simpleSentence: string) => string[];
  /** The department whose own meeting this is: it owes the orders that name no one else. */
  convener?: string;
  /** The bureau publishing its own news (信息来源：县环保局): the 我局 of its sentences. */
  publisherBureau?: string;
  /** A policy document (方案, 规划责任分解): its items set tasks without a speaker's 要. */
  plan?: boolean;
}

/** What the meeting's lead-in may open with: the matter (就做好下步工作，) or the purpose (为推进厕所革命，). */
const INTRO_PURPOSE = "(?:(?:就|为了?)[^，,。]{2,24}[，,])?";
/**
 * A speaker or meeting introducing what follows: 江凌在讲话中指出， / 会议要求： / 就做好下步工作，会议指出， /
 * 为推进厕所革命，会议要求， / 会上，利军指出， / …常务副县长李勇出席会议并指出， (a subject that 要…出席…并部署 is
 * ordered, and introduces nothing; (要)按照“…”要求， opening an order, with or without its subject (相关部门要
 * 按照调度会要求，, 按照“五室二超市一广场”具体目标要求，, after its deadline: 在1月底前按照“三管三必须”的要求，), states
 * whose demand it follows, and is the order).
 * 会议决定： heads a list of decisions (会议决定，追授… is one decision, and introduces nothing).
 * (要深刻领会中央决策部署，, 要认真落实市委安排， are orders to carry the plan out, no one introducing it.)
 */
const IntroRE = new RegExp(
  `^(?!(?:[于在]?(?:(?:\\d{4}|今|明)年)?(?:\\d{1,2}月(?:\\d{1,2}日|底|中旬|上旬|下旬|末)?|年底|年内|年末|月底)(?:前|之前)?[，,]?)?(?:按照|根据|遵照|依照|对照)[^，,。；]{0,30}?要求[，,])${INTRO_PURPOSE}(?:(?:会上|会议上|会中|会议中)[，,])?(?:(?:(?![^，,。；]{0,40}?(?:要|须|应当|务必|必须))[^，,。；]{0,40}?(?:出席|主持)[^，,。；]{0,8}?并)?(?![^，,。；]{0,20}?(?:(?<![纪概重主需只])要(?![求素点])|必须|务必|应当)[^，,。；]{0,6}?(?:领会|贯彻|落实|学习|把握|执行|服从)[^，,。；]{0,16}?(?<!作出|做出|作了|做了|作|进行了|进行|以下|如下|统一)(?:部署|安排)[，,:：])[^，,。；]{0,20}?(?<!^${INTRO_PURPOSE}(?:(?:会上|会议上|会中|会议中)[，,])?(?:(?:会议|会上)(?:研究)?决定[:：])?[^，,。；]{0,16}?(?:要|必须|务必|应当?|须)(?:按照|根据|遵照|依照|对照)[^，,。；]{0,20})(?:强调|指出|要求|提出|表示|部署|安排|提示|指示)|(?:会议|会上)明确|(?:会议|会上)(?:研究)?决定(?=[:：]))[，,:：]`,
);
/**
 * A speaker's second statement in one sentence: 还表示, 又称 before what will be done (after 周伟迎表示，…); not 又称 as
 * "also called" (推行林长制，又称“山林管护责任制”).
 */
const SecondStatementRE =
  /^(?:又|还)(?:表示|指出|提到|提及|透露|强调|称(?=[，,:：]|[^，,。；;“"「]{0,8}?(?:将|要|会|计划|预计)))[，,:：]?/;
const ProgressRE =
  /^(?:去年以来|近年来|今年以来|今年上半年|上半年|截至|截止|目前|已|累计|此前|自\d{4}年以来|(?:\p{Script=Han}{0,8}?[县市区旗镇乡])?\d{4}年?以来[，,]?(?:共|累计|已|先后)|数据显示|据统计|据了解|其中|同时,该区|近年)/u;
const ProgressInsideRE =
  /已完成|已达标(?=[，,。；;：:]|$)|已整改(?:完毕|到位)(?=[，,。；;：:]|$)|已累计|累计建成|已建成|已基本完成|全部完工|已完工|已征收|取得了|迎来了|已(?:提前|先行|陆续|全面|初步|经)/;
/**
 * An order the speaker has given to bodies named after it: 我已经指示各部门…, 我们已要求市住建局…; not
 * another's order reported with its outcome (县政府已经责成…进行了调查处理).
 */
const IssuedOrderRE =
  /我们?已(?:经)?(?:[指裁]示|责成|要求)(?=各|相关|有关|[\p{Script=Han}]{1,14}?(?:局|处|署|委|办|所|部门|单位|中心|公司|街道|社区))/u;
/**
 * A sentence telling what happened: a meeting held, a day's events; not a span ahead that a body will fill
 * (4月13日至19日，万宁市将开展…).
 */
const NarrativeRE =
  /^(?:本报讯|本报|(?:(?!要|须|需|应|务必)[^，,。]){0,12}(?:召开|举行)[^，,。]{0,40}(?:会议|推进会|大会|座谈会|现场会)|会议(?:播放|通报|传达|听取|审议|观看|宣读|总结)|会上(?![，,][^，,。；;]{0,20}?(?:要|务必|必须)(?!求))|与会|当日|当天|\d{1,2}日(?![前起]|之前|以前)|\d{1,2}月\d{1,2}日(?![前起]|之前|以前|至(?:\d{1,2}月)?\d{1,2}日[，,][^，,。；;]{2,16}?将(?=在|于|对|组织|开展|举办|举行|启动|实施|集中|陆续|全面|进行)(?![^。；;]*(?:了|(?<![公总])共(?!同|享|建|治)|累计|已|完成)))|昨日|[^，,。]{0,20}(?:出席|参加|列席)会议|[^，,。；;]{2,60}?(?:负责人|负责同志|主要领导)[^，,。；;]{0,6}?(?:汇报|介绍|说明|通报|报告)了(?![^。；;]*(?:要求|要|务必|必须|请))|[^，,。]{0,40}(?:作了?|进行)(?:表态|典型|交流)发言)/;
/** What a task is called when its worth is told: a 举措, a 保障, a 抓手 of something. */
const WORTH = "(?:举措|措施|抓手|内容|保障|途径|任务|要求|基础|支撑|所在|手段|载体|路径)";
/**
 * What a task means, not what to do: …，是…的一项重要举措, 是推动…的关键所在, 是…的必然要求, 是今年“三农”工作的重中之重.
 */
const SignificanceRE = new RegExp(
  `[，,]是[^。；;，,]{0,30}?(?:(?:一项|一个)?(?:重要|重大|必然|根本|关键|有效|务实)${WORTH}|的(?:关键|根本|前提|基础)(?:所在)?|的?(?:重中之重|头等大事))[。！!]?$`,
);
/**
 * Words that count what came to pass over a period: 共发生…起, 发生8起，同比下降…, 已整改986处, an item opening 今年以来 or
 * 截至目前, 本年度累计受理… (not 公共预算收入…, 共同完成, 截至每月25日).
 */
const TalliedRE =
  /(?<![公总])共(?!同)[^，,。；;]{0,8}?(?:发生|受理|排查|检查|查处|办结)|发生[^，,。；;]{0,12}?\d+\s*起[^。；;]{0,12}?(?:同比|环比)|(?<![对的])已[^，,。；;]{0,4}?(?:整改|办结|处置)[^，,。；;]{0,6}?\d|^[^，,。；;]{0,12}?(?:以来|截至(?!每)|截止(?!每))|(?:今年|本年度?|去年|上半年|\d{1,2}\s*[-—至到~]\s*\d{1,2}\s*月份?)[^，,。；;]{0,6}?(?:共|累计)?(?:发生|受理|排查|检查|查处|办结)/;
/** Words that set a figure to reach or keep under: 以上, 左右, 不超过, 只增不减. */
const TallyTargetRE =
  /力争|确保|争取|目标|以上|左右|以内|不低于|不少于|不超过|不高于|只增不减|达到|控制在|预计|计划|任务/;
/** A sentence ending on the deploying done: …,对…工作进行了部署, 就…作了具体安排. */
const DeployedRE =
  /(?:对|就)[^。；;]{2,80}?(?:进行了|作了|做了|作出了|做出了)(?:全面|具体|详细|系统|周密|专门|动员)?(?:部署|安排)(?:和(?:部署|安排))?[。！!]?$/;
/** People, not bodies, saying what they will do: 干部群众纷纷表示,将…, 与会人员一致表示. */
const PledgeRE =
  /^[^。；;]{0,20}?(?:干部群众|人民群众|群众|市民|居民|村民|与会人员|参会人员|与会同志|干部职工|党员干部|志愿者|代表们)(?:们)?(?:纷纷|一致|都|均)表示/;
/**
 * Bodies promising as they answer or speak in turn: 区经促局…一一进行解答，并表示将…, …依次表态发言，并承诺将… (not
 * an order that they answer and promise: 各窗口单位要…进行解答，并承诺将限时办结).
 */
const BodyPledgeRE =
  /^(?:(?!要|须|务必|必须|应(?!急))[^。；;]){2,80}?(?:表态发言|进行了?解答|作了?答复|作了?回应)[，,]\s*(?:并|均|纷纷|一致)?(?:表示|承诺)(?:将|要|会|一定)/;
/** A task as the subject of 是, called the means or safeguard of something ending the sentence. */
const CopularSignificanceRE = new RegExp(
  `^[^，,。；;]{2,60}?(?<!要|须|应|就)是[^。；;]{2,200}?的(?:一项|一个)?(?:具体|重要|重大|必然|根本|关键|有效|务实|必要)${WORTH}[。！!]?$`,
);
/** The party committee and the government deciding on work of this year or the next. */
const LeadershipDecisionRE =
  /^(?:(?:今年|明年|今后|近期|这次)[，,]?)?(?:[省市县区州旗]委|党委)[、和与]?[省市县区州旗]?(?:人民)?政府(?:研究)?(?:决定|确定)(?!在(?:这里|此)(?:召开|举行|举办))(?:把|将|在|从|启动|开展|实施|全面)(?![^。]*(?:表彰|处分|嘉奖|奖励|以来|累计|已|取得))/;
/**
 * A body, or a notice after its grounds, deciding to carry out work: 县爱国卫生运动委员会决定对全县…进行督查,
 * 根据…要求，决定开展…, 市政府决定在全市范围内开展…专项行动; not a decision to honour or punish, nor one told as done
 * (2015年，县政府决定启动…, 上世纪90年代，县政府决定…, …当时面临…: history; a one-character place's 政府 is read
 * only in a sentence that names no time past).
 */
const DecidesWorkRE =
  /(?:^|[，,])(?:\p{Script=Han}{2,24}?(?:委员会|委|政府|办公室|办|局|领导小组|指挥部)|(?<!^[^。]*(?:\d{4}年|当年|那年|次年|翌年|(?:多|几|\d|[一二三四五六七八九十])年前|早年|上世纪|年代|去年|前年|此前|后来|当时|那时|彼时|初期|之初|解放后|建国后|新中国成立)[^。]*)[省市县区旗州盟]政府)?(?:研究)?决定(?=[^。；;]{0,60}?(?:开展|进行|组织(?!召开)|实施|启动|成立))(?![^。]*(?:表彰|表扬|处分|处罚|罚款|嘉奖|奖励|追授|授予|命名|问责|以来|年来|累计|已|取得|(?<!(?:确保|推动|力争|力求|以期|争取|着力|努力|促进|实现|使|让)[^。，,]{0,20})得到|共(?:抽查|完成|查处|发现|检查)|发现问题|经过|如今|当时|全年))/u;
/** A document, in news of its issue, setting out tasks: 《意见》确定了…等重点任务,明确提出到2020年…. */
const DocumentSetsOutRE =
  /^《[^》]{1,60}(?<![法例])》(?:中|还)?(?:明确(?:提出|要求|了)?|(?:确定|提出|部署)了?[^。]{0,80}?(?:任务|目标|要求|行动|举措|到20\d\d年))(?![^。]*(?:已|取得|完成|不断))/;
/** The tasks a speech sets out for the work ahead: 这次创建省级卫生城市的主要任务是:…. */
const TasksSetOutRE =
  /(?:这次|今年|明年|当前|今后|下一步|下步)[^。；;]{0,20}?(?:主要|重点|首要|中心)任务(?:是|有)[:：](?![^。]*(?:已|取得))/;
/** How a leader's title ends, before the name that may follow it: 县长, 县委书记, 主任, 主席, 主委, 苏木达. */
const LEADER_TITLE_END = "(?:长|书记|主任|主席|主委|苏木达)";
/**
 * The bodies a meeting's or a leader's demand is put to, before their modal: 乡长要求各村、各企业要…, 会议责成县住建局
 * 务必… (not 居民要求物业公司必须…, a request).
 */
const DemandedOfRE = new RegExp(
  String.raw`(?:会议|大会|领导|${LEADER_TITLE_END}(?:\p{Script=Han}{2,3})?)(?:还|并|也|再)?(?:要求|责成)([^，,。；;：:]{2,40}?(?:要(?!求)|务必|必须))`,
  "u",
);
/** An item that tells of work done or names its own doer: no item of the demand above it. */
const NoDemandItemRE = /累计|完成率|已经?|发现|共计|我们|由[^，,。；;]{1,12}(?:牵头|负责)|肯定|表扬/;
/** An item's opening: 一是, （三）, 首先, 2. (not 最后，王县长强调，一是…: the lead of closing words whose items follow). */
const EnumerationRE =
  /^(?:[一二三四五六七八九十]+(?:要|是|、)|[(（](?:[一二三四五六七八九十]+|\d{1,2})[)）]|首先|其次|再次|最后(?![，,]?[^，,。；;]{1,12}(?:强调|指出|要求|提出)[，,：:]\s*$)|第[一二三四五六七八九十]+[,，、]|\d{1,2}[.．、](?!\d))/;
/**
 * 请 asking someone to act (not 申请, 邀请, 请示; nor 报请公鉴, a report submitted for the record, or
 * 市发改委报请的《…》, one submitted to the meeting; 报请县政府审定 is work to do).
 */
const PleaseRE = /(?<![申邀聘提敬宴])请(?!示|假|求|柬|教(?!育)|\s*公鉴|的)/;
/** 另由…, 并由…: the next body a task goes to (not 同时由于, a reason, or 并由此). */
const AnotherCarrierRE = /(?:另|并|同时)由(?!于|此)/;
/**
 * A later clause where a leader by title and name instructs: …已陆续执行完成，县长钟东锦(另)指示… (not 按照县长指示的,
 * 在书记指示下, 上次会议主席指示事项执行情形, 秘书长裁示: over what follows).
 */
const LeaderInstructsAfterCommaRE = new RegExp(
  String.raw`[，,][^，,。；;]{0,12}?(?<=${LEADER_TITLE_END}\p{Script=Han}{0,4}?(?:另|也|并|还|特别|再|亦)?)(?:指示|裁示)(?![了的下过]|事项|精神|要求|内容|批示|\s*[:：]?\s*$)`,
  "u",
);
/**
 * Words that make a clause an order: 必须, 请, 要求各局…, 须加强…, 期望各单位持续…, 县长钟东锦希望各乡镇市… (not
 * 迫切需要强化…, a need the speaker sees, nor 村民们希望有关部门…, 董事长李华希望…, 县委书记希望各族群众…: a wish or an
 * appeal).
 */
const ModalRE = new RegExp(
  String.raw`(?:必须|务必|确保|力争|严禁|不得|坚决|切实)|${PleaseRE.source}|(?:^|[，,；;])(?:并|也|同时|另)?(?:要求|希望|[指裁]示|号召)|(?<!(?:代表|企业家?|群众|居民|村民|市民|网友|商户|议员)[^。；;]{0,8})(?:^|[，,；;])(?:并|也|同时|另)?(?:期望|期勉|期许)(?=各(?:单位|部门|局处|局|处|股室|科室|机关|级|乡镇|街道)|(?:相关|有关)(?:单位|部门|局处))|(?:^|[，,；;])(?:并|也|同时|另)?(?:期勉|期许)(?=[^，,。；;]{1,10}?(?:局|署)(?!长))|(?:^|[，,；;])由[^，,。；;]{2,16}?(?:牵头|负责)|^${AnotherCarrierRE.source}[^，,。；;]{2,20}?(?:局|处|委|办|署|中心|部门|单位)(?![^，,。；;]*(?:[作做]了|进行了))|(?<![将已曾])由(?!于|此)[^，,。；;]{2,16}?牵头(?=[，,][^，,。；;]{2,20}?(?:落实|配合|负责|参与|协办)|[；;。]|$)|^[^，,。；;]{2,20}?(?:局|委|办|中心|部门|政府)牵头[，,]|(?<![的按照据合足到达级项种出与和及、])(?:(?:要求|责成|指示|敦促(?!下))(?=各|相关|有关|全|[\p{Script=Han}]{1,14}?(?:局|处|署|委|办|所|联|部门|单位|公司|中心|机关|机构|街道|社区)|「|“))|(?<=(?:[省市县区州盟旗镇乡]长|书记)\p{Script=Han}{0,4}?(?:另|也|并|还|特别|再|亦)?)希望(?=各(?:乡镇|镇|乡|街道|部门|单位|局处|级|村|社区|县区|区县))|(?:仍|均|都|亦)?(?<!切)[须需应](?=[\p{Script=Han}]{0,4}(?:加强|做好|注意|配合|落实|提升|完成|排除|严加|立即|尽速|尽快|推动|持续|积极|全力|妥善|审慎|及早|提早|多加|改善|改进|深入|严予|从严|检讨|研议|研拟|防范|避免|重视|注重|予以|依法|整改|加速|加快|主动))|(?<![原本仍还尚切])[须需应](?=[\p{Script=Han}]{0,4}(?:提高|强化|加大|认真|严格|抓好|部署)(?![，,。；;！!]|$|[^，,。；;]{0,4}的))`,
  "u",
);
/**
 * A clause after ； that gives a directive of its own (…；要紧盯目标…；请市场处…) is a measure of its
 * own, as 一是…；二是… items are.
 */
const DirectiveClauseRE =
  /^(?:而|另外?|同时|并|也|还|此外)?[^，,。；;]{0,15}?(?:要(?![求素点])|须|必须|务必|请|希望|要求|应当)/;
/**
 * How a task opens when its sentence names no one (对此, answering what came before, opens none), or
 * what a decision puts where (从2012年起，将…任务纳入各部门考核指标).
 */
const DirectiveStartRE =
  /^(?:始终(?![未没不])|对(?!此[，,])|责成|给予|予以|聚力|深刻认识|加快|加紧|持续|继续|扎实|着力|坚持|推动|推进|严格|强化|加强|全面|大力|积极|切实|深入|统筹|抓好|抓实|做好|做强|建好|建立|健全|完善|聚焦|围绕|突出|提升|优化|明确|落实|实施|开展|打造|规范|整治|加大|注重|更加注重|守牢|筑牢|补齐|确保|力争|争取|压实|依托|以|抢抓|深度|进一步|把|让|用好|发挥|营造|培育|引导|鼓励|探索|创新|严防|守土|全域|提高|加速|大家要|全力|制定|规划建设|立足|着眼|瞄准|抓紧|狠抓|紧盯|(?:盯紧|盯牢|盯住|严把|严守|严禁|织密|扎牢|配足|配齐|备足|备齐)(?![^，,。；;]{0,4}了)|紧扣|深化|夯实|构建|巩固|谋划|启动|(?:从\d{4}年(?:起|开始)[，,]?)?将(?=[^。；;]{2,40}?(?:纳入|列入|列为))|将(?:抽调|组织|组成|成立|开展|启动))/;
/**
 * A task row opening with the body that carries it (区城管局负责，工商局配合，取缔…; 区财政局负责落实…;
 * 区商务局、区城管局牵头督促…): not its people (负责同志, 负责人) nor work it did (负责了).
 */
const CarrierOpeningRE =
  /^[\p{Script=Han}、（）()]{2,30}?(?:局|办|委|中心|处|科|站|所|队|政府|办事处|街道|镇|乡)(?:负责|牵头)(?!同志|人|了)(?=[，,]|[\p{Script=Han}]{2})/u;
/** A lead-in to a list of bodies by how they did: 整治成效较好的乡镇(街道)分别:, 排名靠后的单位有: . */
const RankedGroupLeadRE =
  /的(?:乡镇|街道|单位|部门|村|社区|县区|县市区|县（市）区|镇街)(?:[(（][^()（）]{1,8}[)）])?(?:分别|有|是|为|如下)*[:：]$/u;
/** The collectives a task may open with before its verb: 各村各部门加大…, 各乡镇、各街道加强… . */
const CollectiveLeadRE =
  /^(?:(?:全[市县区镇乡])?各(?:级|有关|相关)?[\p{Script=Han}]{0,4}?(?:村|社区|部门|单位|乡镇|镇|乡|街道|县|区|县区|县市区|镇街)(?:[（(][\p{Script=Han}、]{1,6}[)）])?[、，,和及]?)+/u;
/** Headings over directive sections and over progress sections. */
const DirectiveHeadingRE =
  /下一步|展望|重点方向|重点任务|重点工作|部署|安排|措施|要求|加快|推动|持续|守牢|扎实|完善|进一步/;
const ProgressHeadingRE = /回顾|进展|成效|成绩|情况|方面$/;
/**
 * An appeal to the public (全体市民要…, 请将废弃口罩…, 呼吁市民…, 请以上区域用户提前做好蓄水准备) or advice to a
 * reader (不要错过老城博物馆, 希望这篇攻略助您…) asks no unit for work; a unit told to appeal
 * (市生态环境局要加强宣传…，呼吁市民自觉禁塑; 他请新闻处转请电视台即时跑马,呼吁市民…; 也指示民政局…加强宣导，
 * 呼吁市民…) is given work all the same.
 */
const PublicAppealRE =
  /^(?:千万)?(?:不要|别)错过|^(?:希望|祝)[^。，,；;]{0,20}?您|^(?:因此|同时|另外)?[，,]?(?:广大|全体)?(?:市民|居民|民众|群众|村民|游客|家长)(?:朋友)?们?(?:要|应|务必|请)|^请(?:广大)?(?:市民|居民|民众|群众|大家|各位|您|将)|^请(?:(?!公司|企业|局|站|所|中心|部门|单位|委|办|做好|加强|通知|查验|提醒|引导|督促|服务)[^，,。；;要]){0,8}?(?:用户|住户|业主(?!委员会|大会)|旅客|乘客|车主)(?:朋友)?们?|^[^，,。；;要]{0,16}呼吁(?!各(?:单位|部门|局处|级))|^(?:(?!要|(?:请|[指裁]示|责成)[^，,。；;]{1,12}?(?:处|局|署|委|办|部门|单位|中心|电视台))[^。])*?呼吁(?:广大)?(?:市民|居民|民众|群众|村民|游客|家长|大家)/;
/** An order no statement of progress contains: 请…, 务必, 必须, 要求. */
const StrongOrderRE = new RegExp(String.raw`${PleaseRE.source}|务必|必须|(?:^|[，,；;])(?:并|也|同时|另)?要求`);
/** A sentence announcing a look back (作了简要回顾, 总结了上半年工作): the items after it recount work done. */
const ReviewLeadRE =
  /(?:作了?|做了?|进行了?)[^。；;，,]{0,6}(?:回顾|总结)[。:：]?$|(?:回顾|总结)了?[^。；;]{0,12}(?:工作|成绩|成效)(?:情况)?[。:：]$/;
/** A meeting's agenda announced (共四项议程。): the items after it say what was done, unless one orders. */
const AgendaLeadRE = /[一二三四五六七八九十两\d]+项议程[。:：]?$/;
/** A clause addressed to every body of a kind: 各地要…, 各部门近期要…, 需各地落实…. */
const CollectiveSubjectRE = /(?:^|[，,])(?:需|请)?各[\p{Script=Han}、]/u;

/** Where an enumeration lists problems or kinds of things (主要是两大类：), not tasks. */
const ProblemListRE =
  /(?:问题|原因|不足|差距|短板|反思)(?:主要)?(?:是|有|在于)?[:：]|存在的[^，,。：:]{0,8}问题(?:通报)?如下[:：]|(?:主要|分为|包括)[^，,。：:]{0,6}(?:类|种)[:：]$/;
/**
 * What a sentence says outside its purpose clauses (以确保…) and cited slogans (提出的“…要…”, 省防指“确保…”的
 * 部署): a modal there states why or quotes, it gives no order.
 */
const modalScope = (simple: string): string =>
  simple.replace(/(?:以|为了?|借以)确保[^，,。；;]*|的[“「][^”」]*[”」]|[“「][^”」]*[”」](?=的)/g, "");
/**
 * A practice an experience piece tells of, as its peers would copy it: the body or its watchword, then
 * what it set up or keeps doing (区住建局…成立…专班, 始终坚持把…作为重点工作来抓, 市住建局将棚改作为…重要政治任务,
 * 扎实开展“美丽楼院”创建, …村组织群众开展…, 通过开展…行动, 将…纳入村规民约),
 * the watchword it keeps to or carries out, the work going on after it (坚持“党委抓统筹…”，推行…; 深化“三法一制”
 * 工作模式，依托…; not 实施“…”以来, …的做法, 坚持“等靠要”思想), or the principles it keeps, then how
 * (坚持因地制宜、规划先行、问需于民…，定路段…; not 坚持党建引领、问题导向、群众参与。 as a heading);
 * not its figures (截至目前，…已全部复工).
 */
const PracticeRE = new RegExp(
  String.raw`^(?:同时|此外|另外)?[，,]?(?![^，,。；;]{0,12}(?:截至|截止|目前|共|累计|已))[^，,。；;]{0,30}?(?:始终坚持|坚持把|坚持以|(?<![要应须需])(?=${TREATED_AS_TASK})(?:将|把)|(?<![要应须需])将[^，,。；;]{2,30}?纳入|组织[^，,。；;]{2,30}?(?:开展|进行)|通过开展|成立了?|组建了?|建立了?|制定了?|制订了?|出台了?|推行|开辟|整合|扎实开展|全面开展|深入开展|持续开展|大力开展|(?:坚持|深化|实施|创新|打造|探索)(?=[“"「][^”"」]{1,30}[”"」](?![^，,。；;]{0,8}?(?:以来|做法|思想|是))[^，,。；;]{0,30}[，,])|坚持(?=[^，,。；;“"「]{2,8}、[^，,。；;、]{2,8}、[^。；;]*?[，,]))[\p{Script=Han}“"「]`,
  "u",
);
/** What an experience piece's numbered practice is headed by (一是加强阵地建设。): what was done, not what came of it. */
const PracticeVerbRE =
  /^(?:加强|注重|提升|创新|强化|完善|健全|推进|深化|建立|坚持|优化|丰富|夯实|抓实|突出|聚焦|做实|拓宽|着力|规范|狠抓|抓好|搭建|打造|实施|推行|建强|减少|消除|去除|树立|构建|筑牢|压实|开展|推动|增强|提高)/;
/**
 * A plan with its deadline or step (力争年底前完成, 预计今年6月完成设置, 将于7月交货) or its target
 * (将把…审批时间压减至…; a body's own count, 我县计划新建乡镇农贸市场9处, not one set against what was done, 实际
 * 完成, nor one heard of, 据悉,今年全县计划实施重点项目120个), work announced from today or a given day (即日起将进行…, 由本月20日起联合…加强…)
 * or done jointly (将联同区议会…进行…), a body's checking to come (督查室将对未达到进度的任务,进行重点督查), held to a principle (将以…为原则), put in a unit's hands (将由工务局订定…), or work the speaker's
 * side will carry on (将持续争取…, 将围绕…推进). 将 before a time or a state (将持续三天, 将增大) is no plan.
 * Hong Kong's and Macau's government Chinese writes that future with 會 after the body (BODY_FUTURE_WORK;
 * 署方會推展…, 政府稍後會在立法會…介紹, not 小組會在…聽取了…) or plans it (相關部門亦計劃與…進行視察; not 政府計劃
 * 推行的措施, a relative clause, nor 计划与去年同期相比).
 */
const FutureCommitmentRE = new RegExp(
  String.raw`(?:将|计划|力争|预计|规划)[^。]{0,30}(?:前|底|完成|完工|建成|交货|启用|投用|上线)|(?<=我[县市区镇乡旗]|政府|局|委|办)(?:今年|明年)?计划(?:新建|改建|改造|扩建|建设|实施|新增|开工|投资)[^。；;，,]{0,20}?\d+(?:\.\d+)?\s*(?:处|个|座|所|条|公里|亩|户|万|亿|平方米|家|项|套|栋)(?![^。]*(?:实际|先后|惠及|累计|已))|(?<![大议与])会于(?:今年|明年|本月|下月)?(?:第?[一二三四]季度?|\d{1,2}月|年内|年底|年中)[^。；;，,]{0,6}?(?:开始|展开|开展|推出|实施)|即日起|(?:今早|今日)起(?![^。；;]*以来)[^。；;]{0,20}?(?:加强|开展|实施|推行|执行|管制|巡查)[\u4e00-\u9fff]|将把[^。；;，,]{2,30}?(?:压减|压缩|降低|提高|提升|控制|增加|扩大)(?:至|到|在)|(?:由|自|从)(?:(?:本月|下月|\d{1,2}月)\d{1,2}日|本月|下月)起(?![^。；;]*(?:以来|累计|共(?!同)|先后|已|了))[^。；;]{0,40}?(?:加强|开展|实施|展开|推行|执行|将对[^。；;]{1,40}?进行)[\u4e00-\u9fff]|将(?:联同|会同|联合|协同)[^。；;]{2,40}?(?:进行|开展|展开|实施)|将以(?![往上下前后来])[^。；;]{2,30}?(?<!作)为(?:原则|目标|重点|抓手|方向|导向|契机)|将由[^，,。；]{2,16}?(?:负责|牵头|统筹|研拟|研议|订定|制定|拟定|办理|规划|执行|落实|推动)|将(?:[^，,。；]{0,12}?[，,]?)(?:(?:持续|继续|进行)(?![\d一二三四五六七八九十两几]|时间|期间|增大|增加|减少|下降|上升)|进一步|全力|积极|逐步|加快|加强|加大|扩大|强化|深化|推动|推进|推广|争取|完善|落实|开展|实施|整建|建设|研拟|订定|制定|围绕|聚焦)|(?<![已现])将对[^。，,；;]{1,20}?跟踪(?:督查|督办)?|(?<=局|署|处|室|组|部门|政府|中心)(?:亦|也|还)?将对[^。；;]{2,40}?进行(?:重点|专项|全面|跟踪)?(?:督查|督办|检查|考核|通报|暗访|抽查|问责)|(?<!(?:若|如果|倘若|假如)[^。；;！？!?]{0,30})(?<=局|(?<!部)署|处|部门|政府|[市县]府|小组|委员会|中心|当局|[局署处]方)(?:亦|也|还|都|就|今年|明年|稍后|日后|随后)*会(?=${BODY_FUTURE_WORK})(?![^。；;！？!?]*[吗嗎？?])|(?<=局|(?<!部)署|处|部门|政府|当局|[局署处]方)(?:亦|也|还)?将于[^。；;]{2,60}?(?:安排|派出|部署|开展|进行|实施|推出|加强|展开)|(?<=局|(?<!部)署|处|部门|政府|[局署处]方)(?:亦|也|还|就|稍后|日后|随后)*会(?=在(?!今[日天])[^，,。；;了]{2,30}?介绍(?!了))|(?<=局|(?<!部)署|处|部门|政府|[局署处]方)(?:亦|也|还)?计划(?![^，,。；]{0,12}?(?:的|相比|同比))(?!与(?:财务|统计|投资|规划))(?=与|于|在(?!建)|联同|推出|推行|开展|展开)`,
  "u",
);

/**
 * 要 as the modal verb (X要…), not inside 重要, 主要, 需要, 要求, 要点, 要领, 《经济要情》 …: jieba alone misses it
 * when it glues 要 to an unknown unit name (区委督查室要 → 室要), so the words around it decide. (要领会意图, 要领悟
 * 会议精神, 要领会其中的深意: the modal before 领会 or 领悟 and what is grasped; 掌握这些要领会大大提高…, 要领会因人
 * 而异 are the noun and a 会 of its own.)
 */
const ModalYaoRE =
  /(?<![重主需纲摘只首紧必扼次想简提纪])要(?![求素点是害闻件员么道地职旨诀领]|情》)|要(?=领[会悟][^，,。；;]{0,6}?(?:精神|意图|实质|要义|内涵|意义|深意|要求|部署|讲话|指示|思想|其))/;

/**
 * 就要, 快要, 将要 … 了 closing a sentence: something about to happen (…冷空气就要来了。), nothing anyone must
 * do. (汛期快要到了，各乡镇抓紧…: the order follows it, and 要 stands for it.)
 */
const ImminentRE = /[就快将]要[^，,。；;！!？?]{0,6}?了[，,。！!？?”」]*$/u;

function hasModalYao(simple: string): boolean {
  return ModalYaoRE.test(simple.replace(ImminentRE, ""));
}

/**
 * …，进一步加大工作指导力度…；进一步加大考核工作力度…；进一步加大奖惩力度…: a clause after ； that opens as
 * one before it in the same sentence did, with a task's verb, is the next task of a parallel run.
 */
function parallelTask(chars: readonly string[], start: number, index: number): boolean {
  // (Five characters, a phrase and its verb: 深入研究规划…；深入研究开发模式 are one task's parts.)
  const opening = chars.slice(index + 1, index + 6).join("");
  return (
    /^\p{Script=Han}{5}$/u.test(opening) &&
    DirectiveStartRE.test(opening) &&
    chars.slice(start, index).join("").includes(opening)
  );
}

/**
 * The next point of a short list inside an outline's item (第一,认真组织经济“开门红”,一要尽快分解…任务;二要
 * 抓好收入入库;三要…): a few words each, the item's parts rather than tasks of their own. (一要…；二要… at
 * the top level, or points long enough to be tasks, still part.)
 */
function outlinePoint(chars: readonly string[], index: number, opensWithUnit: (clause: string) => boolean): boolean {
  const point = clauseAfter(chars, index);
  if (!/^[二三四五六七八九十]+[要是]/.test(point) || Array.from(point).length > OUTLINE_POINT_MAX) return false;
  const before = chars.slice(0, index).join("");
  const item = before.slice(before.search(/第[一二三四五六七八九十]+[，,、](?!.*第[一二三四五六七八九十]+[，,、])/su));
  // (二要县市场监管局加强检查: a point naming its own carrier is that body's task.)
  const pointsOf = item.split(/[；;]|[，,。](?=一[要是])/).concat(point);
  const carried = pointsOf.some((piece) => opensWithUnit(piece.replace(/^[一二三四五六七八九十]+[要是]/, "")));
  return /^第/.test(item) && /[，,。]一[要是]/.test(item) && !carried;
}
const OUTLINE_POINT_MAX = 24;

/** A footnote's duty of those who come (注:进入场馆活动的人员须…): the public's, no body's. */
const NoteToPublicRE =
  /^(?:注|备注)\s*[:：][^，,。；;]{0,16}?(?:人员|市民|游客|群众|观众|读者|居民|家长|考生|来宾|参观者)(?:均|都)?(?:须|需|要|应当|务必|不得|严禁)/;

/** The longest item of an enumeration only commas part that joins the measure of the item before it. */
const LIST_ITEM_MAX = 20;

/** True when the comma at `index` stands in a sentence that holds an enumeration whole, with no semicolon. */
function inlineEnumeration(chars: readonly string[], index: number): boolean {
  let start = index;
  while (start > 0 && !/[。！？!；;]/.test(chars[start - 1] ?? "")) start -= 1;
  let end = index + 1;
  while (end < chars.length && !/[。！？!；;]/.test(chars[end] ?? "")) end += 1;
  if (/[；;]/.test(chars[start - 1] ?? "") || /[；;]/.test(chars[end] ?? "")) return false;
  return (
    (
      chars
        .slice(start, end)
        .join("")
        .match(/[，,][一二三四五六七八九十]+是/g) ?? []
    ).length >= 2
  );
}

/** The clause after position `index`, up to the next ； or sentence end. */
function clauseAfter(chars: readonly string[], index: number): string {
  let end = index + 1;
  while (end < chars.length && !/[；;。！？!]/.test(chars[end] ?? "")) end += 1;
  return chars.slice(index + 1, end).join("");
}

/**
 * A task led by its deadline, as plans and task lists write them: 3月31日前，完成…清理工作;
 * 年底前全面建成…; 据介绍，4月20日前，完成…. The deadline comes first; a task verb follows.
 */
const DeadlineLedRE =
  /^(?:(?:据介绍|据悉|据了解|按计划|按照计划|其中|同时|此外|另外)[，,])?(?:[\u4e00-\u9fff]{1,12}?(?:政府|局|委|办|部门|单位|乡镇|街道|县市区|公司|集团|管委会|中心))?[于在]?(?:(?:(?:\d{4}|今|明)年)?(?:\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬|末)?|每月(?:\d{1,2}日|底)|年底|年内|年末|月底|[一二三四]季度(?:末)?|上半年|下半年)(?:前|之前)|(?:(?:\d{4}|今|明)年)?\d{1,2}月(?:底|末|中旬|上旬|下旬)|(?:春节|元旦|清明|五一|端午|中秋|国庆|汛期|开学)(?:前|期间))[，,]?(?:全面|基本|全部|要|须|必须|力争|确保|陆续)?(?:完成|实现|建成|建立|启动|开展|出台|制定|落实|推进|对|按照|组织|清理|拆除|配合|办理|实施|展开|开工|新建|改造|投用|将(?!迎来|有|会)(?=[^，,。；;]{1,40}?(?:报送|上报|报(?=[区市县省镇乡各])|送达|送交|汇总|提交|反馈)))/;

/** A leader's spoken instruction opening a quote: 提出要求：“, 强调：“, 指出：“. */
const InstructionColonRE = /(?:指示|要求|强调|指出)\s*[:：]\s*$/;

/**
 * What tells work done by a date, not owed by it: 9月底，完成造林3.2万亩，超额完成…; …，保障了…; 增长8%;
 * 共排查隐患120处 (not 公共充电桩200个, 共计1.2万亩 to build).
 */
const DoneByRE =
  /了|已|超额|累计|同比|截至|增长|下降|(?<!公)共(?:排查|检查|整治|清理|查处|发现|处置|出动|整改)[^，,。；;]{0,10}\d/;

/** A task with its own deadline anywhere in its clause: 农村危房改造工作7月底前全面完成, 11月底新建改造道路63条. */
const DueTaskRE =
  /(?:(?:\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬|末)?|年底|年内)(?:前|之前)|\d{1,2}月(?:底|末|中旬|上旬|下旬))[^，,。；;]{0,4}(?:完成|建成|实现|到位|投用|竣工|启动|开工|新建|改造)/;

/**
 * A body that brings others in to launch an action: 卫生局邀集各局处启动…联合稽查, 市场监管局会同公安开展….
 * Said in the past (已会同…开展了) it is a result, not a task.
 */
const JointLaunchRE =
  /^(?:[^，,。；;]{0,6}[，,])?[^，,。；;]{2,14}?(?:局|处|署|委|办|中心|公所|政府|市府)(?:将|也|亦|并)?(?:邀集|会同|联合|协同)[^。；;]{2,40}?(?:启动|展开|开展|实施)(?!了)/;

/**
 * A campaign set for a period: 警察局自2月1日起至2月15日止，展开为期15天「…」; or one of its phases with its
 * dates (第二阶段10月18日至12月15日，各县区深入进行排查, …对已取缔站点的跟踪检查), unless told as done (…，共排查
 * 隐患120处, 完成了…, 已圆满结束, 排查企业356家, 拘捕23名, 下达整改通知书23份, …是企业自查阶段).
 */
const CampaignPeriodRE =
  /自[^。；;，,]{2,24}起至[^。；;，,]{2,24}止[，,]?[^。；;]{0,6}(?:展开|开展|实施|进行|推动|执行)|第[一二三四五六七八九十]阶段[（(:：为是]?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日?[-—～~至到](?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?![^。；;]*(?:[了共]|累计|取得|已(?![^。；;，,]{0,6}的)|[为是][^。；;，,]{0,8}阶段|\d\s*万?\s*(?:家次|人次|家|处|起|条|份|场|摊|个|户|名|人|项|张|只)|率达))/u;

/** A unit's head pledging what it will do: …中心主任陈卫年表态:…. */
const HeadPledgeRE = new RegExp(String.raw`${BODY_HEAD}\p{Script=Han}{2,3}表态[:：](.*)$`, "u");

/** A clause that gives an order or states a plan (…；他指示…相关单位要…；农业局亦采购…，预计7月交货). */
const givesDirective = (clause: string): boolean =>
  hasModalYao(clause) || ModalRE.test(clause) || FutureCommitmentRE.test(clause) || DeadlineLedRE.test(clause);

/** A parenthesised note that ends a paragraph or a clause: （20分）, (10分)；, （资源化）。 */
const ScoreNoteRE = /^[（(][^（()）。]{1,12}[)）][；;。，,]?(?:$|[；;。，,])/;

/** Carriers with their part, inside a bracket: 省发改委负责, 省财政厅主办,省国税局、地税局协办. */
const CARRIERS_WITH_PART = "[^（()）。]{2,80}?(?:负责|主办|牵头|协办|配合|参与)";
/** A bracket naming carriers with their part: (省发改委负责), (省财政厅主办,省国税局、地税局协办). */
const CarrierNoteRE = new RegExp(`^[（(]${CARRIERS_WITH_PART}[)）]`);
/** The clause before position `index` (from the last comma, or `start`). */
function lastClause(simple: readonly string[], start: number, index: number): string {
  const text = simple.slice(start, index).join("");
  return text.slice(Math.max(text.lastIndexOf("，"), text.lastIndexOf(","), -1) + 1);
}

/** A clause that turns to other bodies with an order of its own: 并请…, 也请…, 并指示…, 请…, 另由…. */
const CommaOrderRE = new RegExp(
  String.raw`^(?:(?:并|也|另|同时)?(?:请|责请|[指裁]示)(?![示求教假])|${AnotherCarrierRE.source}(?=[\p{Script=Han}]{2,20}?[局处委办署]))`,
  "u",
);

/** An inspection's verdict that a place is in order: 该点位文明创建工作整体良好。 */
const PraiseRE = /^[^。；;，,]{0,24}(?:整体|总体|基本|均)(?:良好|较好|到位|规范|达标|符合要求)[。！]?$/;
/** The number of the next item: (二), 2., 三、. */
const InlineItemRE = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]+、)/;

/** What an inspection found wrong: 整改不彻底, 杂物堆放, 围墙破损, 保洁不到位, 未清除, 占道经营严重, 通道堵塞, 胡同内垃圾, 路面需修整. */
const FaultRE =
  /问题|隐患|不到位|不彻底|不及时|不规范|未|缺失|破损|残缺|脏|乱|堆放|堆积|积水|外溢|死角|违规|违法|滞后|缓慢|占道|堵塞|不足|缺少|严重|无人(?!机)|垃圾(?:杂物)?(?=[。；;，,)）]|$)|(?:有|存在|散落|乱倒)[^，,。；;]{0,4}垃圾|需(?:要)?(?:修整|维修|修复|清理|整改|拆除|更换|围挡|加围挡)/;
/**
 * A bracket at the end of a task naming who carries it: （牵头单位：…；责任单位：…）; or the field written after
 * the item's stop without one (…未及时清运。责任单位：东城街道办事处、区城管局).
 */
const CarrierBracketRE = new RegExp(
  `[（(](?:(?:责任|牵头|配合|主办|协办)(?:单位|部门)\\s*[:：;；][^（()）]*|${CARRIERS_WITH_PART})[)）]?\\s*$|${CarrierFieldEndRE.source}`,
);

/**
 * A short numbered item closed by its carrier's bracket: 2、…请林局长暂兼,…。(民政局); (一)…进度滞后。…完成率42%。
 * (责任单位：市城管局、市住建局).
 */
const CarriedItemLineRE =
  /^(?:\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）])(?:(?![（(][一二三四五六七八九十]{1,3}[)）])[^\n]){4,160}[。；;！!]\s*[（(](?:责任单位\s*[:：]\s*)?[\p{Script=Han}、，,]{1,40}(?:局|处|署|委|办|室|所|科|中心|公所|政府|街道|镇|乡)[)）]$/u;

/** A sentence that closes with the bracket naming who carries it: …胡同内垃圾。(责任单位:英雄街道). */
const namesOwnCarrier = (simple: string): boolean => CarrierBracketRE.test(simple.replace(/[。；;]$/, ""));

/**
 * The next of a leader's orders to bodies in turn (指示台电将…；金酒公司与轮班机构可弹性调整…；教育处掌握…):
 * a body, or two joined, then what it is to do (not its head, 安监局副局长…, nor what it did, …通报了).
 */
const OrderedBodyItemRE =
  /^([\p{Script=Han}]{1,12}?(?:局|处|署|公司|中心|所|委|办|队|公所|院))(?:[与和及、][\p{Script=Han}]{1,12}?(?:局|处|署|公司|中心|所|委|办|队|公所|院|机构|单位))?(?:须|需|应|要|可|将|亦|也|并|再|即)?(?![局处署委办队所长副])(?:(?!了(?!解))[^，,。；;])*(?:[，,。；;]|$)/u;
/** An item that reports instead of doing: 工务处表示…已清淤, 卫生局统计…, 消防局今年共出勤2300余次. */
const ReportedItemRE =
  /汇报|介绍|通报|表示|统计|[^通]报告|(?<![宣声])称|说|指出|已|共|累计|截至|\d+(?:\.\d+)?\s*(?:起|家|件|次|个|套|人|户|天|万|亿|元|%|％)/u;
/** An order given to bodies, in the sentence so far: …陈福海指示台电将…; not 按照省委要求, 应群众要求, 申请. */
const OrdersBodiesRE = new RegExp(
  String.raw`(?:[指裁]示|责成|(?<!(?:按照|根据|依照|应)[^，,。；;]{0,10})要求|${PleaseRE.source})[^。！？!]*$`,
  "u",
);

/** A sentence, original and simplified, and whether a leader's written instruction (批示) holds it. */
interface Sentence {
  original: string;
  simple: string;
  instructed?: true;
  /** One body's part of an order given to bodies in turn (…；教育处掌握…；): that body owes it. */
  inTurn?: true;
  /** A later item of an enumeration only commas part (…,一是必须讲政治,二是必须…。): the same measure as the one before. */
  listItem?: true;
}

/** Sentences of a paragraph: original and simplified side by side, same boundaries. */
function sentences(
  paragraph: Paragraph,
  opensWithUnit: (clause: string) => boolean,
  opensPractice: (clause: string) => boolean = () => false,
): Sentence[] {
  // A table row's task cell is one task, however many sentences it runs to; so is a numbered item
  // closed by the bracket naming its carrier (1、对于…受灾户等。在过年期间要准备寒冬送暖事宜。(民政局)).
  // (Not an item that reports first, 2、已完成道路修补12处。请交通局继续跟进。(交通局).)
  const whole = paragraph.simple.trim();
  const carriedItem = CarriedItemLineRE.test(whole) && !/已|累计|截至/.test(firstSentence(whole));
  if (paragraph.tableRow || carriedItem) return [{ original: paragraph.original.trim(), simple: whole }];
  const out: Sentence[] = [];
  // Inside a leader's quoted instruction: a written 批示, or spoken orders.
  let instructing: "written" | "spoken" | false = false;
  let instructionEnds = false;
  const original = Array.from(paragraph.original);
  const simple = Array.from(paragraph.simple);
  let start = 0;
  let quoteDepth = 0;
  // （牵头单位：…；责任单位：…）: a semicolon inside brackets ends no sentence.
  let bracketDepth = 0;
  // …指示台电将…；金酒公司…可弹性调整…；: each body's part of one order is an order of its own.
  let orderedInTurn = false;
  // The piece after a comma that parts one item from the next inside a sentence.
  let listItem = false;
  const orderGoesOn = (index: number): boolean => {
    const item = clauseAfter(simple, index);
    const body = OrderedBodyItemRE.exec(item)?.[1];
    return (
      body !== undefined &&
      endsWord(item, body.length) &&
      !ReportedItemRE.test(item) &&
      opensWithUnit(item) &&
      (orderedInTurn || OrdersBodiesRE.test(simple.slice(start, index).join("")))
    );
  };
  for (let index = 0; index < simple.length; index += 1) {
    const char = simple[index] ?? "";
    // 做出批示：“海洋局认真抓紧整改。要强调工作纪律…”, 强调：“要…。要…”: the instruction's own sentences
    // follow the colon, each one of its own; the story before it is a sentence of its own. A written
    // 批示 orders in every sentence; a spoken one only where it opens with an order, not a slogan or
    // a citizen's words (指示：“人民城市人民建…”, 村民指出：“现在路修好了…”).
    if ((char === "“" || char === "「") && quoteDepth === 0 && !instructing) {
      const lead = simple.slice(Math.max(start, index - 8), index).join("");
      const written = /批示\s*[:：]\s*$/.test(lead);
      const spoken = InstructionColonRE.test(lead) && givesDirective(clauseAfter(simple, index).replace(/^[“「]/, ""));
      if (written || spoken) {
        const o = original.slice(start, index).join("").trim();
        if (o) out.push({ original: o, simple: simple.slice(start, index).join("").trim() });
        start = index + 1;
        instructing = written ? "written" : "spoken";
        continue;
      }
    }
    if ((char === "”" || char === "」") && quoteDepth === 0 && instructing) instructionEnds = true;
    if (char === "“" || char === "「") quoteDepth += 1;
    if ((char === "”" || char === "」") && quoteDepth > 0) quoteDepth -= 1;
    if (char === "（" || char === "(") bracketDepth += 1;
    if ((char === "）" || char === ")") && bracketDepth > 0) bracketDepth -= 1;
    // Read once per semicolon: it ends the sentence, and says what the next piece is.
    const nextInTurn = /[；;]/.test(char) && bracketDepth === 0 && orderGoesOn(index);
    const commaBeforeItem =
      /[，,]/.test(char) &&
      quoteDepth === 0 &&
      /^[一二三四五六七八九十]+是/.test(simple.slice(index + 1, index + 4).join(""));
    const stop =
      /[。！？!]/.test(char) ||
      // A half-width ? ends a question (有哪些?); elsewhere it is a garbled character.
      (char === "?" && /[吗呢哪什么怎如何为是否几多少]/.test(simple.slice(start, index).join(""))) ||
      // …提出做好五方面工作，一是…；…四是大力开展宣传，五是…: each item, even after a comma.
      commaBeforeItem ||
      // …加強工安稽查，並請經發局、消防局持續強化…: an order to other bodies after a comma is its own.
      // (如发现道路积水，请相关局处…: a condition before it is part of that order.)
      (/[，,]/.test(char) &&
        quoteDepth === 0 &&
        bracketDepth === 0 &&
        CommaOrderRE.test(simple.slice(index + 1, index + 8).join("")) &&
        // (另由县教育局等单位配合: those who help with the same order, not a task of their own.)
        !/^(?:另|并|同时)由[^。；;]*(?:配合|协助|协同)[。；;]?$/.test(clauseAfter(simple, index)) &&
        /(?<![申邀聘提敬宴])请|责成|[指裁]示|要求|要/.test(lastClause(simple, start, index))) ||
      // 一是…；二是…: each item of an enumeration is a measure of its own, as is a task with its own
      // deadline (…启动运营；农村危房改造工作7月底前全面完成).
      (/[；;]/.test(char) &&
        bracketDepth === 0 &&
        !outlinePoint(simple, index, opensWithUnit) &&
        (nextInTurn ||
          EnumerationRE.test(simple.slice(index + 1, index + 4).join("")) ||
          DirectiveClauseRE.test(simple.slice(index + 1, index + 24).join("")) ||
          givesDirective(clauseAfter(simple, index)) ||
          DueTaskRE.test(clauseAfter(simple, index)) ||
          CampaignPeriodRE.test(clauseAfter(simple, index)) ||
          // (琼嘎村通过开展…；下洛村组织…开展…: in an experience piece each body's practice is its own.)
          opensPractice(clauseAfter(simple, index)) ||
          parallelTask(simple, start, index))) ||
      // …工作组将以…为原则，又称下月将再开展清洁大行动: a speaker's second statement is a second piece, where it
      // gives work of its own.
      (/[，,]/.test(char) &&
        quoteDepth === 0 &&
        bracketDepth === 0 &&
        SecondStatementRE.test(simple.slice(index + 1, index + 16).join("")) &&
        givesDirective(clauseAfter(simple, index).replace(SecondStatementRE, ""))) ||
      // 7月底前全面完成，8月底前完成验收: a second deadline after a comma starts a second task.
      (/[，,]/.test(char) &&
        quoteDepth === 0 &&
        bracketDepth === 0 &&
        DueTaskRE.test(simple.slice(start, index).join("")) &&
        DeadlineLedRE.test(simple.slice(index + 1, index + 40).join("")));
    // A short note after the stop (。（20分）；) belongs to the sentence it annotates, as does the
    // bracket naming who carries it (。（牵头单位：…；责任单位：…）).
    const noteFollows =
      ScoreNoteRE.test(simple.slice(index + 1, index + 20).join("")) ||
      CarrierLineRE.test(simple.slice(index + 1, index + 10).join("")) ||
      CarrierNoteRE.test(simple.slice(index + 1, index + 90).join(""));
    // …增长11%左右。(省发改委负责)(二)公共财政收入…: a bracket after a full stop closes its item when
    // the next item's number follows it on the same line.
    // (The look behind comes last: it reads the sentence so far, which a long bracketed text makes costly.)
    const closesItem =
      /[)）]/.test(char) &&
      bracketDepth === 0 &&
      InlineItemRE.test(simple.slice(index + 1, index + 6).join("")) &&
      /[。；;]/.test(simple.slice(start, index).join(""));
    // …整治任务;二要… after a quote the source never closed (切实增强开展“大温公路…): the next item ends it.
    if (stop && quoteDepth > 0 && EnumerationRE.test(simple.slice(index + 1, index + 4).join(""))) quoteDepth = 0;
    const closes =
      (stop && quoteDepth === 0 && !noteFollows && !/[”"」)）]/.test(simple[index + 1] ?? "")) || closesItem;
    const quoteCloses = /[”"」]/.test(char) && quoteDepth === 0 && /[。！？!?]/.test(simple[index - 1] ?? "");
    if (closes || quoteCloses || index === simple.length - 1) {
      const o = original
        .slice(start, index + 1)
        .join("")
        .trim();
      const s = simple
        .slice(start, index + 1)
        .join("")
        .trim();
      // (The instruction's closing quote, its opening one left with the story, goes too.)
      const closing = instructing && !/[“「]/.test(s) ? /[”」](?=[。！？!]?$)/.exec(s) : null;
      const written = {
        ...(instructing === "written" ? { instructed: true as const } : {}),
        ...(orderedInTurn ? { inTurn: true as const } : {}),
        ...(listItem ? { listItem: true as const } : {}),
      };
      if (o)
        out.push(
          closing && o.length === s.length
            ? {
                original: o.slice(0, closing.index) + o.slice(closing.index + 1),
                simple: s.slice(0, closing.index) + s.slice(closing.index + 1),
                ...written,
              }
            : { original: o, simple: s, ...written },
        );
      if (instructionEnds) {
        instructing = false;
        instructionEnds = false;
      }
      // The next piece is one body's part of the order when this one ended at its semicolon.
      orderedInTurn = nextInTurn;
      // (推进全面从严治党,一是必须讲政治,二是必须…。: items only commas part, in a sentence of two or more of them, are
      // one measure; …提出三点要求,一是提高认识,…。要…。二是… and 一是…；二是…，三是… are each item's own.)
      listItem = commaBeforeItem && inlineEnumeration(simple, index);
      start = index + 1;
    }
  }
  return out;
}

/**
 * The story before an order in one sentence (…召开…会议，市长…主持会议，要求各局处…; …会议在哈尔滨召开,会议要求各级党委…; 会议传达学习了…精神，
 * 会议强调：各级各部门要…; …召开县务会议,…,请相关局处备妥…; …进行检查,…,请各事涉部门…): the measure
 * starts at the order. A report heard and then an order (…听取水利局报告后指示，) is tried first: the order
 * starts right there, not at a later 请. A visit's lead stressing what must be done (…赴…督导检查…情况，强调要…)
 * starts it after 强调.
 */
const NarrativeLeadRE =
  /^[^。；;]{0,80}?(?:听取|会上|会中)[^。；;，,]{0,60}?(?:后|时)(?:[指裁]示|要求|强调)[，,:：]|^[^。；;]{0,160}?听取[^。；;，,]{0,60}?(?:情况|工作)(?:的)?汇报(?:后|时|并)?(?:指示|要求|强调|指出)[，,:：]|^[^。；;]{0,80}?(?:会议|大会)(?:召开|举行)[，,](?=[^，,。；;]{0,12}将(?![^，,。；;]*了))|^[^。；;]{0,200}?(?:传达|学习|听取|审议)[^。；;]{0,200}?[，,]会议(?:强调|要求|指出)[:：，,]|^[^。；;]{0,80}?(?:召开|举行|主持|出席|会上|会中|视察|调研|察看|(?:进行|开展)了?[^，,。；;]{0,6}?(?:检查|督查|巡查)|听取|传达|学习|审议|研究了|通报了|(?:进行了|作了|做了)(?:强调|部署|点评))[^。；;]{0,80}?[，,](?:[^，,。；;]{0,8}?(?:也|还|并|同时|再|亦))?(?=(?:会议|大会)?(?:[\u4e00-\u9fff]{0,4}(?:市长|县长|区长|镇长|乡长|局长|署长|处长|主任|书记|主席|部长)(?:[\u4e00-\u9fff]{2,3}(?=要求|指示|责成))?(?:也|还|亦|并|再)?)?(?:要求|[指裁]示|责成|号召|请(?!示|假|求|柬|教(?!育))(?![^，,。；;]*了)[^，,。；;]{1,12}?(?:局|处|署|委|办|部门|单位|公所|机关)))|^会议[^。；;]{0,200}?(?:传达|学习|听取|审议)[^。；;]{0,200}?[，,](?=强调[^，,。；;]{0,16}?(?:要(?!求)|务必|必须|应当))|^[^。；;]{0,80}?(?:召开|举行|主持|出席|视察|调研|察看|考察|督导|检查|督查|巡查)[^。；;]{0,80}?[，,](?:[^，,。；;]{0,8}?(?:也|还|并|同时))?强调(?=要(?!求)|必须|务必|应当)/;

/**
 * The head of an order whose items follow a colon in the same sentence (县委书记X要求相关部门、乡镇：
 * 一是…；二是…): not a measure itself, but the units it names take every item.
 */
const OrderHeadRE =
  /^[^：:。；;]{0,60}?(?:要求|强调|指出|提出|部署|安排)[^：:。；;]{0,30}[：:](?=[一二三四五六七八九十]+[是要](?!求)|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d))/;

/**
 * A news item's dateline and source before what it reports: 黑龙江日报3月20日讯 记者日前从市城管局获悉，…;
 * or its filing line alone (红网时刻桑植4月24日讯(记者 张思 钟烨)4月22日,…).
 */
const NewsLeadRE = new RegExp(
  String.raw`^(?:[^。；;，,]{0,30}?(?:\d{1,2}日讯|电)\s*)?[^。；;，,]{0,30}?(?:获悉|了解到|据悉|据介绍)[，,]|${FilingLineRE.source}`,
  "u",
);

/**
 * 目前…实现了应连尽连，成绩来之不易，环保局以及各街道办事处要继续巩固成绩: the state of things, then a body
 * told what to do; the order starts with its body. Returns how many code points go before it.
 */
function orderAfterProgress(simple: string, opensWithUnit: (clause: string) => boolean): number {
  if (!ProgressRE.test(simple)) return 0;
  const chars = Array.from(simple);
  for (const [index, char] of chars.entries()) {
    if (char === "。" || char === "；" || char === ";") break;
    if (char !== "，" && char !== ",") continue;
    const clause = chars.slice(index + 1).join("");
    if (/^[^，,。；;]{2,30}?要(?!求)/u.test(clause) && opensWithUnit(clause)) return index + 1;
  }
  return 0;
}

/** Removes a leading speaker clause or story; returns how many code points went. */
function stripIntro(simple: string): number {
  const match =
    IntroRE.exec(simple) ??
    SecondStatementRE.exec(simple) ??
    NarrativeLeadRE.exec(simple) ??
    NewsLeadRE.exec(simple) ??
    TransmittalLeadRE.exec(simple);
  return match ? Array.from(match[0]).length : 0;
}

/** A circular's verdict on a body it names: 给予黄牌警告, 予以问责. */
const SanctionGivenRE = new RegExp(`(?:给予|予以)${SANCTION}`);

/**
 * A section's standing duties on an organisation page (依法辦理人事管理事項, …及其他有關社政事項, 不屬於其他各課、
 * 室之事項): what it is for, no task set.
 */
const StandingDutyRE =
  /^(?:依法)?(?:办理|掌理|综理)[^。；;，,]{1,30}事项[。；;]?$|^[^。；;，,]*(?:其他(?:有关|相关)?[^。；;，,]{0,8}|之)事项[。；;]?$/;

/** A scoring rule of a 考核细则: the score in its first clause, or a condition (…的) that earns it. */
const ScoringRuleRE =
  /^(?:\d{1,2}[.．、](?!\d))?[^，,；;]*(?:[得奖扣]\d+(?:\.\d+)?分|不得分)|的[，,]?(?:分别)?[奖扣得加减]\d/;

/** A text's first sentence, up to its first stop or semicolon. */
const firstSentence = (text: string): string => /^[^。；;！!]*/.exec(text)?.[0] ?? "";
/** Figures that report results: 整改率95.5%, 同比, 累计, 共排查…. */
const ResultFiguresRE = /\d\s*[%％]|同比|累计|共(?:排查|检查|发现)/;
/** A sentence that names a fault and reports no figures: (一)停车泊位建设进度滞后。 */
const faultHeadline = (sentence: string): boolean => FaultRE.test(sentence) && !ResultFiguresRE.test(sentence);
/**
 * A fault found with the body that must mend it (…围墙多处破损。(责任单位:市国土局)); not figures with their
 * carrier (全县共排查企业426家…整改率95.5%。(责任单位:县应急管理局)), which report results, unless the
 * item's first sentence names the fault the figures measure ((一)停车泊位建设进度滞后。…完成率42%。).
 */
const faultWithCarrier = (simple: string): boolean =>
  namesOwnCarrier(simple) &&
  FaultRE.test(simple) &&
  (!ResultFiguresRE.test(simple) || faultHeadline(firstSentence(simple))) &&
  // (…已责令当场整改完毕。（责任单位：城关镇）: a fault mended on the spot leaves nothing to do.)
  !/已[^，,。；;]{0,10}?(?:整改|清理|清运|完成|处理|拆除|取缔|落实)|完毕|当场整改|立行立改/.test(simple);

function isDirective(
  simple: string,
  directiveContext: boolean,
  problemList: boolean,
  docType: string,
  assigned = false,
): boolean {
  const scope = modalScope(simple);
  // 目前疫情有升温…，请相关局处加强宣导: the state of things first, then an order all the same.
  if (ProgressRE.test(simple) && !StrongOrderRE.test(scope)) return false;
  if (NarrativeRE.test(simple) || PublicAppealRE.test(simple) || TransmittalRE.test(simple)) return false;
  if (ItemsLeadRE.test(simple) && !StrongOrderRE.test(scope) && !hasModalYao(scope) && !ItemsLeadOrderRE.test(simple))
    return false;
  // 随后,刘峰松从…等方面,对定安乡村振兴工作进行了部署: that the work was deployed, told; what was ordered is said elsewhere.
  // (会议责成县应急局牵头,…作了具体安排; 会议原则同意…方案,并对…作了具体安排; 各乡镇确保安全度汛,并对…作了具体安排:
  // work given or ordered, then deployed.)
  if (
    DeployedRE.test(simple) &&
    !hasModalYao(scope) &&
    !StrongOrderRE.test(scope) &&
    !/会议(?:明确|决定|议定|原则同意|同意|研究决定)|责成|牵头|负责|切实|确保|严禁|不得|坚决|务必|必须/.test(simple)
  )
    return false;
  // 主席裁示:准予备查, 纪录确定, 请各位首长自行参阅, and nothing after it: a ruling that notes a report or a
  // record orders nothing (准予备查,另请工务局… goes on to order).
  if (
    /裁示\s*[:：]\s*(?:[(（][一二三四五六七八九十][)）])?\s*(?:准予备查|准予核备|纪录确定|洽悉|并指示事项办理|无|[^，,。；;]{0,16}请各位首长自行参阅)[。；;]?$/.test(
      simple,
    )
  )
    return false;
  // A question (为什么要开展…？) asks, it orders nothing; nor does a sentence saying what a task means
  // (开展…工作，是区委全面深化改革的一项重要举措), unless it also says who does it or by when.
  if (/[？?]$/.test(simple)) return false;
  // 整治成效较好的乡镇(街道)分别: a circular's lead-in to the bodies it ranks names them, it sets no work.
  if (RankedGroupLeadRE.test(simple)) return false;
  // 今年,市委、市政府决定把平凉市创建成为省级卫生城市; 这次创建的主要任务是:加大宣传力度…: the leadership taking
  // on work, and the tasks it sets out, whatever is said of their worth after.
  const takesOnWork =
    LeadershipDecisionRE.test(simple) ||
    TasksSetOutRE.test(simple) ||
    DecidesWorkRE.test(simple) ||
    DocumentSetsOutRE.test(simple);
  if (
    SignificanceRE.test(simple) &&
    !takesOnWork &&
    !StrongOrderRE.test(simple) &&
    !hasModalYao(simple) &&
    !/确保|牵头|负责/.test(simple) &&
    findDeadline(simple, null) === null
  )
    return false;
  // 开展…专项督导是落实…的具体措施,是…确保7月31日前通过…的重要保障: what the task is worth, said of it as its
  // subject; the 确保 and the date stand inside what it is called.
  // (招商引资是…生命线,各县区力争全年引进…项目50个,确保…的重要抓手: a clause between orders.)
  if (
    CopularSignificanceRE.test(simple) &&
    !takesOnWork &&
    !StrongOrderRE.test(simple) &&
    !hasModalYao(simple) &&
    !simple
      .split(/[，,]/)
      .slice(1, -1)
      .some((clause) => ModalRE.test(clause))
  )
    return false;
  // (我已经指示各部门做好准备: an order given is an order still, whoever must carry it out; 农业处已完成…安置
  // 作业,仍请持续关注…: the work done, then an order for what is left.)
  if (
    ProgressInsideRE.test(simple) &&
    !/要|确保|力争/.test(scope) &&
    !IssuedOrderRE.test(simple) &&
    // (由于部分重大建设计画已陆续执行完成解除列管，县长钟东锦指示…: done work, then what the leader orders next.)
    !LeaderInstructsAfterCommaRE.test(scope) &&
    !/[，,](?:仍|并|另|也)?(?:请(?!广大|各位|大家|市民|民众|群众|居民|社会各界|志愿者|读者|游客|[^，,。；;]{0,16}了)|务必)/.test(
      scope,
    )
  )
    return false;
  // In a task table every row under a unit is that unit's task, numbered or not (严格审批…（10分）);
  // a scoring rule (得3分, 列前3名的奖10分) is not, while a task may carry its penalty after it
  // (对…进行调查处理，出现一例未处理扣10分).
  if (assigned)
    return (
      !(ScoringRuleRE.test(simple) || (StandingDutyRE.test(simple) && findDeadline(simple, null) === null)) ||
      ModalRE.test(simple)
    );
  // A 考核细则's task carries the points it is worth (积极配合各乡镇开展…工作（8分）。).
  if (docType === "其他" && ScoredItemRE.test(simple)) return !ScoringRuleRE.test(simple);
  if (docType === "经验交流")
    return (
      FutureCommitmentRE.test(simple) ||
      PracticeRE.test(simple) ||
      // A numbered practice's heading (一是加强阵地建设。, 第一，注重队伍培育。): the sentences after it join it.
      // (二是“减”少卫生死角,聚焦问题抓整治。: a verb split by quotes, or opening a later clause of the head.)
      (EnumerationHeadRE.test(simple) &&
        simple
          .replace(EnumerationRE, "")
          .replace(/[“”"「」‘’]/g, "")
          .split(/[，,]/)
          // (二是增强了干部服务能力, 三是群众得实惠，提高收入2000元: results, not practices.)
          .some((clause) => PracticeVerbRE.test(clause) && !/^\p{Script=Han}{2}了|\d/u.test(clause)))
    );
  // After 下一步 a 检查 states what the unit will do (我县将…): its commitments.
  if (docType === "检查" && /将/.test(simple)) return true;
  // An item of a list is a task, unless it reports (一、法制处陈报「…」报告), thanks (一、…活动相当成功，
  // 在此感谢…) or hands out an award, and orders nothing.
  if (EnumerationRE.test(simple)) {
    // 发现以下问题：1.…垃圾堆放，未及时清运。责任单位：东城街道办事处: a problem listed with the body that
    // must mend it is its task.
    if (problemList) return faultWithCarrier(simple);
    const item = simple.replace(EnumerationRE, "");
    // (新闻处报告:一周重要舆情摘要报告, 业务单位报告: a body's report to a council; not 实行日报告:各乡镇
    // 每日…报送, a routine to keep, nor 县自然资源局汇报:…会议原则同意, a decision on it.)
    const reports =
      /^[^，,。；]{2,20}?(?:陈报|提报|报告|汇报)[「“《]/.test(item) ||
      (/^[^，,。；]{1,16}?(?:局|处|会|室|科|所|中心|委|单位)(?:陈报|提报|报告|汇报)\s*[:：]/.test(item) &&
        !/同意|决定|责成|要求/.test(item));
    const thanks = /感谢|辛劳/.test(item);
    // (一、表扬本县…有功人员及协办学校，计有:, (二)…各颁发奖状乙帧: an award handed out, no task; not one
    // someone is to hand out, 县人社局负责颁发证书, 年底前为…颁发荣誉证书, 组织评选…, 及时颁发取水许可证书.)
    const commends =
      (/^表扬[^，,。；]{2,40}[，,]?(?:计有|如下)/.test(item) ||
        /颁(?:发|赠)[^，,。；]{0,6}奖状/.test(item) ||
        // (一、授予张某等20名同志…荣誉称号; 首先，镇党委书记为先进个人颁发荣誉证书; not a plan's rule, 对获奖者颁发….)
        /^[，,]?(?!对)[^，,。；]{0,20}?(?:授予|颁发|颁赠|颁授)[^，,。；]{0,24}?(?:称号|证书|奖状|奖牌|奖杯|锦旗)/.test(
          item,
        )) &&
      !/负责|将|组织|开展|评选|及时|统一/.test(item) &&
      findDeadline(simple, null) === null;
    // 一、原则同意省有关部门及海航集团对…的意见和建议。, (4)同意办理。: an approval of what others proposed,
    // with nothing more to do.
    if (/^\s*(?:会议)?(?:原则)?同意[^。；;，,]{0,60}?(?:意见和建议|意见|建议|办理)[。]?$/.test(item)) return false;
    // 首先，张海英肯定了各社区的工作成效: 首先/最后 telling what someone did, not a first task (最后，全体参会人员…参加了…推进会).
    // 首先由主计处以简报说明…执行情形: a briefing given, not work set.
    // (…会议听取了…汇报，会议决定由县住建局负责，9月底前完成; 会议传达了…，各乡镇须于30日12时前完成…: what the meeting
    // then decided or ordered is work.)
    const narrated =
      /^[，,]?[^，,。；]{2,30}?(?:通报了|汇报了|介绍了|肯定了|表扬了|作了|做了|进行了)/.test(item) ||
      (/^[，,]?[^，,。；]{2,30}?(?:参加|出席|召开|举行|参观|观摩|听取|观看|传达|宣读|审议|讨论)了/.test(item) &&
        !/决定|明确|确定|负责|牵头|由|要求|强调|提出|督促|部署|安排|同意|[须需]|应(?!急)/.test(item) &&
        findDeadline(simple, null) === null) ||
      /^[，,]?由[^，,。；]{2,20}?(?:说明|报告|汇报|介绍|通报)/.test(item);
    // (一)县政府常务会议确定事项完成情况。, (二)各乡镇工作开展情况: the heading of the account a body or place gives below,
    // not a task (督查各乡镇整改落实情况, 各乡镇摸排…基本情况: finding out how things stand is a task; a heading naming no
    // body, 重点项目推进情况, 代表建议办理情况。各承办单位须…, is left as it was).
    const accountHeading =
      /^(?:关于)?(?:[省市县区镇乡各]|全[省市县区镇乡])[^，,。；;]{1,40}?(?:完成|落实|推进|进展|办理|执行|开展|整改|运行|工作|建设|基本)情况[。:：]?$/.test(
        item,
      ) &&
      !/[督查核审考检验监测巡评晒调盘估找跟摸访]|掌握|了解|统计|报送|上报|填报|收集|清点|梳理|汇总|分析|研判|报告|汇报|反馈|公布|公开|通报|组织|定期|每[日周月季年]|实时/.test(
        item,
      );
    // 一是全国共发生各类事故32004起,死亡23270人,同比分别下降24.6%和16.6%: figures counted over a period past, not a
    // task (一是全年GDP同比增长8%以上, 累计完成3亿元: a target; 一是严控一般性支出，公用经费同比压减10%, 对发生欠薪案件2起
    // 的企业列入黑名单, 对今年以来发生的3起较大事故逐起复盘, …同比减少2起，各县区须…, …由计画处持续追踪: an order; nor is
    // an item with a clause that is no figure, 今年以来受理的23件信访积案，县信访局牵头…, 已处置险情23处，其余险情各地尽快…).
    const tallied =
      TalliedRE.test(item) &&
      item
        .replace(/[。；;]$/, "")
        .split(/[，,；;]/)
        .every((clause) => /\d/.test(clause)) &&
      !/各(?![类种项])|局|委|办|(?<![\d一二三四五六七八九十几多余])处|部门|单位|政府|大队/.test(item) &&
      !TallyTargetRE.test(item) &&
      !/^[，,]?(?:对|针对|将|把)/.test(item) &&
      !/[须需应要请由]|务必|必须|下一?步|今后|抓好|做好|开展|加强|建立|实行|推行|落实|严格|严控|制定|明确|逐[一案宗起个]|复查|复核|回访|验收|督办|追踪|清理/.test(
        item,
      ) &&
      findDeadline(simple, null) === null;
    // 一是坚持压实主体责任，全面从严治党取得新成效: a half-year's result, listed as reviews list them.
    const achieved = /取得了?(?:新的?|明显|显著|积极|较好|良好)?(?:成效|成果|进展|突破|成绩)[；;。]?$/.test(item);
    return !(
      (reports || thanks || commends || narrated || achieved || accountHeading || tallied) &&
      !hasModalYao(scope) &&
      !ModalRE.test(scope)
    );
  }
  if (docType === "通报" && (/通报批评|责成/.test(simple) || SanctionGivenRE.test(simple))) return true;
  // A circular's fault with the body that must mend it (…围墙多处破损。(责任单位:市国土局,责任人:王功传)).
  if (docType === "通报" && faultWithCarrier(simple)) return true;
  // 市场服务中心主任陈卫年表态:在8月20日正式开工,11月底全面完工: a unit's head pledging, dated, sets its task
  // (not a villager's or a firm's promise).
  const pledged = HeadPledgeRE.exec(simple)?.[1];
  if (pledged && (DueTaskRE.test(pledged) || findDeadline(pledged, null) !== null) && !/了|已/.test(pledged))
    return true;
  // 会议原则同意县财政局拟草的《…》，修改完善后，批复实施: a decision that leaves work to do.
  if (DecisionRE.test(simple) || MandateRE.test(simple) || takesOnWork) return true;
  // 一是…短板突出。…各地要利用好…机制: a listed fault may go on to the order that mends it, addressed to
  // every body of a kind (各地要, 各级各部门要, 需各地落实).
  const ordered = hasModalYao(scope) || ModalRE.test(scope);
  if (problemList) return ordered && CollectiveSubjectRE.test(simple);
  if (ordered) return true;
  // A plan the meeting heard, with its date or step, is work to follow up as much as an order.
  if (
    FutureCommitmentRE.test(simple) ||
    (DeadlineLedRE.test(simple) && !DoneByRE.test(simple)) ||
    CampaignPeriodRE.test(simple) ||
    (JointLaunchRE.test(simple) && !/已|曾|此前/.test(simple))
  )
    return true;
  // 农村危房改造工作7月底前全面完成 among a meeting's orders is a task; told of the past
  // (2023年，…于10月底前全面完成，共改造…; 未能在年底前建成; 均在6月底前顺利竣工) it is a result.
  const dueTask =
    DueTaskRE.test(simple) &&
    !/已|曾|此前|了|未|没有|顺利|其中|均|共/.test(simple) &&
    !/^(?:\d{4}年|去年|上年|今年以来)[，,]/.test(simple);
  // (项目应于2010年6月底前完成立项 is owed wherever it stands.)
  // 打造福清科创城是加快建设…的重大举措: what a task is, said of it, orders nothing.
  // (特别是, 尤其是, 凡是 name what an order covers; they say nothing of what it is.)
  const saysWhatItIs = /^[^，,。；;要]{2,30}?(?<!特别|尤其|凡|或|若)是(?!否)/.test(simple);
  // 持续优化营商环境以来，全县新增市场主体3000余户: what a course of work has done.
  // (…加大投入，共清理垃圾3000吨: a total counted, unless it is aimed at, 力争全年共完成…, or the plan's own scope,
  // 共安排资金…, 共涉及项目…, 共分3个阶段, 共划分网格….)
  const tellsResult =
    /以来[，,]|截至|累计|同比|取得了?(?:明显|显著|积极|较好|良好|新的?)?(?:成效|成果|进展|突破|成绩)/.test(simple) ||
    // (A plan's or notice's own text, docType 其他, counts what it sets: 共培训农民2000人次.)
    (docType !== "其他" &&
      /[，,]共计?(?!安排|涉及|分|划分|下达|需|拟|将|要|同|有|包括|计划|设)\p{Script=Han}{1,6}\d/u.test(simple) &&
      !/力争|确保|计划|预计|争取|目标/.test(simple));
  return (
    (dueTask && /[应须需要]于/.test(simple)) ||
    (directiveContext &&
      (((DirectiveStartRE.test(simple.replace(CollectiveLeadRE, "")) || CarrierOpeningRE.test(simple)) &&
        !saysWhatItIs &&
        !tellsResult) ||
        dueTask))
  );
}

/**
 * A notice sending out a document (现将…印发给你们，请认真组织实施): what it asks after 给你们 is the
 * addressees' order to carry the document out; the sending alone (…印发给你们。) asks nothing, nor does
 * the formula that closes a notice (…。请认真贯彻执行。).
 */
const TransmittalLeadRE = new RegExp(`^[^。]{0,160}?${SENT_TO_YOU}[，,]`);
const TransmittalRE = new RegExp(`${SENT_TO_YOU}[。！!]?$`);
const SentToYouRE = new RegExp(SENT_TO_YOU);
const ClosingFormulaRE =
  /^请(?:你们|各单位)?(?:结合实际[，,]?)?(?:认真|严格)?(?:贯彻执行|遵照执行|参照执行|组织实施|贯彻落实)[。！!]?$/;

/**
 * Work added, as a bare order, to the task before it: 同时,加强督查考核; 此外,做好…报批工作 (not what was done or
 * stands: 同时,加强了…, 开展的…行动成效明显, 落实不到位的问题依然存在, …已在全县推开).
 */
const AddedTaskRE =
  /^(?:同时|此外|另外)[，,]\s*(?:加强|强化|做好|抓好|落实|推进|完善|建立|健全|开展|组织|协助|加快|严格|深化|注重|切实|全力|着力|认真)(?![了过的]|不到位|不力)(?![^。；;]*(?:已|导致|成效|存在|完成投资))/;
/**
 * A notice's lead into its items (为…，现就有关事项通告如下：): the items ask; the lead asks nothing itself, unless
 * it gives work (各乡镇应高度重视，…, 决定由县应急管理局牵头开展…，现将有关事项通知如下：).
 */
const ItemsLeadOrderRE =
  /(?<![适反响供相对效感答回])(?:应当?|应该)\p{Script=Han}|须|牵头|负责|(?<![现特])将|由(?!于|此)/u;
const ItemsLeadRE =
  /(?:^|[，,])\s*(?:现|特)(?:就|将|把|对)?[^。；;，,]{0,20}?(?:通告|公告|通知|规定|明确)如下[：:]?\s*$/;

/** A heading over advice to the page's readers: 温馨提示：, 关注与建议：, 安全提示, a forecast's 三、提示与建议. */
const AdviceHeadingRE =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*(?:关注与建议|提示与建议|建议与提示|温馨提示|温馨提醒|友情提示|安全提示|防范提示|特别提示|出行提示|生活提示|小贴士)[:：]?$/;

/** A list marker a page put before an item (- 对…, • 责成…). */
const ListMarkerRE = new RegExp(`^[-·○${BULLET_MARKS}]\\s*`, "u");
/**
 * A standing meeting's decision with the work it leaves: revise, issue, submit, carry out (minutes write
 * it 会议议定：原则同意，…修改完善后，由兴东集团按程序组织实施; not what is done already, 名单已印发); or a
 * draft it approved (原则同意《…办法（送审稿）》), which is still to be issued (not a report on a draft,
 * 《关于…2018年财政预算草案的报告》, which goes on to the congress as it is).
 */
const DecisionRE =
  /^会议(?:议定|决定|研究决定)?[:：，,]?(?:原则|研究)?(?:同意|通过|审议通过)(?:(?!已)[^。]){2,}?(?:修改完善|印发|下发|审定|报批|报送|批复|组织实施|贯彻执行|按程序报)|^会议(?:还|也)?(?:讨论|研究|审议)?并?(?:原则)?(?:同意|通过)了?[^。]{2,60}?(?:送审稿|草案|讨论稿|征求意见稿)(?!的)/;

/**
 * Work a decision or a plan puts in a body's hands: …同意…，并授权委托区人社局进行诉讼, 将…交由市供排水公司负责维护
 * (not 受…委托, acting for another, nor 2019年县政府委托县审计局进行审计, told as done).
 */
const MandateRE = /(?:同意|决定|议定|将)[^。；;]*(?:授权|委托|交由)[^。；;，,]{2,20}?(?:进行|负责|办理|开展|组织|实施)/;

/** Units referred back to rather than named: 以上责任单位, 上述部门. */
const BackReferenceRE = /(?:以上|上述|前述|上列)[\p{Script=Han}]{0,4}?(?:单位|部门|乡镇|镇街|街道|局处)/u;
/** Who said the quotation before it: 平山镇党委书记韦戴卓在督查情况通报会上说, 县长王强表示. */
const QuotedLeaderRE =
  /^[\p{Script=Han}、]{0,20}?(?:书记|[省市县区镇乡局]长|主任|主席|部长|同志)[\p{Script=Han}]{0,4}(?:在|说|表示|强调|指出|要求)/u;
/**
 * A report's opening to a congress (现在，我代表镇政府向大会报告工作，请予审议，并请列席人员提出意见): the form of
 * the sitting, no work given out.
 */
const ReportToCongressRE =
  /^(?:现在[，,])?我代表[^。；;，,]{2,20}?向(?:大会|本次会议|会议)(?:报告|作)[^。；;]{0,40}?请予审议|^并?请(?:列席|与会)[^。；;，,]{0,8}?提出(?:宝贵)?意见[。]?$/;
/** A host calling the next speaker: 下面，进行会议第二项议程。请…同志发言, 请…区长讲话, 请大家发言…. */
const HostCallRE =
  /^[(（]?请(?:大家|各位)的?发言|^(?:下面[，,]?)?(?:进行会议的?[^。，,]{0,12}议程[。，,])?[(（]?请[^。；;，,]{0,40}?(?:同志|大家|各位|代表|[省市县区镇乡院校处]长|书记|部长|主任|局长)(?:作|做)?(?:重要|总结|动员|表态|交流|典型)?(?:发言|讲话|致辞|宣读|通报|介绍)(?:[^。；;，,]{0,30}?(?:情况|工作|问题))?[^。；;，,]{0,30}?(?:[。！!]|[,，][^。；;]{0,30}?(?:务必|控制)[^。；;]{0,20}?[。]?)?[)）]?$/;
/**
 * A short enumeration head (一是提高思想认识。) that the next sentences of its paragraph explain; one longer than
 * SHORT_HEAD characters only when it names no body of its own.
 */
const SHORT_HEAD = 19;
const EnumerationHeadRE = new RegExp(`${EnumerationRE.source}[^。；;]{0,24}[。；;]?$`);
/** A short order standing as a head (要突出实效。) that the next sentences explain, until another order. */
const ShortOrderHeadRE = /^要[^，,。；;]{2,6}[。；;]$/;

/**
 * 为(了)…，…制定本方案 / …召开…会议 / …组织…督查: why a document was made or a meeting held.
 * The clause that makes or holds it is kept to see whether it orders (为…，各乡镇要…召开专题会议).
 */
const PurposePreambleRE =
  /^为了?[^。；;]{2,200}?[，,]([^。；;，,]{0,60}?(?:制定本(?:实施)?(?:方案|办法|细则|意见|计划|规定)|特制定|现就[^。；;]{0,40}?(?:通知|意见)如下|召开|举行|组织[^。；;，,]{0,30}?(?:督查|检查|暗访|巡查)))/;
/**
 * …召开这次市政府全体会议，主要目的是传达学习…，确保…, 本次会议的主要任务是…, 今天这次会议，主要是…: what a
 * meeting is for, said at its opening; unless it goes on to order (…主要任务是部署春耕生产，各乡镇务必迅速行动).
 */
const MeetingPurposeRE =
  /(?:这次|本次|今天的?)[^。；;]{0,24}?(?:会议|大会|会)[^。；;]{0,4}?[，,]?(?:的)?(?:主要(?:目的|任务)?|目的|任务)(?:是|就是)/;

/** A decision or a document after its purpose: (根据…部署，)决定…, 经…研究，…, 现就…, 特制定… (not 按照工作安排，…). */
const DecisionAfterPurposeRE =
  /^(?:(?:根据|按照|依据)[^。；;]{0,40}?[，,])?(?:经[^，,。；;]{0,20}?研究[，,]?)?(?:决定|现就|特制定)|^经[^，,。；;]{0,20}?研究/;
/** What makes a purpose sentence an order all the same (its 坚决, 切实 only say how firmly the aim is held). */
const OrderInPurposeRE =
  /务必|必须|(?<![必无])须|(?<![必无])需(?!求)|应当|应该|确保|力争|不得|严禁|(?<![申邀聘提敬宴])请(?!示)|牵头|负责|(?<!即)将(?!来)/;

/** True when a clause orders or commits to work: a modal, 要 as a verb, or a plan's 将…. */
const ordersWork = (clause: string): boolean =>
  ModalRE.test(clause) || hasModalYao(clause) || FutureCommitmentRE.test(clause);

/** Why a document exists or a meeting was held, ordering nothing itself. */
function isPurposePreamble(sentence: string): boolean {
  const purpose = MeetingPurposeRE.exec(sentence);
  const rest = purpose ? sentence.slice(purpose.index + purpose[0].length) : "";
  // (…主要是部署防汛工作，由县应急局牵头，各乡镇于5月底前完成排查; …，县应急局将于下周开展督查: orders.)
  if (
    purpose &&
    !StrongOrderRE.test(rest) &&
    !hasModalYao(rest) &&
    !FutureCommitmentRE.test(rest) &&
    !/由[^，,。；;]{2,16}?(?:牵头|负责)/.test(rest) &&
    // (…，力争一季度开门红: a period hoped for is no date due.)
    !/[前内]$/.test(findDeadline(rest, null)?.text ?? "")
  )
    return true;
  const made = PurposePreambleRE.exec(sentence)?.[1];
  return made !== undefined && !ordersWork(made);
}

/** What the name of a body that deploys work ends in. */
const DEPLOYER_ENDS = "(?:局|委|办|厅|中心|政府|公司|党委|党组)";
const DeployerEndRE = new RegExp(`${DEPLOYER_ENDS}$`);
/** A body convening a meeting to deploy work, the lead of the sentence that says what: …召开专题会议安排部署, */
const ConvenedToDeployRE = new RegExp(
  `(?:^|[，,:：])([^，,。；;:：]{2,30}?${DEPLOYER_ENDS})(?:日前|近日|今天|今日|昨天|昨日)?(?:组织)?(?:召开|举行)[^，,。；;]{0,16}?会议?[，,]?(?:安排部署|研究部署|专题部署|作出部署|进行部署|部署)[，,]$`,
  "u",
);

/**
 * The units read from a deploying clause that it names as written: each ends as one of its bodies does (市发改委 →
 * …委员会, 县政府办 → …办公室). (县应急局、县水利局 both; not 国网栾川县, a name cut short, nor the 人民政府
 * a 县政府办 belongs to.)
 */
function deployersOf(clause: string, units: readonly string[]): string[] {
  const ends = clause
    .split(/[、和与及]|会同|组织|联合|邀请/)
    .map((body) => DeployerEndRE.exec(body)?.[0])
    .flatMap((end) => (end === "办" ? ["办", "办公室"] : end === "委" ? ["委", "委员会"] : end ? [end] : []));
  return units.filter((unit) => ends.some((end) => unit.endsWith(end)));
}

/** The whole of a bureau as a clause's subject: 全局上下, 全局干部职工, 全局必须. */
const WholeBureauRE = /全局(?:上下|干部|职工|同志|必须|要)/;
/** A bureau writing of itself as a clause's subject: 我局高度重视, 我局将…. */
const OwnBureauSubjectRE = /(?:^|[，,。；;：:])\s*我局(?!的|所|各|属|机关)/;
/**
 * The department a news report named before, referred back to as the subject: 当局会于…, 署方将… (the
 * suffix it keeps, 署 or 局, says which).
 */
const AuthoritySubjectRE = /(?:^|[，,。；;：:])\s*(?:当局|(署|局)方|该(局|署))(?:亦|也|还|则)?(?:会|将|计划|已|正)/;

/** An agenda item: what the meeting heard or discussed (听取…的汇报, 研究讨论…规划). */
const AgendaItemRE = /^(?:听取|审议|研究讨论|讨论研究|研究部署|传达学习|学习传达)/;

/** An agenda item that decides or orders nothing (审议并原则同意…，由县住建局牵头组织实施 does). */
const isAgendaItem = (item: string): boolean =>
  AgendaItemRE.test(item) && !ordersWork(item) && !/同意|通过|责成/.test(item);

/** A minutes item that only takes note (…报告。主席裁示：准予备查。) or is the last meeting's record (…会议纪录。). */
const NotedItemRE =
  /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]?)?(?:(?:[^。]{0,60}。)?(?:主席|市长|县长|会议)?裁示[:：])?(?:准予备查|准予核备|同意备查|准予备案|洽悉|(?:纪录|记录)确定)。?$|^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．])?[^。；;请要须]{0,40}第[一二三四五六七八九十零〇\d]+次[^。；;]{0,10}会议(?:纪录|记录)。?$/;
const isNotedItem = (simple: string): boolean => NotedItemRE.test(simple.replace(/\s+/g, ""));
/** A mending told done: 已清理完毕, 现场整改, 当场清理干净, 立行立改 (not 了解 in 深入了解商户诉求). */
const RemedyDoneRE = /已|了(?!解)|完毕|现场整改|当场|立行立改|完成整改|整改完成|到位$|到位。$/;
/** The line that says how a fault listed above it is to be mended: 整改要求：由…负责…. */
const RemedyLineRE = /^整改(?:要求|意见|建议|措施)\s*[:：]/;
/**
 * 对欧阳路街道各项工作…给予肯定，并提出四点要求：, 在肯定街道工作成绩的基础上，就下一步工作提出三点要求，:
 * the body whose work the requirements that follow are for (not the body praised when they are put to
 * another, 肯定了区住建局的工作，并对区城管局…提出要求, nor to the whole county, 就全县城建工作提出…).
 */
const RequestedOfRE =
  /(?:(?:^|[，,。；;]|[\p{Script=Han}]{1,4}(?:书记|长|主任|同志|领导))(?:并|还|同时)?(?<!针)对(?!照|于|标|接|表)|(?<!不)肯定了?(?![^。；;：:]*?[，,](?:并|还|同时)?对(?!照|于|标|接|表))(?![^。；;：:]*?(?:全[省市县区镇乡]|各[\p{Script=Han}])[^。；;：:]*?提出))([^，,。；;：:]{2,40})[^。；;：:]{0,40}?提出了?(?:[一二三四五六七八九十两几\d]+(?:点|项|条))?(?:具体|明确|工作)?(?:要求|意见)[：:，,]?$/u;
/** A body welcomed or thanked is a guest, not the one the requirements are for. */
const GreetedRE = /欢迎|感谢|致谢|慰问|问候|谢意/;

/**
 * The bodies a phrase opens with (欧阳路街道 of 欧阳路街道各项工作的总体部署; 县应急局、县消防救援大队 of
 * …的工作): a list up to 的 or 工作, else the shortest opening that names one where a body's work is
 * spoken of next (各项, 下一步, 的…); none for 做好县教育局移交工作 (a task, not a body).
 */
function bodyOpening(phrase: string, context: MeasureContext): string[] {
  if (GreetedRE.test(phrase)) return [];
  const listed = /^[^的]{2,40}?(?=的|工作|今后|下一步|近期|当前|各项)/u.exec(phrase)?.[0];
  if (listed && /[、和及]/.test(listed)) {
    const units = context.unitsOpening(listed);
    if (units.length > 1) return units;
  }
  for (let end = 2; end <= Math.min(phrase.length, 20); end += 1) {
    if (!/^(?:各项|各方面|的|工作|今后|下一步|近期|当前|[、和及]|在|给予|取得|提出)/.test(phrase.slice(end))) continue;
    const units = context.unitsOpening(phrase.slice(0, end));
    if (units.length > 0) return units;
  }
  return [];
}

/** An item that opens on its own topic: 在…方面，, 就…问题， (a list of decisions on several matters). */
const TopicFrameRE = /^(?:在|就|关于|对于)[^，,；;。]{2,40}?(?:方面|问题上?|事项)[，,]/;

/** A 检查's answer to a report following (现作如下回复：): the mendings it tells. */
const ReplyFollowsRE = new RegExp(REPLY_FOLLOWS);
/**
 * A heading of the mendings a 检查 promises, the whole heading (二、整改措施, 三、下步打算, 今后努力方向); not a
 * fault (（一）整改措施落实不到位) or an account of what was done (一、整改措施落实情况).
 */
const MendingHeadingRE =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*(?:整改(?:措施|方向|打算|方案)|下一?步(?:工作)?(?:打算|措施|计划|安排)?|今后(?:的)?(?:工作)?(?:打算|措施|努力方向)|努力方向)\s*[:：]?$/;

/** A plan's creed, under its heading or after it on the line (指导思想。以…为指导); the heading alone. */
const CreedRE = /^指导思想(?:[。:：]|$)/;
const CreedHeadRE = /^指导思想[。:：]?$/;
/**
 * A verb whose object is a body overseen, not the one doing the work: 督促县教育局…. (要求各街道…, 请各乡镇… and
 * 由县发改局牵头 name who does it; 组织部, 同安区, 和平区 open with what else would be a verb.)
 */
const ObjectLeadInRE = /^(?:督促|指导|帮助|协调|推动|动员|引导)(?=[省市县区州盟旗镇乡街各全该])/;
/** An item's text without its number (1、, 一是, （一）). */
const unnumbered = (text: string): string => text.replace(EnumerationRE, "").trimStart();

/** A fault's number under its place's heading: (1), （2）. */
const SubItemRE = /^[(（]\d{1,2}[)）]/;

/** The measures of a report's body paragraphs, in order. */
export function extractMeasures(paragraphs: readonly Paragraph[], context: MeasureContext): Measure[] {
  const measures: Measure[] = [];
  const sentencesOf = new Map<Measure, string>();
  /** Runs a measure on into the next piece of text, read again as one. */
  const extend = (head: Measure, simple: string, original: string, assignees: string[]): void => {
    const headSimple = `${sentencesOf.get(head) ?? ""}${simple}`;
    head.text += original;
    sentencesOf.set(head, headSimple);
    Object.assign(head, describe(headSimple, head.text, context, assignees));
  };
  // Items given to a carrier (责任单位：… in them, on the line below, or heading them): a notice's listed problems.
  const carriedItems = new Set<Measure>();
  let sectionIsDirective = context.docType === "讲话";
  // Under a heading that tells how things stand (一、政策解读检查情况): a circular's account, not its orders.
  let sectionIsAccount = false;
  let lastHeading: string | undefined;
  // Where the measures under the current heading begin.
  let headingStart = 0;
  let afterNextStep = false;
  // The items after a paragraph that ends 主要是两大类： or 存在问题：.
  let problemItemsFollow: boolean = false;
  // After 河上镇将围绕…推进… the next paragraphs (继续深入推进…) go on with the plan.
  let planGoesOn: boolean = false;
  // After 该点位文明创建工作整体良好。 an inspection lists what it found in order, not work to do.
  let praiseItemsFollow = false;
  // After 温馨提示： or 关注与建议： a page advises its readers (1.注意防寒保暖。), it tasks no body.
  let adviceItemsFollow = false;
  // Advice under a section heading (三、提示与建议): a forecast's to the public, but a 会商纪要's to its own members and a
  // notice's (各乡镇、县直各单位：) to its addressees.
  let adviceUnderHeading = false;
  // After a paragraph that is only the heading 指导思想, the creed under it.
  let creedFollows = false;
  // After a paragraph that is only 附件:, the attachments' titles.
  let attachmentsFollow: boolean = false;
  // (各地处置…, 该路段所需经费: a suffix inside a word opens no body.)
  const opensWithUnit = (clause: string): boolean => context.unitsOpening(clause.split(/[，,]/)[0] ?? "").length > 0;
  const opensPractice = (clause: string): boolean =>
    context.docType === "经验交流" && PracticeRE.test(clause) && (context.practiceHoldersOf?.(clause).length ?? 0) > 0;
  // The body a speaker's requirements are for (对…街道…提出四点要求：), while their items follow.
  let requestedOf: string[] = [];
  // The bodies a fault found names (1、城关镇西大桥有垃圾死角。), for the mending below it that names none.
  let faultUnits: string[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    // 1、西大桥…有垃圾死角。 over 整改要求：由县环卫站负责清除…: the fault found, whose mending follows.
    if (EnumerationRE.test(paragraph.simple) && RemedyLineRE.test(paragraphs[index + 1]?.simple ?? "")) {
      const fault = unnumbered(paragraph.simple);
      faultUnits = [...new Set([...context.unitsOf(fault), ...context.unitsOpening(fault)])];
      continue;
    }
    const remedyOf = RemedyLineRE.test(paragraph.simple) ? faultUnits : [];
    faultUnits = [];
    const measuresAtStart = measures.length;
    const request = RequestedOfRE.exec(paragraph.simple);
    if (request) requestedOf = bodyOpening(request[1] ?? "", context);
    else if (!EnumerationRE.test(paragraph.simple)) requestedOf = [];
    if (paragraph.heading !== lastHeading) {
      praiseItemsFollow = false;
      lastHeading = paragraph.heading;
      headingStart = measures.length;
      const progressHeading =
        paragraph.heading !== undefined &&
        ProgressHeadingRE.test(paragraph.heading) &&
        !DirectiveHeadingRE.test(paragraph.heading);
      if (progressHeading) sectionIsDirective = false;
      else if (paragraph.heading && DirectiveHeadingRE.test(paragraph.heading)) sectionIsDirective = true;
      // (一、防汛物资方面 heads a circular's tasks as often as its findings.)
      sectionIsAccount = progressHeading && !/方面$/.test(paragraph.heading ?? "");
      // (三、提示与建议 as the heading the numbered advice stands under.)
      adviceItemsFollow = paragraph.heading !== undefined && AdviceHeadingRE.test(paragraph.heading);
      adviceUnderHeading = adviceItemsFollow;
    }
    if (PraiseRE.test(paragraph.simple)) {
      praiseItemsFollow = true;
      continue;
    }
    if (praiseItemsFollow && EnumerationRE.test(paragraph.simple) && !/责任单位|整改/.test(paragraph.simple)) continue;
    praiseItemsFollow = false;
    if (AdviceHeadingRE.test(paragraph.simple)) {
      adviceItemsFollow = true;
      adviceUnderHeading = false;
      continue;
    }
    // (An item that names a body, orders (要, 请, 须) or sets a date is a task all the same; the advice
    // runs on to the end of the list.)
    if (adviceItemsFollow && !EnumerationRE.test(paragraph.simple)) adviceItemsFollow = false;
    if (
      adviceItemsFollow &&
      !/要|请|须|务必|必须|应当/.test(paragraph.simple) &&
      (!adviceUnderHeading ||
        (paragraph.addressees === undefined &&
          /市民|公众|民众|居民|游客|农户|广大|出行|外出|行车|驾驶|您/.test(paragraph.simple) &&
          !/^(?:加强|组织|入户|摸排|开展|做好|落实|督促|强化|宣传|告知|提醒)/.test(unnumbered(paragraph.simple)))) &&
      findDeadline(paragraph.simple, null) === null &&
      context.unitsOf(paragraph.simple).length === 0 &&
      context.unitsOpening(paragraph.simple.replace(EnumerationRE, "")).length === 0
    )
      continue;
    // 附件：…落实情况 names an attachment, not a task; so does each numbered line under 附件:1. …一览表
    // that lists the others, tables and lists by name (2. …采用条目, …一览表), not a task set out below it
    // (2.出台农村宅基地管理暂行办法), and each numbered line under 附件: that is only a document's title
    // (1.《…办法(试行)》; not one of the documents a meeting orders drafted).
    const attachedTitle: boolean = attachmentsFollow && /^\d{1,2}[.．、]\s*《[^》]{2,80}》\s*$/.test(paragraph.simple);
    attachmentsFollow = /^附件\s*\d*\s*[:：]\s*$/.test(paragraph.simple) || attachedTitle;
    if (
      attachedTitle ||
      /^附件\s*\d*\s*[:：]/.test(paragraph.simple) ||
      (/^附件\s*[:：]?\s*1[.．、]/.test(paragraph.heading ?? "") &&
        /^\d{1,2}[.．、]\s*[^。；;，,]{2,60}(?:表|清单|目录|名单|条目|明细)$/.test(paragraph.simple))
    )
      continue;
    // 注:进入场馆的人员须遵守…, 注:若遇雨雪天气,时间顺延: a table's footnote to its readers, no body's task (注:请各单位于
    // 5月10日前报送…, 注:县住建局负责…, 注:各类物资务必专人管理, 注:进度滞后的项目要加快推进 give work).
    if (
      /^(?:注|备注)\s*[:：]/.test(paragraph.simple) &&
      !PleaseRE.test(paragraph.simple) &&
      findDeadline(paragraph.simple, null) === null &&
      context.unitsOf(paragraph.simple).length === 0 &&
      ((!/须|需|务必|应当|严禁|不得/.test(paragraph.simple) && !hasModalYao(paragraph.simple)) ||
        NoteToPublicRE.test(paragraph.simple))
    )
      continue;
    // (一)指导思想。以…为指导，… — on one line, or under its heading: a plan's creed sets no task of its own.
    const creedAbove = creedFollows;
    const text = unnumbered(paragraph.simple);
    creedFollows = CreedHeadRE.test(text);
    if (creedAbove || CreedRE.test(text) || CreedHeadRE.test(unnumbered(paragraph.heading ?? ""))) continue;
    // 责任单位：区发改局、区商务局 on a line of its own names who carries the task above it; closing the
    // faults listed under one heading ((1)…;(2)…;), 问题整改责任单位：市科技馆 整改时限：3天 carries them all.
    if (CarrierLineRE.test(paragraph.simple)) {
      const underHeading = measures.slice(headingStart);
      // (Not where an item names a carrier of its own: the line is then the last item's.)
      const faultList =
        paragraph.heading !== undefined &&
        underHeading.length > 1 &&
        underHeading.every(
          (measure) => SubItemRE.test(measure.text) && measure.units.length === 0 && !carriedItems.has(measure),
        );
      const carried = faultList ? underHeading : measures.slice(-1);
      const units = context.unitsOf(paragraph.simple);
      const deadline = faultList ? findDeadline(paragraph.simple, context.year, context.day) : null;
      for (const measure of carried) {
        measure.units = [...new Set([...measure.units, ...units])];
        if (deadline && !measure.deadline) measure.deadline = deadline;
        carriedItems.add(measure);
      }
      continue;
    }
    // 完成时限：2021年12月31日 on a line of its own says when the task above it is due.
    if (DeadlineLineRE.test(paragraph.simple)) {
      const previous = measures.at(-1);
      const deadline = findDeadline(paragraph.simple, context.year, context.day);
      if (previous && deadline && !previous.deadline) previous.deadline = deadline;
      continue;
    }
    // 会议听取了…的汇报。会议强调，…: an introduction may open a later sentence; what follows it is introduced.
    let introduced = false;
    // (A 检查's section of mendings, 二、整改措施, is its 下一步 under another name; so is what follows its
    // answer to a report, …现作如下回复： / 一、火情发生后，…)
    if (
      /^下一步|下一步[，,]/.test(paragraph.simple) ||
      (context.docType === "检查" && ReplyFollowsRE.test(paragraphs[index - 1]?.simple ?? "")) ||
      (paragraph.heading !== undefined && MendingHeadingRE.test(paragraph.heading))
    )
      afterNextStep = true;
    // Under a heading such as 存在问题, an enumeration lists faults, not tasks; a heading that orders
    // (三、后段要求) ends the list.
    const directiveHeading = paragraph.heading !== undefined && DirectiveHeadingRE.test(paragraph.heading);
    let problemList: boolean =
      (paragraph.heading !== undefined &&
        /存在.{0,4}问题|主要问题|问题(?:和|与|及)不足|原因分析|差距和不足/.test(paragraph.heading) &&
        !directiveHeading) ||
      (problemItemsFollow && EnumerationRE.test(paragraph.simple) && !directiveHeading);
    const measuresBefore = measures.length;
    let planned = false;
    let openHead: Measure | undefined;
    let openHeadIsOrder = false;
    // The measure the piece before made, which the next item of an enumeration only commas part joins.
    let listHead: Measure | undefined;
    let orderedUnits: string[] = [];
    // The bodies a demand in this paragraph names, for its enumerated items (see DemandedOfRE).
    let demandedUnits: string[] = [];
    let ordered = false;
    let reviewing = false;
    let agenda = false;
    // 各区、开发区要提高认识…；建立长效机制…；: a subject holds until the sentence's full stop.
    let clauseSubject: string[] = [];
    let afterSemicolon = false;
    let continuesSentence = false;
    let sentenceOpenedOnSubject = false;
    let objectOnlyInItem = false;
    let spoken = "";
    // Quotes opened and not yet closed in the paragraph before the sentence, counted as it goes (a
    // paragraph may run to megabytes).
    let openQuotes = 0;
    const paragraphSentences = sentences(paragraph, opensWithUnit, opensPractice);
    for (const [sentenceIndex, sentence] of paragraphSentences.entries()) {
      const quoted = openQuotes > 0;
      openQuotes += (sentence.simple.match(/[“「]/g) ?? []).length - (sentence.simple.match(/[”」]/g) ?? []).length;
      // 要全方位推进…整治。同时,加强督查考核,…: work added to the task just made is a task too, for the same bodies.
      const taskAddedTo = AddedTaskRE.test(sentence.simple) ? listHead : undefined;
      // (An item with a body or a date of its own, 二是县交通局6月底前完成…, or a long one, is a task of its own, as is
      // one after an item with a date: 二是6月底前全面开工,三是强化保障.)
      const listGoesOn =
        sentence.listItem &&
        listHead?.deadline === undefined &&
        Array.from(sentence.simple).length <= LIST_ITEM_MAX &&
        context.unitsOf(unnumbered(sentence.simple)).length === 0 &&
        context.unitsOpening(unnumbered(sentence.simple)).length === 0 &&
        findDeadline(sentence.simple, null) === null
          ? listHead
          : undefined;
      listHead = undefined;
      if (listGoesOn) {
        const tags = listGoesOn.tags;
        extend(listGoesOn, sentence.simple, sentence.original, listGoesOn.units);
        listGoesOn.tags = [...new Set([...tags, ...listGoesOn.tags])];
        spoken += sentence.simple;
        listHead = listGoesOn;
        // (A sentence that holds its items whole heads none of the sentences after it: …二是向業主提供…支援。發展局會
        // 與…加強協作 is another body's task, 具体由县应急局牵头负责。 one of its own.)
        openHead = undefined;
        continue;
      }
      if (IntroRE.test(sentence.simple)) introduced = true;
      // …听取…情况汇报强调，: what the meeting stresses in this sentence is its order (and only in this one).
      const leadIntroduces = /(?:强调|指示|要求|指出)[，,:：]$/.test(NarrativeLeadRE.exec(sentence.simple)?.[0] ?? "");
      const saidBefore = spoken;
      spoken += sentence.simple;
      const markerLength = Array.from(ListMarkerRE.exec(sentence.simple)?.[0] ?? "").length;
      let cut = markerLength + stripIntro(Array.from(sentence.simple).slice(markerLength).join(""));
      cut += orderAfterProgress(Array.from(sentence.simple).slice(cut).join(""), opensWithUnit);
      const orderHead = OrderHeadRE.exec(Array.from(sentence.simple).slice(cut).join(""))?.[0];
      if (orderHead) {
        cut += Array.from(orderHead).length;
        orderedUnits = context.unitsOf(orderHead);
        ordered = true;
      }
      // 县长对县教育局下一步工作提出三点要求：一是…: the body the requirements are for.
      // What was cut off before the order: a list marker, an intro (会议要求,), an order's head.
      const lead = Array.from(sentence.simple).slice(0, cut).join("");
      // (…就下一步工作提出三点要求， standing before its 一是 as a sentence of its own.)
      const inlineRequest = RequestedOfRE.exec(lead) ?? RequestedOfRE.exec(sentence.simple);
      if (inlineRequest) {
        requestedOf = bodyOpening(inlineRequest[1] ?? "", context);
        ordered = requestedOf.length > 0 || ordered;
      }
      // 乡长要求各村、各企业要准确把握…。一是…；二是…: the bodies a demand names carry the items of the paragraph
      // that spell it out.
      const demandedOf = DemandedOfRE.exec(sentence.simple)?.[1];
      if (demandedOf && EnumerationRE.test(paragraphSentences[sentenceIndex + 1]?.simple ?? ""))
        demandedUnits = context.unitsOf(demandedOf);
      const simple = Array.from(sentence.simple).slice(cut).join("");
      const original = Array.from(sentence.original).slice(cut).join("");
      if (ClosingFormulaRE.test(simple) && !SentToYouRE.test(sentence.simple)) continue;
      // The units the sentence names itself, read at most once: several steps below ask.
      let named: string[] | undefined;
      const unitsNamed = (): string[] => (named ??= context.unitsOf(simple));
      // A body, a date or a number the sentence gives itself: work someone owes, whatever frames it.
      const ownsWork = (): boolean =>
        unitsNamed().length > 0 || findDeadline(simple, null) !== null || extractTargets(simple).length > 0;
      // An item naming its own carriers (…胡同内垃圾。(责任单位:英雄街道)) is theirs, not the heading's above it.
      const carriesOwn = namesOwnCarrier(simple);
      // The body the requirements were put to carries an item that names no one else.
      // (Only an enumerated item, and not one that tells what was done, 一是已完成春播…, 累计清理…, 完成率达95%, nor one
      // that names its own doer or speaks of another thing, 由副镇长王刚牵头…, 我们…, 他对…给予肯定, 巡察发现问题15个.)
      const requested =
        unitsNamed().length > 0
          ? []
          : requestedOf.length > 0
            ? requestedOf
            : EnumerationRE.test(sentence.simple) && !ProgressRE.test(simple) && !NoDemandItemRE.test(simple)
              ? demandedUnits
              : [];
      const assignees = [...(carriesOwn ? [] : (paragraph.assignees ?? [])), ...orderedUnits, ...requested];
      if (openHead && (NarrativeRE.test(simple) || ProgressRE.test(simple))) openHead = undefined;
      // A short order's explanation goes on as orders do (积极展示…); a sentence with an order or a body of
      // its own (县畜牧局要…, 各乡镇务必…, 确保6月15日前…) or telling facts (据悉…) is no part of it.
      const firstClause = simple.split(/[，,；;]/)[0] ?? "";
      const explainsOrder =
        !openHeadIsOrder ||
        (DirectiveStartRE.test(simple) &&
          !SignificanceRE.test(simple) &&
          !/^(?:确保|力争|争取)/.test(simple) &&
          !ModalRE.test(firstClause) &&
          !hasModalYao(firstClause) &&
          unitsNamed().length === 0);
      // 第五,切实维护社会稳定。一要…;二要…。: the item's short points, after its heading's stop.
      const pointsOf = (head: Measure): boolean =>
        /^第[一二三四五六七八九十]+[，,、]/.test(sentencesOf.get(head) ?? "") &&
        /^一[要是]/.test(simple) &&
        simple
          .split(/[；;。]/)
          .filter((point) => point !== "")
          .every((point) => Array.from(point).length <= OUTLINE_POINT_MAX) &&
        unitsNamed().length === 0;
      // (四是…排查整改。…各村要…。镇政府将不定期…督查。: a body's own plan after the item is a task of its own.)
      // (二是强化督查。县纪委监委将对…严肃问责: 将 as 把, or a consequence; 二要抓好安全生产。市应急管理局将会同…:
      // the plan that explains its heading, before the item has any other sentence.)
      const ownPlan =
        openHead !== undefined &&
        (sentencesOf.get(openHead)?.match(/[。！？!?]/g) ?? []).length >= 2 &&
        /^[^，,；;]{2,20}?将/.test(firstClause) &&
        FutureCommitmentRE.test(simple) &&
        context.unitsOpening(firstClause).length > 0;
      if (openHead && (!EnumerationRE.test(simple) || pointsOf(openHead)) && explainsOrder && !ownPlan) {
        // The sentences after 一是…。 belong to that item.
        extend(openHead, simple, original, assignees);
        continue;
      }
      openHead = undefined;
      if (ProblemListRE.test(simple)) problemList = true;
      if (/下一步|将吸取教训|整改措施/.test(simple)) problemList = false;
      // 他围绕五个方面作了简要回顾。一是…全面落实: what follows a review recounts, until someone orders again.
      // …从六个方面作了总结：一是以作风建设为保障，提高了…: the review's lead may open the sentence of its first item.
      const leadBeforeColon = /^[^:：]*[:：]/.exec(simple)?.[0] ?? "";
      // (各单位要认真做好年终总结：一要… orders a review; its items are tasks.)
      if (ReviewLeadRE.test(simple) || (ReviewLeadRE.test(leadBeforeColon) && !ordersWork(leadBeforeColon)))
        reviewing = true;
      else if (IntroRE.test(sentence.simple) || /下一步/.test(simple)) reviewing = false;
      if (AgendaLeadRE.test(simple)) agenda = true;
      else if (!EnumerationRE.test(simple)) agenda = false;
      // 共四项议程。一是葛冰传达…文件精神；三是第一书记交流发言: the agenda's items, no tasks, unless one
      // gives work out (二是…讲话,希望…; 二是部署开展…行动，4月底前完成…; 县水利局具体落实…).
      const givesWork =
        ordersWork(simple) ||
        StrongOrderRE.test(simple) ||
        /希望|部署|落实|负责|牵头/.test(simple) ||
        findDeadline(simple, null) !== null;
      if (agenda && EnumerationRE.test(simple) && !givesWork) continue;
      const directiveContext =
        sectionIsDirective ||
        introduced ||
        leadIntroduces ||
        ordered ||
        afterNextStep ||
        planGoesOn ||
        planned ||
        context.plan === true ||
        // (限该镇于5月20日前整改到位, 拟于7月底前建成…, 各乡镇进一步加强…: a date, a plan or what is to be furthered
        // orders under an account too.)
        (context.docType === "通报" &&
          (!sectionIsAccount ||
            findDeadline(simple, null) !== null ||
            /限[^，,。；;]{0,10}?于|限期|拟[于在]|计划|务必|必须/.test(simple) ||
            (/进一步/.test(simple) && !/了/.test(simple)))) ||
        paragraph.assignees !== undefined;
      // A 检查's commitments come after 下一步; before it the unit lists its faults, each with the mending
      // it did or does (整改措施：针对该问题，我镇立即安排蓝山社区…), its measure all the same.
      const ownRemedy = context.docType === "检查" && RemedyLineRE.test(simple);
      if (context.docType === "检查" && !afterNextStep && !ownRemedy) continue;
      // A leader's written instruction (批示：“海洋局认真抓紧整改。…”) orders in every sentence that tells no progress.
      // 会议要求,港北开发投资有限公司成立改组工作领导小组: what follows an order's lead is ordered, modal or not.
      const tellsProgress = ProgressRE.test(simple) || ProgressInsideRE.test(simple);
      const orderedByLead = /(?:会议|会上)(?:要求|责成|指示)[，,:：]$/.test(lead) && !tellsProgress;
      // 整改措施：由县住建局督促商户更换。 under a fault a circular found: how it is to be mended, and by
      // whom (整改措施：已清理完毕, 现场整改, 立行立改 tell it done there; in a unit's own 检查 what it did is its
      // measure, ownRemedy above).
      const remedy = ownRemedy || (RemedyLineRE.test(simple) && !RemedyDoneRE.test(simple));
      const instructed =
        ((sentence.instructed === true || sentence.inTurn === true) && !ProgressRE.test(simple)) ||
        orderedByLead ||
        (taskAddedTo !== undefined && !tellsProgress) ||
        remedy;
      if (
        !instructed &&
        !isDirective(
          simple,
          directiveContext,
          problemList || reviewing,
          context.docType,
          paragraph.assignees !== undefined,
        )
      )
        continue;
      // 2024115 (a signature date that lost its 年月日) says nothing to do.
      if (
        (simple.replace(/[。！？!?\s]/g, "").length < 6 && !ShortOrderHeadRE.test(simple)) ||
        !/\p{Script=Han}{2}/u.test(simple)
      )
        continue;
      // …陈其迈在会中指示各主管机关， introduces the order that follows; it is none (…要求各政策局加快推展相关
      // 工作， gives the order itself).
      if (
        /(?:指示|要求|责成|提醒)(?:[^，,。；;]{0,12}(?:局|处|署|委|办|室|厅|部门|单位|机关|公所|政府|乡镇|街道|干部|同志|人员|职工|党员|大家|各位))?[，,:：]$/u.test(
          simple,
        )
      )
        continue;
      // 为落实…，制定本方案。为加快推进…，7月12日上午，交口县召开…: a purpose clause before the
      // document's or the meeting's own making says why it exists, not what to do.
      if (isPurposePreamble(sentence.simple)) continue;
      // 参加活动的干部群众纷纷表示,将积极行动起来…: what the people there pledged, no body's task.
      // (…一致表示,将…,县发改局将于9月底前完成验收: a body's dated task said among the pledges is one.)
      // (区经促局…进行解答，并表示将积极协助…: a body's promise, a task only with a date or a figure.)
      if (PledgeRE.test(sentence.simple) && !StrongOrderRE.test(simple) && !ownsWork()) continue;
      if (
        BodyPledgeRE.test(sentence.simple) &&
        !StrongOrderRE.test(simple) &&
        findDeadline(simple, null) === null &&
        extractTargets(simple).length === 0
      )
        continue;
      // 为切实巩固…成果,…达到…的目的。: an aim said as a sentence of its own, whatever follows it.
      // (为…,县公安局决定自6月1日起开展…,达到…的目的。, …以年底前建成10个示范村为目标。: a task with its aim.)
      if (
        PurposeSentenceRE.test(simple) &&
        !hasModalYao(simple) &&
        !OrderInPurposeRE.test(simple) &&
        !/决定/.test(simple) &&
        !ownsWork()
      )
        continue;
      // 为深入贯彻…，坚决防范遏制各类事故发生。根据…研究部署，决定…: a purpose standing as a sentence of its own
      // before the decision it explains.
      if (
        /^为了?[^。；;]{4,}$/.test(simple.replace(/[。！!]$/, "")) &&
        // (为确保安全度汛，各乡镇务必于5月底前完成…。按照…: an order with its purpose; 为…，区委、区政府决定，
        // 从即日起…。根据会议安排，…: the decision is in the sentence itself.)
        !hasModalYao(simple) &&
        !OrderInPurposeRE.test(simple) &&
        !/决定|同意|召开|举行|印发/.test(simple.replace(/《[^》]*》/g, "")) &&
        DecisionAfterPurposeRE.test(paragraphSentences[sentenceIndex + 1]?.simple ?? "") &&
        findDeadline(simple, null) === null &&
        unitsNamed().length === 0
      )
        continue;
      // 会议共有九项议题：…三是听取关于…的汇报。五是研究讨论…规划。: the agenda, not what it decided.
      if (isAgendaItem(simple.replace(EnumerationRE, ""))) continue;
      // 二、…执行情形报告。主席裁示：准予备查。 (一)准予备查。: a report taken note of, or the last minutes
      // confirmed, leaves no work.
      if (isNotedItem(simple)) continue;
      // “商量下来，大家一致认为要敢于担担子。”, 「新時代、新征程，更要有新作為」。: a quotation standing as
      // a sentence of its own (a villager's words, a slogan) gives no one work; a leader's order is
      // quoted with who gave it (他强调：“…”, “…。”平山镇党委书记韦戴卓在…上说), and a notice quoted whole
      // (“…请你村务必在10月25日之前…”) still orders.
      if (
        /^[“「『][^“”「」『』]+[”」』][。！!]?$/.test(simple) &&
        !StrongOrderRE.test(simple) &&
        findDeadline(simple, null) === null &&
        !QuotedLeaderRE.test(paragraph.simple.slice(spoken.length))
      )
        continue;
      // 下面，请刘昌军同志通报…, 请怀宇区长讲话, (请大家发言务必控制在3分钟以内): a host's script calling
      // the next speaker, no work given out.
      if (HostCallRE.test(simple) || ReportToCongressRE.test(simple)) continue;
      // 现纪要如下：, 以下为政务司司长…的致辞全文(只有中文)： introduce what follows; they are none of it.
      if (/^[^。；;]{0,16}如下\s*[:：]$|^以下(?:为|是)[^。；;]{2,100}[:：]$/.test(simple)) continue;
      const ownSubject = [...unitsNamed()];
      // …；教育处掌握学生…；: the body whose part of the order it is opens it.
      if (sentence.inTurn && ownSubject.length === 0) ownSubject.push(...context.unitsOpening(firstClause));
      const measure = describe(simple, original, context, assignees, ownSubject);
      // …相关单位要做好对接；在苔湖片区…方面，要加快动作: an item on a topic of its own is no longer theirs.
      if (TopicFrameRE.test(simple)) clauseSubject = [];
      // (…市委、市政府将…。同时，该市住建局继续推行…: a later sentence may tell another body's practice; so may
      // the next ；-clause, 县林业局牵头制定…；县公安局组织民警开展….)
      const practiceHolders = paragraph.practiceOf ? (context.practiceHoldersOf?.(simple) ?? []) : [];
      // (要完善方案…；各部门、乡镇…要加强配合…；要严格程序: in a sentence of orders to no one, a ；-clause opening on
      // a 要 of its own is the next such order, not the body's named between; 各级各部门要高度重视…；要正视问题 and
      // 市住建局要…；市自然资源局要…；要在6月底前完成… are theirs.)
      // (二是…督促县教育资助中心…；三是环境治理方面，要…: a body one numbered item names only as an object is none of
      // the next item's; 一是县财政局要牵头…；二是要…, 二要…，各社区要…；三要… and 要求各街道一要…；二要… are still theirs.)
      const numbered = EnumerationRE.test(simple);
      const ownOrder =
        (afterSemicolon && !sentenceOpenedOnSubject && /^(?:要|需要|必须|务必)/.test(simple)) ||
        (numbered && objectOnlyInItem);
      if (ownSubject.length === 0 && practiceHolders.length === 0 && !ownOrder)
        measure.units = [...new Set([...measure.units, ...clauseSubject])];
      if (measure.units.length === 0 && paragraph.practiceOf)
        measure.units = practiceHolders.length > 0 ? practiceHolders : [...paragraph.practiceOf];
      // (…要确保6月底前完成主体工程，9月底前完成竣工验收: the second task after a comma is theirs too.)
      const heldSubject = ownSubject.length > 0 ? ownSubject : ownOrder ? [] : clauseSubject;
      const sentenceGoesOn = /[；;，,]$/.test(simple);
      clauseSubject = sentenceGoesOn ? heldSubject : [];
      if (!continuesSentence) sentenceOpenedOnSubject = ownSubject.length > 0;
      if (ownSubject.length > 0) {
        const clauses = simple.split(/[，,；;]/).map(unnumbered);
        objectOnlyInItem =
          numbered &&
          clauses.some((clause) => ObjectLeadInRE.test(clause)) &&
          !clauses.some((clause) => opensWithUnit(clause) && !ObjectLeadInRE.test(clause));
      }
      afterSemicolon = /[；;]$/.test(simple);
      continuesSentence = sentenceGoesOn;
      // 县发改局负责的第4件、县卫健局负责的第17件进展滞后，请以上责任单位加快…: the units named before.
      const backReference = BackReferenceRE.exec(sentence.simple);
      if (backReference) {
        const before = saidBefore + sentence.simple.slice(0, backReference.index);
        // (…责任单位:华龙区人民办。 on the items above, then 上述责任单位要…: the carriers of those items.)
        // (上述乡镇 are towns named before, not the carriers of a list elsewhere.)
        const carriersAbove = /责任/.test(backReference[0]) ? [...carriedItems].flatMap((item) => item.units) : [];
        const referred = context.unitsOpening(before);
        measure.units = [...new Set([...measure.units, ...(referred.length > 0 ? referred : carriersAbove)])];
      }
      // 营建署、体育处等在本区有许多空地，另工务局及水利局等也有权管工地，希望各单位都能…: 各单位都 gathers
      // the bodies its sentence named before it, not every body there is.
      const gathered = /各(?:单位|部门)(?:都|均)/.exec(sentence.simple);
      if (gathered && measure.units.every((unit) => /各(?:单位|部门)$/.test(unit))) {
        const named = context.unitsOpening(sentence.simple.slice(0, gathered.index));
        if (named.length >= 2) measure.units = named;
      }
      // 请各单位按照…, 请各事涉部门…, 请认真对照…, …现予以印发,请大家… in a notice: its addressees are the
      // 各单位 it asks.
      const askedAll = measure.units.every((unit) => /各(?:有关|相关|事涉|涉及)?(?:单位|部门)$/.test(unit));
      if (
        paragraph.addressees &&
        askedAll &&
        (measure.units.length > 0 || /^请|[，,]请(?:大家|你们|于|在)/.test(simple))
      )
        measure.units = [...paragraph.addressees];
      // 全局上下要…, 全局必须…: in a bureau's meeting the whole bureau is the convener; an order with
      // no subject names no one (a careful reader leaves it unassigned rather than guess the convener).
      if (measure.units.length === 0 && context.convener && WholeBureauRE.test(simple))
        measure.units = [context.convener];
      // 我局高度重视，…列出问题清单: the bureau writing (信息来源：县环保局) owes what it sets itself; not the
      // bureau that convened a meeting it attended, nor one a speaker quoted speaks for (“我局将…”).
      if (
        measure.units.length === 0 &&
        context.publisherBureau &&
        !quoted &&
        OwnBureauSubjectRE.test(sentence.simple.replace(/[“「][^”」]*[”」]?/g, ""))
      )
        measure.units = [context.publisherBureau];
      // 康文署加强清洁泳滩…。此外,…当局将于…安排约1,000名清洁工人当值: the body named before.
      const authority = measure.units.length === 0 && !quoted ? AuthoritySubjectRE.exec(sentence.simple) : null;
      if (authority) {
        const before = [...paragraphs.slice(0, index).map((above) => above.simple), saidBefore].join("\n");
        const suffix = new RegExp(`${authority[1] ?? authority[2] ?? "[署局处委办]"}$`);
        // The first such body, the one the report is about (市住建局负责同志参加, named after it, attends): one
        // that acts (康文署昨日表示), else one that opens a clause (…运动,康文署加强清洁泳滩).
        const kept = (units: string[]): string[] => units.filter((unit) => suffix.test(unit));
        const acting = kept(context.unitsOf(before));
        const subject = (acting.length > 0 ? acting : kept(context.unitsOpening(before)))[0];
        if (subject !== undefined) measure.units = [subject];
      }
      // 济宁市住建局日前召开专题会议安排部署,细化分解…: the body that met to deploy its own work does it.
      const convener = measure.units.length === 0 ? ConvenedToDeployRE.exec(lead)?.[1] : undefined;
      if (convener) measure.units = deployersOf(convener, context.unitsOpening(convener));
      // A measure under 加快老旧小区改造 is about 老旧小区改造 even when its sentence does not say so.
      if (paragraph.heading && sectionIsDirective) {
        measure.tags = [...new Set([...measure.tags, ...tagsFor(paragraph.heading)])];
      }
      if (taskAddedTo && measure.units.length === 0) measure.units = [...taskAddedTo.units];
      sentencesOf.set(measure, simple);
      if (paragraph.assignees?.length || CarriedItemRE.test(simple)) carriedItems.add(measure);
      openHeadIsOrder = ShortOrderHeadRE.test(simple);
      // (一要促进房地产市场企稳回升,健全住房保障体系。 heads what follows; 一是县水利局要在6月10日前完成…。, as
      // long, is a task with its own body, and the next body's sentence is a task of its own.)
      const heads =
        EnumerationHeadRE.test(simple) &&
        (Array.from(unnumbered(simple)).length <= SHORT_HEAD || measure.units.length === 0);
      if (heads || openHeadIsOrder) openHead = measure;
      if (/将/.test(simple) && FutureCommitmentRE.test(simple)) planned = true;
      measures.push(measure);
      listHead = measure;
    }
    if (remedyOf.length > 0)
      for (const measure of measures.slice(measuresAtStart))
        if (measure.units.length === 0) measure.units = [...remedyOf];
    // A task table's row is due when its 完成时限 cell says, unless its task sets its own time.
    const due = paragraph.due && dueCellDeadline(paragraph.due, context.year, context.day);
    if (due) for (const measure of measures.slice(measuresBefore)) measure.deadline ??= { ...due };
    problemItemsFollow = problemList && /[:：]$|^(?:[一二三四五六七八九十]+是|\d)/.test(paragraph.simple);
    planGoesOn = planned || (planGoesOn && measures.length > measuresBefore);
  }
  // 对存在的问题务必于4月19日前整改完毕: a notice's one deadline holds for every problem it lists with
  // its carrier, not for its other items (1.建立健全长效管理机制).
  const listDeadline = problemsDeadline(paragraphs, context);
  if (listDeadline)
    for (const measure of measures)
      if (!measure.deadline && carriedItems.has(measure) && ProblemItemRE.test(sentencesOf.get(measure) ?? ""))
        measure.deadline = { ...listDeadline };
  // A page that prints its article twice (a repost under the original) orders each task once; the same
  // words given to another body (each bureau's 于6月30日前完成自查整改) are its own task.
  const seen = new Set<string>();
  return measures.filter((measure) => {
    // (A report item whose ruling, 主席裁示：准予备查, came as the sentence after it.)
    if (isNotedItem(sentencesOf.get(measure) ?? "")) return false;
    const key = JSON.stringify([measure.text, measure.units, measure.deadline]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A sentence that sets the deadline for the problems a notice lists: 对存在的问题…于5月20日前整改完成. */
const ListedProblemsRE =
  /(?:上述|以上|存在的|所列|指出的|交办的|反馈的|通报的|发现的|梳理出的|检查出的)[^。；;]{0,12}问题[^。；;]{0,60}整改|整改[^。；;]{0,30}(?:上述|以上|存在的|所列|指出的|交办的|反馈的|通报的|发现的)[^。；;]{0,12}问题/u;
/** A carrier named in the item itself: 责任单位:华龙区建设办, (责任单位:英雄街道). */
const CarriedItemRE = /(?:责任|整改|牵头)(?:单位|部门)\s*[:：;；]/u;
/** A listed problem: an enumerated item that orders nothing itself (1.春江医院附近北侧胡同内垃圾。). */
const ProblemItemRE =
  /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．](?![^。；;]*(?:要|务必|必须|应当|需要|抓紧|尽快|立即))/u;

/** The deadline the sentence on a notice's listed problems sets, written as the source writes it. */
function problemsDeadline(
  paragraphs: readonly Paragraph[],
  context: MeasureContext,
): { text: string; date?: string } | undefined {
  for (const { simple, original } of paragraphs) {
    for (const match of simple.matchAll(/[^。；;]+/gu)) {
      // (我县已于2月28日前全部整改完毕 tells what was done.)
      const problems = ListedProblemsRE.exec(match[0]);
      if (!problems || /已/.test(match[0])) continue;
      // The deadline after the problems are named: 一季度…发现的问题…于4月30日前完成整改 is due 4月30日前.
      const from = match.index + problems.index;
      const deadline = findDeadline(simple.slice(from, match.index + match[0].length), context.year, context.day);
      if (deadline) return asWritten(deadline, simple, original, from);
    }
  }
  return undefined;
}

/**
 * A deadline in the words the source writes (春節前 in a traditional text), found from `from` on:
 * simplifying keeps offsets.
 */
function asWritten<T extends { text: string }>(deadline: T, simple: string, original: string, from = 0): T {
  const at = simple.indexOf(deadline.text, from);
  if (at >= 0 && original.length === simple.length) deadline.text = original.slice(at, at + deadline.text.length);
  return deadline;
}

/** A sentence without the reporters' byline that closes its paragraph: …不冒一处烟。(杨依明 记者 罗彦坤). */
const withoutByline = (sentence: string): string => sentence.replace(TrailingBylineRE, "").trimEnd();

/** A measure's facts from its (simplified) sentence: tags, units, deadline, targets. */
function describe(
  sentence: string,
  originalSentence: string,
  context: MeasureContext,
  assignees: string[] = [],
  named: string[] = context.unitsOf(sentence),
): Measure {
  const simple = withoutByline(sentence);
  const original = withoutByline(originalSentence);
  const units = [...new Set([...assignees, ...named, ...context.ownUnits])];
  // The bracket naming its carriers (（牵头单位：县商务局）) says who, not what: it tags nothing.
  const measure: Measure = { text: original, tags: tagsFor(simple.replace(CarrierBracketRE, "")), units };
  const deadline = findDeadline(simple, context.year, context.day);
  if (deadline) measure.deadline = asWritten(deadline, simple, original);
  const targets = extractTargets(simple);
  if (targets.length > 0) measure.targets = targets;
  return measure;
}
