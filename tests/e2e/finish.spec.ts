import { spawn } from "node:child_process";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as plain } from "@playwright/test";
import { test, expect } from "./fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");

// A missing page's own request logs a console error in Chromium, so the 404 test checks origins itself.
for (const width of [1280, 360]) {
  plain(`an address the site does not have gets the Chinese 404 page at ${width} px`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height: 800 });
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL ?? "").origin) foreign.push(request.url());
    });
    const response = await page.goto("no/such/page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    // Its links and styles work at whatever path it is shown.
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe("0px");
    await page.getByRole("link", { name: "回到首页" }).click();
    await expect(page).toHaveURL(baseURL ?? "");
    expect(foreign).toEqual([]);
  });
}

plain(
  "a second server on a busy port says 端口已占用 and what to do, without a stack trace",
  async ({ baseURL }, testInfo) => {
    plain.skip(
      testInfo.project.name !== "root",
      "our own server's message; the port of the root project's server is busy",
    );
    const port = new URL(baseURL ?? "").port;
    const child = spawn("npx", ["tsx", "scripts/serve.ts", "--port", port], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let printed = "";
    child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(printed).toContain("端口已占用");
    expect(printed).toContain("PORT=8080 npm start");
    expect(printed).not.toMatch(/^\s+at /m);
    expect(printed).not.toContain("Error:");
  },
);

test("/ focuses the search page's own box there, and the header's box elsewhere", async ({ page }) => {
  await page.goto("search/");
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(page.locator("#search-query")).toBeFocused();
  await page.goto("ledger/");
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(page.locator("#site-search")).toBeFocused();
});

test("a search that finds nothing suggests what to try, with links to wider searches", async ({ page }) => {
  await page.goto("search/?q=老旧小区 火星基地");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-done", "true");
  await expect(page.getByTestId("search-status")).toContainText("找到 0 篇报告");
  const hints = page.getByTestId("search-hints");
  await expect(hints).toBeVisible();
  await expect(hints).toContainText("错别字");
  await hints.getByRole("link", { name: "只搜「老旧小区」" }).click();
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-done", "true");
  expect(Number(await page.getByTestId("search-status").getAttribute("data-count"))).toBeGreaterThan(0);
  await expect(page.getByTestId("search-hints")).toBeHidden();
});

test("a printed page carries its address, the print date and page numbers", async ({ page }) => {
  await page.goto("ledger/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-print-meta]")).toBeVisible();
  await expect(page.locator("[data-print-meta]")).toHaveText(
    /^网址：http:\/\/\S+\/ledger\/ · 打印日期：\d{4}年\d{1,2}月\d{1,2}日$/,
  );
  const pageRules = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.cssText),
    ),
  );
  expect(pageRules.join("\n")).toContain("counter(page)");
});

test("the header's and the search page's search forms are told apart (axe landmark-unique)", async ({ page }) => {
  await page.goto("search/");
  await expect(page.getByRole("search", { name: "全站搜索" })).toBeVisible();
  await expect(page.getByRole("search", { name: "全文检索" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
  expect(results.violations).toEqual([]);
});
