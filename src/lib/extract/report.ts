import type { Measure, Region, ReportInput } from "../../schemas/report";
import type { TextBlock } from "../entry/body";
import type { PageMeta } from "../text/clean";
import { simplifyChars } from "../text/script";
import { isoDay, resolveEventDate, type DateContext } from "./dates";
import { classifyDocType } from "./doc-type";
import { gazetteer, type Place } from "./gazetteer";
import { extractLeaders } from "./leaders";
import { extractMeasures, type Paragraph } from "./measures";
import {
  ClosingBylineRE,
  DatelineRE,
  OrganisationLineRE,
  OutlineH2RE,
  OutlineH3RE,
  PlaceHeadingRE,
  SignatureDateRE,
  TrailingBylineRE,
  isHeadingLike,
} from "./patterns";
import { extractRegion } from "./region";
import { tagsFor } from "./tags";
import { canonicalUnit, findUnits, unitsHeadedBy } from "./units";

/**
 * One article's lines in, one report entry out (frontmatter and body blocks), with review notes
 * for everything the ingest could not settle. Pure: the CLI reads files and writes entries.
 */

/** What the page around an article tells about all its articles. */
export interface PageContext {
  meta: PageMeta;
  /** Dates for resolving 昨日, 23日 …: the page's own publication date, or a lower bound. */
  dates: DateContext;
  /** The city the page as a whole is about. */
  pageCity?: string;
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
}

export interface ExtractedReport {
  data: ReportInput;
  blocks: TextBlock[];
}

const MeetingNameRE =
  /(?:召开|举行|召开了|举行了|在)([^，,。；:：“”]{4,60}?(?:会议|推进会|动员会|观摩会|现场会|座谈会|工作会|誓师大会|攻坚大会|部署会|调度会|大会))(?:上|，|,|。|召开|$)|^([^，,。；]{4,60}?(?:会议|推进会|动员会|观摩会|现场会|座谈会|工作会|大会))召开/u;
