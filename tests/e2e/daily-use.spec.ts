import path from "node:path";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { readEntries } from "../../src/lib/entry/files";
import { slugFor } from "../../src/lib/catalog/catalog";
import { dateInRange } from "../../src/lib/search/facets";
import { csvField, parseCsv } from "../../src/lib/view/csv";

/** Issue 12: browsing search by facets alone, exporting what is shown, tables that fit a phone, units that act. */

const entries = await readEntries(path.resolve(import.meta.dirname, "../../content/reports"));
const UNIT = "汝阳县人民政府";
const unitMeasures = entries.flatMap((entry) => entry.report.measures).filter((m) => m.units.includes(UNIT)).length;

/** A facet's options as value → count, read from the labels (…（N）). */
async function facetCounts(page: Page, name: string): Promise<Map<string, number>> {
  const options = await page
    .locator(`select[name=${name}] option`)
    .evaluateAll((nodes) => nodes.map((node) => [(node as HTMLOptionElement).value, node.textContent] as const));
  return new Map(
    options.filter(([value]) => value).map(([value, label]) => [value, Number(/（(\d+)）$/.exec(label)?.[1] ?? NaN)]),
  );
}

/** The text of a download, without its BOM, parsed into rows. */
async function downloadedRows(download: { path(): Promise<string> }): Promise<string[][]> {
  return parseCsv((await readFile(await download.path(), "utf-8")).replace(/^\ufeff/, ""));
}

test("a facet with an empty box lists matching reports, region counts rolled up as on /regions/", async ({ page }) => {
  await page.goto("regions/");
  const regionPage = new Map<string, number>();
  for (const item of await page.getByTestId("group-list").locator("li").all())
    regionPage.set(
      (await item.getByRole("link").textContent()) ?? "",
      Number.parseInt((await item.locator(".count").textContent()) ?? "", 10),
    );
  expect(regionPage.get("河南省洛阳市")).toBeGreaterThan(4);

  await page.goto("search/");
  const status = page.getByTestId("search-status");
  await expect(status).toHaveAttribute("data-done", "true");
  await expect(status).toContainText("请输入检索词");
  await page.locator("#search-facets summary").click();
  await expect(page.locator("select[name=region] option")).not.toHaveCount(1);
  // Every region of /regions/ is offered with the same count, cities under provinces, districts under cities.
  expect(Object.fromEntries(await facetCounts(page, "region"))).toEqual(Object.fromEntries(regionPage));
  const labels = await page.locator("select[name=region] option").allTextContents();
  const province = labels.findIndex((label) => label.startsWith("河南省（"));
  const city = labels.findIndex((label) => label.startsWith("\u3000洛阳市（"));
  const district = labels.findIndex((label) => label.startsWith("\u3000\u3000汝阳县（"));
  expect(province).toBeGreaterThanOrEqual(0);
  expect(city).toBeGreaterThan(province);
  expect(district).toBeGreaterThan(city);

  await page.locator("select[name=region]").selectOption("河南省洛阳市");
  await expect(page).toHaveURL(/region=/);
  await expect(status).toHaveAttribute("data-count", String(regionPage.get("河南省洛阳市")));
  await expect(page.getByTestId("search-result")).toHaveCount(regionPage.get("河南省洛阳市") ?? 0);
  await expect(status).not.toContainText("请输入检索词");
  const withType = entries.filter(
    (entry) => entry.report.region.city === "洛阳市" && entry.report.docType === "会议报道",
  ).length;
  await page.locator("select[name=type]").selectOption("会议报道");
  await expect(status).toHaveAttribute("data-count", String(withType));
  await page.reload();
  await expect(status).toHaveAttribute("data-count", String(withType));
  await expect(page.locator("select[name=region]")).toHaveValue("河南省洛阳市");
});

test("a date range (起止日期) keeps the reports dated within it", async ({ page }) => {
  const range = { from: "2023-02-01", to: "2023-12-31" };
  const expected = entries.filter((entry) => dateInRange(entry.report.date, range)).length;
  expect(expected).toBeGreaterThan(0);
  await page.goto("search/");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-done", "true");
  await page.locator("#search-facets summary").click();
  await page.getByLabel("从").fill(range.from);
  await page.getByLabel("至").fill(range.to);
  await expect(page).toHaveURL(/from=2023-02-01&to=2023-12-31|to=2023-12-31.*from=2023-02-01/);
  const status = page.getByTestId("search-status");
  await expect(status).toHaveAttribute("data-count", String(expected));
  const years = await page.getByTestId("search-result").locator(".result-meta").allTextContents();
  for (const meta of years) expect(meta).toMatch(/^2023年/);
  // With a term as well: only reports holding it, within the range.
  await page.goto(`search/?q=老旧小区&from=${range.from}&to=${range.to}`);
  const withTerm = entries.filter(
    (entry) => dateInRange(entry.report.date, range) && `${entry.report.title}${entry.plainText}`.includes("老旧小区"),
  ).length;
  await expect(status).toHaveAttribute("data-count", String(withTerm));
});

test("search results download as CSV named for the search", async ({ page }) => {
  await page.goto("search/?q=秸秆");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-count", "4");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载结果 CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^秸秆-检索结果-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = await downloadedRows(download);
  expect(header).toEqual(["标题", "日期", "ISO日期", "地区", "类型", "链接"]);
  expect(rows).toHaveLength(4);
  for (const row of rows) expect(row[5]).toMatch(new RegExp(`^${new URL("../reports/", page.url()).href}`));
});

