/**
 * The name of the meeting a report is about (…推进会, …工作会议), in the source's own script.
 */

const MeetingNameRE =
  /(?:召开|举行|召开了|举行了|在)([^，,。；:：“”]{4,60}?(?:会议|推进会|动员会|观摩会|现场会|座谈会|工作会|誓师大会|攻坚大会|部署会|调度会|大会))(?:上|，|,|。|召开|$)|^([^，,。；]{4,60}?(?:会议|推进会|动员会|观摩会|现场会|座谈会|工作会|大会))召开/u;

/** The meeting a title or lead names, in the script of the original lines; undefined when none. */
export function meetingName(
  titleSimple: string,
  leadSimple: string,
  simpleText: string,
  originalText: string,
): string | undefined {
  const match = MeetingNameRE.exec(titleSimple) ?? MeetingNameRE.exec(leadSimple);
  const name = match?.[1] ?? match?.[2];
  return name ? toSourceScript(name, simpleText, originalText) : undefined;
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
