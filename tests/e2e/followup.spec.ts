import { test as plain, type APIRequestContext, type Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { slugFor } from "../../src/lib/catalog/catalog";
import { measureStatus, type DeadlineStatus } from "../../src/lib/followup/status";
import type { Measure } from "../../src/schemas/report";

/** A seed report with deadlines at 年底 (2024-12-31) and 2025年6月底前 (2025-06-30). */
const DEADLINES = "reports/002_07fbc007eb1dbc0e-1/";
/** A report of unknown year whose measures say 今年 and 年底前: the year must not be guessed. */
const NO_YEAR = "reports/003_d70d9edd5aec0522/";
/** A unit with measures due 2012-10-31 and 2016-12-31 and measures with no deadline (d13). */
const UNIT = "广州市委组织部";
const UNIT_MEASURES = 18;

/** Fixes the page's clock at noon UTC of `day`, the same calendar day in every time zone the tests run in. */
async function setToday(page: Page, day: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
}

const badge = (page: Page, due: string) => page.locator(`[data-testid=deadline-status][data-due="${due}"]`).first();

/** Every measure of the site, from reports.json. */
async function allMeasures(request: APIRequestContext): Promise<Measure[]> {
  const data = (await (await request.get("reports.json")).json()) as { reports: { measures: Measure[] }[] };
  return data.reports.flatMap((report) => report.measures);
}

test("a measure's status follows the reader's clock: 进行中, then 即将到期, then 逾期", async ({ page }) => {
  await setToday(page, "2024-06-01");
  await page.goto(DEADLINES);
  await expect(badge(page, "2024-12-31")).toHaveText("进行中");
  await expect(badge(page, "2025-06-30")).toHaveText("进行中");
  await setToday(page, "2024-12-10");
  await page.reload();
  await expect(badge(page, "2024-12-31")).toHaveText("即将到期");
  await setToday(page, "2025-01-01");
  await page.reload();
  await expect(badge(page, "2024-12-31")).toHaveText("逾期");
  await expect(badge(page, "2024-12-31")).toHaveClass(/status-overdue/);
  await expect(badge(page, "2025-06-30")).toHaveText("进行中");
});

test("without JavaScript a status is the build's; a deadline of unknown year says 年份不详", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? "" });
  const page = await context.newPage();
  await page.goto(DEADLINES);
  // The site is built after 2024: the build day already saw this deadline pass.
  await expect(badge(page, "2024-12-31")).toHaveText("逾期");
  await page.goto(NO_YEAR);
  const statuses = page.getByTestId("measure-table").getByTestId("deadline-status");
  await expect(statuses.filter({ hasText: "年份不详" }).first()).toBeVisible();
  await expect(statuses.filter({ hasText: /逾期|进行中|即将到期/ })).toHaveCount(0);
  await context.close();
});

test("the ledger filters by status on the reader's day, and keeps the filter in its address", async ({
  page,
  request,
}) => {
  const day = "2024-12-10";
  const measures = await allMeasures(request);
  const count = (status: DeadlineStatus): number =>
    measures.filter((measure) => measureStatus(measure, day) === status).length;
  expect(count("due-soon")).toBeGreaterThan(0);
  await setToday(page, day);
  await page.goto("ledger/");
  const rows = page.getByTestId("ledger-row");
  await page.getByLabel("状态").selectOption("due-soon");
  await expect(page.getByTestId("ledger-count")).toHaveText(String(count("due-soon")));
  await expect(rows).toHaveCount(count("due-soon"));
  for (const row of await rows.all()) await expect(row.getByTestId("deadline-status")).toHaveText("即将到期");
  await page.getByLabel("状态").selectOption("overdue");
  await expect(page.getByTestId("ledger-count")).toHaveText(String(count("overdue")));
  await expect(page).toHaveURL(/status=overdue/);
  await page.reload();
  await expect(page.getByLabel("状态")).toHaveValue("overdue");
  await expect(page.getByTestId("ledger-count")).toHaveText(String(count("overdue")));
  await page.getByLabel("状态").selectOption("recurring");
  await expect(page.getByTestId("ledger-count")).toHaveText(String(count("recurring")));
  for (const row of await rows.all()) await expect(row.getByTestId("deadline-status")).toHaveText("长期");
  // Sorted by deadline, the soonest last day comes first.
  await page.getByLabel("状态").selectOption("overdue");
  await page.getByLabel("排序").selectOption("deadline");
  await expect(rows.first().getByTestId("deadline-status")).toHaveAttribute("data-due", "2012-10-31");
});

