import type { Leader } from "../../schemas/report";
import surnamesData from "../../../content/taxonomy/surnames.json" with { type: "json" };
import { gazetteer } from "./gazetteer";
import { isSingleWord, tagWords, wordRarity } from "./segmenter";

/**
 * Leaders and what they did. A title precedes the name (市委书记江凌, 市委常委、宣传部长王少青) or,
 * in Taiwanese and Hong Kong texts, follows it (黃偉哲市長, 民政局顏振標局長); a bare list before
 * 出席/参加 names leaders whose titles come elsewhere or not at all; a title followed by a list
 * (副市长王宏武、李杰出席) gives all of them that title. What follows a title is a name only when it
 * reads as one: a Chinese surname (content/taxonomy/surnames.json) and one or two more characters
 * that jieba does not know as an ordinary word (市长很满意, 主任说, 市长提示 name no one). Reporters,
 * editors and quoted citizens are not leaders. Works on simplified text.
 */

/**
 * A character of a body's name in a free run: never 等, nor a 及 right after an office and a name (主席贺一诚及
 * 终审法院院长: two people; 教育及青年发展局 is one body).
 */
const BODY_CHAR = String.raw`(?:(?!等|(?<=(?:长|记|任|员|席|官)[\p{Script=Han}]{2,3})及)[\p{Script=Han}])`;
/**
 * What 里 closes when it means "in" (这里, 村里, 心里) or a length (公里), not a Taiwanese 里 (国魂里长 is the
 * 国魂里's chief, its 里 named in two characters): 在这里长谈, 村里长时间走访 name no 里长.
 */
/**
 * A character of a centre's or an association's name, which runs long: never over 在, 的 or another's office
 * (市长王强在市疾病预防控制中心主任赵丽的陪同下: the centre is 市疾病预防控制中心, not from 市长 on).
 */
const NAMED_BODY_CHAR = String.raw`(?:(?![在的等及]|[省市区县镇乡]长|书记|主任|局长|部长|主席|处长|院长|会长)[\p{Script=Han}])`;
const LOCATIVE_BEFORE_LI = "[这那哪心家村城县河湖乡镇市区省屋院山田水手夜梦眼社邻公千万海沟塘道子地林]";
/** What grows somewhere (水沟里长满杂草, 地里长出庄稼): 长 as a verb, no 里长. */
const LI_GROWS = "[满出大成高得了着]";
/**
 * Bodies an office belongs to (自治区主席: an autonomous region's government, as 省长 is a province's). A body's
 * free run of characters never crosses 等 (县长焦雅吉等县委常委出席: a name, then the body of the others).
 */
const BODY = `(?:(?:香港|澳门)?特区政府|自治[区州县](?:人民政府|政府|党委|人大常委会|政协)?|[\\p{Script=Han}]{2}[区县](?:(?![和与及])[\\p{Script=Han}]){2,3}(?:街道办事处|街道办|街道)(?:党工委)?|省委|市委|区委|县委|旗委|州委|盟委|镇委|乡党委|党工委|区党工委|[省市区县旗州]人民政府|市政府|区政府|县政府|旗政府|州政府|省政府|[省市区县旗州]?人大常委会|市政协|县政协|区政协|旗政协|州政协|政协|纪委|监委|管委会|政法委|宣传部|组织部|统战部|组织宣传统战部|${BODY_CHAR}{0,6}(?:委|办|部|处|公司|总工会|防指|法院|检察院)|(?:(?![各与和及的了召主听])[\\p{Script=Han}]){0,8}?(?:银行|分行|支行|农商行|农发行)(?=(?:副|执行)?行长)|${NAMED_BODY_CHAR}{2,12}中心(?:党委|党组)?|${NAMED_BODY_CHAR}{1,8}(?:协会|学会|商会|爱卫会|联合会|工会|红十字会)|(?:${BODY_CHAR}{1,6}部)?${BODY_CHAR}{0,8}(?:局|厅|署|指挥部)|[\\p{Script=Han}]{2,10}(?:管委会|委员会)|[\\p{Script=Han}]{2,4}(?=局长|处长|署长|课长)|(?:(?![在到赴来去于同])[\\p{Script=Han}]){2}(?<!${LOCATIVE_BEFORE_LI})(?=里长(?!${LI_GROWS})))?`;
/** Offices, longest first so 副书记 is not read as 书记. */
const OFFICE = `(?:行政长官|特首|海关关长|副关长|副总河长|总河长|(?<=关)关长|(?<=行|、)(?:副|执行)?行长(?![期远久])|主任秘书|常务副部长|常务副主任|常务副局长|常务副秘书长|(?<=会)副?会长|专门委员|市长助理|县长助理|区长助理|州长助理|常务副主席|常务副省长|常务副市长|常务副区长|常务副县长|常务副旗长|常务副州长|副秘书长|副总经理|总经理|党组成员|党组副书记|副市长|副区长|副县长|副旗长|副州长|副盟长|副镇长|副省长|副书记|副主任|副部长|副主席|副局长|副厅长|副处长|副署长|副检察长|代理市长|代理县长|代理区长|代理局长|代理处长|代理主任|代理主席|代理省长|代主席|代市长|代区长|代县长|代旗长|代州长|代省长|市长|区长|县长|旗长|州长|盟长|镇长|乡长|(?:(?<=^|[，,。；;、：:\\s（(]|苏木|嘎查|兼)(?:副苏木达|苏木达|嘎查达)(?!成|到|标))|省长|书记|主任|部长|主席|局长|厅长|处长|课长(?!达|期|久)|(?<=、)\\p{Script=Han}{2,4}?科长(?![\\s期远久效])|(?<!${LOCATIVE_BEFORE_LI})里长(?!${LI_GROWS})|署长|检察长|秘书长|委员|常委|党组书记|政委|总队长|支队长|大队长|中队长|队长|组织委员|宣传委员|纪检委员|统战委员|政法委员|武装部长|人武部长(?!期|远|久|效)|派出所所长|派出所长(?!江|城|沙|春|期)|市委常委|区委常委|县委常委|宣传部长|组织部长|统战部长|董事长|[一二三四]级调研员|[一二]级巡视员|[一二三四]级主任科员|[正副]?(?:县|处|厅|局)级(?:领导)?干部|(?<=政府|人大|政协|委|局|厅)(?:副调研员|调研员|副巡视员|巡视员)|(?<=政府)(?:[正副]?[省市县区厅局处]级)?咨询员|(?<=党委|党组|党工委)(?:主要)?负责人|(?<![原前])国务院副总理(?!事)|(?<![原前]|国务院)副总理(?!事)|国务委员|副司令员|司令员|(?<=公署|外交部)特派员|副总指挥|总指挥|副指挥长|指挥长|副执行长|执行长|总经济师|总工程师|总会计师|总规划师|新闻发言人|发言人|副组长|组长|(?:政务|财政|律政|经济财政|社会文化|行政法务|运输工务|保安)司?司长|副司长|司长|指挥官|参议|参事|技监|审计长|廉政专员|(?<=行署|行政公署|特派|民政事务)专员|(?<=法院)(?:副院长|院长))`;
/** 镇长候选人: the office someone is nominated for, before the election makes it theirs. */
const TITLE = `${BODY}${OFFICE}(?:候选人|提名人选)?`;
/** A title chain: 区党工委委员、组织宣传统战部部长; a bracketed remark may follow (副总经理（主持工作）). */
const TitleChainRE = new RegExp(`((?:${TITLE}(?:[(（][^)）]{1,8}[)）])?[、，,]?[ \\t\u3000]?){1,4})`, "u");
/** A candidate name: two to four Han characters; nameIn decides how many of them are the name. */
const CANDIDATE = "(?=([\\p{Script=Han}]{2,6}))";
const TitledNameRE = new RegExp(`${TitleChainRE.source}${CANDIDATE}`, "gu");
/**
 * 黄伟哲市长, 民政局颜振标局长, 澎湖县政府陈晶卉参议, 管制中心段延昌科长, 戴谦副市长, 10月7日李扬镇长, 受龚向东局长委托: a name before its office, after a boundary, a date or
 * a body (not an office's body, 县长办公会; 王强县长在会上 is the man). A section head is named so, or in a
 * list of titled names (…处长廖复山、渔业科长许家豪; 联系人：信息科科长刘某 is a contact line's).
 */
const NameTitleRE = new RegExp(
  `(?:^|[\\s，,。；;、：:（(“”「」]|(?<=\\d日)|由|经|请|与|和|及|向|受|陪同|(?<body>[\\p{Script=Han}]{1,6}(?:局|处|署|委|办|部|厅|室|政府|中心|政协|人大|总队|支队|大队)))(?<name>(?![由经请与和及向受陪])[\\p{Script=Han}]{2,4}?)(?<![科股室])(?<office>${OFFICE}|副?科长)(?!(?!在会)[\\p{Script=Han}]{0,1}(?:室|办|会|局|处|府))`,
  "gu",
);
/** The words of a sentence before a body's level that a name-after-body match took: 会议由(县政协). */
const SentenceBeforeBodyRE = /^\p{Script=Han}*?(?:由|经|请|向|受|陪同|和|与|及)(?=[省市区县州旗镇乡])/u;
/** A body, then a person who reports for it: 农建办程建通报下乡督查的情况. */
const BodyOfficerReportsRE =
  /(?<=^|[，,。；;、：:\s])([\p{Script=Han}]{1,10}?(?:局|处|署|委|办|部|厅|室|中心|站|所|队))((?![向就对在把将为与和及由])[\p{Script=Han}]{2,3}?)(?<!长|主任|书记)(?=(?:同志)?(?:通报|汇报|介绍|宣读)(?!会(?!议)))/gu;
/** The bodies whose leaders are named as one (县委领导, 县政府领导, 县四家领导, 县四大班子领导). */
const LEADERSHIP_BODY = "(?:委|政府|人大|政协|指挥部|四家|四大班子)";
/** The level or street whose leaders a list names: 县领导, 县委领导, 市政府领导, 街道领导. */
const LEADERS_OF = `(?:[省市区县旗州盟镇乡]{1,2}${LEADERSHIP_BODY}?|街道)`;
/**
 * 江凌、徐衣显、李保国、孙延文出席; …等县领导出席; …等县政府常务会组成成员出席; …等领导应邀列席; …等在家的县四家领导到
 * 林场参加植树.
 */
