import { spawn, execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { test as plain, type Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { parseReviewPatch, type ReviewPatch } from "../../src/lib/review/patch";
import { readEntryFile } from "../../src/lib/entry/parse";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/** Every axe violation, whatever its impact, as "rule: nodes". */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? "?"}): ${violation.nodes.length}`,
  );
}

/** The review page once its script has read the marks (the status line says how many). */
async function openReview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId("review-marked")).toHaveAttribute("data-lines", /\d+/);
}

/** Clicks 下载审核记录 and reads the file the browser saves. */
async function downloadPatch(page: Page): Promise<{ name: string; patch: ReviewPatch; file: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载审核记录" }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), patch: parseReviewPatch(await readFile(file, "utf-8")), file };
}

for (const width of [1280, 360]) {
  test(`the review list at ${width} px: each note a Chinese reason with its field, no axe violation, marks kept`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await openReview(page, "review/");
    // Every page of the list: readable, no English (a garbled span quoted from the source aside), no overflow.
    for (let listPage = 1; ; listPage += 1) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page), `axe on review page ${listPage}`).toEqual([]);
      const reasons = await page.locator(".checklist .reason").allTextContents();
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) {
        expect(reason.replace(/无法复原：.*$/, "")).not.toMatch(/[A-Za-z]/);
      }
      for (const field of await page.locator(".checklist .field").allTextContents()) {
        expect(field.trim()).toMatch(/^核对：\p{Script=Han}/u);
        expect(field).not.toContain("unknown");
      }
      const next = page.getByRole("link", { name: "下一页" });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page.getByTestId("review-marked")).toHaveAttribute("data-lines", /\d+/);
    }
    // A line of an entry on the first page, ticked, is still ticked after a reload and in the download.
    await openReview(page, "review/");
    const entry = page.getByTestId("review-entry").first();
    const box = entry.getByRole("checkbox").first();
    const note = (await box.getAttribute("data-note")) ?? "";
    await box.check();
    await page.reload();
    await expect(page.getByTestId("review-entry").first().getByRole("checkbox").first()).toBeChecked();
    await expect(page.getByTestId("review-marked")).toContainText("已勾选 1 项，涉及 1 篇报告");
    const { name, patch } = await downloadPatch(page);
    expect(name).toMatch(/^审核记录-\d{4}-\d{2}-\d{2}\.json$/);
    expect(patch.entries).toEqual([
      {
        id: await entry.getAttribute("data-entry-id"),
        file: await entry.getAttribute("data-file"),
        source: await entry.getAttribute("data-source"),
        checked: note ? [note] : [],
        complete: (await entry.getByRole("checkbox").count()) === 1,
      },
    ]);
    // Printed: a checklist with the page's address and date, without the buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("review-tools")).toBeHidden();
    await expect(page.getByTestId("review-list")).toBeVisible();
    await expect(page.locator("[data-print-meta]")).toContainText(/网址：http.*review\/ · 打印日期：\d{4}年/);
  });
}

/** An entry file for the round trip, with the given review notes. */
const fixtureEntry = (title: string, file: string, review: string[]): string =>
  [
    "---",
    `title: ${title}`,
    "date: 2024-05-06",
    "region:",
    "  province: 河南省",
    "  city: 洛阳市",
    "docType: 会议报道",
    "source:",
    "  name: 未注明",
    `  file: ${file}`,
    "reviewed: false",
    ...(review.length > 0 ? ["review:", ...review.map((note) => `  - ${note}`)] : []),
    "---",
    "",
    `${title}。会议要求，各县区要做好防汛准备。`,
    "",
  ].join("\n");

plain(
  "the review round trip: mark at 1280 and 360 px, download, apply, rebuild, the notes gone",
  async ({ browser }, testInfo) => {
    plain.skip(testInfo.project.name !== "root", "one round trip builds its own site, under /kb/");
    plain.setTimeout(600_000);
    const dir = await mkdtemp(path.join(tmpdir(), "policy-kb-review-"));
    const reports = path.join(dir, "reports");
    const site = path.join(dir, "site");
    const env = {
      ...process.env,
      REPORTS_DIR: reports,
      OUT_DIR: site,
      ASTRO_CACHE_DIR: path.join(dir, "cache"),
      BASE_PATH: "/kb/",
    };
    const doubted = ["原文未注明来源", "原文没有任何日期，日期记为 unknown"];
    await mkdir(reports);
    await writeFile(
      path.join(reports, "doubted.md"),
      fixtureEntry("某县召开防汛工作会议", "seeds/doubted.txt", doubted),
    );
    await writeFile(path.join(reports, "plain.md"), fixtureEntry("某区部署安全生产工作", "seeds/plain.txt", []));
    const build = () => run("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    await build();
    const server = spawn("npx", ["tsx", "scripts/serve.ts", "--port", "0", "--root", site], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "inherit"],
      // Its own process group, so that npx, tsx and the server stop together.
      detached: true,
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let printed = "";
        server.stdout.on("data", (chunk: Buffer) => {
          printed += chunk.toString();
          const found = /http:\/\/\S+/.exec(printed);
          if (found) resolve(found[0]);
        });
        server.once("exit", (code) => {
          reject(new Error(`serve exited with ${String(code)}`));
        });
      });
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).origin !== new URL(address).origin) foreign.push(request.url());
      });
      const review = `${address}review/`;
      const entry = (id: string) => page.locator(`[data-entry-id="${id}"]`);

      // 1280 px: the doubted entry's two notes, each with its field; one is ticked.
      await page.setViewportSize({ width: 1280, height: 900 });
      await openReview(page, review);
      await expect(page.getByTestId("review-count")).toContainText("2 篇报告");
      await expect(entry("doubted").getByTestId("review-item")).toHaveCount(2);
      await expect(entry("doubted")).toContainText("原文没有写明发布单位，来源记为「未注明」");
      await expect(entry("doubted")).toContainText("核对：来源source.name，现为「未注明」");
      await expect(entry("doubted")).toContainText("原文没有任何日期，日期暂记为「不详」");
      await expect(entry("plain").getByTestId("review-item")).toHaveText(/无疑点，待人工确认/);
      await entry("doubted")
        .getByRole("checkbox", { name: /来源记为/ })
        .check();

      // 360 px, after a reload: the tick is still there; the entry with nothing to doubt is confirmed.
      await page.setViewportSize({ width: 360, height: 800 });
      await page.reload();
      await expect(entry("doubted").getByRole("checkbox", { name: /来源记为/ })).toBeChecked();
      await entry("plain").getByRole("checkbox", { name: "无疑点，待人工确认" }).check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const { patch, file } = await downloadPatch(page);
      expect(patch.entries).toEqual([
        {
          id: "doubted",
          file: expect.stringMatching(/reports\/doubted\.md$/) as unknown as string,
          source: "seeds/doubted.txt",
          checked: ["原文未注明来源"],
          complete: false,
        },
        {
          id: "plain",
          file: expect.stringMatching(/reports\/plain\.md$/) as unknown as string,
          source: "seeds/plain.txt",
          checked: [],
          complete: true,
        },
      ]);

      // The one documented command, then a rebuild.
      const applied = await run("npx", ["tsx", "scripts/review-apply.ts", file], { cwd: ROOT, env });
      expect(applied.stdout).toContain("合计：改动 2 篇，未改动 0 篇，失败 0 篇");
      expect(readEntryFile(await readFile(path.join(reports, "doubted.md"), "utf-8")).frontmatter).toMatchObject({
        review: ["原文没有任何日期，日期记为 unknown"],
        reviewChecked: ["原文未注明来源"],
        reviewed: false,
      });
      expect(readEntryFile(await readFile(path.join(reports, "plain.md"), "utf-8")).frontmatter).toMatchObject({
        reviewed: true,
      });
      await build();

      // The ticked note is gone, the other stays; the confirmed entry left the list; no stale tick is counted.
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await openReview(page, review);
        await expect(page.getByTestId("review-count")).toContainText("1 篇报告");
        await expect(entry("plain")).toHaveCount(0);
        await expect(entry("doubted").getByTestId("review-item")).toHaveCount(1);
        await expect(entry("doubted")).not.toContainText("来源记为");
        await expect(entry("doubted")).toContainText("另有 1 项已核对");
        await expect(page.getByTestId("review-marked")).toContainText("尚未勾选");
        expect(await axeViolations(page)).toEqual([]);
      }
      expect(foreign).toEqual([]);
      await context.close();
    } finally {
      if (server.pid !== undefined) process.kill(-server.pid);
      await rm(dir, { recursive: true, force: true });
    }
  },
);
