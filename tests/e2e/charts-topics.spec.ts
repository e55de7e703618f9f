import type { Locator } from "@playwright/test";
import { test, expect } from "./fixtures";
import { slugFor } from "../../src/lib/catalog/catalog";
import { timelineSlug } from "../../src/lib/catalog/topic-timeline";

/** The worked 专题 example (content/topics/luoyang-chengshi-tizhi.mdx). */
const TOPIC = "topics/luoyang-chengshi-tizhi/";
/** 老旧小区改造 in Luoyang: set in 2023 (今年), restated in 2024 as 188个小区、3.7万户. */
const TIMELINE = `timelines/${timelineSlug("老旧小区改造", "河南省洛阳市")}/`;

/** A chart's parts: the inline SVG, its accessible name, and the table behind the disclosure. */
async function expectChart(chart: Locator, title: string | RegExp): Promise<void> {
  await expect(chart.locator("figcaption")).toHaveText(title);
  const svg = chart.locator("svg.chart-svg");
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAttribute("role", "img");
  await expect(svg.locator("title")).toHaveText(title);
  await expect(chart.getByRole("img")).toHaveAccessibleName(title);
  // Nothing the Content-Security-Policy would block, nothing that runs.
  expect(
    await svg.evaluate((node) => node.querySelectorAll("[style], style, script, foreignObject, [href]").length),
  ).toBe(0);
  const table = chart.getByTestId("chart-data").locator("table");
  await expect(table).toBeHidden();
  await chart.getByText("查看数据表").click();
  await expect(table).toBeVisible();
}

/** The numbers of a chart's table, row by row, as its cells read. */
const tableRows = (chart: Locator): Promise<string[][]> =>
  chart
    .getByTestId("chart-data")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())));

test("the dashboard draws its three charts as SVG with a title and a data table", async ({ page }) => {
  await page.goto("dashboard/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据看板");
  const charts = page.getByTestId("chart");
  await expect(charts).toHaveCount(3);
  await expectChart(charts.nth(0), "在办举措最多的责任单位");
  await expectChart(charts.nth(1), "各标签工作举措数（按年份）");
  await expectChart(charts.nth(2), "各地区报告数（按年份）");
  // The table holds what the drawing shows: every year of the table is a label in the SVG.
  const years = (await tableRows(charts.nth(2))).map((row) => row[0] ?? "");
  expect(years.length).toBeGreaterThan(3);
  const labels = await charts.nth(2).locator("svg text").allTextContents();
  for (const year of years) expect(labels).toContain(year);
  // The reports counted are all the site's reports with a year.
  const total = (await tableRows(charts.nth(2))).reduce((sum, row) => sum + Number(row.at(-1)), 0);
  expect(total).toBeGreaterThan(20);
});

test("a chart prints: the drawing on paper, the table left off", async ({ page }) => {
  await page.goto("dashboard/");
  await page.emulateMedia({ media: "print" });
  const chart = page.getByTestId("chart").first();
  await expect(chart.locator("svg.chart-svg")).toBeVisible();
  await expect(chart.getByTestId("chart-data")).toBeHidden();
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.startsWith("%PDF-")).toBe(true);
});

test("a tag's page charts its measures by year and links to its timelines by place", async ({ page }) => {
  await page.goto(`tags/${slugFor("老旧小区改造")}/`);
  await expectChart(page.getByTestId("chart"), "「老旧小区改造」举措数（按年份、地区）");
  await page.getByTestId("timeline-list").getByRole("link", { name: "河南省洛阳市" }).click();
  await expect(page).toHaveURL(new RegExp(`${TIMELINE}$`));
});

test("a topic timeline lists the task report by report, oldest first, with its numeric targets", async ({ page }) => {
  await page.goto(TIMELINE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("河南省洛阳市：老旧小区改造");
  const steps = page.getByTestId("timeline-step");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0).locator("time")).toHaveAttribute("datetime", "2023-02-23");
  await expect(steps.nth(1).locator("time")).toHaveAttribute("datetime", "2024-09");
  await expect(steps.nth(1)).toContainText("188个小区");
  const targets = page.getByTestId("numeric-targets");
  await expect(targets).toContainText("188个小区");
  await expect(targets).toContainText("3.7万户");
  await expectChart(page.getByTestId("chart"), "河南省洛阳市「老旧小区改造」举措数（按年份）");
  // Each measure links to its sentence in the report.
  await steps.nth(1).getByRole("link", { name: "见原文" }).first().click();
  await expect(page).toHaveURL(/reports\/002_07fbc007eb1dbc0e-1\/#measure-text-\d+$/);
});

test("the example 专题 page renders its live components from the catalogue", async ({ page }) => {
  await page.goto("");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "专题" }).click();
  await page.getByTestId("topic-list").getByRole("link", { name: "洛阳市城市提质专题" }).click();
  await expect(page).toHaveURL(new RegExp(`${TOPIC}$`));
  const topic = page.getByTestId("topic");
  await expect(topic.getByRole("heading", { level: 1 })).toHaveText("洛阳市城市提质专题");
  // <Timeline tag="老旧小区改造" region="洛阳市" />: the 2023 and 2024 reports, oldest first.
  const steps = topic.getByTestId("topic-timeline").getByTestId("timeline-step");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText("2023年2月23日");
  await expect(steps.nth(1)).toContainText("3.7万户");
  // <Measures tag="片区改造" region="洛阳市" />: every such measure, each row linking to its report.
  const measures = topic.getByTestId("topic-measures").getByTestId("ledger-table");
  await expect(measures.locator("tbody tr")).toHaveCount(6);
  // <Chart kind="measures-by-tag" region="洛阳市" />
  await expectChart(topic.getByTestId("chart"), "洛阳市各标签举措数（按年份）");
  // <UnitTasks unit="嵩县人民政府" />: its measures by status, and the way to its whole task sheet.
  const tasks = topic.getByTestId("unit-tasks");
  await expect(tasks).toContainText("嵩县人民政府");
  await tasks.getByRole("link", { name: "完整任务清单" }).click();
  await expect(page.getByTestId("sheet-unit")).toHaveText("嵩县人民政府");
});
