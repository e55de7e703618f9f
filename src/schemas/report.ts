import { z } from "astro/zod";
import { TAG_NAMES } from "./taxonomy";

/** Document kinds a report can be (see shared/domain-guide.md). */
export const DOC_TYPES = ["会议报道", "讲话", "通报", "检查", "经验交流", "其他"] as const;
export type DocType = (typeof DOC_TYPES)[number];

/**
 * A date as precise as the source allows: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`,
 * ISO 8601's year-less `--MM-DD` when no year is given anywhere in the source, or `unknown` when
 * the source gives no date at all (the entry's review notes then say so).
 */
export const IsoDateRE =
  /^(?:unknown|\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/;

const DATE_FORMS = "2023-02-23 (or 2023-02, 2023, --06-18 when the source gives no year, unknown)";

/** YAML turns an unquoted 2023-02-23 into a Date; accept both and keep the ISO string. */
const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({
      required_error: `required: an ISO date such as ${DATE_FORMS}`,
      invalid_type_error: `expected an ISO date such as ${DATE_FORMS}`,
    })
    .trim()
    .regex(IsoDateRE, `expected an ISO date such as ${DATE_FORMS}`),
);

/** The first year a report of the People's Republic can carry. */
export const EARLIEST_YEAR = 1949;

/**
 * The date of a meeting or document: a real calendar day (no 2月30日), not before 1949, and not in
 * the future, where a typo such as 2204 would otherwise sort it above everything.
 */
const EventDateSchema = IsoDateSchema.superRefine((iso, ctx) => {
  if (iso === "unknown") return;
  const [year, month, day] = (iso.startsWith("--") ? `2000${iso.slice(1)}` : iso).split("-").map(Number);
  if (year !== undefined && !iso.startsWith("--") && year < EARLIEST_YEAR) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${iso}" is before ${EARLIEST_YEAR}` });
  }
  if (month !== undefined && day !== undefined) {
    const probe = new Date(Date.UTC(year ?? 2000, month - 1, day));
    if (probe.getUTCDate() !== day)
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${iso}" is not a calendar day` });
  }
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  if (!iso.startsWith("--") && iso.slice(0, tomorrow.length) > tomorrow.slice(0, iso.length)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${iso}" is in the future` });
  }
});

/** A measure or report tag: must be one of the taxonomy in content/taxonomy/tags.json. */
const TagSchema = z.string().superRefine((tag, ctx) => {
  if (!TAG_NAMES.has(tag)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `unknown tag "${tag}": not in content/taxonomy/tags.json (known: ${[...TAG_NAMES].join("、")})`,
    });
  }
});

/** Where a report comes from; everything optional since a text may never say. */
export const RegionSchema = z
  .object({
    /** 省 / 自治区 / 直辖市, e.g. 河南省. */
    province: z.string().min(1).optional(),
    /** 地级市 or 直辖市, e.g. 洛阳市. */
    city: z.string().min(1).optional(),
    /** 区 / 县 / 县级市 / 新区, e.g. 涧西区. */
    district: z.string().min(1).optional(),
  })
  .strict();

export type Region = z.output<typeof RegionSchema>;

/** A deadline: the source's own words, and the date they resolve to when they can. */
export const DeadlineSchema = z
  .union([
    z.string().min(1),
    z
      .object({
        /** The words of the source, e.g. 年底前, 2025年6月底前. */
        text: z.string().min(1),
        /** The last day the words allow, when the year is known. */
        date: IsoDateSchema.optional(),
      })
      .strict(),
  ])
  .transform((value) => (typeof value === "string" ? { text: value } : value));

export type Deadline = z.output<typeof DeadlineSchema>;

/** A work measure (工作举措): one directive with what it is about and who must carry it out. */
export const MeasureSchema = z
  .object({
    /** The directive sentence as it stands in the text. */
    text: z.string().min(1),
    /** Tags from the taxonomy. */
    tags: z.array(TagSchema).default([]),
    /** Responsible units (责任单位), canonical names. */
    units: z.array(z.string().min(1)).default([]),
    /** When it must be done, if the text says. */
    deadline: DeadlineSchema.optional(),
    /** Numeric targets, e.g. 188个老旧小区, 3.7万户. */
    targets: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type Measure = z.output<typeof MeasureSchema>;

/** A leader named in a report. Reporters, editors and quoted citizens are not leaders. */
export const LeaderSchema = z
  .object({
    /** Personal name, e.g. 江凌. */
    name: z.string().min(1),
    /** Title(s) as written, e.g. 市委书记 or 市委常委、宣传部长. */
    title: z.string().min(1).optional(),
    /** What the leader did: 讲话, 主持, 出席, 部署, 带队, 通报 … */
    role: z.string().min(1).optional(),
  })
  .strict();

export type Leader = z.output<typeof LeaderSchema>;

/**
 * A web address: the report page links to it, so a `javascript:` or `data:` address would run or
 * show whatever it holds. The scheme is read as a browser reads it (case, blanks, tabs).
 */
const HttpUrlSchema = z
  .string()
  .refine(
    (url) => URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol),
    "expected the http:// or https:// address of the original, e.g. https://www.lyd.com.cn/…",
  );

/** Where the text came from. */
export const SourceSchema = z
  .object({
    /** Publisher, e.g. 洛阳网, 中国江苏网. */
    name: z.string().min(1),
    /** Address of the original (http or https), when known. */
    url: HttpUrlSchema.optional(),
    /** Reporters and correspondents (记者, 通讯员). */
    authors: z.array(z.string().min(1)).optional(),
    /** The raw file the entry was made from, e.g. seeds/000_4019d3d8c790b18d.txt. */
    file: z.string().min(1),
  })
  .strict();

/** The frontmatter of one report entry in content/reports/*.md. */
export const ReportSchema = z
  .object({
    /** The report's own headline. */
    title: z.string().min(1),
    /** Date of the meeting or document; see IsoDateRE for the precisions allowed. */
    date: EventDateSchema,
    /** Publication date of the source, when it differs or is known. */
    published: EventDateSchema.optional(),
    region: RegionSchema.default({}),
    docType: z.enum(DOC_TYPES),
    /** Name of the meeting the report is about. */
    meeting: z.string().min(1).optional(),
    source: SourceSchema,
    /** Script of the body as published; traditional texts render with lang="zh-Hant". */
    script: z.enum(["simplified", "traditional"]).default("simplified"),
    /** False when the source is truncated (a paywall, 略, a cut page). */
    complete: z.boolean().default(true),
    /** True once a person has checked the entry; the ingest never rewrites it then. */
    reviewed: z.boolean().default(false),
    /** What the ingest was unsure of, for the person who reviews the entry. */
    review: z.array(z.string().min(1)).optional(),
    /**
     * Notes of `review` a person has checked (moved here by `npm run review:apply`); a re-ingest,
     * even with --force, does not raise them again for this entry.
     */
    reviewChecked: z.array(z.string().min(1)).optional(),
    leaders: z.array(LeaderSchema).default([]),
    /** Tags of the whole report (from the taxonomy). */
    tags: z.array(TagSchema).default([]),
    /** All units the report assigns work to or names as actors. */
    units: z.array(z.string().min(1)).default([]),
    measures: z.array(MeasureSchema).default([]),
  })
  .strict();

/** A report entry's frontmatter as the site and tools see it, after defaults. */
export type Report = z.output<typeof ReportSchema>;
/** A report entry's frontmatter as it may be written by hand. */
export type ReportInput = z.input<typeof ReportSchema>;
