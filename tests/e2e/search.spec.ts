import { test, expect } from "./fixtures";

test("searching a Chinese word from the body finds the reference report", async ({ page }) => {
  await page.goto("search/");
  await page.getByLabel("检索词").fill("邻里中心");
  await page.getByLabel("检索词").press("Enter");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-done", "true");
  const results = page.getByTestId("search-result");
  await expect(results.filter({ hasText: "洛阳市举行2023年全国文明典范城市创建" })).toHaveCount(1);
  await expect(results.first().locator("mark").first()).toHaveText("邻里中心");
  await expect(page).toHaveURL(/\?q=%E9%82%BB%E9%87%8C%E4%B8%AD%E5%BF%83/);
});

test("the header search box takes a query to the search page", async ({ page }) => {
  await page.goto("./");
  await page.keyboard.press("/");
  await expect(page.locator("#site-search")).toBeFocused();
  await page.keyboard.type("徐衣显");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-done", "true");
  await expect(page.getByTestId("search-result")).not.toHaveCount(0);
});
