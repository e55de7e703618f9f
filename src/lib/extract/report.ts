import type { Region, ReportInput } from "../../schemas/report";
import type { TextBlock } from "../entry/body";
import type { PageMeta } from "../text/clean";
import { simplifyChars } from "../text/script";
import { articleBody } from "./body";
import { deadlineAnchor, isoDay, normalizeDateWords, reportDate, type DateContext } from "./dates";
import { classifyDocType } from "./doc-type";
import type { Place } from "./gazetteer";
import { articleLayout } from "./layout";
import { extractLeaders, isPlausibleName, speakerOfTitle } from "./leaders";
import { rosterLeaders } from "./roster";
import { extractMeasures } from "./measures";
import { meetingBody, meetingConvener, meetingTownship, selfNamedTownship, meetingName } from "./meeting";
import {
  AnnouncementTitleRE,
  DeadlineLineRE,
  DispatchTitleRE,
  NoticeTitleRE,
  PlaceHeadingRE,
  PolicyTitleRE,
  SignatureDateRE,
  isAddresseeLine,
  isSignatureAt,
} from "./patterns";
import { extractRegion, speaksAsProvince } from "./region";
import { bylineMedia, collectAuthors } from "./source";
import { reportTags, tagsFor } from "./tags";
import {
  blamedBodies,
  blamedSubject,
  bodyOfTitle,
  expandAlias,
  joinLevelTwins,
  practiceHolders,
  unitResolver,
  unitsInList,
} from "./units";

/**
 * One article's lines in, one report entry out (frontmatter and body blocks), with review notes
 * for everything the ingest could not settle. The stages, each in its own module and tested on its
 * own: layout (title, body, lead, signature) → document type → region → date → units and body →
 * measures → leaders → source. Pure: the CLI reads files and writes entries.
 */

/** What the page around an article tells about all its articles. */
export interface PageContext {
  meta: PageMeta;
  /** Dates for resolving 昨日, 23日 …: the page's own publication date, or an estimate. */
  dates: DateContext;
  /** The city the page as a whole is about. */
  pageCity?: string;
  /** The place a column of briefs is about, read from all of them. */
  pageRegion?: Region;
  /** The year that column names for its work, by the month of a brief's day. */
  pageYear?: (month: number) => number | undefined;
  truncated: boolean;
  /** Garbled spans found while cleaning. */
  garbled: string[];
  script: "simplified" | "traditional";
  /** The raw file, as the entry will cite it (seeds/…). */
  file: string;
  /** A region the user gave for the batch. */
  givenRegion?: Region;
  /** The publisher a page's bylines name (洛报融媒), for articles that carry no byline. */
  media?: string;
  /** True when the article is one of several cut from one page. */
  splitFromPage: boolean;
  /** The place a database record's division code names. */
  recordPlace?: Place;
  /** The title a database record stores for its article. */
  recordTitle?: string;
}

export interface ExtractedReport {
  data: ReportInput;
  blocks: TextBlock[];
}

/**
 * A notice that recruits, by its title naming the posts (…公开招聘工作人员公告, 招考教师简章（第2号）, 招聘公告) or by a
 * lead that decides to recruit and then says 现将有关事项公告如下. (Not a meeting or news on one, 召开招聘工作部署会,
 * 发布招聘简章, 警惕虚假招聘公告; nor a notice on other work that names recruiting, 遴选示范村, 招聘行为, 遴选结果.)
 */
const RECRUITED_POSTS =
  "(?:人员|工作者|教师|医生|医护|护士|公务员|干部|辅警|员工|职工|毕业生|人才|选调生|社工|协管员|\\d+名)";
const RecruitmentTitleRE = new RegExp(
  `^(?![^\\n]*(?:召开|会议|会上|研究|部署|审议|举办|举行|发布|发放|印发|结果|情况|整改|问题|活动|项目|打击|规范|诈骗|虚假|提醒|警惕|解读|读懂|图解|调整|延期|变更|更正|取消|[:：]))[^，,。\\s]*(?:(?:招聘|招考|招录|招用|招募|选调|遴选)[^。；;\\n]{0,30}?${RECRUITED_POSTS}(?:[^。；;\\n的]{0,10}?|的)|招聘|招考)(?:公告|简章)(?:[（(]第?[一二三四五六七八九十\\d]+号?[)）])?$`,
);
const RecruitmentLeadRE = new RegExp(
  `决定[^。\\n]{0,30}?(?:招聘|招考|招录|招用|招募|选调|遴选)(?!会)[^。\\n]{0,20}?${RECRUITED_POSTS}[^。\\n]{0,20}?。现将[^。\\n]{0,12}?公告如下`,
);

