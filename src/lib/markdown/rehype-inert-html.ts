import type { Element, ElementContent, Root, Text } from "hast";

/**
 * A rehype plugin: an entry body renders no markup but Markdown's own. Bodies are edited by hand,
 * and a copy of the site served without our Content-Security-Policy would run any HTML they hold.
 * So raw HTML shows as the text it is (as the ingest's escaped text does, see entry/body.ts), an
 * HTML comment stays unseen, and a link or image to anything but an http(s), mailto, relative or
 * #fragment address keeps its words and loses the address.
 */

/** Schemes an address may have; relative and #fragment addresses resolve against PageBase, so pass. */
const SafeProtocols = new Set(["http:", "https:", "mailto:"]);
const PageBase = "https://page.invalid/";
/** Where Markdown puts an address: a link's href, an image's src. */
const UrlProperties = ["href", "src"] as const;
const CommentRE = /^<!--[\s\S]*-->$/;

/** Reads the address as a browser does (case, entities, tabs and leading blanks do not hide a scheme). */
function isSafeUrl(url: string): boolean {
  return URL.canParse(url, PageBase) && SafeProtocols.has(new URL(url, PageBase).protocol);
}

/** Raw HTML as the text it is: a block of it at the top level reads as a paragraph, inline HTML stays in its sentence. */
function asText(html: string, block: boolean): ElementContent {
  const text: Text = { type: "text", value: html };
  return block ? { type: "element", tagName: "p", properties: {}, children: [text] } : text;
}

/** Walks each list from its end, so a node spliced in or out never shifts one still to visit. */
function makeInert(parent: Root | Element): void {
  for (let index = parent.children.length - 1; index >= 0; index -= 1) {
    const child = parent.children[index];
    if (child?.type === "raw") {
      if (CommentRE.test(child.value.trim())) parent.children.splice(index, 1);
      else parent.children.splice(index, 1, asText(child.value, parent.type === "root"));
    } else if (child?.type === "element") {
      for (const name of UrlProperties) {
        const value = child.properties[name];
        // An <a> without href is inert; an <img> without src shows its alt text.
        if (typeof value === "string" && !isSafeUrl(value)) child.properties[name] = undefined;
      }
      makeInert(child);
    }
  }
}

export default function rehypeInertHtml() {
  return (tree: Root): void => {
    makeInert(tree);
  };
}
