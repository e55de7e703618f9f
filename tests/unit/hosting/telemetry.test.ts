import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";

test("every Astro command that loads the config runs with telemetry off, and npm run build says so too", async () => {
  delete process.env["ASTRO_TELEMETRY_DISABLED"];
  await import("../../../astro.config.mjs");
  expect(process.env["ASTRO_TELEMETRY_DISABLED"]).toBe("1");
  expect(await readFile("scripts/build.ts", "utf-8")).toMatch(/ASTRO_TELEMETRY_DISABLED: "1"/);
});
