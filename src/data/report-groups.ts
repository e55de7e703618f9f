import type { GetStaticPathsOptions, Page } from "astro";
import { reportsByRegion, reportsByType, reportsByYear, type CatalogEntry, type Group } from "../lib/catalog/catalog";
import { perYear, type ChartData } from "../lib/catalog/chart-data";
import { routes } from "../lib/routes";
import { loadCatalog, PAGE_SIZES } from "./catalog";

/**
 * The groupings of whole reports (by region, document type, year): what each groups by, where its
 * pages live and what they are called. Their index and group pages are one component each
 * (GroupIndexPage, ReportGroupPage) driven by this table.
 */
export const REPORT_GROUPINGS = {
  regions: { label: "按地区", index: routes.regions, page: routes.region, group: reportsByRegion },
  types: { label: "按文件类型", index: routes.types, page: routes.type, group: reportsByType },
  years: { label: "按年份", index: routes.years, page: routes.year, group: reportsByYear },
} as const satisfies Record<
  string,
  {
    label: string;
    index: string;
    page: (slug: string) => string;
    group: (entries: readonly CatalogEntry[]) => Group<CatalogEntry>[];
  }
>;

export type GroupingKind = keyof typeof REPORT_GROUPINGS;

/** What a group page receives from its getStaticPaths. */
export interface GroupPageProps {
  name: string;
  slug: string;
  page: Page<CatalogEntry>;
  /** A region's reports per year, charted on its first page. */
  chart?: ChartData;
}

/** The groups of a grouping over the whole catalogue. */
export async function reportGroups(kind: GroupingKind): Promise<Group<CatalogEntry>[]> {
  return REPORT_GROUPINGS[kind].group((await loadCatalog()).entries);
}

/** The paged static paths of every group of a grouping. */
export async function groupPagePaths(kind: GroupingKind, paginate: GetStaticPathsOptions["paginate"]) {
  return (await reportGroups(kind)).flatMap((group) =>
    paginate(group.items, {
      params: { slug: group.slug },
      props: {
        name: group.name,
        slug: group.slug,
        ...(kind === "regions"
          ? { chart: perYear(group.items, (entry) => entry.data.date, `${group.name}报告数（按年份）`, "报告数") }
          : {}),
      },
      pageSize: PAGE_SIZES.reports,
    }),
  );
}
