import { Parser } from "htmlparser2";

/**
 * Saved web pages and fragments copied from a site: only the words a reader sees, one block per
 * line, with scripts, styles, forms and site navigation dropped. The line-level cleaning in
 * clean.ts then removes the rest of the chrome (breadcrumbs, 相关阅读, copyright lines …).
 */

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "canvas",
  "iframe",
  "nav",
  "form",
  "select",
  "button",
  "head",
  "object",
  "embed",
  "audio",
  "video",
]);
/** Elements that end a line of text. */
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "tr",
  "table",
  "blockquote",
  "pre",
  "br",
  "hr",
  "title",
  "figcaption",
  "center",
  "td",
  "th",
]);
/** Class or id words that mark navigation and chrome in common CMS templates. */
const ChromeAttrRE =
  /(^|[\s_-])(nav|menu|breadcrumb|crumb|footer|sidebar|share|toolbar|related|recommend|ranking|copyright|comment|advert|ad)([\s_-]|$)/i;

/** The tags a text copied from a page may keep. */
const StrayTagRE = /<\/?(?:p|div|br|span|strong|b|i|em|font|a|img|li|ul|ol|h[1-6]|section|article)\b[^<>]*>/i;
const StrayTagsRE = new RegExp(StrayTagRE.source, "gi");

/** True when a text looks like HTML rather than plain text with a stray angle bracket. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 20000);
  if (!/<(html|body|head|p|div|br|span|table|meta|!doctype)\b/i.test(head)) return false;
  if (/<(html|body|head|table|meta|!doctype)\b/i.test(head)) return true;
  // A text with a few stray tags (a forum post's <p>…</p> among its plain lines) keeps its lines.
  const lines = head.split("\n").filter((line) => line.trim() !== "");
  const tagged = lines.filter((line) => StrayTagRE.test(line)).length;
  return tagged * 2 >= lines.length;
}

/**
 * A newsletter's items run together in one block, each a bold number and a bold headline before its
 * text (<strong>01</strong><strong>标题</strong>正文…): the headline gets a line of its own, the number goes.
 * Only where an item can open (the block's start, after a sentence): 新增企业<b>15</b><b>家</b> is a figure.
 */
const DigestItemHeadingRE =
  /(^|[>。！？!?]\s*)<(strong|b)\b[^<>]*>\s*(?:<span\b[^<>]*>\s*)?(?:\d{1,2}[.．、]?|[【[]\d{1,2}[】\]])\s*(?:<\/span>\s*)?<\/\2>(?:\s|&nbsp;)*<(strong|b)\b[^<>]*>\s*(?:<span\b[^<>]*>)?([^<>。，,；;！？!?]{6,80})(?:<\/span>)?\s*<\/\3>/gi;
const withItemHeadingsOnTheirLines = (html: string): string => html.replace(DigestItemHeadingRE, "$1<br>$4<br>");

/**
 * A line of markup and nothing else, perhaps behind a list mark: a hijacked page pads its text
 * with empty made-up tags (<legend id="h4sia"></legend>, <delect>), which carry no word.
 */
const MarkupOnlyLineRE =
  /^[^\S\n]*(?:(?:[•·]|\d{1,2}\.)[^\S\n]*)?(?:<\/?(?!(?:br|p|div)\b)[a-z][a-z0-9]*\b[^<>\n]*>[^\S\n]*)+$/gim;

/** A text's stray tags removed: a paragraph or line-break tag ends its line, any other goes. */
export function stripStrayTags(text: string): string {
  return withItemHeadingsOnTheirLines(text.replace(MarkupOnlyLineRE, ""))
    .replace(/<\/?(?:p|div|br|li|h[1-6]|section|article)\b[^<>]*>/gi, "\n")
    .replace(StrayTagsRE, "");
}

/** An item number that opens a new line of a cell (1. 2、 一、 （一） ①). */
const CellItemRE = /^(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十\d]+[)）]|[①-⑳])/;

/**
 * The lines of one table cell, with the wraps its author typed by hand (a paragraph per visual
 * line, so the cell fits its column) joined again: a line that ends without a stop goes on in the
 * next unless that opens a new item. Short lines are kept apart — a cell may list names, one a line.
 */
function joinCellWraps(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const wrapped =
      previous !== undefined &&
      !/[。！？!?；;：:]$/.test(previous) &&
      (previous.length >= 14 || /[，,、和及与的并或]$/.test(previous)) &&
      !CellItemRE.test(line);
    if (wrapped) out[out.length - 1] = previous + line;
    else out.push(line);
  }
  return out;
}

/** Visible text of an HTML document or fragment, with line breaks at block boundaries. */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/**
 * One pass over a page: its visible text, and the text of its <title> (the browser tab's headline and
 * site name), which stands in the skipped <head>.
 */
export function readHtml(page: string): { text: string; title?: string } {
  // A page saved as its server template (.jsp, .asp, .php) keeps the code between <% %> and <? ?>;
  // the browser never showed it.
  // (Only a tag's own opening: 不合格率由<%3降到1% is text.)
  const html = withItemHeadingsOnTheirLines(page).replace(
    /<%(?:[@=!#-]|\s)[\s\S]*?%>|<\?(?:php|=|xml)[\s\S]*?\?>/g,
    "",
  );
  const out: string[] = [];
  let inTitle = false;
  let title = "";
  let skipDepth = 0;
  const stack: boolean[] = [];
  // Where each open table cell's text begins in out (innermost last).
  const cellStarts: number[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skip =
          SKIPPED.has(name) ||
          ChromeAttrRE.test(`${attributes["class"] ?? ""} ${attributes["id"] ?? ""}`) ||
          attributes["hidden"] !== undefined;
        stack.push(skip);
        if (skip) skipDepth += 1;
        if (name === "title") inTitle = true;
        if (BLOCKS.has(name)) out.push("\n");
        if (name === "td" || name === "th") cellStarts.push(out.length);
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth === 0) out.push(text.replace(/[ \t\r\n\f]+/g, " "));
      },
      onclosetag(name) {
        if (stack.pop() === true) skipDepth -= 1;
        if (name === "title") inTitle = false;
        const cellStart = name === "td" || name === "th" ? cellStarts.pop() : undefined;
        if (cellStart !== undefined) {
          const cellLines = out
            .splice(cellStart)
            .join("")
            .split("\n")
            .map((line) => line.replace(/\u00a0/g, " ").trim())
            .filter((line) => line !== "");
          out.push(joinCellWraps(cellLines).join("\n"));
        }
        // <br> breaks a line once, not twice (htmlparser2 also "closes" void elements).
        if (BLOCKS.has(name) && name !== "br") out.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .join("")
    .split("\n")
    .map((line) => line.replace(/\u00a0/g, " ").trim())
    .filter((line, index, lines) => line !== "" || (index > 0 && lines[index - 1] !== ""))
    .join("\n")
    .trim();
  const pageTitle = title.replace(/\s+/g, " ").trim();
  return pageTitle ? { text, title: pageTitle } : { text };
}
