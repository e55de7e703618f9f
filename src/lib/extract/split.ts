import { simplifyChars } from "../text/script";
import { unitsInCell } from "./cell-table";
import {
  AttachmentLineRE,
  BULLET_MARKS,
  CarrierFieldEndRE,
  ClosingBylineRE,
  DatelineRE,
  DisclosureLineRE,
  DocKindHeadingRE,
  HasSentenceRE,
  IssuingNoticeRE,
  ItemNumberRE,
  NoticeTitleRE,
  OrganisationLineRE,
  OutlineH2RE,
  OutlineH3RE,
  PieceMarkRE,
  PlaceHeadingRE,
  PolicyTitleRE,
  SentenceEndRE,
  SignatureDateRE,
  isHeadingLike,
  sameTitle,
} from "./patterns";

/**
 * A newspaper page (电子报 版面) often holds several articles. Boundaries, after the domain guide:
 * a closing byline or a signature block (单位 + 日期) ends one; a heading naming a document kind
 * (通报, 检查), a place heading (涧西区：) or a dateline (本报讯) with its title lines begins one, and
 * so does a paragraph that opens with a new day in a list of dated news items.
 */

/** A day as a lead writes it: 2017年5月17日, 12月1日. */
const LEAD_DAY = String.raw`(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日`;
/** A paragraph that opens with the day of what it reports: 2017年5月17日，… / 12月1日，… */
const DateLedRE = new RegExp(`^${LEAD_DAY}(?:上午|下午|晚)?[，,]`);
/** A team that opens a dated paragraph acting on what it found before (督查组将前期暗访…): 检查组, 工作队. */
const TeamFollowingUpRE =
  /^(\p{Script=Han}{0,6}?(?:组|团|队))(?:将|把)(?:前期|此前|上述|前述|前一天|昨天|当天|暗访|督查|检查|发现)/u;
/**
 * 3月24日，督查组将前期暗访拍摄情况…曝光 after 3月23日，…督查组…暗访: a later day of the same story — the
 * team already named following up its own work, or a word pointing back (此次, 随后) — is no new item of a
 * news list; the same team at other work on another day is (3月9日,县城管执法大队在…开展…).
 */
function continuesStory(clause: string, article: readonly string[]): boolean {
  if (/^(?:此次|这次|上述|随后|次日|会后)/.test(clause)) return true;
  const team = TeamFollowingUpRE.exec(clause)?.[1];
  return team !== undefined && article.some((line) => simplifyChars(line).includes(team));
}

/**
 * A news item's lead, opening with when it happened: 3月28日，… / 28日，… (a paper's own month) / 近日，…
 * / 日前，…
 */
const TimeLedLeadRE = new RegExp(
  `^(?:${LEAD_DAY}|\\d{1,2}\\s*日|近日|日前|近期|昨天|昨日|今天|今日)(?:上午|下午|晚上?)?[，,]`,
);

/**
 * A news brief in a column of them (要闻简报): a bullet, then the day it happened (after its occasion
 * or purpose at most: ◆在中秋来临之际,为…,9月24日,…). A directive's bullet sets no such day (◆各乡镇要于
 * 1月15日前…).
 */
const DatedBriefRE = new RegExp(
  `^[${BULLET_MARKS}]\\s*(?:在[^，,。]{2,20}(?:之际|期间|前夕)[，,]\\s*)?(?:为了?[^。]{2,80}?[，,]\\s*)?${LEAD_DAY}(?:上午|下午|晚上?)?[，,]`,
  "u",
);

/** What a signed notice prints under its signature: （此件公开发布）, 附件, 公开方式, 联系人, 抄送, …印发. */
const UnderSignatureRE = new RegExp(
  `${DisclosureLineRE.source}|${AttachmentLineRE.source}|^[(（]?(?:公开方式|公开属性|信息公开形式|联系人|联系单位|联系电话|抄送)|印发$|^此[件文]公开发布$`,
);
/** Kinds of document a notice issues that PolicyTitleRE, which also decides the document type, leaves out. */
const DocumentKindEndRE = /(?:规则|预案|指引|指南|纲要|制度|措施)$/;
/** How an issued document without its title line opens: its purpose and making, or its first part. */
const IssuedDocumentOpeningRE =
  /制定本|特制定|提出如下|如下[:：]?$|^第[一二三四五六七八九十]+[章条]|^[一二三四五六七八九十]+、/;

