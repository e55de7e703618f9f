/**
 * npm run eval:ingest — runs the extraction on every seed that has hand-made expectations in
 * tests/fixtures/ingest/ and prints per-field precision, recall and accuracy. A script, not a test:
 * the numbers are for reading and for the issue notes.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { extractPage } from "../src/lib/extract/page.ts";
import { entryId } from "../src/lib/ingest/entry-file.ts";
import { prf, scoreEntries, type ExpectedEntry } from "../src/lib/ingest/evaluate.ts";

const FIXTURES = "tests/fixtures/ingest";

async function main(): Promise<void> {
  const expected: ExpectedEntry[] = [];
  const actual: ExpectedEntry[] = [];
  for (const name of (await readdir(FIXTURES)).filter((file) => file.endsWith(".expected.json")).sort()) {
    const fixture = JSON.parse(await readFile(path.join(FIXTURES, name), "utf-8")) as {
      source: string;
      entries: ExpectedEntry[];
    };
    expected.push(...fixture.entries);
    const page = extractPage(await readFile(fixture.source, "utf-8"), { file: fixture.source });
    for (const entry of page.entries) {
      const data = entry.data;
      actual.push({
        id: entryId(path.basename(fixture.source), entry.part),
        title: data.title,
        date: String(data.date),
        docType: data.docType,
        region: data.region ?? {},
        leaders: data.leaders ?? [],
        units: data.units ?? [],
        tags: data.tags ?? [],
        measures: (data.measures ?? []).map((measure) => ({
          text: measure.text,
          tags: measure.tags ?? [],
          units: measure.units ?? [],
          ...(measure.deadline
            ? { deadline: typeof measure.deadline === "string" ? measure.deadline : measure.deadline.text }
            : {}),
        })),
      });
    }
  }
  const scores = scoreEntries(expected, actual);
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
  console.log(
    `entries: ${scores.entries.found}/${scores.entries.expected} expected found, ${scores.entries.extra} extra\n`,
  );
  console.log("field           correct/total  accuracy");
  for (const [field, { correct, total }] of Object.entries(scores.accuracy)) {
    console.log(
      `${field.padEnd(15)} ${`${correct}/${total}`.padStart(13)}  ${percent(total === 0 ? 1 : correct / total)}`,
    );
  }
  console.log("\nfield           TP/pred/exp   precision  recall      F1");
  for (const [field, score] of Object.entries(scores.sets)) {
    const { precision, recall, f1 } = prf(score);
    const counts = `${score.truePositives}/${score.predicted}/${score.expected}`;
    console.log(
      `${field.padEnd(15)} ${counts.padStart(12)}  ${percent(precision)}  ${percent(recall)}  ${percent(f1)}`,
    );
  }
}

await main();
