import { expect, test } from "vitest";
import { canonicalUnit, findUnits, unitsInList } from "../../../src/lib/extract/units";

const huBin = { province: "江苏省", city: "宿迁市", district: "湖滨新区" };
const luoYang = { province: "河南省", city: "洛阳市" };

test.each([
  ["区城管局", huBin, "湖滨新区城管局"],
  ["综合执法局", huBin, "湖滨新区综合行政执法局"],
  ["市交警二大队", huBin, "宿迁市交警二大队"],
  ["市文明委", luoYang, "洛阳市精神文明建设指导委员会"],
  ["各城市区", luoYang, "洛阳市各城市区"],
  ["嵩县政府", luoYang, "嵩县人民政府"],
  ["涧西区", luoYang, "涧西区"],
  ["中共洛阳市委农村工作领导小组办公室", luoYang, "中共洛阳市委农村工作领导小组办公室"],
])("%s in %o is %s", (raw, region, canonical) => {
  expect(canonicalUnit(raw, region)).toEqual({ name: canonical, scoped: true });
});

test("without a region a short form cannot be scoped, and says so", () => {
  expect(canonicalUnit("各职能委局", {})).toEqual({ name: "各职能委局", scoped: false });
});

test("a list shares its last government: 汝阳县、嵩县政府 are two governments", () => {
  expect(unitsInList("汝阳县、嵩县政府")).toEqual(["汝阳县政府", "嵩县政府"]);
});

test("units are found where reports name them", () => {
  expect(findUnits("五是交通秩序,公安交警部门要进一步加大教育惩戒力度。")).toEqual(["公安交警部门"]);
  expect(findUnits("涧西区、孟津区作了表态发言,各城市区、重点委局签订并提交了目标承诺书。")).toEqual([
    "涧西区",
    "孟津区",
    "各城市区",
    "重点委局",
  ]);
  expect(findUnits("由市住建局牵头,市财政局配合。")).toEqual(["市住建局"]);
  expect(findUnits("责任单位：市城管局、各城市区")).toEqual(["市城管局", "各城市区"]);
});

test("people and whole populations are not units", () => {
  expect(findUnits("全区上下要切实提高政治站位,大家要对照测评标准。")).toEqual([]);
});
