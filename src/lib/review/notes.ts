import type { Report } from "../../schemas/report";
import { formatChineseDate } from "../view/dates";
import { formatRegion } from "../view/report-view";

/**
 * The ingest's review notes (`review` in an entry's frontmatter) as a reviewer reads them: why the
 * entry is in doubt, in plain Chinese, and the one field of the entry file to check. The notes are
 * kept as the ingest wrote them (they are the keys a mark and a review patch refer to); only how
 * they are shown is decided here, so no entry has to be rewritten for a clearer wording.
 */

/** The entry file's body (the text after the frontmatter's closing `---`), as a field's path. */
export const BODY_FIELD = "正文";

/** Where in the entry file a note is settled. */
export interface ReviewField {
  /** The frontmatter key as written in the file (`date`, `region.city`), or BODY_FIELD for the text. */
  path: string;
  /** What the field is called on the site: 日期, 地区, 来源. */
  label: string;
  /** Its value now, written for people (2024年9月, 河南省洛阳市, 未注明); absent when the note names it. */
  value?: string;
}

/** One line of the review checklist. */
export interface ReviewItem {
  /** The note exactly as in `review`; "" for an entry with no note, confirmed as a whole. */
  note: string;
  /** Why the entry is in doubt, in plain Chinese. */
  reason: string;
  /** The field to check. */
  field: ReviewField;
  /** What to do when the doubt is right, where the field alone does not say. */
  hint?: string;
}

/** The checklist line of an entry whose ingest found nothing to doubt. */
export const NO_DOUBT_REASON = "无疑点，待人工确认";

type ReportFacts = Pick<Report, "title" | "date" | "region" | "source" | "leaders">;

const IsoDayRE = /(?<![\d-])(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])/g;

/** ISO dates and the word `unknown` inside a note, written as the site writes them. */
function plainWords(note: string): string {
  return note
    .replace(IsoDayRE, (iso) => formatChineseDate(iso))
    .replace(/日期记为\s*unknown/g, "日期记为「不详」")
    .replace(/\bunknown\b/g, "不详");
}

const dateValue = (iso: string): string => (iso === "unknown" ? "不详" : formatChineseDate(iso));
const leadersValue = (report: ReportFacts): string =>
  report.leaders.length > 0
    ? report.leaders.map((leader) => `${leader.title ?? ""}${leader.name}`).join("、")
    : "（无）";

const field = {
  title: (report: ReportFacts): ReviewField => ({ path: "title", label: "标题", value: report.title }),
  date: (report: ReportFacts): ReviewField => ({ path: "date", label: "日期", value: dateValue(report.date) }),
  region: (report: ReportFacts): ReviewField => ({
    path: "region",
    label: "地区",
    value: formatRegion(report.region),
  }),
  city: (report: ReportFacts): ReviewField => ({
    path: "region.city",
    label: "地区（市）",
    value: formatRegion(report.region),
  }),
  leaders: (report: ReportFacts): ReviewField => ({ path: "leaders", label: "领导", value: leadersValue(report) }),
  source: (report: ReportFacts): ReviewField => ({ path: "source.name", label: "来源", value: report.source.name }),
  units: (): ReviewField => ({ path: "units", label: "单位" }),
  body: (): ReviewField => ({ path: BODY_FIELD, label: "正文" }),
};

/** A note the ingest writes, matched by its wording: its reason and field. */
interface NoteRule {
  re: RegExp;
  explain: (match: RegExpExecArray, report: ReportFacts) => Omit<ReviewItem, "note">;
}

