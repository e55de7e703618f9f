import { DEPARTMENT_ENDS, REPLY_FOLLOWS } from "./patterns";
import { isTownName, townsNamed } from "./towns";
import { isNationalBody, unitsInList } from "./units";

/**
 * The name of the meeting a report is about (…推进会, …工作会议), in the source's own script.
 */

const MeetingNameRE =
  /(?:召开|举行|召开了|举行了|在)([^，,。；:：“”]{4,60}?(?:会议|推进会|动员会|观摩会|现场会|座谈会|工作会|誓师大会|攻坚大会|部署会|调度会|大会))(?:上|，|,|。|召开|$)|^([^，,。；]{4,60}?(?:会议|推进会|动员会|观摩会|现场会|座谈会|工作会|大会))召开/u;

/** The meeting a title or lead names, in the script of the original lines; undefined when none. */
export function meetingName(
  titleSimple: string,
  leadSimple: string,
  simpleText: string,
  originalText: string,
): string | undefined {
  const match = MeetingNameRE.exec(titleSimple) ?? MeetingNameRE.exec(leadSimple);
  const name = match?.[1] ?? match?.[2];
  return name ? toSourceScript(name, simpleText, originalText) : undefined;
}

/**
 * A department convening its own meeting (区住建局召开2019年半年度工作会议, 固县林场组织召开…,
 * 市不动产登记中心邀请11家银行召开…): the piece before 召开 in the title or lead. Governments, party
 * committees and congresses convening are the region meeting, not a body that owes the work.
 */
const ConvenerRE = new RegExp(
  String.raw`(?:^|[，,。；;\s])([^，,。；;\s]{2,24}?)(?:组织|于[^，,。；;]{1,16}?|(?<=${DEPARTMENT_ENDS})(?:邀请|会同|联合)[^，,。；;]{1,20}?|(?:今|昨|本|前)?[(（]?\d{0,2}[)）]?日?(?:上午|下午|晚上|晚间)?)?(?:召开|举行)了?[^，,。；;]{0,40}?(?:会议|工作会|推进会|调度会|座谈会|部署会|动员会|现场会|办公会|局务会|党组会|例会|专题会|大会)`,
  "u",
);
const DepartmentRE = new RegExp(`(?:${DEPARTMENT_ENDS})$`);
/** A government, party committee or congress convening: the region meeting, no department. */
const RegionBodyRE = /(?:政府|党委|[省市县区州旗]委|人大|政协)$/;

/** A title that is a bureau's own meeting: …工务局第16次局务会议纪录, …局2023年第3次局长办公会议. */
const BureauMeetingTitleRE =
  /^([\p{Script=Han}]{2,24}?局)(?:\d{4}年)?(?:第[\s\d一二三四五六七八九十]+次)?(?:局务会议?|局务会报|局长办公会议?)(?!精神|议定)/u;
/** The department that convened the report's meeting, as written; undefined for any other convener. */
export function meetingConvener(titleSimple: string, leadSimple: string): string | undefined {
  // 臺南市政府工務局第 1 6 次局務會議紀錄: a bureau's own numbered meeting, as its record's title names it.
  // (Not one attended, passed on or announced: 县委副书记参加县教育局局务会议, 传达学习市公安局局务会议精神,
  // 关于召开…局务会议的通知.)
  const bureauMeeting = BureauMeetingTitleRE.exec(titleSimple)?.[1];
  if (
    bureauMeeting &&
    unitsInList(bureauMeeting).join("、") === bureauMeeting &&
    !/召开|参加|出席|传达|学习|关于|贯彻|落实|列席/.test(bureauMeeting)
  )
    return bureauMeeting;
  // (A title may name the place convening, 湖南常德召开…, and the lead the department; a government
  // convening, 市政府召开…, is the region meeting, whatever venue the lead names.)
  for (const text of [titleSimple, leadSimple]) {
    const piece = ConvenerRE.exec(text)?.[1]?.replace(/^\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?/, "");
    if (!piece) continue;
    // (国务院召开…, 应急管理部召开全国…: the nation's meeting a local report relays, no department of its own.)
    if (/[在到、]/.test(piece) || RegionBodyRE.test(piece) || isNationalBody(piece)) return undefined;
    if (DepartmentRE.test(piece)) return piece;
  }
  return undefined;
}

/**
 * A committee, leading group, headquarters or task force holding its own plenary (县安委会第三次全体会议,
 * 2019年安委会第三次会议, 防汛抗旱指挥部成员会议, 地区事项统筹工作组首次会议): the body that meets acts in
 * the report; one whose meeting is passed on or followed (传达学习…委员会第五次会议上的讲话精神, 按照…领导小组
 * 扩大会议的安排部署, …扩大会议精神) met elsewhere. The year or session before it (2023年城市…领导小组) is no part of its name.
 */
