import { test, expect } from "./fixtures";

/**
 * Two sites built apart (npm run build:multisite: Henan's reports under /kb/henan/, the others
 * under /kb/others/) and one search box: either site's search merges the other's index.
 */

const QUERY = "邻里中心";

test("either site's search finds the reports of both, linking each to its own site", async ({ page, request }) => {
  const hosts = new Set<string>();
  for (const site of ["kb/henan/", "kb/others/"]) {
    await page.goto(`${site}search/?q=${encodeURIComponent(QUERY)}`);
    const status = page.getByTestId("search-status");
    await expect(status).toHaveAttribute("data-done", "true");
    await expect(status).toHaveAttribute("data-count", "4");
    for (const link of await page.getByTestId("search-result").getByRole("link").all()) {
      const href = new URL((await link.getAttribute("href")) ?? "", page.url()).pathname;
      hosts.add(href.split("/reports/")[0] ?? "");
      const target = await request.get(href);
      expect(target.status(), href).toBe(200);
      expect(await target.text()).toContain(QUERY);
    }
  }
  expect([...hosts].sort()).toEqual(["/kb/henan", "/kb/others"]);
});

test("sorted by date, the two sites' results are one date order", async ({ page }) => {
  await page.goto(`kb/others/search/?q=${encodeURIComponent(QUERY)}&sort=date`);
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-count", "4");
  const sites: string[] = [];
  for (const link of await page.getByTestId("search-result").getByRole("link").all())
    sites.push(/\/kb\/(henan|others)\//.exec((await link.getAttribute("href")) ?? "")?.[1] ?? "");
  const shown = await page.getByTestId("search-result").locator(".result-meta").allTextContents();
  const keys = shown.map((meta) => {
    const [year = "0", month = "0", day = "0"] = /(\d{4})年(?:(\d+)月)?(?:(\d+)日)?/.exec(meta)?.slice(1) ?? [];
    return `${year.padStart(4, "0")}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  });
  expect(keys).toEqual([...keys].sort().reverse());
  expect(new Set(sites)).toEqual(new Set(["henan", "others"]));
});