test("the ledger filtered to one unit downloads those rows only, named for the unit, formulas made inert", async ({
  page,
}) => {
  // A measure written like a formula, as a hostile or careless source might: the export must keep it text.
  const formula = '=HYPERLINK("http://example.invalid","点我")';
  await page.route("**/ledger.csv", async (route) => {
    const response = await route.fetch();
    const rows = parseCsv((await response.text()).replace(/^\ufeff/, ""));
    const target = rows.find((row) => row[2]?.includes(UNIT));
    if (target) target[0] = formula;
    // Written unguarded (quoting only), so the guard under test is the browser's own.
    const quote = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
    await route.fulfill({ response, body: `\ufeff${rows.map((row) => row.map(quote).join(",")).join("\r\n")}\r\n` });
  });
  await page.goto(`ledger/?unit=${encodeURIComponent(UNIT)}`);
  await expect(page.getByTestId("ledger-count")).toHaveText(String(unitMeasures));
  await expect(page.locator("#ledger-csv-note")).toContainText(`筛选后的 ${unitMeasures} 项`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载 CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${UNIT}-工作举措-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const [header, ...rows] = await downloadedRows(download);
  expect(header).toEqual([
    "举措",
    "标签",
    "责任单位",
    "时限",
    "时限日期",
    "目标",
    "提出领导",
    "报告",
    "日期",
    "ISO日期",
    "地区",
    "类型",
    "链接",
  ]);
  expect(rows).toHaveLength(unitMeasures);
  for (const row of rows) {
    expect(row[2]).toContain(UNIT);
    // Links work where the site is served: absolute, to this host and base.
    expect(row[12]).toMatch(new RegExp(`^${new URL("../reports/", page.url()).href}[^/]+/#measure-\\d+$`));
    expect(row[9]).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  }
  expect(rows.map((row) => row[0])).toContain(csvField(formula).replace(/^"|"$/g, "").replace(/""/g, '"'));
  expect(rows.some((row) => row[0]?.startsWith("="))).toBe(false);
});

test("tables fit: headers on one line at 1280 px, no empty rows on a 360 px card, review page without overflow", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("ledger/");
  const headerHeights = await page
    .locator(".ledger-table th")
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
  const cellLine = await page
    .locator(".ledger-table td")
    .first()
    .evaluate((cell) => Number.parseFloat(getComputedStyle(cell).lineHeight) || 24);
  for (const height of headerHeights) expect(height).toBeLessThan(cellLine * 2 + 16);
  const reportWidth = await page
    .locator(".ledger-table td.report")
    .first()
    .evaluate((cell) => cell.clientWidth);
  expect(reportWidth).toBeGreaterThanOrEqual(200);

  await page.setViewportSize({ width: 360, height: 740 });
  const blankShown = (): Promise<string[]> =>
    page
      .locator(".ledger-table td, .measure-table td, .task-sheet td")
      .evaluateAll((cells) =>
        cells
          .filter((cell) => getComputedStyle(cell).display !== "none" && cell.textContent.trim() === "")
          .map((cell) => cell.getAttribute("data-label") ?? "?"),
      );
  for (const where of ["ledger/", `units/`, "reports/000_4019d3d8c790b18d/"]) {
    await page.goto(where);
    if (where === "units/") await page.getByTestId("acting-units").getByRole("link").first().click();
    await expect(page.locator(".ledger-table, .measure-table, .task-sheet").first()).toBeVisible();
    expect(await blankShown()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
  await page.goto("review/");
  await expect(page.getByTestId("review-list")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The search page with its facets and date range, browsing.
  await page.goto("search/?region=河南省洛阳市&from=2023-01-01");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-done", "true");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("units that carry measures come first, the others apart, counted as the home page counts", async ({ page }) => {
  await page.goto("./");
  const home = /(\d+)\s*个责任单位/.exec((await page.getByTestId("counts").textContent()) ?? "")?.[1];
  await page.goto("units/");
  const counts = page.getByTestId("unit-counts");
  await expect(counts.locator("strong").first()).toHaveText(home ?? "?");
  const acting = page.getByTestId("acting-units");
  await expect(acting.locator(".count").first()).toContainText("项举措");
  for (const text of await acting.locator(".count").allTextContents())
    expect(Number.parseInt(text, 10)).toBeGreaterThan(0);
  // Every unit of the list is under one heading or the other; the named ones are counted by reports.
  const named = page.getByTestId("named-units");
  if ((await named.count()) > 0) await expect(named.locator(".count").first()).toContainText("篇报告");
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("承担举措的单位")).toBeLessThan(Math.max(headings.indexOf("仅在报告中提及的单位"), 1));
});

test("leaders are shown with their latest title in their place, a role per report, and old leader URLs still work", async ({
  page,
}) => {
  await page.goto("leaders/");
  const jiang = page
    .getByTestId("group-list")
    .locator("li", { has: page.getByRole("link", { name: "江凌", exact: true }) });
  await expect(jiang).toContainText("洛阳市委书记");
  await jiang.getByRole("link").click();
  await expect(page.getByTestId("leader-headline")).toHaveText("洛阳市委书记");
  await expect(page.getByTestId("report-list")).toContainText("市委书记，讲话");
  // A report that gives a leader no role says so.
  await page.goto("leaders/");
  await page.getByRole("link", { name: "黄伟哲", exact: true }).click();
  await expect(page.getByTestId("report-list")).toContainText("角色原文未写明");
  // Every name's URL from before leaders were told apart by place still answers.
  for (const name of new Set(entries.flatMap((entry) => entry.report.leaders.map((leader) => leader.name)))) {
    const response = await page.request.get(`leaders/${slugFor(name)}/`);
    expect(response.status(), name).toBe(200);
  }
  // A report whose source names no leader says so rather than hiding the row.
  const leaderless = entries.find((entry) => entry.report.leaders.length === 0);
  await page.goto(`reports/${leaderless?.id ?? ""}/`);
  await expect(page.getByTestId("facts")).toContainText("原文未写明");
});
