import { expect, test } from "vitest";
import { catalogEntry } from "../../support/catalog-entry";
import {
  ledgerRows,
  measuresByTag,
  measuresByUnit,
  neighboursById,
  relatedById,
  reportsByRegion,
  reportsByYear,
  slugFor,
  speakersOf,
  unitListing,
} from "../../../src/lib/catalog/catalog";
import {
  appearanceNote,
  leaderDirectory,
  leaderHeadline,
  leaderPlace,
  titleInPlace,
} from "../../../src/lib/catalog/leaders";
import { csvField, csvText, exportFileName, ledgerCsv, parseCsv } from "../../../src/lib/view/csv";
import { filledColumns } from "../../../src/lib/view/table-columns";

const entry = catalogEntry;

const entries = [
  entry("a", {
    date: "2023-02-23",
    region: { province: "河南省", city: "洛阳市" },
    leaders: [{ name: "江凌", title: "市委书记", role: "讲话" }],
    tags: ["老旧小区改造"],
    units: ["涧西区"],
    measures: [
      {
        text: "持续抓好老旧小区改造",
        tags: ["老旧小区改造"],
        units: ["洛阳市各城市区"],
        deadline: { text: "今年", date: "2023-12-31" },
      },
      { text: "加快推进公共服务进社区", tags: ["邻里中心"] },
    ],
  }),
  entry("b", {
    date: "2024-09",
    region: { province: "河南省", city: "洛阳市", district: "涧西区" },
    tags: ["老旧小区改造"],
    units: ["涧西区"],
    measures: [{ text: "确保年底前完成改造", tags: ["老旧小区改造"], units: ["涧西区"] }],
  }),
  entry("c", {
    date: "--06-18",
    region: { province: "河南省", city: "周口市" },
    leaders: [{ name: "江凌", role: "出席" }],
  }),
];

test("the ledger lists every measure, newest report first, with its place in the report", () => {
  const rows = ledgerRows(entries);
  expect(rows.map((row) => `${row.reportId}#${row.position}`)).toEqual(["b#1", "a#1", "a#2"]);
  expect(rows[1]).toMatchObject({ region: "河南省洛阳市", date: "2023-02-23" });
});

test("measures group by tag and by unit, biggest group first", () => {
  const rows = ledgerRows(entries);
  expect(measuresByTag(rows).map((group) => [group.name, group.items.length])).toEqual([
    ["老旧小区改造", 2],
    ["邻里中心", 1],
  ]);
  // Equal sizes sort by the names in pinyin order: jian before luo.
  expect(measuresByUnit(rows).map((group) => group.name)).toEqual(["涧西区", "洛阳市各城市区"]);
});

test("regions group at every level; years put unknown years last", () => {
  const regions = reportsByRegion(entries);
  expect(regions.find((group) => group.name === "河南省")?.items).toHaveLength(3);
  expect(regions.find((group) => group.name === "河南省洛阳市")?.items.map((item) => item.id)).toEqual(["b", "a"]);
  expect(regions.find((group) => group.name === "河南省洛阳市涧西区")?.items).toHaveLength(1);
  expect(reportsByYear(entries).map((group) => group.name)).toEqual(["2024", "2023", "年份不详"]);
});

test("leaders are people in places: one name in two cities is two leaders, the name's old page lists both", () => {
  const directory = leaderDirectory([
    ...entries,
    entry("d", {
      date: "2024-03-01",
      region: { province: "河南省", city: "洛阳市" },
      leaders: [{ name: "江凌", title: "市长" }],
    }),
  ]);
  const jiang = directory.leaders.filter((leader) => leader.name === "江凌");
  expect(jiang.map((leader) => [leader.place, leader.latestTitle, leader.items.map((item) => item.entry.id)])).toEqual([
    ["河南省洛阳市", "市长", ["d", "a"]],
    ["河南省周口市", undefined, ["c"]],
  ]);
  expect(jiang.map(leaderHeadline)).toEqual(["洛阳市长", "河南省周口市"]);
  expect(new Set(jiang.map((leader) => leader.slug)).size).toBe(2);
  expect(directory.namesakes).toEqual([{ name: "江凌", slug: slugFor("江凌"), leaders: jiang }]);
  expect(directory.slugIn("江凌", undefined, { province: "河南省", city: "周口市" })).toBe(jiang[1]?.slug);
  expect(jiang[0]?.items.map(appearanceNote)).toEqual(["市长，角色原文未写明", "市委书记，讲话"]);
});

test("a name borne in one place keeps the URL it always had; titles are written with their place", () => {
  const directory = leaderDirectory(entries.slice(0, 2));
  expect(directory.leaders.map((leader) => [leader.name, leader.slug])).toEqual([["江凌", slugFor("江凌")]]);
  expect(directory.namesakes).toEqual([]);
  expect(titleInPlace("洛阳市", "副市长")).toBe("洛阳市副市长");
  expect(titleInPlace("洛阳市", "市委书记")).toBe("洛阳市委书记");
  expect(titleInPlace("河南省", "省长")).toBe("河南省长");
  expect(titleInPlace("地区不详", "县长")).toBe("县长");
  expect(titleInPlace("南区", "区长")).toBe("南区区长");
  // One deputy county head, whether a report writes 副县长 or 县政府副县长.
  expect(leaderPlace("副县长", { province: "四川省", city: "宜宾市", district: "筠连县" }).local).toBe("筠连县");
  expect(leaderPlace("省委书记", { province: "河南省", city: "洛阳市" })).toEqual({ place: "河南省", local: "河南省" });
  expect(leaderPlace("县政府副县长", { province: "四川省", city: "宜宾市", district: "筠连县" })).toEqual({
    place: "四川省宜宾市筠连县",
    local: "筠连县",
  });
  expect(leaderPlace("区长", { province: "台湾省", city: "台南市" })).toEqual({
    place: "台湾省台南市",
    local: "台南市",
  });
});

