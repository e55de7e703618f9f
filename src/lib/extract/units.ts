import type { Region } from "../../schemas/report";
import unitsData from "../../../content/taxonomy/units.json" with { type: "json" };
import { gazetteer, shortName, type Place } from "./gazetteer";
import { SINGLE_SURNAMES } from "./leaders";
import {
  BODY_FUTURE_WORK,
  BODY_HEAD,
  BODY_NAME_ENDS,
  BarredRowRE,
  CARRIER_KIND,
  MEMBER_KIND,
  DEPARTMENT_ENDS,
  FilingLineRE,
  SANCTION,
  TOGETHER_WITH_MODALS,
} from "./patterns";
import { isSingleWord, tagWords } from "./segmenter";

/**
 * Responsible units (责任单位): found in the places a report names them, then made canonical
 * by the report's region (区城管局 in a 湖滨新区 report is 湖滨新区城管局) and the alias list in
 * content/taxonomy/units.json (市文明委 is the city's 精神文明建设指导委员会).
 */

/**
 * How unit names end; collective forms (各城市区, 重点委局, 市直相关部门, 各学校, 各级医院) included. (各部门除所负责的…:
 * 所 after 除, 之, 其, 凡 is "what", no office.)
 */
const UNIT_SUFFIX =
  "(?:人民政府|政府|委员会|区议会|(?<![建会])议会(?!同)|红十字会|(?<=\\p{Script=Han}{2})(?:协会|商会|联合会)|办公室|领导小组|学习小组|(?<=各级|各\\p{Script=Han}{1,6}|单位)党组织|(?<=各级?)群团组织|指挥部|工作专班|工作组|(?<=各)(?:督查|督导|检查|巡查|巡视|巡察|考核|指导)组|管委会|党工委|(?<=[局委厅办署处])党组(?!成员|书记|副书记|扩大|会议|中心组)|街道办事处|街道|社区|中心|(?:科技|图书|博物|文化|纪念|美术|档案)馆|总队|支队|大队|中队|执法队|工作队|清洁队|派出所|区公所|公所|公司|集团|(?<=各(?:(?![类种大个])[\\p{Script=Han}]{2,4})?)企业|(?<=各(?:级|类)?(?:中小|大中小|中等|职业|公办|民办|公立|定点)?)(?:学校|高校|医院|幼儿园|医疗机构)|林场|(?<=[\\p{Script=Han}]{2})银行|工商联|科协|妇联|残联|文联|侨联|总工会|工会|部门|委局|部委办局|局处|直属单位|单位|城市区|县区|县市区|(?<=各)县市|(?<=各)乡镇市(?!场)区?|乡镇|镇街|园区|产业园|工业园|物流园|专班|防指|苏木|机构|机关|供销社|合作社|党校|信用社|报社|卫生院|(?<=各级|各)党政|局|委|办|厅|部|处|署|室|(?<![除之其凡])所|站|院|县|区|镇|乡|科)";
/**
 * A whole piece that names a unit: optional collective word, a core, a suffix; a leading group's
 * office may run longer (市行政审批制度改革工作领导小组办公室).
 */
const UnitRE = new RegExp(
  `^(?:各级各|各级|各有关|各相关|各|重点|市直|区直|县直|省直|全市|全区|全县)?(?:[\\p{Script=Han}A-Z（）()]{0,14}?|[\\p{Script=Han}]{2,18}?领导小组)${UNIT_SUFFIX}(?:[（(][\\p{Script=Han}、]{1,8}[)）])?$`,
  "u",
);
/**
 * People and roles that trail a unit in attendance lists (…和区民政局的主要负责同志 too; 县卫健委相关负责同志,
 * 县林业局相关工作人员: its staff; 镇整治办成员: its members; not 县政府工作人员, every civil servant of the county).
 */
const RoleTailRE =
  /的?(?:相关|有关)?(?:(?<=[局处署委办室厅心所司部站队](?:相关|有关)?)[\p{Script=Han}]{0,6}?工作人员|(?<=[局处署委办室厅心所府司部]的?)(?:分别)?(?:按照?职责分工)?(?:主办|协办|承办|牵头|负责|配合)|长官|党政主要负责同志|主要负责同志|负责同志|(?<=公司|集团)部门(?:负责人)?|主要负责人|分管负责人|相关负责人|负责人|主要领导|分管领导|(?<=队)队长|(?<=站)站长|(?<=所)所长|(?<=局)局长|(?<=[\u4e00-\u9fff]{3}[办处室心委])主任|党员干部|干部职工|全体干部|各级干部|各级官员|(?<=[局委办署])官员|全体工作人员|全体人员|全体党员|同志|(?<=[局处署办室心所])(?:全体)?成员)$/u;
/**
 * Pieces that look like units but are people, places of work or whole populations, the
 * leadership a report defers to (党中央国务院, 省委省政府的部署) rather than a body it tasks, or a
 * table's unit of measure (计量单位); a count of bodies or people (三名县派第一书记) or what
 * work reshapes (包括完善公共部门的权责) names none; nor does 委员会 alone, cut from its name or referring
 * back to one (交由…协调委员会审查, 委员会要…).
 */
const NotUnitRE =
  /^(?:全市上下|全区上下|全县上下|大家|我们|我区|我市|我县|我局|市委|区委|县委|群众|居民|社区群众|党员|干部|老百姓|上级|本单位|单位|部门|委员会|跨部门|机关|党政|街道|社区|各地|各级|市区|城区|老城区域|中心城区|重点|市府单位|县府单位|(?:党中央|中央)国务院|[\p{Script=Han}]{0,4}[省市区县]委[省市区县](?:人民)?政府|(?:计量|计价|货币|金额|价格|面积|重量|数量|长度|度量)单位|[一二三四五六七八九十两几\d]+[名位][\p{Script=Han}]*|(?:完善|健全|优化|改革|整合|精简|理顺)[\p{Script=Han}]{0,4}(?:部门|单位|机构|机关))$/u;
/**
 * A generic noun before the suffix describes units without naming one (基层单位, 责任单位, 监管部门,
 * 参建单位, 主办单位, 组织部门 in 组织部门牵头抓总; 镇组织部门 names one); with 各 or 市直 in front it is a collective
 * assignee all the same (各相关单位, 各责任单位, 市直相关部门, 全市各相关部门).
 * After a copula (既是…也是省政府向全省人民作出的承诺) a body is what something is, not one at work; after
 * 引进, 引导, 培育 (大力引进国内知名会展公司参与…) it is what the work brings in. Some of a kind (少数乡镇,
 * 部分单位) names none either; nor does a speaker acting for one (我代表镇政府向大会报告工作, 区工委委员吴炳卫代表管委会…), nor a team on
 * its way (调研组到凯里市龙场镇), nor a place someone goes to or leaves (离开本县要…报备, 前往富平县).
 */
const DescriptionRE =
  /^被?(?:挂牌|红牌|黄牌|通报|约谈|点名|曝光)(?:的)?(?:[\d一二三四五六七八九十]+(?:家|个))?|^(?!各项目(?:责任|牵头)单位$)(?:[省市区县]级|各级)?(?:各项[^各]{0,12})?(?:项目)?(?:基层|机关|管理|责任|监管|参建|牵头|配合|主办|承办|举办|业务|其他|下属|所属|上级|主管|组织|行业|执法|建设|施工|监理|涉及|参与|技术支持|技术服务|设计|中标|承建|运营|测绘|第三方|(?:重点|一般)?考核|被考核|全部|所有)(?:单位|部门|局处|机构)$|^项目(?:单位|部门)$|^(?!各|市直|区直|县直|省直|[省市区县]级|[省市区县](?:相关|有关)|全[市区县旗州盟]各)[\p{Script=Han}]{1,6}(?:相关|有关)(?:单位|部门|局处|机构)$|^(?:有关|相关)(?!(?:责任|职能)?(?:单位|部门)$|(?:局处|镇街|乡镇|街道|镇村)$)|^(?:以上|上述|前述|下列|上列|这些|每个|每一个|每家|每一)|^(?:少数|部分|个别|多数|大部分)(?=[\p{Script=Han}])|^(?:也|又|还|就|即|都|既|正|更)?是(?=[\p{Script=Han}]{2})|^(?:大力|积极|努力|加快|着力|全力)?(?:引进|引入|招引|吸引|引导|培育|扶持|鼓励)(?=[\p{Script=Han}]{2})|^(?:离开|返回|前往|进入|来到|到达|途经|去往|回到|抵达|驶离|驶入)(?=[\p{Script=Han}]{2})|^我们?代表(?=[\p{Script=Han}]{2})|(?:长|主任|书记|委员)[\p{Script=Han}]{2,3}代表(?=[\p{Script=Han}]{2})|(?:组|队|团|一行)(?:到|赴|来到|深入)(?=[\p{Script=Han}]{2})/u;
/**
 * Words that end in a unit suffix but name none: 落到实处, 好处, 老旧小区, 景区, 特色小镇, 垃圾桶站 (a facility),
 * 业务主办 (a post), 书画展览厅 (a hall), 公办 (state-run), 红色代办 and 帮办 (a service), 台湾东部 (a part of a place;
 * not 初中部, 高中部, 华南部), 提早部署 (a verb), 开创新局 (not 文广新局, a bureau's short name).
 */
const SuffixWordRE =
  /(?:(?<!各)地区|(?<![华初高小])[东西南北中]部|抽水站|桶站|垃圾站|中转站|转运站|收集站|回收站|车站|公交站|加油站|加气站|充电站|泵站|基站|驿站|小区|景区|街区|片区|辖区|矿区|库区|山区|校区|厂区|林区|牧区|湖区|湾区|实处|好处|难处|长处|用处|之处|到处|此处|深处|益处|坏处|住处|出处|各处|场所|住所|厕所|处所|会议室|会议厅|报告厅|(?:展览|陈列|阅览|放映|演播|非遗|多功能|展)厅|接待室|大厅|礼堂|布局|格局|大局|全局|开局|变局|(?<!文广|体广)新局|结局|骗局|主办|承办|协办|举办|公办|(?<![局委厅心办])(?:代办|帮办)|领办|包办|催办|小镇|部署)$/;
/**
 * Bodies named after the task they were set up for (创建全国文明城市指挥部, 征收办), and their members
 * (复审工作领导小组成员单位), may open with a verb.
 */
const TaskBodySuffixRE = /(?:指挥部|领导小组|办公室|委员会|工作专班|专班|办)(?:各?成员单位)?$/;

/** jieba knows the piece as one ordinary word (资源, 发展), not as a place, name or unknown string. */
function isOrdinaryWord(piece: string): boolean {
  return isSingleWord(piece, /^(?:ns|nr|nz|nt|x)/);
}

/** Manner words jieba tags as nouns or adjectives (全力, 强势): before a verb they open a verb phrase too. */
const MannerWordRE = /^(?:全力|强势|大力|着力|全面|深入|扎实|切实|努力|不断|加紧|集中)$/;
/**
 * A verb phrase that happens to end in a suffix (争取三级医院, 优化都市圈发展布局, 持续推动社区): its first
 * word is a verb, or up to three manner words and a verb, and two or more words follow it. 信访局, 征收办 are
 * one verb and a suffix.
 */
function isVerbPhrase(piece: string): boolean {
  // 区直各部门, 相关责任单位: jieba tags 区直 and 相关 as verbs.
  if (/^(?:市直|区直|县直|省直|相关|有关)/.test(piece)) return false;
  // 加强集镇(管理): a verb that opens no body's name, before a place's word (集镇, 社区); 推进办, 提升办 are
  // offices.
  if (
    /^(?:加强|加快|推进|推动|强化|抓好|做好|完善|打造|提升|开展|深化|扩大|确保|切实)\p{Script=Han}{0,4}(?:镇|乡|区|村|街道)$/u.test(
      piece,
    )
  )
    return true;
  const words = tagWords(piece);
  // 加大跟踪督办: the suffix is inside a verb (督办), not an office.
  const last = words.at(-1);
  if (words.length >= 2 && words[0]?.tag === "v" && last && last.word.length >= 2 && last.tag === "v") return true;
  if (TaskBodySuffixRE.test(piece)) return false;
  // 持续推动社区, 积极发动社区: a manner (持续, 积极) before the verb opens a verb phrase too; so do manner
  // words jieba reads as nouns (全力强势推进村综合服务中心).
  const verbAt = words.findIndex(
    (word, at) => !(/^(?:vd|ad|d)$/.test(word.tag) || MannerWordRE.test(word.word)) || at > 2,
  );
  const opening = verbAt > 0 && /^v/.test(words[verbAt]?.tag ?? "") ? "v" : words[0]?.tag;
  return words.length >= 3 && opening === "v";
}
/** People, not bodies: 全体干部, 党员干部, 广大市民. */
const PeopleRE = /(?:干部|党员|职工|人员|群众|市民|居民|村民|同志|代表|专家|学生|家长|常委|领导|书记|主任|村长|组长)$/;
/** The parts bodies play that a collective may name two of, sharing 单位: 各牵头及责任单位. */
const PAIRED_PARTS = "牵头|配合|责任|协办|主办";
/**
 * Where a list piece joins two bodies: 以及, 和, 及, 与 (环保局及工务局), 联同 (卫生署联同教育局), 协同 between
 * sections (三科派员协同五科; 县协同办 and 协同创新中心 hold the word in their names); not inside a collective
 * of two parts (各牵头及责任单位).
 */
const ListJoinRE = new RegExp(
  String.raw`以及|(?<=[科处室局所队](?:派员)?)协同(?=[\p{Script=Han}]{1,10}[科处室局所队]$)|联同|(?!(?<=各(?:${PAIRED_PARTS}))[和及与](?:${PAIRED_PARTS})(?:单位|部门))[和及与]`,
  "u",
);
/**
 * Everything up to a word that hands work on: 会中也请市场处 → 市场处, 会中除了各单位 → 各单位, 县府强调本县各局处 → 本县各局处;
 * or that sets up the body that takes it, 市政府决定成立市河长制工作领导小组 → 市河长制工作领导小组.
 */
const LeadInWordsRE =
  /^.*(?:请|由(?![于於])|决定(?:成立|组建|设立)|要求|建议(?!办理|案)|[指裁]示(?!牌|灯|标)|强调|提醒|责成|督促(?!下)|敦促(?!下)|希望|包含|包括|除了|以及|会同|邀集|邀请|根据|按照|依据|通过|发挥|听取了?)(?=[\p{Script=Han}]{2})/u;
/** Single words that open a list piece without being part of the unit: 由县水务局, 对各乡镇. */
const LeadingWordRE =
  /^(?:当日|当天|今日|今天|昨日|昨天|近日|日前|随后|会后|由于|由|于|於|经|对|请|向|与|和|及|把|被|让|将|而|但|且|另|是|经由|包含|包括|希望|要求|督促|敦促|责成|邀请|邀集|组织|协调|会同|指导|支持|配合|推动|动员|号召|呼吁|联合)$/;
const LeadingWordStartRE = new RegExp(LeadingWordRE.source.replace(/\$$/, ""));
const EnumerationLeadRE =
  /^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|首先|其次|同时|另外|此外|尤其是?|特别是|其中|因此|所以|但是?|而且?|并且?)/;
/** A person leading units into a piece: 县政府副县长郭创峰率县水务局 → 县水务局. */
const PersonLeadRE = /^.*?(?:率|带领|组织(?!部)|召集|邀集|邀请|会同|协调)(?=[\p{Script=Han}]{2})/u;

/** A collective assignee at the end of a longer piece: …工作各级各单位, …方面各有关部门. */
const TrailingCollectiveRE = /各(?:级各|有关|相关)(?:部门|单位)$/;

/** The unit a list piece names, once the words before it that are not part of a name are dropped. */
function trimToUnit(piece: string): string {
  // 教育局已依法成立的「…认定委员会」: the body named after the last 的, without its quotes.
  const quoted = /[」”』]$/.test(piece) ? piece.replace(/[「」“”『』]/g, "") : piece;
  const named = quoted.replace(/^.*的(?=[\p{Script=Han}]{3})/u, "");
  const rest = named
    .replace(EnumerationLeadRE, "")
    .replace(PersonLeadRE, "")
    .replace(LeadInWordsRE, "")
    // 请秘书单位消防局持续记录: the part a body plays, before its name.
    .replace(
      /^(?:秘书|幕僚|主办|承办|协办|主责|责任)单位(?=[\p{Script=Han}]{2,}(?:局|处|署|委|办|部|院|中心|公所))/u,
      "",
    );
  // 中心城市供排水一体化工作各级各单位: a collective after the topic it is told about.
  const collective = TrailingCollectiveRE.exec(rest);
  if (collective && collective.index > 4) return collective[0];
  if (/^(?:各|全市|全区|全县|重点|市直|区直|县直|省直|相关|有关|属地)/.test(rest)) return rest;
  // Segmented only when a lead word may open the piece: 而林业署 loses 而, 和平区 keeps its 和.
  if (!LeadingWordStartRE.test(rest)) return rest;
  let skipped = 0;
  for (const { word } of tagWords(rest)) {
    if (!LeadingWordRE.test(word) || skipped + word.length >= rest.length) break;
    skipped += word.length;
  }
  return rest.slice(skipped);
}

/** Offices of people: a piece holding one (戴谦副市长统整各局处) names a person's act, not a body. */
const PersonOfficeRE = /(?:市长|区长|县长|镇长|局长|处长|署长|书记|主任|部长|主席|委员长)(?!办|室|会)/;
/** Parts of speech that never stand inside a body's name: adverbs, prepositions, pronouns, particles, places in time. */
const NotInNameTagRE = /^(?:d|ad|p|r|u|uj|ul|uz|ud|ug|f|y|e|o)$/;
/** Position words that do stand in a name, as part of an area's (沈阳近海经济区, 西部新区): not 以来, 之后. */
const AreaPositionRE = /^(?:[东西南北](?:部|侧|面)?|近海|沿海|沿江|沿河|沿边|中部|东南|西南|东北|西北)$/;
/** A word that cannot stand inside a body's name. */
const outOfName = (word: string, tag: string): boolean => NotInNameTagRE.test(tag) && !AreaPositionRE.test(word);

/**
 * True when a long piece reads as a name rather than a clause that happens to end in a suffix
 * (尤其在事件发生后教育局, 环保局垃圾车逐户沿途放送市长所): no adverb, preposition, pronoun or
 * particle inside it, and no person's office.
 */
