import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractPage } from "../../../src/lib/extract/page";
import { decodeBytes } from "../../../src/lib/text/decode";
import { entryId } from "../../../src/lib/entry/id";
import { prf, scoreEntries, toScoredEntry, type ExpectedEntry } from "../../../src/lib/ingest/evaluate";

/** The seeds and the held-out texts against what a careful reader marked in them. */
const FIXTURE_DIRS = ["tests/fixtures/ingest", "tests/fixtures/heldout"];
const fixtures = FIXTURE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".expected.json"))
    .map((file) => path.join(dir, file)),
);

for (const file of fixtures) {
  const fixture = JSON.parse(readFileSync(file, "utf-8")) as { source: string; entries: ExpectedEntry[] };
  const page = extractPage(decodeBytes(readFileSync(fixture.source)).text, { file: fixture.source });
  const actual = page.entries.map((entry) => ({
    id: entryId(path.basename(fixture.source), entry.part),
    data: entry.data,
  }));

  describe(fixture.source, () => {
    test("gives the expected entries", () => {
      expect(actual.map((entry) => entry.id)).toEqual(fixture.entries.map((entry) => entry.id));
    });

    for (const want of fixture.entries) {
      const got = actual.find((entry) => entry.id === want.id)?.data;
      test(`${want.id}: title, date, type, region, leaders and units`, () => {
        expect(got?.title).toBe(want.title);
        expect(got?.date).toBe(want.date);
        expect(got?.docType).toBe(want.docType);
        expect(got?.region).toEqual(want.region);
        expect(got?.leaders).toEqual(want.leaders);
        expect([...(got?.units ?? [])].sort()).toEqual([...want.units].sort());
      });
    }

    test("tags and measures agree with the reader's", () => {
      const scores = scoreEntries(
        fixture.entries,
        actual.map(({ id, data }) => toScoredEntry(id, data)),
      );
      expect(prf(scores.sets.tags).f1).toBeGreaterThanOrEqual(0.85);
      expect(prf(scores.sets.measures).recall).toBeGreaterThanOrEqual(0.9);
      expect(prf(scores.sets.measures).precision).toBeGreaterThanOrEqual(0.85);
    });
  });
}