/** How the title of a document ends: its quoted name or its kind. */
const DocumentTitleEndRE = /(?:》|的(?:通知|通报|决定|意见|批复|公告|函|报告))$/;

/** One article: its original lines, blank lines marking paragraph breaks. */
export interface ArticleLines {
  lines: string[];
  /** True for a news brief of a column of them (◆9月23日，…). */
  brief?: boolean;
}

function hasBody(lines: readonly string[]): boolean {
  return lines.some((line) => HasSentenceRE.test(simplifyChars(line)) || line.length > 60);
}

/** A page's opening that is one short sentence and nothing else: a photo's caption (a headline may exclaim instead). */
function isLoneCaption(lines: readonly string[]): boolean {
  const [first, ...more] = lines.filter((line) => line !== "");
  // (A page's table cell may leave its bar after the caption: …大型行李。 |.)
  const only = first?.replace(/[\s|｜]+$/u, "");
  return (
    only !== undefined &&
    more.length === 0 &&
    Array.from(only).length <= CAPTION_MAX &&
    /^[^。！？!?]+。$/.test(simplifyChars(only))
  );
}
const CAPTION_MAX = 40;

/** Lines at the end of `lines` that read as a title block (headings with no full stop). */
function trailingTitleBlock(lines: string[]): number {
  let start = lines.length;
  while (start > 0) {
    const line = lines[start - 1] ?? "";
    if (line === "") {
      start -= 1;
      continue;
    }
    // (全力以赴打赢防汛攻坚战！ over a dateline: a headline may exclaim.)
    const simple = simplifyChars(line);
    if (!isHeadingLike(simple) && !isHeadingLike(simple.replace(/[！!]+$/u, ""))) break;
    start -= 1;
  }
  while (start < lines.length && lines[start] === "") start += 1;
  return start;
}

const hanOnly = (text: string): string => text.replace(/[^\p{Script=Han}]/gu, "");

/** The Han character pairs of a text. */
function hanPairs(text: string): string[] {
  const han = Array.from(hanOnly(text));
  return han.slice(1).map((character, index) => `${han[index] ?? ""}${character}`);
}

/**
 * True when the lines so far end in a headline that the lead below restates (固始县召开人才工作部署会 /
 * 3月28日，固始县召开人才工作部署会议…), after a body of text: a news item's own headline, not a report's
 * subheading (防汛工作, 会议现场) over its next paragraph.
 */
function headlineOf(lines: string[], lead: string): boolean {
  const titleStart = trailingTitleBlock(lines);
  if (titleStart === lines.length || !hasBody(lines.slice(0, titleStart))) return false;
  const pairs = hanPairs(simplifyChars(lines.slice(titleStart).join("")));
  const leadText = simplifyChars(lead).slice(0, 120);
  return pairs.length >= 4 && pairs.filter((pair) => leadText.includes(pair)).length * 2 >= pairs.length;
}

/** The label of a page's summary of its article: 本文摘要:…, 导读：…. */
const SummaryLabelRE = /^(?:本文摘要|内容摘要|文章摘要|摘要|导读|内容提要)\s*[:：]/;

/** A line of a page's summary of the article whose lead is `lead`: its label, or a sentence the lead opens with. */
function inSummary(line: string, lead: string): boolean {
  const simple = simplifyChars(line).trim();
  return SummaryLabelRE.test(simple) || (simple.length >= 15 && lead.startsWith(simple));
}

/**
 * 本文摘要:… / 10月17日上午,…召开…部署会,… over the headline printed again and the same lead, run on: the
 * page's summary of the article below, no article of its own (every sentence it has, the lead opens with).
 */
function summarises(lines: readonly string[], lead: string): boolean {
  const said = lines.filter((line) => hasBody([line]));
  return said.length > 0 && said.every((line) => inSummary(line, lead));
}

