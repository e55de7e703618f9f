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
