import { expect, test } from "vitest";
import { verifySource } from "../../../src/lib/ingest/verify";

const source = "网站首页 新闻 图片 视频 专题\n我市召开推进会\n要加快建設(shè)老旧小区。\n\n责任编辑:王玥\n相关阅读";

test("an entry that keeps all article text passes, and the junk is listed", () => {
  const result = verifySource(source, [{ id: "a", title: "我市召开推进会", body: "要加快建設老旧小区。" }]);
  expect(result).toMatchObject({ altered: [], lost: [], pinyinArtefacts: 1 });
  expect(result.junk).toEqual(["网站首页 新闻 图片 视频 专题", "责任编辑:王玥", "相关阅读"]);
});

test("altered and lost text are reported", () => {
  const result = verifySource(source, [{ id: "a", title: "我市召开推进会", body: "要加快建设新小区。" }]);
  expect(result.altered).toEqual([{ id: "a", line: "要加快建设新小区。" }]);
  expect(result.lost).toEqual(["要加快建設老旧小区。"]);
});
