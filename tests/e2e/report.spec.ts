import { test, expect } from "./fixtures";
import { loadCorpus } from "./corpus";

const corpus = await loadCorpus();

const REFERENCE = "reports/000_4019d3d8c790b18d/";

test("the home page lists the newest reports and links to them", async ({ page }) => {
  await page.goto("./");
  const link = page.getByTestId("report-list").getByRole("link").first();
  const title = ((await link.textContent()) ?? "").trim();
  await link.click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("the reference report is reached from its year", async ({ page }) => {
  await page.goto("years/2023/");
  await page
    .getByTestId("report-list")
    .getByRole("link", { name: /洛阳市举行2023年全国文明典范城市创建/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${REFERENCE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/观摩推进会/);
});

test("the reference report shows its facts, measures and text", async ({ page }) => {
  await page.goto(REFERENCE);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const facts = page.getByTestId("facts");
  await expect(facts).toContainText("2023年2月23日");
  await expect(facts).toContainText("河南省洛阳市");
  await expect(facts).toContainText("会议报道");
  await expect(facts).toContainText("江凌");
  await expect(facts).toContainText("（讲话）");
  await expect(page.getByTestId("measure-table").locator("tbody tr")).toHaveCount(20);
  await expect(page.getByTestId("report-text")).toContainText("持续抓好老旧小区改造");
  await expect(page.getByTestId("report-text")).not.toContainText("责任编辑");
});

test("the review page lists every unreviewed entry with the ingest's notes", async ({ page }) => {
  const unreviewed = corpus.filter((entry) => !entry.reviewed).length;
  await page.goto("review/");
  await expect(page.getByTestId("review-count")).toContainText(`${unreviewed} 篇报告`);
  let listed = 0;
  let notes = "";
  for (;;) {
    const list = page.getByTestId("review-list");
    listed += await list.locator(":scope > li").count();
    notes += (await list.textContent()) ?? "";
    const next = page.getByRole("link", { name: "下一页" });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(listed).toBe(unreviewed);
  expect(notes).toContain("原文没有任何日期");
  expect(notes).not.toContain("洛阳市举行2023年全国文明典范城市创建");
});

test("a traditional-script report is marked zh-Hant and an incomplete one warns", async ({ page }) => {
  await page.goto("reports/001_6d8acef99b40bd5a/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByTestId("report-text")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByTestId("report-text")).not.toContainText("(shè)");
  await page.goto("reports/003_d70d9edd5aec0522/");
  await expect(page.getByRole("note").filter({ hasText: "原文不完整" })).toBeVisible();
});
