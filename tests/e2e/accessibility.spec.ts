import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { slugFor } from "../../src/lib/catalog/catalog";
import { timelineSlug } from "../../src/lib/catalog/topic-timeline";

/**
 * Every kind of page the site builds, at a desktop and a phone width: no axe violation of any
 * impact, and no sideways scrolling. A page of each kind is found by following the site's own
 * links, so the sweep follows the content rather than fixed ids.
 */

/** Index pages, and the kind of page each one lists (its first link of that kind is checked). */
const LISTED: [index: string, member: RegExp][] = [
  ["tags/", /tags\/[^/]+\/$/],
  ["types/", /types\/[^/]+\/$/],
  ["units/", /units\/[^/]+\/$/],
  ["regions/", /regions\/[^/]+\/$/],
  ["years/", /years\/[^/]+\/$/],
  ["leaders/", /leaders\/[^/]+\/$/],
  ["tasks/", /units\/[^/]+\/$/],
  ["timelines/", /timelines\/[^/]+\/$/],
  ["topics/", /topics\/[^/]+\/$/],
];

/** Pages reached by address alone: the home page, the indexes, the tools, search in its states. */
const FIXED = [
  "./",
  ...LISTED.map(([index]) => index),
  "ledger/",
  "dashboard/",
  "review/",
  "search/",
  "search/?q=老旧小区",
  "search/?q=老旧小区&region=洛阳市",
  "search/?q=没有这样的词语组合",
];

/** Pages chosen for what they carry: charts with their data tables, live 专题 components, a long task sheet (a unit's page). */
const RICH = [
  `tags/${slugFor("老旧小区改造")}/`,
  `timelines/${timelineSlug("老旧小区改造", "河南省洛阳市")}/`,
  "topics/luoyang-chengshi-tizhi/",
  `units/${slugFor("广州市委组织部")}/`,
  "reports/002_07fbc007eb1dbc0e-1/",
];

/** The site-relative address of the first link on `index` whose target matches `member`. */
async function firstMember(page: Page, index: string, member: RegExp): Promise<string> {
  await page.goto(index);
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const href = hrefs.find((candidate) => member.test(candidate));
  expect(href, `a link to a member page on ${index}`).toBeDefined();
  return new URL(href ?? "", page.url()).pathname;
}

/** One report page in each script (zh-CN, zh-Hant), from the site's own export. */
async function reportPages(request: APIRequestContext): Promise<string[]> {
  const data = (await (await request.get("reports.json")).json()) as {
    reports: { url: string; script: string }[];
  };
  return ["simplified", "traditional"].map((script) => {
    const report = data.reports.find((candidate) => candidate.script === script);
    expect(report, `a ${script} report`).toBeDefined();
    return report?.url ?? "";
  });
}

async function expectAccessible(page: Page, path: string, width: number): Promise<void> {
  // Member and report paths are server-absolute (they carry /kb/ under the sub-path), the rest relative to the site.
  await page.goto(path);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${path} scrolls sideways`,
  ).toBeLessThanOrEqual(width);
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${path}: ${violation.id} (${violation.impact ?? "?"}) ${violation.nodes[0]?.target.join(" ") ?? ""}`,
  );
  expect(violations).toEqual([]);
}

for (const width of [1280, 360]) {
  test(`no axe violation of any impact on the home, index, tool and search pages at ${width} px`, async ({ page }) => {
    // axe reads every node: the ledger's 200 rows alone take it half a minute on a 2-core machine.
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 800 });
    for (const path of FIXED) await expectAccessible(page, path, width);
  });

  test(`no axe violation of any impact on a page of every kind, reports in both scripts, charts and 专题 components, at ${width} px`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 800 });
    const members: string[] = [];
    for (const [index, member] of LISTED) members.push(await firstMember(page, index, member));
    for (const path of [...members, ...(await reportPages(request)), ...RICH])
      await expectAccessible(page, path, width);
  });
}