test("a unit's task sheet groups its measures by status on the reader's day and links each to its sentence", async ({
  page,
}) => {
  await setToday(page, "2016-12-10");
  await page.goto(`units/${slugFor(UNIT)}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${UNIT} 任务清单`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const sheet = page.getByTestId("task-sheet");
  await expect(sheet.getByTestId("task-row")).toHaveCount(UNIT_MEASURES);
  const group = (status: string) => sheet.locator(`tbody[data-group="${status}"]`).getByTestId("task-row");
  // On 2016-12-10 the 2012 deadline is past and the 2016 year-end ones are three weeks off.
  await expect(group("overdue")).toHaveCount(1);
  await expect(group("due-soon")).toHaveCount(5);
  await expect(group("in-progress")).toHaveCount(0);
  await expect(sheet.locator('tbody[data-group="in-progress"]')).toBeHidden();
  await expect(page.getByTestId("sheet-summary")).toHaveText("逾期 1 项，即将到期 5 项，未定时限 12 项");
  await expect(page.locator("time[data-status-day]").first()).toHaveText("2016年12月10日");
  const numbers = await sheet.locator(".task-number").allTextContents();
  expect(numbers).toEqual(Array.from({ length: UNIT_MEASURES }, (_, index) => String(index + 1)));
  const first = group("overdue").first();
  await expect(first).toContainText("2012年10月底前");
  await expect(first).toContainText("关于推进人才集聚工程的实施意见");
  const measure = ((await first.locator("td").nth(1).textContent()) ?? "").trim();
  await first.getByRole("link", { name: /第\d+项/ }).click();
  await expect(page).toHaveURL(/\/reports\/d13\/#measure-text-\d+$/);
  await expect(page.locator(".measure-in-text:target")).toHaveText(measure);
});

// The old address answers 404 before the 404 page moves on, and Chromium logs that load as a console
// error: this test checks the other errors and the origins itself.
plain(
  "a task sheet's old address (/tasks/<unit>/, printed on sheets handed out) leads to the unit's page",
  async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && !/404/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL ?? "").origin) problems.push(request.url());
    });
    const response = await page.goto(`tasks/${slugFor(UNIT)}/`);
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(new RegExp(`/units/${slugFor(UNIT)}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${UNIT} 任务清单`);
    // Any other missing address keeps the 404 page.
    await page.goto("tasks/nosuchunit/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    expect(problems).toEqual([]);
  },
);

test("a task sheet names the leader who demanded each measure", async ({ page }) => {
  await page.goto(`units/${slugFor("洛阳市各城市区")}/`);
  const row = page.getByTestId("task-row").filter({ hasText: "930个计划实施项目" });
  await expect(row).toContainText("市委书记江凌");
  await expect(row).toContainText("2023年全国文明典范城市创建暨城市提质工作观摩推进会");
  await expect(row).toContainText("2023年2月23日");
});

