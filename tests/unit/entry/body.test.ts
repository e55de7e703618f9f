import { expect, test } from "vitest";
import { escapeBodyLine, entryBodyToPlainText, renderEntryBody, type TextBlock } from "../../../src/lib/entry/body";

test("plain Chinese text passes through unchanged", () => {
  expect(escapeBodyLine("要持续抓好老旧小区改造,确保今年实现大头落地。")).toBe(
    "要持续抓好老旧小区改造,确保今年实现大头落地。",
  );
});

test.each([
  "import x from 'y'",
  "export const a = 1",
  "{alert(1)}",
  "<script>alert(1)</script>",
  "# 不是标题",
  "- 对汝阳县、嵩县政府分管领导全市通报批评;",
  "1. 第一",
  "a*b*c _d_ `e` [f](g) ~h~ |i| &amp; \\ !",
  "> 引用",
  "===",
])("%s survives a round trip literally", (line) => {
  const body = renderEntryBody([{ kind: "paragraph", text: line }]);
  expect(entryBodyToPlainText(body)).toBe(line);
  expect(body).not.toMatch(/^(import|export) /m);
  expect(body).not.toMatch(/(^|[^\\])[<{]/);
});

test("headings and paragraphs keep their order and level", () => {
  const blocks: TextBlock[] = [
    { kind: "heading", level: 2, text: "一、进一步提升站位" },
    { kind: "paragraph", text: "同志们:" },
    { kind: "heading", level: 3, text: "(一)注重群众需求" },
  ];
  const body = renderEntryBody(blocks);
  expect(body).toBe("## 一、进一步提升站位\n\n同志们:\n\n### (一)注重群众需求\n");
  expect(entryBodyToPlainText(body)).toBe("一、进一步提升站位\n同志们:\n(一)注重群众需求");
});

test("line breaks inside a paragraph come back", () => {
  const body = renderEntryBody([{ kind: "paragraph", text: "汝阳县人民政府\n2024年9月19日" }]);
  expect(entryBodyToPlainText(body)).toBe("汝阳县人民政府\n2024年9月19日");
});
