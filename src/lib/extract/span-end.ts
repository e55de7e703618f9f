/**
 * The end of a span that runs from today (即日起至12月31日, 至6月, 至年底, 至农历年末, 至春节): a campaign due when
 * it ends, not standing work. One list for the ingest, which dates the deadline, and the follow-up status,
 * which runs in the browser too and tells such a span from 即日起 alone.
 */
export const SPAN_END = String.raw`(?:(?:\d{4}\s*年|今年|明年)\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|[上中下]旬)?|\d{1,2}\s*日|(?:\d{4}\s*年|今年|明年)\s*年?(?:底|末)|年(?:底|末)|本?月(?:底|末)|农历年(?:底|末)|(?:(?:\d{4}\s*年|明年)\s*)?春节(?:前|(?![后期]))`;

/** The words after 即日起 that join today to the span's end (即日起，至…, 即日起到…). */
export const UNTIL = String.raw`[，,]?\s*(?:至|到)\s*`;