const BareListRE = new RegExp(
  String.raw`(?:(?<!\p{Script=Han})|(?<=(?:主任|局长|书记|主席|市长|县长|区长)[\p{Script=Han}]{2,3}[和及]))((?:[\p{Script=Han}]{2,3}、)+[\p{Script=Han}]{2,3}?)(?:等(?:[^、，,。\s]{1,4}的)?)?(?:(${LEADERS_OF}(?:领导|[\p{Script=Han}]{0,8}?(?:组成成员|组成人员|班子成员)))|领导)?(?:同志)?(?:应邀)?(?:(?<=领导(?:同志)?)到[^，,。；;]{2,24}?)?(?:出席|参加|列席)`,
  "gu",
);
/** One name before 等领导 attending: 方浩轩等领导参加, 李明等县领导出席 (the others unnamed). */
const LoneNameLeadersRE = new RegExp(
  String.raw`(?<!\p{Script=Han})(\p{Script=Han}{2,3}?)等(?:(${LEADERS_OF}领导)|领导)(?:同志)?(?:一同|一起|也)?(?:出席|参加|列席)`,
  "gu",
);
/** A collective title over a list of names: 县领导, 市政府领导, 街道领导, 分管农业农村工作的领导, and a task force's (县工作专班, 市督导组). */
const GROUP_TITLE = `(?:(?:[省市区县旗州盟镇乡]${LEADERSHIP_BODY}?|街道|局)领导|(?:分管|主管)[^，,。；;、]{2,16}?的(?:[省市区县])?领导|[省市区县旗州盟](?:委|政府)?(?:工作专班|专班|督导组|督查组|指导组))`;
/**
 * A listed name, never the next list's title (市领导：陈涛、赵鹏，县领导：王五) nor the bodies after the names
 * (…牛晓辙,各镇及有关部门负责人参加).
 */
const LISTED_NAME = `(?!${GROUP_TITLE}|各|有关|相关)[\\p{Script=Han}]{2,3}`;
/** A body opening a later item of such a list, the title of the names after it (县开发区管委会谷九江、王温波). */
const BODY_BEFORE_NAMES = String.raw`(?:(?![及和与等])\p{Script=Han}){2,20}?(?:管委会|委员会|人民政府|政府|局|委|办|中心|公司|集团|街道|镇|乡)`;
/** A body, then a name, as one item of a list of leaders: 县经济技术开发区管委会谷九江. */
const BodyThenNameRE = new RegExp(`^(${BODY_BEFORE_NAMES})(\\p{Script=Han}{2,3})$`, "u");
/**
 * Names listed under a collective title (县领导张俊义、马昊莹…, 县政府领导晏莉、廖华波…, 区领导张林参加, 区领导刘朝煜、雷云峰一同参加, 市领导:徐华水、…) or in a record's 出席 field
 * (出席：黄一平、王玉芬…): each a leader, with that title, or attending; the list ends before the bodies
 * that come with it (崔志刚及有关部门单位负责人参加, 姜永斌及常务会成员单位负责人出席) or where they met
 * (县指挥部领导马良泉、赵鹏在指挥部召开碰头会).
 */
const GroupListRE = new RegExp(
  `(?:(${GROUP_TITLE})\\s*[:：]?|出席(?:人员)?\\s*[:：])\\s*((?:(?:${BODY_BEFORE_NAMES})?${LISTED_NAME}[、，,]\\s*)*(?:(?:${BODY_BEFORE_NAMES})?${LISTED_NAME})?)(?=[^\\p{Script=Han}]|$|等?(?:同志)?(?:一同|一起|共同|也|亦)?(?:出席|参加|列席|参会|与会|到会)|(?:同志)?(?:主持|致辞)|(?:及|和|以及|与)(?:各|有关|相关|[\\p{Script=Han}、]{2,80}?(?:单位|部门)的?(?:主要)?(?:负责人|负责同志))|在[^，,。；;]{1,16}?(?:召开|主持|举行))`,
  "gu",
);
/**
 * 率 leading people or bodies (率队, 率领, 率县直有关部门负责人…, 率县发改局、县住建局到…), not the rate a list of
 * titled names runs into (…办事效率有待提高, 债务率控制在…) nor 率先.
 */
const LEADS_PARTY = String.raw`率(?:领|队|(?=[^，,。；;]{1,30}?(?:负责人|负责同志|同志|人员|干部|成员|专家|代表团|考察团|调研组|工作组|一行|局|办|委|部门|单位|前往|赴|深入|来到|(?<![达得收遇])到|(?<![相面针])对)))`;
/** Coming to the site or the ceremony, to attend (莅临现场表示祝贺), not to inspect or visit (莅临现场督导). */
const CAME_TO_ATTEND = "莅临(?:现场|会议|会场|仪式|典礼|活动)(?!督导|慰问|调研|检查|指导|视察|考察)";
/**
 * Roles, the most distinctive first: a chair who also speaks is the chair; a leader at the head of
 * units (率县水务局…, 郭创峰一行) leads though he speaks on site; one who inspects, then speaks, spoke.
 */
const ROLE_PATTERNS: [string, RegExp][] = [
  // 受龚向东局长委托，…副局长主持: who delegated the meeting, not its chair.
  ["委托", /^委托/],
  // 苏振在行政中心A区六楼政府常务会议室主持召开…: the room where the chair sat may stand between; who 昨召开 a
  // meeting chairs it (not 在讲话中要求
  // 各乡镇党委书记亲自主持…, 在市长王刚主持召开的…上: another's chair).
  [
    "主持",
    /^.{0,6}(?:主持|召集)|^[先又]?于?(?:昨日?|今日?|当日|近日|日前|上午|下午)?召开(?!的)|^在[^，,。；;主召的]{1,30}?(?:室|厅|楼|堂|中心|宾馆|酒店|现场|基地)(?:主持|召集)(?:召开|会议|了)/,
  ],
  // (县委书记王和相、县长袁文林二同志率…: the count of those leading may stand between.)
  ["带队", /^(?:[二两三四五六]位?)?.{0,2}(?:率(?!先)|一行)/],
  // 报告指出: the report is the act, 指出 only how it is told.
  ["通报", /^.{0,2}(?:通报|报告|汇报)/],
  // 发言人杨宝桢：针对…: the colon opens what the person said (副县长李四：负责教育… lists duties).
  [
    "讲话",
    // (…等莅临会议，王军在讲话中强调: another's speech after those who came.)
    /^(?!(?:等[^，,。；;]{0,6})?莅临[^，,。；;]*[，,])(?:[:：](?!$|\s*(?:负责|分管|主持|协助|联系))|.{0,12}(?:讲话|(?<!表态|交流)发言|强调|指出|要求|(?<!莅临[^，,。；;]{0,4})表示|提出|指示|呼吁|致词|致辞|重申|透露)|肯定了)/,
  ],
  // 传达了…会议精神，并要求…; 传达…精神，对…进行了布置和安排: who relays a meeting and goes on to order speaks or deploys.
  ["讲话", /^传达[^。；;]{0,50}?[，,]\s*(?:并|同时)?(?:要求|强调|指出|提出)/],
  ["部署", /^传达[^。；;]{0,50}?[，,]\s*(?:并|同时)?(?:对|就)[^。；;，,]{0,24}?(?:部署|安排|布置)/],
  // 调度 the work, not a 调度会 or 调度中心 where one sits.
  ["部署", /^.{0,16}(?:部署|安排|调度(?![会中视指室平]))/],
  // 就有关事项做了通报: the topic may stand between the name and its report.
  ["通报", /^.{0,6}(?:通报|报告|汇报)|^就[^，,。；;]{0,12}?[作做]了?(?:通报|报告|汇报)/],
  ["带队", /^.{0,10}(?:带队|率队|率领|视察|考察|现勘|检查)/],
  // (列席, sitting in without a vote, is attending; 姜永斌及常务会成员单位负责人出席: with those who came; …潘义等领导
  // 莅临现场表示祝贺: coming to the site, whatever greetings follow.)
  [
    "出席",
    new RegExp(
      String.raw`^.{0,10}(?:出席|参加|列席|参会|到场|与会|到会|参与(?=[，,。；;]|会议)|${CAME_TO_ATTEND})|^等[\p{Script=Han}]{2,14}?(?:出席|参加|列席)|^(?:及|和|以及)[^，,。；;]{2,20}?(?:负责人|负责同志|同志)等?(?:出席|参加|列席)`,
      "u",
    ),
  ],
];
/**
 * Between a name and its verb there may be only more titled names: 市长丁福浩，副市长王宏武出席 (not a clause
 * about one of them: …刘洋在防汛工作中履职不力被问责的情况, …马强关于…的汇报).
 */
const namesBetween = (except: string): string =>
  String.raw`^(?:[、，,]\s*(?:(?!${except})(?![的在被对])[\p{Script=Han}、]){2,30}){1,6}?`;
const NOT_BETWEEN = "出席|参加|列席|参与|参会|主持|讲话|应邀|受邀|关于";
const ListTailRE = new RegExp(
  `${namesBetween(NOT_BETWEEN)}(?=(?:应邀|受邀)?(?:出席|参加|列席|参会|参与[，,。；;]|主持|讲话)|等[\\p{Script=Han}]{0,6}?${CAME_TO_ATTEND})`,
  "u",
);
/**
 * Leaders named in a row before 率 or 一行 all lead (县委书记王和相、县长袁文林二同志率…), not those who receive a party
 * another leads (陪同…考察团一行, 会见…一行, 与…一行座谈); 陪同调研或出席 among attendants is attending.
 */
const LeadingListTailRE = new RegExp(
  `${namesBetween(`${NOT_BETWEEN}|陪同|随同|会见|接待|欢迎|迎接|看望|慰问|[与向](?=[^，,。；;]{1,20}?一行)`)}(?=${LEADS_PARTY}|一行)`,
  "u",
);
/** Names in a byline or editor line are not leaders; the line ends there (何高禄摄, then a new paragraph). */
const NonLeaderContextRE =
  /(?:记者|通讯员|编辑|责编|摄影|摄|撰稿|供稿|发稿人员?|联络人|联系人)[ \t\u3000]*[\p{Script=Han} \t\u3000·、]*$/u;
/**
 * 前 or 前任 (former) right before an office, standing alone (，前市长; 的前市长; 对于前县长); not 汛前, 会前, 日前
 * (earlier).
 */
const FormerHolderRE = /(?:^|[^\p{Script=Han}]|的|对于|关于|由于|与|和|及)前$|前任$/u;
/** A registered firm's name, then its executive's title: …新能源科技有限公司总经理. */
const FirmExecutiveRE = /有限(?:责任)?公司(?:党委)?(?:副?总经理|董事长|副?总裁|经理)$/u;
/**
 * A person the meeting studied rather than one who acted in it: 学习了…廖俊波同志先进事迹, 传达学习了
 * …张云龙在…会议上的讲话 (a speech given elsewhere). Relayed instructions (传达了…的指示精神) still count.
 */
const StudiedBeforeRE = /学习(?:了|贯彻)?[^。；;，,\n]{0,30}$/u;

/** Surnames that are, far more often, a word opening a clause: 于, 原 (former), 向, 任, 和, 经, 从 … */
const ClauseOpeningSurnameRE = /^[于原向任和及与经从自将对在为由把被让给同共全各每本该此其这那时]$/u;

/** Characters that never stand in a personal name here: verbs, particles and office words after a title. */
const NotInNameRE =
  /[的了在是和与及将已对就也都还又说称表要很更均亦并则为被把让给到等率带携出席主持讲话副记委员局处部市区县省镇乡村致提指呼召听视考网党按]/;