test("a task sheet's CSV has a BOM, a status column and the ledger's export rules", async ({ page, request }) => {
  await page.goto(`units/${slugFor(UNIT)}/`);
  const href = await page.getByRole("link", { name: "下载 CSV" }).getAttribute("href");
  const response = await request.get(new URL(href ?? "", page.url()).href);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf-8").slice(1);
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "状态,状态截至,举措,标签,责任单位,时限,时限日期,目标,会议,报告,日期,ISO日期,提出领导,地区,类型,链接",
  );
  // Fields may hold line breaks inside quotes; count records by the link column, which ends each.
  const links = text.match(/\/reports\/d13\/#measure-text-\d+\r\n/g) ?? [];
  expect(links).toHaveLength(UNIT_MEASURES);
  const statuses = lines.slice(1).map((line) => line.split(",")[0]);
  expect(statuses.filter((status) => status === "逾期")).toHaveLength(6);
  expect(statuses.filter((status) => status === "未定时限")).toHaveLength(12);
  expect(lines.find((line) => line.includes("2012年10月底前"))).toMatch(/^逾期,\d{4}-\d{2}-\d{2},/);
});

test("a task sheet prints as one unit's A4 document with its name and date at the head", async ({ page }) => {
  await setToday(page, "2016-12-10");
  await page.goto(`units/${slugFor(UNIT)}/`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "打印任务清单" })).toBeHidden();
  const head = page.locator(".sheet-running-head");
  await expect(head).toBeVisible();
  await expect(head).toHaveText(`${UNIT} 任务清单 · 截至 2016年12月10日`);
  const hrefs = await page
    .getByTestId("task-row")
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.startsWith("%PDF-")).toBe(true);
  // Every page is A4 (595.92 × 842.88 pt as Chromium writes it).
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  expect(pages.length).toBeGreaterThan(0);
  expect(boxes).toHaveLength(pages.length);
  for (const [, width, height] of boxes) {
    expect(Math.abs(Number(width) - 595.3)).toBeLessThan(1);
    expect(Math.abs(Number(height) - 841.9)).toBeLessThan(1.5);
  }
  // The document's title (UTF-16 in the PDF's Info) names the unit; its links are exactly this unit's measures.
  const title = /\/Title\s*<FEFF([0-9A-F]+)>/.exec(pdf)?.[1] ?? "";
  const decoded = String.fromCharCode(...(title.match(/.{4}/g) ?? []).map((code) => Number.parseInt(code, 16)));
  expect(decoded).toContain(`${UNIT} · 任务清单`);
  const uris = [...pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((match) => match[1]);
  const measureUris = uris.filter((uri) => uri?.includes("#measure-text-"));
  expect(new Set(measureUris)).toEqual(new Set(hrefs));
  expect(measureUris).toHaveLength(UNIT_MEASURES);
});

test("two seed reports on the same task link to each other: 此后 from 2023, 此前 from 2024", async ({ page }) => {
  await page.goto("reports/000_4019d3d8c790b18d/");
  const later = page.getByTestId("measure-threads").locator('li[data-position="4"] [data-thread="later"]');
  await expect(later).toContainText("老旧小区改造");
  await later.getByRole("link").click();
  await expect(page).toHaveURL(/\/reports\/002_07fbc007eb1dbc0e-1\/#measure-7$/);
  await expect(page.locator(".measure-row:target")).toContainText("老旧小区");
  const earlier = page.getByTestId("measure-threads").locator('li[data-position="7"] [data-thread="earlier"]');
  await expect(earlier).toContainText("2023年2月23日");
  await earlier.getByRole("link").click();
  await expect(page).toHaveURL(/\/reports\/000_4019d3d8c790b18d\/#measure-4$/);
});

test("the 督办 index counts each unit's measures by status on the reader's day and opens its sheet", async ({
  page,
}) => {
  await setToday(page, "2016-12-10");
  await page.goto("./");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "督办" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("督办：各单位任务清单");
  const row = page.getByTestId("task-index-row").filter({ has: page.getByRole("link", { name: UNIT, exact: true }) });
  await expect(row.locator('td[data-count="overdue"]')).toHaveText("1");
  await expect(row.locator('td[data-count="due-soon"]')).toHaveText("5");
  await expect(row.locator('td[data-count="none"]')).toHaveText("12");
  await row.getByRole("link", { name: UNIT, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${UNIT} 任务清单`);
});