function readsAsName(piece: string): boolean {
  // 市长所录制: a person's office and a possessive 所, not an office (所) of a body.
  if (/^(?:市长|区长|县长|局长|书记|主任|部长|处长)所$/.test(piece)) return false;
  if (piece.length <= 6) return true;
  if (PersonOfficeRE.test(piece.slice(0, -2))) return false;
  // 各镇乡人民政府: jieba reads 各镇 as one pronoun; a collective opens a name, it stands inside none.
  // (高新园区住房城乡建设部门: nor does the zone's name it opens with, whatever jieba makes of 高新.)
  const zone = ZoneOpeningRE.test(piece);
  return !tagWords(piece).some(
    ({ word, tag }, index) =>
      outOfName(word, tag) &&
      !/^(?:[和及与各]|各级|各地|各地区|全区|全市|全县|有关|相关|市直|区直|县直)$/.test(word) &&
      !(index === 0 && (zone || /^各[\p{Script=Han}]{1,2}$/u.test(word))),
  );
}

/** A development zone's name opening a body's: 高新园区…, 金普新区…, 经济技术开发区…. */
const ZoneOpeningRE = /^[\p{Script=Han}]{2,6}?(?:园区|新区|开发区|高新区)/u;

/** The unit name that ends a clause, after its last adverb, preposition or verb; undefined if none. */
function nameAtEnd(piece: string): string | undefined {
  if (PersonOfficeRE.test(piece.slice(0, -2))) return undefined;
  const words = tagWords(piece);
  let start = 0;
  let offset = 0;
  for (const { word, tag } of words) {
    offset += word.length;
    if (outOfName(word, tag) || /^v/.test(tag)) start = offset;
  }
  const tail = piece.slice(start);
  return tail.length >= MIN_UNIT_LENGTH && UnitRE.test(tail) && !BareSuffixRE.test(tail) && readsAsName(tail)
    ? tail
    : undefined;
}

/**
 * 各级、各部门, 各地、各部门, 各部门、各单位: one collective written with a pause, as 各级各部门 is without
 * (各乡镇、各部门 stays two kinds of body).
 */
export const joinCollectivePair = (text: string): string =>
  text.replace(/(?<=各(?:级|地|地区|部门))、(?=各(?:部门|单位))/gu, "");

/** A unit name needs a real core, not just a suffix. */
const MIN_UNIT_LENGTH = 3;

/** 各村（社区）, 各街道（乡镇）, 各县（市、区）: a collective and, in brackets, the kinds it takes in. */
const CollectiveAlternativesRE =
  /(各[\p{Script=Han}]{1,4}?)[（(]((?:县级市|街道办事处|[市区县州盟旗乡镇村街道社区居委会场]{1,4})(?:[、，,](?:县级市|街道办事处|[市区县州盟旗乡镇村街道社区居委会场]{1,4}))*)[)）]/gu;
const OPEN_KINDS = "\u0001";
const CLOSE_KINDS = "\u0002";
const KINDS_SEPARATOR = "\u0003";
const KindsRE = /\u0001[^\u0002]*\u0002/;
/**
 * Villages as a collective assignee (各村, 各行政村, 各责任村, 全镇各村; 各乡镇场 with the state farms; 相关镇村, the
 * towns and their villages): a body only in the plural.
 */
const CollectiveVillageRE =
  /^(?:全(?:镇|乡|街道))?(?:各(?:行政村|自然村|村组|村居|村社区|责任村|相关村|有关村|村|乡镇场|(?:相关|有关)?镇村)|(?:相关|有关)镇村)$/;

/** A party committee's department, with or without its level: 宣传部, 县委组织部. */
const PartyDepartmentRE = /^([市县区]委?)?(组织部|宣传部|统战部|政法委)$/;

/** A province's cities and prefectures, written without brackets: 各市州, 各州市, 各省辖市. */
const CitiesOfProvinceRE = /^各(?:市州|州市|省辖市|设区市|地市)$/;
/** A collective of one kind of body, unqualified: 各部门, 各单位, 各乡镇, 各街道, 各市州. */
const PlainCollectiveRE = new RegExp(
  `^各(?:部门|单位|乡镇|镇|乡|街道|镇街|县区|区县|县市区)$|${CitiesOfProvinceRE.source}`,
);
/** A collective's qualifier that the bare kinds listed after it share: 各区、开发区; 相关部门、乡镇. */
const CollectiveQualifierRE =
  /^(?:全[市区县旗州盟](?=各))?(?:各级各有关|各级各|各有关|各相关|各级|各|相关|有关)(?=[\p{Script=Han}])/u;
const BareKindRE =
  /^(?:开发区|高新区|新区|园区|乡镇|镇|乡|街道|街道办事处|镇街|街镇|部门|单位|局处|委局|区公所|公所|社区|村|村居|村组|县|区|县区|县市区|县市|区县|责任部门|职能部门|主管部门|责任单位|成员单位)$/;
/**
 * 各乡镇、部门: a bare kind takes the collective word of the piece before it (else the list's first's,
 * `qualifier`); undefined for a piece that is no bare kind.
 */
function sharedCollective(before: string, piece: string, qualifier?: string): string | undefined {
  const collective = CollectiveQualifierRE.exec(before)?.[0] ?? qualifier;
  return collective && BareKindRE.test(piece) ? collective + piece : undefined;
}
/** Bodies named only as belonging to the one before them: 直属单位, 所属单位, 下属企业. */
const DependentKindRE = /^(?:各)?(?:直属|所属|下属|派出)(?:单位|机构|企业|事业单位)$/;
/**
 * 各相关职能部门和单位, 沙湾区各单位和部门: every body of the kind, written as its two generic words; one collective
 * (党委和政府各有关部门和单位 too; not 市应急局和各有关部门及单位, a body and the others; nor a bare 相关部门与单位,
 * kept as two).
 */
const GenericKindPairRE =
  /^(?:(?:(?![和及与](?:各|相关|有关))\p{Script=Han}){1,8}?(?:各|相关|有关)|各)\p{Script=Han}{0,6}?(部门|单位)[和及与](?:各|相关|有关)?(?!\1)(?:部门|单位)$/u;
/** Firms of one trade joined to a body by 及 or 和 (相关部门及供暖企业参与): they act with it. */
const TradeFirmsRE = /^[\p{Script=Han}]{2,4}企业$/u;

/** A government or party body that a list can share: 汝阳县、嵩县政府 means both governments. */
const SharedSuffixRE = /(人民政府|政府|党委|县委|区委)$/;
/** A school's or hospital's name every place has: 人民医院, 中医院, 第一中学, 实验小学, 职业技术学院. */
const GenericInstitutionRE =
  /^(?:人民|中医?|中西医结合|妇幼保健|中心|第[一二三四五六七八九十\d]+人民)?医院$|^(?:第[一二三四五六七八九十\d]+|实验|职业|[一二三四五六七八九十])?(?:中学|小学|中)$|^职业技术学院$/u;
/** A county's bureau written with the county: 香坊区住建局 → 区, 住建局. */
const CountyBureauRE = /^[\p{Script=Han}]{1,4}?([区县市])([\p{Script=Han}]{2,12}(?:局|委|办|中心|所|站|队|部门))$/u;
/** A street office that the bare place names before it share: 北街、南街、育才办事处. */
const SharedOfficeRE = /(街道办事处|办事处|街道办|街道|镇)$/;
/** Companies carry long names (广东省绿润环境科技有限公司台山分公司): longer than other units' cores. */
const CompanyRE = /^[\p{Script=Han}（）()]{2,30}(?:公司|集团)$/u;

/** A list that opens with people's titles (县领导晁自强、…, 副县长王强、…): its bare names are theirs. */
const PeopleListRE = /^[^、，,]{0,12}?(?:领导|书记|[省市县区镇乡]长|主任|主席|部长|委员)[\p{Script=Han}]{2,3}、/u;

/**
 * 民政局各区区公所: a bureau, then the territories' own offices it works with, two bodies (a bureau's own
 * sections or branches, 教育局各科室, 生态环境局各县区分局, are one collective of it).
 */
function splitTerritory(piece: string): string[] {
  const withTerritory =
    /^([\p{Script=Han}]{2,12}?(?:局|委|办|署|处))(各(?:区|县|乡镇|镇|乡|街道|县区|区县|村|社区)(?:区公所|公所|人民政府|政府|办事处|街道办|村委会|居委会)?)$/u.exec(
      piece,
    );
  return withTerritory?.[1] && withTerritory[2] && UnitRE.test(withTerritory[1]) && UnitRE.test(withTerritory[2])
    ? [withTerritory[1], withTerritory[2]]
    : [piece];
}

/** 关于裕滕乳业有限公司采购…的汇报, 针对…: the topic a piece opens with, not a body tasked. */
const TopicOpeningRE = /^(?:关于|对于|针对|围绕)/;

/**
 * Splits a list (甲、乙和丙) into unit names, dropping trailing roles and parentheticals; keeps the
 * unit-like pieces and those `isPlace` knows (鹿邑 for 鹿邑县).
 */
export function unitsInList(fragment: string, isPlace: (piece: string) => boolean = () => false): string[] {
  // 现将市直单位、路长单位…得分情况通报如下: the bodies a circular reports on, no subject of work.
  if (/^现将/.test(fragment)) return [];
  const firms = new Set<string>();
  const named = new Set<string>();
  const written = joinCollectivePair(fragment)
    // 各村（社区）在农历新年之前要…, 各乡镇在春节前要…: the time the subject must act by is no part of its name.
    .replace(/(?<=[\p{Script=Han})）]{2})在[^、，,在]{1,12}?(?:之前|以前|前|期间|之内|以内|内)$/u, "")
    // 二要县市场监管局加强检查, 1.县住建局要…: an item's number before its subject is no part of the name
    // (第三方机构 is a third party, no third item).
    // (是日起各乡镇要…, 今年起县创城指挥部…: nor the day the work starts.)
    .replace(
      /^(?:[一二三四五六七八九十]+要(?!求)|第[一二三四五六七八九十]+(?!方)[，,、]?|\d{1,2}\s*[.．]\s*|(?:自?即日|是日|次日|今日|[从自]?(?:今年|本月|下月))起)(?=[\p{Script=Han}]{2})/u,
      "",
    )
    // 各区（县级市）, 各有关区、县级市: one collective of a city's districts and county-level cities;
    // 各县、市、区 is 各县（市、区） written flat.
    .replace(/各(有关|相关)?区[、（(]县级市[)）]?/g, "各$1区县级市")
    .replace(/各区[、，,]县[（(]市[)）]/g, "各区县市")
    // 各县、区人民政府: the governments of all the counties and districts, one collective.
    .replace(/各县[、，,]区(人民政府|政府)/g, "各县区$1")
    .replace(/各(有关|相关)?县[、，,]市[、，,]区/g, "各$1县（市、区）")
    // 各市（州）、县（市、区）: two collectives, the second written without its 各.
    // (Only where the governments or nothing follow: 各市（州）、县（市、区）党委和政府 pairs otherwise.)
    .replace(
      /(各[\p{Script=Han}]{1,2}[（(][^)）]{1,8}[)）])[、，,](?=[市县区乡镇][（(][^)）]{1,8}[)）](?:人民政府|政府)?$)/gu,
      "$1、各",
    )
    // 各街道（乡镇）, 各县（市、区）: a collective with the other kinds of body it takes in; the
    // parenthesis is part of its name, protected from the cut of parentheticals below.
    .replace(
      CollectiveAlternativesRE,
      (_, collective: string, kinds: string) =>
        `${collective}${OPEN_KINDS}${kinds.replace(/[、，,]/g, KINDS_SEPARATOR)}${CLOSE_KINDS}`,
    )
    .replace(/[(（][^)）]*[)）]/g, "")
    // 市交通局向市委汇报, 县应急局及时向县防指报告: whom one reports to is no reporter (向塘镇, at the
    // start, is a place).
    .replace(/(?<=\p{Script=Han}{2})(?:及时|立即|主动|定期|按时|迅速|第一时间)?向\p{Script=Han}{2,20}$/u, "")
    // 市府团队与各区公所: the government's team is the government.
    .replace(/([市县区]府)团队/gu, "$1")
    // 国有财产署...等19个局处单位: the count after 等 closes the list.
    // 区房管局、区建设局等部门及属地街道: what 及 adds after it goes on.
    // 区住建局、社区建设指导中心等部门、单位及各镇街: the kinds after 等 may be a list themselves.
    .replace(/(?:\.{2,}|…+)?等[^、，,及和]*(?:、(?:部门|单位|机构|企业))*(?=$|[及和、])/u, "")
    .split(/[、，,]/)
    // (市创文办及其工作机构: the body's own offices, named through it, are no body of their own.)
    .map((piece) => {
      const own = piece.replace(/(?<=\p{Script=Han}{2})(?:及|和|与|以及)其(?!他|余)\p{Script=Han}{2,8}$/u, "");
      return own !== piece && UnitRE.test(own) ? own : piece;
    })
    // 和/及/与 join two units (环保局及工务局) but also stand inside one name (林业和园林局).
    .flatMap((piece) => {
      // (三科派员协同五科: the section that sends staff, and the one it works with.)
      const parts = piece.split(ListJoinRE).map((part) => part.replace(/(?<=[科处室局所])派员$/u, ""));
      // 市直相关单位负责同志和各县区政府: the people of a body, and another body.
      const joinsUnits = parts
        .slice(0, -1)
        .every(
          (part) =>
            UnitRE.test(part.replace(RoleTailRE, "").replace(KindsRE, "")) || /^[省市区县]$|^[市县区]府$/.test(part),
        );
      if (parts.length === 2 && UnitRE.test(parts[0] ?? "") && TradeFirmsRE.test(parts[1] ?? "")) {
        firms.add(parts[1] ?? "");
        return parts;
      }
      // 区政府各工作部门及直属单位: the body's own subordinates, no body without it; one collective.
      if (parts.length === 2 && joinsUnits && DependentKindRE.test((parts[1] ?? "").replace(RoleTailRE, "")))
        return [piece];
      if (GenericKindPairRE.test(piece)) return [piece];
      if (parts.length > 1 && joinsUnits) return parts;
      // 市领导范志国、王刚、李兵及各县（市、区）主要负责人, 崔志刚及有关部门单位负责人: a person, then
      // the collective body.
      // 县领导晁自强、赵丹、张宇东及指挥部办公室…负责人: the last of the leaders, then a body (刘集及陈集镇,
      // 卫健及医保部门 name no one).
      const bodyAfterPerson =
        parts.length === 2 &&
        /^[\p{Script=Han}]{2,3}$/u.test(parts[0] ?? "") &&
        !/^[省市县区镇乡旗州]/.test(parts[0] ?? "") &&
        !UnitRE.test(parts[0] ?? "") &&
        (/^各/.test(parts[1] ?? "") ||
          (SINGLE_SURNAMES.has((parts[0] ?? "").slice(0, 1)) &&
            !isOrdinaryWord(parts[0] ?? "") &&
            (/^(?:有关|相关)/.test(parts[1] ?? "") || PeopleListRE.test(fragment)))) &&
        UnitRE.test((parts[1] ?? "").replace(RoleTailRE, "").replace(KindsRE, ""));
      if (bodyAfterPerson) return [parts[1] ?? ""];
      // 国土、公安、纪检监察及各乡镇: a sector named bare, then every body of a kind (the sectors' own
      // 部门 is SectorsBeforeCollectiveRE's).
      if (parts.length === 2 && PlainCollectiveRE.test(parts[1] ?? "") && !UnitRE.test(parts[0] ?? ""))
        return [parts[1] ?? ""];
      // …工作的领导和乡镇应急办负责人: people, then the body that sent others (县委书记熊川同志和在家的县级领导
      // 及扶贫成员单位负责人: whatever follows, the people are no body).
      if (parts.length >= 2 && parts.slice(0, -1).every((part) => PeopleRE.test(part))) return parts.slice(-1);
      // 各级各部门各乡镇: collectives side by side (各级各部门 and 各地区各部门 are one, 各级 and 各地区
      // qualifying it, as in 各地各部门). Two plain ones are one pair, as a reader writes them down
      // (各乡镇各部门, 各部门各单位).
      const collectives = piece.startsWith("各") ? piece.split(/(?<!^|级|^各地区)(?=各)/u) : [piece];
      if (collectives.length === 2 && collectives.every((part) => PlainCollectiveRE.test(part))) return [piece];
      return collectives.length > 1 && collectives.every((part) => UnitRE.test(part) || CollectiveVillageRE.test(part))
        ? collectives
        : [piece];
    })
    .flatMap(splitTerritory)
    .map((piece) => {
      // 教育局已依法成立的「短期补习班不适任人员认定委员会」: a quoted name is a name, whatever words it holds.
      const quoted = /[「“『]([^「」“”『』]{3,30})[」”』]$/u.exec(piece)?.[1];
      if (quoted && SuffixEndRE.test(quoted) && !BareSuffixRE.test(quoted)) {
        named.add(quoted);
        return quoted;
      }
      return trimToUnit(
        piece
          // (经绿处, a 经 opening a three-character office's name, is no 经 meaning "through".)
          .replace(
            /^(?:由|经(?!济|信|贸|开|发|营|管|侦|[\p{Script=Han}][处局科]$)|对于|对(?!口|外)|责成|会上|会议上|请|要求|督促|敦促)/u,
            "",
          )
          // 李家超指示各政策局: the leader who orders is no part of the body ordered.
          .replace(/^[\p{Script=Han}]{2,4}(?:[指裁]示|责成|要求)(?=各|[\p{Script=Han}]{2,}[局处委办])/u, "")
          // 包片单位县气象局, 牵头单位市住建局, 陈家坝沿线包片单位县职教中心: the part a body plays (and where),
          // then the body.
          .replace(
            /^(?:[\p{Script=Han}]{2,6}?(?:沿线|片区|辖区))?(?:包片|包保|包联|牵头|责任|配合|联系|挂点|挂钩|帮扶|结对|主责|属地)(?:单位|部门)(?=[\p{Script=Han}]{3})/u,
            "",
          )
          // 各防指成员单位: the members of that headquarters, all of them.
          .replace(/^各([\p{Script=Han}]{2,12}?)成员单位$/u, (_, body: string) => `${expandAlias(body)}各成员单位`)
          .replace(RoleTailRE, "")
          // 县住建局局(长通报…): a post cut after its first character leaves the body's suffix twice.
          .replace(/(?<=\p{Script=Han}{2})([局处所站队])\1$/u, "$1")
          // 各科室提送议会的资料: the body that sends, not the one sent to.
          .replace(
            /(?<=\p{Script=Han}{2}(?:科室|处室|单位|部门|[局处科室所署委办]))(?:提送|提交|送交|报送|转送|陈报|呈报)\p{Script=Han}*$/u,
            "",
          )
          // 市环保局作为牵头单位, 开平镇作为首善之镇，要…: the body, not the part it plays or what it is.
          .replace(/(?<=\p{Script=Han}{2})作为\p{Script=Han}*$/u, "")
          // 财政局依地政处宋处长所提意见(…): the body, not what it goes by.
          .replace(/(?<=\p{Script=Han}{2}[局处署委办])(?:依据?|依照|根据|按照|参照)\p{Script=Han}*$/u, "")
          // 全县各部门在招商引资工作中（要…）: the body, not where its task lies.
          .replace(
            /(?<=\p{Script=Han}{2}(?:部门|单位|局|委|办|政府|镇|乡|街道)(?:\u0001[^\u0002]{1,12}\u0002)?)在[\p{Script=Han}“”]{2,20}?(?:中|上|里|方面|期间)$/u,
            "",
          )
          // 各县市区对整改工作（要…）: the body before what it is told to see to.
          .replace(
            /^([\p{Script=Han}]{2,20}?(?:区|县|市|局|委|办|部门|单位|乡镇|街道|公司))对[\p{Script=Han}]{2,14}$/u,
            "$1",
          )
          .trim(),
      );
    });
  const qualifier = CollectiveQualifierRE.exec(written[0] ?? "")?.[0];
  // 电力、电信、水公司: the utilities share the firm the last one names.
  // (发改、财政及各街道: every street, whose office the sectors before it do not share.)
  const office =
    (written.at(-1)?.startsWith("各") ? undefined : SharedOfficeRE.exec(written.at(-1) ?? "")?.[1]) ??
    (/^[\p{Script=Han}]{1,3}公司$/u.test(written.at(-1) ?? "") ? "公司" : undefined);
  // 省发改委、农委、统计局: bodies after the first share its level (省农委, 省统计局), a township office's
  // too (镇组织部门、纪委: 镇纪委; not 乡镇, 乡村, 镇江, nor 镇全体领导, people); after a party department
  // (县委组织部、财政局、宣传部) a bureau is the county's and a department the committee's.
  const [first = ""] = written;
  // (市政局、环卫处: 市政 is the bureau's trade, municipal works, not a city's 政局.)
  const level =
    (MunicipalWorksRE.test(first) ? undefined : /^[省市县区](?![市县区])/.exec(first)?.[0]) ??
    (SuffixEndRE.test(first) ? /^[镇乡](?![镇村江街])/.exec(first)?.[0] : undefined) ??
    countyOpening(first);
  // 市政府各部门、各直属机构: the collectives after the first belong to its body too.
  const collectiveOwner = /^([\p{Script=Han}]{1,8}?(?:人民政府|政府))各/u.exec(written[0] ?? "")?.[1];
  const pieces = written.map((piece, index) => {
    if (collectiveOwner && index > 0 && /^各(?:直属|派出|工作)?(?:部门|机构|单位)$/u.test(piece))
      return collectiveOwner + piece;
    const shared = index > 0 ? sharedCollective(written[index - 1] ?? "", piece, qualifier) : undefined;
    if (shared) return shared;
    if (
      level &&
      index > 0 &&
      piece.length <= 7 &&
      SuffixEndRE.test(piece) &&
      // (省有关部门、海航集团: a firm has no level of the government's.)
      !/[省市县区镇乡州旗各]|^(?:属地|相关|有关|所属|重点)|^(?:街道|社区|村)$|(?:集团|公司)$/.test(piece) &&
      // 市税务局、六安供电公司: a body named after its place has its own level.
      !opensWithPlace(piece) &&
      // (津南区民政局、海棠街道办事处: a county's name goes to its bureaus, not to a street or town; nor past
      // a body with a level of its own: 西峰区住建局、市住建局、城管局 ends with the city's.)
      (level.length === 1 ||
        (/^[\p{Script=Han}]{1,5}(?:局|委|办)$/u.test(piece) &&
          !written.slice(1, index).some((earlier) => /^[省市县区州旗]/.test(earlier) || opensWithPlace(earlier))))
    )
      return PartyDepartmentRE.test(piece) ? `${level}委${piece}` : level + piece;
    // (赵丹、…县住建局、城关镇: only the bare names before bodies of the same kind share the office
    // (城关、新安、白河镇、黄村镇), not those before other bodies.)
    if (
      !office ||
      index === written.length - 1 ||
      written.slice(index + 1, -1).some((later) => UnitRE.test(later) && !later.endsWith(office))
    )
      return piece;
    const bareName =
      (office === "公司" ? /^[\p{Script=Han}]{1,3}$/u : /^[\p{Script=Han}]{2,4}$/u).test(piece) &&
      !UnitRE.test(piece) &&
      !PeopleRE.test(piece) &&
      !isVerbPhrase(piece);
    return bareName ? piece + office : piece;
  });
  const shared = SharedSuffixRE.exec(pieces.at(-1) ?? "")?.[1];
  const units: string[] = [];
  for (const [index, protectedPiece] of pieces.entries()) {
    const kinds = KindsRE.exec(protectedPiece)?.[0];
    const piece = kinds ? protectedPiece.replace(kinds, "") : protectedPiece;
    // 各县（市、区）, and with the body they share after it: 各县（市、区）人民政府.
    // (各市（州）: the cities and prefectures, though 市 alone ends no body's name; in 各市（州）、县（市、区）
    // 教育局 it is the bureaus, which the list does not name.)
    const citiesOfProvince = piece === "各市" && (index === pieces.length - 1 || KindsRE.test(pieces.at(-1) ?? ""));
    if (kinds && /^各/.test(piece) && (UnitRE.test(piece) || CollectiveVillageRE.test(piece) || citiesOfProvince)) {
      const collective = protectedPiece.replace(
        kinds,
        kinds.replace(OPEN_KINDS, "（").replace(CLOSE_KINDS, "）").replaceAll(KINDS_SEPARATOR, "、"),
      );
      // 各市（州）、县（市、区）人民政府: the governments of both.
      const sharesGovernment =
        shared && index < pieces.length - 1 && /[市区县州盟旗]$/.test(piece) && KindsRE.test(pieces.at(-1) ?? "");
      units.push(sharesGovernment ? collective + shared : collective);
      continue;
    }
    if (CitiesOfProvinceRE.test(piece)) {
      units.push(piece);
      continue;
    }
    if (/^各县区(?:人民政府|政府)$/.test(piece)) {
      units.push(piece.replace("县区", "县、区"));
      continue;
    }
    if (/^各(?:有关|相关)?区县级市$/.test(piece) || piece === "各区县市") {
      units.push(piece === "各区县市" ? "各区、县（市）" : piece.replace("区县级市", "区、县级市"));
      continue;
    }
    // 市府 is the city government written short: a body though no suffix ends it.
    const known =
      isPlace(piece) || /^[市县区]府$/.test(piece) || firms.has(piece) || named.has(piece) || CompanyRE.test(piece);
    // A relative clause (被通报批评的乡镇) describes units without naming one.
    if (
      piece.length < 2 ||
      NotUnitRE.test(piece) ||
      DescriptionRE.test(piece) ||
      PeopleRE.test(piece) ||
      // (中山区 is a district, though 山区 are hills.)
      (SuffixWordRE.test(piece) && !isPlace(piece)) ||
      // 重点学科, 儿科: a field, not a section (房地产开发科, 物业管理科).
      (/科$/.test(piece) &&
        /(?<!管)(?:学|专|本|内|外|儿|妇|眼|牙|工|理|文|百|前|教)科$/.test(tagWords(piece).at(-1)?.word ?? "")) ||
      /[的等该]|(?<!自)由/.test(piece) ||
      // 安塞区召开创建健康促进区…: a meeting's subject cut at a 、, no body.
      TopicOpeningRE.test(piece) ||
      /召开|举行/.test(piece) ||
      isVerbPhrase(piece) ||
      !bracketsBalance(piece) ||
      (!known && !UnitRE.test(piece) && !CollectiveVillageRE.test(piece))
    )
      continue;
    // (一科, 三科: a bureau's numbered sections are bodies however short.)
    if (!known && piece.length < MIN_UNIT_LENGTH && !/^各|^[一二三四五六七八九十]科$/.test(piece)) continue;
    if (!known && !readsAsName(piece)) {
      // 尤其在事件发生后教育局: the name is what follows the clause's last adverb or preposition.
      const tail = nameAtEnd(piece);
      if (tail) units.push(tail);
      continue;
    }
    const distributes = shared && index < pieces.length - 1 && /(?:区|县|市)$/.test(piece) && !piece.startsWith("各");
    // 道里、香坊区住建局: a county written bare before one named with its bureau has that bureau too, as has
    // each of a run of them (中山区、甘井子区和高新园区住房城乡建设部门).
    // (福田区、南山区和深圳市相关部门, 西岗区和大连市生态环境局: a city's body is no district's.)
    const bureauHolder = isPlace(piece) ? pieces.slice(index + 1).find((later) => !isPlace(later)) : undefined;
    const holderBureau = bureauHolder ? CountyBureauRE.exec(bureauHolder) : null;
    const sharedBureau =
      holderBureau && (!/[区县市]$/.test(piece) || piece.endsWith(holderBureau[1] ?? "")) ? holderBureau : null;
    if (sharedBureau) {
      const [, level = "", bureau = ""] = sharedBureau;
      // 南岗区、香坊区住建局: a county written with its level takes the bureau alone.
      units.push(piece.endsWith(level) ? piece + bureau : piece + level + bureau);
    } else units.push(distributes ? piece + shared : piece);
  }
  return units;
}

