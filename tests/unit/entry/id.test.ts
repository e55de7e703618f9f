import { expect, test } from "vitest";
import { createEntryIdGenerator } from "../../../src/lib/entry/id";

test("ids follow Astro's slugs", () => {
  const entryId = createEntryIdGenerator();
  expect(entryId("002_07fbc007eb1dbc0e-1.mdx")).toBe("002_07fbc007eb1dbc0e-1");
  expect(entryId("2024/Luoyang Meeting.mdx")).toBe("2024/luoyang-meeting");
});

test("two files with one id are an error naming both", () => {
  const entryId = createEntryIdGenerator();
  entryId("Report.mdx");
  expect(entryId("Report.mdx")).toBe("report");
  expect(() => entryId("report.mdx")).toThrow('duplicate report id "report": Report.mdx and report.mdx');
});
