/**
 * A web page saved as one file (.mht/.mhtml: Internet Explorer's "Web Archive, single file", Word's
 * "Single File Web Page", Chrome's "Save as MHTML") is a MIME message: headers, then parts, the page
 * itself quoted-printable or base64 in its own charset, then its frames, images and styles. This
 * module gives its HTML (or plain-text) parts as bytes; decode.ts reads the one with the article.
 */

/** The page inside a saved MIME file: its bytes after transfer decoding, its charset and address. */
export interface MimePage {
  bytes: Uint8Array;
  /** The charset its Content-Type names (gb2312, utf-8 …), lower-case; absent when it names none. */
  charset?: string;
  /** Content-Location: the address the page was saved from. */
  location?: string;
}

/** How far into the file the message headers must begin. */
const HEADER_WINDOW = 8192;
const HeaderBlockEndRE = /\r?\n\r?\n/;

/** Latin-1 keeps one character per byte, so offsets in the string are offsets in the bytes. */
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");

/** Header fields by lower-case name, folded lines joined. */
function readHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const match = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (match?.[1] && !headers.has(match[1].toLowerCase())) headers.set(match[1].toLowerCase(), match[2]?.trim() ?? "");
  }
  return headers;
}

/** One parameter of a header (boundary, charset), quoted or not. */
function parameter(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(header ?? "");
  return match?.[1] ?? match?.[2];
}

/** Quoted-printable: =XX is a byte, = at a line's end a soft break that joins it to the next. */
function decodeQuotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const hex = text[index] === "=" ? /^[0-9A-Fa-f]{2}/.exec(text.slice(index + 1, index + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      index += 2;
    } else bytes.push(text.charCodeAt(index) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function decodeTransfer(body: string, encoding: string | undefined): Uint8Array {
  switch (encoding?.toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    case "base64":
      return Uint8Array.from(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64"));
    default:
      // 7bit, 8bit, binary: the bytes as they stand.
      return Uint8Array.from(Buffer.from(body, "latin1"));
  }
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** The parts of a multipart body between its boundary lines (the preamble and epilogue left out). */
function splitParts(body: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const pieces = body.split(delimiter);
  const parts: Part[] = [];
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith("--")) break;
    const content = piece.replace(/^[ \t]*\r?\n/, "");
    const end = HeaderBlockEndRE.exec(content);
    const headers = readHeaders(end ? content.slice(0, end.index) : content);
    parts.push({ headers, body: end ? content.slice(end.index + end[0].length).replace(/\r?\n$/, "") : "" });
  }
  return parts;
}

/** The leaf parts of a message, in order: a multipart part (alternative inside related) opened in turn. */
function flattenParts(part: Part): Part[] {
  const type = part.headers.get("content-type") ?? "";
  const boundary = parameter(type, "boundary");
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  return splitParts(part.body, boundary).flatMap(flattenParts);
}

/**
 * The pages inside a saved MIME file (its HTML parts: the page and the frames it shows, in order; or
 * its plain-text parts when it has no HTML), or undefined when the bytes are no such file. A file
 * with neither gives none.
 */
export function readMimePages(bytes: Uint8Array): MimePage[] | undefined {
  const head = latin1(bytes.subarray(0, HEADER_WINDOW));
  const headerEnd = HeaderBlockEndRE.exec(head);
  if (!headerEnd) return undefined;
  const headers = readHeaders(head.slice(0, headerEnd.index));
  const type = headers.get("content-type") ?? "";
  if (
    !headers.has("mime-version") ||
    !/^(?:multipart\/related|multipart\/alternative|multipart\/mixed|text\/html|text\/plain)/i.test(type)
  )
    return undefined;
  const message = latin1(bytes);
  const body = message.slice(headerEnd.index + headerEnd[0].length);
  const parts = flattenParts({ headers, body });
  const typeOf = (part: Part): string => part.headers.get("content-type") ?? "text/plain";
  const html = parts.filter((part) => /^text\/html/i.test(typeOf(part)));
  const pages = html.length > 0 ? html : parts.filter((part) => /^text\/plain/i.test(typeOf(part)));
  return pages.map((page) => {
    const charset = parameter(typeOf(page), "charset")?.toLowerCase();
    const location = page.headers.get("content-location") ?? headers.get("snapshot-content-location");
    return {
      bytes: decodeTransfer(page.body, page.headers.get("content-transfer-encoding")),
      ...(charset ? { charset } : {}),
      ...(location ? { location } : {}),
    };
  });
}
