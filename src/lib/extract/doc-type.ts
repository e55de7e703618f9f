import type { DocType } from "../../schemas/report";
import {
  DispatchTitleRE,
  DocKindHeadingRE,
  NoticeTitleRE,
  PlaceHeadingRE,
  PolicyTitleRE,
  REPLY_FOLLOWS,
  SANCTION,
  isAddresseeLine,
  SENT_OUT,
  TREATED_AS_TASK,
} from "./patterns";

/**
 * A headline that opens with what a meeting did with a document: 审议…实施意见, 学习传达《…意见》; not a
 * document of its own (传达贯彻…会议精神的实施意见).
 */
const MeetingOnDocumentRE = /^(?:会议)?(?:审议|讨论|表决|(?:研究|学习|传达)[^《]{0,4}《)/;
/** A notice that hands out tasks: 现将…任务分解下达, 目标任务. */
const TaskListRE = /分解下达|任务分解|下达[^。]{0,10}任务|目标任务/;
/** Words that name faults found, which make even a notice handing out tasks a circular. */
const FaultRE = /发现|问题|整改|隐患|不到位|不彻底|不力|滞后|落后|缓慢|进度慢|未完成|未按|未开工|未办结|尚未|薄弱|低于/;

/** What the document-type decision looks at, all simplified. */
export interface DocTypeInput {
  titleLines: string[];
  title: string;
  lead: string;
  body: string;
  /**
   * True when the text stands under an official document's number cut from its head (白政办发〔2021〕38号) and
   * opens on its addressees, its headline lost: what it says to them is a circular's.
   */
  numbered?: boolean;
}

/**
 * A meeting, or a leader's visit reported as one (…调研, 观摩活动, 视察, 区长…赴…街道督导检查, 到应变中心听取
 * 简报; not an office's 督查 or 督导 of its own, 市创城办深入社区督查…, 督导组赴各乡镇督导…), or a council's
 * session where the mayor answers members (市政總質詢, 第5次定期會); a study trip (带队外出考察学习) is not,
 * nor a routine a piece of experience describes (每月听取一次…汇报), nor a rank (四级调研员). (会议室 stays: a
 * meeting report often opens in the room, 镇政府小会议室里…发言.)
 */
const MeetingRE =
  /召开|举行|会议|会报|纪要|推进会|动员会|观摩会|现场会|座谈会|工作会|誓师大会|部署会|调度会|培训会|大会|调研(?!员)|视察|观摩|质询|定期会|实地督查|实地检查|督查调度|(?:[长记任席]|部长|(?<!级)领导|同志)[\u4e00-\u9fff]{0,4}?(?:一行|带队|带领[^。，,；;]{0,24}?)?(?:赴|深入|前往|来到)[^。，,；;]{1,20}?督导|(?<!每[日周月季年]|定期|坚持)听取[^。，,]{0,16}(?:简报|汇报)/;
const SentOutRE = new RegExp(SENT_OUT);
/**
 * A meeting the opening of the body reports, when the lead is a deck (秋节将至！…) or a visit's that goes on to one
 * (…现场查看了…,随后召开调度会; not 每周召开调度会, 先后召开调度会12次: a routine, a count): 出席市政会议, 舉行…交流會.
 */
const MeetingOpeningRE =
  /(?:召开|举行|出席|主持)[^。！!]{0,30}(?:会议|会报|大会|交流会)|(?:随后|随即|接着|之后)(?:主持)?召开[^。！!，,]{0,16}?调度会/;

/** An event that is shown or played, not held to decide anything. */
const CeremonyTitleRE =
  /开幕|闭幕|开赛|运动会|汇演|文艺演出|晚会|比赛|联赛|马拉松|展览|博览会|艺术节|文化节|美食节|升旗仪式|酒会|招待会|庆典/;