/** A line heading tasks with its units is short; a table's unit cell may list a dozen bodies. */
const HEADING_UNITS_MAX = 40;

/**
 * The units a line names when the line is nothing but unit names (县委农工部; 县水利局、水保局), as
 * the 责任单位 column of a task table or a row heading does; [] for any other line.
 */
export function unitsHeadedBy(
  line: string,
  isPlace?: (piece: string) => boolean,
  maxLength = HEADING_UNITS_MAX,
): string[] {
  const bare = line.replace(/[\s:：]+$/u, "");
  if (bare.length > maxLength || /[。，,；;！？!?]/.test(bare)) return [];
  // 今日永吉, 今日洛阳: a site's column named after its place, not a body at the head of a section.
  if (/^(?:今日|今天|当日|当天|昨日|近日|日前|最新|聚焦|走进|魅力|印象)/.test(bare)) return [];
  const units = unitsInList(bare, isPlace);
  const covered = units.join("").length;
  // (An alternative inside a name, 党(工)委 or 各部(委)办, is cut from the unit, not missing from the line.)
  const named = bare
    .replace(/[、和及与]/g, "")
    .replace(/(?<=\p{Script=Han})[(（]\p{Script=Han}{1,2}[)）](?=\p{Script=Han})/gu, "");
  return covered >= named.length - 2 ? units : [];
}

/** The parts a carrier plays in a task's bracket. */
const CARRIER_PARTS = "主办|负责|牵头|协办|配合|参与";

/**
 * A bracket closing a task that names its carriers, each body (ending in one of `suffixes`) with the
 * part it plays: (省发改委负责), (市政府办公室牵头,…各县市区政府按职责分工负责). `opening` says what
 * the bracket may and may not open with.
 */
function carrierBracket(opening: string, suffixes: string): RegExp {
  return new RegExp(
    `[（(]${opening}((?:[\\p{Script=Han}]{1,20}?(?:${suffixes})(?:分别)?(?:按照?职责分工)?(?:${CARRIER_PARTS})?[、，,和及]?){1,16})[)）]\\s*[。；;]?\\s*$`,
    "gu",
  );
}

/**
 * 公安交警部门要…, 各县区务必…: the clause's subject before a directive modal. 各县市区和市级相关部门，要认真盘点…:
 * a comma may stand between them; so may the part it plays (区发改委统筹，督促…) or the partners it works with
 * (袁州区、经开区、市交投集团，会同相关部门，在6月8日前完成…). (…,是当前市委、市政府的一项重要工作部署,要研判形势: a clause after 是 that
 * says what a thing is names no subject; 是县水利局要…的工作 does.)
 */
const ModalSubjectRE = new RegExp(
  String.raw`(?:^|[。；;，,：:\n])(?!是[^。；;，,：:\n要]*的)([^。；;，,：:\n]{2,40}?)[，,]?(?:更|也|亦|均|都|还|仍|则|再)?(?:一定)?(?:(?<![主重只想必紧])要|务必|必须|应当|须|(?<![所急必])需(?!要)|应(?![对急用变该届时])|负责(?!人(?![才居口员事力])|同志|干部(?!教育|培训|队伍|选拔|管理|考核)|领导(?!班子|干部))|牵头(?!单位|(?<=各牵头)[和及与、])|(?<=[${BODY_NAME_ENDS}])统筹(?=[，,])|(?<=[，,])会同|各负其责|参与(?!单位)|配合(?!单位|(?<=各配合)[和及与、])|严格(?=按照|落实|执行))(?!求|点|素|是|知)`,
  "gu",
);
/** A township's or street's word for itself as a subject: 街道, 本镇, 全街道, 街道在…后 (then 要). */
const OwnLevelSubjectRE = /^(?:本|全|我)?(街道|镇|乡)(?:在[^，,]{1,12}?(?:后|时|中|期间))?$/u;
/** The marker findUnits leaves for a township's own word for itself, for the resolver to name. */
const OwnLevelMarkerRE = /^本(街道|镇|乡)$/u;
// 四川铁科建设监理有限公司召开…, 固县林场组织召开…, 新北市灾害应变中心今天上午11点30分召开…: the body that
// convenes the meeting.
// (A government or place convening its own meeting is the report's region, not an assignee; 记者从…召开的
// 会上获悉 names the convener after the reporter; 会议在县委党校召开 names only where it met.)
const ConvenerSlotRE = new RegExp(
  String.raw`(?:^|[。；;，,：:\n])(?:[\p{Script=Han}]{0,6}?记者[^。；;，,：:\n]{0,6}?从)?([^。；;，,：:\n在]{2,30}?(?<![市区县府]|[省市区县]委))(?:组织|于[^。；;，,]{0,20}?|(?:今|昨|本|前)?[(（]?\d{0,2}[)）]?[日天]?(?:上午|下午|晚上|晚间)?(?:\d{1,2}[点时](?:\d{1,2}分|半)?)?)?(?:(?<=${DEPARTMENT_ENDS}|委|办)在[^。；;，,：:\n]{0,12}?(?:室|厅|楼|馆|堂|会场|中心|基地|宾馆|酒店|党校))?(?:召开|举行|召集|会商)`,
  "gu",
);
/** The State Council's ministries, by the stem before 部 (old and short names too: 建设部, 住建部, 工信部). */
const MINISTRY_STEMS =
  "外交|国防|教育|科学技术|工业和信息化|公安|国家安全|民政|司法|财政|人力资源和社会保障|人力资源社会保障|自然资源|生态环境|住房和城乡建设|住房城乡建设|交通运输|水利|农业农村|商务|文化和旅游|卫生|退役军人事务|应急管理|国土资源|环境保护|农业|建设|铁道|文化|科技|工信|住建|人社|文旅|交通|退役军人";
/**
 * 国务院召开…, 应急管理部、国家防总召开全国…视频会议: the nation's bodies, whose meeting a local report relays, are
 * tasked with nothing there (县应急管理局召开全国…会议精神传达会 is the county's own, 国家税务总局洛阳市税务局 the city's).
 */
const NationalBodyRE = new RegExp(
  String.raw`^(?:国务院|党中央|中共中央|中央\p{Script=Han}{1,10}(?:委|办|部|局|组|院)|国家\p{Script=Han}{0,12}(?:局|委|署|办|防总|监委|指挥部)|(?:${MINISTRY_STEMS})部|中[宣组联]部|\p{Script=Han}{2,8}总[局署])$`,
  "u",
);
export const isNationalBody = (name: string): boolean =>
  name
    .split("、")
    .every((part) => NationalBodyRE.test(part) && !/[省市县区州旗盟乡镇]/u.test(part.replace(/市场|城乡|乡村/gu, "")));
