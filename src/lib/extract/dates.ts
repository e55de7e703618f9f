/**
 * Dates as the reports write them: explicit (2024年9月19日, 2023.02.23, 2022-06-28), relative to
 * the publication date (昨日, 23日, 6月18日上午), and deadlines (年底前, 9月底前, 2025年6月底前).
 */
import type { DocNumber } from "../text/doc-number";
import { SPAN_END, UNTIL } from "./span-end";

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** What a source says about when it was published. */
export interface DateContext {
  /** The publication date, when the page gives it. */
  published?: Day;
  /**
   * Without one, a day to read relative dates against and why it was taken (the latest date a page
   * prints, a database row's time): every date resolved against it carries a review note.
   */
  estimate?: { day: Day; why: string };
  /** A document site's upload time (文库: 大小, 页数, 时间): often years after the text, so never its date. */
  uploaded?: Day;
}

/** A resolved date in the report schema's ISO forms, the words it came from, and any doubt. */
export interface ResolvedDate {
  iso: string;
  words: string;
  note?: string;
  /** The day the page's stamp would give a month and day it lags too far to vouch for. */
  stale?: string;
}

export const FullDateRE =
  /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d))/g;
/** Words that date by the page's day: 今天, 昨日 (日昨 in Taiwan's press), 近日. */
const RELATIVE_DAYS = "昨日|日昨|昨天|今天|今日|前天|前日|日前|近日";
/**
 * Expressions naming the day of an event, in the order they are tried within a sentence; of a span of
 * days (12月7-8日) the first.
 */
const EventDateRE = new RegExp(
  String.raw`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|(?:[-—–~～]|至)\s*\d{1,2}\s*日)|(?<![月\d])(?<!\d\s*(?:日\s*(?:起\s*)?)?(?:[-—–~～]|至|到)\s*)(\d{1,2})\s*(?:日|(?:[-—–~～]|至)\s*\d{1,2}\s*日)(?!前|后|起|内)|(${RELATIVE_DAYS}|当天|当日)`,
  "g",
);

const pad = (value: number): string => String(value).padStart(2, "0");

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  "○": 0,
  // (二O一O年: a Latin O typed for 〇.)
  O: 0,
  Ｏ: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** 十二 → 12, 二十三 → 23, 三十一 → 31, 十 → 10. */
function chineseNumber(text: string): number {
  const [tens, ones] = text.split("十");
  if (ones === undefined) return CHINESE_DIGITS[text] ?? NaN;
  return (tens ? (CHINESE_DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? NaN) : 0);
}
const ChineseYearRE = /(?<![A-Za-z])([〇○零OＯ一二三四五六七八九]{4})(?=\s*年)/g;
const ChineseMonthDayRE = /([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;
/** Taiwan's 民國 years: 110年4月28日, 民國109年, 109/08/11 (a three-digit year is never a mainland one). */
const RocYearRE = /(?:民國|民国)?(?<![\d./-])(1\d{2})(?=\s*年\s*(?:\d{1,2}\s*月|元月|度|起|底|内|內))/g;
const RocSlashedRE = /(?<![\d./-])(1\d{2})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])/g;
/**
 * 今(25)日, 明(105)年, and in Hong Kong's and Macau's releases 昨(10)日, 前(9)日 (the day before
 * yesterday): the number in brackets names the day or year itself.
 */
const BracketedRE =
  /(?:[今明本](?:\s*[(（]\s*)(\d{1,3})\s*[)）]\s*(日|年)|本\s*[(（]\s*(1[0-2]|[1-9])\s*[)）]\s*(月)|(?:昨|(?<![提会目之以此当从事空史眼跟面])前)\s*[(（]\s*([1-9]|[12]\d|3[01])\s*[)）]\s*(日))/gu;

/**
 * Dates written in Arabic digits and Gregorian years, whatever the source wrote: 二〇二四年 →
 * 2024年, 八月七日 → 8月7日, 110年4月28日 (民國) → 2021年4月28日, 109/08/11 → 2020/08/11,
 * 今(25)日 → 25日, 本(1)月 → 1月, 元月 → 1月, 10月18号 → 10月18日. Only the dates change; offsets do not matter to the callers.
 */