/** What a forecast or a bulletin calls itself in its title: 预报, 气象, 简报, 专报, 天气趋势 (not 天气转冷, an event's). */
const BulletinTitleRE = /预报|气象|简报|专报|快报|周报|旬报|月报|预警|天气(?:趋势|报告|展望|形势)/;
/** Who made a bulletin, on its closing line: 制作人:张玉玲, 撰稿：…, 预报员 王某. */
const CreditLineRE =
  /^\s*(?:制作人?|撰稿人?|拟稿人?|编制|预报员|值班员|审核|签发|供稿)\s*[:：]?\s*\p{Script=Han}{2,4}\s*$/u;

/** How many signatures (an organisation over a date) a text holds. */
function signaturesIn(lines: readonly string[]): number {
  return lines.filter((_, index) => isSignatureAt(lines, index)).length;
}

/** Extracts one report from an article's lines. */
export function extractReport(articleLines: readonly string[], page: PageContext): ExtractedReport {
  const layout = articleLayout(articleLines, page.recordTitle, page.meta.headline);
  const { lines, simple, signerIndex } = layout;
  const notes = [...layout.notes];
  const titleSimple = simplifyChars(layout.title);
  const titleBlockSimple = simple.slice(0, layout.titleBlockLength);
  const bodySimple = layout.bodyIndexes.map((index) => simple[index] ?? "");
  const lead = simple[layout.leadIndex] ?? "";
  const fullSimple = simple.join("\n");
  const firstSimple = simple[0] ?? "";
  // (…办公室(代章): the seal's note is no part of the body's name.)
  const signer = signerIndex >= 0 ? simple[signerIndex]?.replace(/[(（](?:代章|印章|盖章)[)）]$/u, "") : undefined;
  // A notice that opens with its addressees (各镇政府…：) and closes with a date alone (二○○七年四月十三日)
  // is dated by it, though no signing body stands above it; so is a document by its own name (…司長批示)
  // whose date only the signing official's office and name follow (二零零零年四月七日 / 行政法務司司長 / 陳麗敏).
  const addresseeFirst = isAddresseeLine(simple[0] ?? "");
  const closingLines = simple.filter((line) => /[\p{Script=Han}\d]/u.test(line)).slice(-3);
  const closingDateAt = closingLines.findLastIndex((line) => SignatureDateRE.test(normalizeDateWords(line.trim())));
  const signedBelow = closingLines
    .slice(closingDateAt + 1)
    .every((line) => line.trim().length <= 12 && !/[，,。；;：:]/.test(line));
  const closingDate =
    !signer &&
    closingDateAt >= 0 &&
    (addresseeFirst
      ? closingDateAt === closingLines.length - 1
      : signedBelow &&
        (DispatchTitleRE.test(titleSimple) || NoticeTitleRE.test(titleSimple) || AnnouncementTitleRE.test(titleSimple)))
      ? closingLines[closingDateAt]
      : undefined;

  let title = layout.title;
  // A recruitment notice (…决定公开招聘合同制工作人员。现将有关事项公告如下：) lists the applicant's conditions and
  // steps, no body's work: a notice of no kind this site reports, whatever document numbers it quotes.
  // (A meeting that decides to recruit, 研究公开招聘教师事宜, still orders it.)
  const recruiting = RecruitmentTitleRE.test(titleSimple) || RecruitmentLeadRE.test(lead);
  const docType = recruiting
    ? "其他"
    : classifyDocType({
        titleLines: titleBlockSimple,
        title: titleSimple,
        lead,
        body: bodySimple.join("\n"),
        // (Only a text that opens on its addressees under the number: one with a headline of its own, 请示,
        // 报告, 公告, says what it is.)
        numbered: page.meta.docNumber !== undefined && addresseeFirst,
      });
  if (docType === "检查" && /^(?:检查|检讨书|深刻检查)$/.test(titleSimple) && signer) {
    title = `${title}（${lines[signerIndex] ?? signer}）`;
    notes.push("标题由「检查」与落款单位组成，原文无完整标题");
  }

  const own = extractRegion({
    text: fullSimple,
    title: simplifyChars(title),
    lead,
    firstLine: firstSimple,
    ...(signer ? { signer } : {}),
    ...(page.pageCity ? { pageCity: page.pageCity } : {}),
    ...(page.givenRegion ? { given: page.givenRegion } : {}),
    // The source a page names (来源：宋集镇), the site it stands on (西平县人民政府版权所有) and the
    // sections the site files it under (首页 > 走进伊春, 上海新闻网 > 闵行新闻) all say whose it is.
    ...(page.meta.sourceName || page.meta.siteName || page.meta.sections
      ? {
          publisher: simplifyChars(
            [...new Set([page.meta.sourceName, page.meta.siteName, ...(page.meta.sections ?? [])])]
              .filter((name) => name)
              .join("\n"),
          ),
        }
      : {}),
    ...(page.recordPlace ? { recordPlace: page.recordPlace } : {}),
    ...(page.meta.docNumber ? { docNumber: page.meta.docNumber } : {}),
    ...(page.meta.repostAccount ? { repostAccount: simplifyChars(page.meta.repostAccount) } : {}),
    script: page.script,
  });
  // (An article of a page of several that names no place is the page's.)
  const placeless = !own.region.province && !own.region.city && !own.region.district;
  const region = placeless && page.pageRegion ? page.pageRegion : own.region;
  if (placeless && page.pageRegion)
    notes.push(
      `本文未写明地区，按同一版面推定为${[page.pageRegion.city, page.pageRegion.district].filter(Boolean).join("")}，请核对`,
    );
  else notes.push(...own.notes);

  // A policy document by its own name (…考核细则, …责任分解的通知): dated by its issue, its items tasks.
  const policyDocument = docType === "其他" && PolicyTitleRE.test(titleSimple);
  // A signed document's own date, the title's, the event's, the publication's, the document year's.
  // …淮安市人民政府办公室 2020年1月23日(此件公开发布): a notice's signature a flattened page ran into its text.
  // (A 转发 notice's run-in signature may be the forwarded document's.)
  const inlineSignature =
    NoticeTitleRE.test(titleSimple) && !/转发/.test(titleSimple)
      ? /(?:人民政府|政府|办公室|办公厅|委员会|局)\S?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[(（]此件(?:公开发布|主动公开)/u.exec(
          fullSimple,
        )?.[1]
      : undefined;
  // 制作人:张玉玲 / 2017年1月15日 closing a forecast or a bulletin: the day its maker put it out (a news report's
  // closing 责任编辑 and date are its posting's; its lead says when the meeting was).
  const creditedDate =
    !signer &&
    docType === "其他" &&
    BulletinTitleRE.test(titleSimple) &&
    closingDateAt >= 1 &&
    closingDateAt === closingLines.length - 1 &&
    CreditLineRE.test(closingLines[closingDateAt - 1] ?? "")
      ? closingLines[closingDateAt]
      : undefined;
  const { date, notes: dateNotes } = reportDate({
    title: titleSimple,
    // Around the lead: the lines just above it (a speech's （2023年3月15日）) and the lead itself, not
    // an e-paper's list of other headlines further up.
    lead: layout.bodyIndexes
      .filter((index) => index >= layout.leadIndex - 2)
      .slice(0, 4)
      .map((index) => simple[index] ?? "")
      // 完成时限：2021年12月31日 under a task says when it is due, not when anything happened.
      .filter((line) => !DeadlineLineRE.test(line))
      .join("\n"),
    // A 通报's, a 检查's, a recruitment notice's or a notice's own date: an issuing notice's signature stands before
    // what it issues, or closes a notice that signs once (盘锦市人民政府办公室 / 2021年1月25日 / （此件公开发布）);
    // a notice forwarding a signed document closes with that document's signature, not its own.
    ...(signer &&
    (docType === "通报" ||
      docType === "检查" ||
      recruiting ||
      layout.signatureEnd < simple.length - 1 ||
      (NoticeTitleRE.test(titleSimple) && signaturesIn(simple) === 1))
      ? { signature: simple[signerIndex + 1] ?? "" }
      : closingDate
        ? { signature: closingDate }
        : inlineSignature
          ? { signature: inlineSignature }
          : creditedDate
            ? { signature: creditedDate }
            : {}),
    // A minutes field's day is the meeting's; in a notice calling a meeting (…的通知, 开会通知单 with
    // its 发文日期) it is the day to come.
    ...(page.meta.heldText && !NoticeTitleRE.test(titleSimple) && !/通知单|发文日期/.test(fullSimple)
      ? { held: page.meta.heldText }
      : {}),
    dates: page.dates,
    text: fullSimple,
    ...(page.pageYear ? { pageYear: page.pageYear } : {}),
    // (A notice that lost its headline still opens with its addressees: 各镇乡人民政府…：.)
    // (A numbered 通报 is a document too: 治政办发〔2020〕28号 is dated by its issue, not by the inspection it reports.)
    issued:
      policyDocument ||
      (docType === "其他" && (NoticeTitleRE.test(titleSimple) || addresseeFirst)) ||
      (docType === "通报" && page.meta.docNumber !== undefined),
    ...(page.meta.docNumber ? { docNumber: page.meta.docNumber } : {}),
    traditional: page.script === "traditional",
  });
  notes.push(...dateNotes);

  const { leaders, unnamedOffices, doubtfulNames } = extractLeaders(fullSimple);
  // A minutes record's roster fields (主席, 出席, 列席) name who chaired and who came.
  for (const listed of page.splitFromPage ? [] : rosterLeaders(page.meta.roster ?? [])) {
    const known = leaders.find((leader) => leader.name === listed.name);
    if (!known) leaders.push(listed);
    else if (!known.role && listed.role) known.role = listed.role;
  }
  // 签发人:刘中文 beside the document's number: who signed it off.
  const signedBy = page.meta.docNumber?.signedBy;
  if (signedBy && isPlausibleName(signedBy) && !leaders.some((leader) => leader.name === signedBy))
    leaders.push({ name: signedBy, title: "签发人", role: "签发" });
  // A speech's title names who gave it, with or without an office the text may never repeat.
  const speaker = speakerOfTitle(titleSimple);
  const knownSpeaker = speaker && leaders.find((leader) => leader.name === speaker.name);
  if (speaker && !knownSpeaker) leaders.unshift(speaker);
  else if (knownSpeaker) knownSpeaker.role = "讲话";
  // (A body that is the whole of a leader's title, 市安监局肖健康同志通报了…, acts in the report; only one a leader
  // heads may be the report's own bureau.)
  const bodiesOfLeaders = leaders.flatMap((leader) => {
    const body = leader.title ? bodyOfTitle(leader.title) : undefined;
    return body ? [{ body, headed: body !== leader.title }] : [];
  });
  const titleBodies = [...new Set(bodiesOfLeaders.filter(({ headed }) => headed).map(({ body }) => body))];
  // The bureau whose 局属各单位 and 局机关各科室 a report names: the one convening, the only one a
  // leader heads, or the bureau publishing its own news (信息来源：县环保局), which says 我局.
  const publisherSimple = simplifyChars(page.meta.sourceName ?? "");
  const publisherBureau = /^[\p{Script=Han}]{2,14}局$/u.exec(publisherSimple)?.[0];
  const convener = meetingConvener(titleSimple, lead);
  const ownBureau =
    convener ??
    (titleBodies.length === 1 && /局$|(?<![党市县区省])委$/.test(titleBodies[0] ?? "") ? titleBodies[0] : undefined) ??
    publisherBureau;
  const selfTownship = selfNamedTownship(fullSimple);
  const township = meetingTownship(titleSimple, lead, publisherSimple) ?? selfTownship;
  // A bureau's own meeting: one it convenes, or its 局务会, 局长办公会 or 党组会 chaired by its head.
  const bureauMeets =
    convener !== undefined ||
    (ownBureau !== undefined && /局务会|局长办公会|局党组会|局党委会/.test(`${titleSimple}\n${lead}`));
  // A township that holds or writes the meeting itself speaks of itself (街道要…); one known only as the
  // publisher may be reposting its county's meeting, where 街道要… means every street.
  const townshipMeets = meetingTownship(titleSimple, lead) !== undefined || selfTownship !== undefined;
  const provinceSpeaks = !region.city && speaksAsProvince(region.province, `${titleSimple}\n${fullSimple}`);
  const units = unitResolver(region, { bureau: ownBureau, bureauMeets, township, townshipMeets, provinceSpeaks });
  const ownUnits: string[] = [];
  if (signer) ownUnits.push(units.canonical(signer));
  if (PlaceHeadingRE.test(firstSimple)) ownUnits.push(units.canonical(firstSimple.replace(/\s*[:：]$/, "")));
  const { blocks, paragraphs: bodyParagraphs } = articleBody(layout, units);
  // An experience piece tells what its bodies did: each paragraph's practices are the body it opens
  // with (区住建局全力推进…), else the piece's own, as its title (来安县三城镇：…) or lead (三城镇认真落实…) names it.
  let paragraphs = bodyParagraphs;
  if (docType === "经验交流") {
    const titleHolders = practiceHolders(/^([^:：]{2,14})[:：]/u.exec(titleSimple)?.[1] ?? titleSimple, units.isPlace);
    const pieceHolders = titleHolders.length > 0 ? titleHolders : practiceHolders(lead, units.isPlace);
    paragraphs = bodyParagraphs.map((paragraph) => {
      const own = practiceHolders(paragraph.simple, units.isPlace);
      const holders = own.length > 0 ? own : pieceHolders;
      return holders.length > 0 ? { ...paragraph, practiceOf: holders.map(units.canonical) } : paragraph;
    });
  }
  // A policy document, or a meeting that drew up its own implementing opinions (研究我镇贯彻落实意见):
  // the items that follow set tasks without a speaker's 要.
  const plan =
    policyDocument || /研究[^。，,]{0,12}?(?:贯彻落实|落实)(?:意见|措施|举措)/.test(`${titleSimple}\n${lead}`);
  // A 通报's blamed bodies, by what was done to them; 被挂牌单位要… hands work back to them.
  const blamed = new Map(
    [...blamedBodies(fullSimple, units.isPlace)].map(([family, named]) => [family, named.map(units.canonical)]),
  );
  const unitsOfSentence = (sentence: string): string[] => {
    const family = blamedSubject(sentence);
    const named = units.unitsOf(sentence);
    return family && blamed.has(family) ? [...new Set([...(blamed.get(family) ?? []), ...named])] : named;
  };
  // A statistics bulletin (…统计公报) reports figures and defines them in numbered notes; it orders nothing.
  // (县统计局部署统计年报, 解读统计公报的发布会 are meetings.)
  const statistical =
    /统计(?:公报|快报|月报|年报)$/.test(titleSimple) && !/召开|部署|会议|解读|发布会|座谈|培训/.test(titleSimple);
  const measures = extractMeasures(statistical || recruiting ? [] : paragraphs, {
    docType,
    plan,
    ...deadlineAnchor(date, page.dates.published),
    ownUnits: docType === "检查" ? ownUnits : [],
    unitsOf: unitsOfSentence,
    unitsOpening: (passage) => units.unitsOpening(passage),
    practiceHoldersOf: (sentence) => practiceHolders(sentence, units.isPlace).map(units.canonical),
    ...(convener ? { convener: units.canonical(convener) } : {}),
    ...(publisherBureau ? { publisherBureau: units.canonical(publisherBureau) } : {}),
  });
  // In a plan or task table every task is about what the document is about (河长制…考核细则,
  // 人才集聚工程的实施意见), whatever else it names; a meeting's or a feature's sentence may be about anything.
  const titleTags = tagsFor(titleSimple);
  if (plan) {
    // Only the topic: a task in a 考核细则 is not itself about 考核.
    const topics = titleTags.filter((tag) => tag !== "督查考核");
    for (const measure of measures) measure.tags = [...new Set([...measure.tags, ...topics])];
  } else {
    // A meeting's order that names no topic of its own (要鼓足干劲，确保年度目标任务全面完成) is about
    // what the meeting was called for, as its title says.
    for (const measure of measures) if (measure.tags.length === 0) measure.tags = [...titleTags];
  }
  const leaderBodies = [...new Set(bodiesOfLeaders.map(({ body }) => body))].map(units.canonical);
  const meetingOf = meetingBody(titleSimple, lead);
  const namedUnits = [
    ...ownUnits,
    ...(meetingOf ? unitsInList(expandAlias(meetingOf), units.isPlace).map(units.canonical) : []),
    // The department that convened the meeting acts in it (常德市不动产登记中心邀请11家银行召开…).
    ...(convener ? unitsInList(convener, units.isPlace).map(units.canonical) : []),
    ...units.unitsOf(fullSimple, { attendance: true }),
    ...[...blamed.values()].flat(),
    ...measures.flatMap((measure) => measure.units),
    ...leaderBodies,
  ];
  const joinTwin = joinLevelTwins(namedUnits, fullSimple);
  for (const measure of measures) measure.units = [...new Set(measure.units.map(joinTwin))];
  const reportUnits = [...new Set(namedUnits.map(joinTwin))];
  if (units.unscoped.size > 0) notes.push(`单位未能按地区规范：${[...units.unscoped].join("、")}`);

  // A name without a known surname is listed where the text confirms a person (海赛尔·沙比提, 泽登伦珠指出),
  // and left out where it does not: the note says which.
  const listedDoubtful = doubtfulNames.filter((named) => leaders.some((leader) => named.endsWith(leader.name)));
  const unlistedDoubtful = doubtfulNames.filter((named) => !listedDoubtful.includes(named));
  if (listedDoubtful.length > 0)
    notes.push(`「${listedDoubtful.join("」「")}」已列为领导，但姓氏不在 content/taxonomy/surnames.json 中，请核对`);
  if (unlistedDoubtful.length > 0)
    notes.push(
      `「${unlistedDoubtful.join("」「")}」像职务加人名，但姓氏不在 content/taxonomy/surnames.json 中，未列为领导；如是人名，请补入姓氏表`,
    );
  // A speech's byline (区委书记 陈志刚) names its speaker.
  if (docType === "讲话") {
    const heading = titleBlockSimple.join("\n");
    for (const leader of leaders) if (!leader.role && heading.includes(leader.name)) leader.role = "讲话";
  }
  if (unnamedOffices.length > 0) notes.push(`原文提到${unnamedOffices.join("、")}，但未写姓名，未列为领导`);
  else if (leaders.length === 0 && /书记|市长|区长|县长|主任/.test(titleSimple))
    notes.push("标题提到领导职务，但原文未写姓名");

  const meeting = meetingName(titleSimple, lead, fullSimple, lines.join("\n"));
  const sourceName = page.meta.sourceName ?? bylineMedia(bodySimple) ?? page.media;
  if (!sourceName) notes.push("原文未注明来源");
  const authors = collectAuthors(fullSimple);
  if (page.splitFromPage) notes.push("本文由同一版面拆分而来，请核对起止");
  if (page.garbled.length > 0) notes.push(`原文有乱码，无法复原：${page.garbled.join("；")}`);

  const data: ReportInput = {
    title: title || "（无标题）",
    date,
    region,
    docType,
    source: {
      name: sourceName ?? "未注明",
      ...(page.meta.url ? { url: page.meta.url } : {}),
      ...(authors.length > 0 ? { authors } : {}),
      file: page.file,
    },
    script: page.script,
    complete: !page.truncated,
    reviewed: false,
    leaders,
    tags: reportTags(titleSimple, bodySimple, measures, docType),
    units: reportUnits,
    measures,
  };
  if (page.dates.published) data.published = isoDay(page.dates.published);
  if (meeting) data.meeting = meeting;
  if (notes.length > 0) data.review = notes;
  return { data, blocks };
}