/** Slots in which a report names the units it assigns work to or that act in it. */
const SLOT_PATTERNS: RegExp[] = [
  // 光辉镇：一是未落实…; 济民医院(老院区)：预检分诊台未建立…; 石槽集乡:召开…: a circular's item headed by
  // the body it faults, or a news line by the body acting. (Not a field's label, 协同责任单位：…, a speaker,
  // 镇党委、政府认真强调：…, nor a bulletin's, a directory's or an advert's line: 城关镇：降雨量56.8毫米,
  // 交通局：电话…, 一网通办：企业开办时间压缩至….)
  /(?:^|\n)\s*([^。；;，,：:！？!?\n]{1,14}?(?:镇|乡|街道|局|委|办|医院|卫生院|中心|所|站|队|公司|社区|村)(?:[(（][^)）\n]{1,8}[)）])?)[：:](?=一是|[^\n，,。；;]{0,12}?(?:未|无人|不到位|不力|滞后|存在|召开|举行))/gu,
  ModalSubjectRE,
  // 各乡镇,各单位要…, 全区各乡镇、街道,各职能部门要…: collectives listed with commas before the modal are
  // its subject together.
  /(?:^|[。；;：:，,\n])((?:(?:全[市区县旗州盟])?各[\p{Script=Han}、]{1,12}[，,])+各[\p{Script=Han}]{1,8}?)(?:要|务必|必须|应当)/gu,
  // 各镇、各部门提高政治站位…: collectives opening a sentence are its subject with no modal before the verb.
  /(?:^|[。；;：:\n])((?:各(?:(?!要)[\p{Script=Han}（）()]){1,10}?、)*各(?:(?!要)[\p{Script=Han}（）()]){1,10}?)(?=(?:要|进一步|切实|认真|积极|全面|主动|严格|继续|持续){0,2}(?:提高|加强|做好|提升|落实|推动|推进|抓好|抓实|强化|压实|履行|加大|加快|聚焦|巩固|坚持|高度重视))/gu,
  ConvenerSlotRE,
  // 市住建局供热管理处组织道里、道外…等9区供热办…负责人召开供热工作会议: the body that convenes.
  /(?:^|[。；;，,：:\n])([^。；;，,：:\n]{2,30}?(?<![市区县府]|[省市区县州旗盟]委))组织(?![部委])(?=[^。；;]{2,120}?(?:召开|举行)[^。；;]{0,16}?会)/gu,
  // 市府将…, 台南市政府积极推动…: the government acting as a body.
  // 市政府决定处理如下: a government deciding a sanction, by its level alone (not 县政府决定成立…指挥部, which sets up
  // the body that carries the work).
  /(?:^|[。；;，,：:\n])((?:[^。；;，,：:\n委]{2,6}?[市县区]|[市县区](?=(?:人民政府|政府)决定(?:如下|处理|给予|予以|对)))?(?:人民政府|政府|市府|县府|区府))(?:将|已|积极|持续|规划|正|亦|也|同步|全力|特别|一方面|配合|决定)/gu,
  // 环保局指出…, 农业局亦采购…, 卫生局邀集…, 经…指挥部研究决定: a body that speaks or acts as a clause's subject;
  // 县创城指挥部每月将对…进行督查: one that acts on a cycle.
  // 河上镇将围绕…推进, 县政府督查室将紧盯…, 各区公所已提前巡查…: a body carrying on a plan or one at work; 中街办事处对煤炭路两侧…进行了清理: one that acted;
  // 县环保局积极配合…: one that helps; 市住建局坚持因城施策，稳步推进…, 海洋局认真抓紧整改: a department (not a place
  // or a government, the report's own) carrying its work on, alone at its clause's head (not 在县住建局推进的项目中,
  // 支持县城投公司推进…, 委托县审计局开展…, 指示主办机关、交通局…做好…, 按照县政府办推进…的部署); 县委督查室会同…领导小组对…进行了督查, 区城管局组成专班对…进行了督查:
  // one that acted with another or through a team (县委办、县督查办组成联合督查组); 房屋署人员将…, 经济和科技发展局相关工作人员计划…: a body's staff acting for it; 入境处会全力巡查…, 房屋署会于第二季开始…, 保安局会一如以往, 市政署会因应个案加派人员: the 会 of what a body will do;
  // 市容美化整洁工作组将以…为原则: a working group's too.
  // 屋宇署及地政总署于9月22日启动联合行动: with the day it acted.
  // 大丰区住建局切实履行牵头部门职责: one that does its part. 区信访办每周巡查后…: one that inspects on a cycle.
  // 县政府办于近期组织开展了…检查: one that organised the work.
  // 县纪委监委、县委组织部将加强监督检查: a party department (组织部, 宣传部…) acts as a bureau does.
  new RegExp(
    String.raw`(?:^|[。；;，,：:！？!?\n]\s*)((?:(?!(?:要|须|需|应)(?:配合|协助|会同|协同))[^。；;，,：:！？!?\n]){1,30}?(?:局|处|署|委|会|办|厅|室|中心|公司|委员会|办公室|公所|(?:组织|宣传|统战|武装|人武|社会工作)部|(?<![到在去往至赴][^。；;，,：:！？!?\n]{0,10})(?:服务|派出|管理|供电|供水|检测|研究|事务|税务|司法|财政|国土|林业|水利|农技|畜牧|兽医|规划|卫生)所|人民政府|政府|大队|支队|清洁队|指挥部|工作组|专班|小组|镇|乡|街道))(?:(?:相关|有关)?(?:工作)?人员(?=将(?!被)|已(?!被)|计划))?(?:也|亦|还|则|并|另|同时|就)?(?:[今昨][天日](?:上午|下午|晚间|晚上)?|每(?:月|周|季度|年)(?:\d{1,2}月)?|今年|明年|稍后|日后|随后)?(?:将|已|正|(?<!管委)会|于)?(?:(?:今早|即日)起|自\d{1,2}月(?:\d{1,2}日)?起|(?<=于)\d{1,2}月\d{1,2}日|(?<=于)(?:近期|近日|日前))?(?:共同|一起|分别|联合|持续|积极|全力|全面|陆续|强烈|主动|切实|稳步|扎实|加快|大力|着力|深入)?(?:履行(?=[^。；;，,]{0,12}?职责)|(?<=(?:${DEPARTMENT_ENDS}|办|室)(?:于(?:近期|近日|日前|\d{1,2}月\d{1,2}日))?(?:稳步|扎实|加快|大力|着力|深入|持续|积极|全力|全面|切实|主动)?)(?<=(?:^|[。；;，,：:！？!?\n])\s*(?:(?!在|为(?!民)|对(?!口|外)|按照|根据|依据|据|随着|委托|指示|责成|要求|督促|指导|配合|帮助|支持|对接|进驻|协助|组织(?!部)|邀请|关于)[^。；;，,：:！？!?\n])*)(?:组织(?=开展|实施))?(?:认真)?(?:坚持(?=因|以|把|将|问题|目标|高|严|常态|从|“)|推进|推动|开展|实施|抓紧|搞好|抓好|做好)(?![^。；;，,：:！？!?\n]*?(?:的\p{Script=Han}{0,4}|过程中|中|时)(?:[。；;，,：:！？!?\n]|$))|(?<=每(?:月|周|季度|年))(?:巡查|督查|检查|暗访|调度)|表示|指出|说明|强调|预估|预计|统计(?!资料|数字|结果|报表|显示|表明|数据显示|数据表明)|邀集|启动|展开|完成[一二三]级开设|采购|办理|辅导|成立(?![\d一二三四五六七八九十]+周年|以来|之初)|提醒|建议|呼吁|补充|研究决定|决定(?=[^。；;，,]{0,40}?(?:开展|进行|组织|实施|启动))|(?<=积极|全力|主动)配合(?!下|表示|感谢|支持)|组织人员|组织力量|(?:会同[^。；;，,]{2,30}?|联合(?![社会国])(?!(?:督查|检查|执法|督导|工作)(?:[组队室]|大队|中队|小组))[^。；;，,]{2,60}?|组成[^。；;，,]{2,12}?)?对[^。；;，,]{2,30}?(?:进行|开展)|(?:(?:会同|联合(?![社会国])(?!(?:督查|检查|执法|督导|工作)(?:[组队室]|大队|中队|小组)))[^。；;，,]{2,60}?)?(?<!中心)组成(?!员)[^。；;，,、]{0,6}?(?:督查|检查|督导|考核|巡查|暗访|调研|工作)组|(?<=将)(?![会要是])(?=\p{Script=Han}[\p{Script=Han}“「]|[于在]\d{1,2}月(?![^，,。；;]{0,10}?(?:举行|召开|投入使用|投入运营|试运营|运营|投用|建成|启用|开放|开诊|开馆|开园|竣工|完工|封顶|揭牌|交付|停运|停止|搬迁|开通)))|(?<=会)(?=${BODY_FUTURE_WORK})|(?<=(?:局|署|处|部门|政府|方)(?:亦|也|还|就|稍后|日后|随后)?会)(?=在(?!今[日天])[^。；;，,了]{2,30}?介绍(?!了))|(?<=已)(?=提前|先行|着手|启动|完成|部署|安排|组织|开展|展开|巡查|派员)|(?<=人员)计划)`,
    "gu",
  ),
  // 市监察局按照规定对…有关责任人给予处理: a body that sanctions, opening its clause (not 因城关镇党委对…给予处理
  // 明显偏轻, a body faulted; not 执法人员在城关镇对…, where it happened; not 今年以来县纪委…, 上半年县应急局…, 此前…, a
  // count of the past).
  /(?:^|[。；;，,：:！？!?\n]\s*)((?:(?!在|因|据|以来|年来|(?<!青)年|期间|同期|此前|此后|经查|人员)[^。；;，,：:！？!?\n]){1,30}?(?:局|处|署|委|办|室|中心|政府|大队|支队|指挥部|党委|党组|纪委监委|监委))(?:已|还|也|亦|则|将|随即|立即)?(?:(?:按照|依照|依据)(?:有关)?规定|依法依规|依纪依规|依法|依规)?对[^。；;，,]{2,60}?(?:给予|予以)(?:处理|处分|处罚|问责|党纪|政务|行政)(?![^。；;，,]{0,4}(?:偏轻|偏重|不当|不力|不到位))/gu,
  // 市委督查室、市监察局、市防火办3个督查组,继续深入到…, 县公安局、县交通局、县城管局3个部门联合开展…: bodies listed, then
  // counted as the teams or departments that act.
  // (Not places visited or bodies blamed or praised: 检查了…等5个单位, 问题涉及…3个部门, 表扬了…3个单位, …3个部门对项目推进
  // 不重视.)
  /(?:^|[。；;，,：:\n])(?![^、。；;，,]*?(?:了|到|对|涉及|包括|的|在|向|为|给|检查|抽查|察看|查看|走访|调研|评选|评出|选出|表扬|约谈))((?:[^。；;，,：:\n、]{2,16}、)+[^。；;，,：:\n、]{2,16}?)等?[\d一二三四五六七八九十]{1,2}个[^。；;，,：:\n]{0,12}?(?:(?:督查组|检查组|督导组|工作组|考核组|巡查组|暗访组)(?=[，,]?(?:继续|分别|先后|深入|对|到|赴|进行|开展|联合))|(?:单位|部门)(?=联合|分别|共同|开展|组成|对(?![^。；;]*?(?:不力|不及时|不到位|不重视|滞后|被))))/gu,
  // 赛罕区政府11月底启动…, 市机场建管公司12月中旬全面开工…, 各责任单位2017年9月25日前将…: a body owing
  // work by a date it opens with.
  // (市会展中心12月底建成投用 is the building, not a body.)
  /(?:^|[。；;，,：:\n])([^。；;，,：:\n]{2,24}?(?:局|委|办|公司|集团|管委会|政府|镇|乡|街道|单位|部门))(?:(?:要在|要于|在|于)?(?=\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日前))|(?:要于|于)(?=\d{4}年\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日前))|(?<=(?:^|[。；;，,：:\n])\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)?各[^。；;，,：:\n]{1,16})(?=\d{4}年\d{1,2}月\d{1,2}日前))/gu,
  // …要準備寒冬送暖事宜。(民政局): a task list names who carries each item in a bracket after it.
  // …增长11%左右。(省发改委负责); (省财政厅主办,省国税局、地税局协办): with the part each plays;
  // (市政府办公室牵头,市级各有关部门及各县市区政府按职责分工负责).
  carrierBracket("(?!包括|包含|含|如|例如|即|其中|由)", "局|处|署|委|办|室|厅|中心|公所|政府|公司"),
  // (…各有关部门及各县市区政府按职责分工负责): collectives too, where the bracket gives parts to play
  // (not （重点检查危化品单位）, （不含市直单位）).
  carrierBracket(
    `(?=[^（()）]*(?:${CARRIER_PARTS})[^（()）]*[)）])(?!包括|包含|含|不含|如|例如|即|其中|由|重点|非)`,
    "局|处|署|委|办|室|厅|中心|公所|政府|公司|部门|单位",
  ),
  // 搞得最好的单位有：县发改委、县教育局; 排名靠后的单位是：…: the bodies a 通报 names for praise or blame.
  /(?:单位|部门|乡镇|镇街|街道)(?:有|是|为)[:：]([^。；;\n]{2,200})/gu,
  // 杨宝东带领莲池区、竞秀区、市住建局…相关负责人，对…督查: the bodies a leader takes along to act.
  /(?:带领|率领|率(?!先|达|为|领))([^。；;，,]{2,120}?)(?:的)?(?:相关|有关|主要|分管)?(?:负责人|负责同志|领导|同志)/gu,
  // 市长肯定产发处、工策会、新创动能办公室携手努力: the bodies praised for work they did (感谢… is a lead-in).
  /(?:肯定|表扬|嘉许|赞扬)了?([^。；;，,]{2,60}?)(?:携手|共同|的)?(?:努力|付出|辛劳|辛苦|贡献)/gu,
  // 各村（社区）动员各界力量…, 各乡镇组织力量开展排查, 各职能部门根据职责分工…, 各牵头单位、责任单位遵照…, 各村各部门加大…力度:
  // a collective opening a clause with its verb (各县（区）对…线索进行全面核查: with the matter between).
  /(?:^|[。；;，,：:！？!?\n]\s*)(各(?:(?!要(?!素)|须|应(?!急)|将|对接|配合|支持|协助|帮助|指导|督促|会同)[\p{Script=Han}（）()、]){1,14}?)(?=动员|组织|开展|成立|建立|制定|召开|积极|认真|迅速|立即|及时|全面|深入|切实|严格|主动|加大|加强|加快|强化|抓好|做好|根据|按照|遵照|依照|结合|对照|对[^。；;，,]{2,40}?(?:进行|开展|实施))/gu,
  // 抽调镇综合执法办人员成立专项督查组: the body whose staff are drawn into the work.
  /抽调([^。；;，,]{2,30}?)(?:的)?(?:人员|干部|骨干|力量|工作人员)/gu,
  // 记者从市住建局获悉…: the body that announces the work.
  /从([^。；;，,]{2,30}?)(?:获悉|了解到|得知)/gu,
  // 城市管理部、网格中心的负责人上台发言; 津南区民政局和海棠街道办事处相关负责同志为…揭牌: bodies whose
  // heads act for them.
  /(?:^|[。；;，,：:\n])(?!对|根据|按照|依据|据)([^。；;，,：:\n]{2,60}?)(?:的)?(?:主要|相关|分管)?(?:负责人|负责同志)(?:分别|先后|也)?(?=上台|发言|汇报|表态|介绍|说明|讲话|为|作)/gu,
  // 以区委办、区府办名义印发: the bodies in whose name a document goes out.
  /以([^。；;，,]{2,30}?)(?:的)?名义(?:联合)?(?:印发|下发|发文|发布|行文)/gu,
  // 由…牵头, 责任单位：…
  /由(?![于於])([^。；;，,]{2,40}?)(?:牵头|负责|承担|会同|办理|主政|执行|落实|统筹|主办)/gu,
  // …由王光玲牵头，九重镇落实；: after the one who leads, the body that carries the task out, a clause of its own.
  /牵头[，,]([^。；;，,：:\n]{2,20}?)(?:具体|负责)?落实(?=[；;。，,]|$)/gu,
  // 责任单位：…；（牵头单位：市委组织部，配合单位：市委宣传部、各有关单位）; 牵头单位：⏎县住建局 on the next line. A joint
  // mechanism's members are listed on the label's own line (…成员单位： closing a notice's addressees lists none).
  new RegExp(
    `${CARRIER_KIND}\\s*[:：;；](?:(?<=${MEMBER_KIND}\\s*[:：;；])[^\\S\\n]*|(?<!${MEMBER_KIND}\\s*[:：;；])\\s*)((?:(?![，,]\\s*(?:牵头|配合|责任|协办|主办))(?!${CARRIER_KIND}\\s*[:：]|(?:整治|整改|完成|办结|工作)?(?:时限|期限|时间)(?:要求)?\\s*[:：]|(?:时间节点|责任人|整改措施|工作措施)\\s*[:：])(?:[（(][^（()）:：]{1,8}[)）]|[^。；;\\n:：）)（(]))+)`,
    "gu",
  ),
  // 市民政局、市环保局…等牵头部门汇报了…; 市发改委主要负责人通报了…
  // 其中：上窑镇上报…、区教体局上报…、园区服务中心、洛河镇…上报当月无隐患: a circular's list of
  // bodies that reported, each piece after a 、 as well.
  // (…在《…督查报告》上的批示: a document's name, not a body reporting; 在立法会事务委员会介绍: where it
  // reports, not who.)
  /(?:^|[。；;，,：:\n、])(?!对|根据|按照|依据|据|在)([^。；;，,：:\n《》“”]{2,200}?)(?:在[^。；;，,：:\n]{0,30}?(?:会议?|委员会|会场)上?)?(?:对[^。；;，,]{2,200}?)?(?:等[^。；;，,：:\n]{0,30}?)?(?:分别)?(?:汇报|通报|报告|介绍|陈报|提报|上报|报送)(?!批评|表扬)了?/gu,
  // 会议同意县财政局拟草的《…》, 县脱贫攻坚办对…考核评价后拟定的《…》: the body that drafted what was adopted.
  /(?:同意|审议|通过|研究)了?([^。；;，,《]{2,20}?)(?:对[^。；;《]{0,60}?)?(?:拟草|拟定|起草|草拟|提交|提请|编制|提出)(?:并[^。；;《]{0,12})?的?[《「“]?/gu,
  // 会议听取了市应急局关于…的汇报, 听取了县自然资源局工作情况汇报: the body that reports (not one that
  // reported to someone quoted: 总书记在听取海南省委和省政府工作汇报时的讲话).
  /(?<!在(?:认真|专门|亲自|全面)?)听取(?:并[^。；;，,了]{0,8})?了?([^。；;，,]{2,30}?)(?:关于[^。；;]{2,160}?的?|(?:近期|上半年|今年|年度)?(?:工作|有关|相关)?(?:情况|进展)?的?)(?:汇报|报告)/gu,
  // 涧西区、孟津区作了表态发言, 长江办、宋营镇…依次表态发言, …住房城乡建设部门在会上作了经验交流发言, 县委组织部、经开区…围绕…作了交流表态发言;
  // 各城市区、重点委局签订…承诺书
  // (…经办人员对镇区南部片区改造、…、消防产业园…等项目的进展情况…进行了汇报: the reporters open the clause;
  // what they reported on, however long, names no one; 就 opens the topic, up to another speaker's 就 or act.)
  /(?:^|(?<=[。；;，,：:\n]))([^。；;，,：:\n]{2,60}?)(?:在[^。；;，,：:\n]{0,12}?会上)?(?:(?:分别|先后)?(?:就|围绕)(?:(?!就|围绕|提出|强调|讲话|要求|部署)[^。；;]){0,80}?|对[^。；;，,]{0,200}?)?(?:分别)?(?:(?:作了?|做了?|作出|做出|进行了?)(?:(?:表态|典型|交流|经验){0,3}发言|经验交流|点评|汇报|说明)|(?:依次|先后|分别)(?:表态|典型|交流)发言)/gu,
  // 红星乡、北关街道考核成绩排名后两位，予以通报批评
  /(?:^|[。；;\n])([^。；;，,：:\n]{2,40}?)(?:考核|检查|测评|工作)[^。；;]{0,30}?予以通报(?:批评|表扬)/gu,
  /([^。；;，,：:\n]{2,40}?)(?:签订|签订并提交了?|递交)[^。；;]{0,6}(?:承诺书|责任书)/gu,
  // 小伊乡、同兴镇等未按要求报送相关材料: bodies a circular names for what they failed to do.
  /(?:^|[。；;\n])([^。；;，,：:\n]{2,40}?)等?(?:未按要求|未按时|未能按时|未及时)/gu,
  // 责成汝阳县、嵩县政府向市政府…; 对…政府分管领导通报批评
  /责成([^。；;，,]{2,40}?)(?:向|作出|进行|对)/gu,
  // 我镇立即安排蓝山社区对…进行实地核查: the body sent to do the work (not 安排县卫计局…经费, money for it).
  /安排(?!部署)([^。；;，,]{2,20}?)(?:对|进行|负责)/gu,
  /对([^。；;，,]{2,40}?)(?:分管领导|主要领导|主要负责人)[^。；;]{0,10}(?:通报批评|约谈|问责)/gu,
  // 督查组对一都镇、东张镇…等问题突出的5个镇给予黄牌警告: the bodies sanctioned, who must mend what was found.
  new RegExp(String.raw`对([^。；;，,]{2,100}?)(?:给予|予以)${SANCTION}`, "gu"),
  // 要充分发挥属地街道、区属国企作用, 发挥区住建局牵头作用: the bodies whose part in the work is called on.
  /发挥([^。；;，,“”]{2,40}?)(?:的)?(?:牵头|主导|主体|带头|统筹|协调|监管|职能|桥梁纽带)?作用/gu,
];
/** Bodies named by kind alone: 相关单位, 有关部门, 各单位. */
const NamelessBodiesRE = /^(?:各|相关|有关|其他|其它)+(?:单位|部门)$/u;
/** An office, then a person's name: 副秘书长陈某, 局长杨立. */
const PersonAfterOfficeRE = /(?:长|主任|书记|秘书|委员|科员|调研员)[\p{Script=Han}]{2,3}$/u;
/** Attendance lists: …主要负责同志等参加会议; 参加会议有镇党政机关全体干部、…; …的主要负责同志陪同调研. */
const AttendanceRE =
  /([^。；;]{4,200}?)等?(?:参加了?会议|参会|列席了?会议|与会)(?!的?(?:人员|单位)?有)|([^。；;，,]{2,120}?)等?陪同(?:调研|调查|视察|检查|考察|督查)|(?:参加|出席)(?:会议|大会)的?(?:人员|单位)?有[:：]?([^。；;]{4,200})/gu;
