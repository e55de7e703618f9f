import type { Region } from "../../schemas/report";
import type { DocNumber } from "../text/doc-number";
import { CONTEXTUAL_ABBREVIATIONS, EVERYDAY_WORDS, PROVINCE_ABBREVIATIONS, gazetteer, type Place } from "./gazetteer";
import { BODY_NAME_ENDS, TOGETHER_WITH_MODALS } from "./patterns";
import { cutApart, isSingleWord, tagWords, wordRarity } from "./segmenter";
import { SINGLE_SURNAMES } from "./leaders";
import { meetingTownship, selfNamedTownship } from "./meeting";
import { townsNamed } from "./towns";

/**
 * Where a report comes from. The city is the one the text names most (full names count double,
 * the title triple); the district only when the report is the district's own (it signs, heads or
 * convenes it), since a city report names districts too. Nothing is guessed from nothing.
 */

interface TrieNode {
  next: Map<string, TrieNode>;
  form?: string;
}

let trie: TrieNode | undefined;

/** A character trie of every gazetteer form: one pass over a text finds them all. */
function formTrie(): TrieNode {
  if (trie) return trie;
  const root: TrieNode = { next: new Map() };
  for (const form of gazetteer().byForm.keys()) {
    let node = root;
    // UTF-16 units, as the scan reads the text, so forms with rare characters match too.
    for (const char of form.split("")) {
      let child = node.next.get(char);
      if (!child) {
        child = { next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    node.form = form;
  }
  trie = root;
  return root;
}

/** A place form found in a text: the form as written, the places it may mean, where it stands. */
interface Mention {
  form: string;
  places: Place[];
  index: number;
  /** A county's short form right before one of its towns (苍南龙港镇): as sure as its full name. */
  beforeTown?: true;
}

/**
 * A place named as the text's own, not one whose meeting is relayed (传达学习金华安全生产电视电话会议精神),
 * that is visited, joined or learnt from (赴苏州, 融入西安都市圈, 接轨上海), or whose guests are met (会见浙江客商).
 */
function namedAsItself(mention: Mention, text: string): boolean {
  return (
    !/(?:传达|学习|贯彻|赴|到|融入|对接|接轨|对标|会见|参加|与|同|往|至)$/.test(
      text.slice(Math.max(0, mention.index - 2), mention.index),
    ) &&
    !/^[^，,。；;\n]{0,14}(?:会议|大会|精神|都市圈|经验)/.test(
      text.slice(mention.index + mention.form.length, mention.index + mention.form.length + 17),
    )
  );
}

/**
 * The one county-level place of a level (县, 区, 旗, 市) the mentions point to, when one alone fits:
 * 咸丰 with 县委 is 咸丰县; 栖霞 with 市长 is 栖霞市, not 栖霞区.
 */
function soleCountyOfLevel(
  named: readonly Mention[],
  level: string,
  text: string,
  /** Where the publisher line starts; the cities and provinces the text names; its script. */
  context: { publisherFrom: number; higherNamed: ReadonlySet<string>; traditional: boolean },
): Place | undefined {
  const { publisherFrom, higherNamed, traditional } = context;
  const found = new Map<string, Place>();
  for (const mention of named) {
    const fromPublisher = mention.index >= publisherFrom;
    const after = text.slice(mention.index + mention.form.length);
    // In the publisher line only a place's media counts: a publisher named after a place (大观新闻网,
    // 宽城融媒) is that place's media, whatever else the word means (蔚为大观); a paper (光明日报, 新安晚报)
    // may be the nation's or a province's. A county-level city's own daily (海安日报) counts for a text
    // that speaks as a 市; a county's paper is rarer than a province's of the same short name (新安晚报).
    // A government's site (潼南政府网) is its own, and so is a county's 中国某某网 (中国舞阳网; not a portal that
    // shares a county's name, 凤凰网, 华龙网, 天山网).
    // So does a place's weather or media account the text points its readers to (“紫金天气”微信公众号, “宽城融媒”
    // 客户端); not “公安发布”, a sector's.
    const media =
      (fromPublisher &&
        (level === "市"
          ? /^(?:新闻网|新闻中心|融媒|发布|电视台|广播电视|日报|政府网|人民政府网|政府门户网)/
          : /^(?:新闻网|新闻中心|融媒|发布|电视台|广播电视|政府网|人民政府网|政府门户网)/
        ).test(after)) ||
      (fromPublisher &&
        /^网(?!\p{Script=Han})/u.test(after) &&
        text.slice(mention.index - 2, mention.index) === "中国") ||
      /^(?:天气|气象|融媒)[”"」]?(?:微信公众号|微信|新浪微博|微博|客户端|APP|抖音号)/.test(after);
    const current = mention.places.filter((place) => place.level === "county" && place.name.endsWith(level));
    // The site of a district that was a county (潼南政府网) over a text that says 全县 is the county's.
    const ofLevel = current.length === 0 && media && level === "县" ? formerCountiesNamed(mention.form) : current;
    const inNamed = ofLevel.filter(
      (place) => (place.city && higherNamed.has(place.city)) || higherNamed.has(place.province),
    );
    // 普陀 is 上海's district and 舟山's: the one in a city or province the text names too (为上海…贡献普陀力量).
    // A traditional text is Taiwan's or Hong Kong's: a mainland place in it needs its city or province
    // named too (建管處同仁踴躍報名 speaks of colleagues, not of 青海's 同仁市).
    // So is the other way round: in a simplified text, 香山大学城 is no sign of 新竹's 香山区.
    let fitting = ofLevel;
    if (inNamed.length === 1) fitting = inNamed;
    else fitting = ofLevel.filter((place) => OverStraitRE.test(place.province) === traditional);
    // 公安, 合作 are words before they are 公安县, 合作市: only a form jieba tags as a place counts, or
    // one it tags as a name (洪湖) or a longer transliterated one (达拉特) standing as a word of its own,
    // not a given name (王高平, 李乐平).
    const tags = tagWords(mention.form).map((word) => word.tag);
    // (A two-character transliteration, 尼玛, 多伦, is a Tibetan or Mongolian given name as often; it
    // counts where the city named picks it out of several, 上海…普陀, not where a province is named.)
    const corroborated = inNamed.length === 1 && ofLevel.length > 1;
    const nameTags = mention.form.length >= 3 || corroborated ? /^nrt?$/ : /^nr$/;
    // A form jieba does not know at all (环翠) is no everyday word either, unless it is a given name
    // (区长李金林) or names a village, community or gate (马村, 张湾社区, 朝天门).
    const unknown =
      tags.every((tag) => tag === "x") &&
      !mention.form.endsWith("村") &&
      !SINGLE_SURNAMES.has(text[mention.index - 1] ?? "") &&
      !/^(?:村|社区|门|镇|乡|街道|片区)/.test(after);
    // 研究室副处长陈安宁: a surname after a title, then a given name (no 安宁区).
    const givenName =
      SINGLE_SURNAMES.has(text[mention.index - 1] ?? "") &&
      /(?:长|主任|书记|干部|委员|助理|秘书)$/.test(text.slice(Math.max(0, mention.index - 4), mention.index - 1));
    const placeWord =
      !givenName &&
      (media ||
        unknown ||
        tags.every((tag) => tag === "ns") ||
        (tags.every((tag) => nameTags.test(tag)) && standsAlone(mention, text)));
    // 新安排 is no 新安 (新安县): jieba cuts the form apart in its sentence.
    const whole = !cutApart(text.slice(mention.index, mention.index + mention.form.length + 3), mention.form.length);
    // 东湖高新区, 滨海新区: a zone named after a place is no county of that name.
    const zone = /^(?:高新|经开|经济开发|开发|新区|保税|综保|综合保税)/.test(after);
    // 新建建筑垃圾中转站8个: an everyday word before a noun and a count is the verb, not 新建区 (宁海城区12个
    // is 宁海县's: a rare word is the place; 南海新增公交线路12条: a verb after it makes it the subject).
    const verbCounting =
      VerbObjectCountRE.test(after) &&
      (wordRarity(mention.form) ?? Infinity) < EVERYDAY_WORD_RARITY &&
      /^(?:n|nz|ng)$/.test(tagWords(after.slice(0, 6))[0]?.tag ?? "") &&
      // (平原城区12个, 江南辖区6所: a part of the place, not the verb's object.)
      !/^(?:城区|辖区|景区|境内|农村|乡村|县城|老城|新区|片区|区域|全域|全境)/.test(after);
    if (
      fitting.length === 1 &&
      fitting[0] &&
      mention.form.length >= 2 &&
      placeWord &&
      whole &&
      !zone &&
      !verbCounting &&
      (media || !fromPublisher)
    )
      found.set(fitting[0].code, fitting[0]);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Below this IDF a county's short form is an everyday word first (新建 7.1, 和平 6.7; 宁海 10.5, 余姚 9.1). */
const EVERYDAY_WORD_RARITY = 7.5;
/** What follows a verb that is also a county's short form: its object, then a count (新建 / 公厕12座). */
const VerbObjectCountRE =
  /^[^，,。；;：:\d\s]{2,14}?\d+(?:个|条|座|所|处|家|台|辆|套|间|户|公里|千米|平方米|米|亩|万)/u;

/** True when no surname stands right before a mention that jieba reads as a name (王高平: a person). */
function standsAlone(mention: Mention, text: string): boolean {
  const before = tagWords(text.slice(Math.max(0, mention.index - 1), mention.index + mention.form.length));
  return !(before.length >= 2 && before[0]?.word.length === 1 && before[0].tag === "nr");
}

/** What 会同 follows where it is a verb: a modal or a comma (in the two characters before), a body's name. */
const ModalBeforeRE = new RegExp(`(?:${TOGETHER_WITH_MODALS}|[，,])$`);
const BodyNameEndRE = new RegExp(`[${BODY_NAME_ENDS}]`);
/** A town's name after a county's short form: 苍南龙港镇, 宣汉东乡街道; not 和谐乡村, 城镇化, 乡镇. */
const TownAfterRE = /^[\p{Script=Han}]{2,3}(?:镇|乡|街道)(?![长委村化镇])/u;
/**
 * What follows a place's short form in the name of a village, a street or a town: 村, 南二巷, 路 (and
 * what makes 沿河 "along the river": 沿河人行道, 沿河两岸);
 * 镇 and 街道 (大龙山镇 is 宜秀区's, no mention of 龙山区), but not 镇村, 镇街 (a Guangdong city's towns
 * and streets), 镇域, 镇级 or the city 镇江 (南京镇江). 乡 is left out: 德清乡贤, 苍南乡亲 are the county's.
 */
const NamedAfterPlaceRE =
  /^[东西南北中]?[一二三四五六七八九十\d]{0,3}(?:村(?!镇)|路|巷|大道|大街|胡同|期|片区|项目|小区|公园|广场|人行道|步道|栈道|绿道|两岸)|^(?:镇(?![村乡街区域级江])|街道)/u;

/** A town's own word before a noun-named district (县城老城区, 城市的老城区): the old quarter, no district. */
const TownQuarterBeforeRE = /(?:县城|城市|主城|城区|镇区|集镇|中心城|的)$/;

/**
 * Every gazetteer form in the text, scanning left to right and taking the longest form at each
 * place (洛阳市 over 洛阳), as a regular expression of all forms would, but in linear time: that
 * expression took 8 of 10 seconds on a 600 KB text.
 */
function mentions(text: string): Mention[] {
  const { byForm } = gazetteer();
  const root = formTrie();
  const found: Mention[] = [];
  let index = 0;
  while (index < text.length) {
    let node: TrieNode | undefined = root;
    let longest: string | undefined;
    for (let at = index; at < text.length && node; at += 1) {
      node = node.next.get(text[at] ?? "");
      if (node?.form) longest = node.form;
    }
    if (longest) {
      const places = byForm.get(longest) ?? [];
      const after = text.slice(index + longest.length, index + longest.length + 6);
      const isFull = places.some((place) => place.name === longest);
      // 代县长 is an acting county head, not 代县; 儋州村, 儋州南二巷, 洛阳路: a village or street named
      // after a place, anywhere.
      // 督查室和县应急局: 和 joins two bodies, it does not name 和县.
      const joinsBodies = /^[和与及][县区市]$/.test(longest) && /[室局办委部府门位所队]/.test(text[index - 1] ?? "");
      // 县发改委要会同县督查落实办…, 县政府督查室会同县旅游节环境整治领导小组, 县妇联会同县民政局: 会同 (together with) is a
      // verb before the county's office, after a modal or a body's name, not 会同县.
      const joinsWith =
        /^会同[县市区]$/.test(longest) &&
        (ModalBeforeRE.test(text.slice(Math.max(0, index - 2), index)) || BodyNameEndRE.test(text[index - 1] ?? ""));
      // 示范县 is no 范县, 创新县域 no 新县: a two-character name whose character ends a word begun before it
      // (a dictionary word: jieba's guess at unknown characters, 响环翠 in 打响环翠品牌, is none).
      // 创新社区 is no 新社区 (台中): a longer name whose first character closes a dictionary word and
      // whose rest is a common noun (jieba's guesses, 赴静 + 海区, are no such words: 赴静海区 is 静海区).
      const window = index > 0 ? tagWords(text.slice(index - 1, index + Math.max(2, longest.length))) : [];
      const insideWord =
        longest.length === 2
          ? (window[0]?.word.length ?? 0) >= 2 && window[0]?.tag !== "x"
          : window.length === 2 &&
            window[0]?.word.length === 2 &&
            window[0].tag !== "x" &&
            window[1]?.word === longest.slice(1) &&
            !/^(?:ns|nr|x)/.test(window[1].tag);
      // 肖文昌参加: after a surname, a form jieba reads as a given name (nr, not ns) is a person's, not 文昌市
      // (浙江嘉兴: 江 closes the province's name, it is no surname there).
      const named = longest.length === 2 && !isFull && SINGLE_SURNAMES.has(text[index - 1] ?? "");
      const closesPlace = named && [2, 3, 4].some((length) => byForm.has(text.slice(index - length, index)));
      const [first, last] = named && !closesPlace ? tagWords(text.slice(index - 1, index + 2)) : [];
      const givenName = first?.word.length === 1 && first.tag === "nr" && last?.word === longest && last.tag === "nr";
      const countySeat = longest.length === 2 && longest.endsWith("县") && /^城(?![市管乡区关建])/.test(after);
      // 资金在线监控和县级报账: 和 is a conjunction and 县级 a word of its own, not 和县 (萧县直属 is 萧县).
      const suffixOpensWord = longest.length === 2 && /^[和与及]/.test(longest) && /^[级域直属]/.test(after);
      // 向来宾们介绍 speaks to guests; 来宾日报, 来宾召开, 在来宾 speak of the city.
      const goneTo = /[在赴到驻抵返离]$/.test(text[index - 1] ?? "");
      const everydayWord =
        !isFull &&
        EVERYDAY_WORDS.has(longest) &&
        !/^(?:日报|晚报|新闻|融媒|广播|电视|召开|举行|全市)/.test(after) &&
        !goneTo;
      // A full name that is also a noun is that noun after a town's own word (县城老城区破旧房屋, a town's old
      // quarter); elsewhere the district (老城区召开…, 老城区：多措并举…).
      const everydayFullName =
        isFull &&
        EVERYDAY_WORDS.has(longest) &&
        TownQuarterBeforeRE.test(text.slice(Math.max(0, index - 3), index)) &&
        !goneTo;
      // 大理石, 长治久安: a short form opening a longer everyday word (not 凤凰古城, a place, nor 泉州人).
      const [opened] = isFull ? [] : tagWords(text.slice(index, index + longest.length + 3));
      const opensCommonWord =
        opened !== undefined &&
        opened.word.length > longest.length &&
        /^(?:n|l|i|a|an|v|vn|d)$/.test(opened.tag) &&
        !opened.word.slice(longest.length).startsWith("人");
      // 振兴县域经济, 争创平安县: a county name guessed from a district's (振兴区, 平安区) whose core is an
      // everyday word, not a place's name, is the word (湟中县, 萧山县 are places).
      const core = longest.slice(0, -1);
      const [coreWord, ...coreRest] = places.every((place) => place.derived) ? tagWords(core) : [];
      const everydayCounty = coreWord !== undefined && (coreRest.length > 0 || !/^(?:ns|nr|nrt|x)$/.test(coreWord.tag));
      // 大亚湾区域: the bay's area, not the zone found by its full name.
      const zoneArea = places.some((place) => place.zone) && after.startsWith("域");
      const notThePlace =
        insideWord ||
        everydayCounty ||
        givenName ||
        zoneArea ||
        everydayWord ||
        everydayFullName ||
        opensCommonWord ||
        countySeat ||
        suffixOpensWord ||
        joinsWith ||
        (/^代[县市区]$/.test(longest) && after.startsWith("长")) ||
        (!isFull && NamedAfterPlaceRE.test(after)) ||
        joinsBodies;
      const beforeTown =
        !isFull && places.some((place) => place.level === "county") && TownAfterRE.test(after)
          ? { beforeTown: true as const }
          : {};
      if (!notThePlace) found.push({ form: longest, places, index, ...beforeTown });
      index += longest.length;
    } else {
      index += 1;
    }
  }
  return found;
}

/**
 * A township that is county-level in the division list (Taiwan's; those of a city without counties,
 * 嘉峪关's 新城镇) whose name towns elsewhere share: 金城镇 is 金门县's and 仪陇县's, 新城镇 a new town
 * (宜居宜业新城镇) as often; 恒春镇 is 屏东县's alone, 横栏镇 中山市's.
 */
function sharedTownship(place: Place): boolean {
  return /[镇乡]$/.test(place.name) && townElsewhere(place.name);
}

/**
 * The county-level places named in full, one each: not 连江县, a county of 福州 and in Taiwan a county-level city
 * of its own; nor a township the division list makes county-level that other counties' towns share (金城镇 next
 * to 柳垭镇 is 仪陇县's town, not 金门县's).
 */
function countiesNamedInFull(named: readonly Mention[]): Place[] {
  const counties = new Map<string, Place>();
  for (const mention of named) {
    if (mention.places.some((place) => place.level === "city")) continue;
    const full = mention.places.filter(
      (place) => place.level === "county" && place.name === mention.form && !sharedTownship(place),
    );
    if (full.length === 1 && full[0]) counties.set(full[0].code, full[0]);
  }
  return [...counties.values()];
}

/** A town of that very name in some county (白马井镇 is no 马井镇). */
function townElsewhere(name: string): boolean {
  return countiesOfTown(name).length > 0;
}

/** The counties holding a town of that very name (not one whose name ends it: 马井镇 in 白马井镇). */
function countiesOfTown(name: string): Place[] {
  return townsNamed(name).find((town) => town.name === name)?.counties ?? [];
}

/** A town or street office convening: 结古街道召开…, 英都镇党委组织召开…. */
const TownConvenesRE =
  /^\s*(?:[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日(?:上午|下午|晚上)?[，,]?)?((?![我本全各])[\p{Script=Han}]{2,6}?(?:街道|镇|乡))(?:党委|党工委|办事处|人民政府|政府)?(?:组织)?(?:召开|举行)/u;

/** A city or prefecture speaking in the text: 市委, 州政府, 副市长, 我市, 行署, 全市 opening a clause. */
const CitySpeaksRE =
  /[市州盟地]委|[市州盟](?:人民)?政府|(?<!城)[市州盟]长|我[市州盟]|行署|(?:^|[，,。；;\n])全[市州盟]/;

/** One-character abbreviations count only in these phrases: 在洛, 来洛, 洛报. */
function contextualCities(text: string): string[] {
  const found: string[] = [];
  for (const [abbreviation, city] of Object.entries(CONTEXTUAL_ABBREVIATIONS)) {
    const phraseRE = new RegExp(
      `(?:在|来|驻|赴|抵|返|离)${abbreviation}(?=[相工考调视期])|${abbreviation}报(?=融媒|集团|记者)`,
      "g",
    );
    const count = [...text.matchAll(phraseRE)].length;
    for (let i = 0; i < count; i += 1) found.push(city);
  }
  return found;
}

/**
 * 传达学习了习近平总书记对广东梅州市梅大高速茶阳路段塌方灾害作出的重要指示: a national leader's instruction
 * on a disaster or accident names the place it struck, not of the meeting that studies it.
 */
function instructionsOnElsewhere(text: string): [number, number][] {
  return (
    [
      ...text.matchAll(
        /(?:总书记|总理|委员长|国家主席)对([^，,。；;]{2,40}?)作出(?:了)?(?:的)?(?:重要)?(?:指示|批示)/gu,
      ),
    ]
      // (…对洛阳市工作作出的重要批示, 对大理洱海保护作出的重要指示 are the place's own work.)
      .filter((match) => /灾害|灾情|事故|塌方|坍塌|火灾|爆炸|地震|险情|泥石流|滑坡|溃坝|案件/.test(match[1] ?? ""))
      .map((match) => [match.index, match.index + match[0].length])
  );
}

/** How many different counties of one city, written short, name the city. */
const SHORT_COUNTIES_NAMING_CITY = 3;

/** Scores cities by how the text names them and their counties. */
export function cityScores(text: string, title: string): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (city: string | undefined, weight: number): void => {
    if (city) scores.set(city, (scores.get(city) ?? 0) + weight);
  };
  // 道里、道外、南岗、香坊等9区: several counties of one city, each written short, name that city.
  const shortCounties = new Map<string, Set<string>>();
  for (const [source, factor] of [
    [text, 1],
    [title, 3],
  ] as const) {
    const elsewhere = instructionsOnElsewhere(source);
    for (const mention of mentions(source)) {
      if (elsewhere.some(([start, end]) => mention.index >= start && mention.index < end)) continue;
      // 持续深化与无锡市在人才引进…的合作: a partner named after 与 or 同 is not where the report is (参与, 会同
      // are verbs; 与洛阳市人民政府签署 names the city's own government).
      const before = source.slice(Math.max(0, mention.index - 2), mention.index);
      const partner = /(?<![参给赋授干])与$|(?<![会共相陪协等])同$/.test(before);
      if (partner && !/^(?:人民政府|政府|市委)/.test(source.slice(mention.index + mention.form.length))) continue;
      const written = mention.places.some((place) => place.name === mention.form);
      if (source === text && !written) {
        for (const place of mention.places) {
          if (place.level === "county" && place.city)
            shortCounties.set(place.city, (shortCounties.get(place.city) ?? new Set()).add(mention.form));
        }
      }
      const isFull = mention.beforeTown === true || written;
      // 海南, 吉林 written short name a province first (海南自由贸易港), not 青海's 海南州.
      if (!isFull && mention.places.some((place) => place.level === "province")) continue;
      // The cities a form may point to: 桃园市 is a city and, in the old division list, also a
      // county of that city, which is one city, not two.
      const cities = new Map<string, boolean>();
      for (const place of mention.places) {
        const city = place.level === "city" ? place.name : place.city;
        if (city && place.level !== "province") cities.set(city, cities.get(city) === true || place.level === "city");
      }
      // An ambiguous short form (朝阳 is in three cities) says little.
      const weight = ((isFull ? 2 : 1) * factor) / Math.max(1, cities.size);
      // A county-level township named in full (金城镇) may as well be a town elsewhere: no city's.
      const township = mention.places.every((place) => sharedTownship(place));
      for (const [city, isCity] of cities) {
        if (isCity) add(city, weight);
        else if (isFull && !township) add(city, weight / 2);
      }
    }
  }
  for (const city of contextualCities(text)) add(city, 1);
  for (const [city, forms] of shortCounties) if (forms.size >= SHORT_COUNTIES_NAMING_CITY) add(city, 2);
  return scores;
}

/** The best-scoring city, if it scores at least `minimum`. */
export function bestCity(scores: Map<string, number>, minimum = 2): string | undefined {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < minimum) return undefined;
  if (second && second[1] === first[1]) return undefined;
  return first[0];
}

/** The county-level places of a city named in the text, full or short. */
function countyNamed(form: string, city: string | undefined): Place | undefined {
  const { byForm } = gazetteer();
  const candidates = (byForm.get(form) ?? []).filter((place) => place.level === "county");
  const inCity = city ? candidates.filter((place) => place.city === city) : candidates;
  return inCity.length === 1 ? inCity[0] : undefined;
}

/**
 * A county upgraded since the text was written (黔西县, today 黔西市; 长安县, today 长安区) keeps the
 * name the text gives it where the text never writes today's.
 */
function nameAsWritten(district: string, text: string): string {
  if (text.includes(district) || !/^[\p{Script=Han}]{2,}[县市区]$/u.test(district)) return district;
  const core = district.slice(0, -1);
  return new RegExp(`${core}[县市区](?!域)`).exec(text)?.[0] ?? district;
}

/** Signals that the report is a district's own, each giving the district's written form. */
function ownDistrictForms(input: RegionInput, city: string | undefined): string[] {
  const forms: string[] = [];
  // The text's place mentions, scanned once for the two rules below that count the city's counties in them.
  let textMentions: Mention[] | undefined;
  const mentionsInText = (): Mention[] => (textMentions ??= mentions(input.text));
  /** How often the text names each county of the city that fits, most often first. */
  const countyCounts = (fits: (place: Place, mention: Mention) => boolean): [string, number][] => {
    const counts = new Map<string, number>();
    for (const mention of mentionsInText())
      for (const place of mention.places)
        if (place.level === "county" && place.city === city && fits(place, mention))
          counts.set(place.name, (counts.get(place.name) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const DistrictWord = "[\\p{Script=Han}]{2,6}?(?:新区|区|县|市)";
  const heading = new RegExp(`^(${DistrictWord})\\s*[:：]$`, "u").exec(input.firstLine ?? "");
  if (heading?.[1]) forms.push(heading[1]);
  const { byForm } = gazetteer();
  // (江西省上饶市人民政府, 上饶市人民政府: a city's government signing names no district.)
  const signer = /^((?:(?!省)\p{Script=Han}){1,6}?(?:新区|区|县|市))(?:人民政府|委员会|政府)$/u.exec(
    input.signer ?? "",
  )?.[1];
  if (signer && !(byForm.get(signer) ?? []).some((place) => place.level === "city")) forms.push(signer);
  // A signing body named after its county: 新县城市管理委员会办公室.
  for (let length = 6; length >= 2; length -= 1) {
    const prefix = input.signer?.slice(0, length) ?? "";
    if (
      (byForm.get(prefix) ?? []).some(
        (place) => place.level === "county" && place.name === prefix && (!city || place.city === city),
      )
    ) {
      forms.push(prefix);
      break;
    }
  }
  // The publisher is a district's own office (台南市南区区公所), or a county's own media named in full
  // (智慧邵阳县) for a text that speaks as a county (我县, 全县). A city's text it reposts (全市, 我市)
  // speaks as the city, though it names 县长 or 县委书记.
  const speaksAs = (level: string): boolean => new RegExp(`[我全本]${level}`).test(input.text);
  for (const publisher of (input.publisher ?? "").split("\n")) {
    const ownOffice = OwnOfficeRE.test(publisher);
    for (const mention of mentions(publisher)) {
      const county = mention.places.find((place) => place.level === "county" && (!city || place.city === city));
      const level = county?.name.slice(-1) ?? "";
      if (!county || (level !== "市" && speaksAs("市") && !speaksAs(level))) continue;
      // (A site's section named for the county, 汾西 or 汾西要闻, over a text that says 我县.)
      // (Not a county-level city's: a prefecture's text says 我市 too; nor a word, 平安动态.)
      const section =
        level !== "市" &&
        new RegExp(`^${mention.form}(?:要闻|新闻)?$`, "u").test(publisher.trim()) &&
        !isSingleWord(mention.form, /^(?:ns|nr|nz|nt|x)/) &&
        !EVERYDAY_WORDS.has(mention.form);
      // 来源: 榆树市信息中心 over 代市长吴威主持召开市长办公会: a county-level city's own outlet, its
      // prefecture never named; the 市 of the text's offices can only be the county-level city.
      const soleCity =
        level === "市" &&
        county.name === mention.form &&
        city !== undefined &&
        !input.text.includes(city.replace(/市$/, "")) &&
        /(?<![城都])市(?:长|政府|人民政府)/.test(input.text) &&
        // (A province's or the nation's text, 全省…推进会, 省政府召开…, reposted by the city, is not the city's.)
        !/[省国](?:委|政府|人民政府|务院)|全省|全国/.test(input.text);
      if (ownOffice || soleCity || ((county.name === mention.form || (section && city)) && speaksAs(level)))
        forms.push(mention.form);
    }
  }
  // 县政府, 副县长, 县水务局 with one county of the city named: the report is that county's own.
  // 虹口区区长: the office may follow the place's own name (各县区人民政府, 各区、县委 are a city's addressees).
  const levelWords =
    /(?:^|[^\p{Script=Han}]|率|和|及|(?<=(?<!各)[县区旗]))(?<!各[区县市旗][、，,])(县|区|旗)(?:人民政府|政府|委|长|[\p{Script=Han}]{1,6}?(?:局|建委))/mu;
  const bare = levelWords.exec(input.text)?.[1];
  if (bare && city) {
    // The county the text keeps returning to (筠连 four times, the two it visited twice each).
    const [first, second] = countyCounts((place) => place.name.endsWith(bare));
    if (first && (!second || first[1] > second[1])) forms.push(first[0]);
  }
  // 武夷山市委书记林旭阳在…主持召开…: the lead's chair holds a county's office, the county named in full.
  for (const match of input.lead.matchAll(ChairOfCountyRE)) {
    const county = (byForm.get(match[1] ?? "") ?? []).find(
      (place) => place.level === "county" && place.name === match[1] && place.city === city,
    );
    if (county) {
      forms.push(county.name);
      break;
    }
  }
  // 到兴庆分局主持召开…推进会: a meeting at a city bureau's district branch is that district's.
  const branch = /(?:到|在|赴|^|[，,])([\p{Script=Han}]{2,4}?)分局(?:[^。，,；;]{0,6}?)(?:召开|举行|主持)/mu.exec(
    `${input.title}\n${input.lead}`,
  )?.[1];
  const branchCounty = branch
    ? (byForm.get(branch) ?? []).find((place) => place.level === "county" && place.city === city)
    : undefined;
  if (branchCounty && city) forms.push(branchCounty.name);
  // 富民县2023年…惠民演出圆满结束 with 我县, 全县 in the text: a county the title names speaks of itself.
  for (const mention of mentions(input.title)) {
    const county = mention.places.find(
      (place) => place.level === "county" && place.name === mention.form && (!city || place.city === city),
    );
    const level = county?.name.slice(-1) ?? "";
    // 泽州县柳树口镇召开…, 万山区“多彩贵州”文明行动督查通报: a title that opens with the county is its.
    const opensTitle = mention.index === 0 && (county?.name.length ?? 0) >= 3;
    if (county && /[县区旗市]/.test(level) && (opensTitle || speaksAs(level))) forms.push(county.name);
  }
  // 苍南龙港镇召开…, 永安市安砂镇举办…: the title or lead names a town by its county, short or in full;
  // the report is that county's. A city's own report (我市火点…汝阳县陶营镇2个) names its counties' towns
  // in full too, as does a visit from above (三明市委书记到永安市安砂镇调研).
  const opening = `${input.title}\n${input.lead}`;
  const citySpeaks = CityOwnOfficeRE.test(city ? input.text.replaceAll(city, "") : input.text);
  // (海曙区鼓楼街道、江北区甬江街道、鄞州区百丈街道等: a round-up of the city's districts is none of theirs.)
  const openingMentions = mentions(opening);
  const countiesInFull = new Set(
    openingMentions
      .filter((mention) => mention.places.some((place) => place.level === "county" && place.name === mention.form))
      .map((mention) => mention.form),
  );
  for (const mention of openingMentions) {
    const visited = /(?:到|赴|在|深入|前往|来到|走进)$/.test(
      opening.slice(Math.max(0, mention.index - 2), mention.index),
    );
    const full = !citySpeaks && !visited && countiesInFull.size === 1 && countiesInFull.has(mention.form);
    const townAfter = TownAfterRE.test(opening.slice(mention.index + mention.form.length));
    // 湖南怀化溆浦县北斗溪镇茅坡村: an address, city, county and town in one run, places the story
    // wherever the city's offices come into it.
    // (Not where the city goes there, 到怀化溆浦县…调研, or speaks as itself, 我市火点…分布在….)
    const cityPrefix = [city ?? "", (city ?? "").replace(/市$/, "")].find(
      (form) => form !== "" && opening.slice(0, mention.index).endsWith(form),
    );
    const addressed =
      townAfter &&
      cityPrefix !== undefined &&
      !/(?:到|赴|在|深入|前往|来到|走进)$/.test(opening.slice(0, mention.index - cityPrefix.length)) &&
      !/[我全本]市/.test(input.text);
    const county =
      mention.beforeTown || (full && townAfter) || addressed
        ? mention.places.find((place) => place.level === "county" && (!city || place.city === city))
        : undefined;
    if (county) forms.push(county.name);
  }
  // 5月11日结古街道召开…: a town or street office convening its own meeting lies in one county of the city.
  if (city && !citySpeaks) {
    const convening = (TownConvenesRE.exec(input.title) ?? TownConvenesRE.exec(input.lead))?.[1];
    const county = convening ? countiesOfTown(convening).filter((place) => place.city === city) : undefined;
    if (county?.length === 1 && county[0]) forms.push(county[0].name);
  }
  const cityForms = city ? [city, city.replace(/市$/, "")] : [];
  for (const cityForm of cityForms) {
    // 长沙市天心区先锋街道组织召开: a district's street office or bureau convening is the district's too.
    const convened = new RegExp(
      `${cityForm}(?!市)(${DistrictWord})(?:[\\p{Script=Han}]{2,8}?(?:街道办事处|街道|镇|乡|社区|局|委|办))?(?:再次|又)?(?:召开|举行|组织|开展|印发|出台|夯实|推进|打造)`,
      "gu",
    );
    // The lead may be a photo's caption (会议现场。): the opening of the text counts too.
    const opening = `${input.title}\n${input.lead}\n${input.text.slice(0, 300)}`;
    for (const match of opening.matchAll(convened)) if (match[1]) forms.push(match[1]);
  }
  // 近日，永善县召开县委常委会…: the lead opens with a county of the city, in full, convening (a county
  // convening later in a city's report, 会后，永善县召开…, does not make it the county's).
  const convener = new RegExp(
    `^\\s*(?:近日|日前|[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日[上下]?午?)?[，,]?(${DistrictWord})(?:委|人民政府|政府)?(?:再次|又)?(?:组织)?(?:召开|举行)`,
    "u",
  ).exec(input.lead)?.[1];
  if (convener && city && countyNamed(convener, city)?.name === convener) forms.push(convener);
  // 雷山县要…, 雷山县委督查室…: a text that keeps naming one county of its city in full, and speaks
  // with none of the city's own offices, is about that county.
  if (forms.length === 0 && city && !citySpeaks) {
    const [first, second] = countyCounts((place, mention) => place.name === mention.form);
    if (first && first[1] >= 2 && (!second || first[1] > second[1])) forms.push(first[0]);
  }
  return forms;
}

/**
 * A county's own leader chairing, the county in full: 武夷山市委书记林旭阳在…主持召开, 永善县县长…主持 (not
 * one who attends or reports at what another chairs: 林旭阳参加…袁超主持召开的…).
 */
const ChairOfCountyRE =
  /([\p{Script=Han}]{2,6}?(?:县|区|市|旗))(?:委|人民政府|政府)?(?:书记|副书记|常委|[县区市旗]长|副[县区市旗]长)[\p{Script=Han}、]{2,4}(?:同志)?(?:(?!参加|出席|列席|陪同|随同|汇报)[^。，,；;]){0,24}?(?:主持|召开)(?!(?:召开)?的)/gu;
/**
 * A city's or prefecture's own offices and collectives (全市, 市长, 市发改委, 市直各单位、各区县): the
 * report is the city's; not the city's call a district's body answers (响应全市号召), nor the city a district
 * ranks in (位居全市前列, 居全市第一; 全市第二批 is the city's own).
 */
const CityOwnOfficeRE =
  /(?<!位居|位列|居|列)全市(?!的?号召|前列|排名|之首)|我市|市委|市长|市政府|市人民政府|市直|各区县|各县区|各县市区|各县（市、区）|全州|州委|州长|州政府|全盟|盟委|盟长|行署|(?<![县区\p{Script=Han}])市[\p{Script=Han}]{1,8}?(?:局|委|办)/u;

const MACAU = "澳门特别行政区";
const HONG_KONG = "香港特别行政区";
/** Where traditional characters are the written standard. */
const OverStraitRE = /^(?:台湾省|香港特别行政区|澳门特别行政区)$/;
/**
 * Offices only Hong Kong has (政务司司长, 财政司司长 (Macau's is 经济财政司), 区议会, 民政事务专员, 房屋署,
 * 屋宇署, 市区重建局, 各决策局 or 政策局), which its own news names without 香港.
 */
const HongKongOfficeRE =
  /政务司|(?<!经济)财政司|律政司|民政事务(?:总署|专员|局)|民青局|区议会|十八区|房屋署|食环署|食物环境卫生署|环境及生态局|卫生防护中心|[决政]策局|运输署|渠务署|运输及物流局|屋宇署|市区重建局|地政总署|路政署|水务署|规划署|建筑署|土木工程拓展署|机电工程署|差饷物业估价署/gu;

/** How a text names Hong Kong and Macau (for counting), and how each speaks as itself (本港, 全澳). */
const HongKongNamedRE = /香港|本港|全港/g;
const MacauNamedRE = /澳门|本澳|全澳/g;
const HongKongOwnRE = /本港|全港/;
const MacauOwnRE = /本澳|全澳/;

/**
 * True when a place of Hong Kong or Macau stands in a text that speaks as the other territory (本澳, 全港)
 * and never names the place's own (a 香港 text may name 澳门 three times, its own 大埔区 once).
 */
function namesOnlyTheOtherTerritory(province: string, text: string): boolean {
  const [ownNamed, otherOwn] =
    province === HONG_KONG ? [HongKongNamedRE, MacauOwnRE] : province === MACAU ? [MacauNamedRE, HongKongOwnRE] : [];
  return ownNamed !== undefined && otherOwn !== undefined && otherOwn.test(text) && !text.match(ownNamed);
}

/**
 * Hong Kong's or Macau's own news: its Chief Executive acts (行政长官岑浩辉今(24)日先后主持…), or its
 * 特区政府 or a 司长 does, the text names that territory (a dateline may be where) and not the other, and no mainland government or leader takes part (会见
 * by a 自治区党委书记, 州长, 市领导陪同): 岑浩辉…视察澳门…深合区 is Macau's, though 横琴粤澳深度合作区 is in 珠海.
 */
function specialRegionOf(text: string): string | undefined {
  if (
    !/行政长官\p{Script=Han}{2,4}(?:今|昨|本月|[（(\d]|先后|主持|出席|表示|指出|宣布|率|召开)|特区政府|司司长|[政财]务?司长/u.test(
      text,
    )
  )
    return undefined;
  if (/党委|[省市县区州]委|(?:[省市县州]|(?<!特)区)(?:人民)?政府|[省市县州]长|[省市县区镇]领导|厅长|部长/.test(text))
    return undefined;
  // The territory the text keeps naming: 澳门's Chief Executive may speak of a fire in 香港 once.
  const macau = (text.match(MacauNamedRE) ?? []).length;
  const hongKong = (text.match(HongKongNamedRE) ?? []).length;
  if (macau > 2 * hongKong) return MACAU;
  if (hongKong > 2 * macau) return HONG_KONG;
  return undefined;
}

/**
 * The province a text without a city keeps naming (山西省中条山国有林管理局, 四川铁科…公司): full
 * names count double, and it takes two counts to decide.
 */
function namedProvince(input: RegionInput): string | undefined {
  const scores = new Map<string, number>();
  const count = (source: string, weight: number): void => {
    for (const mention of mentions(source)) {
      // 促进栖霞与台湾经济文化交流: a partner named after 与/同/赴 is not where the report is.
      if (/[与同赴向对]$/.test(source.slice(Math.max(0, mention.index - 1), mention.index))) continue;
      const provinces = mention.places.filter((place) => place.level === "province");
      if (provinces.length !== 1 || !provinces[0]) continue;
      const { name } = provinces[0];
      scores.set(name, (scores.get(name) ?? 0) + weight * (mention.form === name ? 2 : 1));
    }
  };
  for (const source of [input.text, input.title, input.publisher ?? ""]) count(source, 1);
  // A dateline's media (本刊河南讯(贺向阳 田鑫)) names its place once more, where the text settles on no
  // province of its own (本报北京讯(记者…)…湖北省近日启动… is 湖北's).
  if (!leading(scores)) count(DatelineMediaRE.exec(input.lead)?.[1] ?? "", 1);
  // 吹袭本澳: Macau's own releases call it 本澳 ("this Macau"), with no other name.
  const ownMacau = (input.text.match(/本澳/g) ?? []).length;
  if (ownMacau > 0) scores.set(MACAU, (scores.get(MACAU) ?? 0) + 2 * ownMacau);
  // One such office may be a visit's; two of them are the territory's own business, where the text
  // names no other province (广东省副省长会见政务司副司长… is 广东's).
  const hongKongOffices = (input.text.match(HongKongOfficeRE) ?? []).length;
  const elsewhere = [...scores.keys()].some((province) => province !== HONG_KONG);
  // (县住建局组织人员赴港考察,参观了屋宇署、市区重建局: the offices a mainland body visited.)
  const visited = /赴港|赴香港/.test(input.text);
  if (hongKongOffices >= 2 && !elsewhere && !visited)
    scores.set(HONG_KONG, (scores.get(HONG_KONG) ?? 0) + hongKongOffices);
  return leading(scores);
}

/** The province that scores 2 or more, ahead of every other. */
function leading(scores: ReadonlyMap<string, number>): string | undefined {
  const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/**
 * A ministry of the State Council holding its own meeting (交通运输部部长…主持召开部务会, 民政部党组会议); a
 * party committee's 组织部 is none.
 */
const NationalMinistryRE =
  /(?:^|[，,。；;\s])(?:国家)?(外交|国防|教育|科学技术|科技|工业和信息化|公安|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|卫生健康|退役军人事务|应急管理|审计)部(?:部长|副部长|党组|召开|举行|部务会)/u;

export interface RegionInput {
  /** Simplified text of the article. */
  text: string;
  title: string;
  /** The lead paragraph. */
  lead: string;
  /** The article's first line (a place heading in experience pieces). */
  firstLine?: string;
  /** The signing organisation of a 通报 or 检查. */
  signer?: string;
  /** The city the page as a whole is about, for articles that never name theirs. */
  pageCity?: string;
  /** A region the user gave for the batch (--region), which wins. */
  given?: Region;
  /** The publisher the page or record names (台南市南区区公所, 洛阳日报), simplified. */
  publisher?: string;
  /** The place of a division code in a database record (411200 → 三门峡市). */
  recordPlace?: Place;
  /** The number an official document stands under (甘政发〔2022〕9号), simplified. */
  docNumber?: DocNumber;
  /** The account that reposted the article (新余云为媒), simplified: a last resort for its city. */
  repostAccount?: string;
  /** The script the source is written in: a traditional text's 連江縣 is Taiwan's, not 福州's. */
  script?: "simplified" | "traditional";
}

/**
 * The media a lead opens with: 云上荆州报道：, 秀山网讯, 仪陇新闻网讯(记者…, 本刊河南讯(贺向阳 田鑫), 德州新闻网讯 5月6日
 * (not 本报讯).
 */
const DatelineMediaRE =
  /^\s*据?([\p{Script=Han}]{2,12}?)(?:网讯|报讯|讯|报道)\s*(?:[:：]|[（(](?:记者|通讯员|\p{Script=Han}{2,4}[\s)）])|(?<=讯\s*)(?=\d{1,2}月\d{1,2}日))/u;

/** Offices whose name makes the publisher a district's or county's own: 南区区公所, 新县人民政府. */
const OwnOfficeRE = /(?:区公所|公所|人民政府|政府|区委|县委|办事处|融媒体中心|新闻中心|传媒中心)$/;

/**
 * The county a government publishing the report names in full (信息来源：嘉祥县孟姑集镇人民政府, 发布机构：富民县
 * 人民政府): the report is its own, whatever places its people visit.
 */
function publishingCounty(publisher: string, text: string, textMentions: () => Mention[]): Place | undefined {
  const GovernmentEndRE = /(?:人民政府|政府|公所|办事处)$/;
  for (const line of publisher.split("\n").map((written) => written.trim())) {
    if (!GovernmentEndRE.test(line)) continue;
    const counties = mentions(line).flatMap((mention) =>
      mention.places.filter((place) => place.level === "county" && place.name === mention.form),
    );
    const [county] = counties;
    if (!county || counties.length > 1) continue;
    // (Not its repost of another city's or county's news, 省长到临沂市兰陵县调研, unless the text names the county or
    // the town that publishes: the government's own people, 孟姑集镇考察团.)
    const own = line.slice(line.indexOf(county.name) + county.name.length).replace(GovernmentEndRE, "");
    const namesOwn = text.includes(county.name) || (own.length >= 2 && text.includes(own));
    const namesCityInFull = textMentions().some((mention) =>
      mention.places.some((place) => place.level === "city" && place.name === mention.form),
    );
    if (namesOwn || !namesCityInFull) return county;
  }
  return undefined;
}

/**
 * A province's own document: its government, party committee or a department of it issuing
 * (黑龙江省人民政府关于落实…的意见). The cities it addresses are not where it is.
 */
const ProvinceIssuerRE =
  /^([\p{Script=Han}]{2,8}?省)(?:人民政府|政府|委员会|委|[\p{Script=Han}]{1,12}?(?:厅|局|委员会))(?:办公厅|办公室)?(?:关于|印发)/u;

/**
 * A province's body convening the province's meeting (湖南省委网信办在长沙召开全省…部署会议, 云南省烟草专卖局召开
 * 2015年全省…工作会): the capital it meets in is a venue, not where the report is. (Not a city attending
 * one, 我市参加全省…会议.)
 */
const ProvinceMeetingRE =
  /^(?:[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日(?:上午|下午|晚上)?[，,]?)?(?:根据[^。；;]{2,40}?[，,])?(?:中共)?([\p{Script=Han}]{2,8}?省)(?:委|人民政府|政府|[\p{Script=Han}]{1,24}?(?:厅|局|部|办|委员会|办公室|小组|指挥部))(?:在([\p{Script=Han}]{2,4}?))?(?:组织)?(?:召开|举行)了?(?:\d{4}年度?)?全省/u;

function isProvinceName(name: string): boolean {
  return (
    gazetteer()
      .byForm.get(name)
      ?.some((place) => place.level === "province") === true
  );
}

function provinceConvening(title: string, lead: string, text: string, publisher: string): string | undefined {
  const meetings = [title, lead].map((opening) => ProvinceMeetingRE.exec(opening) ?? []);
  const province = meetings.map(([, named]) => named).find((named) => named && isProvinceName(named));
  if (!province) return undefined;
  if (!speaksAsProvince(province, `${title}\n${text}`)) return undefined;
  // (The title may name the meeting bare and the lead its venue: 在武汉召开….)
  const venues = meetings.map(([, , venue]) => venue).filter((venue) => venue !== undefined);
  // (我市在分会场收听, 赣州市副市长介绍: a city's own part in the province's meeting is the city's report; so
  // is one that names a city or county of the province in full, 岳阳市应急管理局作交流发言 (the venue's too,
  // 长沙市住建局介绍…), one whose own office attends, 临沂市交通运输局局长刘建参加会议 (其他城市 cited besides), or
  // one whose publisher places one, 来源:岳阳日报. A report naming two of its cities besides the venue,
  // 昆明市局和大理州局分别作交流发言, tells the province's meeting, the venue's welcome (郴州市…局长出席会议并
  // 致辞) too.)
  const ofProvince = (mention: Mention): boolean =>
    mention.places.some((place) => place.level !== "province" && place.province === province);
  const inFull = (mention: Mention): boolean => mention.places.some((place) => place.name === mention.form);
  // (The venue written short, 在郴州召开, is the 郴州市 the text names in full.)
  const venuePlaces = venues.flatMap((venue) => gazetteer().byForm.get(venue) ?? []);
  const named = mentions(text).filter(ofProvince);
  const others = named.filter((mention) => !mention.places.some((place) => venuePlaces.includes(place)));
  const cities = new Set(others.flatMap((mention) => mention.places.map((place) => place.city ?? place.name)));
  const attends = others.some(
    (mention) =>
      inFull(mention) &&
      /^[^。，,；;]{0,24}?(?:参加|出席)了?(?:本次)?会议/.test(text.slice(mention.index + mention.form.length)),
  );
  const namedInFull = attends || (cities.size <= 1 && named.some(inFull));
  return namedInFull || mentions(publisher).some(ofProvince) ? undefined : province;
}

/**
 * Whether a text speaks as its province (我省, 省委, 省应急管理厅; an autonomous region's 自治区人民政府, 区党委) and
 * as no city, county or town in it (我市, 全县, 县委, 市长, 州政府, 行署; 各州市人民政府 are the province's addressees).
 */
export function speaksAsProvince(province: string | undefined, text: string): boolean {
  if (!province) return false;
  const autonomous = province.endsWith("自治区");
  // (全省交通骨干企业, a firm praising itself, is no province speaking: its government or a department is.)
  const own = autonomous
    ? /自治区(?:党委|人民政府|政府)|区党委|区政府|自治区\p{Script=Han}{1,12}?(?<!大)厅/u
    : /我省|省委|省政府|省人民政府|省\p{Script=Han}{1,12}?(?:(?<!大)厅|局|委员会|指挥部|办公室)/u;
  // (An autonomous region's 全区 is its own; its 州 and 盟 are below it.)
  const levels = autonomous ? "市县旗州盟" : "市县区旗州";
  const lower = new RegExp(
    `[我全本][${levels}镇乡]|(?<!各\\p{Script=Han}{0,3})[${levels}](?:委|长|政府|人民政府)|地委|行署|分会场`,
    "u",
  );
  return own.test(text) && !lower.test(text);
}

/**
 * A province's own body signing (江西省城乡环境综合整治…联席会议办公室, 河南省住房和城乡建设厅): the
 * cities its 通报 ranks are not where it is. (江西省南昌市人民政府 is the city's.)
 */
function provinceSigner(signer: string | undefined): string | undefined {
  const province = /^(?:中共)?([\p{Script=Han}]{2,8}?省)/u.exec(signer ?? "")?.[1];
  if (!signer || !province || !isProvinceName(province)) return undefined;
  const rest = signer.slice(signer.indexOf(province) + province.length);
  return mentions(rest).some((mention) => mention.index === 0) ? undefined : province;
}

/** The province whose government numbers a document so: 甘政发〔2022〕9号, 鲁政办字〔2023〕5号. */
function provinceNumbering(docNumber: DocNumber | undefined): string | undefined {
  const prefix = /^(内蒙|\p{Script=Han})政(?:办)?(?:发|字|函|电|明电|办发)?$/u.exec(docNumber?.issuer ?? "")?.[1];
  return prefix ? PROVINCE_ABBREVIATIONS[prefix] : undefined;
}

/** The counties once named `${core}县` that are districts or renamed today (潼南县, 湟中县). */
function formerCountiesNamed(core: string): Place[] {
  return (gazetteer().byForm.get(`${core}县`) ?? []).filter((place) => place.former);
}

/** The county a district was before it became one (湟中县 for 湟中区), where the gazetteer knows it. */
function formerCounty(district: Place): Place | undefined {
  const core = /^(\p{Script=Han}{2,3})区$/u.exec(district.name)?.[1];
  return core ? formerCountiesNamed(core).find((place) => place.city === district.city) : undefined;
}

/** The text with a mention's characters blanked by spaces, offsets kept. */
function blankedAt(text: string, mention: Mention): string {
  return (
    text.slice(0, mention.index) + " ".repeat(mention.form.length) + text.slice(mention.index + mention.form.length)
  );
}

/**
 * The text with every county named in full (襄城区, 湟中县) and every collective of counties (各县（市、区）
 * 人民政府, 各县区政府) blanked out, each character by a space: offices that are not the text's own.
 */
function withoutOthersOffices(text: string): string {
  let blanked = text.replace(/各[县市区旗、，,（()）]{1,10}(?:人民)?政府/gu, (collective) =>
    " ".repeat(collective.length),
  );
  for (const mention of mentions(text)) {
    if (!mention.places.some((place) => place.level === "county" && place.name === mention.form)) continue;
    blanked = blankedAt(blanked, mention);
  }
  return blanked;
}

/** After a place: its epidemic told (…疫情防控形势, …等地发生疫情, 确诊…), not its epidemic work (…疫情防控工作会议). */
const EpidemicThereRE =
  /^(?:\p{Script=Han}{1,5}?[市县区州盟])?(?:[、和及]\p{Script=Han}{2,10}?[省市县区州盟])*(?:等地区?|等城市|地区)?的?(?:本轮)?(?:新冠肺炎)?(?:疫情(?!防控(?:工作)?(?:会议|调度|专题|指挥部|领导小组|办公室|要求|部署|工作|措施|政策))|(?:发生|出现)了?(?:新冠肺炎)?疫情|确诊|本土病例|中高风险)/u;
/** Before a place: a trip to or from it (北京至, 前往, 途经, 来自, 从…返回), not 送至, 截至, 以往, 服从, 自从. */
const TravelledToRE = /(?:(?<![送报发寄转截])至|(?<!以)往|途经|来自|(?<![服听遵顺自])从|返回|到访)$/;

/**
 * A county's epidemic notice (我县, 本县, 全县) names the cities and provinces where the virus is or where
 * people travel (尤其是辽宁省大连市疫情防控形势仍然严峻, 南京市、张家界市等地发生疫情, 北京至辽宁省区间运行的列车):
 * they are not where the notice is, and are blanked. (Not its own city's epidemic work, 德州市疫情防控工作会议,
 * 服从济宁市疫情防控指挥部统一调度, nor in a text that also speaks as a city, 我市新增本土病例; 全市, 本市户籍 are
 * routine in a county's text.)
 */
function withoutEpidemicElsewhere(text: string): string {
  if (!/疫情/.test(text) || !/[我本全]县/.test(text) || /我市/.test(text)) return text;
  let blanked = text;
  // (前往北京市、上海市: the places listed after one travelled to are travelled to, as is the city written on
  // after its province: 从湖南省长沙市返回.)
  let lastBlankedEnd = -1;
  for (const mention of mentions(text)) {
    if (!mention.places.some((place) => place.level === "city" || place.level === "province")) continue;
    const before = text.slice(Math.max(0, mention.index - 4), mention.index);
    const listedAfterBlanked = lastBlankedEnd >= 0 && /^[、和及]?$/.test(text.slice(lastBlankedEnd, mention.index));
    const after = text.slice(mention.index + mention.form.length, mention.index + mention.form.length + 24);
    if (!EpidemicThereRE.test(after) && !TravelledToRE.test(before) && !listedAfterBlanked) continue;
    blanked = blankedAt(blanked, mention);
    lastBlankedEnd = mention.index + mention.form.length;
  }
  return blanked;
}

/** The one county every town (two at least) lies in, when there is exactly one. */
function sharedCounty(towns: readonly { counties: readonly Place[] }[]): Place | undefined {
  if (towns.length < 2) return undefined;
  const [first, ...rest] = towns;
  const common = (first?.counties ?? []).filter((county) =>
    rest.every((town) => town.counties.some((other) => other.code === county.code)),
  );
  return common.length === 1 ? common[0] : undefined;
}

/** The region of an article, and notes on what could not be settled. */
export function extractRegion(raw: RegionInput): { region: Region; notes: string[] } {
  const input = { ...raw, text: withoutEpidemicElsewhere(raw.text) };
  const notes: string[] = [];
  // 交通运输部部长杨传堂主持召开部务会 on a 济南 firm's page: a ministry of the State Council speaks for
  // no region, whatever the page around it names, unless its title or lead places it (在济南召开).
  // (Not a ministry's visit or meeting a local report tells of, 商务部副部长来我市调研, 到山东调研, nor Taiwan's
  // 教育部 in a traditional text.)
  const headline = `${input.title}\n${input.lead}`;
  const ministry = input.given || input.script === "traditional" ? undefined : NationalMinistryRE.exec(headline)?.[1];
  if (
    ministry &&
    /部务会|党组(?:扩大)?会议?|部长办公会/.test(headline) &&
    !/我[省市县区州旗]|[来到赴][^，,。]{0,6}[省市县区州]|(?:省|自治区)/.test(headline) &&
    cityScores(headline, "").size === 0
  )
    return { region: {}, notes: [`${ministry}部是国务院部门，不按地区归属`] };
  const scores = cityScores(input.text, input.title);
  // A place written the same on both sides of the strait (連江縣) is Taiwan's in a traditional text.
  if (input.script === "traditional") {
    const { byForm } = gazetteer();
    for (const [city, score] of scores) {
      const place = byForm.get(city)?.find((candidate) => candidate.level === "city");
      if (place?.province === "台湾省" && score > 0) scores.set(city, score + 1);
    }
  }
  // A city paper or office (洛阳日报, 台南市政府新闻处), or the media a dateline names (云上荆州报道：),
  // places its reports in its city.
  const datelineMedia = DatelineMediaRE.exec(input.lead)?.[1] ?? "";
  // (来源:上海市农业农村委员会 over 厦门市副市长…部署, a text that never names 上海: a site that reposted
  // another city's news, not the city's own.)
  // (Not a text that speaks as its own place, 我市, 来我县考察, nor a 省委常委 who is also a city's 书记.)
  // (Nor one that names its own offices bare, as a city's site does: 副市长某某陪同, 市发改委主任….)
  const speaksAsOwn =
    /[我全本][市县区旗]/.test(input.text) ||
    /(?:^|[^\p{Script=Han}]|常委、)(?:常务)?副?(?:市长|县长|区长|市委|县委|区委|市政府|县政府|区政府)|(?<!\p{Script=Han})[市县区](?!场)\p{Script=Han}{1,8}?(?:局|委|办)/mu.test(
      input.text,
    );
  const otherCityLeads = speaksAsOwn
    ? []
    : [...scores.keys()].filter((city) =>
        new RegExp(`(?<!省委常委、)${city}(?:委|人民政府|政府)?(?:常务)?副?(?:书记|市长)`).test(input.text),
      );
  for (const [city, score] of cityScores(`${input.publisher ?? ""}\n${datelineMedia}`, "")) {
    const reposted = !scores.has(city) && otherCityLeads.some((other) => other !== city);
    if (!reposted) scores.set(city, (scores.get(city) ?? 0) + 3 * score);
  }
  // A prefecture or league writes its offices short (州长, 州政府, 盟委): with them, one mention of
  // the prefecture's short name (湘西机场) is enough.
  const prefectureOffice = /州长|州委|州政府|州人民政府|全州|盟长|盟委|全盟|行署/.exec(input.text)?.[0];
  const prefectureScores = new Map(
    [...scores].filter(([city]) => (prefectureOffice?.includes("盟") ? /盟$/ : /州$|地区$/).test(city)),
  );
  // A number in a province's style (甘政发) makes the text the province's only where the text speaks as
  // the province (省政府决定, 我省) and as no city or county: a county numbers its papers with its own
  // first character too (吉首市's 吉政发, 鲁山县's 鲁政).
  const provinceSpeaks =
    /省(?:人民)?政府(?:决定|同意|研究决定)|我省/.test(input.text) &&
    !/[我全本][市县区旗]|[市县区旗](?:人民)?政府(?:决定|同意|研究决定)/.test(input.text);
  const issuer =
    ProvinceIssuerRE.exec(input.title)?.[1] ??
    provinceSigner(input.signer) ??
    provinceConvening(input.title, input.lead, input.text, input.publisher ?? "") ??
    (provinceSpeaks ? provinceNumbering(input.docNumber) : undefined);
  const namedText = `${input.title}\n${input.text}`;
  // The publisher is scanned with the text, once, after it; only the short-form rule below reads its mentions.
  const withPublisher = `${namedText}\n${input.publisher ?? ""}`;
  let scannedOnce: Mention[] | undefined;
  const scannedWithPublisher = (): Mention[] => (scannedOnce ??= mentions(withPublisher));
  const namedInText = (): Mention[] => scannedWithPublisher().filter((mention) => mention.index < namedText.length);
  // (Not a county's government reposting another city's leaders: see otherCityLeads.)
  const publisherCity = publishingCounty(input.publisher ?? "", namedText, namedInText)?.city;
  const ownPublisherCity =
    publisherCity && !otherCityLeads.some((other) => other !== publisherCity) ? publisherCity : undefined;
  const namedCity = issuer
    ? undefined
    : (ownPublisherCity ?? bestCity(scores) ?? (prefectureOffice ? bestCity(prefectureScores, 1) : undefined));
  const recordCity = input.recordPlace?.level === "city" ? input.recordPlace.name : input.recordPlace?.city;
  let city = issuer ? undefined : (namedCity ?? input.pageCity ?? recordCity);
  if (!namedCity && !input.pageCity && recordCity)
    notes.push(`正文未写明城市，按记录中的行政区划代码 ${input.recordPlace?.code ?? ""} 定为${recordCity}`);
  // The level the text's own offices speak at: 县 in 县委, 全县; 区 in 区委, 全区, and in 区司法局
  // opening a clause (a bureau reporting its own meeting names itself by its level alone, a co-operative
  // its leaders: 区供销联社党委书记).
  // (Not a county named in full with its office, 襄城区政府 attending a mayor's meeting, nor the city's
  // 各县（市、区）人民政府: those are others' offices.)
  const level =
    /[我全本](县|旗|区(?!域))|([县区旗])(?:委|长|政府|人民政府)|(?<!\p{Script=Han})([县区旗])(?![县区市旗])[\p{Script=Han}]{2,6}?(?:局(?:召开|举行|组织)|联社(?:党委|党组|召开))/u.exec(
      withoutOthersOffices(input.text),
    );
  const ownLevel = level?.[1] ?? level?.[2] ?? level?.[3];
  // A text that names no city but exactly one county-level place in full (龙泉市, 筠连县) is that place's.
  let soleCounty: Place | undefined;
  if (!city && !issuer) {
    const scanned = scannedWithPublisher();
    const named = namedInText();
    const counties = countiesNamedInFull(named);
    if (counties.length === 1) soleCounty = counties[0];
    // 本报曲阜讯: the county a paper files from, named short in its dateline, where the text names none in full.
    // (本刊河北讯 is the province's, not 天津's 河北区: the name must stand for one county and nothing else; a
    // site's name, 光明网讯, 南海网讯, is no place it files from.)
    const filedFromName = /^\s*(?:本报|本刊)(\p{Script=Han}{2,4})讯/u.exec(input.lead)?.[1] ?? "";
    const [filedFrom, ...alsoNamed] = gazetteer().byForm.get(filedFromName) ?? [];
    if (counties.length === 0 && filedFrom?.level === "county" && alsoNamed.length === 0) soleCounty = filedFrom;
    const higherNamed = new Set(
      named
        .filter((mention) => namedAsItself(mention, namedText))
        .flatMap((mention) =>
          mention.places
            .filter((place) => place.level === "city" || place.level === "province")
            .map((place) => place.name),
        ),
    );
    const placing = { publisherFrom: namedText.length + 1, higherNamed, traditional: input.script === "traditional" };
    // 咸丰 with 县委, 全县; 山亭快报 with 区委: a short name whose one county of the text's own level is
    // the one its offices speak for (宽城 is 宽城满族自治县 where the text says 县委, 宽城区 where 区委).
    // The publisher counts too: 大观新闻网 over a text whose 区长 chairs is 大观区's.
    if (counties.length === 0 && ownLevel) {
      const shortOnly = (mention: Mention): boolean =>
        mention.places.every((place) => place.name !== mention.form && place.level === "county");
      soleCounty = soleCountyOfLevel(scanned.filter(shortOnly), ownLevel, withPublisher, placing) ?? soleCounty;
    }
    // 促进栖霞与…: a short form shared by a county-level city (栖霞市) and a district (栖霞区) is the
    // city when the text's offices are a city's (市长, 市政府, 我市). Where its own offices are a
    // district's (全区, 区委书记), a 市委书记 is the prefecture's: 开平镇…全区…市委书记 is in 开平区.
    if (counties.length === 0 && !(ownLevel === "区" && soleCounty) && /市长|市政府|市委|我市|全市/.test(input.text))
      soleCounty = soleCountyOfLevel(scanned, "市", withPublisher, placing) ?? soleCounty;
    // 市长…召开现场办公会。襄城区政府、…等单位负责人参加: a mayor's meeting that a district's government
    // attends is the city's; the district named only as a body places the city, not itself.
    const attendingBody =
      soleCounty !== undefined &&
      !ownLevel &&
      /市长|市政府|市委/.test(input.text) &&
      /[县区旗]$/.test(soleCounty.name) &&
      new RegExp(`${soleCounty.name}(?:人民)?(?:政府|党委|委)[^。；;]{0,60}?(?:参加|出席|列席|陪同)`).test(
        input.text,
      ) &&
      !new RegExp(`${soleCounty.name}(?!(?:人民)?(?:政府|党委|委))`).test(namedText);
    // 全澳各區…在澳門和離島區設置: Macau's islands, not Hong Kong's 离岛区.
    if (soleCounty && namesOnlyTheOtherTerritory(soleCounty.province, input.text)) soleCounty = undefined;
    if (soleCounty?.city && attendingBody) {
      city = soleCounty.city;
      notes.push(`正文未写明城市，按参会的「${soleCounty.name}」定为${soleCounty.city}`);
      soleCounty = undefined;
    } else if (soleCounty?.city) {
      city = soleCounty.city;
      const written = nameAsWritten(soleCounty.name, namedText);
      notes.push(`正文未写明城市，按文中唯一的县级地名「${written}」定为${soleCounty.city}${written}`);
    }
  }
  // A township's report may name only its towns (开元镇、清风店镇): the county they all lie in; a town
  // of two counties (河上镇: 萧山区, 崇仁县) lies in the one of the text's own level (全区).
  if (!city && !issuer) {
    const { byForm } = gazetteer();
    const candidates = townsNamed(`${input.title}\n${input.text}`)
      // 黄圃镇 is 中山市's (county-level) and 乐昌市's: a name two such places share places nothing.
      .filter((town) => !(byForm.get(town.name) ?? []).some((place) => place.level === "county"))
      .map((town) => ({
        ...town,
        counties:
          town.counties.length > 1 && ownLevel
            ? town.counties.filter((county) => county.name.endsWith(ownLevel))
            : town.counties,
      }))
      .filter((town) => town.counties.length > 0);
    const placed = candidates.filter((town) => town.counties.length === 1);
    const counties = new Map(placed.map((town) => [town.counties[0]?.code, town.counties[0]]));
    // 南山街道 and 冠山街道 are each in several counties, together only in 北票市: the one county every
    // town the text names lies in.
    const shared = counties.size === 0 ? sharedCounty(candidates) : undefined;
    // 蒋村镇 (定襄县's) beside 天桥镇 (no town of 定襄县): the towns disagree; a county must hold most of them.
    const holdsMost = (place: Place | undefined): boolean =>
      place !== undefined &&
      candidates.filter((town) => town.counties.some((county) => county.code === place.code)).length * 2 >
        candidates.length;
    const sole = counties.size === 1 ? [...counties.values()][0] : undefined;
    const found = sole ? (holdsMost(sole) ? sole : undefined) : shared;
    // 拦隆口镇 lies in 湟中区 today; a text whose offices say 县 (副县长, 县林业局) was written when it
    // was 湟中县: the county it speaks for.
    const county = found && ownLevel === "县" ? (formerCounty(found) ?? found) : found;
    const names = (shared ? candidates : placed).map((town) => town.name).join("、");
    if (county?.city) {
      soleCounty = county;
      city = county.city;
      notes.push(`正文未写明县市，按文中的乡镇（街道）「${names}」定为${county.city}${county.name}，请核对`);
    } else if (county?.level === "city") {
      // 潭门镇 lies in 琼海市, a county-level city its province governs itself: the city.
      city = county.name;
      notes.push(`正文未写明县市，按文中的乡镇（街道）「${names}」定为${county.name}，请核对`);
    }
  }
  // A province's own document (甘政发…) is no district's, whatever zone it writes to (兰州新区管委会).
  // A reposting account named after its city (新余云为媒) says where a text that names none is from.
  if (!city && !issuer && input.repostAccount) {
    const accountCity = bestCity(cityScores(input.repostAccount, ""), 1);
    if (accountCity) {
      city = accountCity;
      notes.push(`正文未写明城市，按转载账号「${input.repostAccount}」定为${accountCity}，请核对`);
    }
  }
  // A city's own news writes its offices short (市长, 市政府常务会议, 我市) and itself by its short name
  // (西安治污减霾, though 西安 is also a district's name): where no county or town places the text and
  // one city alone is named, that city is the text's.
  if (!city && !issuer && !ownLevel && /市长|市政府|市委|我市|全市/.test(input.text)) {
    // (A county-level city's news names its prefecture so: see namedAsItself.)
    const citiesNamed = new Set(
      namedInText()
        .filter((mention) => namedAsItself(mention, namedText))
        .flatMap((mention) =>
          mention.places
            // (A traditional text's 市府 is Taiwan's, whose streets bear mainland cities' names: 西寧大樓.)
            .filter(
              (place) =>
                place.level === "city" &&
                place.name.endsWith("市") &&
                (input.script !== "traditional" || OverStraitRE.test(place.province)),
            )
            .map((place) => place.name),
        ),
    );
    const [onlyCity] = citiesNamed;
    if (onlyCity && citiesNamed.size === 1) {
      city = onlyCity;
      notes.push(`正文只以简称写出城市，按「市长」「我市」等定为${onlyCity}，请核对`);
    }
  }
  const forms = issuer ? [] : ownDistrictForms(input, city);
  if (soleCounty) forms.push(soleCounty.name);
  let district: string | undefined;
  if (forms.length > 0) {
    // The form the text uses most: 湖滨新区 over a headline's 湖滨区.
    const counts = forms.map((form) => ({ form, count: input.text.split(form).length - 1 }));
    counts.sort((a, b) => b.count - a.count || b.form.length - a.form.length);
    const chosen = counts[0]?.form ?? "";
    const place = countyNamed(chosen, city);
    district = place?.name ?? chosen;
    if (place?.city) city ??= place.city;
  }
  // 苏州市北桥街道召开…: a city's town that convenes the meeting its title reports lies in one of its
  // districts (not a town's meeting the text tells of: 会议指出，结古街道召开的现场会…); so does the town a
  // title opens with, its subject (兴福镇村BA篮球赛圆满落幕 in the city's paper), or the town that writes
  // of itself (我镇) and names no other.
  if (city && !district && !issuer) {
    const convening = meetingTownship(input.title, "");
    const titleTown = townsNamed(input.title).find(
      // (幸福乡村, 平安乡镇, 新城镇化: a word that goes on past the town's suffix names no town.)
      (named) =>
        input.title.startsWith(named.name) && !/^(?:乡[村镇里]|镇化)/u.test(input.title.slice(named.name.length - 1)),
    )?.name;
    const town = convening ?? titleTown ?? selfNamedTownship(input.text);
    const inCity = town ? countiesOfTown(town).filter((county) => county.city === city) : [];
    const [county] = inCity;
    if (county && inCity.length === 1) {
      district = county.name;
      const how = convening ? "召开会议的" : titleTown ? "标题开头的" : "自称「我镇」「我乡」的";
      notes.push(`正文未写明区县，按${how}乡镇（街道）「${town}」定为${city}${county.name}，请核对`);
    }
  }
  // 副区长…主持…区财政局、…、石壁街等单位参加: a text whose offices speak at a county's level, with the towns it
  // names all in one county of that level in its city, is that county's (not a city's own text, 市委、市政府决定…
  // 仁寿县洪峰乡, naming the towns it praises).
  if (city && !district && !issuer && ownLevel && !CitySpeaksRE.test(input.text)) {
    // (区委书记带队赴西樵镇学习考察: a town visited is another's.)
    const visited = (town: string): boolean =>
      [...namedText.matchAll(new RegExp(town, "gu"))].every((found) =>
        /(?:赴|到|前往|来到|深入)$/.test(namedText.slice(Math.max(0, found.index - 2), found.index)),
      );
    const towns = townsNamed(namedText).filter(
      (town) => town.counties.some((county) => county.city === city) && !visited(town.name),
    );
    const holders = new Set(
      towns.flatMap((town) =>
        town.counties
          .filter((county) => county.city === city && county.name.endsWith(ownLevel))
          .map((county) => county.name),
      ),
    );
    const [holder] = holders;
    if (holder && holders.size === 1 && towns.every((town) => town.counties.some((county) => county.name === holder))) {
      district = holder;
      const names = towns.map((town) => town.name).join("、");
      notes.push(`正文未写明区县，按文中的乡镇（街道）「${names}」与「${ownLevel}」级机关定为${city}${holder}，请核对`);
    }
  }
  // 近年来，德江县平原镇台头村坚持…: a text that places its city only through one county named in full near
  // its start, the city (or prefecture) never written itself nor speaking (市委, 市长, 我市, 州政府, 副州长), is
  // that county's. (Not where the city's paper publishes or 全市 opens a clause; nor a Taiwan township, its
  // county's.)
  if (
    city &&
    !district &&
    !issuer &&
    !input.pageCity &&
    !input.recordPlace &&
    !cityScores(input.publisher ?? "", "").has(city) &&
    !CitySpeaksRE.test(input.text)
  ) {
    const named = namedInText();
    const cityWritten = named.some((mention) =>
      mention.places.some((place) => place.name === city && place.level === "city"),
    );
    const openingEnds = input.title.length + 1 + 200;
    const counties = new Set(
      countiesNamedInFull(named.filter((mention) => mention.index < openingEnds))
        .filter((place) => place.city === city && place.province !== "台湾省")
        .map((place) => place.name),
    );
    const [county] = counties;
    if (!cityWritten && county && counties.size === 1) {
      district = county;
      notes.push(`正文未写明城市，按开头的「${county}」定为${city}${county}，请核对`);
    }
  }
  const { byForm } = gazetteer();
  const given = input.given ?? {};
  // Where the places found are none, or a zone only (横琴粤澳深度合作区), the territory whose Chief
  // Executive acts is the text's.
  const zoneOnly = district !== undefined && (byForm.get(district) ?? []).some((place) => place.zone);
  // (A district of the other territory, named once, is not where it speaks: 香港大埔区 in 澳门's text.)
  const spoken = input.given ? undefined : specialRegionOf(input.text);
  // (Only a district written with its own territory's name, 香港大埔区: a Hong Kong text rarely writes 香港.)
  const otherShort = city === HONG_KONG ? "香港" : city === MACAU ? "澳门" : undefined;
  const otherTerritory =
    city !== spoken && otherShort !== undefined && input.text.includes(`${otherShort}${district ?? "\0"}`);
  const territory = spoken && (!city || zoneOnly || otherTerritory) ? spoken : undefined;
  if (territory) {
    const placedBy = otherTerritory && district ? notes.filter((note) => !note.includes(district)) : notes;
    return { region: { province: territory, city: territory }, notes: placedBy };
  }
  // (香港特别行政区 is its districts' city as well as the territory.)
  const cityPlace = city
    ? (byForm.get(city)?.find((place) => place.level === "city") ??
      byForm.get(city)?.find((place) => place.level === "province" && OverStraitRE.test(place.name)))
    : undefined;
  const region: Region = {};
  const province =
    given.province ??
    cityPlace?.province ??
    (issuer && isProvinceName(issuer) ? issuer : undefined) ??
    (city ? undefined : namedProvince(input));
  const finalCity = given.city ?? city;
  const finalDistrict = given.district ?? (district && nameAsWritten(district, `${input.title}\n${input.text}`));
  if (province) region.province = province;
  // 临高县, a county its province governs itself, is no city: the province's county, as 区县 are written.
  // (Taiwan's counties, 澎湖县, are its cities.)
  const provinceCounty =
    finalCity !== undefined &&
    !finalDistrict &&
    /县$/.test(finalCity) &&
    cityPlace !== undefined &&
    cityPlace.province !== "台湾省";
  if (provinceCounty) region.district = finalCity;
  // 上海市 is province and city at once: it is written in both, as records and exports expect; so are
  // Hong Kong and Macau.
  else if (finalCity) region.city = finalCity;
  else if (province === MACAU || province === HONG_KONG) region.city = province;
  // (桃园市 is the city and, in the old division list, a county-level city of its own: one place, not two.)
  if (finalDistrict && finalDistrict !== finalCity) region.district = finalDistrict;
  // (A district whose name several cities share, 新华区, is kept without a city it cannot be given.)
  if (!finalCity && !province)
    notes.push(finalDistrict ? `只写明「${finalDistrict}」，所属城市不能确定` : "原文未写明地区，地区留空");
  else if (!given.city && !namedCity && input.pageCity) {
    notes.push(`本文未写明城市，按同一版面推定为${input.pageCity}`);
  }
  return { region, notes };
}
