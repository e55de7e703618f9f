import { defineConfig, devices } from "@playwright/test";

const ROOT_PORT = 4399;
const SUBPATH_PORT = 4400;
/** A second build (npm run build:subpath) is served under /kb/ by nginx, as intranets often do. */
const SUBPATH = "/kb/";
/** Two sites built apart and searched together (npm run build:multisite), on one static server. */
const MULTISITE_PORT = 4401;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    // The machine has no network: keep Chromium from calling home at start.
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

/** End-to-end tests run against the built dist/ served by our static server, never the dev server. */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "../test-results",
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  workers: 2,
  // A search first loads Pagefind's WebAssembly and index chunks; on a busy 2-core machine that has
  // taken over 5 s (Playwright's default), which says nothing about the behaviour under test.
  expect: { timeout: 15_000 },
  reporter: [[process.env["CI"] ? "line" : "list"], ["json", { outputFile: "../.test-reports/playwright.json" }]],
  use: { trace: "off" },
  projects: [
    { name: "root", testIgnore: /multisite/, use: { ...chromium, baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    {
      name: "subpath",
      testIgnore: /multisite/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` },
    },
    { name: "multisite", testMatch: /multisite/, use: { ...chromium, baseURL: `http://127.0.0.1:${MULTISITE_PORT}/` } },
  ],
  webServer: [
    {
      command: `npx tsx scripts/serve.ts --port ${MULTISITE_PORT} --root dist-multi`,
      cwd: "..",
      url: `http://127.0.0.1:${MULTISITE_PORT}/kb/henan/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx tsx scripts/serve.ts --port ${ROOT_PORT}`,
      cwd: "..",
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The /kb/ build is served by Debian's real nginx with deploy/nginx.conf, CSP on.
      command: `bash scripts/nginx-serve.sh ${SUBPATH_PORT} dist-kb ${SUBPATH}`,
      cwd: "..",
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