/**
 * 争取到交通部观光局两年三亿经费补助, 获内政部营建署「…计画」补助: the body that funds the work acts in
 * the report, though it carries none of its tasks.
 */
const FundingRE =
  /(?:获|获得|争取到?)([^。；;，,「」“”]{2,16}(?:局|署|部|委|厅|办|中心|基金会))[^。；;，,]{0,24}?(?:补助|经费|补贴)/gu;

/**
 * Words that hand work to the units named right after them: 请农业局、卫生局加强…, 责成…, 由…; or
 * that name the partners who share a task: 与县环保局、县水文站共同推进…, 协同县水利局加强…, (县河长办)联合县农业
 * 农村局、县水利局组成督查组….
 */
const LeadInRE = new RegExp(
  String.raw`(?:请|要求|责成|督促(?!下)|敦促(?!下)|[指裁]示(?!牌|灯|标)|委托|交由|由(?![于於])|感谢|包含|包括|邀集|邀请|希望|配合(?!好)|协同|(?:(?<=${TOGETHER_WITH_MODALS}|[，,。；;${BODY_NAME_ENDS}])会同|(?<=[${BODY_NAME_ENDS}](?:今年|明年))会同)|(?<=将|[${BODY_NAME_ENDS}])联同(?![^，,。；;]{0,8}?(?:长|负责人))|(?<=[${BODY_NAME_ENDS}](?:今年|明年)?)联合(?![社会国])(?!(?:督查|检查|执法|督导|工作)(?:[组队室]|大队|中队|小组))(?=[^，,。；;]{2,60}?(?:组成[^。；;，,、]{0,6}?(?:督查|检查|督导|考核|巡查|暗访|调研|工作)组|对[^，,。；;]{2,30}?(?:进行|开展)))|(?<![参给赋])与(?=[^，,。；;]{2,40}?共同)|透过|通过)(?=[\p{Script=Han}])`,
  "gu",
);
/**
 * What follows a unit named as a clause's subject: a modal (一要 when it opens a list), an adverb, or the verb of its task
 * (会 the modal, but not in 管委会, a body's name).
 */
const AfterSubjectRE =
  /(?=[\p{Script=Han}]{1,3}(?:官|员)(?:等|$)|[一二三四五六七八九十](?:要|是)|要|须|需|应|等|也|均|都|亦|在|将|已|于|对|向|与|为|能|可|(?<!管委)会|提报|报告|开展|的|事先|共同|分别|一起|会同|组成|尽速|儘速|尽快|立即|迅速|及时|认真|负责|牵头|办理|主政|执行|配合|协助|继续|持续|更|再|仍|宜|[\p{Script=Han}]{0,2}(?:加强|做好|提升|落实|推动|推进|督导|宣导|排除|准备|完成|研议|研拟|处理|查核|检查|开展|建立|制定|提供|设置|规划|巡查|清除|辅导|加速|加快|强化|积极|全面|严格|依法|针对|透过|通过|汇整|盘点|统整|整合|协助|追踪|检视|主动|妥善|关注|注意|动员|发动|督促|组织(?!部)|统筹))/u;
const LastUnitRE = new RegExp(
  `^((?:各|全市|市直|相关|有关)?[\\p{Script=Han}（）()]{1,14}?${UNIT_SUFFIX})${AfterSubjectRE.source}`,
  "u",
);

/** Where a unit suffix may end a name: after 局, 处, 委 … (the same suffixes UnitRE ends with). */
const SuffixEndRE = new RegExp(`${UNIT_SUFFIX}$`, "u");
/** A suffix with no core before it (委员会, 办公室): a kind of body, not one body. */
const BareSuffixRE = new RegExp(`^${UNIT_SUFFIX}$`, "u");

/** A person's name, then an office: what follows a body that one of its officers acts for. */
const HeadAfterBodyRE = /^\p{Script=Han}{2,3}?(?:同志)?副?(?:科长|处长|局长|署长|主任|书记|参议|[省市县区镇乡]长)/u;

/** An office of the body before it, by what it does (督查室, 稽查队, 执法科), not a group one sets up (成立专班). */
const OwnOfficeRE = /^(?!成立|设立|组建|建立|组成)\p{Script=Han}{2}(?:室|科|股|队|组)$/u;
/**
 * A unit name at the start of a piece whose verb the list in AfterSubjectRE does not know
 * (卫生局扩大…, 农业局仍然要…): the shortest opening that ends in a unit suffix and is followed by
 * a word jieba tags as a verb, adverb, preposition or adjective (交通部 is followed by the noun
 * 观光局, so the name goes on to 交通部观光局).
 */
function nameBeforeVerb(piece: string, afterList = false): string | undefined {
  for (let end = 2; end <= Math.min(piece.length - 1, 16); end += 1) {
    const name = piece.slice(0, end);
    if (!SuffixEndRE.test(name) || !UnitRE.test(name)) continue;
    const [next, second] = tagWords(piece.slice(end, end + 6));
    // The last of a list of bodies (…社会局及民政局量身打造…, 县水利局、水保局技术人员开展…): a noun
    // used as an adverb or naming the body's staff may stand before the verb; not a section or a
    // longer name (民政局社会救助处, 卫生县城复审工作领导小组).
    const section = /^[\p{Script=Han}]{1,10}?(?:处|科|室|股|中心|队|站|所|小组|委员会|指挥部|局|办)/u.test(
      piece.slice(end),
    );
    // (各相关部门奋起直追, 各单位齐心协力: an idiom is the clause's predicate too; not after a place whose
    // office goes on, 疾病管制署高屏区 + 管制中心.)
    // (县两办督查室、县安办: a body's own office closing a listed piece, though jieba reads 督查 as a verb.)
    const ownOffice = afterList && OwnOfficeRE.test(piece.slice(end));
    if (
      next &&
      /^(?:v|d|p|a|c|ad|i|l)/.test(next.tag) &&
      !(/[区县市]$/.test(name) && section && next.tag === "l") &&
      !ownOffice
    )
      return name;
    // 管制中心段延昌科长列席: the body's name ends where its officer's begins.
    if (HeadAfterBodyRE.test(piece.slice(end)) && SINGLE_SURNAMES.has(piece[end] ?? "")) return name;
    if (afterList && next?.tag === "n" && second?.tag.startsWith("v") && !section) return name;
  }
  return undefined;
}

/** True when every bracket a name opens it also closes (乡（镇 is a cut name, not a body). */
const bracketsBalance = (name: string): boolean =>
  (name.match(/[(（]/g) ?? []).length === (name.match(/[)）]/g) ?? []).length;

/** A text up to its first closing bracket that no bracket inside it opened. */
function untilUnopenedBracket(text: string): string {
  let depth = 0;
  for (const [index, char] of Array.from(text).entries()) {
    if (/[(（「『]/.test(char)) depth += 1;
    else if (/[)）」』]/.test(char)) {
      if (depth === 0) return Array.from(text).slice(0, index).join("");
      depth -= 1;
    }
  }
  return text;
}

/**
 * The names standing at the start of a clause, up to its first verb: 农业局、卫生局加强… →
 * 农业局、卫生局; 都市发展局、经济发展局、地政局…及法制处等单位共同研议 → all seven. Every piece
 * before the last 、/及 is a name; the last one ends where its suffix meets the clause's verb.
 */
export function leadingNames(clause: string, agentSlot = false): string {
  // A closing bracket without its opening one ends the names too: （包含水利局及各区公所）.
  // (市府团队: the government's team is the government.)
  const head = untilUnopenedBracket(
    /^[^，,。；;：:！？!?\n]{1,80}/u.exec(joinCollectivePair(clause))?.[0] ?? "",
  ).replace(/([市县区]府)团队/gu, "$1");
  // 请电力、电信、水公司随时注意…: utilities sharing the firm the last one names (unitsInList shares it).
  // (Not bodies named in full before a firm: 团县委、联通公司、财保公司 share nothing.)
  const firms = SharedFirmListRE.exec(head)?.[1];
  if (
    firms &&
    !firms
      .split("、")
      .slice(0, -1)
      .some((item) => SuffixEndRE.test(item))
  )
    return firms;
  const pieces = head.split(/(、|以及|及|和|与)/);
  const out: string[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const piece = pieces[index] ?? "";
    // 指示主办机关、交通局…: a part played (the organiser) before the bodies named; it names none.
    if (index === 0 && pieces.length > 1 && /^(?:主办|承办|协办)(?:机关|单位|方)$/.test(piece)) continue;
    const last = index + 2 >= pieces.length;
    // The last piece is a name when it is one whole (…及民政局，结合…) or ends where a verb begins;
    // 各乡镇公所加强…: the office after a collective belongs to it.
    const lastCut = LastUnitRE.exec(piece)?.[1];
    const cut =
      (lastCut && lastCut + (OfficeAfterRE.exec(piece.slice(lastCut.length))?.[0] ?? "")) ??
      CollectiveVillageLeadRE.exec(piece)?.[1] ??
      nameBeforeVerb(piece, index > 0 || agentSlot);
    // 请西峰区住建局、城管局…: a piece the list closes is whole, not a county cut before 住 (a verb to jieba).
    const wholePiece = !last && cut !== undefined && /[省市区县旗州]$/.test(cut) && UnitRE.test(piece);
    // (各市州, 各省辖市: collectives no unit suffix ends.)
    const whole = UnitRE.test(piece) || PlainCollectiveRE.test(piece) || /^[市县区]府$/.test(piece);
    const name = wholePiece ? piece : (cut ?? (whole ? piece : undefined));
    if (!name || /^(?:针对|对于|关于|围绕|为了|在)/.test(name)) break;
    // 企业所在区, 所得税: 所 there is a word of its own, not an office.
    if (/所$/.test(name) && /^[在得需有谓以属]/.test(piece.slice(name.length))) break;
    // 由县委常委、常务副县长…主持: 县 there opens an office (县长), not a place.
    if (/[省市区县镇乡旗州]$/.test(name) && /^长/.test(piece.slice(name.length))) break;
    out.push(name);
    if (name !== piece || (last && cut === undefined && !UnitRE.test(piece))) break;
  }
  return out.join("、");
}

/**
 * Villages named before what they did (朱麦沙村、堆随村组织…, 马如村、罗布萨村等将…) or a county's villages as one
 * (曲松县各村(居)把…).
 */
const PracticingVillagesRE =
  /^(?:(?<listed>(?:\p{Script=Han}{2,4}?(?:村|社区)、)*\p{Script=Han}{2,4}?(?:村|社区))|(?<all>\p{Script=Han}{0,10}?各(?:村|社区))[(（](?<kind>居|社区|村)[)）])等?(?=\p{Script=Han})/u;
/**
 * A kind, a count or a pointer, not one village's name (城乡社区, 示范村, 电商村, 空壳村, 老旧社区, 这个村, 两个村,
 * 有的村, 周边村, 在马如村).
 */
const NoVillageNameRE =
  /^(?:在|通过|对|把|将|由|从|向|于|全|本|该|每|各|这|那|有的|其他|其它|周边|部分|一些|个别|少数|多数|[一二两三四五六七八九十百千\d几数多]+个|新农|美丽|和美)|城乡|城市|城中|城郊|农村|乡村|山村|示范|试点|重点|先进|贫困|偏远|文明|电商|专业|网红|明星|空壳|老旧|智慧|未来|特色|[省市县区]级/u;
const isVillageName = (village: string): boolean => {
  // (示范村, 脱贫村, 偏远山村: a word that describes opens it; 堆随村, 石井铺村 are names jieba reads piece by piece.)
  const [first] = tagWords(village.replace(/(?:村|社区)$/u, ""));
  return (
    !NoVillageNameRE.test(village) && !(first && first.word.length >= 2 && /^(?:v|vn|a|an|ad|d|s)$/.test(first.tag))
  );
};

/**
 * The bodies whose practice an experience piece's clause tells, named before their first verb (区住建局全力推进…,
 * 三城镇认真落实…, 琼嘎村通过开展…) or before a manner they work in (区市场监管局多举措助力…, 区城市管理局细化“…”),
 * after a time phrase (今年以来，); 该市住建局 is the city's own. 该局 points back and names none.
 */
