import { test, expect } from "./fixtures";

const REFERENCE = "reports/000_4019d3d8c790b18d/";

test("the home page lists the reference report and links to it", async ({ page }) => {
  await page.goto("./");
  const link = page.getByTestId("report-list").getByRole("link", { name: /洛阳市举行2023年全国文明典范城市创建/ });
  await expect(link).toBeVisible();
  await link.click();
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

test("the review page lists unreviewed entries with the ingest's notes", async ({ page }) => {
  await page.goto("review/");
  await expect(page.getByTestId("review-count")).toContainText("11 篇报告");
  const list = page.getByTestId("review-list");
  await expect(list.locator(":scope > li")).toHaveCount(11);
  await expect(list).toContainText("原文没有任何日期");
  await expect(list).not.toContainText("洛阳市举行2023年全国文明典范城市创建");
});

test("a traditional-script report is marked zh-Hant and an incomplete one warns", async ({ page }) => {
  await page.goto("reports/001_6d8acef99b40bd5a/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByTestId("report-text")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByTestId("report-text")).not.toContainText("(shè)");
  await page.goto("reports/003_d70d9edd5aec0522/");
  await expect(page.getByRole("note").filter({ hasText: "原文不完整" })).toBeVisible();
});