/** A festival's show (锣鼓喧天闹元宵, 庙会, 灯会), an event like a ceremony… */
const FestivalShowRE = /闹元宵|元宵(?:晚会|灯会|游园|喜乐会|联欢)|庙会|灯会|游园|社火/;
/** …unless the title is about the work to keep it safe or supplied (元宵节安保工作协调会, 部署元宵节期间安全工作). */
const FestivalWorkRE = /部署|安全|安保|保障|工作|研究|调研|供应|协调|会议|办公会|常务会|视频会|调度/;
/** A title's own word for a meeting. */
const TitleMeetingRE =
  /会议|工作会|推进会|动员会|部署会|座谈会|调度会|现场会|誓师|(?<!运动)大会|常委会(?!主任|副主任|委员|秘书长)|专题会|专题研究|研究部署/;

/**
 * What a rule for a kind of offender says before its sanction: 对工作不力的社区及村组干部、镇机关干部(予以通报批评), a
 * class of people or bodies (not a named one: 对排名最后的城关镇, 对城关镇的有关负责同志, 对上述迟报的单位).
 */
const OFFENDER_KIND =
  "对(?!上述|以上|前述|下列|上列|如下)[^。；;，,]{2,20}?的(?:(?:社区|村组|村|镇|乡|乡镇|机关|相关|有关|责任|工作|党员|及|和|、)*(?:干部|人员|责任人|单位|部门))+";
/**
 * A verdict a circular gives (5个镇被黄牌警告, 给予通报批评); not one yet to come (将对…给予黄牌警告), nor the rule for a
 * kind of offender.
 */
const SanctionedRE = new RegExp(`(?<!将[^。]{0,20}|${OFFENDER_KIND})(?:给予|予以|被)${SANCTION}`);
/** A circular's words besides a verdict: findings circulated, results (通报了综合考评结果), faults found (read in findsFaults). */
const CircularWordsRE = new RegExp(
  `现将[^。]{0,30}通报如下|(?<!将(?:予以|被)?|${OFFENDER_KIND}予以)通报批评|发出督查通报|考核结果|通报了[^。]{0,20}?(?:考评|评比|测评|暗访|抽查|督查|检查)结果|(?:督查|检查|暗访|巡查)[^。]{0,40}(?:发现|存在)[^。]{0,8}问题(?!立即|及时|即|就|马上)`,
);

/** A body that treats a work as its task, told by others: 市住建局将棚改作为…重要政治任务 (not 各地…, a collective told). */
const BodyTreatsWorkRE = new RegExp(
  String.raw`(?:^|[。，,])(?!各)[^。，,；;要应须需请]{2,30}?(?:局|委|政府|办)(?:始终|一直|坚持)?${TREATED_AS_TASK}`,
);
/**
 * A body's written answer to what the press exposed of it (not a reply to a citizen's complaint or message, nor a
 * statement of the facts against a rumour).
 */
const ReplyToExposureRE = new RegExp(
  String.raw`(?:报道|曝光)[^。]{0,6}[。，,]\s*对此[，,][^。]{0,40}?${REPLY_FOLLOWS}`,
);
/** An answer that is no 检查: to a deputy's proposal (建议, 提案), or one that denies what was reported (与事实不符). */
const NoFaultOwnedRE = /建议|提案|与(?:实际|事实)(?:情况)?(?:严重)?不符|不实|失实/;
/** Words that order (要, 务必, 必须; not 重要, 主要, 要求): a text that orders tells no practice. */
const OrderWordRE = /(?<![重主需只想必紧])要(?!求|点|素)|务必|必须/;
/**
 * Someone told what to do: a body, a collective or staff (各乡镇要…, 市林业局要…, 我们要…, 全局干部要…, 各乡镇…必须…),
 * or a leader's order (强调，要…; 要求，各乡镇切实…); not a reason told (深知，要推动…，必须首先…).
 */
const BodyOrderedRE =
  /(?:各\p{Script=Han}{1,6}|\p{Script=Han}{1,10}(?:局|委|办|镇|乡|街道|部门|单位|公司|中心|干部|人员|党员)|我们)(?:也|还|都)?要(?!求|点|素|领)|务必|各[^，,。；;]{1,20}?必须|(?:强调|要求|指出|指示|明确)[，,：:]?\s*(?:要(?!求)|各|必须|务必|\p{Script=Han}{1,10}(?:局|委|办|镇|乡|部门|单位))/u;