export function practiceHolders(clause: string, isPlace?: (piece: string) => boolean): string[] {
  const subject = clause
    // (本网泽当7月29日电(记者 …)曲松县各村(居)把…: past the filing line.)
    .replace(FilingLineRE, "")
    .replace(/^[^，,。]{0,12}?(?:以来|期间|年|月|日|前夕|伊始)[，,]/u, "")
    // 同时，该市住建局继续推行…: the city's own bureau (该局 alone still names none).
    .replace(/^(?:同时|此外|另外)?[，,]?该(?=[市县区旗]\p{Script=Han}{2,}?(?:局|委|办|中心))/u, "");
  const villages = PracticingVillagesRE.exec(subject);
  const { listed, all, kind } = villages?.groups ?? {};
  const named = listed?.split("、") ?? [];
  if (
    villages &&
    (all !== undefined || named.every(isVillageName)) &&
    /^(?:v|d|p|ad)/.test(tagWords(subject.slice(villages[0].length, villages[0].length + 6))[0]?.tag ?? "")
  )
    return all !== undefined ? [`${all}（${kind}）`] : named;
  // (A county or district, 老城区坚持…, is the report's place, not a body of it.)
  const opening = unitsInList(leadingNames(subject), isPlace).find((name) => !/[省市区县旗州盟]$/.test(name));
  if (opening) return [opening];
  // (美丽乡村建设…, 昭化区把乡村振兴…: 乡 there begins the countryside, no township; 桃源乡村民… is one.)
  const prefix =
    /^[\p{Script=Han}]{2,14}?(?:局|委|办|中心|镇|乡(?!村(?!民|干部|两委))|街道|公司|所|站|队)(?=[\p{Script=Han}“"「])/u.exec(
      subject,
    )?.[0];
  const holder = prefix && !/^(?:该|本|此|各|美丽|和美)/.test(prefix) ? unitsInList(prefix, isPlace)[0] : undefined;
  return holder ? [holder] : [];
}

/** The units that open the pieces of a passage (由县民政局负责的第1件、县发改局负责的第4件), as written. */
export function unitsOpening(passage: string, isPlace?: (piece: string) => boolean): string[] {
  return passage.split(/[，,；;。：:\n]/).flatMap((clause) =>
    clause.split("、").flatMap((piece, index, pieces) => {
      const names = leadingNames(piece.replace(/^(?:其中|由|对|请)/, ""));
      // (全区各乡镇、街道, 各乡镇、部门要…: a bare kind after a collective is every body of that kind too.)
      const shared = index > 0 ? sharedCollective(pieces[index - 1] ?? "", names) : undefined;
      if (shared) return [shared];
      // (街道 alone: a street speaking of itself, for the resolver to name.)
      const ownLevel = OwnLevelSubjectRE.exec(piece)?.[1];
      return ownLevel ? [`本${ownLevel}`] : unitsInList(names, isPlace);
    }),
  );
}

/**
 * Whether a name opens with a place's short name (六安供电公司, 鹿邑供电公司, 浙江海事局); not an
 * everyday word that is also a county's name (公安局 of 公安县, 平安办 of 平安区).
 */
/** A body of municipal works (市政局, 市政设施管理处): its 市 is the trade's word, no city's level. */
const MunicipalWorksRE = /^市政(?:局|处|所|公司|工程|设施|管理|园林|中心|养护)/;

/** The county a bureau's name opens with, in full (西峰区 of 西峰区住建局): the level a list after it shares. */
function countyOpening(name: string): string | undefined {
  const county = /^([\p{Script=Han}]{1,5}?[区县旗])(?=[\p{Script=Han}]{2,8}(?:局|委|办)$)/u.exec(name)?.[1];
  const places = county ? gazetteer().byForm.get(county) : undefined;
  return places?.some((place) => place.name === county && place.level === "county") ? county : undefined;
}

function opensWithPlace(name: string): boolean {
  const { byForm } = gazetteer();
  return [2, 3].some((length) => {
    const form = name.slice(0, length);
    return name.length > length && byForm.has(form) && !isOrdinaryWord(form);
  });
}

/**
 * Whether a body in a Hong Kong or Macau report is the mainland's: a place's full name opens it
 * (广东省公安厅), or a province's or city's short one (深圳海关); a county's short name may be a word
 * of the territory's own (康乐及文化事务署).
 */
function opensWithMainlandPlace(name: string, territory: string): boolean {
  const { byForm } = gazetteer();
  const ownPlace = (place: Place): boolean => place.province.startsWith(territory);
  return (
    placesOpening(name, 7).some((place) => !ownPlace(place)) ||
    [2, 3].some((length) =>
      (byForm.get(name.slice(0, length)) ?? []).some((place) => place.level !== "county" && !ownPlace(place)),
    )
  );
}

/** The places whose full name (two to `longest` characters) opens a name: 鹿邑县 in 鹿邑县规划局. */
function placesOpening(name: string, longest: number): Place[] {
  const { byForm } = gazetteer();
  const places: Place[] = [];
  for (let length = 2; length <= longest; length += 1) {
    const form = name.slice(0, length);
    for (const place of byForm.get(form) ?? []) if (place.name === form) places.push(place);
  }
  return places;
}

/** Utilities named bare before the one firm that carries their suffix: 电力、电信、水公司. */
const SharedFirmListRE = /^((?:[\p{Script=Han}]{1,3}、)+[\p{Script=Han}]{1,3}公司)/u;
/** An office that a collective's cut left behind: 各乡镇 + 公所. */
const OfficeAfterRE = /^(?:公所|办事处|街道办)/;
/** 希望各村继续…: villages in the plural, a collective assignee. */
const CollectiveVillageLeadRE =
  /^(各(?:行政村|自然村|村组|责任村|相关村|有关村|村)(?=要|继续|对|及时|加强|加大|务必|切实|积极|全面|认真|做好|抓好)|各(?:行政村|村)[(（](?:居|社区|居委会)[)）](?:委会|委员会)?(?![民委])(?=\p{Script=Han}))/u;

/**
 * Sectors that share the collective after 等: 加强房管、市场监管、公安等部门协调联动; or the 部门 the last one
 * names: 生态环境、经信、发改部门要强化巡查.
 */
const SectorListRE =
  /([\p{Script=Han}、和及]{2,40}?)(?:等(?:相关|有关|行业主管|主管|职能)?(部门|单位|机构)|(?<=、[\p{Script=Han}]{2,4})(部门))/gu;
/** Sectors named bare before every body of a kind, each its 部门: 国土、发改、公安及各乡镇要各负其责. */
const SectorsBeforeCollectiveRE =
  /((?:(?!等)[\p{Script=Han}、]){2,40}?)(?:以及|及|和)各(?:乡镇|镇街|街道|镇|乡|县区|区县|部门|单位)(?=要|务必|必须|须|应|[，,])/gu;
/**
 * What opens the name of a bureau merged from two (住房 in 住房和城乡建设局, 自然资源 in 自然资源和规划局, as the
 * registry writes them), or a field's full name (发展改革 in 发展改革和经济商务局): 住建 in 住建和交通运输局
 * is a sector of its own.
 */
const MergedBureauOpenings: readonly string[] = [
  ...new Set(JSON.stringify(unitsData).match(/[\p{Script=Han}]{2,4}(?=和[\p{Script=Han}]{2,8}(?:局|委|厅))/gu)),
];
function namesMergedBureau(opening: string): boolean {
  const core = opening.replace(/^[省市县区]/, "");
  return core.length >= 4 || (core.length >= 2 && MergedBureauOpenings.some((known) => known.endsWith(core)));
}

/** Verbs a sector list may follow in its clause. */
const SectorLeadRE = /^.*?(?:加强|协调|组织|督促|要求|推动|听取了?|包括|包含|由|请|带领|率领)(?=[\p{Script=Han}])/u;
/** Partners and guests, not assignees: 联合纪检、公安等部门, 与发改、统计等部门沟通, 邀集国军、水利…等单位, 在公安、交通部门的配合下. */
const SectorPartnerRE = /(?:联合|会同|与|同|向|跟|邀集|邀请|^在)[^、]*$/u;

/**
 * 房管、市场监管、公安 + 部门 → 房管部门, 市场监管部门, 公安部门: sectors of two to four characters,
 * none a role (建设、施工、监理等单位 are the parties of a project, not bodies).
 */
function sectorUnits(list: string, collective: string, bareSectorsOnly = false): string[] {
  // (住房和城乡建设局 is one bureau's name, 公安和交通 two sectors, 环保局及工务局 two bureaus.)
  const wholeNames = new Set<string>();
  const [head = "", ...rest] = list
    .replace(EnumerationLeadRE, "")
    .split("、")
    .flatMap((item) => {
      const parts = item.split(/以及|和|及/);
      const [opening = ""] = parts;
      if (parts.length !== 2 || !SuffixEndRE.test(item) || SuffixEndRE.test(opening) || !namesMergedBureau(opening))
        return parts;
      wholeNames.add(item);
      return [item];
    });
  if (SectorPartnerRE.test(head)) return [];
  const pieces = [head.replace(SectorLeadRE, ""), ...rest];
  // 住建、交通、晋城高速公路等相关部门: sectors, one of them named with its place (a name with 和 inside,
  // 自然资源和规划局, runs longer).
  const fits = (piece: string): boolean =>
    wholeNames.has(piece) ? /^[\p{Script=Han}]{2,14}$/u.test(piece) : /^[\p{Script=Han}]{2,6}$/u.test(piece);
  if (pieces.length < 2 || !pieces.every(fits)) return [];
  // …办法》的提案、关于卫计部门健康扶贫的提案: a clause's tail and a topic, no sectors.
  if (pieces.some((piece) => piece.startsWith("的") || TopicOpeningRE.test(piece))) return [];
  // 各村(居)委书记、相关部门负责人: a post names people, no sector (委书记部门 is nothing).
  if (pieces.some((piece) => /(?:书记|主任|(?<![部署])长|负责人|干部|同志|代表|人员)$/u.test(piece))) return [];
  // 各地、各有关部门: collectives, each a list item of its own (各地部门 is nothing; 各级公安 is a sector).
  if (pieces.some((piece) => PlainCollectiveRE.test(piece) || /^各(?:有关|相关|地)$/.test(piece))) return [];
  // Without 等, only short bare sectors share the 部门 (党委、政府部门 are two bodies; 组织部门牵头抓总、职能部门
  // are clauses).
  // (审计, 统计, 执法 are sectors jieba tags as verbs; 牵头抓总 is a verb phrase.)
  const clauseOrBody = (piece: string): boolean => {
    const words = tagWords(piece);
    return piece.length > 4 || SuffixEndRE.test(piece) || (words.length > 1 && words[0]?.tag === "v");
  };
  if (bareSectorsOnly && pieces.some(clauseOrBody)) return [];
  // 公安 + 部门 is 公安部门; 高岳 + 单位 names nothing (单位 is what every body is): only named bodies count.
  const units = pieces.flatMap((piece) =>
    SuffixEndRE.test(piece) ? [piece] : collective === "单位" ? [] : [piece + collective],
  );
  return units.some((unit) => DescriptionRE.test(unit) || NotUnitRE.test(unit)) ? [] : units;
}

/**
 * The 部门 made of bare names where they name sectors: one at least a noun (国土, 公安, 发改), none a place (排查、整改及各单位
 * are tasks, 城东、城西及各街道 places).
 */
function namedSectors(units: string[]): string[] {
  const bare = units.filter((unit) => unit.endsWith("部门")).map((unit) => tagWords(unit.slice(0, -2)));
  const noun = bare.some((words) => words.length === 1 && /^(?:n|nz|x|j|l)$/.test(words[0]?.tag ?? ""));
  const place = bare.some((words) => words.some(({ tag }) => tag === "ns"));
  return noun && !place ? units : [];
}

/** What a 通报 does to the bodies it names, as one family: 红牌警告 and 挂牌 are one, 通报批评 another. */
function blameFamily(verb: string): string {
  if (/挂牌|红牌|黄牌|警告/.test(verb)) return "挂牌";
  if (/通报/.test(verb)) return "通报";
  return verb.slice(0, 2);
}

/** 被红牌警告的乡镇(街道)、村(社区)是：A、B，C…: the bodies blamed, listed after the kinds they are. */
const BlamedListRE =
  /被((?:挂牌|红牌|黄牌|通报|约谈|点名|曝光)[\p{Script=Han}]{0,4}?)的?[^。；;：:\n]{0,30}?(?:是|有|为)[:：]([^。；;\n]{2,400})/gu;
/** 工作不到位的A、B…等8家责任共担单位被通报批评: the bodies blamed, listed before their count. */
const CountedBlamedRE =
  /([^。；;，,的\n]{2,300}?)等[\d一二三四五六七八九十]+(?:家|个)[\p{Script=Han}]{0,8}(?:单位|部门)(?:被|受到)((?:通报|约谈|挂牌|点名|曝光)[\p{Script=Han}]{0,2})/gu;
/** A village or community named in full (阳下街道奎岭村, 樟城镇沙浮社区) or on its own (鸿尾村). */
const VillageNameRE = /^[\p{Script=Han}]{2,16}(?:村|社区)$/u;

/** The bodies a 通报 blames, by what it did to them (挂牌, 通报, 约谈): towns, villages and offices alike. */
export function blamedBodies(text: string, isPlace?: (piece: string) => boolean): Map<string, string[]> {
  const blamed = new Map<string, string[]>();
  const add = (verb: string, list: string): void => {
    // 永泰县樟城镇、樟城镇沙浮社区; 鸿尾乡大模村、鸿尾村: a village is the town's named last, in its county.
    let town = "";
    const named = list
      .split(/[、，,]/)
      .map((piece) => piece.trim())
      .flatMap((piece) => {
        if (!VillageNameRE.test(piece)) {
          const bodies = unitsInList(piece, isPlace);
          const last = bodies.at(-1) ?? "";
          if (/(?:镇|乡|街道)$/.test(last)) town = last;
          return bodies;
        }
        const ownTown = /^[\p{Script=Han}]{2,8}?(?:镇|乡|街道)/u.exec(piece)?.[0];
        if (ownTown === undefined) return [town + piece];
        if (town.endsWith(ownTown)) return [town.slice(0, -ownTown.length) + piece];
        town = ownTown;
        return [piece];
      });
    if (named.length === 0) return;
    const family = blameFamily(verb);
    blamed.set(family, [...new Set([...(blamed.get(family) ?? []), ...named])]);
  };
  for (const match of text.matchAll(BlamedListRE)) add(match[1] ?? "", match[2] ?? "");
  for (const match of text.matchAll(CountedBlamedRE)) add(match[2] ?? "", match[1] ?? "");
  return blamed;
}

/**
 * A clause's subject that points back at the bodies a 通报 blamed: 被挂牌单位要…, 被通报的8家责任共担单位要….
 * Returns the family of what was done to them.
 */
const BlamedSubjectRE =
  /(?:^|[，,；;：:])被((?:挂牌|红牌|黄牌|通报|约谈|点名|曝光)[\p{Script=Han}]{0,2}?)的?(?:[\d一二三四五六七八九十]+(?:家|个))?[\p{Script=Han}]{0,8}?(?:单位|乡镇|部门|村|社区)(?:[(（][\p{Script=Han}、]{1,6}[)）])?(?=要|须|应|务必|必须)/u;
export function blamedSubject(sentence: string): string | undefined {
  const verb = BlamedSubjectRE.exec(sentence)?.[1];
  return verb === undefined ? undefined : blameFamily(verb);
}

/**
 * A 通报's ranked list heading on a line of its own: 红榜, 黑榜, 红旗榜 (单位), 单位末位排名, 较差名单. (曝光台 and
 * 红黑榜 head a site's menus and sidebars as often.)
 */
const RankedListHeadingRE =
  /^(?:[一二三四五六七八九十]+、)?(?:(?:红榜|黑榜|红旗榜|黑旗榜|光荣榜)(?:单位|名单)?|[\p{Script=Han}]{0,6}(?:末位|后进|较差|落后|倒数)[\p{Script=Han}]{0,4}?(?:排名|名单)|[\p{Script=Han}（）()、]{1,12}?(?:前|后)\d{1,2}名|排名(?:靠前|靠后|居前|居后|前列|末位)的[\p{Script=Han}（）()、]{1,16})\s*[:：]?$/u;
/**
 * A line that is only a body's or a place's name: 长港镇峒山村峒三队, 古楼街办庙鹅岭村枫树湾, 区城管局
 * (not a group's heading, 乡镇组, 部门组).
 */
const NameLineRE = /^[\p{Script=Han}]{2,24}(?:村|队|湾|社区|镇|街道|街办|乡|局|委|办|中心|站|所|联社)$/u;
/** A city, county or zone a ranking names: 上饶市, 南康区, 吉安市庐陵新区 (not 阳光小区, 滨江夜市, 华润万家超市). */
const RankedPlaceRE = /^[\p{Script=Han}]{2,16}(?:[市县区旗]|新区|景区|试验区|经开区|开发区|高新区)$/u;
const AreaRE = /(?:小区|片区|街区|城区|园区|山区|库区|矿区|校区|厂区|辖区|地区)$/;
const isRankedPlace = (name: string): boolean =>
  RankedPlaceRE.test(name) && !AreaRE.test(name) && placesOpening(name, 8).some((place) => place.level !== "province");
/** What a ranking of assessed bodies names; a contest's (团体总分前3名) ranks teams, not bodies. */
const ContestRE = /比赛|竞赛|大赛|团体|个人|运动|总分|金牌|奖牌|选手|得奖|获奖/;

/**
 * A ranking's line: 第一名:大法寺镇90.99分 (with its score: a contest's 第一名:城关镇 is no assessment),
 * “最洁净村庄”:余川镇砌石村 (a verdict, not any quoted label: “一号工程”:美丽乡村).
 */
const RankedLineRE =
  /^(?:第[一二三四五六七八九十\d]{1,3}名\s*[:：]\s*([\p{Script=Han}]{2,16}?(?:村|社区|镇|乡|街道|办事处|局|委|办|中心))\s*\d+(?:\.\d+)?\s*分|“[\p{Script=Han}]{0,4}(?:最|先进|优秀|红旗|后进|落后|示范)[\p{Script=Han}]{0,6}”\s*[:：]\s*([\p{Script=Han}]{2,16}?(?:村|社区|镇|乡|街道|办事处|局|委|办|中心)))$/u;
/** A results table's header cells (spaces inside removed): who is assessed, and the score or rank. */
const AssessedHeaderRE = /^(?:被?(?:考核|考评|评比|测评|检查)?(?:单位|对象)(?:名称)?|乡镇(?:街道)?|镇街|部门)$/u;
const ScoreHeaderRE = /^(?:(?:综合|考核|考评|测评|检查|最终)?(?:得分|分数|分值|成绩)|名次|排名|排序|等次)$/u;
/** A score or rank cell: 79.19, 1, 第3名, 优秀. */
const ScoreCellRE = /^(?:第?\d{1,3}(?:\.\d{1,2})?名?|优秀|良好|合格|较好|一般|较差|不合格)$/u;
/**
 * A ranked body: 灵昆镇, 蒲州街道, 县住建局, 南康区 (not a sum, 合计; an area, 中心城区, 第二片区; a
 * bureau's own section, 环卫所, 市政站).
 */
const RankedBodyRE = /^[\p{Script=Han}]{2,16}(?:村|社区|镇|街道|乡|局|委|中心|公司)$/u;
const isRankedBody = (name: string): boolean =>
  (RankedBodyRE.test(name) && !SuffixWordRE.test(name)) || isRankedPlace(name);

/**
 * The bodies a results table ranks, its rows saved with their cell bars after a header naming who was
 * assessed and their score or rank:
 *
 *     | 单 位 | 分 数 | 名次 |
 *     | 灵 昆 镇 | 79.19 | 1 |
 */
function scoreTableUnits(lines: readonly string[]): string[] {
  const found: string[] = [];
  let inTable = false;
  for (const line of lines) {
    const cells = BarredRowRE.test(line)
      ? line
          .slice(1, -1)
          .split(/[|｜]/u)
          .map((cell) => cell.replace(/\s+/g, ""))
      : undefined;
    if (!cells) {
      inTable = false;
      continue;
    }
    if (cells.some((cell) => AssessedHeaderRE.test(cell)) && cells.some((cell) => ScoreHeaderRE.test(cell))) {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    // The row's serial number may come first: | 1 | 灵昆镇 | 79.19 |.
    const name = cells.find((cell) => !ScoreCellRE.test(cell) && cell !== "");
    if (name && isRankedBody(name) && cells.some((cell) => ScoreCellRE.test(cell))) found.push(name);
  }
  return found;
}

/**
 * The bodies and places a 通报's 红榜 and 黑榜 name, one per line under the heading, each perhaps
 * followed by what was found there (房前屋后多处有…), until a line that is neither.
 */
function rankedListUnits(text: string): string[] {
  const found: string[] = [];
  let inList = false;
  let strayLines = 0;
  // 第一名:大法寺镇90.99分; under 3、梅川镇, “最脏村庄”:包法村 (the town's village): ranked and named.
  let heading = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const town = /^\d{1,2}[、.．]\s*([\p{Script=Han}]{2,10}(?:镇|乡|街道|办事处))$/u.exec(line)?.[1];
    if (town) heading = town;
    // A new section (三、县直部门排名, (二)全县) ends the town's.
    else if (/^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/.test(line)) heading = "";
    const match = RankedLineRE.exec(line);
    const ranked = match?.[1] ?? match?.[2];
    if (!ranked) continue;
    const owned = /^[\p{Script=Han}]{2,10}(?:镇|乡|街道|办事处)/u.test(ranked) || !/(?:村|社区)$/.test(ranked);
    found.push(owned || !heading ? ranked : heading + ranked);
  }
  // (（一）城关镇东关社区: the item's number is no part of the name.)
  const lines = text
    .split("\n")
    .map((raw) => raw.trim().replace(/^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])\s*/u, ""));
  for (const line of lines) {
    if (RankedListHeadingRE.test(line) && !ContestRE.test(line)) {
      inList = true;
      strayLines = 0;
      continue;
    }
    if (!inList || line === "") continue;
    // One name to a line, or several (教育局 信用联社; 景德镇市,南康区,泰和县、万年县。).
    const names = line.replace(/[。；;]$/u, "").split(/[\s、,，；;]+/u);
    if (names.every((name) => NameLineRE.test(name) || isRankedPlace(name))) {
      found.push(...names);
      strayLines = 0;
    } else if (/[。！？!?]$/.test(line) || line.length > 40 || ++strayLines > 1) inList = false;
  }
  found.push(...scoreTableUnits(lines));
  return found;
}

/** A verb that sends work to a body (送, 报送, 呈报, 抄送), with its adverb (速送, 儘速送). */
const RECIPIENT_VERB = "(?:速|尽速|儘速|即)?(?:送交|送至|送|报送|呈送|呈报|抄送|转送)";
const RecipientLeadRE = new RegExp(`^${RECIPIENT_VERB}(?=[\\p{Script=Han}]{2})`, "u");
const RecipientTailRE = new RegExp(`${RECIPIENT_VERB}$`, "u");

