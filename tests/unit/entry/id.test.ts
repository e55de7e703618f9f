import { expect, test } from "vitest";
import { createEntryIdGenerator, distinctEntryId, entryId } from "../../../src/lib/entry/id";

test("ids follow Astro's slugs", () => {
  const idOf = createEntryIdGenerator();
  expect(idOf("002_07fbc007eb1dbc0e-1.mdx")).toBe("002_07fbc007eb1dbc0e-1");
  expect(idOf("2024/Luoyang Meeting.mdx")).toBe("2024/luoyang-meeting");
});

test("two files with one id are an error naming both", () => {
  const idOf = createEntryIdGenerator();
  idOf("Report.mdx");
  expect(idOf("Report.mdx")).toBe("report");
  expect(() => idOf("report.mdx")).toThrow('duplicate report id "report": Report.mdx and report.mdx');
});

test("an entry's plain id comes from its file name and place on the page", () => {
  expect(entryId("002_07fbc007eb1dbc0e.txt", 3)).toBe("002_07fbc007eb1dbc0e-3");
  expect(entryId("d08.html", 0)).toBe("d08");
  expect(entryId("洛阳市会议.txt", 0)).toMatch(/^r-[0-9a-f]{10}$/);
});

test("a distinct id tells apart sources with one file name, the same on every run", () => {
  const a = distinctEntryId("report.txt", 0, "a/report.txt");
  expect(a).toMatch(/^report-[0-9a-f]{8}$/);
  expect(distinctEntryId("report.txt", 0, "a/report.txt")).toBe(a);
  expect(distinctEntryId("report.txt", 0, "b/report.txt")).not.toBe(a);
  expect(distinctEntryId("report.htm", 2, "a/report.htm")).toMatch(/^report-[0-9a-f]{8}-2$/);
  expect(distinctEntryId("洛阳市会议.txt", 0, "seeds/洛阳市会议.txt")).toMatch(
    new RegExp(`^${entryId("洛阳市会议.txt", 0)}-[0-9a-f]{8}$`),
  );
});
