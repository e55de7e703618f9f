import { expect, test } from "vitest";
import { registerUnits, unregisteredUnits } from "../../../src/lib/ingest/unit-registry";

const file = { description: "", units: ["涧西区", "洛阳市各城市区"], aliases: [] };

test("new units are added once and kept sorted", () => {
  const { file: updated, added } = registerUnits(file, ["嵩县人民政府", "涧西区", "嵩县人民政府"]);
  expect(added).toEqual(["嵩县人民政府"]);
  expect(updated.units).toEqual(["涧西区", "洛阳市各城市区", "嵩县人民政府"]);
  expect(registerUnits(updated, ["涧西区"]).file).toBe(updated);
});

test("units named by a report or its measures must be registered", () => {
  expect(unregisteredUnits(file, { units: ["涧西区"], measures: [{ units: ["涧西 区"] }] })).toEqual(["涧西 区"]);
});
