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

/** True when a text looks like HTML rather than plain text with a stray angle bracket. */
export function looksLikeHtml(text: string): boolean {
  return /<(html|body|head|p|div|br|span|table|meta|!doctype)\b/i.test(text.slice(0, 20000));
}

/** The charset a page declares for itself, if any (read from the raw bytes as Latin-1). */
export function declaredCharset(head: string): string | null {
  const match = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Visible text of an HTML document or fragment, with line breaks at block boundaries. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  const stack: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skip =
          SKIPPED.has(name) ||
          ChromeAttrRE.test(`${attributes["class"] ?? ""} ${attributes["id"] ?? ""}`) ||
          attributes["hidden"] !== undefined;
        stack.push(skip);
        if (skip) skipDepth += 1;
        if (BLOCKS.has(name)) out.push("\n");
        if (name === "td" || name === "th") out.push(" ");
      },
      ontext(text) {
        if (skipDepth === 0) out.push(text.replace(/[ \t\r\n\f]+/g, " "));
      },
      onclosetag(name) {
        if (stack.pop() === true) skipDepth -= 1;
        // <br> breaks a line once, not twice (htmlparser2 also "closes" void elements).
        if (BLOCKS.has(name) && name !== "br") out.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/\u00a0/g, " ").trim())
    .filter((line, index, lines) => line !== "" || (index > 0 && lines[index - 1] !== ""))
    .join("\n")
    .trim();
}
