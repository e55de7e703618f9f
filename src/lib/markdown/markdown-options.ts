import remarkGfm from "remark-gfm";
import rehypeMeasureAnchors from "./rehype-measure-anchors";

/**
 * How entry bodies and any Markdown page are rendered; astro.config.mjs and the report pages
 * (src/lib/entry/body-html.ts) share it. Text must render exactly as the source has it: no curly quotes.
 */
export const markdownOptions = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeMeasureAnchors],
  smartypants: false,
};