/** A meeting held every week (周例会, 周调度, 周碰头会), which opens with a surname (周会, 周会商 may be names). */
const WeeklyMeetingRE = /^周(?:例会|调度|碰头|办公会|工作会)/;
/** Words that open with a surname but are no name (高度, 全面; 任组长, serving as a group's head) that jieba may not tag. */
const NotNameRE = /^(?:任副?组|同志|领导|主要|相关|分管|班子|成员|负责|等人|会议|全体|各级|我们|大家|本人|一行)/;

/**
 * 县长施政总报告 (or a typo's 施政繌报告), 市长施政理念: 施政 (governing), which jieba tags a name, opening what the office
 * presents (副区长施政出席, 副县长施政作报告 are a 施).
 */
const GoverningWordRE = /^施政(?:(?![作做在向])\p{Script=Han})?(?:报告|方针|理念|纲领|满意度|质询)/u;

/** A given name after its surname's office (林县长姿妙,), closed by a pause or what its holder does. */
const GivenNameAfterOfficeRE = /^\p{Script=Han}{2}(?=[，,、：:\s)）]|出席|主持|讲话|强调|指出|表示|指示)/u;
/** The same after 由, where only a chair or a speaker is named so (由林县长姿妙主持). */
const ChairedGivenNameRE = /^\p{Script=Han}{2}(?=主持|出席|讲话|致辞|带队)/u;

/** Single-character surnames, the taxonomy's list: what opens a person's name in a list or before a place's name. */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(surnamesData.single);
const COMPOUND_SURNAMES = new Set(surnamesData.compound);

/** The surname a candidate starts with, compound ones first; null when it starts with none. */
export function surnameOf(candidate: string): string | null {
  if (COMPOUND_SURNAMES.has(candidate.slice(0, 2))) return candidate.slice(0, 2);
  return SINGLE_SURNAMES.has(candidate.slice(0, 1)) ? candidate.slice(0, 1) : null;
}

/** True when jieba knows a string as one ordinary word (分别, 指出), not as a name, a proper noun (申文 in 申文霞) or an unknown. */
function isKnownWord(text: string): boolean {
  return isSingleWord(text, /^(?:nr|nz|ns|x)/);
}

/** True when a string reads as a personal name: surname, one or two more characters, no ordinary word. */
export function isPlausibleName(name: string): boolean {
  const surname = surnameOf(name);
  if (!surname) return false;
  // 高度重视, 全面推进: a surname that opens an ordinary word (高度, 全面) is no surname here.
  if (surname.length === 1 && isKnownWord(name.slice(0, 2))) return false;
  // 别 opens a prohibition far more often than a name (市长别再拖延): only one jieba reads as a name.
  if (surname === "别" && tagWords(name)[0]?.tag !== "nr") return false;
  return hasGivenName(name, surname);
}

/**
 * A name right before its office (林政则市长) is bounded on both sides, so 则, which after a title mostly
 * means "then" (市长王强则表示), may end its given name.
 */
function plausibleBeforeOffice(name: string): boolean {
  return isPlausibleName(name) || (/^.{2}则$/u.test(name) && isPlausibleName(name.slice(0, 2)));
}

/** One or two characters after the surname that may be a given name, the whole not one ordinary word. */
function hasGivenName(name: string, surname: string): boolean {
  const given = name.slice(surname.length);
  // 仇和, 丁和顺: 和 right after a surname joins no two names (a surname alone is none), so it is a given name's.
  if (given.length < 1 || given.length > 2 || NotInNameRE.test(given.replace(/^和/, "")) || NotNameRE.test(name))
    return false;
  // jieba knows 高度, 全面, 王府 as words of their own; an unknown or name-tagged string may be a name.
  return !isSingleWord(name, /^(?:nr|x)/);
}

/**
 * Bodies named after a place, a project or a task: 徐宝工作组, 城南指挥部, 包片科室; and streets (沙依巴克区长江路
 * 街道 is no 区长 named 江路).
 */
const BodyAfterNameRE = /^(?:工作组|工作专班|专班|领导小组|指挥部|工作队|项目部|科室|部门|街道|社区)/;
/**
 * 市長於會議中指示, 局长于会上强调, 市長於本(九十二)年…巡視, 行政長官於行政會議前會見傳媒: 于 opens where or
 * when the office acted, not a name.
 */
const PrepositionPhraseRE =
  /^于(?:(?:(?!在)\p{Script=Han}){0,8}?(?:会议|典礼|仪式)[中上后前时]|会议?[中上后时]|会[中上后前]|现场|日前|近日|[今昨本明当]日|[今昨明当]天|上午|下午|晚上|本(?:$|人|[年月周次]))/u;

/** How rare (jieba's IDF) an adjective must be to stand for a name: 强健 9.3, against 连续 5.2, 严肃 7.3. */
const RARE_WORD = 9;

/** Nouns that say how or when, not who: 县长常规主持会议, 书记常态化在村调研. */
const HabitualWordRE = /^(?:常规|常态|日常|平常|平时|经常|长期|定期|临时|同时|届时|全程|现场|当场|实地|线上|线下)/;
/** What only a person right after a title does: comes with a party (一行), chairs, speaks somewhere. */
const NameBoundSlotRE =
  /^(?:一行|同志|主持(?:召开|会议)|(?:在|于)[^，,。；;]{1,12}?(?:主持|讲话|强调|指出|调研|召开|出席))/u;

/**
 * What a name does right after it: 任组长 (serves as), 赴 (goes to), 因公 (on duty), 作重要讲话, 作了发言, 参加调研,
 * 总结上半年工作.
 */
const VerbAfterNameRE =
  /^(?:参加|出席|列席|陪同|汇报|介绍|通报|传达|宣读|总结|任(?:常务)?副?(?:组长|主任|书记|指挥长|总指挥|队长|召集人)|赴|因(?:公|事|病|故)|[作做]了|作(?:重要|动员|总结|专题|题为|表态|典型|交流)|作(?:工作)?(?:讲|发|报|部|汇|说明|点评))/;

/** 向 turning to whom a leader speaks or gives: 向大会…表示祝贺, 向与会人员通报, 向获奖单位颁发. */
const ToWhomRE =
  /^向(?![作做]|同志)[^，,。；;！？]{1,24}?(?:表示|致以|致谢|致敬|汇报|报告|介绍|颁发|赠送|通报|转达|传达|提出|发出)/u;

/**
 * The name at the start of what follows a title (up to six characters): three characters when
 * they make a plausible name, unless the third begins a word the rest does not continue from
 * (梁栋分别主持 → 梁栋; 范付中指出 → 范付中, since 指出 follows), else two. `context` is the text from
 * the same point on, past the six characters, for what the name does.
 */
export function nameIn(text: string, context = text): string | null {
  // The name ends where the Han characters do (江凌、市长…); what follows only helps decide.
  const following = /^\p{Script=Han}*/u.exec(text)?.[0] ?? "";
  // 办公室主任和丽萍同志主持: 和 is also a surname (common in Yunnan). Right after a title and closed by a form of
  // address, with no surname of its own after it, it opens the name: a conjunction would join the title's
  // holder to someone named in full (县长和王强同志, 主任和小刘同志 are two people).
  const heNamed = /^和\p{Script=Han}{1,2}(?=同志(?!们))/u.exec(following)?.[0];
  const given = heNamed?.slice(1) ?? "";
  if (heNamed && hasGivenName(heNamed, "和") && !isKnownWord(given) && !surnameOf(given) && !/^[小老]/.test(given))
    return heNamed;
  const surname = surnameOf(following);
  // (县长周例会, 市长周调度会: the office's weekly meeting, not a 周.)
  if (!surname || PrepositionPhraseRE.test(following) || WeeklyMeetingRE.test(following)) return null;
  const short = following.slice(0, surname.length + 1);
  const long = following.slice(0, surname.length + 2);
  const rest = following.slice(long.length);
  // 副秘书长、徐宝工作组组长张宗强: a place's short name opening a body (徐宝工作组) is no name.
  if (BodyAfterNameRE.test(following.slice(short.length))) return null;
  // 戴斌同志: the form of address ends the name.
  if (following.startsWith("同志", short.length) && isPlausibleName(short)) return short;
  // 李强任组长, 刘伟赴城关镇, 陈静因公: a verb after a two-character name, not its third character.
  if (VerbAfterNameRE.test(following.slice(short.length)) && isPlausibleName(short)) return short;
  // 市长李强于今日召开, 县长王安于会上讲话: 于 (at) opening a phrase of time or place after a two-character name.
  if (PrepositionPhraseRE.test(context.slice(short.length)) && isPlausibleName(short)) return short;
  // 蔡昉向大会的圆满成功…表示祝贺, 李强向与会人员通报: 向 there turns to whom the leader speaks.
  if (ToWhomRE.test(context.slice(short.length)) && isPlausibleName(short)) return short;
  // 部长田瑞第三次到…: an ordinal count after a two-character name, not its third character.
  if (/^第[一二三四五六七八九十两\d]{1,3}[次批回]/.test(following.slice(short.length)) && isPlausibleName(short))
    return short;
  // 李主任秘书国荣再继续追踪: 再 closing three characters is the adverb after a two-character name (刘再复 keeps it).
  if (long.length === surname.length + 2 && long.endsWith("再") && isPlausibleName(short)) return short;
  const wordAfterShort = isKnownWord(following.slice(short.length, short.length + 2));
  // A single character left before punctuation (吴迪参加。 read as 吴迪参 + 加) is no word of its own.
  const cutByPunctuation = following.length < text.length;
  const wordAfterLong = rest.length >= 2 ? isKnownWord(rest.slice(0, 2)) : rest.length === 0 || !cutByPunctuation;
  // 书记钟利贵在…会议上: a name's 在 (at) after three characters, not a word (贵在) after two. An adverb of
  // 在 after two characters (王刚正在, 王强现在, 李明仍在) is none of the name.
  const adverbOfAt = /^在/.test(rest) && /[正现仍曾尚早实再只]/.test(long.at(-1) ?? "");
  const atAfterLong = /^在/.test(rest) && !adverbOfAt && !NotInNameRE.test(long.at(-1) ?? "");
  // 市长高虹安于市务会议中: so is a name's 于 (at) phrase after three characters, not a word (安于) after two.
  // (王强先于上午召开: an adverb before the phrase is none of the name.)
  const atPhraseAfterLong =
    PrepositionPhraseRE.test(context.slice(long.length)) && !/[先曾已又也还再均都亦则正将分]/.test(long.at(-1) ?? "");
  if (
    long.length === surname.length + 2 &&
    isPlausibleName(long) &&
    !adverbOfAt &&
    (!(wordAfterShort && !wordAfterLong) || atAfterLong || atPhraseAfterLong)
  )
    return long;
  // 市委书记千军昌作重要讲话, 副市长高中印等出席: a surname and given name that open an ordinary word
  // (千军, 高中) are still a name where a name's verb follows at once.
  const slotFollows = rest === "" ? cutByPunctuation : NameSlotAfterRE.test(rest);
  if (long.length === surname.length + 2 && slotFollows && hasGivenName(long, surname)) return long;
  // 为 in a name, though it is mostly a verb ("for"), where what follows is a name's: 县长张为民主持,
  // 主任秘书翁廷为、参议…, 副市长李为出席, 局长孙为在会上讲话. Not after an adverb that is also a surname
  // (书记曾为此作出批示, 县长常为民作主), nor with 为's object (王为主持人颁奖, 曾为此).
  if (!/^[曾常]$/.test(surname)) {
    const isLong = long.length === surname.length + 2;
    const lastOfLong = long.at(-1) ?? "";
    if (
      isLong &&
      long[surname.length] === "为" &&
      !/[此其之人]/.test(lastOfLong) &&
      !NotInNameRE.test(lastOfLong) &&
      (slotFollows || NameBoundSlotRE.test(context.slice(long.length)))
    )
      return long;
    const separatorFollows = (name: string): boolean =>
      following === name && /^[、，,]/.test(text.slice(following.length));
    // 代县长陈大为等在家县委常委参加, 县长陈大为主持: 为 closing a name a name's verb follows, as a word
    // of its own and not the start of 为's object (刘军为就业困难人员, 王刚为作出贡献的, 李明为参加比赛的选手).
    if (
      isLong &&
      long.endsWith("为") &&
      (separatorFollows(long) ||
        (slotFollows &&
          NameSlotWordRE.test(tagWords(rest)[0]?.word ?? "") &&
          !/^主持人/.test(rest) &&
          !/^[^，,。；;]*的/.test(context.slice(long.length)))) &&
      !NotInNameRE.test(long.slice(surname.length, -1))
    )
      return long;
    const afterShort = following.slice(short.length);
    if (
      short.length === surname.length + 1 &&
      short.endsWith("为") &&
      (separatorFollows(short) ||
        (afterShort !== "" && NameSlotAfterRE.test(afterShort) && !/^主持人/.test(afterShort)) ||
        NameBoundSlotRE.test(context.slice(short.length)))
    )
      return short;
  }
  // 区委副书记洪流一行, 工委书记舒展主持会议, 书记武学德在会议室主持…: between a title and what only a person
  // does (一行, 主持召开, 在…主持), a name that is also a noun (洪流, 舒展; 武学 opens 武学德) is a name, and so
  // is a rare adjective (县长强健在…主持召开). (Not an adverb, an everyday adjective or a time: 书记专门主持,
  // 区长连续在基层调研, 县长平时在乡镇调研, 县长常规主持会议.)
  for (const candidate of [long, short]) {
    const given = candidate.slice(surname.length);
    if (given.length < 1 || NotInNameRE.test(given) || NotNameRE.test(candidate)) continue;
    if (!NameBoundSlotRE.test(context.slice(candidate.length))) continue;
    const words = tagWords(candidate);
    const rareAdjective = words.length === 1 && words[0]?.tag === "a" && (wordRarity(candidate) ?? 0) >= RARE_WORD;
    if (!(rareAdjective || words.every(({ tag }) => /^(?:n|vn|x)/.test(tag))) || HabitualWordRE.test(candidate))
      continue;
    return candidate;
  }
  // 仇和, 王和 are names; 书记常和村民拉家常, 曾和群众一起 are an adverb (常 "often", 曾 "once") and
  // 和 "with", unless the name stands alone or a name's verb follows it.
  const withWhom =
    /^[常曾]和$/.test(short) &&
    !(rest === ""
      ? cutByPunctuation
      : /^(?:在|致|说|表示|等)/.test(following.slice(short.length)) ||
        NameSlotAfterRE.test(following.slice(short.length)));
  return short.length === surname.length + 1 && isPlausibleName(short) && !withWhom ? short : null;
}

