import type { Leader } from "../../schemas/report";

/**
 * Leaders and what they did. A title precedes the name (市委书记江凌, 市委常委、宣传部长王少青);
 * a bare list before 出席/参加 names leaders whose titles come elsewhere or not at all. Reporters,
 * editors and quoted citizens are not leaders.
 */

/** Bodies an office belongs to. */
const BODY =
  "(?:省委|市委|区委|县委|镇委|乡党委|党工委|区党工委|市政府|区政府|县政府|省政府|人大常委会|政协|纪委|监委|管委会|政法委|宣传部|组织部|统战部|组织宣传统战部|[\\p{Script=Han}]{0,6}(?:局|委|办|厅|部))?";
/** Offices, longest first so 副书记 is not read as 书记. */
const OFFICE =
  "(?:常务副市长|常务副区长|常务副县长|副秘书长|副市长|副区长|副县长|副镇长|副省长|副书记|副主任|副部长|副主席|副局长|市长|区长|县长|镇长|乡长|省长|书记|主任|部长|主席|局长|秘书长|委员|常委|党组书记|政委|队长|市委常委|区委常委|县委常委|宣传部长|组织部长|统战部长)";
const TITLE = `${BODY}${OFFICE}`;
/** A title chain: 区党工委委员、组织宣传统战部部长. */
const TitleChainRE = new RegExp(`((?:${TITLE}[、，,]?\\s?){1,4})`, "u");
/** A name: two or three Han characters, before a verb, punctuation or the next title. */
const NAME = "([\\p{Script=Han}]{2,3}?)";
const AfterNameRE =
  "(?=[、，,。；;:：\\s]|出席|参加|主持|讲话|强调|指出|要求|表示|带队|部署|安排|通报|传达|作|在|就|代表|分别|同志|等|和|一行|$)";
const TitledNameRE = new RegExp(`${TitleChainRE.source}${NAME}${AfterNameRE}`, "gu");
/** 江凌、徐衣显、李保国、孙延文出席 */
const BareListRE = /((?:[\p{Script=Han}]{2,3}、)+[\p{Script=Han}]{2,3})(?:等)?(?:出席|参加)/gu;
/** Words that end in a title office but are no title (主任科员), or are not names. */
const NotNameRE =
  /^(?:同志|领导|主要|相关|分管|班子|成员|负责|等人|出席|参加|主持|会议|全体|各级|我们|大家|本人|一行|要求|强调|指出)/;
/** Roles, the most distinctive first: a chair who also speaks is the chair. */
const ROLE_PATTERNS: [string, RegExp][] = [
  ["主持", /^.{0,6}主持/],
  ["讲话", /^.{0,12}(?:讲话|强调|指出|要求|表示|提出)/],
  ["部署", /^.{0,16}(?:部署|安排)/],
  ["通报", /^.{0,6}通报/],
  ["带队", /^.{0,10}带队/],
  ["出席", /^.{0,10}(?:出席|参加)/],
];
/** Between a name and its verb there may be only more titled names: 市长丁福浩，副市长王宏武出席. */
const ListTailRE = /^(?:[、，,]\s*[\p{Script=Han}、]{2,20}){1,6}?(?=出席|参加|主持|讲话)/u;
/** Names in a byline or editor line are not leaders. */
const NonLeaderContextRE = /(?:记者|通讯员|编辑|责编|摄影|摄|撰稿|供稿)\s*[\p{Script=Han}\s·、]*$/u;

function cleanTitle(chain: string): string {
  return chain
    .replace(/[，,\s]+$/g, "")
    .replace(/[，,]/g, "、")
    .replace(/、$/, "");
}

/** All leaders named in a simplified text, in order of first mention, with title and role. */
export function extractLeaders(text: string): Leader[] {
  const leaders = new Map<string, { title?: string }>();
  for (const match of text.matchAll(TitledNameRE)) {
    const chain = match[1] ?? "";
    const name = match[2] ?? "";
    if (!name || NotNameRE.test(name) || NonLeaderContextRE.test(text.slice(0, match.index))) continue;
    // "委员" alone after 成员单位-type words is not an office.
    if (/^(?:委员|常委)$/.test(chain.trim()) && !/委$/.test(text.slice(Math.max(0, match.index - 3), match.index)))
      continue;
    const known = leaders.get(name);
    if (!known?.title) leaders.set(name, { title: cleanTitle(chain) });
  }
  for (const match of text.matchAll(BareListRE)) {
    for (const name of (match[1] ?? "").split("、")) {
      if (!NotNameRE.test(name) && !leaders.has(name)) leaders.set(name, {});
    }
  }
  // A bare name list counts only for names that act elsewhere or that titles name.
  return [...leaders].map(([name, { title }]) => {
    const leader: Leader = { name };
    if (title) leader.title = title;
    const role = roleOf(text, name);
    if (role) leader.role = role;
    return leader;
  });
}

/** What a leader did: the most distinctive role among the clauses the name starts. */
export function roleOf(text: string, name: string): string | undefined {
  const clauses: string[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    clauses.push(text.slice(at + name.length, at + name.length + 16).split(/[。；;]/)[0] ?? "");
    // In a list (江凌、徐衣显出席; 市长丁福浩，副市长王宏武出席) the verb follows the last name.
    const after = text.slice(at + name.length, at + name.length + 90);
    const tail = ListTailRE.exec(after);
    if (tail) clauses.push(after.slice(tail[0].length, tail[0].length + 12).split(/[。；;]/)[0] ?? "");
  }
  for (const [role, pattern] of ROLE_PATTERNS) {
    if (clauses.some((clause) => pattern.test(clause.replace(/^[、，,\s]+/, "")))) return role;
  }
  return undefined;
}
