import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

/** Every .astro file under a folder. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(full);
    return entry.name.endsWith(".astro") ? [full] : [];
  });
}

test("no component or page carries a scoped <style>: its rules live in src/styles, so no element gets a data-astro-cid attribute", () => {
  const files = astroFiles("src");
  expect(files.length).toBeGreaterThan(20);
  expect(files.filter((file) => /<style[\s>]/.test(readFileSync(file, "utf8")))).toEqual([]);
});