/**
 * 李天明强调, … 同时，李天明要求: a name that opens a directive's clause, with no title anywhere (a page cut
 * before the lead that gave it). Once may be anyone quoted; twice, or once beside the party the name heads, is
 * the meeting's voice.
 */
const UntitledSpeakerRE = /(?<=^|[。；;，,：:\n])(\p{Script=Han}{2,3})(?=强调|要求|指出)/gu;
/** The same name heading a visiting party (张博一行到我县检查…): a leader when the text also quotes the name speaking. */
const UntitledVisitorRE = /(?<=^|[。；;，,：:\n])(\p{Script=Han}{2,3})(?=一行(?:到|赴|来|深入|莅临|先后|分别))/gu;
/** A roster of speakers on topics closes with what they all did: …分别进行安排部署, …分别作了发言. */
const TopicRosterEndRE = /分别(?:进行了?|作了?|做了?)?(安排部署|部署|安排|讲话|发言|汇报|说明|通报)/;
/** One speaker of such a roster: an optional title, a name, 就 and the topic (主管领导李泳烨就…). */
const TopicSpeakerRE =
  /^(?:会上)?([\p{Script=Han}]{0,8}?(?:领导|负责人|书记|主任|镇长|乡长|部长|局长|委员))?([\p{Script=Han}]{2,3})就/u;

/**
 * Colleagues a speech names by 同志, then what each did on their own work, in one clause: (刚才，)…同志就各自
 * 分管工作进行了安排部署. Not a list after a title (主任张伟同志、…), nor people criticised or relayed
 * (对…同志就违纪问题进行了通报, 传达了…同志…的讲话精神).
 */
const ComradeRosterRE =
  /(?:^|(?<=[，,：:]))((?:\p{Script=Han}{2,3}同志、)+\p{Script=Han}{2,3}同志)(?:分别)?就[^。；;，,]{0,16}?工作(?:进行了?|作了?|做了?)(安排部署|部署|安排|讲话)/u;

/**
 * A working group's leading posts, each on a line of its own in a plan (组长:任芳 袁力 / 副组长:李洪云、刘广伟),
 * the names after the colon, each perhaps with its office in brackets (张伟（县长）).
 */
const GroupRosterLineRE =
  /(?:^|\n)[ \t\u3000]*(副?组[ \t\u3000]*长|副?指挥长|副?总指挥|召集人)[ \t\u3000]*[:：][ \t\u3000]*([^\n]{2,160})/gu;
/** One name on a roster's line, perhaps with its office in brackets. */
const ROSTER_MEMBER = "(\\p{Script=Han}{2,4})(?:[(（]([^()（）]{2,20})[)）])?";
/** A whole line of them, parted by 、, commas or spaces. */
const RosterMembersRE = new RegExp(`^(?:${ROSTER_MEMBER}(?:[、，,]\\s*|[ \\t\\u3000]+))*${ROSTER_MEMBER}$`, "u");
const RosterMemberRE = new RegExp(ROSTER_MEMBER, "gu");

/**
 * A body a roster belongs to: a group set up to lead the work, not a class's or a team's groups (a 方案 alone may
 * be a school trip's).
 */
const LeadingGroupRE = /领导小组|指挥部|指挥长|总指挥|专班|联席会议|召集人|工作组|委员会|组织领导/;
/** A surname with what people call someone by trade or age (张教授, 王老师, 钱总, 李大爷) or a placeholder (王某). */
const AddressedPersonRE = /(?:老师|教授|医生|校长|队长|站长|所长|经理|总|董|工|大爷|大妈|大娘|阿姨|师傅|同学|某)$/;
/** A bracket after a roster's name gives an office (县委副书记、县长), not a phone number or a remark (挂职, 女，汉族). */
const RosterOfficeRE = new RegExp(`^[^\\d]*${OFFICE}$`, "u");

/**
 * The names a post's line lists, when every piece is one (组长：由县长担任, 组长：县政府分管领导 name no one, and
 * a line that mixes names with descriptions is no roster to trust); each name's own office when its bracket gives one.
 */
function rosterMembers(value: string): { name: string; title?: string }[] {
  const list = value.trim().replace(/[。；;]$/, "");
  if (!RosterMembersRE.test(list)) return [];
  const members = [...list.matchAll(RosterMemberRE)].map(([, name = "", title]) => ({
    name,
    ...(title && RosterOfficeRE.test(title) ? { title } : {}),
  }));
  // (jieba's tags do not help here: 红军, 建平, 东方 and 国庆 are common given names.)
  return members.every(({ name }) => isPlausibleName(name) && !AddressedPersonRE.test(name)) ? members : [];
}

/** Titles of deputies and members, not of an office that leads: 政协委员, 市人大代表. */
const DeputyTitleRE = /^[\p{Script=Han}]{0,6}(?:政协委员|人大代表)$/u;

/**
 * What follows a name at once: its verb (作…讲话, 主持, 强调), the 就 of 就有关事项作了通报, or the 等 that
 * closes a list.
 */
const NameSlotAfterRE = /^(?:作|主持|出席|参加|到会并|讲话|强调|要求|指出|表示|就|等|一行|带队|率)/;
/** One of those verbs as a whole word (等, 主持), not the start of another (就业, 率先, 作出). */
const NameSlotWordRE = new RegExp(`${NameSlotAfterRE.source}$`);

/**
 * A name that is also a word (周济 "to relieve") after a title: taken when the text goes on to use
 * it alone as the subject of a speech (周济强调，…), as reports do with the person they quote.
 */
function nameActingAlone(text: string, candidate: string): string | null {
  const surname = surnameOf(candidate);
  if (!surname) return null;
  for (const length of [surname.length + 1, surname.length + 2]) {
    const name = candidate.slice(0, length);
    // (The candidate runs on past the Han characters: 于本(九十二)年 holds a bracket, no name.)
    if (name.length < length || !/^\p{Script=Han}+$/u.test(name) || NotInNameRE.test(name.slice(surname.length)))
      continue;
    const speaks = new RegExp(`(?:^|[。！？\\n])\\s*${name}(?:强调|指出|要求|表示|讲话)`, "u");
    if (speaks.test(text)) return name;
  }
  return null;
}

/**
 * A two-character reading (郭大 of 市长郭大为主持, where 为 reads as a particle) that the text itself
 * uses one character longer as the subject of a speech (郭大为指出，…) is that longer name, when the
 * character is one a name may end in.
 */
function longerNameInUse(text: string, candidate: string, read: string | null): string | null {
  // 林郑月娥, 叶刘淑仪: in Hong Kong and Macau a married woman writes her husband's surname before her
  // own; the four characters, used whole again before other words, are her name (孙玉菡透露… twice is
  // 孙玉菡, who 透露).
  const [first = "", second = ""] = read ?? "";
  const married = candidate.slice(0, 4);
  if (
    read?.length === 3 &&
    SINGLE_SURNAMES.has(first) &&
    SINGLE_SURNAMES.has(second) &&
    Array.from(married).length === 4 &&
    !endsNoName(married.slice(3)) &&
    new Set(
      text
        .split(married)
        .slice(1)
        .map((after) => after.slice(0, 1)),
    ).size >= 2 &&
    TerritoryRE.test(text)
  )
    return married;
  const surname = read ? surnameOf(read) : null;
  if (!read || !surname || read.length !== surname.length + 1) return read;
  const longer = candidate.slice(0, read.length + 1);
  // Only a character a name may end in though it reads as a particle (郭大为, 张均, 王亦, 林政则): 张涛在讲话中
  // 指出, 王军也表示 go on with the sentence; 林政则仍要求 speaks, an adverb between.
  // (王志向同志指出: nor 向, which may also turn to whom a leader speaks, 李强向大会…表示祝贺.)
  if (longer.length !== read.length + 1 || !/[为均亦则向]$/u.test(longer)) return read;
  return opensClauseWith(text, longer, "强调|指出|要求|表示|讲话|指示") ? longer : read;
}