export function normalizeDateWords(text: string): string {
  return (
    text
      // 中華民國 1 0 1 年: a PDF's letter-spaced digits are one number.
      .replace(/(?<!\d ?)\d(?: \d){1,3}(?= ?年)/g, (digits) => digits.replace(/ /g, ""))
      .replace(ChineseYearRE, (digits) =>
        Array.from(digits)
          .map((char) => CHINESE_DIGITS[char] ?? "")
          .join(""),
      )
      .replace(ChineseMonthDayRE, (whole, month: string, day: string) => {
        const m = chineseNumber(month);
        const d = chineseNumber(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${m}月${d}日` : whole;
      })
      .replace(
        BracketedRE,
        (_, number?: string, unit?: string, month?: string, monthUnit?: string, pastDay?: string, dayUnit?: string) =>
          `${number ?? month ?? pastDay ?? ""}${unit ?? monthUnit ?? dayUnit ?? ""}`,
      )
      .replace(
        RocSlashedRE,
        (_, year: string, separator: string, month: string, day: string) =>
          `${Number(year) + 1911}${separator}${month}${separator}${day}`,
      )
      .replace(RocYearRE, (_, year: string) => String(Number(year) + 1911))
      .replace(/元月/g, "1月")
      // 3月8,县长…主持召开: a lead's day whose 日 the writer dropped before the comma.
      .replace(/^(\s*\d{1,2}月)(\d{1,2})(?=[,，]\s*[\p{Script=Han}])/gmu, "$1$2日")
      // 王惠美於十一日召開, 县长二十日上午主持: a day of the month in numerals, where an event is dated.
      .replace(
        /(?<![月\d〇零一二三四五六七八九十第前初后每次续期])([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?=上午|下午|晚上|晚间|凌晨|召开|举行|主持|出席|在[^，,。；;]{1,12}?(?:召开|举行|主持|出席)|[（(](?:星期|周|礼拜)[一二三四五六日天][)）])/g,
        (whole, day: string) => {
          const d = chineseNumber(day);
          return d >= 1 && d <= 31 ? `${d}日` : whole;
        },
      )
      // 4月20日(星期五)前: the weekday between a day and its 前 says nothing the day does not.
      .replace(/(\d{1,2}\s*日)\s*[(（](?:星期|周|礼拜)[一二三四五六日天][)）]/g, "$1")
      // 10月18号: the spoken day (号 after a month; 3号楼 is no date).
      .replace(/(\d{1,2}\s*月\s*\d{1,2})\s*号/g, "$1日")
      // 24.08.2015 15:12, 11/05/2020: a day-first stamp some sites (Hong Kong's, Macau's) print; the
      // four-digit year says which is which, and a first number over 12 cannot be a month either way.
      .replace(
        /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./])/g,
        (_, first: string, separator: string, second: string, year: string) =>
          Number(second) > 12 && Number(first) <= 12
            ? `${year}${separator}${first}${separator}${second}`
            : `${year}${separator}${second}${separator}${first}`,
      )
      // 202177下午召开, 2018813日晚: a day that lost its 年 and 月 (and its 日), read when only one split
      // makes a date.
      .replace(
        /(?<![\d.\-/])((?:19|20)\d{2})(\d{2,4})(?=\s*(?:上午|下午|晚上|晚间)|日)/g,
        (whole, year: string, rest: string, at: number, text: string) => {
          const dayMark = text[at + whole.length] === "日" ? "" : "日";
          const splits = [1, 2]
            .map((length) => [rest.slice(0, length), rest.slice(length)] as const)
            .filter(([month, day]) => day.length >= 1 && day.length <= 2 && !/^0/.test(day) && !/^0/.test(month))
            .filter(([month, day]) => validDay(Number(year), Number(month), Number(day)));
          return splits.length === 1 ? `${year}年${splits[0]?.[0]}月${splits[0]?.[1]}${dayMark}` : whole;
        },
      )
      // 2025年1127日, 720日，…: a 月 lost in the page; the digits still say month and day.
      .replace(
        /(\d{4}\s*年\s*|^|[\s，,。；;])(1[0-2]|[1-9])([0-3]\d)\s*日(?=\s*[，,\s上下晚]|$)/gmu,
        (whole, before: string, month: string, day: string) =>
          Number(day) >= 1 && Number(day) <= 31 ? `${before}${month}月${day}日` : whole,
      )
  );
}
export const isoDay = (day: Day): string => `${day.year}-${pad(day.month)}-${pad(day.day)}`;

function validDay(year: number, month: number, day: number): Day | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1949 && year <= 2100
    ? { year, month, day }
    : null;
}

/** The last day of a month: 30 for June, 29 for February of a leap year. */
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Titles of what is written up after the fact: minutes, reviews, half-year and year summaries. */
const LateRecordTitleRE = /纪要|综述|回顾|总结|情况|上半年|前三季度|半年|年度|全年|工作报告/;

/** How far behind its page's stamp a month and day may fall and still take the stamp's year. */
const STALE_REFERENCE_DAYS = 120;

const daysFrom = (from: Day, to: Day): number =>
  (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000;

function addDays(day: Day, delta: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + delta));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Every explicit full date in a text, in order. */
export function explicitDates(text: string): Day[] {
  const days: Day[] = [];
  for (const match of normalizeDateWords(text).matchAll(FullDateRE)) {
    const day = validDay(Number(match[1]), Number(match[2] ?? match[4]), Number(match[3] ?? match[5]));
    if (day) days.push(day);
  }
  return days;
}

/** The months as a Java page (Tue Feb 25 08:50:37 CST 2020) or an English byline (February 24th, 2025) writes them. */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Parses a page's publication stamp (2023.02.23 22:15, 2022-06-28 17:17:00, Tue Feb 25 08:50:37 CST 2020,
 * February 24th, 2025 in any case, a Taiwanese wire story's 1040707, an e-paper issue's or a wire stamp's 20230901).
 */
export function parsePublished(text: string | undefined): Day | undefined {
  if (!text) return undefined;
  // 1040707 (ROC year) and 20230901: stamps written without separators.
  const wire = /^(1[01]\d)(\d{2})(\d{2})$/.exec(text.trim());
  if (wire) return validDay(Number(wire[1]) + 1911, Number(wire[2]), Number(wire[3])) ?? undefined;
  // 22-06-24 08:50 来源:…: a byline's stamp with the century left off.
  const shortYear = /^(\d{2})-(\d{2})-(\d{2})(?:\s+[\d:]+)?$/.exec(text.trim());
  if (shortYear) return validDay(2000 + Number(shortYear[1]), Number(shortYear[2]), Number(shortYear[3])) ?? undefined;
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(text.trim());
  if (compact) return validDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) ?? undefined;
  const english = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text.trim());
  const englishMonth = MONTHS.findIndex((month) => month.toLowerCase() === english?.[1]?.toLowerCase()) + 1;
  if (english && englishMonth > 0) return validDay(Number(english[3]), englishMonth, Number(english[2])) ?? undefined;
  const java = /^[A-Z][a-z]{2}\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+[\d:]+\s+[A-Z]{2,5}\s+(\d{4})$/.exec(text.trim());
  const month = java ? MONTHS.indexOf(java[1] ?? "") + 1 : 0;
  // (Thu Jan 01 08:00:00 CST 1970 is a Java page's empty date.)
  if (java && month > 0 && java[3] !== "1970") return validDay(Number(java[3]), month, Number(java[2])) ?? undefined;
  if (java) return undefined;
  return explicitDates(text)[0];
}

/** The latest of some days. */
export function latestDay(days: readonly Day[]): Day | undefined {
  return [...days].sort((a, b) => isoDay(b).localeCompare(isoDay(a)))[0];
}

/**
 * The date of the event a lead paragraph reports, resolved against the publication date.
 * Null when the text names no day.
 */
export function resolveEventDate(text: string, context: DateContext): ResolvedDate | null {
  // 2月17日讯(记者 杨洋)2017年2月15日，…召开: the day a dateline files the story is not the day of
  // the event the lead goes on to date; it stands only when the lead dates nothing else.
  return resolveDateIn(text, context, true) ?? fromDateline(text, context) ?? resolveDateIn(text, context, false);
}

/** The day a dateline files its story on: 中评社香港9月19日电, 红网时刻张家界2月26日讯. */
const FiledDayRE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:讯|电)/;

/**
 * 中评社香港9月19日电/…港府昨日召开…会议: without a publication date, the day the story was filed counts
 * the lead's 昨日 and 前天 back (a year-less dateline gives a year-less day).
 */
function fromDateline(text: string, context: DateContext): ResolvedDate | null {
  if (context.published) return null;
  const normalized = normalizeDateWords(text);
  const dateline = FiledDayRE.exec(normalized);
  if (!dateline?.[2] || !dateline[3]) return null;
  // (特区政府今日召开…继续执行昨日公布的措施: the event is the dateline's own day.)
  const relative = /昨日|昨天|前天|前日|今日|今天|当日|当天/.exec(
    normalized.slice(dateline.index + dateline[0].length),
  )?.[0];
  if (!relative || /^[今当]/.test(relative)) return null;
  const offset = relative.startsWith("昨") ? -1 : -2;
  // (A year-less day is counted in a common year: only 3月1日电…前天 would need the year's February.)
  const filed = validDay(dateline[1] ? Number(dateline[1]) : COMMON_YEAR, Number(dateline[2]), Number(dateline[3]));
  if (!filed) return null;
  const day = addDays(filed, offset);
  if (dateline[1]) return { iso: isoDay(day), words: relative };
  return {
    iso: `--${pad(day.month)}-${pad(day.day)}`,
    words: relative,
    note: `「${relative}」按电头「${dateline[2]}月${dateline[3]}日」推算，未注明年份`,
  };
}
const COMMON_YEAR = 2001;

function resolveDateIn(text: string, context: DateContext, skipDateline: boolean): ResolvedDate | null {
  const reference = context.published ?? context.estimate?.day;
  const guessed = context.published ? undefined : context.estimate && `出版日期不详，${context.estimate.why}`;
  const normalized = normalizeDateWords(text);
  // 日前召开特别大会。会议于5月31日下午举行: an approximate word gives way to the day the meeting is
  // said to be held on after it.
  let approximate: ResolvedDate | null = null;
  for (const match of normalized.matchAll(EventDateRE)) {
    const words = match[0];
    // (Not a deadline, 5月31日前完成, nor another event the meeting spoke of: 传达5月20日…会议精神,
    // 筹备6月18日举行的大会, （5月10日召开）.)
    if (
      approximate &&
      !(
        HeldHereRE.test(normalized.slice(match.index + words.length)) &&
        !/[(（]\s*$/.test(normalized.slice(0, match.index))
      )
    )
      continue;
    // 自3月7日开幕启用以来, 从5月起: the start of a period, not the day of the event reported.
    const after = normalized.slice(match.index + words.length, match.index + words.length + 10);
    // 交通局已于3月11日划设…: an action already done, not the event the report is about.
    const before = normalized.slice(Math.max(0, match.index - 4), match.index);
    // 于2017年1月23日前报送: a deadline, not the day of the event (于4月12日前往…调研, 12月5日前来, 2月9日前夕 are).
    // (确保在5月15日完成…: the day work is due, not the day of the event; 定于3月15日召开 is the event's.)
    // (公所自9月17日起至23日止,分区举办了7场座谈会: a span of days the reported events filled opens with its first.)
    const spanHeld =
      /^起?\s*(?:至|到)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*止?[^。；;]{0,20}?(?:举办|举行|召开|开展|组织)了/.test(
        normalized.slice(match.index + words.length, match.index + words.length + 40),
      );
    if (
      mustBeDoneBy(normalized.slice(Math.max(0, match.index - 6), match.index), after) ||
      (/[自从]\s*$/.test(before) && !spanHeld) ||
      // (自2023年4月1日起至5月31日止: the end of a period a notice sets, as its start is, is no day of the event; the end of
      // one a count runs to, 自1月1日起至3月31日，全市累计…, is the day of the count.)
      (/(?:起|日)\s*(?:至|到)\s*$/.test(before) && !/^[^。；;]{0,12}?(?:累计|共计|共|已)/.test(after)) ||
      /已(?:经)?于\s*$/.test(before) ||
      // (…昨召开首次市务会议…市议会将于1月9日举行临时会: a meeting to come, not the one reported; a text
      // that only announces its meeting, 会议将于12月21日召开, is dated by it.)
      (/[将將][于於]\s*$/.test(before) && /昨|前天|前日|日前|近日/.test(normalized.slice(0, match.index))) ||
      /^[^，,。；]{0,6}以来|^(?:以|之)?前(?![往来夕后期进线])/.test(after) ||
      (/^起/.test(after) && !spanHeld)
    )
      continue;
    if (skipDateline && /^\s*(?:讯|电)/.test(after)) continue;
    // 为贯彻落实4月17日地区…召开的…会议精神，于4月18日上午召开了…: the meeting relayed, not the one reported.
    if (
      /(?:贯彻|落实|传达|学习)\s*$/.test(before) &&
      /^[^，,。；;]{0,40}?(?:会议?|讲话)(?:的)?精神/.test(normalized.slice(match.index + words.length))
    )
      continue;
    if (match[2] && match[3]) {
      const month = Number(match[2]);
      const dayOfMonth = Number(match[3]);
      if (match[1]) {
        const day = validDay(Number(match[1]), month, dayOfMonth);
        if (day) return { iso: isoDay(day), words };
        continue;
      }
      if (!reference)
        return { iso: `--${pad(month)}-${pad(dayOfMonth)}`, words, note: `「${words}」未注明年份，全文也无年份可依` };
      const year = month > reference.month ? reference.year - 1 : reference.year;
      const day = validDay(year, month, dayOfMonth);
      if (!day) continue;
      // News runs within days of what it reports; a 5月6日 meeting on a page stamped 2016-10-31 is a
      // late reprint or an older year's, and the stamp no longer says which.
      // (今年3月12日 says the stamp's year itself.)
      const lag = daysFrom(day, reference);
      if (lag > STALE_REFERENCE_DAYS && !/(?:今年|本年)\s*$/.test(before))
        return {
          stale: isoDay(day),
          iso: `--${pad(month)}-${pad(dayOfMonth)}`,
          words,
          note: `「${words}」未注明年份；${context.published ? "发布日期" : "推定所据的日期"} ${isoDay(reference)} 比它晚约${Math.round(lag / 30)}个月，不能据此定年`,
        };
      return guessed ? { iso: isoDay(day), words, note: `「${words}」的年份${guessed}` } : { iso: isoDay(day), words };
    }
    if (match[4]) {
      if (!reference) continue;
      const dayOfMonth = Number(match[4]);
      const back = dayOfMonth > reference.day;
      const month = back ? (reference.month === 1 ? 12 : reference.month - 1) : reference.month;
      const year = back && reference.month === 1 ? reference.year - 1 : reference.year;
      const day = validDay(year, month, dayOfMonth);
      if (!day) continue;
      // 今(14)日 on a page whose latest printed date is 2016/06/14: that date is the page's own.
      if (guessed && dayOfMonth !== reference.day)
        return { iso: `${year}-${pad(month)}`, words, note: `「${words}」的月份${guessed}，只取到月` };
      if (guessed)
        return {
          iso: isoDay(day),
          words,
          note: `「${words}」与${context.estimate?.why.replace(/^按/, "").replace(/推定$/, "")}同日，取该日`,
        };
      return { iso: isoDay(day), words };
    }
    const relative = match[5];
    if (relative) {
      // (日昨（8日）召開: the day in brackets, read next, says which.)
      if (!reference || /^\s*[（(]\s*\d{1,2}\s*日/.test(normalized.slice(match.index + words.length))) continue;
      const offset = relative.includes("昨") ? -1 : relative.startsWith("前") ? -2 : 0;
      const approximateWord = relative === "日前" || relative === "近日";
      // 近日 says only that it was lately: the publication's month when that is past its middle, else
      // its year, unless that had just begun.
      const yearJustBegun = reference.month === 1 && reference.day <= 15;
      // (会议于4月下旬召开, 国庆节前: a text saying the meeting was held in another month or at a festival says the month
      // is not the page's; a deadline's month, 6月15日前完成, or a campaign's, 今年8月起, says nothing of it.)
      const monthPastMiddle =
        reference.day >= 16 &&
        !/\d{1,2}\s*月(?:上旬|中旬|下旬|初|中|底|末)?[^。，,；;]{0,6}?(?:召开|举行|举办)|节前|节后|节日|节期间/.test(
          normalized,
        );
      const resolved: ResolvedDate = guessed
        ? {
            iso: `${reference.year}-${pad(reference.month)}`,
            words,
            note: `「${relative}」无法换算：${guessed}，只取到月`,
          }
        : approximateWord
          ? {
              iso: monthPastMiddle
                ? `${reference.year}-${pad(reference.month)}`
                : yearJustBegun
                  ? "unknown"
                  : `${reference.year}`,
              words,
              note: monthPastMiddle
                ? `「${relative}」只说明在出版日前不久，出版日在月中以后，记到出版月`
                : yearJustBegun
                  ? `「${relative}」只说明在出版日前不久，出版日在年初，年份不定`
                  : `「${relative}」只说明在出版日前不久，记到出版年`,
            }
          : { iso: isoDay(addDays(reference, offset)), words };
      if (!approximateWord) return resolved;
      approximate ??= resolved;
    }
  }
  return approximate;
}

/** What follows the day a meeting was held on: 5月31日下午在市政署大礼堂举行 (not 举行的大会). */
const HeldHereRE = /^\s*(?:上午|下午|晚上|晚)?\s*(?:在[^，,。；;]{1,20}?)?(?:召开|举行)(?!的)/;

/** The ISO day so many days after another (2024-06-01, 1 → 2024-06-02). */
function daysAfter(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * What 年底 may name rather than a time work is due: 年底收官冲刺, 年底总结 (not 年底考核前, before the
 * year-end assessment, which is due).
 */
const YEAR_END_NOT_DUE = "(?!(?:收官|冲刺|总结|盘点|考评|考核)(?!前))";

/**
 * What follows a quarter that is no time set for work: a round of work (第三季度巡河), a figure or a report
 * of it (一季度GDP, 第一季度完成率, 三季度经济运行情况), a meeting (一季度例会), also a few words on when the quarter
 * is what is reported or met on (通报了全市一季度安全生产运行情况, 召开二季度全市安全生产专题会议; not 二季度召开…会议,
 * a meeting due then, nor 确保一季度经济运行态势平稳, 一季度末前报送…运行情况). (前三季度 is a span so far.)
 */
const QUARTER_RECORD = String.raw`巡|GDP|经济|完成率|完成情况|情况|以来|期间|同比|环比|数据|排名|考核|例会|工作会|会议|调度会|推进会|(?<=(?:通报|汇报|分析|研判|把握|召开|总结|回顾|听取)了?[^，,。；;\n]{0,8}?季度?)(?![末底前内])(?:(?!召开|举办|举行|开展|组织|完成|实现|报送|上报|提交|印发)[^，,。；;\n]){1,12}?(?:运行情况|运行态势|形势|态势|专题会议|工作会议)`;

/**
 * 冲刺三季度、决胜下半年: a campaign's watchword for the months ahead, no time set for a task (冲刺三季度末前完成,
 * 决胜下半年前…, with an end, still set one).
 */
const CAMPAIGN = "(?:冲刺|决胜|决战|奋战|跑赢|打赢|大干)";
/** Deadline words: 2025年6月底前, 每季度末月20日前 (every quarter), 9月底前, 9月20前 (日 left out), 11月底, (务必于)5月份(完成), (要于)10月份前, 7月17日下班前, 5月9日12时前, 年底前, 今年年底前, 3年内, 三年以内, 今年内, 明年底前, 一季度, 第一季, 上半年, 下半年, (在)冷空气到来前, 限期, 限定时间内, 规定时间内, 下周三前, 今天务必…, 明日前, (力争)月底前, 今年(力争动工), 明年上半年(施工), (从)即日起 (from now on, with no end), 每周一 (every week), 奋战100天 (a span from the report's day). */
export const DeadlineRE = new RegExp(
  String.raw`每(?:月|季度?(?:末月?)?|半年|年)\s*(?:\d{1,2}\s*日|底|末)\s*(?:前|以前|之前)(?!后)|(?:(\d{4})\s*年\s*|今年|明年)?(\d{1,2})\s*月\s*(底|末|中旬|上旬|下旬|(\d{1,2})\s*(?:日|(?=前(?!后)|以前|之前)))\s*(?:(?:下班|中午|上午|下午|晚上?|凌晨)?\s*(?:(?:\d{1,2}|零|二十四)\s*[时点:：](?:\s*\d{1,2}\s*分?)?)?\s*(?:前(?![往后来去夕])|以前|之前))?(?:完成|完工|建成|到位|清零|投用)?|(?:今年|明年|(?<=(?:务必|必须|要|须|确保|力争|争取|计划|预计)于\s*))(\d{1,2})\s*月份?(?:(?<=份)(?:底|末)?(?:前|以前|之前))?(?=完成|前|底|交货|启用|投用|上线|建成|完工|开始|起)|(?<!近|入职|毕业|任职|工作)(\d{1,2}|[一二三四五六七八九十两])\s*年(?:内|[以之]内(?![的未没]|[^，,。；;]{1,8}的))|(?:今年年?|明年年?|年|年度)\s*(?:底|末)${YEAR_END_NOT_DUE}\s*(?:前|以前)?|今年内|明年年?内|(?<![\d一二三四五六七八九十])年内|今年(?=(?:力争|争取|确保)?(?:实现|完成|全面|全部|基本|再|动工|开工|建成|投用|投产)(?!的))|(?<=(?:要|须|确保|力争|争取|计划|务必|必须|应)在?)明年(?=完成|实现|建成|全部|基本)|汛期前|(?:限定|规定)时[间限]内|每(?:周|星期)[一二三四五六日天](?![次至到~～—\-])|(?<!已|已经|经过|连续)(?:奋战|攻坚|决战|冲刺)\s*\d{1,3}\s*天(?!内|的)|(?:从|自)?即日起(?!${UNTIL})|本月底前?|(?<=(?:力争|争取|确保|务必|必须|要|须)[在于]?)月(?:底|末)(?:前|以前|之前)|限期|年底${YEAR_END_NOT_DUE}|(?<!前)(?!(?<=${CAMPAIGN}第?)第?[一二三四1-4]季(?!度?(?:[末底]|前(?![一二三两\d]))))(?:第?([一二三四1-4])季度|第([一二三四])季(?![节度]))(?!${QUARTER_RECORD})(?:末|底)?(?:前)?|(?!(?<=${CAMPAIGN})(?:上半年|下半年|年中)(?![前内底]))(?:明年)?(?:上半年|下半年|年中)(?:前)?(?=完成|开工|施工|建成|实现|到位|达到|前|内|[，,。；]|$)|(?:春节|农历新年|农历年|新春|除夕|元宵|元旦|清明|五一|端午|中秋|国庆|开学)(?:(?:节|假期)(?![^，,。；;]{0,5}?的))?(?:前(?![夕夜往来])|之前)(?!后)|(?<=在)[^，,。；;在]{2,12}?(?:到来|来临|举办|开幕|召开|暗访|验收)(?:前|以前|之前)|(?<![\d年月])(?:[一二三四五六七八九十两\d]{1,3}(?:个)?(?:周|星期|工作日|个月|天|日)|半个?月)(?:之内|以内|内)|(?<=(?:时限|期限)\s*[:：]\s*)[一二三四五六七八九十两\d]{1,3}\s*(?:个)?(?:周|星期|工作日|个月|天|日)(?![\d期]|(?:以|之)?前)|(?:本|下)(?:周|星期)[一二三四五六日天]?(?!前[期半段])(?:前|之前|以前|之内|以内|内)?|(?:今天|今日|明天|明日)(?:(?:下班|中午|晚上)?(?:前(?!往|来|去|夕|面)|之前)|(?=务必(?!强调|说|讲|提)))`,
  "g",
);

/**
 * A date work must be done by, from the words around it: 确保在5月15日完成, 要于…, 在5月1日要全面启动; not the day
 * of an event (在5月1日召开的大会上) nor the start of a range (在5月1日至10日).
 */
function mustBeDoneBy(before: string, after: string): boolean {
  return (
    !/^\s*(?:召开|举行|的|至|到|—|-|~|起)/.test(after) &&
    (/(?:要|须|确保|保证|务必|必须|力争|争取)\s*[于在]\s*$/.test(before) ||
      (/[在于]\s*$/.test(before) && /^\s*(?:要|须|必须|务必)/.test(after)))
  );
}

/**
 * The year and day a report's deadlines are read against: its own day; or, when it is dated only to a
 * month or a year or not at all (近日 in a page published on 2024-11-20), the publication's day, which
 * that date does not contradict.
 */
export function deadlineAnchor(date: string, published: Day | undefined): { year: number | null; day?: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { year: Number(date.slice(0, 4)), day: date };
  if (published) {
    const publishedDay = isoDay(published);
    if (date === "unknown" || publishedDay.startsWith(date)) return { year: published.year, day: publishedDay };
  }
  return { year: /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null };
}

/** The deadline a sentence sets, with the date it means when the year is known. */
export function findDeadline(
  sentence: string,
  year: number | null,
  day?: string,
): { text: string; date?: string } | null {
  const found = deadlineIn(normalizeDeadlineWords(sentence), year, day);
  return found && { ...found, text: writtenSpan(sentence, found.text) };
}

/**
 * The deadline a task table's 完成时限 cell sets: what a sentence would (12月底前, 5月底前动工), or a month the
 * cell names alone (9月投入使用: by that month, which a sentence's 9月 would not say).
 */
export function dueCellDeadline(
  cell: string,
  year: number | null,
  day?: string,
): { text: string; date?: string } | null {
  const found = findDeadline(cell, year, day);
  if (found) return found;
  const month = /^\s*(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月份?/.exec(
    normalizeDateWords(cell),
  );
  if (!month?.[2]) return null;
  const text = writtenSpan(cell, month[0].trim());
  const monthYear = month[1] ? Number(month[1]) : year;
  const number = /\d/.test(month[2]) ? Number(month[2]) : chineseNumber(month[2]);
  if (!monthYear || number < 1 || number > 12) return { text };
  return { text, date: isoDay({ year: monthYear, month: number, day: lastDayOf(monthYear, number) }) };
}

/** Days listed before the last of them: 6月27日、9月30日、(2009年1月5日前). */
const DateListBeforeRE = /(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[、和及]\s*)+$/u;

/** 六月底前, 十二月中旬: a month in Chinese numerals where a deadline names part of it. */
const ChineseMonthSpanRE =
  /(?<![一二三四五六七八九十])(十[一二]|[一二三四五六七八九十])\s*月(?=\s*(?:底|末|上旬|中旬|下旬|份))/g;

/** A sentence's date words as the deadline rules read them: the dates' normal form, months in digits. */
const normalizeDeadlineWords = (text: string): string =>
  normalizeDateWords(text).replace(ChineseMonthSpanRE, (_, month: string) => `${chineseNumber(month)}月`);

/**
 * The words of the sentence a deadline read from its normal form was written as (六月底前, not 6月底前).
 * The span is searched for only where normalising changed the words, which is rare.
 */
function writtenSpan(sentence: string, normalized: string): string {
  if (sentence.includes(normalized)) return normalized;
  for (let start = 0; start < sentence.length; start++)
    for (let end = start + 1; end <= Math.min(sentence.length, start + normalized.length * 2 + 4); end++) {
      const span = sentence.slice(start, end);
      if (normalizeDeadlineWords(span) === normalized) return span;
    }
  return normalized;
}

/**
 * 从即日起至12月31日, 即日起至农历年末: a campaign that runs from today is due when its span ends (the lunar
 * year's end falls on no fixed day: the words stand without a date).
 */
const FromTodayUntilRE = new RegExp(`(?:从|自)?即日起${UNTIL}(${SPAN_END})`);

function deadlineIn(normalized: string, year: number | null, day?: string): { text: string; date?: string } | null {
  const span = FromTodayUntilRE.exec(normalized);
  if (span?.[1]) {
    // (即日起至12月31日开展整治，各县区务必于11月30日前完成自查: the dated deadline the span holds is due first.)
    const rest = normalized.slice(0, span.index) + normalized.slice(span.index + span[0].length);
    const within = deadlineIn(rest, year, day);
    if (within?.date) return within;
    const until = span[1];
    // (即日起至6月: the month's end.)
    const endWords = /前$/.test(until) ? until : /月$/.test(until) ? `${until}底前` : `${until}前`;
    const endIn = (endYear: number | null): string | undefined =>
      /农历/.test(until) ? undefined : deadlineIn(endWords, endYear, day)?.date;
    // A span from today ends after it: 即日起至3月31日 in a November report is next year's March.
    const thisYear = endIn(year);
    // (2月29日 in a December 2023 report is 2024's: a day this year lacks.)
    const passed = thisYear === undefined || (day !== undefined && thisYear < day);
    const endDate =
      passed && year !== null && !/\d{4}\s*年|明年/.test(until) ? (endIn(year + 1) ?? thisYear) : thisYear;
    return { text: span[0], ...(endDate ? { date: endDate } : {}) };
  }
  // 每月25日前, 每季度末月20日前, 每周一: due again every month, quarter or week, on no one day; a completion date the sentence
  // also sets wins.
  let recurring: { text: string } | null = null;
  // 要在规定时间内整改到位，并于4月30日前上报: a time set without a date yields to one with it.
  let undated: { text: string } | null = null;
  // 市里将于6月下旬开展测评，请各单位务必在6月1日前完成整改: when another body will act yields to the date the
  // work is due by.
  let scheduled: { text: string; date?: string } | null = null;
  for (const match of normalized.matchAll(DeadlineRE)) {
    const text = match[0].replace(/(完成|完工|建成|到位|清零|投用)$/, "");
    if (/^每(?:月|季|半年|年|周|星期)/.test(text)) {
      recurring ??= { text };
      continue;
    }
    if (/^(?:限定|规定)时/.test(text)) {
      undated ??= { text };
      continue;
    }
    const at = match.index;
    // A plain date is no deadline, unless work is to be done by it (并于7月11日全面完成整改).
    // (已于7月11日全面完成: done, not due.)
    // (保证在5月1日全面动工, 在5月1日要全面启动: the day work must have reached.)
    const before = normalized.slice(Math.max(0, at - 6), at);
    const after = normalized.slice(at + match[0].length);
    const doneBy =
      (/(?<!已|已经)于\s*$/.test(before) && /^\s*(?:全面|全部|基本)?(?:完成|完工|建成|到位|办结)/.test(after)) ||
      mustBeDoneBy(before, after);
    if (/^\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(text) && !doneBy) continue;
    // 从2023年第一季度开始: where the work starts, not when it is due (月底前开始打桩: when it must have).
    if (/[从自]\s*(?:\d{4}年)?$/.test(before) || (/^(?:开始|起)/.test(after) && !/前$/.test(text))) continue;
    // 2016年底前, 2024年年底前, 2016—2017年底前: the end of the year written before it (of a span's last year);
    // a year already past (于2019年底前实现…出列, told in 2021) sets nothing due. (Not a count before a
    // line break: 新建充电桩2000 / 年底前….)
    const yearBefore = /^年(?:底|末|内)/.test(text)
      ? /(?<!\d)(?:(?:19|20)\d{2}[ \t]*[-—–~至][ \t]*)?((?:19|20)\d{2})[ \t]*(?:年[ \t]*)?$/.exec(
          normalized.slice(0, at),
        )
      : null;
    if (yearBefore) {
      if (year !== null && Number(yearBefore[1]) < year) continue;
      return { text: yearBefore[0] + text, date: `${yearBefore[1]}-12-31` };
    }
    // 明年一季度, 2025年第二季度前: a quarter of the year named before it (one already past sets nothing due).
    const quarterYear = /^第?[一二三四1-4]季/.test(text)
      ? /(?:((?:19|20)\d{2})[ \t]*年|(明年|今年))[ \t]*$/.exec(normalized.slice(0, at))
      : null;
    if (quarterYear) {
      const named = quarterYear[1]
        ? Number(quarterYear[1])
        : year === null
          ? null
          : year + (quarterYear[2] === "明年" ? 1 : 0);
      if (named !== null && year !== null && named < year) continue;
      return { ...deadlineOfMatch(match, text, named, day), text: quarterYear[0] + text };
    }
    const found = deadlineOfMatch(match, text, year, day);
    const dueBy = /[前内]$/.test(text);
    // (将于7月上旬考核，结果纳入年底考评; 将于9月中旬验收，不合格的年底前不得申报: only a date work is due by
    // passes the scheduled one over.)
    if (scheduled && !(dueBy && !/^\s*(?:不得|不能|不予|不再)/.test(after))) return scheduled;
    // (将于10月底完工, 将于年底建成投用: the subject's own completion is due then.)
    if (
      /将[于在]\s*$/.test(before) &&
      !dueBy &&
      text === match[0] &&
      !/^\s*(?:全面|全部|基本)?(?:完成|完工|建成|竣工|投用|投入使用|交付使用|投产|到位|办结|启用|通车)/.test(after)
    ) {
      scheduled ??= found;
      continue;
    }
    // 分别于6月27日、9月30日、2009年1月5日前: each day listed is due; the words keep them all, the date is the last.
    const listed = /前$/.test(text) ? DateListBeforeRE.exec(normalized.slice(0, at))?.[0] : undefined;
    return listed ? { ...found, text: listed + found.text } : found;
  }
  return scheduled ?? undated ?? recurring;
}

/** The deadline one DeadlineRE match sets (its words `text`), dated where the report's year and day allow. */
function deadlineOfMatch(
  match: RegExpMatchArray,
  text: string,
  year: number | null,
  day?: string,
): { text: string; date?: string } {
  const relativeYear = year !== null && text.startsWith("明年") ? year + 1 : year;
  const explicitYear = match[1] ? Number(match[1]) : relativeYear;
  if (match[2] && match[3]) {
    const month = Number(match[2]);
    if (!explicitYear) return { text };
    const day = match[4]
      ? Number(match[4])
      : match[3] === "中旬"
        ? 20
        : match[3] === "上旬"
          ? 10
          : lastDayOf(explicitYear, month);
    const valid = validDay(explicitYear, month, day);
    return valid ? { text, date: isoDay(valid) } : { text };
  }
  // 预计今年6月完成: the end of that month.
  if (match[5]) {
    const month = Number(match[5]);
    if (!explicitYear || month < 1 || month > 12) return { text };
    return {
      text,
      date: isoDay({ year: explicitYear, month, day: lastDayOf(explicitYear, month) }),
    };
  }
  // 5年内, 三年以内, 两年之内: the end of the last of those years, counted from the report's.
  if (match[6]) {
    const span = /\d/.test(match[6])
      ? Number(match[6])
      : "一二三四五六七八九十".indexOf(match[6].replace("两", "二")) + 1;
    return year ? { text, date: `${year + span - 1}-12-31` } : { text };
  }
  // 一季度开工: the end of that quarter; 上半年完成: the end of June.
  const quarterWord = match[7] ?? match[8];
  if (quarterWord) {
    const quarter = /\d/.test(quarterWord) ? Number(quarterWord) : "一二三四".indexOf(quarterWord) + 1;
    return year ? { text, date: isoDay({ year, month: quarter * 3, day: lastDayOf(year, quarter * 3) }) } : { text };
  }
  // (明年上半年: next year's.)
  const half = /^(?:明年)?(上半年|年中|下半年)/.exec(text)?.[1];
  if (half) return relativeYear ? { text, date: `${relativeYear}-${half === "下半年" ? "12-31" : "06-30"}` } : { text };
  // 本月底前, (力争)月底前: the end of the report's own month (none when its day has no year, --05-10).
  if (/^本?月(?:底|末)/.test(text)) {
    if (!day) return { text };
    const [reportYear, reportMonth] = day.split("-").map(Number);
    return reportYear && reportMonth
      ? { text, date: isoDay({ year: reportYear, month: reportMonth, day: lastDayOf(reportYear, reportMonth) }) }
      : { text };
  }
  if (text === "限期" || text === "汛期前") return { text };
  // 一周之内, 15天内, 15日内, 3个月内, 奋战100天: counted from the report's day; 半个月内 is fifteen days.
  const period =
    /^(?:奋战|攻坚|决战|冲刺)?\s*([一二三四五六七八九十两\d]{1,3})\s*(?:个)?(周|星期|工作日|个月|天|日)/.exec(
      text.replace(/^半个?月/, "15天"),
    );
  if (period) {
    const count = /\d/.test(period[1] ?? "") ? Number(period[1]) : chineseNumber((period[1] ?? "").replace("两", "二"));
    // Working days skip weekends and holidays no rule here knows: the words stand without a date.
    if (!day || !count || period[2] === "工作日") return { text };
    if (period[2] !== "个月")
      return { text, date: daysAfter(day, count * (period[2] === "周" || period[2] === "星期" ? 7 : 1)) };
    const start = new Date(`${day}T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() + count);
    return { text, date: start.toISOString().slice(0, 10) };
  }
  // 下周三前, 本周内, 下周: a weekday of this or the next week (weeks start on Monday), from the report's day.
  const week = /^(本|下)(?:周|星期)([一二三四五六日天]?)/.exec(text);
  if (week) {
    if (!day) return { text };
    const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const target = week[2] ? "一二三四五六日".indexOf(week[2].replace("天", "日")) + 1 : 7;
    return { text, date: daysAfter(day, (week[1] === "下" ? 7 : 0) + target - weekday) };
  }
  // 今天务必做到位, 明日前: the report's own day or the next (当天之内 is the day of whatever happens, no date).
  const relativeDay = /^(?:今|明)(?=天|日)/.exec(text)?.[0];
  if (relativeDay) return day ? { text, date: daysAfter(day, relativeDay === "明" ? 1 : 0) } : { text };
  if (/底|末|年内|^[今明]年$/.test(text)) {
    return relativeYear ? { text, date: `${relativeYear}-12-31` } : { text };
  }
  return { text };
}

/** A year and month over a speech's 同志们, at the head of the text. */
const DateLineRE = /(?:^|\n)\s*[(（]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*[)）]?\s*(?=同志们)/;
/** A date read from words that date by the page's day (明天 too, as a dated speech may say). */
const RelativeDayRE = new RegExp(`^(?:${RELATIVE_DAYS}|明[天日])`);
/** How far into the text a date line may stand. */
const DATE_LINE_REACH = 300;

/** What decides a report's date, in the order the stages below try it. */
export interface ReportDateInput {
  /** The headline, simplified: 市长提示109/08/11 and 2018年度…细则 carry the document's own date. */
  title: string;
  /** The first lines of the body, where the event's day is told. */
  lead: string;
  /** A 通报's or 检查's signature date line, when it has one. */
  signature?: string;
  /** The meeting's day a minutes field gives (开会日期：1998-06-16). */
  held?: string;
  dates: DateContext;
  /** The whole text, simplified: the one year it names for its work (2018年春季林业工作会议). */
  text?: string;
  /** The year the column of briefs an article was cut from names, by the month of its day (yearNamedIn). */
  pageYear?: (month: number) => number | undefined;
  /** A notice or plan is dated by its issue (its page's publication), not by a meeting it recalls. */
  issued?: boolean;
  /** The number the document stands under (甘政发〔2022〕9号): the year it was issued in. */
  docNumber?: DocNumber;
  /** Whether the text was written in traditional characters (Taiwan's, Hong Kong's, Macau's). */
  traditional?: boolean;
}

/**
 * The one year a title names for the work it is about (召开2011年三秋…动员会), when a day without a
 * year can only fall in it: from March to October, since a year's work is still summed up in the
 * first months of the next (2011年工作总结会 in January 2012) and planned in the last of the one
 * before (讨论2024年工作要点 in December 2023).
 */
function workYear(title: string, month: number): number | undefined {
  if (month < 3 || month > 10) return undefined;
  // 到2025年, 2023—2025年, 二〇三五年远景目标: a target or a span's end is no year of the work itself;
  // 自2011年…, 2011年举办首届…以来, 2015年成立以来: the start of a period is none either (2024年以来,
  // 2024年入汛以来 are this year's); 总结2016年工作, 2017年度绩效考评通报, 2023年度考核结果: a past year
  // summed up or assessed (总结2024年上半年工作 and 2024年度考核实施方案 are this year's); 2025年部门预算编制
  // plans the next.
  // (听取2024年…工作开展情况的汇报 early in a year hears the last one's: see PastYearRE.)
  if (month <= 4 && soleYear(title, PastYearRE) !== undefined) return undefined;
  const year = soleYear(
    title,
    /(?<![\d到至—\-~～自从])(?:(?<!(?:总结|回顾|表彰)了?)|(?=\d{4}\s*年(?:上半年|前三季度|第?[一二三]季度|以来|\d{1,2}[-—至]\d{1,2}月)))(\d{4})\s*年(?!\d{1,2}月\d)(?![—\-~～至到])(?!远景|长远目标|愿景)(?![^，,。；;\n]{0,12}?(?:首|成立|建立|设立|创办|创建|开通|组建)[^，,。；;\n]{0,12}以来)(?!度[^，,。；;\n]{0,16}?(?:(?:考评|考核|测评|评价)(?:结果|通报|情况|等次|排名)|总结|表彰|评议|述职|决算|生活会))(?![^，,。；;\n]{0,8}?预算编制)/g,
  );
  // 2016年度产值7.4亿元 in a year's first half: a whole year's figure, the last year's, dates nothing (力争2024年度产值
  // 突破50亿元 is a target, 2024年度税收2亿元以上的企业 a class of firms).
  if (year !== undefined && month <= 6 && onlyAsPastFigure(title, year)) return undefined;
  return year;
}

/** A year's whole output told as a figure: 年度产值7.4亿元, 年度纳税4960.75万元. */
const YearFigureRE =
  /^度\p{Script=Han}{0,4}?(?:产值|营收|营业收入|销售收入|销售额|纳税|税收|利润)(?:达到?|为|实现|突破|超过)?\d+(?:\.\d+)?(?![\d.])\s*(?:亿|万|千)?(?![亿万千])元?(?!元)(?!\s*(?:以上|以下|及以上|的))/u;

/** Whether every mention of `year` in the text is a figure of that year's output, not a target set for it. */
function onlyAsPastFigure(text: string, year: number): boolean {
  const normalized = normalizeDateWords(text);
  return [...normalized.matchAll(new RegExp(`${year}\\s*年`, "g"))].every((mention) => {
    const before = normalized.slice(Math.max(0, mention.index - 4), mention.index);
    const after = normalized.slice(mention.index + mention[0].length);
    return YearFigureRE.test(after) && !/力争|确保|争取|预计|计划|目标|预期/.test(before);
  });
}

/**
 * 召开2021—2022年度冬季供热工作部署会: a heating season across the new year that a title names; a meeting in its
 * autumn (September on) deploys it in the span's first year, one in its winter (January to March) is of the second.
 * (Not a programme that runs over two years, 2024—2025年农村清洁取暖改造, nor a meeting that looks back on a season,
 * 总结, 表彰, 考核, 通报, 汇报.)
 */
function seasonYear(title: string, month: number): number | undefined {
  const simple = normalizeDateWords(title);
  if ((month > 3 && month < 9) || /总结|表彰|考核|通报|评价|汇报|情况|结果/.test(simple)) return undefined;
  const firstYears = new Set(
    [
      ...simple.matchAll(
        /(?<!\d)(\d{4})\s*[—\-–~～至到]\s*(\d{4})\s*(?:年度(?:冬季)?|年?(?:冬季|采暖季|供暖季))(?:供热|供暖|采暖|取暖)/g,
      ),
    ]
      .filter((match) => Number(match[2]) === Number(match[1]) + 1)
      .map((match) => Number(match[1])),
  );
  const [first] = firstYears;
  if (firstYears.size !== 1 || first === undefined) return undefined;
  return month >= 9 ? first : first + 1;
}

/** The one year (1949 on) the matches of `pattern` name in a text, when they name just one. */
function soleYear(text: string, pattern: RegExp): number | undefined {
  // (The year is the pattern's first group that took part in the match.)
  const years = new Set(
    [...normalizeDateWords(text).matchAll(pattern)].map((match) => Number(match.slice(1).find(Boolean))),
  );
  const [year] = years;
  return years.size === 1 && year !== undefined && year >= 1949 ? year : undefined;
}

/**
 * The year a text of a year's first half plans for (召开2022年…动员部署会, 研究2015年十件实事, 召开2026年度
 * 工作会议, 召开2009年度综治工作会议, 对2024年工作进行部署) or says the present one is (2021年是乡村振兴的
 * 开局之年, 2015年将是…关键的一年), where it names more than one: work set out for a named year is that year's (in autumn it may
 * be the next's); what is summed up, reported on, audited, assessed or rewarded (总结2015年工作, 2023年度
 * 民主生活会, 2023年第四季度经济运行分析会, 研究2023年预算执行情况, 2023年度目标绩效工作会议，兑现奖励) is
 * the last one's.
 */
function plannedYear(text: string, month: number): number | undefined {
  if (month > 6) return undefined;
  return soleYear(
    text,
    /(?:做好|部署|谋划|推进|开展|启动|召开|安排|研究|讨论|审议)[^，,。；;\d《》]{0,8}?(\d{4})\s*年(?!度(?![^，,。；;]{0,8}?工作会议)|第?[四4]季度)(?![^，,。；;]*(?:总结|回顾|述职|评议|表彰|评价|考核|测评|绩效|奖惩|兑现|奖励|决算|生活会|通报|分析|执行|(?<!政府工作)报告|审计|整改|预算编制))|对(\d{4})\s*年[^，,。；;]{0,12}?(?:进行|作出|做出)[^，,。；;]{0,4}?部署|(?<!过去的\s*)(\d{4})\s*年(?:是[^，,。；;]{0,24}?之年|(?:仍将|将)是[^，,。；;]{0,24}?一年)/g,
  );
}

/**
 * The year of the 政府工作报告 a meeting reviews or divides into tasks (审议《关于印发<2023年县政府工作报告目标
 * 任务分解方案>的通知》, 2020年沈阳市辽中区政府工作报告任务分解表): the report is that year's, delivered in its
 * first months (not one drafted late in the year before, 起草2024年政府工作报告 in December).
 */
function workReportYear(text: string, month: number): number | undefined {
  if (month > 10) return undefined;
  return soleYear(text, /(\d{4})\s*年度?[^，,。；;\d《》〈〉<>]{0,10}?[《〈<]?政府工作报告/g);
}

/**
 * The year a whole text names for its work, by the month of a day it gives (as an article's own text is
 * read below), each month's answer worked out once: a long page's articles share it.
 */
export function yearNamedIn(text: string): (month: number) => number | undefined {
  const byMonth = new Map<number, number | undefined>();
  return (month) => {
    if (!byMonth.has(month))
      byMonth.set(
        month,
        yearAfterPast(text, month) ?? workYear(text, month) ?? plannedYear(text, month) ?? workReportYear(text, month),
      );
    return byMonth.get(month);
  };
}

/**
 * A year a text looks back on: 刚刚过去的2011年, or one whose work a meeting hears reported (听取关于2024年
 * 城市体检工作开展情况的汇报; not a half-year's or a quarter's, 2024年上半年工作情况).
 */
const PastYearRE =
  /(?:刚刚|刚)过去的\s*(\d{4})\s*年|听取[^，,。；;]{0,6}?(\d{4})\s*年度?(?!上半年|前三季度|第?[一二三四1-4]季度|\d{1,2}月)[^，,。；;]{0,12}?工作(?:开展|完成|落实|推进)?情况的?(?:汇报|报告)/g;

/**
 * The year after the one a text early in a year looks back on: 刚刚过去的2011年是攸县…的一年 is said in
 * 2012 (a meeting of its first months), when it names no other past year that way.
 */
function yearAfterPast(text: string, month: number): number | undefined {
  if (month > 4) return undefined;
  const past = soleYear(text, PastYearRE);
  return past === undefined ? undefined : past + 1;
}

/**
 * The year a text at a year's end sees out: 2025年即将画上圆满的句号, 即将过去的2011年 (said in that year,
 * as 新年 or 元旦 nears; not one recalled, 回想2019年即将结束之时), when it names no other year that way.
 */
function closingYear(text: string): number | undefined {
  return soleYear(
    text,
    /(?<!\d|(?:回想|回顾|回首|想起|记得)[^，,。；;]{0,4})(\d{4})\s*年(?:(?<=即将过去的\s*\d{4}\s*年)|(?:已经|已)?即将(?:过去|结束|画上|收官|落幕|落下帷幕)(?![^，,。；;]{0,4}?之?时))/g,
  );
}

/**
 * Yearly days counted from their first (第三十二个植树节 falls in 2010) and the year before the first. Not
 * anniversaries (建党100周年): a text looks ahead to them a year or more before.
 */
const YEARLY_DAYS: [string, number][] = [
  ["植树节", 1978],
  ["教师节", 1984],
  ["(?:全国)?防灾减灾日", 2008],
  ["(?:全民)?国家安全教育日", 2015],
  ["中国农民丰收节", 2017],
  ["烈士纪念日", 2013],
  ["(?:国家)?宪法日", 2013],
  ["(?:全国)?扶贫日", 2013],
  ['(?:全国)?[“"]?安全生产月[”"]?', 2001],
  ["(?:全国)?助残日", 1990],
  ["(?:全国)?消防日", 1991],
];
const NumberedDayRE = new RegExp(
  YEARLY_DAYS.map(([day]) => `第\\s*(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*个${day}`).join("|"),
  "gu",
);

/** The one year the numbered yearly days a text names fall in, when they agree, and the words that say it. */
function numberedDay(text: string): { year: number; words: string } | undefined {
  const bases = YEARLY_DAYS.map(([, base]) => base);
  const days = [...text.matchAll(NumberedDayRE)].map((match) => {
    const index = match.slice(1).findIndex(Boolean);
    const written = match[index + 1] ?? "";
    return {
      year: (bases[index] ?? NaN) + (/\d/.test(written) ? Number(written) : chineseNumber(written)),
      words: match[0],
    };
  });
  const years = new Set(days.map((day) => day.year));
  const [first] = days;
  return years.size === 1 && first && first.year >= 1950 && first.year <= 2100 ? first : undefined;
}

/** What a year before a meeting's name may not lead to: the year it sums up or assesses (2022年工作总结表彰大会). */
const YEAR_OF_MEETING = "(?![^，,。；;]{0,20}?(?:总结|表彰|考核|考评|述职|评议|生活会))";
/** A title that holds a meeting named for its year: 杏林镇召开2023年春季重点工作推进会. */
const TitledMeetingYearRE = new RegExp(`召开(\\d{4})\\s*年${YEAR_OF_MEETING}[^，,。；;]{0,20}?会议?$`, "u");
/** A lead that names such a meeting held: ,2023 年全市住房城乡建设工作会议在…召开. */
const HeldMeetingYearRE = new RegExp(
  `(?:^|[，,。\\s])(\\d{4})\\s*年(?!度)${YEAR_OF_MEETING}[^，,。；;\\d]{2,20}?(?:会议|大会)(?:在[^，,。；;]{2,30}?)?(?:召开|举行)(?!以来|之?后|前)`,
  "u",
);

/** A year as written, Gregorian or Taiwanese (114, 99: counted from 1912, only such a year has three digits or two). */
const gregorianYear = (year: string): string => (year.length <= 3 ? String(Number(year) + 1911) : year);

/**
 * The year of a meeting numbered within it (2022年第八次县政府常务会议; 114年第1次縣務會議; 99年第一次村長暨幹事聯繫
 * 會報: a 民國 year of two digits, read only in a traditional text, where a mainland 98年 would be 1998).
 */
function numberedMeetingYear(text: string, traditional: boolean): string | undefined {
  const year =
    /(?<!\d)(\d{4}|1[0-4]\d)\s*年(?:度)?第[一二三四五六七八九十百\d]+次[^，,。；;\n]{0,16}?(?:会议|會議|会|會)/.exec(
      text,
    )?.[1];
  if (year !== undefined) return gregorianYear(year);
  if (!traditional) return undefined;
  // (建校60年第一次校友大会, 相隔40年第一次举行: a count of years, not a year.)
  const rocTwoDigit =
    /(?:^|[，,。；;\s]|民国|召开|举行|于)([4-9]\d)\s*年(?:度)?第[一二三四五六七八九十\d]+次[^，,。；;\n]{0,16}?(?:会议|会)/.exec(
      text,
    )?.[1];
  return rocTwoDigit === undefined ? undefined : gregorianYear(rocTwoDigit);
}

/** The year a text calls its own in brackets: 今(111)年, 本（2019）年. */
const OwnYearRE = /[今本]\s*[(（]\s*(1[01]\d|(?:19|20)\d{2})\s*[)）]\s*年/;

/**
 * A report's date and the notes on how it was found: a signature's date, a minutes field's, a full date in the title,
 * the event's day in the lead, the publication date, a document year (2018年度, 2012年起), the
 * estimate a page or record allows (to the month), or unknown.
 */
export function reportDate({
  title,
  lead,
  signature,
  held,
  dates,
  text = "",
  pageYear,
  issued = false,
  docNumber,
  traditional = false,
}: ReportDateInput): {
  date: string;
  notes: string[];
} {
  if (signature) {
    const signed = resolveEventDate(signature, {});
    if (signed) return { date: signed.iso, notes: [] };
  }
  const heldDay = parsePublished(held);
  if (heldDay) return { date: isoDay(heldDay), notes: [] };
  const titled = explicitDates(title)[0];
  if (titled) return { date: isoDay(titled), notes: [] };
  // 上发[2011]5号 posted by a sample-text site in 2020: the document is of its number's year, not of the
  // day another site put it up (a document goes out within a year of its number).
  const postedLate =
    dates.published !== undefined && docNumber !== undefined && dates.published.year > Number(docNumber.year) + 1;
  if (issued && dates.published && !postedLate)
    return { date: isoDay(dates.published), notes: ["按发布日期记为文件日期"] };
  const resolved = resolveEventDate(lead, dates);
  // Minutes and reviews are published after what they record, months after at times: the stamp's
  // year stands for them (a season's title, 2021—2022年度冬季供热…, says its year itself).
  if (
    resolved?.stale &&
    LateRecordTitleRE.test(title) &&
    seasonYear(title, Number(resolved.stale.slice(5, 7))) === undefined
  )
    return {
      date: resolved.stale,
      notes: [`「${resolved.words}」未注明年份，按发布日期推定；纪要、总结类文字可能晚于会议数月发布，请核对`],
    };
  if (resolved?.iso.startsWith("--")) {
    const month = Number(resolved.iso.slice(2, 4));
    // 1月19日…召开2026年第1次旗政府常务会议: the meeting's own numbering says the year.
    const year =
      numberedMeetingYear(`${title}\n${lead}`, traditional) ??
      workYear(title, month) ??
      seasonYear(title, month) ??
      yearAfterPast(text, month) ??
      workYear(text, month) ??
      plannedYear(`${title}\n${text}`, month) ??
      workReportYear(`${title}\n${text}`, month) ??
      (month >= 11 ? closingYear(text) : undefined);
    if (year)
      return {
        date: `${year}${resolved.iso.slice(1)}`,
        notes: [`「${resolved.words}」未注明年份，按标题或正文中的「${year}年」推定，请核对`],
      };
    const counted = numberedDay(`${title}\n${text}`);
    if (counted)
      return {
        date: `${counted.year}${resolved.iso.slice(1)}`,
        notes: [`「${resolved.words}」未注明年份，按「${counted.words}」推定为${counted.year}年，请核对`],
      };
    // (A column of briefs: 2023年迎国庆… in one brief dates the others.)
    const columnYear = pageYear?.(month);
    if (columnYear)
      return {
        date: `${columnYear}${resolved.iso.slice(1)}`,
        notes: [`「${resolved.words}」未注明年份，按同一版面的「${columnYear}年」推定，请核对`],
      };
  }
  // 2006年9月 over 同志们：: when the speech was given, which its 今天 means; the page that posted it may be
  // months later.
  const dateLine = DateLineRE.exec(normalizeDateWords(text.slice(0, DATE_LINE_REACH)));
  if (dateLine?.[1] && dateLine[2] && Number(dateLine[2]) <= 12 && (!resolved || RelativeDayRE.test(resolved.words))) {
    const date = `${dateLine[1]}-${pad(Number(dateLine[2]))}`;
    if (!dates.published || date <= isoDay(dates.published)) return { date, notes: [] };
  }
  if (resolved) return { date: resolved.iso, notes: resolved.note ? [resolved.note] : [] };
  if (postedLate && dates.published)
    return {
      date: docNumber.year,
      notes: [
        `正文未写明日期，按文号「${docNumber.text}」记到年；来源的发布日期 ${isoDay(dates.published)} 晚了数年，不采用`,
      ],
    };
  if (dates.published) return { date: isoDay(dates.published), notes: ["正文未写明日期，取来源的发布日期"] };
  const seenOut = closingYear(text);
  if (seenOut) return { date: String(seenOut), notes: [`正文未写明日期，按「${seenOut}年即将过去」一类的话记到年`] };
  const titleWords = normalizeDateWords(title);
  const documentYear =
    /(\d{4})\s*年(?:度|起|[—-])/.exec(titleWords)?.[1] ?? /(\d{4})\s*年起/.exec(normalizeDateWords(lead))?.[1];
  if (documentYear) return { date: documentYear, notes: [`正文未写明日期，按文件年度「${documentYear}年」记到年`] };
  // 关于2023年10月份民生实事项目进展情况的通报: a report on a month's work is that month's.
  // (Not a span, 1月份至10月份, nor a deadline, 11月份前, nor a plan, 做好1月份…工作的通知.)
  const reportedMonth =
    /(\d{4})\s*年\s*(\d{1,2})\s*月份(?![至到—\-~]|(?:以|之)?前)(?=[^，,]{0,30}?(?:情况|进展|进度|排名|考核|检查|督查))/.exec(
      titleWords,
    );
  if (reportedMonth?.[1] && reportedMonth[2] && Number(reportedMonth[2]) <= 12)
    return {
      date: `${reportedMonth[1]}-${pad(Number(reportedMonth[2]))}`,
      notes: [`正文未写明日期，按标题所报的「${reportedMonth[0]}」记到月`],
    };
  // 2023年区政府重点民生实事项目推进情况(1-11月): a year's work as it stands within the year (its months
  // so far) is that year's. (关于2023年…整改情况的报告, …回头看 looking back on 去年 are written after it.)
  const reportedYear =
    /^(\d{4})\s*年(?![\d—-])[^，,。]{0,30}?(?:推进|进展|完成|落实|实施|执行)(?:情况|进度)[(（]?\s*(?:\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|上半年|前三季度|第?[一二三]季度)/.exec(
      titleWords,
    )?.[1];
  if (reportedYear && !/去年|上年/.test(text))
    return { date: reportedYear, notes: [`正文未写明日期，按标题所报的「${reportedYear}年」工作记到年`] };
  // 关于2021年重点工作及责任分解的通知: a plan for one year is that year's (not a summary of one year and a
  // plan for the next, 2021年…工作总结及2022年工作计划).
  const titleYears = new Set(titleWords.match(/\d{4}(?=\s*年)/g) ?? []);
  const planYear =
    issued && titleYears.size === 1
      ? /^(?:关于)?(?:印发)?[^\d]{0,12}?(\d{4})\s*年(?![\d—-])/.exec(titleWords)?.[1]
      : undefined;
  if (planYear) return { date: planYear, notes: [`正文未写明日期，按文件所定的「${planYear}年」记到年`] };
  const meetingYear = numberedMeetingYear(`${title}\n${lead}`, traditional);
  if (meetingYear) return { date: meetingYear, notes: [`正文未写明日期，按会议的年度届次记为${meetingYear}年`] };
  // 杏林镇召开2023年春季重点工作推进会, held 近日: the year the meeting is named for (not a year summed up
  // or assessed at it, 召开2022年工作总结表彰大会).
  // (…,2023 年全市住房城乡建设工作会议在…召开: the lead names it so, held; not a year's meeting held the next
  // year, 2023年度…会议, nor one recalled, …大会召开以来.)
  const titledMeetingYear = TitledMeetingYearRE.exec(titleWords)?.[1] ?? HeldMeetingYearRE.exec(lead)?.[1];
  if (titledMeetingYear)
    return { date: titledMeetingYear, notes: [`正文未写明日期，按标题中会议的「${titledMeetingYear}年」记到年`] };
  if (dates.estimate) {
    const { day, why } = dates.estimate;
    return { date: `${day.year}-${pad(day.month)}`, notes: [`正文与来源均未写明日期，${why}到月`] };
  }
  if (docNumber) return { date: docNumber.year, notes: [`正文未写明日期，按文号「${docNumber.text}」记到年`] };
  // 提前于今(111)年6月达成: the speaker names the year it speaks in, in brackets as Taiwan's and Macau's
  // texts do (民国 years in three digits).
  const ownYear = OwnYearRE.exec(text)?.[1];
  if (ownYear) {
    const year = gregorianYear(ownYear);
    return { date: year, notes: [`正文未写明日期，按文中「今年」所注的${year}年记到年`] };
  }
  if (dates.uploaded)
    return {
      date: "unknown",
      notes: [`原文没有日期；文库页面的上传时间 ${isoDay(dates.uploaded)} 可能晚于成文数年，不采用，日期记为 unknown`],
    };
  return { date: "unknown", notes: ["原文没有任何日期，日期记为 unknown"] };
}
