/**
 * The body of an entry is MDX, but its words come from raw texts that may hold anything:
 * braces, angle brackets, `import x from 'y'`, markdown punctuation. Everything the ingest writes
 * passes through here, so no source text can run code, inject markup or break the build, and the
 * plain text comes back unchanged (entryBodyToPlainText is the exact inverse for what we write).
 */

/** A block of clean text: a heading from the source's outline, or a paragraph. */
export type TextBlock = { kind: "heading"; level: 2 | 3 | 4; text: string } | { kind: "paragraph"; text: string };

/** ASCII punctuation that markdown, GFM or MDX give a meaning anywhere in a line. */
const InlineSpecialRE = /[\\`*_{}[\]<>|~&!]/g;
/** Line starts that open a block: headings, bullets, rules, setext underlines. */
const BlockMarkerRE = /^[#+=-]/;
/** An ordered-list start: the escape goes before its dot, since a digit cannot be escaped. */
const OrderedListRE = /^(\d+)([.)])/;
/** MDX reads a paragraph starting with import/export as JavaScript. */
const EsmStartRE = /^(im|ex)port\b/;

/** Escapes one line of plain text so MDX renders it literally. */
export function escapeBodyLine(line: string): string {
  let escaped = line.replace(InlineSpecialRE, (char) => `\\${char}`);
  if (BlockMarkerRE.test(escaped)) escaped = `\\${escaped}`;
  escaped = escaped.replace(OrderedListRE, "$1\\$2");
  if (EsmStartRE.test(escaped)) escaped = `&#${escaped.charCodeAt(0)};${escaped.slice(1)}`;
  return escaped;
}

/** The MDX body for a list of blocks: one block per paragraph, blank lines between. */
export function renderEntryBody(blocks: readonly TextBlock[]): string {
  return `${blocks
    .map((block) => {
      const lines = block.text.split("\n").map((line) => escapeBodyLine(line.trim()));
      if (block.kind === "heading") return `${"#".repeat(block.level)} ${lines.join(" ")}`;
      // A hard line break keeps the source's own line breaks inside one paragraph.
      return lines.join("\\\n");
    })
    .join("\n\n")}\n`;
}

const HeadingRE = /^#{1,6}\s+/;
const CharRefRE = /&#(\d+);|&#x([0-9a-f]+);/gi;
const EscapeRE = /\\([!-/:-@[-`{-~])/g;
const HardBreakRE = /\\\n/g;

/**
 * The plain text of an MDX body as the site shows it: headings and paragraphs as lines,
 * escapes and character references resolved. Also reads simple hand-written markdown.
 */
export function entryBodyToPlainText(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .replace(HardBreakRE, "\n")
    .split(/\n{2,}/)
    .map((block) =>
      block
        .trim()
        .replace(HeadingRE, "")
        .replace(EscapeRE, "$1")
        .replace(CharRefRE, (_, dec: string | undefined, hex: string | undefined) =>
          String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex ?? "0", 16)),
        ),
    )
    .filter(Boolean)
    .join("\n");
}