/** How wide a line cut to a page's width is at least, and how much its neighbours' widths may differ. */
const WRAPPED_LINE_MIN = 20;
const WRAPPED_WIDTH_SLACK = 0.2;
/** A line opening with a field's label: 列席：…, 出席：…. */
const FieldLabelRE = /^\p{Script=Han}{2,4}[:：]/u;

/**
 * Rejoins paragraphs that a page layout broke: a long line with no closing punctuation whose
 * next line carries on the sentence. The page's headline (the line it prints over its date) is
 * never such a line, wherever it stands.
 */
export function rejoinBrokenLines(lines: readonly string[], headline?: string): string[] {
  const out: string[] = [];
  // Kept beside out, so a paragraph rejoined from many lines is simplified once per line, not once per join.
  const simpleOut: string[] = [];
  let firstTextIndex = -1;
  let previousIndex = -1;
  let blankBefore = false;
  // The length of the last line read as written, before any rejoining.
  let previousLineLength = 0;
  for (const line of lines) {
    if (line === "") {
      out.push(line);
      simpleOut.push(line);
      blankBefore = true;
      previousLineLength = 0;
      continue;
    }
    const afterBlank = blankBefore;
    blankBefore = false;
    const previous = previousIndex >= 0 ? (out[previousIndex] ?? "") : "";
    const simplePrevious = previousIndex >= 0 ? (simpleOut[previousIndex] ?? "") : "";
    const simpleLine = simplifyChars(line);
    // The page's first line is its headline (often with a deck on the same line), never broken text.
    const firstLine = previousIndex === firstTextIndex;
    // Tests anchored at the end look at the tail only: the line before may be a long rejoined paragraph.
    const previousTail = simplePrevious.slice(-60);
    // Text cut to a page's width (a PDF's lines) goes on in a line as wide as the one before, though
    // that holds only clauses; a shorter line under it (坚持问题导向，狠抓整改落实) or a field (列席：…) is
    // a line of its own.
    const hardWrapped =
      previousLineLength >= WRAPPED_LINE_MIN &&
      Math.abs(simpleLine.length - previousLineLength) <= previousLineLength * WRAPPED_WIDTH_SLACK &&
      !FieldLabelRE.test(simpleLine);
    // (A page may print its headline twice: the second copy is no broken text either.)
    const headlineAgain = firstTextIndex >= 0 && simplePrevious === simpleOut[firstTextIndex];
    const broken =
      !firstLine &&
      !headlineAgain &&
      !(headline !== undefined && sameTitle(previous, headline)) &&
      (previous.length >= 25 || HasSentenceRE.test(simplePrevious)) &&
      !SentenceEndRE.test(previousTail) &&
      !/[:：”」)）]$/.test(previousTail) &&
      // A document's title (…关于印发《…方案》, …的通知) ends a line; the text under it is not its tail.
      !DocumentTitleEndRE.test(previousTail) &&
      // Nor does the name of the plan a notice issues under its signature (2020年2月22日 / …工作计划 / 为巩固…).
      !(
        PolicyTitleRE.test(simplePrevious) &&
        !/[，,。；;：:、]/.test(simplePrevious) &&
        SignatureDateRE.test(simpleOut.slice(0, previousIndex).findLast((candidate) => candidate !== "") ?? "")
      ) &&
      (HasSentenceRE.test(simpleLine) || (/[，,；;]/.test(simpleLine) && hardWrapped)) &&
      !ItemNumberRE.test(simpleLine) &&
      // A dateline (新华网澳门12月20日电…) opens a story; the headline above it has no stop.
      !DatelineRE.test(simpleLine) &&
      // 4月27日，县长… (近日，…): a lead opening with when starts afresh under a headline without a stop
      // (…从3月1日持续到 / 5月31日，… is one sentence: a word that needs its object ends the line above).
      !(
        TimeLedLeadRE.test(simpleLine) &&
        !/(?:截至|截止|至|到|于|从|自|在|和|及|与|或|的|为|是|将|月)$/.test(previousTail)
      ) &&
      // A paragraph may end on a hotline or an address (…食安专线0800-285000) and no stop.
      !(afterBlank && /[\dA-Za-z]$/.test(previousTail)) &&
      !OutlineH2RE.test(simplePrevious) &&
      !OutlineH3RE.test(simplePrevious) &&
      // A byline is a short line of its own; a long rejoined paragraph is none.
      !(simplePrevious.length <= 120 && ClosingBylineRE.test(simplePrevious)) &&
      // A table's 责任单位 cell (区发展改革局、区工业和信息化局、沈阳近海经济区管委会) ends its row, as the field
      // does after an item's stop when it ends on a whole body (…未及时清运。责任单位：东城街道办事处、区城管局;
      // not …责任单位：县住建局、县水 / 利局…, a name the line broke).
      unitsInCell(simplePrevious).length === 0 &&
      // (Nor does a task cell go on in the 责任单位 cell under it: 开展排查、评估和治理工作 / 市住建局、市环保局.)
      unitsInCell(simpleLine).length === 0 &&
      !CarrierFieldEndRE.test(previousTail);
    // A table cell or list line wrapped after a comma goes on in the next line, unless that opens an item.
    const wrapped = !firstLine && /[，,、]$/.test(previousTail) && !ItemNumberRE.test(simpleLine);
    previousLineLength = simpleLine.length;
    if (broken || wrapped) {
      out.length = previousIndex + 1;
      simpleOut.length = previousIndex + 1;
      out[previousIndex] = previous + line;
      simpleOut[previousIndex] = simplePrevious + simpleLine;
    } else {
      out.push(line);
      simpleOut.push(simpleLine);
      previousIndex = out.length - 1;
      if (firstTextIndex === -1) firstTextIndex = previousIndex;
    }
  }
  return out;
}

