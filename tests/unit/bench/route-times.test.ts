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