/**
 * Whether the text opens a clause with the name before one of the verbs, a form of address, a place or an
 * adverb between (郭大为指出, 王志向同志在报告中指出, 林政则仍要求, 和雪莲一行).
 */
const opensClauseWith = (text: string, name: string, verbs: string): boolean =>
  new RegExp(
    `(?:^|[。！？，,；;\\n])\\s*${name}(?:同志)?(?:在[^，,。；;]{1,12}?)?(?:仍|也|还|并|又|再|更|亦)?(?:${verbs})`,
    "u",
  ).test(text);

/**
 * 县委副书记和雪莲带领…: 和 and a two-character given name (a word or not) after a title, when the text goes
 * on to use the three characters as a clause's subject (和雪莲一行到…, 和雪莲调研后指出); a conjunction never
 * opens a clause (副县长和客商一行到…, 县委书记和企业到开发区调研).
 */
function heNameInUse(text: string, candidate: string): string | null {
  const name = /^和\p{Script=Han}{2}/u.exec(candidate)?.[0];
  if (!name || !hasGivenName(name, "和") || surnameOf(name.slice(1))) return null;
  return opensClauseWith(text, name, "一行|调研|带领|率领|强调|指出|要求|表示|讲话|到|深入") ? name : null;
}

/** A character that goes on with the sentence after a name rather than end one: one never in a name, or a verb or day word. */
const endsNoName = (character: string): boolean => NotInNameRE.test(character) || /[同作向曾昨今]/u.test(character);
/** A text from Hong Kong or Macau. */
const TerritoryRE = /香港|澳门|港府|澳府|特区政府|特別行政區|特别行政区/u;

/**
 * A name without the day word a reading took after it: 市长王刚昨召开…, 司长欧阳瑜今日… (a name of three
 * or more that ends in 昨 or 今 right before the meeting's verb or its day).
 */
function withoutDayWord(name: string | null, from: string): string | null {
  if (!name || name.length < 3 || !/[昨今]$/u.test(name)) return name;
  return /^(?:日|天|晚|早|上午|下午)?(?:召开|主持|出席|率|带队|在|表示|指出|强调|宣布|视察|到)/u.test(
    from.slice(name.length),
  )
    ? name.slice(0, -1)
    : name;
}

/** An office or a government inside a candidate: 政府旗长秦怀东. */
const OfficeInsideRE = new RegExp(`${OFFICE}|政府|科长`, "u");
/** A titled name earlier in a sentence: 主席戴祖义, 副主席李伟农. */
const OfficeAfterNameRE = new RegExp(`${OFFICE}[\\p{Script=Han}]{2,3}`, "u");
/** The next titled name of a list: 、副县长…. */
const NextTitledRE = new RegExp(`^、${TITLE}`, "u");

/** The middle dots transliterated names are written with (· and the forms Taiwanese and Japanese fonts use). */
const DOTS = "·•‧・";
const DotRE = new RegExp(`[${DOTS}]`, "u");
/** What may follow a title as a name without a Han surname, dots included (阿不都热依木·阿不都热合曼). */
const FollowingNameRE = new RegExp(`^[\\p{Script=Han}${DOTS}]{2,18}`, "u");

/** Han parts joined by middle dots, no verb among them (…拔路儿出席: the verb after a name is no part of it). */
function hasDottedShape(name: string): boolean {
  const parts = name.split(DotRE);
  return (
    parts.length >= 2 &&
    !/出席|主持|参加|列席|陪同|讲话|强调|指出|要求|表示|会议|一行|等人/.test(name) &&
    parts.every((part) => /^\p{Script=Han}{1,8}$/u.test(part))
  );
}

/**
 * A name written in parts joined by a middle dot (甲热·洛桑丹增, 夷将‧拔路儿), each part a name jieba reads
 * as a name or place or does not know, or a long transliteration; not a heading's parts (热线·回音, 讲党课·初心如磐).
 */
function isDottedName(name: string): boolean {
  return (
    hasDottedShape(name) &&
    // (A part of four or more characters, 阿不都热合曼, is a transliteration whatever words jieba finds in it.)
    name
      .split(DotRE)
      .every(
        (part) =>
          part.length >= 4 || tagWords(part).every(({ word, tag }) => word.length < 2 || /^(?:nr|ns|nz|x)/.test(tag)),
      )
  );
}

/**
 * What ends a dotted name for certain: a speaking or attending verb, 作 with the speech it makes, 同志 before either;
 * a verb of telling (主任托合提·吾斯曼介绍，…).
 */
const DottedNameEndRE =
  /^(?:同志)?(?:作(?:了)?(?:重要)?(?:工作|讲话|报告|动员|总结|部署|安排|发言|表态|点评)|主持|出席|参加|列席|讲话|强调|要求|指出|表示|介绍|告诉|认为|说[，,:：]|一行|带队)/;

/**
 * A name without a Han surname (泽登伦珠, 艾尔肯·吐尼亚孜) after a title: taken when the text confirms a
 * person — a middle dot between its parts, a form of address (才宁同志), the next titled name of a
 * list, an attending verb after three or more characters, a quote of the name alone (泽登伦珠指出) or
 * the name written again after a title — and left to a reviewer's check.
 */
function speakerWithoutSurname(text: string, at: number): string | null {
  const following = FollowingNameRE.exec(text.slice(at))?.[0] ?? "";
  // (阿不都热依木·阿不都热合曼: a dotted name may run longer than any other.)
  const longest = DotRE.test(following) ? 18 : 10;
  // 统战部部长塔勒哈提·居马拜作工作安排部署: a dotted name ends where a speaking verb first follows it, not
  // at the longest reading (居马拜作工 | 作安排部署).
  if (longest === 18)
    for (let length = following.search(DotRE) + 3; length <= following.length; length += 1) {
      const name = following.slice(0, length);
      const ends = DottedNameEndRE.test(following.slice(length));
      if (ends && hasDottedShape(name) && !OfficeInsideRE.test(name) && !NotNameRE.test(name)) return name;
    }
  for (let length = Math.min(following.length, longest); length >= 2; length -= 1) {
    const name = following.slice(0, length);
    // The name ends at a slot verb (…出席), a form of address (…同志) or where the Han characters do (…钢布和，).
    const rest = following.slice(length);
    const addressed = /^同志(?!们)/.test(rest);
    // 成林才仁: four characters that open with a Han surname but read as no Han name.
    const hanSurname = surnameOf(name) !== null && length < 4;
    if (hanSurname || /同志$/.test(name) || !(rest === "" || addressed || NameSlotAfterRE.test(rest))) continue;
    // 政府旗长秦怀东: an office inside the piece makes it a title and a name, not a name.
    if (OfficeInsideRE.test(name)) continue;
    if (NotNameRE.test(name)) continue;
    // 副主席甲热·洛桑丹增、宫蒲光: a name written in two parts with a middle dot is a transliterated one.
    // (…热线·回音】: a heading in brackets, not a name in a list.)
    const closesBracket = /^[】」』》”]/.test(text.slice(at + following.length));
    if (isDottedName(name) && ((rest === "" && !closesBracket) || NameSlotAfterRE.test(rest))) return name;
    // Words of a sentence (亲自, 及时, 认真) are no name, whatever follows them; a name holds a word jieba
    // reads as a name, a place or nothing it knows (才宁, 扎西, 才仁), not only common nouns (热线, 座谈会).
    const words = tagWords(name);
    if (words.some(({ word, tag }) => word.length >= 2 && !/^(?:nr|ns|nz|n|x)/.test(tag))) continue;
    const nameLike = words.some(({ tag }) => /^(?:nr|ns|x)/.test(tag));
    // 主任才宁同志主持, 常务副县长扎西闹吾、副县长成林才仁出席: a form of address, the next titled name
    // of a list or an attending verb right after three or more characters confirm a person.
    const nextTitled = rest === "" && NextTitledRE.test(text.slice(at + length));
    const attends = length >= 3 && /^(?:出席|主持|参加|讲话)/.test(rest);
    if ((addressed || nextTitled || attends) && nameLike && !NotInNameRE.test(name)) return name;
    const quoted = new RegExp(`(?:^|[。！？\n，,])\s*${name}(?:指出|强调|要求|表示|讲话|说)`, "u");
    if (quoted.test(text.slice(at + length))) return name;
    // 旗政协主席钢布和, … 政府副旗长特木尔、阿木吉拉图: a name jieba does not know as a word, written
    // again after a title (names of other peoples have no Han surname to open them).
    if (length < 3 || !/^(?:x|nr)/.test(tagWords(name)[0]?.tag ?? "")) continue;
    const retitled = new RegExp(`${OFFICE}${name}(?=[，,、。]|${NameSlotAfterRE.source.slice(1)})`, "gu");
    if ([...text.matchAll(retitled)].length >= 2) return name;
  }
  return null;
}

/** What follows 和 or 及 inside a bureau's name: 发展和改革, 住房和城乡建设, 劳工及福利, 教育及青年发展, 环境卫生及执照. */
const JOINED_BUREAU_TAIL =
  "(?:改革|城乡|社会保障|信息化|规划|自然资源|旅游|草原|体育|计划生育|宗教|粮食|国土|科技|外事|侨务|人防|水利|城市管理|农村|园林|广电|商务|经济|统计|机关事务|青年发展|青年事务|内地事务|福利|生态|物流|地政|创新|执照)";

/** Whatever a name-after-body match took before a 及 or 与 that joins two bodies (陳時中及衛生局). */
const JoinedBeforeBodyRE = new RegExp(String.raw`^\p{Script=Han}*?[及与](?!${JOINED_BUREAU_TAIL})`, "u");

/**
 * Words a greedy title chain may have taken from the sentence before it: 首先传达了市委书记, 会议由局党委副书记,
 * 会议传达学习省委书记, 听取消防局长, 听取了区城管执法局局长, 卓永兴今日联同保安局局长, 要深入贯彻落实省委书记.
 * 和 and 及 join one office-holder to the next (县长王强和住建局局长, 司长欧阳瑜及…), except inside a bureau's name.
 */
const ChainLeadRE = new RegExp(
  String.raw`^[\p{Script=Han}]*?(?:了|的|在|对|向|把|被|为|与|[和及](?!${JOINED_BUREAU_TAIL})|是|由|请|按照|要按|根据|遵照|依照|听取|传达学习|学习传达|传达|(?:贯彻)?落实(?=[省市区县州旗])|贯彻(?=[省市区县州旗])|联同|会同(?!县)|陪同|偕同|携同)了?(?=[\p{Script=Han}])`,
  "u",
);

function cleanTitle(chain: string): string {
  const lead = ChainLeadRE.exec(chain)?.[0] ?? "";
  const rest = chain.slice(lead.length);
  const titled = lead && new RegExp(`^${TITLE}`, "u").test(rest) ? rest : chain;
  return (
    titled
      // 该镇党委负责人: the town is the report's own, named by a pointing word.
      .replace(/^(?:该|本|此)(?=[镇乡县区市局街])/u, "")
      // 最后镇党委副书记: the order of the report's telling, not the office.
      .replace(/^(?:最后|首先|随后|其次|然后|接着|会上|会后)(?=[\p{Script=Han}]{2})/u, "")
      .replace(/[，,\s]+$/g, "")
      .replace(/[，,]/g, "、")
      .replace(/、$/, "")
  );
}

