/**
 * Raw files arrive in whatever encoding the site or the office PC used: UTF-8 (with or without
 * BOM), UTF-16 (with or without BOM), GB18030/GBK (mainland) or Big5 (Taiwan, Hong Kong), and
 * sometimes wrapped as a saved web page (MHTML). Bytes in, text out, or a clear reason why not.
 */

import { readMimePages, type MimePage } from "./mhtml";
import { hanCount } from "./script";

/** Why a file cannot be read as text. */
export class DecodeError extends Error {
  override name = "DecodeError";
}

/** The encodings a raw file may be in, as TextDecoder names them. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

/** The text and the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when the file is a page saved as one MIME file (.mht, .mhtml), whose HTML part is the text. */
  container?: "mhtml";
  /** The address a saved page came from (its Content-Location). */
  savedFrom?: string;
}

/** Tried without a BOM, in this order: a tie (pure ASCII, a text too short to tell) goes to the first. */
const CANDIDATES: readonly Encoding[] = ["utf-8", "gb18030", "big5", "utf-16le", "utf-16be"];
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of replacement characters a decoding may hold: a few broken bytes, a character cut at the end. */
const MAX_REPLACEMENT_SHARE = 0.01;
/**
 * Below this share of plausible characters no decoding reads as Chinese or plain text. Real
 * reports score above 0.97 in their own encoding; binaries about 0.2, Shift_JIS Japanese 0.35.
 */
const MIN_PLAUSIBLE_SHARE = 0.6;
/** Non-ASCII characters scored per decoding. */
const MAX_SCORED = 20_000;
const ControlRE = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
/**
 * Characters other than Han that Chinese reports use: ASCII, Latin-1 (·×°), pinyin with tone marks
 * (converters leave 建設(shè)), general punctuation (“”…—), ℃ and Ⅻ, arrows and maths, ①⑴, ■●★,
 * CJK punctuation (、。《》【】) and full-width forms. Left out on purpose: kana, Greek, Cyrillic,
 * box drawing and the private use area, which are what Big5 bytes become when read as GB18030.
 */
const PlainCharRE =
  /[\t\n\r\u0020-\u007e\u00a0-\u00ff\u0101\u0113\u011b\u012b\u0144\u0148\u014d\u016b\u01ce\u01d0\u01d2\u01d4\u01d6\u01d8\u01da\u01dc\u1e3f\u2000-\u206f\u2100-\u22ff\u2460-\u24ff\u25a0-\u26ff\u3000-\u303f\u3200-\u32ff\uff01-\uffef]/;

let commonHan: Set<string> | undefined;

/**
 * The Han characters in everyday use, simplified and traditional: GB2312 level 1 (3755 常用字,
 * bytes B0A1–D7F9) and Big5's 常用國字 (5401, bytes A440–C67E), read off the decoders themselves.
 */
function commonHanChars(): Set<string> {
  if (commonHan) return commonHan;
  const chars = new Set<string>();
  const gb = new TextDecoder("gb18030");
  for (let lead = 0xb0; lead <= 0xd7; lead += 1)
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) chars.add(gb.decode(Uint8Array.of(lead, trail)));
  const big5 = new TextDecoder("big5");
  for (let lead = 0xa4; lead <= 0xc6; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if ((trail > 0x7e && trail < 0xa1) || (lead === 0xc6 && trail > 0x7e)) continue;
      chars.add(big5.decode(Uint8Array.of(lead, trail)));
    }
  }
  chars.delete("\ufffd");
  commonHan = chars;
  return chars;
}

/**
 * How much of a decoding reads as Chinese: the share of characters that are common Han or plain
 * text, less the share of replacement characters (bytes the encoding cannot read). Only the first
 * MAX_SCORED non-ASCII characters count: a long report says it long before, and big files stay fast.
 */
export function plausibleShare(text: string): number {
  const common = commonHanChars();
  let total = 0;
  let score = 0;
  let nonAscii = 0;
  for (const char of text) {
    if (char.charCodeAt(0) >= 0x80) {
      nonAscii += 1;
      if (nonAscii > MAX_SCORED) break;
    }
    total += 1;
    if (char === "\ufffd") score -= 1;
    else if (common.has(char) || PlainCharRE.test(char)) score += 1;
  }
  return total === 0 ? 0 : score / total;
}

