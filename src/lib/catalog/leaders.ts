import type { Report } from "../../schemas/report";
import { NO_REGION, regionLevels } from "../view/report-view";
import { groupBy, slugFor, sortReports, type CatalogEntry, type LeaderAppearance } from "./catalog";

/**
 * Leaders are people in places: two 李刚 in two cities are two people. A leader is keyed by name
 * and place (the city of the report, or its province when the title is a province's: 省委书记).
 */

/** What the site shows where a leader's page is: the words for a role the source does not give. */
export const NO_ROLE = "原文未写明";

/** One leader: a name in a place, with the reports they appear in, newest first. */
export interface LeaderGroup {
  name: string;
  /** 河南省洛阳市, or 地区不详. */
  place: string;
  /** The place by its own name: 洛阳市. */
  local: string;
  /** The page's slug: the name's own (the URL leader pages always had) unless namesakes share it. */
  slug: string;
  /** The title given in the newest report that gives one. */
  latestTitle?: string;
  items: LeaderAppearance[];
}

/** Leaders, and for each name borne in several places the leaders who bear it (for a page at the name's old URL). */
export interface LeaderDirectory {
  leaders: LeaderGroup[];
  namesakes: { name: string; slug: string; leaders: LeaderGroup[] }[];
  /** The slug of a leader's page from a report: by name and that report's region. */
  slugIn(name: string, title: string | undefined, region: Report["region"]): string;
}

/** Titles of a county's or district's offices (县长, 副县长, 区委书记 …), whose holder belongs to the district. */
const DistrictTitleRE = /县|区|镇|乡|街道/;

/**
 * The place a leader of a report belongs to, in full (河南省洛阳市) and by its own name (洛阳市):
 * the province for a province's title (省委书记), the district for a county's or district's
 * title when the report names the district, else the report's city, else what is known.
 */
export function leaderPlace(title: string | undefined, region: Report["region"]): { place: string; local: string } {
  const levels = regionLevels(region);
  if (title?.startsWith("省") && region.province) return { place: region.province, local: region.province };
  if (title && DistrictTitleRE.test(title) && !/^[省市]/.test(title) && region.district)
    return { place: levels[levels.length - 1] ?? "", local: region.district };
  const place = levels[1] ?? levels[0] ?? "";
  return { place, local: region.city ?? region.province ?? place };
}

/**
 * A title with its place, as documents write it: 洛阳市 + 副市长 → 洛阳市副市长, 洛阳市 + 市委书记 →
 * 洛阳市委书记 (the 市 is not written twice), 筠连县 + 县政府副县长 → 筠连县政府副县长, 南区 + 区长 → 南区区长.
 */
export function titleInPlace(local: string, title: string): string {
  if (local === NO_REGION || !local) return title;
  const suffix = local.slice(-1);
  // 洛阳 + 市长, but 南区 + 区长: a name of two characters keeps its own.
  if (local.length > 2 && ["市", "县", "区", "省"].includes(suffix) && title.startsWith(suffix))
    return `${local.slice(0, -1)}${title}`;
  return `${local}${title}`;
}

/** Every leader keyed by name and place, the most reports first; namesakes listed apart. */
export function leaderDirectory(entries: readonly CatalogEntry[]): LeaderDirectory {
  const keyOf = new Map<LeaderAppearance, string>();
  for (const entry of sortReports(entries)) {
    for (const leader of entry.data.leaders) {
      const appearance: LeaderAppearance = { entry };
      if (leader.title) appearance.title = leader.title;
      if (leader.role) appearance.role = leader.role;
      const { place, local } = leaderPlace(leader.title, entry.data.region);
      keyOf.set(appearance, `${leader.name}\u0000${place}\u0000${local}`);
    }
  }
  const groups = groupBy([...keyOf.keys()], (appearance) => [keyOf.get(appearance) ?? ""]);
  const placesOf = new Map<string, number>();
  for (const group of groups) {
    const name = group.name.split("\u0000")[0] ?? "";
    placesOf.set(name, (placesOf.get(name) ?? 0) + 1);
  }
  const leaders = groups.map((group): LeaderGroup => {
    const [name = "", place = "", local = ""] = group.name.split("\u0000");
    const latestTitle = group.items.find((item) => item.title)?.title;
    return {
      name,
      place,
      local,
      slug: (placesOf.get(name) ?? 0) > 1 ? slugFor(`${name}@${place}`) : slugFor(name),
      ...(latestTitle ? { latestTitle } : {}),
      items: group.items,
    };
  });
  const bySlug = new Map(leaders.map((leader) => [`${leader.name}\u0000${leader.place}`, leader.slug]));
  const namesakes = [...placesOf]
    .filter(([, places]) => places > 1)
    .map(([name]) => ({ name, slug: slugFor(name), leaders: leaders.filter((leader) => leader.name === name) }));
  return {
    leaders,
    namesakes,
    slugIn: (name, title, region) => bySlug.get(`${name}\u0000${leaderPlace(title, region).place}`) ?? slugFor(name),
  };
}

/** A leader's headline: the latest title in their place (洛阳市委书记), or the place alone. */
export function leaderHeadline(leader: Pick<LeaderGroup, "place" | "local" | "latestTitle">): string {
  return leader.latestTitle ? titleInPlace(leader.local, leader.latestTitle) : leader.place;
}

/** What a leader did in one report: title and role as it gives them, 原文未写明 for a role it does not. */
export function appearanceNote(appearance: Pick<LeaderAppearance, "title" | "role">): string {
  return [appearance.title, appearance.role ?? `角色${NO_ROLE}`].filter(Boolean).join("，");
}
