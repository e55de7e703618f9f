// @ts-check
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

export default defineConfig(
  {
    ignores: [
      // The built sites: links to their builds (dist.site-…), and the builds and staging folders beside them.
      "dist",
      "dist-kb",
      "dist.*/",
      "dist-kb.*/",
      "dist-multi/",
      ".astro/",
      "node_modules/",
      "test-results/",
      "bench-out/",
      ".scratch/",
      ".test-reports/",
      // Raw texts, some of them saved code records (a JSONP file, a page's .tsx): data, not our code.
      "tests/fixtures/",
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  ...astro.configs["flat/recommended"],
  {
    files: ["**/*.astro"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