/** True when every mention of `unit` in `text` follows a verb that sends work to it. */
function onlyRecipient(text: string, unit: string): boolean {
  let at = text.indexOf(unit);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(unit, at + 1))
    if (!RecipientTailRE.test(text.slice(Math.max(0, at - 4), at))) return false;
  return true;
}

/** Unit names as written in the slots of a (simplified) text, in order, deduplicated. */
export function findUnits(
  text: string,
  { attendance = false, isPlace }: { attendance?: boolean; isPlace?: (piece: string) => boolean } = {},
): string[] {
  const found: string[] = [];
  // The report's own units take in those that attend or fund it; a measure's, only those it names.
  const patterns = attendance ? [...SLOT_PATTERNS, AttendanceRE, FundingRE] : SLOT_PATTERNS;
  const add = (fragment: string, attending = false): void => {
    for (const listed of unitsInList(fragment, isPlace)) {
      // …整理表单送局长室, 请速送营建署: where work is sent, not who does it.
      if (RecipientLeadRE.test(listed) || onlyRecipient(text, listed)) continue;
      // 相关单位分管领导等参加会议: those who attend without a name are no body the report can point to.
      if (attending && NamelessBodiesRE.test(listed)) continue;
      // …领导小组成员单位…负责同志参加会议: among those attending, the members stand for their group;
      // 县环委会成员单位要… tasks the members themselves.
      const group = listed.replace(/(?<!各)成员单位$/, "");
      const unit = attending && group !== listed && UnitRE.test(group) ? group : listed;
      if (!found.includes(unit)) found.push(unit);
    }
  };
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) {
      if (pattern === ConvenerSlotRE && isNationalBody(match[1] ?? "")) continue;
      const attending = pattern === AttendanceRE;
      // 市政府副秘书长陈某及市应急局…负责人陪同检查: the person before 及 is no body.
      const escorts = attending
        ? match[2]
            ?.split(/(?<=[\p{Script=Han}]{2})[及和](?=[\p{Script=Han}]{2})/u)
            .filter((piece) => !PersonAfterOfficeRE.test(piece))
            .join("、")
        : match[2];
      // 规划部门要…；乡镇要…: a kind that is always many (乡镇, 镇街, 村居) alone as the subject is every
      // body of that kind; 社区要, 街道要 may be a community's or street's own meeting speaking of itself.
      const subject = pattern === ModalSubjectRE ? match[1]?.replace(/^(?=(?:乡镇|镇街|村居)$)/u, "各") : match[1];
      // 街道要…, 街道在集中整治后，要…, 本镇必须…: a street or township speaking of itself, resolved by the
      // report's own township or dropped (全镇上下, everyone in it, is no body).
      const ownLevel = pattern === ModalSubjectRE ? OwnLevelSubjectRE.exec(subject ?? "")?.[1] : undefined;
      if (ownLevel) {
        if (!found.includes(`本${ownLevel}`)) found.push(`本${ownLevel}`);
        continue;
      }
      add(subject ?? escorts ?? match[3] ?? "", attending);
    }
  // After 由 (将由工务局量身订定…) the names are the agent, whatever noun stands before its verb.
  for (const match of text.matchAll(LeadInRE))
    add(leadingNames(text.slice(match.index + match[0].length), /由$/.test(match[0])));
  for (const match of text.matchAll(SectorListRE)) {
    for (const unit of sectorUnits(match[1] ?? "", match[2] ?? match[3] ?? "", match[3] !== undefined))
      if (!found.includes(unit)) found.push(unit);
  }
  for (const match of text.matchAll(SectorsBeforeCollectiveRE))
    for (const unit of namedSectors(sectorUnits(match[1] ?? "", "部门"))) if (!found.includes(unit)) found.push(unit);
  for (const unit of rankedListUnits(text)) if (!found.includes(unit)) found.push(unit);
  for (const unit of countedBodies(text)) if (!found.includes(unit)) found.push(unit);
  for (const match of text.matchAll(HeadActsForBodyRE)) {
    const name = match[2] ?? "";
    if (SINGLE_SURNAMES.has(name.slice(0, 1))) add(match[1] ?? "");
  }
  return found;
}

/**
 * A body that takes on work through its head, named with office and name: 由市场管理处主任谭良同志具体负责,
 * 市场服务中心主任陈卫年表态:….
 */
const HeadActsForBodyRE = new RegExp(
  String.raw`(?:^|[。；;，,：:\n]|由)((?:(?!由)[\p{Script=Han}]){2,16}?(?:处|局|中心|委|办|站|所|队|公司))${BODY_HEAD}(\p{Script=Han}{2,3}?)(?:同志)?(?:具体)?(?:负责(?!的|人)|牵头|表态)`,
  "gu",
);

/**
 * A list closed by its count of bodies, as the subject of the task that follows (会议要求,广丰中学、贞白中学、
 * 南方医院与精元电脑公司等15家责任单位,两天内完成…); not the places a visit or an inspection went to.
 */
const CountedBodiesRE =
  /(?:^|[。；;，,：:\n])(?:会议)?(?:要求|责成|督促|请)?([\p{Script=Han}、]{4,160}?)等[\d一二三四五六七八九十]+(?:家|个)(?:责任|相关|成员)?(?:单位|部门)(?=[，,]?\s*(?:要|须|务必|必须|应|于|在|限|\d|[一二两三四五六七八九十]+(?:天|日|个月|周)|分别|均|立即|尽快|抓紧|完成|负责|牵头|联合|共同|协同|配合))/gu;
/** Institutions that such a list names, though no government suffix ends them: schools, hospitals, firms. */
const InstitutionRE = /(?:学校|中学|小学|[一二三四五六七八九十]中|大学|学院|医院|公司|集团|酒店|宾馆|商场|超市|银行)$/u;

/**
 * The bodies of such a list: each a name as written (the count says they are bodies, whatever their names end
 * with), the last one parted from the one before by 与 or 和 only where both halves are names
 * (市人力资源和社会保障局 is one).
 */
function countedBodies(text: string): string[] {
  const isName = (piece: string): boolean =>
    /^\p{Script=Han}{2,14}$/u.test(piece) &&
    (UnitRE.test(piece) || InstitutionRE.test(piece)) &&
    !PeopleRE.test(piece) &&
    !NotUnitRE.test(piece) &&
    !DescriptionRE.test(piece) &&
    !isVerbPhrase(piece) &&
    readsAsName(piece);
  return [...text.matchAll(CountedBodiesRE)].flatMap((match) => {
    const pieces = (match[1] ?? "").split("、").flatMap((piece) => {
      const joins = [...piece.matchAll(/[与和及]/gu)].map((join) => [
        piece.slice(0, join.index),
        piece.slice(join.index + 1),
      ]);
      return joins.find((halves) => halves.every(isName)) ?? [piece];
    });
    return pieces.every(isName) ? pieces : [];
  });
}

const ALIASES = [...(unitsData.aliases as { short: string; full: string }[])].sort(
  (a, b) => b.short.length - a.short.length,
);

/**
 * Expands the alias at the end of a name: 市文明委 → 市精神文明建设指导委员会. Words the full form has
 * before the alias's are not written twice: 市人民政府办 → 市人民政府办公室, not 市人民人民政府办公室.
 */
export function expandAlias(name: string): string {
  for (const { short, full } of ALIASES) {
    if (!name.endsWith(short) || name.endsWith(full)) continue;
    // 特区政府 (Hong Kong's, Macau's) is no 人民政府.
    if (/特区政府$|特别行政区政府$/.test(name) && full.endsWith("人民政府")) continue;
    const stem = name.slice(0, -short.length);
    // 区规划自然资源局 already names the 规划 that 自然资源和规划局 joins on: it is that bureau as written.
    const joined = full
      .split(/[和及与]/u)
      .slice(1)
      .map((part) => part.replace(/(?:局|委员会|委|办公室|办)$/u, ""));
    if (joined.length > 0 && joined.every((part) => part.length >= 2 && stem.includes(part))) return name;
    const lead = full.slice(0, Math.max(0, full.indexOf(short)));
    return (lead && stem.endsWith(lead) ? stem.slice(0, -lead.length) : stem) + full;
  }
  return name;
}

/** A ministry or a body under one, on either side of the strait: 交通部观光局, 住房和城乡建设部. */
const MinistryRE =
  /^(?:交通|内政|经济|财政|教育|法务|外交|国防|卫生福利|文化|劳动|农业|环境|交通运输|水利|商务|民政|公安|司法|住房和城乡建设|自然资源|生态环境|农业农村|应急管理|工业和信息化|人力资源和社会保障|科学技术|退役军人事务)部(?!门)/;

/** A city's own investment and utility firms, named by their trade: 城投集团, 水务公司, 公交集团. */
const LocalFirmRE = /^(?:城投|交投|建投|水投|国投|产投|城建|文旅|水务|公交|燃气|自来水|供水|供热|热力|环卫|旅投)/;

/**
 * The canonical name of a unit in a report's region: a leading 市/区/县 (or a collective form)
 * gets the region's own name, a bare name the narrowest region's; names that already start
 * with a place stay. `scoped` is false when no region was known to scope it with.
 */
export function canonicalUnit(written: string, region: Region): { name: string; scoped: boolean } {
  // 各个民防架构部门 is 各民防架构部门: one collective, written two ways.
  // (各个体诊所 is 各 + 个体: self-employed clinics.)
  const raw = written.replace(/^各个(?!体)(?=[\p{Script=Han}]{2})/u, "各");
  const scopedName = scopeUnit(raw, region);
  // Without a region to scope it, 全区各级各部门 and 全省公安机关 stay as written.
  return scopedName.scoped || !/^全(?:[省市区县旗州盟]各|省)/u.test(raw) ? scopedName : { name: raw, scoped: false };
}

function scopeUnit(raw: string, region: Region): { name: string; scoped: boolean } {
  // 全市各相关部门, 全县各有关单位: the whole city's or county's, whichever report names them.
  const wholeLevel = /^全([市区县旗州盟])(?=各)/u.exec(raw.replace(/\s+/g, ""))?.[1];
  const { province, city, district } = region;
  // 河北省邢台市住房和城乡建设局: the city's bureau, named with its province as a national paper writes it.
  const unprefixed = raw.replace(/\s+/g, "");
  const provinceless =
    province && [city, district].some((place) => place && unprefixed.startsWith(`${province}${place}`))
      ? unprefixed.slice(province.length)
      : unprefixed;
  // 市府都市发展局: the city government's bureau is the city's bureau (市府各局处, its bureaus together, below).
  const name = expandAlias(provinceless)
    .replace(/^([市县区])府(?=(?!各)[\p{Script=Han}]{2,}(?:局|处|委|办|中心)$)/u, "$1")
    // 臺南市政府工務局, 市人民政府住建局: a bureau of the government is the city's bureau (市政府办公室
    // is the government's own office and stays).
    // (香港特区政府保安局 is the territory's own name for its bureau; 市委市政府信访局 is the party
    // committee's and the government's joint bureau, and keeps its name.)
    .replace(
      /^((?:(?!委)[\p{Script=Han}]){0,12}?(?:[市县]|(?<!特|行政)区))(?:人民)?政府(?=[\p{Script=Han}]{2,12}局$)/u,
      "$1",
    )
    // 本府农业局: the writing government's own bureau.
    .replace(/^本府(?=[\p{Script=Han}]{2,}(?:局|处|委|办|中心)$|各)/u, "")
    // 本县各局处, 我区…整治办公室: the county's own, as 县各局处 would say; but an autonomous region's 我区应急管理厅 is
    // the region's own 应急管理厅 (a 厅 is a province's), and with no region known 我区 stays as written.
    .replace(
      /^([本我])([市县区])(?=[\p{Script=Han}]{2})/u,
      (written, own: string, level: string, _at: number, name: string) => {
        if (own === "本" || level !== "区") return level;
        if (/厅$/.test(name) || (/自治区$/.test(region.province ?? "") && !region.district)) return "";
        return region.province || region.city ? level : written;
      },
    )
    // 全旗各级各部门: the banner's collective, as 各级各部门 would be; 全省各级…部门, the province's, in a
    // city's report too.
    .replace(/^全([省市区县旗州盟])(?=各)/u, (_whole, level: string) => (level === "省" ? "省" : ""))
    // 县级相关部门: the county's departments, as 县相关部门 would say.
    .replace(/^([市县区])级(?=(?:相关|有关|各)?(?:部门|单位)$)/u, "$1")
    // 全区经济运行各专班: the district's, as 区 would say.
    .replace(/^全([省市区县])(?!各|上下|范围)(?=[\p{Script=Han}]{2,})/u, "$1")
    // 市府各单位: the government's units.
    .replace(/^([市县区])府(?=各)/u, "$1政府")
    // 市府, 县府: the government itself (in Taiwan 市政府, on the mainland 市人民政府).
    .replace(/^([市县区])府$/u, province === "台湾省" ? "$1政府" : "$1人民政府");
  // 特区政府各部门 in 澳门's report: the territory's, as its own people write it (澳门特区政府各部门).
  const territory = /^(澳门|香港)特别行政区$/.exec(city ?? "")?.[1];
  if (territory && /^特区(?=[\p{Script=Han}]{2})/u.test(name)) return { name: `${territory}${name}`, scoped: true };
  // What a leading 市, 县 or 区 refers to; in a county-level city's own report (栖霞市, 义乌市) 市 is
  // that city, not the prefecture.
  // A banner (旗) is a county of its league, a prefecture (州) or league (盟) a city: their level words
  // (旗委办, 州林业局) are the region's only where it is one.
  const ownerOfLevel = (level: string): string | undefined => {
    if (level === "市") return district?.endsWith("市") ? district : city;
    if (level === "旗") return district?.endsWith("旗") ? district : undefined;
    if (level === "州" || level === "盟") return city?.endsWith(level) ? city : undefined;
    // A Taiwanese county (花莲县) stands where a city does: its 县警察局 is 花莲县警察局 (县市政府 is
    // every county's and city's).
    if (level === "县" && !district && city?.endsWith("县") && !/^县[市区乡镇]/.test(name)) return city;
    return district;
  };
  // 统战部, 市委组织部: a party department is the party committee's (栖霞市委统战部).
  const partyDepartment = PartyDepartmentRE.exec(name);
  if (partyDepartment) {
    const levelChar = partyDepartment[1]?.[0];
    const owner = levelChar ? ownerOfLevel(levelChar) : (district ?? city);
    return owner ? { name: `${owner}委${partyDepartment[2] ?? ""}`, scoped: true } : { name, scoped: false };
  }
  // 团市委, 团县委: the Youth League committee of the city or county.
  const league = /^团([市县区])委$/.exec(name)?.[1];
  if (league) {
    const owner = league === "市" ? city : district;
    return owner ? { name: `共青团${owner}委员会`, scoped: true } : { name, scoped: false };
  }
  // In Taiwan a district (区) has only its 区公所; bureaus (局, 处) and their collectives are the city's.
  const ownDistrictOffice = /区公所$/.test(name) && !/^各/.test(name);
  const narrowest = province === "台湾省" && !ownDistrictOffice ? (city ?? district) : (district ?? city);
  // (湘西经开区 names 湘西土家族苗族自治州 by its short form.)
  const startsWithPlace = (place: string | undefined): boolean =>
    place !== undefined &&
    [place, place.replace(/[省市区县]$/, ""), shortName(place)].some((form) => form && name.startsWith(form));
  // 鹿邑县规划局 in 周口市's report: a county of the city, written in full, is the body's own place.
  const opensWithOwnCounty =
    city !== undefined && placesOpening(name, 7).some((place) => place.level === "county" && place.city === city);
  const scopedBy = (owner: string | undefined, rest: string): { name: string; scoped: boolean } =>
    owner ? { name: owner + rest, scoped: true } : { name, scoped: false };

  // Every other body in the territory's report is the territory's, its 署 (路政署, 市政署) and 市政局
  // too, written with its short name as its own people write it (香港路政署, 澳门消防局, 香港特区政府各部门);
  // only a district's council or office (区议会, 区民政事务处) is the district's. The nation's bodies
  // (全国人大常委会, 海关总署, 驻港国安公署, 解放军驻港部队) and the mainland's (深圳市公安局, 广东省公安厅)
  // are no territory's, nor is one already named with it.
  if (territory) {
    const national =
      /^(?:香港|澳门|中央|国家|中国|中共|全国|国务院|驻港|驻澳|解放军|海关总署)/.test(name) || MinistryRE.test(name);
    if (national || startsWithPlace(district) || opensWithMainlandPlace(name, territory)) return { name, scoped: true };
    if (district && /^区(?=议会|民政事务处)/.test(name)) return { name: district + name.slice(1), scoped: true };
    return { name: territory + (name.startsWith("政府") ? "特区" : "") + name, scoped: true };
  }

  // 各市州, 各设区市 are always a province's, whatever city reports them.
  if (CitiesOfProvinceRE.test(name))
    return province ? { name: province + name, scoped: true } : { name, scoped: false };
  // 省林草局 is the province's own, as is 省政府各牵头部门 (省委, 省政府 alone stand as written: the
  // province above a city's report).
  if (province && /^省(?!委|政府$)/.test(name)) return { name: province + name.slice(1), scoped: true };
  // 自治区各部门 in 新疆维吾尔自治区's report: the autonomous region's, as 省 is a province's.
  if (province?.endsWith("自治区") && /^自治区(?=[\p{Script=Han}]{2})/u.test(name))
    return { name: province + name.slice(3), scoped: true };
  // National bodies (海关总署, 營建署, 交通部观光局) and names that start with a place stand as written.
  if (
    /^(?:中共|中国|中央|国家|国务院|全国|省委|省政府)|署$|^(?:行政院|立法院|司法院|考试院|监察院)$/.test(name) ||
    MinistryRE.test(name) ||
    opensWithOwnCounty ||
    // Taiwan's utilities (电力公司, 电信公司, 水公司) are national firms, no county's.
    (province === "台湾省" && /公司$/.test(name)) ||
    // A firm or group named without a level (华电集团, 捷能热电公司) is known by its own name, no place's;
    // a city's own investment or utility firm (城投集团, 水务公司) is the city's. So is a school or hospital
    // by its own name (贞白中学, 南方医院; 县人民医院, 人民医院, 第一中学 and 职业技术学院 are some place's).
    (/^(?![市区县省各])\p{Script=Han}+$/u.test(name) &&
      InstitutionRE.test(name) &&
      !LocalFirmRE.test(name) &&
      !GenericInstitutionRE.test(name)) ||
    [province, city, district].some(startsWithPlace)
  ) {
    return { name, scoped: true };
  }
  // 三科, 房地产开发科, 各股: a section is some body's, never a region's; unknown, it stays as written.
  // (蜀山街道事务科 names the body it belongs to: scoped as that body is.)
  if (
    /^(?![省市区县])[\p{Script=Han}]{1,10}[科股]$/u.test(name) &&
    !/街道|镇|乡|局|委|办|中心|公司|处|院|所|站|队|部/.test(name.slice(0, -1))
  )
    return { name, scoped: false };
  // 高新区, 经开区: a city's development zone, named by its kind; in a county's or a banner's own
  // report (开发区、各镇、各部门要… in 鄂托克前旗's) the county's.
  if (/^(?:高新区|经开区|开发区|经济开发区|高新技术产业开发区|保税区|综保区)$/.test(name))
    return scopedBy(district && /[县旗市]$/.test(district) ? district : city, name);
  // A district or county named on its own (涧西区, 汝阳县), or its government (汝阳县人民政府).
  // (政院社区, 幸福小区 end in 区 but are a neighbourhood's, scoped below.)
  if (/^(?!各|市|区|县)[\p{Script=Han}]{1,5}(?:(?<![社小])区|县|市)(?:人民政府|委)?$/u.test(name))
    return { name, scoped: true };
  // Collectives: the districts of a city belong to the city, the rest to the narrowest region; 市直
  // bodies are the city's whose 市 it is (涟源市's in a county-level city's own report).
  if (wholeLevel) return scopedBy(ownerOfLevel(wholeLevel), name);
  if (/^(?:各|重点|市直|全市)/.test(name)) {
    return scopedBy(
      /市直/.test(name) ? ownerOfLevel("市") : /城市区|县区|县市区|委局/.test(name) ? city : narrowest,
      name,
    );
  }
  // 交通运输厅 in a report placed in a province alone: a department (厅) is a province's, no city's.
  // (国务院办公厅 is the nation's; 报告厅, 营业厅 are halls.)
  if (
    !city &&
    !district &&
    /^(?![市区县]|国务院|中央|国家)[\p{Script=Han}]{2,12}(?<![大餐客展门]|会议|报告|功能|营业|歌舞|宴会|接待)厅$/u.test(
      name,
    )
  )
    return scopedBy(province, name);
  // 市场处, 市政局, 区域办: the first character belongs to a word, not a level.
  // 区公所 is a kind of office (every district's), not 区 + 公所.
  const level =
    /^(?:市场|区域)|^区公所$/.test(name) || MunicipalWorksRE.test(name)
      ? undefined
      : /^(市|区|县|旗|州|盟)/.exec(name)?.[1];
  const owner = level && ownerOfLevel(level);
  if (level && (/[市区县]/.test(level) || owner)) return scopedBy(owner, name.slice(1));
  // 乡公所, 镇公所 in a township's own report (吉安乡): the township's office.
  if (/^[乡镇]公所$/.test(name) && district?.endsWith(name[0] ?? "")) return scopedBy(district, name.slice(1));
  return scopedBy(narrowest, name);
}

