import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env["E2E_PORT"] ?? 4399);
const base = process.env["BASE_PATH"] ?? "/";

/** End-to-end tests run against the built dist/ served by our static server, never the dev server. */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "../test-results",
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  workers: 2,
  reporter: [[process.env["CI"] ? "line" : "list"], ["json", { outputFile: "../.test-reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
          // The machine has no network: keep Chromium from calling home at start.
          args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts --port ${port}`,
    cwd: "..",
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