// One rule per note src/lib/extract writes (layout, region, dates, units, leaders, report), in
// order: the leaders' note starts with 「…」 as the dates' notes do.
const RULES: readonly NoteRule[] = [
  {
    re: /^原文无标题，标题取自首句$/,
    explain: (_, report) => ({ reason: "原文没有标题，系统用正文第一句作了标题", field: field.title(report) }),
  },
  {
    re: /^未找到标题$/,
    explain: (_, report) => ({ reason: "系统没有找到标题", field: field.title(report) }),
  },
  {
    re: /^标题由「(.+?)」与落款单位组成，原文无完整标题$/,
    explain: ([, word], report) => ({
      reason: `原文标题只有「${word}」，系统在后面加上了落款单位`,
      field: field.title(report),
    }),
  },
  {
    re: /^正文未写明城市，按记录中的行政区划代码\s*(\d*)\s*定为(.+)$/,
    explain: ([, code, city], report) => ({
      reason: `正文没有写城市，系统按数据库记录里的行政区划代码 ${code} 定为${city}`,
      field: field.city(report),
    }),
  },
  {
    re: /^正文未写明城市，按文中唯一的县级地名「(.+?)」定为(.+)$/,
    explain: ([, county, place], report) => ({
      reason: `正文没有写城市，系统按文中唯一出现的县级地名「${county}」定为${place}`,
      field: field.region(report),
    }),
  },
  {
    re: /^(?:本文|正文)未写明城市，按同一版面推定为(.+)$/,
    explain: ([, city], report) => ({
      reason: `本文没有写城市，系统按同一版面的其他文章推定为${city}`,
      field: field.city(report),
    }),
  },
  {
    re: /^(.+)是国务院部门，不按地区归属$/,
    explain: ([, ministry], report) => ({
      reason: `${ministry}是国务院部门，系统没有把本文归入任何地区`,
      field: field.region(report),
      hint: "如本文实为某地的报道（如部领导到当地调研），请填写地区",
    }),
  },
  {
    re: /^只写明「(.+)」，所属城市不能确定$/,
    explain: ([, district], report) => ({
      reason: `原文只写了「${district}」，多个城市都有同名的区县，系统没有填写城市和省份`,
      field: field.region(report),
      hint: "请按报道实际所在地补上城市和省份",
    }),
  },
  {
    re: /^原文未写明地区，地区留空$/,
    explain: (_, report) => ({ reason: "原文没有写地区，地区暂时空着", field: field.region(report) }),
  },
  {
    re: /^「(.+)」已列为领导，但姓氏不在/,
    explain: ([, names], report) => ({
      reason: `「${names}」已列为领导，但姓氏不在姓氏表里（少数民族人名或少见姓氏），请核对姓名和职务`,
      field: field.leaders(report),
      hint: "姓名有误时在 leaders 中改正；姓氏无误而常见时，可补入 content/taxonomy/surnames.json",
    }),
  },
  {
    re: /^「(.+)」像职务加人名，但姓氏不在/,
    explain: ([, names], report) => ({
      reason: `「${names}」像是职务加人名，但姓氏不在姓氏表里，系统没有把他们列为领导`,
      field: field.leaders(report),
      hint: "如确是人名，在 leaders 中补上，并把姓氏补入 content/taxonomy/surnames.json",
    }),
  },
  {
    re: /^原文没有任何日期/,
    explain: (_, report) => ({ reason: "原文没有任何日期，日期暂记为「不详」", field: field.date(report) }),
  },
  {
    // 「6月18日」未注明年份…, 「昨日」无法换算…, 正文未写明日期…, 正文与来源均未写明日期…
    re: /^(?:「[^」]+」|正文未写明日期|正文与来源均未写明日期)/,
    explain: (match, report) => ({ reason: `日期是推定的：${plainWords(match.input)}`, field: field.date(report) }),
  },
  {
    re: /^单位未能按地区规范：(.+)$/,
    explain: ([, units]) => ({
      reason: `这些单位没能对应到本地区的规范名称：${units}（可能是简称、下属单位或泛称）`,
      field: field.units(),
      hint: "改成规范全称，或删去不是单位的词，各举措下的 units 一并改；简称可补入 content/taxonomy/units.json 的别名",
    }),
  },
  {
    re: /^原文提到(.+)，但未写姓名，未列为领导$/,
    explain: ([, offices], report) => ({
      reason: `原文提到${offices}，但没有写姓名，所以没有列为领导`,
      field: field.leaders(report),
    }),
  },
  {
    re: /^标题提到领导职务，但原文未写姓名$/,
    explain: (_, report) => ({
      reason: "标题提到了领导职务，但原文没有写姓名，领导一栏为空",
      field: field.leaders(report),
    }),
  },
  {
    re: /^原文未注明来源$/,
    explain: (_, report) => ({ reason: "原文没有写明发布单位，来源记为「未注明」", field: field.source(report) }),
  },
  {
    re: /^本文由同一版面拆分而来/,
    explain: () => ({
      reason: "本文是从同一版面的多篇文章中拆出来的，开头和结尾可能切错",
      field: field.body(),
      hint: "对照原文核对正文的第一段和最后一段，以及标题",
    }),
  },
  {
    re: /^原文有乱码，无法复原：(.+)$/,
    explain: ([, garbled]) => ({
      reason: `原文有乱码，系统无法复原：${garbled}`,
      field: field.body(),
      hint: "在正文中找到这段乱码，对照原文改正或删去",
    }),
  },
];

/** The reason and field of one review note; a note of a wording not known here is shown as written, against the whole entry. */
export function explainNote(note: string, report: ReportFacts): ReviewItem {
  for (const rule of RULES) {
    const match = rule.re.exec(note);
    if (match) return { note, ...rule.explain(match, report) };
  }
  return { note, reason: plainWords(note), field: { path: BODY_FIELD, label: "全文" } };
}

/**
 * The review checklist of an entry: one line per open note (those not yet checked), or, with no
 * note at all, one line to confirm the entry as a whole.
 */
export function reviewChecklist(report: ReportFacts & Pick<Report, "review" | "reviewChecked">): ReviewItem[] {
  const checked = new Set(report.reviewChecked ?? []);
  const open = [...new Set(report.review ?? [])].filter((note) => !checked.has(note));
  if (open.length > 0) return open.map((note) => explainNote(note, report));
  return [
    {
      note: "",
      reason: NO_DOUBT_REASON,
      field: { path: BODY_FIELD, label: "全文" },
      hint: "对照原文核对标题、日期、地区、领导和举措；无误即可勾选",
    },
  ];
}
