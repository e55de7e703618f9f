import { test, expect } from "./fixtures";
import { SECURITY_HEADERS } from "../../src/lib/hosting/security";

const PAGE_TYPES = [
  "./",
  "reports/000_4019d3d8c790b18d/",
  "reports/001_6d8acef99b40bd5a/?hl=老旧小区",
  "tags/",
  "units/",
  "regions/",
  "years/",
  "leaders/",
  "types/",
  "ledger/",
  "review/",
  "search/?q=文明典范城市",
];

test("every page type is served with the security headers and makes no request to another host", async ({ page }) => {
  const requests = new Set<string>();
  page.on("request", (request) => requests.add(new URL(request.url()).origin));
  for (const path of PAGE_TYPES) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    await page.waitForLoadState("networkidle");
  }
  expect([...requests]).toEqual([new URL(page.url()).origin]);
});

test("search works under the CSP: Pagefind's WebAssembly compiles and results come", async ({ page }) => {
  await page.goto("search/?q=邻里中心");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-count", "4");
});

test("Pagefind's WebAssembly and the CSV are sent with their proper types", async ({ request }) => {
  const wasm = await request.get("pagefind/wasm.unknown.pagefind");
  expect(wasm.headers()["content-type"]).toBe("application/wasm");
  const csv = await request.get("ledger.csv");
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect((await request.get("no/such/page/")).status()).toBe(404);
});

test("every kind of answer carries every security header: pages, hashed assets, the index, exports, 404", async ({
  page,
  request,
}) => {
  const answers = new Map<string, Record<string, string>>();
  page.on("response", (response) => {
    const url = response.url();
    if (/\/_astro\/|\/pagefind\//.test(url)) answers.set(url, response.headers());
  });
  await page.goto("search/?q=邻里中心");
  await expect(page.getByTestId("search-status")).toHaveAttribute("data-count", "4");
  expect([...answers.keys()].some((url) => url.includes("/_astro/"))).toBe(true);
  expect([...answers.keys()].some((url) => url.includes("/pagefind/"))).toBe(true);
  for (const path of ["ledger.csv", "no/such/page/"]) answers.set(path, (await request.get(path)).headers());
  for (const [url, headers] of answers) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name], `${name} on ${url}`).toBe(value);
  }
});
