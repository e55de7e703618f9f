/**
 * Prints one closing line for the whole test run, summing Vitest's and Playwright's JSON reports:
 * "tests: N passed, M failed". Runs after both suites have passed (npm test stops at a failure).
 */
import { readFile } from "node:fs/promises";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const vitest = JSON.parse(await readFile(".test-reports/vitest.json", "utf-8")) as VitestReport;
const playwright = JSON.parse(await readFile(".test-reports/playwright.json", "utf-8")) as PlaywrightReport;
const passed = vitest.numPassedTests + playwright.stats.expected + playwright.stats.flaky;
const failed = vitest.numFailedTests + playwright.stats.unexpected;
console.log(`tests: ${passed} passed, ${failed} failed`);
