import { areaList } from "@vant/area-data";
import regionsData from "../../../content/taxonomy/regions.json" with { type: "json" };

/**
 * China's provinces, prefecture-level cities and counties (GB/T 2260 codes, from @vant/area-data),
 * with the short forms people write: 洛阳 for 洛阳市, 鹿邑 for 鹿邑县, plus the abbreviations in
 * content/taxonomy/regions.json (哈市, and 洛 in 在洛 / 洛报), and the counties renamed since (长治县).
 */

export interface Place {
  code: string;
  name: string;
  level: "province" | "city" | "county";
  /** The province (and, for a county, city) it belongs to. */
  province: string;
  city?: string;
  /** A county's name before it was renamed or made a district (长治县). */
  former?: true;
  /** A former name guessed from the district's own (湟中县 from 湟中区), not one a renaming recorded. */
  derived?: true;
  /** A new area or development zone reports treat as a district (郑东新区): found by its full name only. */
  zone?: true;
}

/** Suffixes dropped to get a place's short form, longest first. */
const SUFFIXES = [
  "特别行政区",
  "维吾尔自治区",
  "壮族自治区",
  "回族自治区",
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "地区",
  "林区",
  "新区",
  "省",
  "市",
  "区",
  "县",
  "盟",
  "旗",
];

/** The peoples an autonomous place is named for, one or more, at the end of its name. */
const EthnicNamesRE =
  /(?:回族|满族|蒙古族|土家族|苗族|彝族|壮族|藏族|侗族|瑶族|布依族|哈尼族|傣族|黎族|羌族|白族|纳西族|傈僳族|仡佬族|水族|畲族|仫佬族|毛南族|拉祜族|佤族|景颇族|哈萨克族|锡伯族|达斡尔族|鄂温克族|鄂伦春族|裕固族|东乡族|保安族|撒拉族|土族|塔吉克族|朝鲜族|各族)+$/;

/** The short form of a place name: 洛阳市 → 洛阳, 瀍河回族区 → 瀍河; null when too short to be safe. */
export function shortName(name: string): string | null {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      // 秀山土家族苗族自治县 → 秀山, 黔东南苗族侗族自治州 → 黔东南: every people named goes; a place
      // named for its people alone keeps the people's name (鄂温克族自治旗 → 鄂温克).
      const core = name.slice(0, -suffix.length);
      const place = core.replace(EthnicNamesRE, "");
      return place.length >= 2 ? place : core.replace(/族$/, "");
    }
  }
  return null;
}

/** The division list's 泉州 entry for 金门县, a county administered from Taiwan. */
const NOMINAL_KINMEN = "350527";

