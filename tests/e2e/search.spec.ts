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
  await page.locator("#main").click();
  await page.keyboard.press("Control+k");
  await expect(page.locator("#site-search")).toBeFocused();
  await page.keyboard.type("徐衣显");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-done", "true");
  await expect(page.getByTestId("search-result")).not.toHaveCount(0);
});

test("a simplified query finds the traditional report, and opening it highlights the matches", async ({ page }) => {
  await page.goto("search/?q=老旧小区");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-done", "true");
  const traditional = page.getByTestId("search-result").filter({ hasText: "全市深入實施百城建設提質工程" });
  await expect(traditional.locator("mark").first()).toHaveText("老舊小區");
  await traditional.getByRole("link").click();
  await expect(page).toHaveURL(/reports\/001_6d8acef99b40bd5a\/\?hl=/);
  const hits = page.getByTestId("report-text").locator("mark.search-hit");
  await expect(hits.first()).toHaveText("老舊小區");
  await expect(page.getByTestId("hit-count")).toContainText(`出现 ${await hits.count()} 处`);
});

test("facets count the results and filter them, and the URL keeps the filters", async ({ page }) => {
  await page.goto("search/?q=秸秆");
  const status = page.getByTestId("search-status");
  await expect(status).toHaveAttribute("data-done", "true");
  await expect(status).toHaveAttribute("data-count", "4");
  // The facets load when their panel is opened, not with every query.
  await expect(page.locator("#search-facets")).not.toHaveAttribute("open");
  await page.locator("#search-facets summary").click();
  const type = page.locator("select[name=type]");
  await expect(type.locator("option", { hasText: "检查（2）" })).toHaveCount(1);
  await expect(type.locator("option", { hasText: "通报（1）" })).toHaveCount(1);
  await type.selectOption("检查");
  await expect(page).toHaveURL(/type=%E6%A3%80%E6%9F%A5/);
  await expect(status).toHaveAttribute("data-count", "2");
  await expect(page.getByTestId("search-result")).toHaveCount(2);
  await page.reload();
  await expect(status).toHaveAttribute("data-count", "2");
  await expect(page.locator("select[name=type]")).toHaveValue("检查");
});

test("several terms must all occur, sorted by date on request", async ({ page }) => {
  await page.goto("search/?q=老旧小区+加装电梯&sort=date");
  const status = page.getByTestId("search-status");
  await expect(status).toHaveAttribute("data-done", "true");
  await expect(status).toHaveAttribute("data-count", "3");
  const dates = await page.getByTestId("search-result").locator(".result-meta").allTextContents();
  expect(dates.map((meta) => meta.split(" · ")[0])).toEqual(["2024年9月", "2023年2月23日", "日期不详"]);
});

test("a query typed while Pagefind is still loading is neither lost nor overwritten", async ({ page }) => {
  await page.route("**/pagefind/pagefind.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("search/");
  await page.getByLabel("检索词").fill("邻里中心");
  await page.getByLabel("检索词").press("Enter");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-count", "4", { timeout: 10_000 });
  await expect(page.getByLabel("检索词")).toHaveValue("邻里中心");
});
