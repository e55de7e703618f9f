import path from "node:path";
import { compile } from "@mdx-js/mdx";
import { expect, test } from "vitest";
import remarkTopicComponents from "../../../src/lib/markdown/remark-topic-components";
import { parseTopicProps, SOURCE_PROP, TOPICS_DIR } from "../../../src/lib/topics/component-props";

/** Compiles a 专题 page's text as if it were content/topics/<name>. */
const compileTopic = (text: string, name = "example.mdx") =>
  compile({ value: text, path: path.resolve(TOPICS_DIR, name) }, { remarkPlugins: [remarkTopicComponents] });

const page = (component: string): string => `---\ntitle: 测试\n---\n\n## 小节\n\n${component}\n`;

test("valid components compile, and each use records where it is written", async () => {
  const code = String(
    await compileTopic(
      page(
        '<Timeline tag="老旧小区改造" region="洛阳市" />\n\n<Measures unit="嵩县人民政府" limit={5} />\n\n<Chart kind="reports-by-year" />',
      ),
    ),
  );
  expect(code).toContain(`${SOURCE_PROP}: "${path.join(TOPICS_DIR, "example.mdx")}:7:1"`);
  expect(code).toContain(`${SOURCE_PROP}: "${path.join(TOPICS_DIR, "example.mdx")}:9:1"`);
});

test("a misspelt prop fails with the file, line and prop", async () => {
  await expect(compileTopic(page('<Timeline tagg="老旧小区改造" region="洛阳市" />'), "typo.mdx")).rejects.toThrow(
    /typo\.mdx:7:1: <Timeline> .*tagg/,
  );
});

test("an unknown tag, place, unit or chart kind fails naming what is wrong", async () => {
  await expect(compileTopic(page('<Timeline tag="老旧小区" region="洛阳市" />'))).rejects.toThrow(/tag: not a tag/);
  await expect(compileTopic(page('<Timeline tag="老旧小区改造" region="洛杨市" />'))).rejects.toThrow(
    /region: not a province, city or county/,
  );
  await expect(compileTopic(page('<UnitTasks unit="不存在的局" />'))).rejects.toThrow(/unit: not a unit/);
  await expect(compileTopic(page('<Chart kind="pie" />'))).rejects.toThrow(/kind: Invalid enum value/);
  await expect(compileTopic(page("<Measures />"))).rejects.toThrow(/give at least one of tag, region, unit/);
});

test("an unknown component name fails too, listing the known ones", async () => {
  await expect(compileTopic(page('<Timelines tag="老旧小区改造" region="洛阳市" />'))).rejects.toThrow(
    /<Timelines> is not a 专题 component; use <Measures>, <Timeline>, <Chart>, <UnitTasks>/,
  );
});

test("MDX outside the topics folder is left alone", async () => {
  await expect(
    compile(
      { value: "<Anything foo />", path: path.resolve("src/pages/other.mdx") },
      { remarkPlugins: [remarkTopicComponents] },
    ),
  ).resolves.toBeDefined();
});

test("a component checks its props again when it renders, naming where it is used", () => {
  expect(() => parseTopicProps("Timeline", { tag: "老旧小区改造", [SOURCE_PROP]: "content/topics/x.mdx:3:1" })).toThrow(
    /^content\/topics\/x\.mdx:3:1: <Timeline> region: Required/,
  );
  expect(parseTopicProps("UnitTasks", { unit: "嵩县人民政府" })).toEqual({ unit: "嵩县人民政府" });
});