/** What came of a body's practice, as its news tells: 截至目前…, 已全部复工, 提前超额完成. */
const PracticeResultRE =
  /截至目前|截止目前|累计|已(?:全部|完成|建成|开工|复工|实现)|(?:提前|超额)完成|目前[，,][^。]{0,40}?(?:达到|实现)|实现连续/;

/** How the one who hosts a meeting speaks to it: 现在开会, 今天召开…, 这次…会开得很好, 下面，我讲几点意见. */
const HostsMeetingRE = /现在开会|今天[^。]{0,12}召开|这次[^。]{0,30}会(?:议)?开得|下面[，,]?我(?:讲|就|再|强调)/;

/** Where a 发言 is a person's own, whoever gives it: a 生活会, a study session, a class, a ceremony. */
const PersonalOccasionRE = /生活会|中心组|学习会|研讨|培训班|读书|党日|党课|典礼|协商|警示教育|对照检查/;

/** The kind of document, after the tell-tale signs in shared/domain-guide.md. */
export function classifyDocType({ titleLines, title, lead, body, numbered = false }: DocTypeInput): DocType {
  const heading = titleLines[0] ?? title;
  if (/^(?:检查|检讨书|深刻检查)$/.test(heading) || /深感惭愧|深刻检讨|深感愧疚/.test(body.slice(0, 400)))
    return "检查";
  // A unit's account to its superior of the faults an inspection found and how it mended them
  // (创建文明城市整改报告; 县政府办公室：…我县…现将整改落实情况报告如下): a written 检查, though no 检讨 is in
  // it; not a meeting that hears one (听取审计整改工作情况汇报).
  const hearsReport = /听取|召开|会议|常委会|研究|部署/.test(title);
  if (
    !hearsReport &&
    (/整改(?:落实)?(?:工作)?(?:情况)?的?(?:报告|汇报)(?:\s*篇[一二三四五六七八九十\d]{1,2})?$/.test(title) ||
      // (…刊发题为《…为啥禁烧的秸秆在冬季燃烧?》的报道。对此，…镇党委政府高度重视，现作如下回复: its answer to
      // what a paper exposed.)
      (ReplyToExposureRE.test(body.slice(0, 800)) && !NoFaultOwnedRE.test(`${title}\n${body.slice(0, 1500)}`)) ||
      (/^[^，,。！？\n]{2,30}[:：]/.test(body) &&
        /我[县镇乡局区市街][\s\S]{0,300}?现将整改(?:落实)?(?:工作)?情况(?:汇报|报告)如下/.test(body.slice(0, 800))))
  )
    return "检查";
  // The title as read from a record's field (文件名称 | …确定事项落实情况的通报 | ||) counts as its heading.
  if ([heading, title].some((line) => DocKindHeadingRE.test(line) && /通报/.test(line))) return "通报";
  if (PlaceHeadingRE.test(heading)) return "经验交流";
  // (A document site may run the speech's title into its first line: …大会上的讲话同志们:今天….; a press
  // release prints the speech whole: 政务司司长致辞全文.)
  if (
    // (Not a news headline on the meeting: …推进会 田瑞出席并讲话, …发表重要讲话; nor one on a meeting that
    // studies a speech: 传达学习…重要讲话内容.)
    /(?<!(?:出席|到会|莅临)并|发表(?:重要)?|作重要)(?:讲话|致辞|致词)(?:全文|摘要|实录)?$|上的(?:讲话|致辞|致词)内容$|讲话稿|主持词$/.test(
      title,
    ) ||
    // (A press office prints remarks whole: 行政长官于行政会议前会见传媒开场发言及答问内容.)
    /(?:开场发言|发言及(?:答问|问答|答记者问))(?:全文|内容|实录|摘要)?$/.test(title) ||
    // (…在…会上发言同志们: a document site runs the title into the speech; 各位领导、同志们: the speech
    // greets its hearers.)
    /^(?:各位领导[，,、]\s*)?同志们[,，:：]|(?:^|\n)[^。\n]{0,80}(?:讲话|发言)\s*(?:各位领导[，,、]\s*)?同志们[,，:：]/.test(
      body.slice(0, 300),
    ) ||
    // (各位代表：现在，我代表镇政府向大会报告工作: a government's work report, read out to its congress.)
    /(?:^|\n)\s*各位代表[，,:：][ \t]*\n\s*(?:现在[，,])?我代表[^。\n]{2,20}?向(?:大会|本次会议|会议)(?:报告|作)/.test(
      body.slice(0, 800),
    ) ||
    // (A news page may carry the speech under its own headline: ——黄先耀副部长在…会上的讲话 / 同志们：)
    (/(?:^|\n)\s*——[^\n]{2,40}在[^\n]{2,60}上的(?:讲话|致辞|讲话稿)\s*\n/.test(body.slice(0, 800)) &&
      /(?:^|\n)\s*同志们[,，:：]/.test(body.slice(0, 1000)))
  )
    return "讲话";
  // A policy document by its own name (…考核细则, …实施意见, …工作方案) is neither report nor circular.
  // A title taken from a first sentence (…召开党委会议，…研究贯彻落实意见) names no policy document, nor
  // does a headline of what a meeting did with one (审议《…实施意见》).
  if (PolicyTitleRE.test(title) && !/[，,]/.test(title) && !MeetingOnDocumentRE.test(title)) return "其他";
  // A numbered dispatch (…司长批示) or standing rules (…工作规则) order; they report nothing.
  if (DispatchTitleRE.test(title)) return "其他";
  // A supervision notice (…关于加大各乡镇河道整治的督办通知) names the faults found and who must mend them
  // by when: a circular, though it calls itself a notice.
  // (关于开展安全生产大督查的通知 announces an inspection, it reports none; 关于对民生实事进行重点督办的通知
  // that hands out the year's tasks and finds no fault is sent.)
  if (
    /(?:督办|督促整改)(?:的)?(?:通知|函)$/.test(title) &&
    !(TaskListRE.test(body) && !FaultRE.test(`${title}\n${body}`))
  )
    return "通报";
  // A notice, letter or decision by its own name (关于加快办理…提案的通知) is sent, not reported, even
  // when it recalls the meeting that gave the work out.
  if (NoticeTitleRE.test(title)) return "其他";
  // 各市、自治州人民政府，…：…现将有关事项通知如下: a notice that lost its headline opens with its
  // addressees and says what it is, however many meetings it names.
  if (isAddresseeLine(body.split("\n")[0] ?? "") && /(?:事项|有关|如下)?通知如下|特此通知/.test(body.slice(0, 600)))
    return "其他";
  // 郎溪县第一届运动会隆重开幕, 农民文艺汇演开幕: a ceremony, a contest or a show is an event, not a
  // meeting, however 隆重举行 it is, unless the title names a meeting too.
  if (CeremonyTitleRE.test(title) && !TitleMeetingRE.test(title)) return "其他";
  if (FestivalShowRE.test(title) && !FestivalWorkRE.test(title)) return "其他";
  // 镇党委书记在全县…推进会上的汇报发言: a body's own account to a meeting of its peers tells its ways, whatever the
  // meeting is called (…会上发言 alone, a leader's, is a speech; one by no body or its head, 在…民主生活会上的交流发言,
  // 学生代表在开学典礼上…, is a person's own, as is one at a study session, a class or a warning-education meeting).
  if (
    /^\S*?(?:县|区|市|州|旗|镇|乡|街道|村|社区|局|委|办|厅|部|院|所|站|队|集团|公司|学校|医院|中心|党委|党组|支部|书记|[县区市镇乡]长|局长|主任)在\S{2,60}?上的(?:汇报|交流|典型|经验交流|经验介绍|典型经验)发言(?:材料|稿)?$/.test(
      title,
    ) &&
    !PersonalOccasionRE.test(title)
  )
    return "经验交流";
  // 全县新农村建设座谈会发言材料 / 首先让我代表原墙镇党委政府…, 我镇认为: a body's own piece for a meeting of its peers,
  // though its title names the meeting and not the speaker (a leader's 发言材料 speaks to the meeting, not for a
  // town or a bureau); one for an 经验交流会 says so in its title, unless its speaker hosts the meeting (a 主持 or 讲话
  // 发言稿; 现在开会, 今天召开…, 下面，我讲几点意见).
  if (
    /(?:汇报|交流|典型|经验)?发言(?:材料|稿)$/.test(title) &&
    !PersonalOccasionRE.test(title) &&
    !/述职|表态|仪式|欢送|欢迎|退休|换届|表彰|颁奖|签约|致辞|推介|团拜|反馈|审议|庆祝|纪念|慰问/.test(title) &&
    ((/经验交流(?:会|座谈会|现场会|推进会)/.test(title) &&
      !/主持|讲话/.test(title) &&
      !HostsMeetingRE.test(body.slice(0, 300))) ||
      /我代表[^。，,]{0,12}?(?:镇|乡|街道|局|社区)(?:党委|党组|人民政府|政府|党委政府|党工委|党支部)|(?:^|[。，,！!\s])我(?:镇|乡|街道|局|村|社区)(?:认为|坚持|始终|围绕|紧紧|立足|着力|聚焦)/.test(
        body.slice(0, 600),
      ))
  )
    return "经验交流";
  // 会上，党委书记…传达了…: a lead that opens inside the meeting.
  if (/^(?:会上|会议上|会议中)[，,]/.test(lead)) return "会议报道";
  if (MeetingRE.test(title) || MeetingRE.test(lead.slice(0, 240)) || MeetingOpeningRE.test(body.slice(0, 300)))
    return "会议报道";
  // (尊敬的各位领导，同志们：近年来，…镇聚焦…: the greeting of a piece read out to a meeting comes before its opening.)
  const opening = body.slice(0, 600).replace(/^\s*(?:尊敬的)?[^。\n]{0,20}同志们[,，:：!！]\s*/u, "");
  // What a circular says: results or faults found, or a verdict on those named in it (…5个镇给予黄牌警告), or
  // news of one sent (督查组发出督查通报) (not a routine an
  // experience piece describes: 每月组织督导组明察暗访,发现问题立即通报).
  const findsFaults =
    SanctionedRE.test(body) ||
    CircularWordsRE.test(body) ||
    // (A unit's own account of its mending, 我县…整改措施：…, is no circular.)
    ((body.match(/(?:^|\n)\s*整改(?:要求|意见)\s*[:：]/g) ?? []).length >= 2 &&
      !/我[县镇乡局区市街]/.test(body.slice(0, 600)));
  // A document sent out to be carried out (…任务分解》…现印发给你们，请认真抓好贯彻落实, 现予印发) is a notice,
  // whatever number it carries, unless what it sends is a circular's findings.
  if (SentOutRE.test(opening) && !findsFaults) return "其他";
  // An inspection's findings sent to those who must fix them: …督查组…进行专项检查,共发现问题22个…;
  // an inspecting office's account of another's work (…对…落实情况进行了督查。现将有关情况汇报如下), not
  // a unit's own report on being inspected (我县…现将整改落实情况报告如下) nor a year's summary.
  const inspectionAccount = /(?:督查|暗访|检查组|督查组)[^。]{0,80}[。，,]\s*现将([^。]{0,20})(?:汇报|报告)如下/.exec(
    opening,
  );
  if (
    findsFaults ||
    // (…县人社局报送及时,…对信息工作不重视: a numbered text that rates those it names; not a 意见, 方案 or 决定.)
    (numbered &&
      /情况来看|排名|得分|表扬|批评|较差|不重视|滞后|缓慢|迟缓|不力|存在[^。]{0,12}(?:问题|现象)|责令/.test(opening)) ||
    /〔\d{4}〕\d+号/.test(body) ||
    (inspectionAccount &&
      !/整改|工作情况|配合|全年/.test(inspectionAccount[1] ?? "") &&
      !/我[县镇乡局区市街]/.test(opening))
  )
    return "通报";
  if (/做法|经验/.test(body) && /截至目前|近年来|坚持/.test(body)) return "经验交流";
  // What an experience piece looks like when it does not say 经验: a title that names its subject and
  // then its watchword (来安县三城镇:“三个聚焦”助推…, 平山:一纸“诊断书”…, 区城市管理局细化“城市三管”),
  // a body that opens with the place's profile (吉安县地处…辖13镇6乡…总人口) or its account to peers
  // (下面,我把…情况向大家作一简要汇报), work told in so many respects (从三个方面细化), the ways a place has
  // kept to over the years (近年来,德江县平原镇台头村坚持党建引领…; not a deployment that goes on to order), or
  // a way of working it found (云田镇…探索创新“网格+”模式; not one it is told, urged or yet to find: 要…探索创新
  // 改造模式, 鼓励各乡镇探索, 尚未探索形成), or how a body treats the work, told of it in the third person
  // with what came of it (沧州市委、市政府将棚户区改造作为…重点民心工程…截至目前…超额完成; 滦州市住建局将棚改作为…
  // 重要政治任务…已全部复工; not an order, 各地要把…作为…, nor a plan, 市教育局将把…作为…, a praise notice or a case).
  // (安龙县坝盘镇举办“…旅游节” is an event's news.)
  const ExperienceTitleRE =
    /^[\p{Script=Han}]{2,12}(?:[:：]\s*(?=[^:：]*[“"「])|(?<=区|县|市|镇|乡|旗|街道|局|委|办|中心|公司)[:：]|(?<=局|委|办|中心|镇|乡|街道)(?!举办|举行|召开|开展|启动|开幕|成功)[\p{Script=Han}]{1,3}[“"「])/u;
  // A place or body that works "by many means" (曲松县多措并举治理…, …街道 多措并举推动…) tells its ways, where
  // no body in it is told to do anything; not a leader's or an office's call to (杨永强调多措并举…,
  // 省应急厅要求多措并举…), a meeting or a notice about it.
  const ManyMeansTitleRE =
    /^[\p{Script=Han}]{1,12}(?:区|县|市|州|盟|旗|镇|乡|街道|村|社区|局|委|办|中心|公司)\s?(?:多措并举|多管齐下|多方发力|多点发力)(?![^，,]*(?:会议?|通知|要求|部署|督导|督查|检查|调研|视察|印发))/u;
  if (
    ExperienceTitleRE.test(title) ||
    (ManyMeansTitleRE.test(title) && !BodyOrderedRE.test(opening)) ||
    /地处[^。]{0,60}?(?:辖|总面积|总人口)/.test(opening.slice(0, 300)) ||
    /下面[,，]?我(?:把|就|将)[^。]{0,40}(?:向大家|给大家)[^。]{0,12}汇报/.test(opening) ||
    /从[一二三四五六七八九十两几\d]+个方面/.test(opening) ||
    (/^(?:近年来|近年|多年来)[,，][^。]{2,30}?(?:坚持|聚焦|着力|始终|立足|紧紧围绕|紧扣)/.test(opening) &&
      !OrderWordRE.test(opening)) ||
    /(?:^|。)[^。要应须需鼓尚未将]{0,200}?探索(?:创新|推行|建立|形成|实施)[^。]{0,20}?(?:模式|机制|路子)/.test(
      opening,
    ) ||
    (BodyTreatsWorkRE.test(opening) &&
      PracticeResultRE.test(body) &&
      !OrderWordRE.test(opening) &&
      !/请|预计|计划|力争|将于|表示|纪委|监委|巡察|巡视|反馈|立案|处分|开除|表扬|批评|特区政府/.test(opening))
  )
    return "经验交流";
  return "其他";
}
