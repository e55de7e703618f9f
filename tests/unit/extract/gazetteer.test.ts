import { expect, test } from "vitest";
import { gazetteer, shortName } from "../../../src/lib/extract/gazetteer";

test("a short form drops every people an autonomous place is named for", () => {
  expect(shortName("秀山土家族苗族自治县")).toBe("秀山");
  expect(shortName("黔东南苗族侗族自治州")).toBe("黔东南");
  expect(shortName("瀍河回族区")).toBe("瀍河");
  expect(
    gazetteer()
      .byForm.get("黔东南")
      ?.map((place) => place.name),
  ).toEqual(["黔东南苗族侗族自治州"]);
});

test("a renamed county keeps its old name, and the new one keeps the short form", () => {
  const { byForm } = gazetteer();
  expect(byForm.get("长治县")?.map((place) => [place.name, place.city])).toEqual([["长治县", "长治市"]]);
  expect(byForm.get("孟津")?.map((place) => place.name)).toEqual(["孟津区"]);
  // 金门县 is Taiwan's; the division list's 泉州 entry is left out.
  expect(byForm.get("金门县")?.map((place) => place.province)).toEqual(["台湾省"]);
});
