/**
 * Every URL the site builds, in one place. Paths are site-relative ("/tags/abc/"); `withBase`
 * puts them under the base the site is served from ("/" or "/kb/"), so every link works at the
 * root and under a sub-path. Group paths take the group's slug (catalog `slugFor`).
 */

/** Joins the site's base path (import.meta.env.BASE_URL) with a site-relative path. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith("/") ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith("/") ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** Site-relative paths of every page and export. */
export const routes = {
  home: "/",
  search: "/search/",
  review: "/review/",
  /** The ids of the entries awaiting review (the review page's script drops marks of others). */
  reviewPending: "/review/pending.json",
  ledger: "/ledger/",
  ledgerCsv: "/ledger.csv",
  ledgerFilters: "/ledger/filters.json",
  reportsJson: "/reports.json",
  report: (id: string): string => `/reports/${id}/`,
  /** A measure's anchor in its report (rehype-measure-anchors numbers them from 1). */
  measure: (id: string, position: number): string => `/reports/${id}/#measure-${position}`,
  /** A measure's sentence in its report's text (rehype-measure-anchors marks it). */
  measureText: (id: string, position: number): string => `/reports/${id}/#measure-text-${position}`,
  tags: "/tags/",
  tag: (slug: string): string => `/tags/${slug}/`,
  tagCsv: (slug: string): string => `/tags/${slug}.csv`,
  units: "/units/",
  /** A unit's page: its task sheet (任务清单) when it carries measures, then the reports naming it. */
  unit: (slug: string): string => `/units/${slug}/`,
  /** A unit's task sheet as CSV; only units that carry measures have one. */
  unitCsv: (slug: string): string => `/units/${slug}.csv`,
  /** The index of task sheets: every unit with its measures counted by follow-up status. */
  tasks: "/tasks/",
  /** Charts of the whole archive (数据看板). */
  dashboard: "/dashboard/",
  /** Every tag × place timeline. */
  timelines: "/timelines/",
  /** A tag's measures in one place over time (topic-timeline.ts `timelineSlug`). */
  timeline: (slug: string): string => `/timelines/${slug}/`,
  /** Hand-written 专题 pages (content/topics/*.mdx). */
  topics: "/topics/",
  topic: (slug: string): string => `/topics/${slug}/`,
  regions: "/regions/",
  region: (slug: string): string => `/regions/${slug}/`,
  types: "/types/",
  type: (slug: string): string => `/types/${slug}/`,
  years: "/years/",
  year: (slug: string): string => `/years/${slug}/`,
  leaders: "/leaders/",
  leader: (slug: string): string => `/leaders/${slug}/`,
} as const;

/**
 * The absolute address of a measure in its report, for exports opened outside the site: its row in
 * the measures table, or (`"text"`) its sentence in the text.
 */
export function measureLink(
  site: URL | undefined,
  base: string,
  reportId: string,
  position: number,
  at: "table" | "text" = "table",
): string {
  const path = withBase(base, (at === "text" ? routes.measureText : routes.measure)(reportId, position));
  return site ? new URL(path, site).href : path;
}

/**
 * Where an address the site used to have now lives, for the 404 page to send a reader on: a unit's
 * task sheet was /tasks/<slug>/ (and its CSV /tasks/<slug>.csv) until it became the unit's own page,
 * and such addresses stay printed on sheets handed out before. Undefined for any other address.
 */
export function movedAddress(pathname: string, base: string): string | undefined {
  const prefix = withBase(base, routes.tasks);
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length);
  // A unit's slug is 8 hex digits (catalog.ts slugFor); /tasks/2/ is a page of the index itself.
  const sheet = /^([0-9a-f]{8})\/?(?:index\.html)?$/.exec(rest);
  if (sheet?.[1]) return withBase(base, routes.unit(sheet[1]));
  const csv = /^([0-9a-f]{8})\.csv$/.exec(rest);
  if (csv?.[1]) return withBase(base, routes.unitCsv(csv[1]));
  return undefined;
}
