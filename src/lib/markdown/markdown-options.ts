import remarkGfm from "remark-gfm";
import rehypeInertHtml from "./rehype-inert-html";
import rehypeMeasureAnchors from "./rehype-measure-anchors";

/**
 * How entry bodies and any Markdown page are rendered; astro.config.mjs and the report pages
 * (src/lib/entry/body-html.ts) share it. Text must render exactly as the source has it: no curly quotes.
 * Raw HTML and unsafe addresses are made inert before the measures are anchored, so a measure is found
 * even in hand-written HTML that now shows as text.
 */
export const markdownOptions = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeInertHtml, rehypeMeasureAnchors],
  smartypants: false,
};