const BodyMeetingRE =
  /(?<![召举主出集])(?![年度届号])(?<!(?:传达|学习|贯彻|落实|按照|根据|依照)[^，,。；;]{0,40})((?:[省市县区](?=安委会))?(?:安委会|(?:(?!召开|举行|主持|出席|召集|我[省市县区]|传达|学习|贯彻|落实|按照|根据|依照)[\p{Script=Han}]){2,14}?(?:委员会|领导小组|指挥部|工作组|工作专班)))(?:召开|举行)?了?(?:\d{4}年)?(?:第[\d一二三四五六七八九十]+次|首次)?(?:全体)?(?:成员)?(?:(?:扩大|工作)?会议|全会)(?!精神|的(?:安排|部署|要求|精神))/u;

export function meetingBody(titleSimple: string, leadSimple: string): string | undefined {
  const body = (BodyMeetingRE.exec(titleSimple) ?? BodyMeetingRE.exec(leadSimple))?.[1];
  // 县委常委会会议 is the party standing committee: its own name, as the leaders' titles give it.
  return body && !/^[\p{Script=Han}]{0,6}?[省市县区]委常委会?$|常委会$/u.test(body) ? body : undefined;
}

/** The original-script form of a phrase found in the simplified text (same offsets). */
function toSourceScript(phrase: string, simpleText: string, originalText: string): string {
  const at = simpleText.indexOf(phrase);
  if (at < 0) return phrase;
  const before = Array.from(simpleText.slice(0, at)).length;
  return Array.from(originalText)
    .slice(before, before + Array.from(phrase).length)
    .join("");
}

/**
 * The street office or township holding its own meeting (莲花街道召开…, 西园街道组织召开…, 南林桥镇开展…推进会): the one
 * its bare sub-units (各社区, 综合行政执法队) belong to; undefined for any other convener.
 */
const TownshipConvenerRE =
  /(?:^|[，,。；;\s])(?:[\p{Script=Han}]{2,8}?[区县市旗])?((?![各全我本])(?:(?!在|政府)[\p{Script=Han}]){2,6}?(?:街道|镇|乡))(?:办事处|党工委|[\p{Script=Han}]{2,10}?(?:执法队|中队|办|科|中心))?(?:于[^，,。；;]{1,16}?|[^，,。；;]{0,12}?日(?:上午|下午|晚上)?)?(?:在[^，,。；;]{1,12}?)?(?:再次|又|首次)?(?:组织)?(?:召开|举行|开展(?!的)(?=[^，,。；;]{2,30}?(?:(?:推进|部署|动员|座谈|培训|调度|工作|分析|讲评|观摩|协调|宣讲|总结|启动)会|会议)[，,。；;]))/u;
/** A street office or town publishing its own news: 深圳市福田区莲花街道办事处, 长寿镇党委. */
const TownshipPublisherRE = /([\p{Script=Han}]{2,6}?(?:街道|镇|乡))(?:办事处|人民政府|政府|党委|党工委)$/u;
/** A publisher that is a town's name alone (发布机构：长寿镇): one the list of towns knows, not 景德镇 or 今日新乡. */
const BareTownRE = /^[\p{Script=Han}]{1,4}(?:街道|镇|乡)$/u;
const isBareTown = (publisher: string): boolean => BareTownRE.test(publisher) && isTownName(publisher);
/** A match whose town the list of towns knows (not 县特色小镇办主任…: an office for small towns). */
const knownTown = (match: RegExpExecArray | null): RegExpExecArray | null =>
  match?.[1] && isTownName(match[1]) ? match : null;

/** A street office's or town's head convening: 琼山区国兴街道办主任符儒丹主持召开…. */
const TownshipHeadConvenesRE =
  /(?:^|[，,。；;、\s])(?:[\p{Script=Han}]{2,8}?[区县市旗])?((?![各全我本])[\p{Script=Han}]{2,6}?(?:街道|镇|乡))(?:办事处|办|党工委|党委|人民政府|政府)?(?:副?主任|副?书记|镇长|乡长)[\p{Script=Han}]{2,3}(?:同志)?(?:主持)?(?:召开|举行)/u;

/** A town whose plan the lead sets out: …关键年，河上镇将围绕提质扩面… (a known town; not 四是各镇要…, every town). */
const TownshipSubjectRE =
  /(?:^|[，,。；;\s])((?![全本我]|[一二三四五六七八九十]+是)(?:(?!各)[\p{Script=Han}]){2,6}?(?:街道|镇|乡))(?:将|要|积极|持续|全力)/u;

/**
 * A team sent to one town to inspect it, whose findings and advice are the town's: 第三督导组深入海拉尔路街道办事处
 * 进行督导检查 (a county leader's visit, 县委书记带领督查组到金元镇检查, speaks to every town; so does a tour
 * of several, 深入城关镇、东关镇).
 */