/** Splits a cleaned page into articles; a page with one article gives one. */
export function splitArticles(pageLines: readonly string[], headline?: string): ArticleLines[] {
  const lines = rejoinBrokenLines(pageLines, headline);
  const articles: string[][] = [];
  const briefs: boolean[] = [];
  let current: string[] = [];
  let ended = false;
  // The day the current article's first dated paragraph opens with (12月1日，…), if any.
  let currentDatedItem: string | undefined;
  // Whether the current article's body began with a dated brief (◆9月23日，我县召开…).
  let currentIsBrief = false;
  const startNew = (carry: string[] = []): void => {
    // What follows the last article without a sentence of its own (评论、分享 buttons) is no article.
    if (current.some((line) => line !== "") && (articles.length === 0 || hasBody(current))) {
      articles.push(current);
      briefs.push(currentIsBrief);
    }
    current = carry;
    ended = false;
    currentDatedItem = undefined;
    currentIsBrief = false;
  };

  // A notice that issues a document (关于印发《…方案》的通知) goes on with it after its signature; asked
  // only when a signature closes the article, since it reads every line so far.
  const issuesDocument = (): boolean => current.some((candidate) => IssuingNoticeRE.test(simplifyChars(candidate)));
  // …unless another article plainly starts after the signature, a headline over a sentence, and the headline
  // is no title of the document the notice issues: the page left that document out. A document's title is
  // known by its kind (…实施方案, …若干措施, …工作规则) or by the name the notice quotes, and may wrap over two
  // lines; a plan without a title opens with its purpose (为…，制定本方案。). The lines a signed notice prints
  // under its signature (（此件公开发布）, 附件, 公开方式, 抄送, …印发) are passed; links to other pages
  // (headlines without a sentence) start no article: the layout drops them.
  const anotherArticleFollows = (signatureIndex: number): boolean => {
    const [headline, ...after] = lines
      .slice(signatureIndex + 1)
      .map(simplifyChars)
      .filter((candidate) => candidate !== "" && !UnderSignatureRE.test(candidate))
      .slice(0, 3);
    if (headline === undefined || /[。！？!?]/.test(headline)) return false;
    const issuedNames = current
      .map(simplifyChars)
      .filter((line) => IssuingNoticeRE.test(line) || /给你们/.test(line))
      .flatMap((line) => [...line.matchAll(/《([^》]{4,80})》/g)].map((match) => hanOnly(match[1] ?? "")));
    const namesIssued = (candidate: string): boolean => {
      const pairs = hanPairs(candidate);
      return (
        pairs.length >= 4 &&
        issuedNames.some((name) => pairs.filter((pair) => name.includes(pair)).length * 5 >= pairs.length * 4)
      );
    };
    const documentTitle = (candidate: string): boolean =>
      PolicyTitleRE.test(candidate) ||
      NoticeTitleRE.test(candidate) ||
      DocumentKindEndRE.test(candidate) ||
      namesIssued(candidate);
    if (documentTitle(headline) || documentTitle(`${headline}${after[0] ?? ""}`)) return false;
    const sentence = after.find((candidate) => candidate.length >= 15 && /。/.test(candidate));
    return sentence !== undefined && !IssuedDocumentOpeningRE.test(sentence);
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const simple = simplifyChars(line);
    if (line === "") {
      current.push(line);
      continue;
    }
    if (ended) startNew();
    const opensArticle =
      DocKindHeadingRE.test(simple) ||
      PlaceHeadingRE.test(simple) ||
      (PieceMarkRE.test(simple) && isHeadingLike(simple.replace(PieceMarkRE, "")));
    // A news list: an item that opens with its own day (12月1日，…) after an item that did too.
    const datedItem = DateLedRE.exec(simple)?.[0];
    // A column of briefs: the next bullet after a brief's body, whatever its day (several share one).
    const brief = DatedBriefRE.test(simple);
    const opensDatedItem =
      (datedItem !== undefined &&
        currentDatedItem !== undefined &&
        currentDatedItem !== datedItem &&
        !continuesStory(simple.slice(datedItem.length), current)) ||
      (brief && currentIsBrief);
    // A dateline (本报讯), a news list's next day, or in a digest a lead that opens with when under its
    // own headline: the headline lines above it begin the next article with it.
    const restated = (): boolean => headlineOf(current, simple);
    const opensUnderHeadline =
      DatelineRE.test(simple) || ((opensDatedItem || TimeLedLeadRE.test(simple)) && restated());
    if ((opensArticle || opensDatedItem) && !opensUnderHeadline && hasBody(current)) startNew();
    else if (opensUnderHeadline && articles.length === 0 && isLoneCaption(current)) {
      // 上水港铁站职员昨日在站外逐一量度…。 over 中评社香港9月19日电/…: a photo's caption over the page's
      // one dispatch is no article of its own, nor the dispatch's headline.
      current = [];
    } else if (
      opensUnderHeadline &&
      // (A record's title over its dateline is that article's headline, though it asks 东营怎么办?)
      hasBody(current.filter((candidate) => headline === undefined || !sameTitle(candidate, headline)))
    ) {
      const titleStart = trailingTitleBlock(current);
      const carry = current.slice(titleStart);
      current = current.slice(0, titleStart);
      if (summarises(current, simple)) current = current.filter((candidate) => !inSummary(candidate, simple));
      if (hasBody(current)) startNew(carry);
      else current.push(...carry);
    }
    currentDatedItem ??= datedItem;
    if (brief && !hasBody(current)) currentIsBrief = true;
    current.push(line);
    const closesWithByline = ClosingBylineRE.test(simple) && !SentenceEndRE.test(simple);
    const closesWithSignature =
      SignatureDateRE.test(simple) && OrganisationLineRE.test(simplifyChars(current.filter(Boolean).at(-2) ?? ""));
    if (closesWithByline || (closesWithSignature && (!issuesDocument() || anotherArticleFollows(index)))) {
      const next = lines.slice(index + 1).find((candidate) => candidate !== "");
      // (…督查室 / 2019年5月15日 / 附件：存在问题: the notice goes on with its attachment.)
      const attachment = closesWithSignature && next !== undefined && AttachmentLineRE.test(simplifyChars(next));
      if (next !== undefined && !attachment && hasBody(current)) ended = true;
    }
  }
  startNew();
  return articles.map((articleLines, index) => {
    while (articleLines[0] === "") articleLines.shift();
    while (articleLines.at(-1) === "") articleLines.pop();
    return briefs[index] ? { lines: articleLines, brief: true } : { lines: articleLines };
  });
}