function buildPlaces(): Place[] {
  const places: Place[] = [];
  const provinceOf = (code: string): string => areaList.province_list[`${code.slice(0, 2)}0000`] ?? "";
  for (const [code, name] of Object.entries(areaList.province_list)) {
    places.push({ code, name, level: "province", province: name });
  }
  const municipalities = new Set(["11", "12", "31", "50"]);
  // 省直辖县 is no city but the list's heading for county-level cities a province governs itself
  // (济源, 仙桃, 万宁): they are cities of their province.
  const directlyGoverned = (name: string): boolean => /直辖/.test(name);
  for (const [code, name] of Object.entries(areaList.city_list)) {
    if (directlyGoverned(name)) continue;
    // Beijing, Tianjin, Shanghai, Chongqing are provinces and cities at once; so are Hong Kong and
    // Macau, whose 新界, 九龙, 离岛 are areas, not governments.
    const cityName = municipalities.has(code.slice(0, 2)) || /^8[12]/.test(code) ? provinceOf(code) : name;
    places.push({ code, name: cityName, level: "city", province: provinceOf(code) });
  }
  for (const [code, name] of Object.entries(areaList.county_list)) {
    // Development zones are no districts; the 街道 of cities without counties (东莞's 东城街道)
    // share their names with streets all over China.
    if (/开发区|高新|示范区|工业园|经济区$|市辖区|街道$/.test(name)) continue;
    // 城区, 郊区, 矿区 are districts of some cities but ordinary words in every report (主城区).
    if (/^(?:城区|郊区|矿区)$/.test(name)) continue;
    // 金门县 is listed under 泉州 as well as in Taiwan; every report about it is the Taiwanese county's.
    if (code === NOMINAL_KINMEN) continue;
    const cityCode = `${code.slice(0, 4)}00`;
    if (directlyGoverned(areaList.city_list[cityCode] ?? "")) {
      places.push({ code, name, level: "city", province: provinceOf(code) });
      continue;
    }
    // A Hong Kong or Macau district's city is the territory (九龙, 新界 are areas, not governments).
    const territory = /^8[12]/.test(code);
    const city =
      municipalities.has(code.slice(0, 2)) || territory ? provinceOf(code) : (areaList.city_list[cityCode] ?? "");
    places.push({ code, name, level: "county", province: provinceOf(code), city });
  }
  // Counties renamed or made districts (长治县, now 上党区) under their old names, as archives write
  // them; new areas and zones (郑东新区, 两江新区) that act as districts of their city.
  const known = new Set(places.map((place) => place.name));
  const addDistricts = (
    names: Record<string, string>,
    kind: { former: true } | { former: true; derived: true } | { zone: true },
  ): void => {
    for (const [name, cityName] of Object.entries(names)) {
      const city = places.find((place) => place.level === "city" && place.name === cityName);
      if (!city || known.has(name)) continue;
      places.push({
        code: `${city.code}-${name}`,
        name,
        level: "county",
        province: city.province,
        city: cityName,
        ...kind,
      });
    }
  };
  addDistricts(regionsData.formerCounties, { former: true });
  // Most districts of a city were its counties until made districts (湟中县, 湟中区 since 2019): an
  // older text writes the county. Its 县 form names the district's place where no place has it today,
  // no other city has a district of that name and no county is written that short (宽城 is 宽城满族自治县,
  // so 宽城县 is no 宽城区); zones and scenic areas (北戴河新区, 五台山风景名胜区) were never counties.
  const cityOfFormer = new Map<string, string | undefined>();
  for (const place of places) {
    const core = /^([\p{Script=Han}]{2,3})(?<![县新])区$/u.exec(place.name)?.[1];
    // (A municipality's too: 潼南县 until 2015, 重庆市潼南区 since.)
    if (place.level !== "county" || !core || !place.city) continue;
    const former = `${core}县`;
    const sharedShort = places.some((other) => other.code !== place.code && shortName(other.name) === core);
    if (sharedShort) continue;
    cityOfFormer.set(former, cityOfFormer.has(former) ? undefined : place.city);
  }
  const formerOfDistricts = Object.fromEntries(
    [...cityOfFormer].flatMap(([former, city]) => (city ? [[former, city]] : [])),
  );
  addDistricts(formerOfDistricts, { former: true, derived: true });
  addDistricts(regionsData.zones, { zone: true });
  return places;
}

interface Gazetteer {
  places: Place[];
  byForm: Map<string, Place[]>;
  byCode: Map<string, Place>;
}

/**
 * Built once per process, held on globalThis: building takes half a second, and a site build loads this
 * module more than once (the MDX compiler's copy that checks a 专题 page's components, then the pages' bundle).
 */
const GAZETTEER: unique symbol = Symbol.for("policy-kb.gazetteer");

/**
 * All places, an index from every written form (full and short) to the places it may mean, and
 * one from each division code (411200) to its place.
 */
export function gazetteer(): Gazetteer {
  const holder = globalThis as { [GAZETTEER]?: Gazetteer | undefined };
  return (holder[GAZETTEER] ??= buildGazetteer());
}

function buildGazetteer(): Gazetteer {
  const places = buildPlaces();
  const byForm = new Map<string, Place[]>();
  const add = (form: string, place: Place): void => {
    const list = byForm.get(form) ?? [];
    if (!list.some((known) => known.code === place.code && known.level === place.level)) list.push(place);
    byForm.set(form, list);
  };
  for (const place of places) {
    add(place.name, place);
    // (两江, 天府 are words of their own: a zone has no short form.)
    const short = place.zone ? undefined : shortName(place.name);
    // 孟津 is today's 孟津区 (its former 孟津县 is found by its full name only); 长治 may be 长治县.
    if (short && !(place.former && byForm.get(short)?.some((other) => other.level === "county"))) add(short, place);
  }
  const aliases = regionsData.aliases as Record<string, string>;
  for (const [alias, full] of Object.entries(aliases)) {
    for (const place of byForm.get(full) ?? []) add(alias, place);
  }
  return { places, byForm, byCode: new Map(places.map((place) => [place.code, place])) };
}

/** Short forms that are everyday words first (来宾 guests): a place only where the words around say so. */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(regionsData.everydayWords);

/** The one-character names a province numbers its documents with (甘 of 甘政发), and the province each is. */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = regionsData.provinceAbbreviations;

/** One-character abbreviations and the city each stands for, used only in fixed phrases. */
export const CONTEXTUAL_ABBREVIATIONS: Readonly<Record<string, string>> = regionsData.contextual;