const InspectedTownshipRE =
  /(?<!带领|率领|率|带)(?:督导组|督查组|检查组|暗访组|考核组)[^，,。；;]{0,12}?(?:深入|来到|走进|赴|到)(?:[\p{Script=Han}]{2,8}?[区县市旗])?((?![各全我本])[\p{Script=Han}]{2,6}?(?:街道|镇|乡))(?![、和及与])(?:办事处|人民政府|政府)?(?![、和及与])(?:辖区)?[^，,。；;]{0,12}?(?:督导|督查|检查|暗访)/u;

/** A town answering what was reported of it: …的报道。对此，方城县博望镇党委政府高度重视，现作如下回复. */
const TownshipRepliesRE = new RegExp(
  String.raw`(?:^|[，,。；;\s])(?:[\p{Script=Han}]{2,8}?[区县市旗])?((?![各全我本])[\p{Script=Han}]{2,6}?(?:街道|镇|乡))(?:党委|党工委|人民政府|政府|办事处)[、和]?(?:政府|办事处)?[^。]{0,12}?${REPLY_FOLLOWS}`,
  "u",
);

/** A town's own circular, titled with its name: 水寨镇人居环境督查通报, 莲花街道工作简报. */
const TownshipCircularTitleRE =
  /^((?![各全我本])[\p{Script=Han}]{2,6}?(?:街道|镇|乡))[\p{Script=Han}]{0,14}?(?:督查通报|通报|简报|快报|工作动态)/u;

/**
 * The town's own leaders named by their office alone (镇党委书记谭恢军,镇长梁大钊分别带队…): the writer is a
 * town's, the one town the title and lead name (金元镇峡马口村).
 */
const BareTownLeaderRE =
  /(?:^|[，,、；;：:\s])(?:镇|乡|街道)(?:党委|党工委|办事处)?(?:副?书记|副?镇长|副?乡长|副?主任)/u;

function townOfBareLeaders(titleSimple: string, leadSimple: string): string | undefined {
  // (A lead made the title, when the text has none, is read there.)
  const opening = `${titleSimple}\n${leadSimple}`;
  if (!BareTownLeaderRE.test(opening)) return undefined;
  const towns = townsNamed(opening);
  return towns.length === 1 ? towns[0]?.name : undefined;
}

export function meetingTownship(titleSimple: string, leadSimple: string, publisher = ""): string | undefined {
  return (
    (TownshipConvenerRE.exec(titleSimple) ??
      knownTown(TownshipCircularTitleRE.exec(titleSimple)) ??
      TownshipConvenerRE.exec(leadSimple) ??
      knownTown(TownshipHeadConvenesRE.exec(titleSimple)) ??
      knownTown(TownshipHeadConvenesRE.exec(leadSimple)) ??
      knownTown(TownshipSubjectRE.exec(leadSimple)) ??
      knownTown(TownshipRepliesRE.exec(leadSimple)) ??
      TownshipPublisherRE.exec(
        publisher.replace(/^[\p{Script=Han}]{2,8}?[市][\p{Script=Han}]{1,6}?[区县旗]/u, ""),
      ))?.[1] ??
    (isBareTown(publisher) ? publisher : undefined) ??
    townOfBareLeaders(titleSimple, leadSimple) ??
    (InspectedTownshipRE.exec(titleSimple) ?? InspectedTownshipRE.exec(leadSimple))?.[1]
  );
}

/** A town's word for itself, looked for in a text's opening (its first 400 characters). */
const SelfReferenceRE = /我(镇|乡|街道)/u;
const SELF_REFERENCE_OPENING = 400;

/**
 * The town that writes of itself (…指挥部办公室：…结合我镇实际情况，望远镇党委、政府召开会议, a 整改报告 it
 * sends up): 我镇 in the opening, in the writer's own voice, and the one town of that level the text
 * names. (A town's speaker quoted at a county's meeting, 望远镇党委书记表态发言：我镇将…, is not the writer.)
 */
export function selfNamedTownship(textSimple: string): string | undefined {
  const opening = textSimple.slice(0, SELF_REFERENCE_OPENING);
  const at = SelfReferenceRE.exec(opening);
  const level = at?.[1];
  if (!at || !level) return undefined;
  // (The addressee a report opens with, 县创城指挥部办公室：, is no speaker's colon.)
  const salutation = /^[^，,。！？\n]{2,30}[:：]/u.exec(opening)?.[0].length ?? 0;
  const before = opening.slice(0, at.index);
  const sentence = before.slice(Math.max(salutation, before.search(/[^。！？\n]*$/u)));
  if (/表态|发言|指出|强调|表示|说|汇报|[:：“「]/u.test(sentence)) return undefined;
  const towns = townsNamed(textSimple).filter((town) => town.name.endsWith(level));
  return towns.length === 1 ? towns[0]?.name : undefined;
}
