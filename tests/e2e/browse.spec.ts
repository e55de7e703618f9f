import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadCorpus } from "./corpus";
import { slugFor } from "../../src/lib/catalog/catalog";

const corpus = await loadCorpus();

/** Rows of a paginated table on this page and on every later one, following 下一页; returns to the first page. */
async function rowsOnAllPages(page: Page): Promise<number> {
  const first = page.url();
  let rows = await page.getByTestId("ledger-row").count();
  const next = page.getByRole("link", { name: "下一页" });
  while ((await next.count()) > 0) {
    // count() does not wait: wait for the next page to be the one shown before counting its rows.
    const shown = page.url();
    await next.click();
    await page.waitForURL((url) => url.href !== shown);
    rows += await page.getByTestId("ledger-row").count();
  }
  await page.goto(first);
  return rows;
}

test("tags → a tag → a measure → its report, where the measure is highlighted in table and text", async ({ page }) => {
  await page.goto("tags/");
  await page.getByTestId("group-list").getByRole("link", { name: "老旧小区改造" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("老旧小区改造");
  const rows = page.getByTestId("ledger-row");
  await expect(page.getByTestId("row-count")).toHaveText(String(await rowsOnAllPages(page)));
  const measure = rows.first().getByRole("link").first();
  const measureText = (await measure.textContent()) ?? "";
  await measure.click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/#measure-\d+$/);
  const row = page.locator(".measure-row:target");
  await expect(row).toContainText(measureText);
  await expect(row).toHaveCSS("background-color", "rgb(255, 241, 168)");
  await row.getByRole("link", { name: "见原文" }).click();
  const inText = page.locator(".measure-in-text:target");
  await expect(inText).toHaveText(measureText);
  await expect(inText).toHaveCSS("background-color", "rgb(255, 241, 168)");
  await inText.locator("xpath=following-sibling::sup[1]/a").click();
  await expect(page.locator(".measure-row:target")).toContainText(measureText);
});

test("a unit page is its task sheet: that unit's measures from every report, then the reports", async ({ page }) => {
  await page.goto("reports/002_07fbc007eb1dbc0e-3/");
  await page.getByTestId("units").getByRole("link", { name: "嵩县人民政府" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("嵩县人民政府 任务清单");
  const rows = page.getByTestId("task-row");
  await expect(rows).toHaveCount(9);
  await expect(page.getByTestId("row-count")).toHaveText("9");
  // Each row links to its sentence, the link titled with its report.
  const reports = await rows
    .locator('td[data-label="原文"] a')
    .evaluateAll((links) => links.map((link) => link.getAttribute("title")));
  expect(new Set(reports)).toEqual(new Set(["秸秆焚烧情况通报", "检查（嵩县人民政府）"]));
  await expect(page.getByRole("heading", { level: 2, name: "相关报告" })).toBeVisible();
});

test("a unit only named in reports has a page with those reports and no task sheet", async ({ page, request }) => {
  // One such unit, from the site's own export (the unit list pages them after the acting ones).
  const data = (await (await request.get("reports.json")).json()) as {
    reports: { units: string[]; measures: { units: string[] }[] }[];
  };
  const acting = new Set(data.reports.flatMap((report) => report.measures.flatMap((measure) => measure.units)));
  const named = data.reports.flatMap((report) => report.units).find((unit) => !acting.has(unit));
  expect(named, "a unit named without a measure").toBeDefined();
  await page.goto(`units/${slugFor(named ?? "")}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(named ?? "");
  await expect(page.getByText("未承担工作举措")).toBeVisible();
  await expect(page.getByTestId("task-sheet")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "下载 CSV" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "相关报告" })).toBeVisible();
  await expect(page.getByTestId("report-list").getByRole("link").first()).toBeVisible();
});

/** Every measure of the site, from reports.json: the oracle the ledger's pages and filters are checked against. */
async function allMeasures(request: APIRequestContext): Promise<{ tags: string[]; units: string[] }[]> {
  const data = (await (await request.get("reports.json")).json()) as {
    reports: { measures: { tags: string[]; units: string[] }[] }[];
  };
  return data.reports.flatMap((report) => report.measures);
}

/** Clicks 显示更多 until every matching row is in the table. */
async function showAllRows(page: Page): Promise<void> {
  const more = page.getByRole("button", { name: "显示更多" });
  while (await more.isVisible()) await more.click();
}

test("the ledger filtered by a tag and a unit shows exactly the matching measures of every page", async ({
  page,
  request,
}) => {
  const measures = await allMeasures(request);
  const matching = (tag: string, unit?: string): number =>
    measures.filter((measure) => measure.tags.includes(tag) && (!unit || measure.units.includes(unit))).length;
  await page.goto("ledger/");
  const rows = page.getByTestId("ledger-row");
  const ownRows = await rows.count();
  await expect(page.getByTestId("ledger-count")).toHaveText(String(measures.length));
  await page.getByLabel("标签").selectOption("秸秆禁烧");
  await expect(page.getByTestId("ledger-count")).toHaveText(String(matching("秸秆禁烧")));
  expect(matching("秸秆禁烧")).toBeLessThan(measures.length);
  await showAllRows(page);
  await expect(rows).toHaveCount(matching("秸秆禁烧"));
  const expected = matching("秸秆禁烧", "汝阳县人民政府");
  expect(expected).toBeGreaterThan(0);
  await page.getByLabel("责任单位").selectOption("汝阳县人民政府");
  await expect(page.getByTestId("ledger-count")).toHaveText(String(expected));
  await expect(rows).toHaveCount(expected);
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute("data-tags", /秸秆禁烧/);
    await expect(row).toHaveAttribute("data-units", /汝阳县人民政府/);
  }
  await expect(page).toHaveURL(/tag=.+&unit=/);
  await page.reload();
  await expect(page.getByTestId("ledger-count")).toHaveText(String(expected));
  await page.getByRole("button", { name: "清除筛选" }).click();
  await expect(page.getByTestId("ledger-count")).toHaveText(String(measures.length));
  await expect(rows).toHaveCount(ownRows);
});

test("the ledger works as plain, paged tables without JavaScript", async ({ browser, baseURL, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? "" });
  const page = await context.newPage();
  await page.goto("ledger/");
  await expect(page.locator("#ledger-filters")).toBeHidden();
  const seen = await rowsOnAllPages(page);
  expect(seen).toBe((await allMeasures(request)).length);
  expect(seen).toBe(Number(await page.getByTestId("ledger-count").textContent()));
  await context.close();
});

test("ledger.csv starts with a BOM and has one row per measure", async ({ request }) => {
  const measures = (await allMeasures(request)).length;
  const response = await request.get("ledger.csv");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf-8").slice(1);
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0]).toBe("举措,标签,责任单位,时限,时限日期,目标,提出领导,报告,日期,ISO日期,地区,类型,链接");
  // Fields may hold line breaks inside quotes; count records by the link column instead.
  expect(text.match(/\/reports\/[^/]+\/#measure-\d+\r\n/g)).toHaveLength(measures);
});

test("reports.json holds every entry's frontmatter", async ({ request }) => {
  const data = (await (await request.get("reports.json")).json()) as {
    count: number;
    reports: { id: string; title: string; measures: unknown[] }[];
  };
  expect(data.count).toBe(corpus.length);
  expect(data.reports.find((report) => report.id === "000_4019d3d8c790b18d")?.measures).toHaveLength(20);
});

test("a traditional report switches to a simplified reading and back", async ({ page }) => {
  await page.goto("reports/001_6d8acef99b40bd5a/");
  const text = page.getByTestId("report-text");
  await expect(text).toContainText("會議強調");
  await page.getByRole("button", { name: "简体阅读" }).click();
  await expect(text).toContainText("会议强调");
  await expect(text).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("button", { name: "显示原文（繁体）" }).click();
  await expect(text).toContainText("會議強調");
  await expect(text).toHaveAttribute("lang", "zh-Hant");
});

test("printing a report hides navigation and keeps facts and measures", async ({ page }) => {
  await page.goto("reports/000_4019d3d8c790b18d/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".report-nav")).toBeHidden();
  await expect(page.getByTestId("facts")).toBeVisible();
  await expect(page.getByTestId("measure-table")).toBeVisible();
});

test("index pages show counts that add up", async ({ page }) => {
  for (const [path, total] of [
    ["types/", corpus.length],
    ["years/", corpus.length],
  ] as const) {
    await page.goto(path);
    const counts = await page.getByTestId("group-list").locator(".count").allTextContents();
    const sum = counts.reduce((acc, text) => acc + Number.parseInt(text, 10), 0);
    if (counts.length > 0) expect(sum).toBe(total);
  }
  await page.goto("leaders/");
  await page.getByRole("link", { name: "江凌" }).click();
  await expect(page.getByTestId("report-list")).toContainText("市委书记，讲话");
});

test("readable on a 360 px phone: no horizontal scrolling of the page", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["./", "reports/000_4019d3d8c790b18d/", "ledger/"]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test("the CSV of a tag page holds the same rows as the page and its later pages", async ({ page, request }) => {
  await page.goto("tags/");
  await page.getByTestId("group-list").getByRole("link", { name: "秸秆禁烧" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("秸秆禁烧");
  const rows = await rowsOnAllPages(page);
  const href = await page.getByRole("link", { name: "下载 CSV" }).getAttribute("href");
  const csv = (await (await request.get(new URL(href ?? "", page.url()).href)).text()).replace(/^\ufeff/, "");
  expect(csv.match(/#measure-\d+\r\n/g)).toHaveLength(rows);
});