/**
 * A title cut inside its city's name (台中市环保局长 read as 中市环保局长: the chain takes at most four
 * characters before 局长) with the one or two characters the city's name begins with put back, the
 * longer first (马鞍山市, not 鞍山市). A press's short form (北市环保局长, Taipei's) stays as written.
 */
function withCityCut(title: string, text: string, start: number): string {
  const cut = /^(\p{Script=Han}{1,2}?[市县])(?=\p{Script=Han}{1,3}(?:局长|处长|署长|课长)$)/u.exec(title)?.[1];
  if (!cut || title.length !== 6 || text.slice(start, start + title.length) !== title) return title;
  for (const back of [2, 1]) {
    if (start < back) continue;
    const form = text.slice(start - back, start) + cut;
    if (
      gazetteer()
        .byForm.get(form)
        ?.some((place) => place.name === form)
    )
      return text.slice(start - back, start) + title;
  }
  return title;
}

/** A title opening what follows: 副主任张炯明, 市政协副主席薛丽容. */
const TitleStartRE = new RegExp(`^${TITLE}`, "u");
const OfficeStartRE = new RegExp(`^${OFFICE}`, "u");
/**
 * What follows a place's name when it heads a title: 战区指挥长, 片区总指挥 (no name runs on into an office); not a
 * name's own next words (杜世坤及各驻会常委, 柳昌发等在主席台, 孙丽参加县长办公会议, 赵伟出席县政协常委会议, 王五走访社区书记工作室).
 */
const PlaceHeadsTitleRE = new RegExp(
  `^(?:(?![及和与等在同并各到赴向对为是的]|走访|调研|深入|看望|慰问|前往|走进)\\p{Script=Han}){0,4}?(?:战区|片区|园区|新区|景区|开发区|街道|社区|镇|乡|村)(?:常务|执行)?${OFFICE}(?![室办处科])`,
  "u",
);

/** The rest of a titled list, names only, up to the verb that seats them: 、德吉、多托出席. */
const NamesToVerbRE = new RegExp(
  `^(?:(?:、|以及|及)(?:(?!等|负责|代表|企业|单位|部门)[\\p{Script=Han}${DOTS}]){2,18}?)+(?:出席|参加|列席|陪同)`,
  "u",
);

/** A whole item of a titled list that is a word of its own: a name jieba knows, or one of a list of names only. */
function readsAsListedName(item: string, listFromItem: string): boolean {
  const words = tagWords(item);
  const tag = words.length === 1 ? (words[0]?.tag ?? "") : "nr";
  if (/^nr/.test(tag)) return true;
  return /^(?:ns|x)/.test(tag) && NamesToVerbRE.test(listFromItem) && !gazetteer().byForm.has(item);
}

/** A roll call's item: a surname and one or two characters, whatever they mean (何亦星). */
function isRollCallName(name: string): boolean {
  const surname = surnameOf(name);
  const given = surname ? name.slice(surname.length) : "";
  return given.length >= 1 && given.length <= 2 && !NotNameRE.test(name);
}

/**
 * The title a name may carry before what was said elsewhere: 沈晓明书记关于…, 冯飞省长和…罗增斌书记在…
 * (在会上的讲话 is said at this meeting).
 */
const ConveyedTitleRE = "(?:书记|省长|市长|区长|县长|州长|旗长|主任|部长|主席|同志)";

/**
 * A leader whose words the meeting passed on (会上传达了…省委书记彭清华在…会议上的讲话精神、邹自景市长
 * 在…的讲话精神; 传达学习省委书记孙志刚同志、市委书记周建琨同志关于…的批示精神): quoted from elsewhere,
 * not at this meeting.
 */
function isConveyed(text: string, start: number, end: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf("。", start), text.lastIndexOf("\n", start)) + 1;
  const before = text.slice(sentenceStart, start);
  const after = /^[^。；;]{0,60}/u.exec(text.slice(end))?.[0] ?? "";
  // …在…会议上的讲话精神, …对…的批示: words said elsewhere; 作了总结讲话 is said here. …的指示精神 alone,
  // or left on a visit here (来莞调研指示精神, 赴我县调研时的讲话精神), is addressed to this meeting; what
  // was said on a visit elsewhere (贯彻落实…6月26日赴宁河区调研时的重要讲话精神) was not.
  // 按照省委书记杜青林同志在全省领导干部大会上提出的…要求, 要按市委书记钟利贵在…闭幕时强调的: what was asked
  // at another meeting, followed.
  // 按照巴音朝鲁书记“五个筑牢”和景俊海省长“五个毫不松懈”的要求: a leader's watchwords, followed here.
  // 按照区党委部署和王君正书记要求: a leader's demand, followed here; 汪洋书记寄予了厚望，要求我们…: a
  // superior's hopes, recalled.
  return (
    new RegExp(`^(?:同志)?${ConveyedTitleRE}?(?:对[^，,。；;]{1,20}?)?寄予(?:了)?(?:厚望|殷切期望|殷切希望)`, "u").test(
      after,
    ) ||
    (/按照|根据|遵照|依照|对照|按$/.test(before) &&
      (/^(?:同志)?在[^，,。；;]{2,30}?(?:上|中|时)(?:提出|作出|强调|指出)的/.test(after) ||
        (/(?:按照|根据|遵照|依照)[^，,。；;]*$|按$/u.test(before) &&
          new RegExp(`^(?:同志)?${ConveyedTitleRE}?(?:同志)?的?(?:要求|部署|指示|批示)(?=[，,。；;]|$)`, "u").test(
            after,
          )) ||
        new RegExp(
          `^(?:同志)?${ConveyedTitleRE}?(?:提出的)?[“"「][^”"」]{1,30}[”"」](?:的|等)?(?:要求|部署|指示|精神)`,
          "u",
        ).test(after))) ||
    (/传达|学习/.test(before) &&
      new RegExp(
        `^(?:同志)?${ConveyedTitleRE}?(?:[、和及](?:省委|市委|区委|县委|\\p{Script=Han}{0,8}?${ConveyedTitleRE})?\\p{Script=Han}{2,4}?${ConveyedTitleRE})*(?:(?:在(?!(?:本次|此次|这次)?会(?:议)?上)|对|的)[^，,、]{0,50}?的|关于[^，,、]{0,50}?的?)(?:重要|最新|各项)*(?:讲话|指示|批示)`,
        "u",
      ).test(after)) ||
    // 贯彻落实国家主席习近平去年底视察澳门期间发表的系列重要讲话精神, 落实…主任夏宝龙本月初到横琴调研时
    // 提出的要求: words said on a visit at another time, followed now.
    (/传达|学习|贯彻|落实|领会/.test(before) &&
      /^(?:同志)?[^。；;，,]{0,30}?(?:时|期间)(?:提出|作出|发表)的[^。；;，,]{0,10}?(?:讲话|指示|批示|要求)/u.test(
        after,
      )) ||
    (/传达|学习|贯彻|落实/.test(before) &&
      /^(?:同志)?(?:\d{1,2}月\d{1,2}日)?赴(?!我)[^。；;，,]{1,30}?(?:调研|视察|考察|检查)(?:时|期间)?的?(?:重要)?(?:讲话|指示|批示)精神/u.test(
        after,
      ))
  );
}

/** True when a place's name (呼和浩特, 呼和浩特市) longer than `length` opens the text at `at`. */
function placeOpensAt(text: string, at: number, length: number): boolean {
  const { byForm } = gazetteer();
  for (let end = at + length + 1; end <= Math.min(text.length, at + 8); end += 1)
    if (byForm.has(text.slice(at, end))) return true;
  return false;
}

/** Names listed after a first titled name with 、 (副市长王宏武、李杰): they share its title. */
function listedAfter(text: string, from: number): string[] {
  const names: string[] = [];
  let at = from;
  for (;;) {
    // (副主席李伟农及罗志坚: the last of a list may come after 及.)
    // (及时, 及早, 及其 are words; after 及 only a name that reads as one, not 相关部门.)
    const match = /^(以及|、|及(?!时|早|其|至|以))([\p{Script=Han}]{2,6})/u.exec(text.slice(at));
    const separator = match?.[1]?.length ?? 1;
    // 副市长张早林、俞朝辉、何亦星、钱晓华参加: in a roll call a surname and a given name are enough.
    const item = match?.[2]?.replace(/(?:等|应邀|受邀|参加|出席|列席|陪同).*$/u, "") ?? "";
    // 副县长胡绍军、王伟、尕玛才旦、才让扎西: a whole item of the list, neither a body nor a common
    // word, is a name even without a Han surname (Tibetan, Mongolian, Uyghur names).
    const whole =
      /^(?:以及|、|及)(\p{Script=Han}[\p{Script=Han}·•]{0,10}?\p{Script=Han})(?=等?(?:应邀|受邀)?(?:[、，,；;。]|出席|参加|列席|陪同))/u.exec(
        text.slice(at),
      )?.[1];
    const listedName =
      whole &&
      whole.replace(/[·•]/g, "").length <= 8 &&
      // (、各镇办相关科室长: who is meant, described, is no one's name.)
      !/[局委办府部厅处室所站队院会区县市镇乡村]$|^各|相关|有关|科室|代表|群众|干部|职工|人员|同志|负责人|委员|领导|及/u.test(
        whole,
      ) &&
      !OfficeInsideRE.test(whole) &&
      // (德吉, 多托: jieba knows a name of another people as a place or not at all, where a list of names
      // runs on to the verb that seats them; a common word, a firm or river in a list of bodies (中兴、格力等企业,
      // 长江、黄河水利委员会) or a place of the division list (洛阳) is none.)
      readsAsListedName(whole, text.slice(at))
        ? whole
        : null;
    const found = match
      ? (nameIn(text.slice(at + separator, at + separator + 6)) ?? (isRollCallName(item) ? item : null))
      : null;
    // 额尔敦巴雅尔: the whole item, when a surname rule reads only part of it.
    const byName = listedName && (!found || found.length < listedName.length) ? listedName : found;
    // (After 、 a roll call's item stands as read; after 及 it must read as a name.)
    const name = match?.[1] === "、" ? byName : byName && isPlausibleName(byName) ? byName : null;
    // 、文卫副主任张炯明, 、玉林市政协副主席薛丽容: a title after the piece makes it a body or place heading
    // a new title.
    // (、廉政专员欧阳湘: the item opens with a title of its own, the name after it.)
    // (、谷陇战区指挥长梁娅: a place and more words before an office head a new title; 谷陇 is no name.)
    const afterName = text.slice(at + separator + (name?.length ?? 0));
    if (
      name &&
      (TitleStartRE.test(afterName) ||
        OfficeStartRE.test(text.slice(at + separator)) ||
        PlaceHeadsTitleRE.test(afterName))
    )
      return names;
    if (!match || !name) return names;
    // 、呼和浩特经济技术开发区党工委书记李建平: a place opens the next item, not a name (呼和).
    if (placeOpensAt(text, at + separator, name.length)) return names;
    names.push(name);
    at += separator + name.length;
  }
}

