import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { codeDigest } from "../../../src/lib/build-cache";

const root = mkdtempSync(path.join(tmpdir(), "code-digest-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test("a file named alone decides the digest; its neighbours in the folder do not", () => {
  const taxonomy = path.join(root, "taxonomy");
  mkdirSync(taxonomy);
  writeFileSync(path.join(taxonomy, "tags.json"), '["防汛排涝"]');
  writeFileSync(path.join(taxonomy, "units.json"), '["县水利局"]');
  const tags = path.join(taxonomy, "tags.json");
  const first = codeDigest([tags], []);
  const folder = codeDigest([taxonomy], []);
  writeFileSync(path.join(taxonomy, "units.json"), '["县水利局","县财政局"]');
  expect(codeDigest([tags], [])).toBe(first);
  expect(codeDigest([taxonomy], [])).not.toBe(folder);
  writeFileSync(tags, '["防汛排涝","垃圾治理"]');
  expect(codeDigest([tags], [])).not.toBe(first);
  // What cannot be read keeps nothing.
  expect(codeDigest([path.join(root, "missing.json")], [])).toBeUndefined();
});
