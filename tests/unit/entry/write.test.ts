import { expect, test } from "vitest";
import { readEntryFile } from "../../../src/lib/entry/parse";
import { renderEntry } from "../../../src/lib/entry/write";
import { reportFixture } from "../report-fixture";

test("an entry shares no YAML anchors, even where two measures share one tag list: a cadre edits it by hand", () => {
  const tags = ["文明创建"];
  const data = reportFixture({
    title: "某市召开文明城市创建推进会",
    tags,
    measures: [
      { text: "要聚焦重点奋力攻坚。", tags, units: [] },
      { text: "要突出干净有序。", tags, units: [] },
    ],
  });
  const text = renderEntry(data, [{ kind: "paragraph", text: "要聚焦重点奋力攻坚。要突出干净有序。" }]);
  expect(text).not.toMatch(/[&*]a\d/);
  const { frontmatter } = readEntryFile(text);
  expect((frontmatter["measures"] as { tags: string[] }[]).map((measure) => measure.tags)).toEqual([tags, tags]);
});
