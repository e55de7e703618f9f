import type { Region } from "../../schemas/report";
import { HEADLINE_MIN_LENGTH, SiteTitlePartRE, cleanText } from "../text/clean";
import { sourceTexts, type SourceText } from "../text/source-text";
import { detectScript, simplifyChars } from "../text/script";
import { explicitDates, isoDay, latestDay, parsePublished, yearNamedIn, type DateContext } from "./dates";
import { gazetteer } from "./gazetteer";
import { bestCity, cityScores, extractRegion } from "./region";
import { extractReport, type ExtractedReport } from "./report";
import { MediaRE } from "./source";
import { DeadlineLineRE, OrganisationLineRE, isHeadingLike, sameTitle } from "./patterns";
import { splitArticles } from "./split";

/** A site's own name in its furniture: 返回潍坊新闻网, 欢迎访问巨鹿人民政府网站, 主办单位：某市人民政府, 版权所有：某日报社, 某传媒中心 主办, 某融媒体中心出版 (a paper's masthead), 网站地图 某市人民政府主办 某办公室承办. */
const SITE_NAME = "([\\p{Script=Han}]{2,12}?(?:日报社?|晚报|新闻网|报社|融媒体中心|传媒中心|人民政府|政府网))";
const SiteNameRE = new RegExp(
  `(?:返回|欢迎(?:访问|光临|您访问)\\s*|主办单位?\\s*[:：]\\s*|版权所有\\s*[:：]?\\s*|©\\s*\\d{0,4}\\s*)${SITE_NAME}|(?:^|\\s)${SITE_NAME}\\s*(?:(?:主办|出版)(?=\\s|$)|版权所有)`,
  "u",
);
/** A masthead: the site's name alone on one of the page's first lines (蛟河市人民政府网站), not a link list's item lower down. */
const MastheadRE = new RegExp(`^${SITE_NAME}(?:门户)?网站$`, "u");
const MASTHEAD_LINES = 8;
/** A disclosure page's name field (名 称: …), among the first lines where such fields stand. */
const DisclosureNameRE = /^(?:名\s*称|标\s*题)(?:\s*[:：|｜]\s*|\s+)(.+)$/u;
const DISCLOSURE_FIELD_LINES = 30;
/** A name field's value, without the bars of the table it stands in (标 题: | …的通知 | ||). */
function disclosureName(line: string): string | undefined {
  return DisclosureNameRE.exec(line)?.[1]?.replace(/^[\s|｜]+|[\s|｜]+$/gu, "");
}
/** A title field (标题:…, 文章标题：…) with its value, and the closing tag a scraped page left after it. */
const TitleFieldRE = /^(?:文章)?[标標]\s*[题題]\s*[:：]\s*([^。！？!?]{6,80}?)\s*(?:<\/?[a-z][^>]*>\s*)*$/iu;
/** The fields a disclosure page prints beside its document's name. */
const DisclosureNeighbourRE =
  /索\s*引\s*号|发布机构|發布機構|发文机关|主题分类|主題分類|发布日期|發布日期|成文日期|文\s*号/u;

/** A reposting account's signature line: 新余云为媒网络整理发布 (not a person's 王长春整理发布). */
const RepostAccountRE = /^([\p{Script=Han}]{2,12}?)网络整理发布$/u;

/** One entry drawn from a raw file: its place in the file, its data and its body. */
export interface PageEntry extends ExtractedReport {
  /** 1-based position of the article on the page; 0 when the page holds just one. */
  part: number;
}

export interface PageResult {
  entries: PageEntry[];
  /** Lines removed as junk (chrome, paywall tails, outlines), for the CLI's report and verify. */
  removed: string[];
}

export interface PageOptions {
  /** The raw file as entries cite it (seeds/…). */
  file: string;
  /** A region the user knows for the whole batch (--region). */
  region?: Region;
  /** The address a saved page (MHTML) names as its origin. */
  savedFrom?: string;
}

/**
 * A raw text, saved web page or database export in, its report entries out: each record of an
 * export (or the page) is read on its own, and the entries numbered across the file.
 */
export function extractPage(raw: string, options: PageOptions): PageResult {
  const { byCode } = gazetteer();
  const read = sourceTexts(raw, (code) => byCode.has(code)).map((source) => extractSource(source, options));
  const entries = read.flatMap((result) => result.entries);
  return {
    entries: entries.map((entry, index) => ({ ...entry, part: entries.length > 1 ? index + 1 : 0 })),
    removed: read.flatMap((result) => result.removed),
  };
}

/**
 * 11/05/2020: Hong Kong's and Macau's (traditional) pages print the day first, as the date reader
 * takes it; a simplified page's slash stamp whose numbers could both be months is a US-style one
 * (5/11/2020 10:23 is 11 May only in Macau), so it is put in year/month/day order here.
 */
