import { defineConfig } from "vitest/config";

/** Unit tests cover the pure code in src/lib and src/schemas; no Astro runtime needed. */
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 20_000,
    // Integration tests run astro build, which regenerates the project's .astro/ folder: one file at a time.
    fileParallelism: false,
  },
});