const AuthorRE = /(?:记者|通讯员)\s*((?:[\p{Script=Han}·]{2,4}(?:\s+|、|$|(?=[)）])))+)/gu;
export const MediaRE = /^[(（]?([\p{Script=Han}·]{2,16}?)(?:·[\p{Script=Han}]{2,8})?\s*记者/u;
/** Lines that close an article: bylines, signatures, dates. Never headings. */
function isClosingLine(simple: string): boolean {
  return ClosingBylineRE.test(simple) || SignatureDateRE.test(simple) || OrganisationLineRE.test(simple);
}

function scoreTitle(line: string): number {
  let score = Math.min(line.length, 40) / 40;
  if (/召开|举行|会议|推进会|部署|通报|讲话|检查|聚焦|推进|建设|夯实|实施/.test(line)) score += 2;
  if (/我市|全市|市委|市政府|本市|我区|全区|我县|^\p{Script=Han}{2,3}[市区县](?![委长])/u.test(line)) score += 1;
  if (/^(?:深入学习贯彻|学习贯彻|奋力|高举|坚持以)/.test(line)) score -= 2;
  if (/(?:出席|讲话|主持)$|^\d|^(?:已|年底前|会议(?:强调|指出|要求))/.test(line)) score -= 3;
  return score;
}

/** Splits "标题 副题，…" when a source put headline and deck on one line. */
function splitHeadlineLine(line: string): string[] {
  const simple = simplifyChars(line);
  const space = line.indexOf(" ");
  if (line.length <= 40 || space < 8) return [line];
  const head = simple.slice(0, space);
  return isHeadingLike(head) ? [line.slice(0, space), line.slice(space + 1)] : [line];
}

function collectAuthors(simpleText: string): string[] {
  const authors: string[] = [];
  for (const match of simpleText.matchAll(AuthorRE)) {
    for (const name of (match[1] ?? "").split(/\s+|、/)) {
      if (name && !/^(?:记者|通讯员)$/.test(name) && !authors.includes(name)) authors.push(name);
    }
  }
  return authors;
}

/** Extracts one report from an article's lines. */
export function extractReport(articleLines: readonly string[], page: PageContext): ExtractedReport {
  const notes: string[] = [];
  // Paragraph lines: blank lines carry no meaning once the article is cut out.
  const rawLines = articleLines.filter((line) => line !== "");
  const lines = [...splitHeadlineLine(rawLines[0] ?? ""), ...rawLines.slice(1)];
  const simple = lines.map(simplifyChars);

  // Title block: the leading headline lines, before the first sentence.
  let blockEnd = PlaceHeadingRE.test(simple[0] ?? "") ? 1 : 0;
  while (blockEnd < lines.length && isHeadingLike(simple[blockEnd] ?? "") && !DatelineRE.test(simple[blockEnd] ?? "")) {
    blockEnd += 1;
  }
  const titleBlock = lines.slice(0, Math.max(blockEnd, 1));
  const titleBlockSimple = simple.slice(0, titleBlock.length);

  // Signature block: organisation + date at the end of a 通报 or 检查.
  const lastSimple = simple.at(-1) ?? "";
  const signerIndex =
    SignatureDateRE.test(lastSimple) && OrganisationLineRE.test(simple.at(-2) ?? "") ? lines.length - 2 : -1;
  const signer = signerIndex >= 0 ? simple[signerIndex] : undefined;

  let titleIndex = 0;
  titleBlockSimple.forEach((line, index) => {
    if (scoreTitle(line) > scoreTitle(titleBlockSimple[titleIndex] ?? "")) titleIndex = index;
  });
  let title = titleBlock[titleIndex] ?? "";
  const firstSimple = titleBlockSimple[0] ?? "";
  // An experience piece: 涧西区： over its headline makes one title, and both lines leave the body.
  const placeHeaded = PlaceHeadingRE.test(firstSimple) && titleBlock.length > 1;
  if (placeHeaded) {
    titleIndex = 1;
    title = `${(titleBlock[0] ?? "").replace(/\s*[:：]$/, "")}：${titleBlock[1] ?? ""}`;
  }
  const bodyStart = placeHeaded ? 2 : 0;
  const bodyIndexes = lines.map((_, index) => index).filter((index) => index >= bodyStart && index !== titleIndex);
  const bodySimple = bodyIndexes.map((index) => simple[index] ?? "");
  const bodyText = bodySimple.join("\n");
  const leadIndex = bodyIndexes.find((index) => index >= titleBlock.length) ?? bodyIndexes[0] ?? 0;
  const lead = simple[leadIndex] ?? "";
  const fullSimple = simple.join("\n");

  const docType = classifyDocType({ titleLines: titleBlockSimple, title: simplifyChars(title), lead, body: bodyText });
  if (docType === "检查" && /^(?:检查|检讨书|深刻检查)$/.test(simplifyChars(title)) && signer) {
    title = `${title}（${lines[signerIndex] ?? signer}）`;
    notes.push("标题由「检查」与落款单位组成，原文无完整标题");
  }
  if (!title) notes.push("未找到标题");

  // Region.
  const { region, notes: regionNotes } = extractRegion({
    text: fullSimple,
    title: simplifyChars(title),
    lead,
    firstLine: firstSimple,
    ...(signer ? { signer } : {}),
    ...(page.pageCity ? { pageCity: page.pageCity } : {}),
    ...(page.givenRegion ? { given: page.givenRegion } : {}),
    ...(page.meta.sourceName ? { publisher: simplifyChars(page.meta.sourceName) } : {}),
    ...(page.recordPlace ? { recordPlace: page.recordPlace } : {}),
  });
  notes.push(...regionNotes);

  // Date: a signed document's own date, else the event's, else the publication date.
  let date: string;
  const signatureDay = signerIndex >= 0 ? lastSimple : undefined;
  const resolved = resolveEventDate(bodySimple.slice(0, 3).join("\n"), page.dates);
  if (signatureDay && (docType === "通报" || docType === "检查")) {
    date = resolveEventDate(signatureDay, {})?.iso ?? "unknown";
  } else if (resolved) {
    date = resolved.iso;
    if (resolved.note) notes.push(resolved.note);
  } else if (page.dates.published) {
    date = isoDay(page.dates.published);
    notes.push("正文未写明日期，取来源的发布日期");
  } else if (page.dates.estimate) {
    const { day, why } = page.dates.estimate;
    date = `${day.year}-${String(day.month).padStart(2, "0")}`;
    notes.push(`正文与来源均未写明日期，${why}到月`);
  } else {
    date = "unknown";
    notes.push("原文没有任何日期，日期记为 unknown");
  }
  const year = /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;

  // Units: canonical names in the report's region.
  const { byForm } = gazetteer();
  const isPlace = (piece: string): boolean =>
    (byForm.get(piece) ?? []).some((place) => place.level === "county" && (!region.city || place.city === region.city));
  const fullCounty = (piece: string): string => {
    const place = (byForm.get(piece) ?? []).find(
      (candidate) => candidate.level === "county" && (!region.city || candidate.city === region.city),
    );
    return place?.name ?? piece;
  };
  const unscoped = new Set<string>();
  const canonical = (raw: string): string => {
    const { name, scoped } = canonicalUnit(fullCounty(raw), region);
    if (!scoped) unscoped.add(name);
    return name;
  };
  const ownUnits: string[] = [];
  if (signer) ownUnits.push(canonical(signer));
  if (PlaceHeadingRE.test(firstSimple)) ownUnits.push(canonical(firstSimple.replace(/\s*[:：]$/, "")));
  const unitsOf = (sentence: string): string[] => findUnits(sentence, { isPlace }).map(canonical);

  // Body blocks and the paragraphs measures are read from.
  const blocks: TextBlock[] = [];
  const paragraphs: Paragraph[] = [];
  let heading: string | undefined;
  // A line naming only units (县委农工部) heads the tasks below it, as a table's 责任单位 cell does.
  let assignees: string[] = [];
  for (const index of bodyIndexes) {
    const original = lines[index] ?? "";
    const simpleLine = simple[index] ?? "";
    const inTitleBlock = index < titleBlock.length;
    const isOutline =
      (OutlineH2RE.test(simpleLine) || OutlineH3RE.test(simpleLine)) &&
      simpleLine.length <= 40 &&
      !/[。]/.test(simpleLine);
    const isHeading =
      !inTitleBlock &&
      (isOutline ||
        (isHeadingLike(simpleLine, { inBody: true }) &&
          /\p{Script=Han}/u.test(simpleLine) &&
          !isClosingLine(simpleLine) &&
          !/^同志们/.test(simpleLine) &&
          !/^…+|…+$/.test(simpleLine)));
    // A line naming only units (县委农工部, which also reads as a signature) heads the tasks below it.
    const headed = inTitleBlock ? [] : unitsHeadedBy(simpleLine, isPlace).map(canonical);
    if (headed.length > 0) {
      assignees = headed;
      blocks.push({ kind: "heading", level: 3, text: original });
      continue;
    }
    if (isHeading) {
      blocks.push({ kind: "heading", level: OutlineH2RE.test(simpleLine) ? 2 : 3, text: original });
      heading = simpleLine;
      if (OutlineH2RE.test(simpleLine)) assignees = [];
      continue;
    }
    blocks.push({ kind: "paragraph", text: original });
    if (!inTitleBlock)
      paragraphs.push({
        original,
        simple: simpleLine,
        ...(heading ? { heading } : {}),
        ...(assignees.length > 0 ? { assignees } : {}),
      });
  }

  const measures = extractMeasures(paragraphs, {
    docType,
    year,
    ownUnits: docType === "检查" ? ownUnits : [],
    unitsOf,
  });
  const reportUnits = [
    ...new Set([
      ...ownUnits,
      ...findUnits(fullSimple, { attendance: true, isPlace }).map(canonical),
      ...measures.flatMap((measure) => measure.units),
    ]),
  ];
  if (unscoped.size > 0) notes.push(`单位未能按地区规范：${[...unscoped].join("、")}`);

  const { leaders, unnamedOffices } = extractLeaders(fullSimple);
  // A speech's byline (区委书记 陈志刚) names its speaker.
  if (docType === "讲话") {
    const heading = titleBlockSimple.join("\n");
    for (const leader of leaders) if (!leader.role && heading.includes(leader.name)) leader.role = "讲话";
  }
  if (unnamedOffices.length > 0) notes.push(`原文提到${unnamedOffices.join("、")}，但未写姓名，未列为领导`);
  else if (leaders.length === 0 && /书记|市长|区长|县长|主任/.test(simplifyChars(title)))
    notes.push("标题提到领导职务，但原文未写姓名");

  const meetingMatch = MeetingNameRE.exec(simplifyChars(title)) ?? MeetingNameRE.exec(lead);
  const meetingSimple = meetingMatch?.[1] ?? meetingMatch?.[2];

  const bylineSource = MediaRE.exec(
    bodySimple
      .find((line) => ClosingBylineRE.test(line) || TrailingBylineRE.test(line) || DatelineRE.test(line))
      ?.replace(/^本报讯[(（]/, "") ?? "",
  )?.[1];
  const sourceName = page.meta.sourceName ?? bylineSource ?? page.media;
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
    tags: reportTags(simplifyChars(title), bodySimple, measures),
    units: reportUnits,
    measures,
  };
  if (page.dates.published) data.published = isoDay(page.dates.published);
  if (meetingSimple) data.meeting = toSourceScript(meetingSimple, fullSimple, lines.join("\n"));
  if (notes.length > 0) data.review = notes;
  return { data, blocks };
}

/** Tags the body returns to in this many sentences describe a report that sets no measures. */
const BODY_TAG_MIN_SENTENCES = 2;

/**
 * A report's tags: its title's and its measures'. A report without measures (an experience piece,
 * a feature) is tagged by what its body keeps returning to.
 */
function reportTags(title: string, body: readonly string[], measures: readonly Measure[]): string[] {
  const tags = [...tagsFor(title), ...measures.flatMap((measure) => measure.tags)];
  if (measures.length === 0) {
    const counts = new Map<string, number>();
    for (const sentence of body.join("\n").split(/[。！？!?\n]/)) {
      for (const tag of tagsFor(sentence)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    for (const [tag, count] of counts) if (count >= BODY_TAG_MIN_SENTENCES) tags.push(tag);
  }
  return [...new Set(tags)];
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