/**
 * The body a leader's title names (民政局局长 → 民政局, 水利局长 → 水利局, 市住房城乡建设局党组书记、局长, or the
 * body alone, 市安监局):
 * a bureau whose head acts in the report acts in it. Party committees, governments, congresses and
 * conferences are the region itself, not a unit.
 */
export function bodyOfTitle(title: string): string | undefined {
  // 县防指副总指挥、县应急局局长: each office of the chain in turn.
  for (const written of title.split("、")) {
    // 特区政府署理保安局局长: 署理 (acting) qualifies the office, not the body; 特区政府 is whose it is.
    // (代理 may open a body's name: 代理记账有限公司.)
    const office = written.replace(/^(?:特区政府|特區政府)?(?:署理|暂代|暫代)/, "");
    const body =
      /^(.{1,20}?(?:局|处|署|厅|中心|公司|委员会|办公室|办|防指|指挥部|(?<![党政纪工法常])委))(?:党组|党委)?(?:副?书记|副?局长|副?处长|副?署长|副?厅长|副?主任|副?总经理|总经理|董事长|副?总指挥|副?指挥长)$/.exec(
        office,
      )?.[1] ??
      /^(.{2,8})(?<!局)局长$/.exec(office)?.[1]?.concat("局") ??
      // 市安监局肖健康同志通报了…: a leader named by his body alone speaks for it.
      /^.{1,20}?(?:局|处|署|厅|中心|委员会|办公室|办)$/.exec(office)?.[0];
    // 办事处副主任 in a 街道's report: the office is the report's own, named by its kind alone.
    if (
      !body ||
      /(?:市委|县委|区委|省委|州委|旗委|盟委|镇委|乡委|党委|党工委|政府|人大|政协|管委会)$|^(?:街道)?办事处$/.test(body)
    )
      continue;
    if (UnitRE.test(body) && readsAsName(body)) return body;
  }
  return undefined;
}

/**
 * 市供排水公司 in a report that also writes 玉溪市供排水有限公司 (or 市供排水有限公司): the firm under its registered
 * name. The whole name before 公司 must be there, its place apart (市燃气公司 is not 华润燃气有限公司).
 */
function registeredFirm(name: string, text: string): string | undefined {
  const core = /^(.{2,})公司$/u.exec(name)?.[1];
  if (!core) return undefined;
  const levelOnward = /^[\p{Script=Han}]{1,6}?([省市县区].{2,})$/u.exec(core)?.[1];
  for (const written of [core, levelOnward]) {
    const escaped = written?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const form = escaped && new RegExp(`${escaped}((?:股份)?有限(?:责任)?公司)`, "u").exec(text)?.[1];
    if (form) return `${core}${form}`;
  }
  return undefined;
}

/**
 * Where no region scopes them, 住建局 and 市住建局 in one report are one body: the bare name becomes
 * the one written with a level (市, 县, 区) when exactly one such twin is among the report's units.
 */
export function joinLevelTwins(units: readonly string[], text: string): (name: string) => string {
  const present = new Set(units);
  // Firms apart, once: a report's units repeat across its measures, and each is joined.
  const firms = [...present].filter((unit) => /(?:公司|集团)$/.test(unit));
  const registered = new Map(firms.map((firm) => [firm, registeredFirm(firm, text)]));
  return (name) => {
    // 四川铁科召开…, then 四川铁科建设监理有限公司: a firm's short name is the firm.
    const firm = firms.filter((unit) => unit.length > name.length + 1 && unit.startsWith(name));
    if (firm.length === 1 && firm[0]) return firm[0];
    const registeredName = registered.get(name);
    if (registeredName) return registeredName;
    if (/^[市县区省]/.test(name)) return name;
    const twins = ["市", "县", "区"].map((level) => level + name).filter((twin) => present.has(twin));
    return twins.length === 1 && twins[0] ? twins[0] : name;
  };
}

/** Canonical unit names for one report, and the names that could not be scoped to its region. */
export interface UnitResolver {
  /** The canonical name of a unit as written (县名 completed: 鹿邑 → 鹿邑县). */
  canonical: (raw: string) => string;
  /** True for a county-level place of the report's city written alone (鹿邑): a unit in lists. */
  isPlace: (piece: string) => boolean;
  /** The units a (simplified) sentence names, canonical. */
  unitsOf: (sentence: string, options?: { attendance?: boolean }) => string[];
  /** The units that open the pieces of a (simplified) passage: 由县民政局负责的第1件、县发改局负责的第4件. */
  unitsOpening: (passage: string) => string[];
  unscoped: Set<string>;
}

/**
 * A township's own offices written with its level (镇综治办, 镇纪委, 乡政府, 镇执法队, 镇主管部门, 镇安委会成员单位):
 * not 乡村振兴局, 乡镇卫生院 or 镇江市, whose first character is no level.
 */
const TownshipOfficeRE =
  /^(?:党委|党工委|纪委|人大|政府|人民政府|党政机关|综治办|综治中心|武装部|财政所|派出所|司法所|直(?:机关)?(?:单位|部门)|各(?:级各)?(?:单位|部门|村|社区)|(?:主管|职能|组织|宣传)部门|[\p{Script=Han}]{1,6}?(?:委员会|委会)(?:成员单位)?|[\p{Script=Han}]{0,4}?(?:执法队|中队)|[\p{Script=Han}]{1,4}?(?:办|办公室|站|所|中心))$/u;

/**
 * What a street office or township holds: its communities, villages, grids, teams (各驻村工作队, not
 * 国家电网驻村工作队; 工作组, 工作专班), sections and offices (指挥部办公室), and all its units (各单位, 各级各单位,
 * 各企事业单位, 各企业; not the 施工单位 or 中省驻县单位 it has working there).
 */
const TownshipPartRE =
  /^各[\p{Script=Han}]{0,8}工作队$|^各?(?:包[村片社区]{1,2})?工作组$|^各?网格(?:单位)?$|^(?:各|全体)?[\p{Script=Han}（）()]{0,10}(?:社区|村|村组|村居|中队|执法队|科|科室|所|站|办|办公室|工作专班|专班|部|中心|责任单位|责任主体单位|物业单位|驻区单位|部办|部门|居委|村委|两委|居（村）委|居\(村\)委|卫生院)(?:[（(][\p{Script=Han}、]{1,8}[)）])?$|^各(?:级各|企事业)?单位$|^各企业$/u;

/** 局属各单位, 局机关各科室, (我)局党组, 本局各科室: the bodies of the bureau the report is about. */
const OwnBureauPartRE = /^(?:我|本)?局(?=属|机关|直属|内设|各|党组|党委)/;
/**
 * A level's bureau of the convener's own system, written short (昆明市局, 大理州局, 省局专卖监督管理处 in
 * 云南省烟草专卖局's meeting; 县局 in a city's 税务局 report): the place, then 局, then perhaps a section.
 */
const SystemBureauShortRE =
  /^((?:\p{Script=Han}{2,6}?)?[省市州县区](?:[（(][市县区][)）])?)局(?=$|\p{Script=Han}{2,10}(?:处|科|室|中心|所|队)$)/u;
/** How a place's name ends: its level (云南省, 大理州, 鄞州区). */
const PlaceLevelEndRE = /(?:省|市|州|县|区|盟|旗)$/u;

/**
 * The convener's system: its bureau's name without the places before it (云南省烟草专卖局 → 烟草专卖局,
 * 宁波市鄞州区市场监督管理局 → 市场监督管理局, 市税务局 → 税务局); none for a bureau named without a place, or
 * a branch (长沙市公安局天心分局).
 */
function systemOfBureau(bureau: string): string | undefined {
  const { byForm } = gazetteer();
  const placeLength = (name: string): number => {
    for (let length = Math.min(12, name.length - 2); length >= 2; length -= 1) {
      const form = name.slice(0, length);
      if (PlaceLevelEndRE.test(form) && byForm.has(form)) return length;
    }
    return 0;
  };
  let rest = bureau;
  for (let length = placeLength(rest); length > 0; length = placeLength(rest)) rest = rest.slice(length);
  // (市场监督管理局, 市政管理局: 市 opens a word there, no level.)
  if (rest === bureau) rest = bureau.replace(/^[省市州县区](?![场政容民])/u, "");
  return rest !== bureau && /^\p{Script=Han}{2,10}局$/u.test(rest) && !/[省市州县区]局|分局$/u.test(rest)
    ? rest
    : undefined;
}

/**
 * The sections a bureau holds, written as a kind in its own report: 各科室, 各处室, 业务科室, 各党支部,
 * 直属单位. (A named 交警大队 may be any bureau's; 各乡镇 and 各县区 are places.)
 */
const BureauPartRE =
  /^(?:各|全体|机关|业务|内设)*(?:科室|处室|股室|党支部|直属单位|下属单位|二级单位)$|^各(?:科|处|股|队|大队|中队)$/u;

/** Whose report it is, for the units it writes as its own. */
export interface ReportOwner {
  /** The bureau (as written) a report of its own refers to as 局 (局属各单位 → 市城管局局属各单位). */
  bureau?: string | undefined;
  /** Whether that bureau holds the meeting (so its 各科室 are its own). */
  bureauMeets?: boolean | undefined;
  /** The township or street whose report it is. */
  township?: string | undefined;
  /** Whether that township holds the meeting (so 街道要… is itself); true unless told otherwise. */
  townshipMeets?: boolean | undefined;
  /** Whether the report is a province's own, no city's (its 各部门 are the province's). */
  provinceSpeaks?: boolean | undefined;
}

/** The resolver of a report's units, in its region and as its owner writes them. */
export function unitResolver(
  region: Region,
  { bureau: ownBureau, bureauMeets = false, township, townshipMeets = true, provinceSpeaks = false }: ReportOwner = {},
): UnitResolver {
  const { byForm } = gazetteer();
  // 苍南龙港镇 in 苍南县's report: the town, its county written short before it.
  const countyShort = region.district ? shortName(region.district) : null;
  const ownTownship =
    countyShort && township?.startsWith(countyShort) && township.length > countyShort.length + 1
      ? township.slice(countyShort.length)
      : township;
  const countyOf = (piece: string): Place | undefined =>
    (byForm.get(piece) ?? []).find((place) => place.level === "county" && (!region.city || place.city === region.city));
  // 资源 is a county's short name and an ordinary noun: written bare, it is the noun.
  const isPlace = (piece: string): boolean => countyOf(piece) !== undefined && !isOrdinaryWord(piece);
  const unscoped = new Set<string>();
  // The system whose levels the convening bureau writes short (昆明市局); only in its own meeting, not in a
  // government's that one of its heads attends.
  const ownSystem = bureauMeets && ownBureau ? systemOfBureau(ownBureau) : undefined;
  const canonical = (raw: string): string => {
    // 各社区, 综合行政执法队 in a street office's own report: its communities and its teams.
    // 街道事务科: the office writes itself as 街道.
    // 全镇各村, 全街道各社区: the township's own, as 各村 is.
    const part = raw.replace(/^街道(?=[\p{Script=Han}]{2})/u, "").replace(/^全(?:镇|乡|街道)(?=各)/u, "");
    // (海淀区文明办 opens with its district: a county's body, not the street office's part.)
    const opensWithPlaceName = (): boolean => placesOpening(part, 6).some((place) => place.level !== "province");
    if (
      ownTownship !== undefined &&
      TownshipPartRE.test(part) &&
      // (市场监管所 opens with 市场, not with a city's 市; 市场监管局东城所 is the bureau's.)
      !/^[省市县区](?!场)|街道|镇|乡|局/.test(part) &&
      !opensWithPlaceName()
    )
      return canonicalUnit(ownTownship + part, region).name;
    // 镇综治办, 镇纪委 in a township's own report: the township's own office, as 县 is the county's.
    const ownLevel = /(?:街道|镇|乡)$/u.exec(ownTownship ?? "")?.[0];
    if (
      ownTownship &&
      ownLevel &&
      raw.startsWith(ownLevel) &&
      !raw.startsWith(ownTownship) &&
      // (乡村振兴委员会, 镇江市委员会 open with a word, not with the level.)
      !/^(?:乡村|乡镇|镇江|镇街)/.test(raw) &&
      TownshipOfficeRE.test(raw.slice(ownLevel.length))
    )
      return canonicalUnit(ownTownship + raw.slice(ownLevel.length), region).name;
    // 办事处 in a street's own report: that street's office (东湖街道办事处), no body of its own.
    if (ownTownship?.endsWith("街道") && /^(?:街道)?办事处$|^街道办$/.test(raw))
      return canonicalUnit(`${ownTownship}办事处`, region).name;
    // 本街道 (written 街道要…) in a street's own report: that street.
    const ownLevelWord = OwnLevelMarkerRE.exec(raw)?.[1];
    if (ownLevelWord)
      return townshipMeets && ownTownship?.endsWith(ownLevelWord) ? canonicalUnit(ownTownship, region).name : raw;
    // 房地产开发科 in a bureau's own report: the bureau's section.
    // (四川铁科 opens with a place: a firm's short name, no section.)
    if (
      ownBureau !== undefined &&
      /^[\p{Script=Han}]{2,10}科$/u.test(raw) &&
      !/^[省市县区各]/.test(raw) &&
      !opensWithPlace(raw)
    )
      return canonical(ownBureau) + raw;
    // 各科室, 业务科室 in a bureau's own report: the bureau's.
    // (Only in its own meeting: at a county's meeting a bureau head's presence makes 各党支部 no bureau's.)
    if (bureauMeets && ownBureau !== undefined && BureauPartRE.test(raw)) return canonical(ownBureau) + raw;
    // 局机关各科室 → 市城管局机关各科室; 局属各单位 → 市城管局局属各单位, as both are written.
    // 昆明市局 → 昆明市烟草专卖局 in the province's tobacco bureau's meeting.
    const written =
      ownBureau && OwnBureauPartRE.test(raw)
        ? ownBureau + raw.replace(/^(?:我|本)(?=局)/, "").replace(/^局(?=机关|党组|党委|各)/, "")
        : ownSystem
          ? raw.replace(SystemBureauShortRE, `$1${ownSystem}`)
          : raw;
    const { name, scoped } = canonicalUnit(countyOf(written)?.name ?? written, region);
    // 各市州、各部门 in a province's own report: the province's (its towns and villages are some county's).
    if (!scoped && provinceSpeaks && region.province && /^各(?!乡|镇|街道|村|社区|苏木|嘎查)/.test(name))
      return region.province + name;
    if (!scoped) unscoped.add(name);
    return name;
  };
  // 宝山要抓好…in 宝山区's own report: the report's own place is its region, not a unit of it.
  const ownPlace = (name: string): boolean => name === region.district || name === region.city;
  const unitsOf = (sentence: string, { attendance = false } = {}): string[] =>
    findUnits(sentence, { attendance, isPlace })
      // 全镇各村 in a county's report: some town's villages, which town it does not say.
      .filter((name) => ownTownship !== undefined || !/^全(?:镇|乡|街道)各/.test(name))
      .map(canonical)
      // (本镇 left unresolved: no township of the report's own to name.)
      .filter((name) => !ownPlace(name) && !OwnLevelMarkerRE.test(name));
  return {
    canonical,
    isPlace,
    unitsOf,
    unitsOpening: (passage) => [
      ...new Set(
        unitsOpening(passage, isPlace)
          .map(canonical)
          .filter((name) => !OwnLevelMarkerRE.test(name)),
      ),
    ],
    unscoped,
  };
}
