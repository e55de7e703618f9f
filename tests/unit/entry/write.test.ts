import { expect, test } from "vitest";
import { readEntryFile } from "../../../src/lib/entry/parse";
import { renderEntry } from "../../../src/lib/entry/write";
import type { ReportInput } from "../../../src/schemas/report";

test("an entry shares no YAML anchors, even where two measures share one tag list: a cadre edits it by hand", () => {
  const tags = ["文明创建"];
  const data: ReportInput = {
    title: "某市召开文明城市创建推进会",
    date: "2024-05-01",
    region: { province: "河南省", city: "洛阳市" },
    docType: "会议报道",
    source: { name: "未注明", file: "seeds/fixture.txt" },
    script: "simplified",
    complete: true,
    reviewed: false,
    leaders: [],
    tags,
    units: [],
    measures: [
      { text: "要聚焦重点奋力攻坚。", tags, units: [] },
      { text: "要突出干净有序。", tags, units: [] },
    ],
  };
  const text = renderEntry(data, [{ kind: "paragraph", text: "要聚焦重点奋力攻坚。要突出干净有序。" }]);
  expect(text).not.toMatch(/[&*]a\d/);
  const { frontmatter } = readEntryFile(text);
  expect((frontmatter["measures"] as { tags: string[] }[]).map((measure) => measure.tags)).toEqual([tags, tags]);
});