/**
 * Lenient for every encoding: a file cut mid-character or with a broken byte or two still reads, its
 * replacement characters count against it in the score, and too many refuse it below.
 */
function decodeAs(encoding: Encoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * The encoding under which the bytes read most plausibly. Byte statistics (what encoding detectors
 * measure) cannot tell Big5 from GB18030 in a short text, and both decode almost any byte pair; the
 * decoded text can: the right one is common Chinese, the wrong one rare characters and kana.
 */
function mostPlausible(bytes: Uint8Array): Decoded & { share: number } {
  let best: (Decoded & { share: number }) | undefined;
  for (const encoding of CANDIDATES) {
    const text = decodeAs(encoding, bytes);
    const share = plausibleShare(text);
    if (!best || share > best.share) best = { text, encoding, share };
  }
  if (!best) throw new DecodeError("the file cannot be decoded");
  return best;
}

/** The encodings a MIME part's charset names, as TextDecoder knows them; others are detected. */
const CHARSETS: Record<string, Encoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  gb18030: "gb18030",
  big5: "big5",
  "big5-hkscs": "big5",
  "x-big5": "big5",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};

/**
 * Decodes a raw file: a BOM decides; otherwise UTF-8, GB18030 (a superset of GBK and
 * GB2312), Big5 and UTF-16 in both byte orders are tried and the one that reads as common Chinese
 * wins. A page saved as one MIME file is unwrapped first and its HTML part decoded in the charset it
 * names. Refuses empty files, binary data and text in none of these encodings.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError("the file is empty");
  const pages = readMimePages(bytes);
  if (!pages) return decodeText(bytes);
  // Chrome saves a page whose article sits in a frame as the outer page first, then the frame: the
  // part with the most Chinese is the article.
  const read = pages.flatMap((page) => {
    try {
      const decoded = decodePart(page);
      return [{ page, decoded, han: hanCount(decoded.text) }];
    } catch {
      return [];
    }
  });
  const best = read.sort((a, b) => b.han - a.han)[0];
  if (!best) throw new DecodeError("the saved page (MHTML) holds no readable HTML or text part");
  const { page: saved, decoded } = best;
  return { ...decoded, container: "mhtml", ...(saved.location ? { savedFrom: saved.location } : {}) };
}

/** A saved page's part in the charset it names, unless its text then reads as mojibake (a page mislabelled). */
function decodePart(page: MimePage): Decoded {
  const named = page.charset ? CHARSETS[page.charset] : undefined;
  const asNamed = named ? { text: decodeAs(named, page.bytes), encoding: named } : undefined;
  return asNamed && plausibleShare(asNamed.text) >= MIN_PLAUSIBLE_SHARE ? checked(asNamed) : decodeText(page.bytes);
}

function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return checked({ text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" });
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked({ text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" });
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked({ text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" });
  const { text, encoding, share } = mostPlausible(bytes);
  // UTF-8 that reads best is text in any script; the control and broken-byte checks below still apply.
  if (encoding !== "utf-8" && share < MIN_PLAUSIBLE_SHARE) {
    throw new DecodeError(
      "the file reads as neither UTF-8, UTF-16, GB18030 nor Big5 text: it looks binary or in another encoding",
    );
  }
  return checked({ text, encoding });
}

/** A decoding refused when it holds control characters, broken bytes or nothing but white space. */
function checked(decoded: Decoded): Decoded {
  const text = decoded.text.replace(/^\ufeff/, "");
  const controls = text.match(ControlRE)?.length ?? 0;
  if (controls > Math.max(2, text.length * MAX_CONTROL_SHARE)) {
    throw new DecodeError(`the file holds ${controls} control characters: it looks binary, not text`);
  }
  const replacements = text.match(/\ufffd/g)?.length ?? 0;
  if (replacements > Math.max(2, text.length * MAX_REPLACEMENT_SHARE)) {
    throw new DecodeError(`the file has ${replacements} bytes that ${decoded.encoding} cannot read`);
  }
  if (text.trim() === "") throw new DecodeError("the file holds only white space");
  return { ...decoded, text };
}