test("neighbours are the same city's reports before and after; related ones share tags or units", () => {
  const neighbours = neighboursById(entries);
  expect(neighbours.get("a")).toEqual({ next: entries[1] });
  expect(neighbours.get("b")).toEqual({ previous: entries[0] });
  expect(neighbours.get("c")).toEqual({});
  expect(
    relatedById(entries)
      .get("a")
      ?.map((item) => item.id),
  ).toEqual(["b"]);
});

test("slugs are stable ASCII", () => {
  expect(slugFor("老旧小区改造")).toMatch(/^[0-9a-f]{8}$/);
  expect(slugFor("老旧小区改造")).toBe(slugFor("老旧小区改造"));
});

test("the CSV starts with a BOM, quotes what needs quoting and defuses formulas", () => {
  const csv = ledgerCsv(ledgerRows(entries), (row) => `http://kb/reports/${row.reportId}/#measure-${row.position}`);
  expect(
    csv.startsWith("\ufeff举措,标签,责任单位,时限,时限日期,目标,提出领导,报告,日期,ISO日期,地区,类型,链接\r\n"),
  ).toBe(true);
  expect(csv.trimEnd().split("\r\n")).toHaveLength(4);
  expect(csv).toContain(
    "持续抓好老旧小区改造,老旧小区改造,洛阳市各城市区,今年,2023-12-31,,江凌（市委书记）,a,2023年2月23日,2023-02-23,河南省洛阳市,会议报道,http://kb/reports/a/#measure-1",
  );
  expect(csv).toContain(",b,2024年9月,2024-09,");
  expect(csvField('他说"好",然后')).toBe('"他说""好"",然后"');
  for (const formula of ["=SUM(A1)", "+1", "-2+3", "@cmd", "\t=1+1", "＝1+1"])
    expect(csvField(formula).replace(/^"/, "")).toMatch(/^'/);
  expect(csvField("'=SUM(A1)")).toBe("'=SUM(A1)");
});

test("CSV read back gives the fields written, quotes, commas and line breaks included", () => {
  const rows = [
    ["举措", "链接"],
    ['他说"好",然后\r\n再说', "/kb/reports/a/#measure-1"],
    ["=1+1", ""],
  ];
  const text = csvText(rows);
  const read = parseCsv(text);
  expect(read).toEqual([rows[0], rows[1], ["'=1+1", ""]]);
  // Writing what was read changes nothing: a guarded cell stays guarded, once.
  expect(csvText(read)).toBe(text);
});

test("export file names say what they hold and when, without characters Windows forbids", () => {
  expect(exportFileName(["汝阳县人民政府"], "工作举措", "2024-06-01")).toBe("汝阳县人民政府-工作举措-2024-06-01.csv");
  expect(exportFileName(["a/b", 'x:"y"?', ""], "检索结果", "2024-06-01")).toBe("a／b-xy-检索结果-2024-06-01.csv");
});

test("the speaker of a report's measures: who spoke or ordered, else who chaired, else no one", () => {
  expect(
    speakersOf([
      { name: "江凌", title: "市委书记", role: "讲话" },
      { name: "徐衣显", title: "市长", role: "主持" },
    ]),
  ).toEqual(["江凌（市委书记）"]);
  expect(
    speakersOf([
      { name: "徐衣显", title: "市长", role: "主持" },
      { name: "李", role: "出席" },
    ]),
  ).toEqual(["徐衣显（市长）"]);
  expect(speakersOf([{ name: "李", role: "出席" }])).toEqual([]);
});

test("the unit list: units carrying measures first, with their count as the home page counts them, the others apart", () => {
  const { acting, named } = unitListing(entries, ledgerRows(entries));
  expect(acting.map((unit) => [unit.name, unit.measures, unit.reports])).toEqual([
    ["涧西区", 1, 2],
    ["洛阳市各城市区", 1, 1],
  ]);
  expect(acting).toHaveLength(measuresByUnit(ledgerRows(entries)).length);
  expect(named).toEqual([]);
  const onlyNamed = unitListing([entry("d", { units: ["市发改委"] })], []);
  expect(onlyNamed.named.map((unit) => [unit.name, unit.reports])).toEqual([["市发改委", 1]]);
});

test("a table shows only the columns some measure fills", () => {
  expect(filledColumns(entries.flatMap((item) => item.data.measures))).toEqual({
    tags: true,
    units: true,
    deadline: true,
    targets: false,
  });
  expect(filledColumns([])).toEqual({ tags: false, units: false, deadline: false, targets: false });
});

test("related reports: most shared tags and units first, then nearest in time, looking only near each report", () => {
  const many = Array.from({ length: 300 }, (_, day) =>
    entry(`r${String(day).padStart(3, "0")}`, {
      date: `2024-${String(1 + Math.floor(day / 28)).padStart(2, "0")}-${String(1 + (day % 28)).padStart(2, "0")}`,
      tags: ["文明创建"],
      units: day === 0 || day === 299 ? ["市住建局"] : [],
    }),
  );
  const related = relatedById(many);
  // r299 is the newest; r000, far away in time, still shares two keys with it.
  expect(related.get("r299")?.map((item) => item.id)).toEqual(["r000", "r298", "r297", "r296", "r295"]);
  expect(related.get("r150")?.map((item) => item.id)).toEqual(["r151", "r149", "r152", "r148", "r153"]);
});
