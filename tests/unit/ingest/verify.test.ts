import { expect, test } from "vitest";
import { verifySource } from "../../../src/lib/ingest/verify";

const source = "网站首页 新闻 图片 视频 专题\n我市召开推进会\n要加快建設(shè)老旧小区。\n\n责任编辑:王玥\n相关阅读";

test("an entry that keeps all article text passes, and the junk is listed", () => {
  const result = verifySource(source, [{ id: "a", title: "我市召开推进会", body: "要加快建設老旧小区。" }]);
  expect(result).toMatchObject({ altered: [], lost: [], prose: [], pinyinArtefacts: 1 });
  expect(result.junk).toEqual(["网站首页 新闻 图片 视频 专题", "责任编辑:王玥", "相关阅读"]);
});

test("altered and lost text are reported", () => {
  const result = verifySource(source, [{ id: "a", title: "我市召开推进会", body: "要加快建设新小区。" }]);
  expect(result.altered).toEqual([{ id: "a", line: "要加快建设新小区。" }]);
  expect(result.lost).toEqual(["要加快建設老旧小区。"]);
});

test("prose that looks like a breadcrumb or a tag is not junk: an entry without it has lost it", () => {
  const sentences = [
    "全年目标是GDP增速>5%，城镇化率>60%。",
    "部分网站存在<script>alert(1)</script>注入漏洞，要立即整改。",
  ];
  const result = verifySource(["我市召开推进会", ...sentences, "要加快推进。"].join("\n"), [
    { id: "a", title: "我市召开推进会", body: "要加快推进。" },
  ]);
  expect(result.lost).toEqual(sentences);
  expect(result.junk).toEqual([]);
});

test("removed lines with sentence punctuation are flagged for review", () => {
  const page = "我市召开推进会\n要加快推进。\n责任编辑:王玥\n相关阅读\n咳嗽、打喷嚏漏尿怎么办?\n洛阳首届榴莲狂欢节开幕";
  const result = verifySource(page, [{ id: "a", title: "我市召开推进会", body: "要加快推进。" }]);
  expect(result.lost).toEqual([]);
  expect(result.prose).toEqual(["咳嗽、打喷嚏漏尿怎么办?"]);
});
