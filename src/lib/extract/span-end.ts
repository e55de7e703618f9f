/**
 * The end of a span that runs from today (即日起至12月31日, 至6月, 至年底, 至农历年末, 至春节) that the ingest
 * dates a campaign's deadline by.
 */
export const SPAN_END = String.raw`(?:(?:\d{4}\s*年|今年|明年)\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|[上中下]旬)?|\d{1,2}\s*日|(?:\d{4}\s*年|今年|明年)\s*年?(?:底|末)|年(?:底|末)|本?月(?:底|末)|农历年(?:底|末)|(?:(?:\d{4}\s*年|明年)\s*)?春节(?:前|(?![后期]))`;

/** The words after 即日起 that join today to the span's end: 即日起，至…, 即日起到…, 即日起—…. */
export const UNTIL = String.raw`[，,]?\s*(?:至|到|[—\-~～])\s*`;

/**
 * How any time a span from today runs to begins (至本月20日, 至明年两会结束, 至国庆节, 至汛期结束), datable or
 * not: the follow-up status, which runs in the browser too, tells such a campaign from standing work
 * (即日起 alone, or 即日起，到各村开展排查: from now on, going to the villages).
 */
export const SPAN_END_START = String.raw`\d|[一二三四五六七八九十]{1,2}月|今年|明年|本?月|下月|年底|年末|农历|春节|元旦|元宵|清明|五一|端午|中秋|国庆|两会|汛期`;
