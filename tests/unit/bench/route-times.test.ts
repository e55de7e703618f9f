import { expect, test } from "vitest";
import { astroRouteTimes } from "../../../scripts/support/measure";

test("astro's build log gives each route's pages and time", () => {
  const log = [
    "23:26:30 ▶ src/pages/timelines/[slug].astro",
    "23:26:30   ├─ /timelines/a-b/index.html (+12ms) ",
    "23:26:30   └─ /timelines/c-d/index.html (+1.2s) ",
    "23:26:30 ▶ src/pages/dashboard.astro",
    "23:26:30   └─ /dashboard/index.html (+40ms) ",
    "23:26:30 ✓ Completed in 7.20s.",
  ].join("\n");
  expect(Object.fromEntries(astroRouteTimes(log))).toEqual({
    "src/pages/timelines/[slug].astro": { pages: 2, ms: 1212 },
    "src/pages/dashboard.astro": { pages: 1, ms: 40 },
  });
});

test("endpoints are routes of their own, and a coloured log (FORCE_COLOR in CI) reads the same", () => {
  const log = [
    "\x1b[2m04:51:59\x1b[22m \x1b[32m▶\x1b[39m src/pages/dashboard.astro",
    "\x1b[2m04:51:59\x1b[22m   \x1b[34m└─\x1b[39m \x1b[2m/dashboard/index.html\x1b[22m \x1b[2m(+360ms)\x1b[22m ",
    "\x1b[2m04:51:59\x1b[22m \x1b[35mλ\x1b[39m src/pages/units/[slug].csv.ts",
    "\x1b[2m04:51:59\x1b[22m   \x1b[34m└─\x1b[39m \x1b[2m/units/a.csv\x1b[22m \x1b[2m(+2ms)\x1b[22m ",
  ].join("\n");
  expect(Object.fromEntries(astroRouteTimes(log))).toEqual({
    "src/pages/dashboard.astro": { pages: 1, ms: 360 },
    "src/pages/units/[slug].csv.ts": { pages: 1, ms: 2 },
  });
});