/** What extractLeaders found, and the title words it could not read a name after (for review notes). */
export interface LeaderResult {
  leaders: Leader[];
  /** 市长提示: an office named without a person (Taiwanese releases often write so). */
  unnamedOffices: string[];
  /** What follows a title and reads like a name jieba does not know, but with no known surname. */
  doubtfulNames: string[];
}

/**
 * A speech's title naming its speaker first: 周德睿2016年1月6日在常德市委经济工作会议上的讲话, 张三同志在…上的讲话,
 * 王刚:在…会议上的讲话 (a document site's way).
 */
const SpeechTitleRE = new RegExp(
  `^((?:${TITLE}[、，,]?){1,4})?(\\p{Script=Han}{2,4}?)(?:同志)?\\s*[:：]?\\s*(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?\\s*在[^。；;]{2,60}?上的(?:讲话|发言|报告|讲话稿)$`,
  "u",
);

/** A document site's label before a colon (范文：在…上的讲话), no speaker. */
const SiteLabelRE = /^(?:范文|例文|样文|金句|原文|全文|摘要|附件|材料|素材|模板|精选|推荐|热门|最新|参考|专题|标题)$/;

/** The speaker a speech's title names, who gave the speech the text is. */
export function speakerOfTitle(title: string): Leader | undefined {
  const match = SpeechTitleRE.exec(title.trim());
  const name = match?.[2];
  // 吴江在…上的发言, 林州在…上的讲话: a place telling its experience, no person; 范文：在…上的讲话, a site's label.
  if (!name || !isPlausibleName(name) || gazetteer().byForm.has(name)) return undefined;
  if (/^[^在]*[:：]/.test(title) && (isKnownWord(name) || SiteLabelRE.test(name))) return undefined;
  return { name, ...(match[1] ? { title: cleanTitle(match[1]) } : {}), role: "讲话" };
}

