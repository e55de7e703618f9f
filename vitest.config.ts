import { defineConfig } from "vitest/config";

/** Unit tests cover the pure code in src/lib and src/schemas; no Astro runtime needed. */
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
