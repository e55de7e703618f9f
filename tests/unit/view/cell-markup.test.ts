import { expect, test } from "vitest";
import { slugFor } from "../../../src/lib/catalog/catalog";
import { deadlineStatusMarkup, escapeMarkup, indexLinksMarkup } from "../../../src/lib/view/cell-markup";

test("index links join with 、, each to its index page under the site's base, names escaped", () => {
  expect(indexLinksMarkup("/kb/", ["市城管局", "A&B<局>"], "units")).toBe(
    `<a href="/kb/units/${slugFor("市城管局")}/">市城管局</a>、<a href="/kb/units/${slugFor("A&B<局>")}/">A&amp;B&lt;局&gt;</a>`,
  );
  expect(indexLinksMarkup("/", [], "tags")).toBe("");
});

test("a dated measure's status carries its last day for the reader's browser; one without a deadline shows none", () => {
  const measure = { text: "要在6月底前完成改造。", deadline: { text: "6月底前", date: "2024-06-30" } };
  expect(deadlineStatusMarkup(measure, "2024-07-01")).toBe(
    '<span class="deadline-status status-overdue" data-status="overdue" data-due="2024-06-30" data-testid="deadline-status" title="最后期限 2024-06-30">逾期</span>',
  );
  expect(deadlineStatusMarkup({ text: "要抓好落实。" }, "2024-07-01")).toBe("");
});

test("markup escaping covers text and double-quoted attributes", () => {
  expect(escapeMarkup(`"<a>" & 'b'`)).toBe("&quot;&lt;a&gt;&quot; &amp; 'b'");
});