function slashStampInPageOrder(stamp: string | undefined, lines: readonly string[]): string | undefined {
  const ambiguous = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})/.exec(stamp ?? "");
  if (!stamp || !ambiguous || Number(ambiguous[1]) > 12 || Number(ambiguous[2]) > 12) return stamp;
  if (detectScript(lines.join("")) === "traditional") return stamp;
  return stamp.replace(ambiguous[0], `${ambiguous[3]}/${ambiguous[1]}/${ambiguous[2]}`);
}

/**
 * One page or record in, its report entries out: clean, split into articles, extract each against
 * what the page as a whole says (date, city, source).
 */
function extractSource({ text, record, pageTitle }: SourceText, options: PageOptions): PageResult {
  const { byCode } = gazetteer();
  const cleaned = cleanText(text);
  // 万载县2022年…统计公报 | 万载县人民政府: the part of the browser tab's title that the page prints
  // as a line of its own is its headline.
  if (pageTitle && !cleaned.meta.headline) {
    const printed = pageTitle
      .split(/\s*[|｜_—–]\s*|\s+-\s+/)
      .filter((part) => Array.from(part).length >= HEADLINE_MIN_LENGTH && !SiteTitlePartRE.test(part))
      .map((part) => cleaned.lines.find((line) => sameTitle(line, part)))
      .find((line) => line !== undefined);
    if (printed) cleaned.meta.headline = printed;
  }
  // 名 称: 2018年寻甸花山节…圆满举办 among a disclosure page's fields (索引号, 发布机构 …): the document's
  // name, printed again below as its headline (not the site's menu above the fields, 政府信息公开制度).
  {
    // (The other fields are furniture the cleaning already took; the name stands above the article's
    // first sentence.)
    const disclosure = cleaned.removed.some((line) => DisclosureNeighbourRE.test(line));
    const fieldAt = disclosure
      ? cleaned.lines
          .slice(0, DISCLOSURE_FIELD_LINES)
          .findIndex(
            (line, index) =>
              DisclosureNameRE.test(line) && !cleaned.lines.slice(0, index).some((above) => /[。！？]/.test(above)),
          )
      : -1;
    const named = fieldAt >= 0 ? disclosureName(cleaned.lines[fieldAt] ?? "") : undefined;
    const printedAt =
      named && Array.from(named).length >= HEADLINE_MIN_LENGTH
        ? cleaned.lines.findIndex((line, index) => index > fieldAt && sameTitle(line, named))
        : -1;
    const printed = cleaned.lines[printedAt];
    if (printedAt > fieldAt && printed !== undefined) {
      cleaned.meta.headline = printed;
      // The field itself is furniture, as the page's other fields are.
      cleaned.removed.push(...cleaned.lines.splice(fieldAt, 1));
    } else if (named && Array.from(named).length >= HEADLINE_MIN_LENGTH && !/[。！？]/.test(named)) {
      // 标 题: | …关于印发…的通知 | ||, printed nowhere else (the table stands in for the headline): the
      // field's value is the headline, and the table's repeats of the field are furniture.
      const repeats = cleaned.lines
        .slice(0, DISCLOSURE_FIELD_LINES)
        .flatMap((line, index) => (index !== fieldAt && disclosureName(line) === named ? [index] : []));
      for (const index of repeats.reverse()) cleaned.removed.push(...cleaned.lines.splice(index, 1));
      cleaned.removed.push(...cleaned.lines.splice(fieldAt, 1, named));
      cleaned.meta.headline = named;
    }
  }
  // 标题:区领导带队到双新街开展调研 under the text, where a saved record printed its fields after the
  // article: the article's headline, which no line above the text gives.
  {
    const fields = cleaned.lines.flatMap((line, index) => {
      const value = TitleFieldRE.exec(line)?.[1];
      return value ? [{ index, value }] : [];
    });
    const [field] = fields;
    // (Only where the page opens with a sentence, which then stands above the field: over a notice's own
    // headline, 标题：2号小标宋… is a rule the notice sets.)
    const opening = cleaned.lines.find((line) => line.trim() !== "") ?? "";
    if (fields.length === 1 && field && /[。！？]/.test(opening) && !cleaned.meta.headline && !record?.title) {
      cleaned.removed.push(...cleaned.lines.splice(field.index, 1));
      if (!cleaned.lines.some((line) => sameTitle(line, field.value))) cleaned.lines.unshift(field.value, "");
      cleaned.meta.headline = field.value;
    }
  }
  // A record's named fields say what a page says in its meta lines.
  if (record) {
    const { published, source, url, author } = record;
    if (published) cleaned.meta.publishedText ??= published;
    // An author field that names a body (…支部委员会) is the publisher; a person's name is not.
    const publisher = source ?? (author && OrganisationLineRE.test(simplifyChars(author)) ? author : undefined);
    if (publisher) cleaned.meta.sourceName ??= publisher;
    if (url) cleaned.meta.url ??= url;
  }
  if (options.savedFrom && /^https?:\/\//i.test(options.savedFrom)) cleaned.meta.url ??= options.savedFrom;
  // The site the page was saved from (返回潍坊新闻网, 主办：…人民政府, 建德市新闻传媒中心 主办), named only in its furniture.
  // A labelled name (主办单位：蛟河市人民政府) outranks a bare one (a banner's 冰雪节 吉林市人民政府主办).
  const siteMatches = [...cleaned.removed, ...cleaned.lines].map((line) => SiteNameRE.exec(simplifyChars(line)));
  const siteName =
    siteMatches.find((match) => match?.[1] !== undefined)?.[1] ??
    siteMatches.find((match) => match?.[2] !== undefined)?.[2];
  const masthead = text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, MASTHEAD_LINES)
    .map((line) => MastheadRE.exec(simplifyChars(line.trim()))?.[1])
    .find((name) => name !== undefined);
  const site = siteName ?? masthead;
  if (site) cleaned.meta.siteName ??= site;
  const repostAccount = [...cleaned.removed, ...cleaned.lines]
    .map((line) => RepostAccountRE.exec(simplifyChars(line.trim()))?.[1])
    .find((name) => name !== undefined);
  if (repostAccount) cleaned.meta.repostAccount = repostAccount;
  const articles = splitArticles(cleaned.lines, cleaned.meta.headline ?? record?.title);
  // A record that holds several articles is a digest: its title line (快报：第二百二十九期) heads the
  // whole, not the first article, which has a headline of its own under it.
  const firstLines = articles[0]?.lines ?? [];
  const [digestTitle, firstHeadline] = firstLines.filter((line) => line !== "");
  const digest =
    record?.title !== undefined &&
    articles.length > 1 &&
    digestTitle !== undefined &&
    sameTitle(digestTitle, record.title) &&
    isHeadingLike(simplifyChars(firstHeadline ?? ""));
  if (digest) articles[0] = { lines: firstLines.slice(firstLines.indexOf(digestTitle) + 1) };
  const pageSimple = simplifyChars(cleaned.lines.join("\n"));
  const published = parsePublished(slashStampInPageOrder(cleaned.meta.publishedText, cleaned.lines));
  // A deadline (完成时限：2021年12月31日, 8月31日前) is when work is due, not when the page was written.
  const printedDates = pageSimple
    .split("\n")
    .filter((line) => !DeadlineLineRE.test(line))
    .join("\n")
    .replace(/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?=(?:以|之)?前)/g, "");
  const latestPrinted = published ? undefined : latestDay(explicitDates(printedDates));
  const rowDay = published || !record?.rowTime ? undefined : parsePublished(record.rowTime);
  // Without a publication date, relative dates are read against the latest date the page prints
  // or, in a database export, the time the row was written (which may be long after publication).
  const uploaded = parsePublished(cleaned.meta.uploadedText);
  const dates: DateContext = published
    ? { published }
    : uploaded
      ? { uploaded }
      : latestPrinted
        ? { estimate: { day: latestPrinted, why: `按版面上最晚的日期 ${isoDay(latestPrinted)} 推定` } }
        : rowDay
          ? { estimate: { day: rowDay, why: `按数据库记录时间 ${isoDay(rowDay)} 推定（记录时间可能晚于发布）` } }
          : {};
  const recordPlace = record?.divisionCode ? byCode.get(record.divisionCode) : undefined;
  const pageCity = bestCity(cityScores(pageSimple, ""), 3);
  const media = pageSimple
    .split("\n")
    .map((line) => MediaRE.exec(line.replace(/^本报讯[(（]/, ""))?.[1])
    .find((name) => name !== undefined);
  // A column of briefs (a county paper's 要闻简报) is one place's and one year's: what the column as a
  // whole says stands for a brief that never says it. (Not a digest of several cities' news.)
  const column = articles.length > 1 && articles.every((article) => article.brief);
  const pageRegion =
    column && !options.region
      ? extractRegion({ text: pageSimple, title: "", lead: "", script: detectScript(cleaned.lines.join("")) }).region
      : undefined;
  const pageYear = column ? yearNamedIn(pageSimple) : undefined;
  const entries = articles.map((article, index) => ({
    part: articles.length > 1 ? index + 1 : 0,
    ...extractReport(article.lines, {
      meta: cleaned.meta,
      dates,
      ...(recordPlace ? { recordPlace } : {}),
      ...(record?.title && index === 0 && !digest ? { recordTitle: record.title } : {}),
      ...(pageCity ? { pageCity } : {}),
      ...(pageRegion && (pageRegion.city ?? pageRegion.district) ? { pageRegion } : {}),
      ...(pageYear ? { pageYear } : {}),
      // A paywall or 略 cuts the page, and with it the last article.
      truncated: cleaned.truncated && index === articles.length - 1,
      garbled: cleaned.garbled,
      script: detectScript(article.lines.join("")),
      file: options.file,
      ...(options.region ? { givenRegion: options.region } : {}),
      splitFromPage: articles.length > 1,
      ...(media ? { media } : {}),
    }),
  }));
  return { entries, removed: cleaned.removed };
}
