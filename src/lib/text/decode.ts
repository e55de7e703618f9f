/**
 * Raw files arrive in whatever encoding the site or the office PC used: UTF-8 (with or without
 * BOM), UTF-16 with BOM, or GB18030/GBK. Bytes in, text out, or a clear reason why not.
 */

/** Why a file cannot be read as text. */
export class DecodeError extends Error {
  override name = "DecodeError";
}

/** The text and the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
}

/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;
const ControlRE = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function decodeWith(encoding: Decoded["encoding"], bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/** A UTF-16 file without BOM shows as every other byte being zero in mostly-ASCII stretches. */
function looksLikeBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return "utf-16le";
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return "utf-16be";
  return null;
}

/**
 * Decodes a raw file: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK and GB2312).
 * Refuses empty files and binary data (NUL bytes or many control characters).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError("the file is empty");
  let decoded: Decoded;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: decodeWith("utf-8", bytes, false), encoding: "utf-8" };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: decodeWith("utf-16le", bytes, false), encoding: "utf-16le" };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: decodeWith("utf-16be", bytes, false), encoding: "utf-16be" };
  } else {
    const utf16 = looksLikeBomlessUtf16(bytes);
    if (utf16) {
      decoded = { text: decodeWith(utf16, bytes, false), encoding: utf16 };
    } else if (bytes.includes(0)) {
      throw new DecodeError("the file holds NUL bytes: it looks binary, not text");
    } else {
      try {
        decoded = { text: decodeWith("utf-8", bytes, true), encoding: "utf-8" };
      } catch {
        decoded = { text: decodeWith("gb18030", bytes, false), encoding: "gb18030" };
      }
    }
  }
  const text = decoded.text.replace(/^\ufeff/, "");
  const controls = text.match(ControlRE)?.length ?? 0;
  if (controls > Math.max(2, text.length * MAX_CONTROL_SHARE)) {
    throw new DecodeError(`the file holds ${controls} control characters: it looks binary, not text`);
  }
  if (decoded.encoding === "gb18030" && (text.match(/\ufffd/g)?.length ?? 0) > text.length * MAX_CONTROL_SHARE) {
    throw new DecodeError("the file is neither UTF-8, UTF-16 nor GB18030 text");
  }
  if (text.trim() === "") throw new DecodeError("the file holds only white space");
  return { ...decoded, text };
}