/** All leaders named in a simplified text, in order of first mention, with title and role. */
export function extractLeaders(input: string): LeaderResult {
  // 巿 (U+5DFF) is a common misprint of 市 in titles. 蔡孟育(代) in a roll call is a deputy who came.
  // 罗 罡 in a list is a two-character name letter-spaced to line up with three-character ones.
  const text = input
    .replace(/巿/g, "市")
    .replace(/(?<=\p{Script=Han}{2})[(（]代[)）](?=[、，,。；;\s]|$)/gu, "")
    .replace(
      /(?<=[、，,：:]\s*)(\p{Script=Han})[ \u3000]{1,2}(\p{Script=Han})(?=[、，,]|等?(?:出席|列席|参加))/gu,
      "$1$2",
    );
  // Titled names come first, in order of mention; names known only from a bare list follow.
  const found: { name: string; title?: string; at: number }[] = [];
  const unnamedOffices = new Set<string>();
  const doubtfulNames = new Set<string>();
  const add = (name: string, title: string | undefined, at: number): void => {
    const known = found.find((leader) => leader.name === name);
    if (!known) found.push({ name, ...(title ? { title } : {}), at });
    // 副县长 in a headline, 县政府副县长 in the text: the fuller title says whose office it is.
    else if (title && (!known.title || (title.length > known.title.length && title.endsWith(known.title))))
      known.title = title;
  };
  for (const match of text.matchAll(TitledNameRE)) {
    const chain = match[1] ?? "";
    const at = match.index + chain.length;
    const candidate = text.slice(at, at + 6);
    if (NonLeaderContextRE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    // 前市长林右昌任内曾提出…: a former holder recalled, no one at work (汛前市长…, 日前 say when).
    if (FormerHolderRE.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    // 签约企业代表…新能源科技有限公司总经理曾伟: a named firm's executive and nothing else, no cadre (a
    // company's own meeting writes 公司总经理, 集团副总经理; 副市长、市城投集团董事长 is a cadre).
    const ownTitle =
      text
        .slice(Math.max(0, at - 40), at)
        .split(/[，,。；;：:\s]/)
        .at(-1) ?? "";
    if (FirmExecutiveRE.test(ownTitle) && !ownTitle.includes("、")) continue;
    // "委员" alone after 成员单位-type words is not an office.
    // (副主席钟国荣、委员柯清煌, …主席戴祖义，委员马锦强: in a list of titled names it is one.)
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const sentenceSoFar = text.slice(Math.max(text.lastIndexOf("。", match.index), 0), match.index);
    const inTitledList = /、$/.test(before) || (/[，,]$/.test(before) && OfficeAfterNameRE.test(sentenceSoFar));
    if (/^(?:委员|常委)$/.test(chain.trim()) && !/委$/.test(before) && !inTitledList) continue;
    // 副主席艾尔肯·吐尼亚孜: a surname's reading stops at the dot; the whole dotted name is the name.
    const surnameRead = withoutDayWord(
      longerNameInUse(text, candidate, nameIn(candidate, text.slice(at, at + 24)) ?? heNameInUse(text, candidate)),
      text.slice(at),
    );
    const titledName = surnameRead && DotRE.test(text[at + surnameRead.length] ?? "") ? null : surnameRead;
    const minorityName = titledName ? null : speakerWithoutSurname(text, at);
    if (minorityName) doubtfulNames.add(`${cleanTitle(chain)}${minorityName}`);
    // 吴 局长宗荣, 本局李主任秘书国荣, 主持人为林县长姿妙 (Taiwanese minutes): the surname before the office,
    // the given name after; not a word that opens a clause and is a surname too (于, 原, 向, 任: 原局长王伟,
    // 向县长李强).
    const before4 = text.slice(Math.max(0, match.index - 4), match.index);
    const surnameFirst = /(?:^|[\s：:（(「]|本局|本府|[为由])(\p{Script=Han})[ \t\u3000]?$/u.exec(before4)?.[1];
    const splitName =
      surnameFirst !== undefined && SINGLE_SURNAMES.has(surnameFirst) && !ClauseOpeningSurnameRE.test(surnameFirst);
    // (A given name alone (姿妙) reads as no name of its own; with the surname before the office it may.)
    // (After 由 only a chair or a speaker: 由林县长姿妙主持, not 公文由刘主任审签.)
    const givenAfterOffice = splitName
      ? (/由\p{Script=Han}$/u.test(before4) ? ChairedGivenNameRE : GivenNameAfterOfficeRE).exec(candidate)?.[0]
      : undefined;
    const givenOnly =
      titledName ??
      nameActingAlone(text, candidate) ??
      minorityName ??
      // (郑市长强调: what the office does after it is no given name.)
      (givenAfterOffice && !isKnownWord(givenAfterOffice) && isPlausibleName(`${surnameFirst}${givenAfterOffice}`)
        ? givenAfterOffice
        : null);
    const name = givenOnly && givenOnly.length === 2 && splitName ? `${surnameFirst}${givenOnly}` : givenOnly;
    if (name && GoverningWordRE.test(text.slice(at))) continue;
    // The words a greedy chain took from the sentence (学习了省林业和草原局…) belong before it.
    const chainStart = match.index + (ChainLeadRE.exec(chain)?.[0] ?? "").length;
    if (name && StudiedBeforeRE.test(text.slice(Math.max(0, chainStart - 30), chainStart))) continue;
    if (name && isConveyed(text, chainStart, at + name.length)) continue;
    // 指挥官衛福部長陳時中: a ministry's short name (衛福部) run into its office, the holder named after it.
    const afterName = text.slice(at + (name?.length ?? 0));
    if (name && /^[部厅局署处]长/u.test(afterName) && nameIn(afterName.slice(2, 8))) continue;
    if (!name) {
      const unknown = /^\p{Script=Han}{2,3}(?=[，,。、：:\s]|出席|主持|讲话|强调|指出|表示|$)/u.exec(candidate)?.[0];
      if (unknown && !surnameOf(unknown) && tagWords(unknown).every((word) => /^(?:nr|x)/.test(word.tag)))
        doubtfulNames.add(`${cleanTitle(chain)}${unknown}`);
      else if (/^(?:市长|区长|县长|局长|主任|处长|书记)/.test(chain.trim())) unnamedOffices.add(cleanTitle(chain));
      continue;
    }
    // 王东峰书记、许勤省长: a list of names each with its office after it; the office before the 、 is
    // the last person's.
    // (主任、谷陇战区指挥长梁娅: after a chain's 、 a place heading the next title is no name either.)
    if (/[、，,]\s*$/u.test(chain) && (OfficeStartRE.test(afterName) || PlaceHeadsTitleRE.test(afterName))) continue;
    const cleaned = cleanTitle(chain);
    const title = withCityCut(cleaned, text, match.index + chain.indexOf(cleaned));
    // A deputy or member speaking in a feature (政协委员何晓勇说) speaks as a citizen, not as a leader.
    if (DeputyTitleRE.test(title)) continue;
    add(name, title, at);
    for (const listed of listedAfter(text, at + name.length)) add(listed, title, text.indexOf(listed, at));
  }
  for (const match of text.matchAll(NameTitleRE)) {
    const groups = match.groups ?? {};
    // 邱代理市長, 王代县长: a surname and an acting office, the person named in full elsewhere.
    const actingOffice = /^.(?:代理?)$/u.test(groups["name"] ?? "");
    const name = groups["name"] && !actingOffice && plausibleBeforeOffice(groups["name"]) ? groups["name"] : null;
    if (!name || NonLeaderContextRE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    // 钟楼区委常委、邹区镇党委书记万建新: a place's short name before its level's office is the body's.
    const office = groups["office"] ?? "";
    if (/^[省市区县旗州盟]/u.test(office) && gazetteer().byForm.has(`${name}${office[0]}`)) continue;
    // (From the name: a body before it, 要认真学习省委, may have taken the words that say it was studied.)
    const nameAt = match.index + match[0].length - name.length - office.length;
    if (isConveyed(text, nameAt, match.index + match[0].length)) continue;
    // 文卫副主任张炯明: a name after the office makes what stands before it the office's body.
    if (nameIn(text.slice(match.index + match[0].length, match.index + match[0].length + 6))) continue;
    // (会议由县政协欧卫主席主持: the words before the body's level are the sentence's, not the office's;
    // 县发展和改革局 keeps its 和.)
    // (陳時中及衛生局王文彥局長: what stands before 及 or 与 is none of the body's name, unless the name goes on
    // after it, 教育及青年发展局.)
    const body = (groups["body"] ?? "").replace(JoinedBeforeBodyRE, "").replace(SentenceBeforeBodyRE, "");
    add(name, `${body}${office}`, match.index);
  }
  // 农建办程建通报…, 县住建局李明汇报了…: a body's officer who reports, named without an office.
  for (const match of text.matchAll(BodyOfficerReportsRE)) {
    const name = match[2] ?? "";
    if (!isPlausibleName(name) || found.some((leader) => leader.name === name)) continue;
    add(name, match[1], match.index + (match[0].length - name.length));
  }
  for (const match of text.matchAll(BareListRE)) {
    const names = (match[1] ?? "").split("、");
    if (!names.every((name) => isPlausibleName(name))) continue;
    // 彭禧元、肖阳、陈忠才、陈向阳等县领导出席: the collective title after the list is theirs (领导 alone says
    // no office).
    for (const name of names) add(name, match[2], Number.MAX_SAFE_INTEGER);
  }
  for (const match of text.matchAll(LoneNameLeadersRE)) {
    const name = match[1] ?? "";
    // (张家界等领导出席: a place's name is no one's.)
    const place = gazetteer().byForm.has(name) || tagWords(name).some(({ tag }) => tag === "ns");
    if (isPlausibleName(name) && !place && !isSingleWord(name, /^(?:nr|nz|ns|x|j)/))
      add(name, match[2], Number.MAX_SAFE_INTEGER);
  }
  const attendees = new Set<string>();
  for (const match of text.matchAll(GroupListRE)) {
    // 县领导王斌、焦海东,县开发区管委会谷九江、王温波出席: a body opening an item is the title of its name and
    // of the names after it.
    let listTitle = match[1];
    const titles = new Map<string, string | undefined>();
    const listed: string[] = [];
    for (const written of (match[2] ?? "").split(/[、，,]\s*/)) {
      let item = written;
      const bodied = BodyThenNameRE.exec(item);
      if (bodied?.[1] && bodied[2] && !isPlausibleName(item)) {
        // (…，县委办主任、县政府办主任参加: a body and an office, no name; the names end before it.)
        if (!isPlausibleName(bodied[2])) break;
        listTitle = bodied[1];
        item = bodied[2];
      }
      titles.set(item, listTitle);
      listed.push(item);
    }
    // A long roll call may hold a name the surname list misses: the list stands when most read as names.
    const names = listed.filter((name) => isPlausibleName(name));
    // One name under a collective title stands when it reads as a name, not a word (齐聚), and attends
    // (区领导张林参加).
    // (…张宇东及指挥部办公室、县住建局等单位主要负责人参加了会议: they attend with the bodies after them.)
    const attends =
      /^(?:(?:及|和|以及)[^。；;]{2,80}?(?:负责人|负责同志))?等?(?:同志)?(?:一同|一起|共同|也|亦)?(?:出席|参加|列席|参会|与会|到会)/.test(
        text.slice(match.index + match[0].length),
      );
    const lone = names.length === 1 && !isSingleWord(names[0] ?? "", /^(?:nr|nz|ns|x|j)/);
    // (仪式由县委副书记、县领导陈大用同志主持: one who chairs or gives the address acts as much.)
    const acts = attends || /^(?:同志)?(?:主持|致辞)/.test(text.slice(match.index + match[0].length));
    if (listed.length === 1 ? !(match[1] && lone && acts) : names.length < listed.length * 0.6) continue;
    // In a list that stands, a surname and a given name are enough: 黄金土 though 黄金 is a word,
    // 张为明 though 为 is mostly a verb.
    // A name of the list without a Han surname (福青) stands with the others, left to a reviewer.
    const withoutSurname = (item: string): boolean => !surnameOf(item) && /^\p{Script=Han}{2,3}$/u.test(item);
    for (const item of listed.filter(withoutSurname)) doubtfulNames.add(`${match[1] ?? ""}${item}`);
    // 参加此次会议的有:(1)市领导:徐华水、…；(2)县领导:…: the lists of those who attended.
    const sentenceStart = Math.max(text.lastIndexOf("。", match.index), text.lastIndexOf("\n", match.index)) + 1;
    const sentenceSoFar = text.slice(sentenceStart, match.index);
    const rollCall = /(?:参加|出席|列席)[^。；;，,]{0,12}(?:的有|人员有?)[:：]/u.test(sentenceSoFar);
    for (const name of listed.filter((item) => names.includes(item) || isRollCallName(item) || withoutSurname(item))) {
      add(name, titles.get(name), match.index);
      if (!match[1] || rollCall) attendees.add(name);
    }
  }
  // 会上，主管领导李泳烨就双代工作…，马西豹就医疗保险缴费…，王帅就…分别进行安排部署: each speaker on a
  // topic, with the role the sentence's closing verb gives them all.
  const topicRoles = new Map<string, string>();
  let sentenceAt = 0;
  for (const sentence of text.split("。")) {
    const verb = TopicRosterEndRE.exec(sentence)?.[1];
    const role = verb ? (/部署|安排/.test(verb) ? "部署" : /汇报|通报/.test(verb) ? "通报" : "讲话") : undefined;
    // 程琳同志、胡传华同志、刘琦同志就各自分管工作进行了安排部署: a speech names colleagues by 同志.
    const comrades = ComradeRosterRE.exec(sentence);
    if (comrades?.[1] && comrades[2]) {
      const comradeRole = /部署|安排/.test(comrades[2]) ? "部署" : "讲话";
      for (const name of comrades[1].split("、").map((item) => item.replace(/同志$/, ""))) {
        if (!isPlausibleName(name)) continue;
        add(name, undefined, sentenceAt + sentence.indexOf(name));
        topicRoles.set(name, comradeRole);
      }
    }
    if (role) {
      for (const clause of sentence.split(/[，,]/)) {
        const speaker = TopicSpeakerRE.exec(clause.trim());
        const name = speaker?.[2];
        if (!name || !isPlausibleName(name)) continue;
        add(name, speaker[1], sentenceAt + sentence.indexOf(clause));
        topicRoles.set(name, role);
      }
    }
    sentenceAt += sentence.length + 1;
  }
  for (const line of LeadingGroupRE.test(text) ? text.matchAll(GroupRosterLineRE) : []) {
    const members = rosterMembers(line[2] ?? "");
    const post = (line[1] ?? "").replace(/[ \t\u3000]/g, "");
    // (Who heads the work directs it: the roster's people deploy it.)
    for (const member of members) {
      add(member.name, member.title ?? post, line.index + line[0].indexOf(member.name));
      topicRoles.set(member.name, "部署");
    }
  }
  const speakerMentions = new Map<string, number[]>();
  for (const match of text.matchAll(UntitledSpeakerRE)) {
    const name = match[1] ?? "";
    // (严正指出, 郑重要求: the manner of saying, though it opens with a surname and jieba reads it as a name.)
    if (isPlausibleName(name) && !/^(?:严正|郑重|明确|严肃|严厉|一再|再次|反复|着重)$/.test(name))
      speakerMentions.set(name, [...(speakerMentions.get(name) ?? []), match.index]);
  }
  // (国检组一行, 文明办一行: a body's short name; 王某一行到县信访局上访: petitioners, not visiting leaders.)
  const visits = [...text.matchAll(UntitledVisitorRE)]
    .filter((match) => !/[办组队委所局厅团站某]$/.test(match[1] ?? ""))
    .filter((match) => !/上访|反映|投诉|信访/.test(/^[^。！？\n]*/.exec(text.slice(match.index))?.[0] ?? ""))
    .map((match) => ({ name: match[1] ?? "", at: match.index }));
  for (const [name, at] of speakerMentions) {
    const visit = visits.find((mention) => mention.name === name);
    if ((at.length >= 2 || visit) && !found.some((leader) => leader.name === name))
      add(name, undefined, Math.min(at[0] ?? 0, visit?.at ?? Infinity));
  }
  // In order of mention; names known only from a bare list last.
  found.sort((a, b) => a.at - b.at);
  const leaders = found.map(({ name, title }) => {
    const leader: Leader = { name };
    if (title) leader.title = title;
    const role = roleOf(text, name, title) ?? topicRoles.get(name) ?? (attendees.has(name) ? "出席" : undefined);
    if (role) leader.role = role;
    return leader;
  });
  return {
    leaders,
    unnamedOffices: [...unnamedOffices].filter(() => leaders.length === 0),
    doubtfulNames: [...doubtfulNames],
  };
}

/**
 * What a leader did: the most distinctive role among the clauses the name starts, or the surname
 * and office the text refers back with (颜振标局长 … 颜局长致词时表示).
 */
export function roleOf(text: string, name: string, title?: string): string | undefined {
  const clauses: string[] = [];
  // What follows each mention to the end of its sentence.
  const sentenceRests: string[] = [];
  const office = title && new RegExp(`${OFFICE}$`, "u").exec(title)?.[0];
  const surname = surnameOf(name);
  const mentions = office && surname ? [name, `${surname}${office}`] : [name];
  for (const mention of mentions)
    for (let at = text.indexOf(mention); at !== -1; at = text.indexOf(mention, at + mention.length)) {
      // 对副县长吴海涛就…做了通报, 对李明同志的工作给予肯定: one 对 governs is spoken of, and does nothing.
      if (/对[^。；;，,：:对]{0,16}$/.test(text.slice(Math.max(0, at - 17), at))) continue;
      // The office may stand between the name and its verb (黄伟哲市长表示).
      const after = text.slice(at + mention.length).replace(new RegExp(`^${OFFICE}`, "u"), "");
      // (Every pattern is anchored and bounded, so the clause may run on: 在…会议室主持, 传达…，并要求.)
      clauses.push(after.slice(0, 80).split(/[。；;]/)[0] ?? "");
      sentenceRests.push(after.slice(0, 240).split(/[。；;！!？?]/)[0] ?? "");
      // In a list (江凌、徐衣显出席; 市长丁福浩，副市长王宏武出席) the verb follows the last name.
      const listReach = after.slice(0, 90);
      const tail = ListTailRE.exec(listReach) ?? LeadingListTailRE.exec(listReach);
      if (tail) clauses.push(after.slice(tail[0].length, tail[0].length + 12).split(/[。；;]/)[0] ?? "");
    }
  // A meeting record's 主席 field (主席：市长 黄敏惠) names its chair.
  // (县政协副主席贾秋彦 is an office, not that field.)
  if (new RegExp(`(?:^|\\n)\\s*主席\\s*(?:[:：]|\\n)\\s*(?:${OFFICE}\\s*)?${name}`, "u").test(text)) return "主持";
  for (const [role, pattern] of ROLE_PATTERNS) {
    if (clauses.some((clause) => pattern.test(clause.replace(/^[、，,\s]+/, "")))) return role;
  }
  // 县委副书记史邦勤及市直相关单位负责人,各县区农业农村局负责人参加: a sentence of names and bodies that ends in
  // attending, however long the list, is their attendance.
  if (sentenceRests.some((rest) => AttendanceEndRE.test(rest) && !ActBeforeAttendingRE.test(rest))) return "出席";
  return undefined;
}

/** A sentence that ends in its people attending: …负责同志参加了会议, …等陪同调研. */
const AttendanceEndRE = /(?:出席|参加|列席|参会|与会|陪同)了?(?:会议|活动|仪式|调研|检查|视察)?$/u;
/** A sentence in which someone does more than attend before its end, or sends another (请假，委托…参加). */
const ActBeforeAttendingRE =
  /主持|讲话|发言|要求|强调|指出|部署|通报|汇报|带队|率领?|召开|会见|请假|未能?|不能|缺席|委托|因[公事病故]/u;
