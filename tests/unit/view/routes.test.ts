import { expect, test } from "vitest";
import { movedAddress, routes, withBase } from "../../../src/lib/routes";

test("an old task-sheet address leads to the unit's page, at the root and under a sub-path", () => {
  expect(movedAddress("/tasks/0500d853/", "/")).toBe("/units/0500d853/");
  expect(movedAddress("/tasks/0500d853", "/")).toBe("/units/0500d853/");
  expect(movedAddress("/tasks/0500d853/index.html", "/")).toBe("/units/0500d853/");
  expect(movedAddress("/kb/tasks/0500d853/", "/kb/")).toBe("/kb/units/0500d853/");
  expect(movedAddress("/kb/tasks/0500d853/", "/kb")).toBe("/kb/units/0500d853/");
});

test("an old task-sheet CSV leads to the unit's CSV", () => {
  expect(movedAddress("/tasks/0500d853.csv", "/")).toBe(withBase("/", routes.unitCsv("0500d853")));
  expect(movedAddress("/kb/tasks/0500d853.csv", "/kb/")).toBe("/kb/units/0500d853.csv");
});

test("any other address is not moved: the 404 page stays", () => {
  for (const [path, base] of [
    ["/tasks/", "/"],
    ["/tasks/2/", "/"],
    ["/tasks/2/extra/", "/"],
    ["/units/0500d853/", "/"],
    ["/reports/tasks/abc/", "/"],
    ["/tasks/0500d853/", "/kb/"],
    ["/kb/tasks/a/b/", "/kb/"],
  ] as const)
    expect(movedAddress(path, base), path).toBeUndefined();
});
