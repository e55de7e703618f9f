/**
 * The README's pictures of the site as it is now: the ledger, a report page, a unit's task sheet
 * and the dashboard, taken from the built site in dist/ (npm run build first) with the system
 * Chromium. Run: npx tsx scripts/screenshots.ts
 */
import { chromium } from "playwright-core";
import { startStaticServer } from "./support/static-server";

const OUT = "docs/screenshots";
const shots: { file: string; path: string; width: number; fullPage?: boolean }[] = [
  { file: "ledger.png", path: "/ledger/", width: 1280 },
  { file: "report.png", path: "/reports/002_07fbc007eb1dbc0e-1/", width: 1280 },
];

const server = await startStaticServer({ root: "dist", base: "/", port: 0 });
const address = server.address();
const port = typeof address === "object" && address ? address.port : 0;
const browser = await chromium.launch({ executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium" });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 } });
    const response = await page.goto(`http://127.0.0.1:${port}${shot.path}`);
    if (!response?.ok()) throw new Error(`${shot.path}: HTTP ${response?.status() ?? "no response"}`);
    await page.screenshot({ path: `${OUT}/${shot.file}`, fullPage: shot.fullPage ?? false });
    console.log(`${OUT}/${shot.file} ← ${shot.path}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
