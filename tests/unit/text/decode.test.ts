import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { decodeBytes, plausibleShare } from "../../../src/lib/text/decode";

const text = "洛阳市举行推进会,要加快推进老旧小区改造。";
/** A traditional Taiwanese report (a JSON record, as archived) and a simplified page, both UTF-8. */
const traditional = readFileSync("seeds/d07.txt", "utf-8");
const simplified = readFileSync("seeds/002_07fbc007eb1dbc0e.txt", "utf-8");
/** One line of each script, as `iconv -f UTF-8 -t BIG5` (GB18030) wrote it. */
const big5Line = {
  text: "河樂廣場啟用，市府召開專案會議維護管理品質\n",
  bytes: readFileSync("tests/fixtures/text/big5-line.txt"),
};
const gbLine = {
  text: "市委书记江凌、市长徐衣显分别带队开展观摩活动。\n",
  bytes: readFileSync("tests/fixtures/text/gb18030-line.txt"),
};

/**
 * Encodes into Big5 or GB18030 (two-byte codes only) by inverting the decoder; Node has no such
 * encoder and iconv-lite is not a dependency. The fixtures above check it against iconv.
 */
function encodeLegacy(encoding: "big5" | "gb18030", input: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const codes = new Map<string, number[]>();
  // Big5 leads below A1 are Hong Kong additions, which a Big5 encoder never writes.
  for (let lead = encoding === "big5" ? 0xa1 : 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== "\ufffd" && !codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  const bytes = Array.from(input).flatMap((char) => {
    if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
    const code = codes.get(char);
    if (!code) throw new Error(`${char} has no two-byte ${encoding} code`);
    return code;
  });
  return Buffer.from(bytes);
}

const utf16be = (input: string): Buffer => Buffer.from(input, "utf16le").swap16();

test("UTF-8 with and without BOM", () => {
  expect(decodeBytes(Buffer.from(text))).toEqual({ text, encoding: "utf-8" });
  expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
});

test("UTF-16 with a BOM, either byte order", () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  expect(decodeBytes(le)).toEqual({ text, encoding: "utf-16le" });
  const be = Buffer.from(le);
  be.swap16();
  expect(decodeBytes(be)).toEqual({ text, encoding: "utf-16be" });
});

test("GBK/GB18030 is detected when the bytes are not UTF-8", () => {
  // "洛阳市推进会" in GBK.
  const gbk = Buffer.from([0xc2, 0xe5, 0xd1, 0xf4, 0xca, 0xd0, 0xcd, 0xc6, 0xbd, 0xf8, 0xbb, 0xe1]);
  expect(decodeBytes(gbk)).toEqual({ text: "洛阳市推进会", encoding: "gb18030" });
});

test("the test encoder writes what iconv writes", () => {
  expect(encodeLegacy("big5", big5Line.text)).toEqual(big5Line.bytes);
  expect(encodeLegacy("gb18030", gbLine.text)).toEqual(gbLine.bytes);
});

test("a line of Big5 is read as Big5, not as GB18030 mojibake", () => {
  expect(decodeBytes(big5Line.bytes)).toEqual({ text: big5Line.text, encoding: "big5" });
});

test("a line of GB18030 is read as GB18030", () => {
  expect(decodeBytes(gbLine.bytes)).toEqual({ text: gbLine.text, encoding: "gb18030" });
});

test.each([
  ["utf-16le", (input: string) => Buffer.from(input, "utf16le")],
  ["utf-16be", utf16be],
])("short lines in %s without BOM, either script", (encoding, encode) => {
  for (const line of [big5Line.text, gbLine.text, text])
    expect(decodeBytes(encode(line))).toEqual({ text: line, encoding });
});

test.each([
  ["big5", (input: string) => encodeLegacy("big5", input)],
  ["gb18030", (input: string) => encodeLegacy("gb18030", input)],
  ["utf-16le", (input: string) => Buffer.from(input, "utf16le")],
  ["utf-16be", utf16be],
  ["utf-8", (input: string) => Buffer.from(new TextEncoder().encode(input))],
])("a long traditional text in %s (no BOM) reads back exactly", (encoding, encode) => {
  expect(decodeBytes(encode(traditional))).toEqual({ text: traditional, encoding });
});

test.each([
  ["gb18030", (input: string) => encodeLegacy("gb18030", input)],
  ["utf-16le", (input: string) => Buffer.from(input, "utf16le")],
  ["utf-16be", utf16be],
])("a long simplified page in %s (no BOM) reads back exactly", (encoding, encode) => {
  expect(decodeBytes(encode(simplified))).toEqual({ text: simplified, encoding });
});

test("common Chinese reads as plausible, mojibake does not", () => {
  expect(plausibleShare(big5Line.text)).toBe(1);
  expect(plausibleShare(new TextDecoder("gb18030").decode(big5Line.bytes))).toBeLessThan(0.5);
  expect(plausibleShare(new TextDecoder("big5").decode(gbLine.bytes))).toBeLessThan(0.6);
});

test.each([
  [Buffer.alloc(0), /empty/],
  [Buffer.from("   \n\t "), /white space/],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary/],
  // "日本語のテキストです。最終報告書を確認しました。" in Shift_JIS (iconv): not Chinese in any decoding.
  [
    Buffer.from(
      "93fa967b8cea82cc8365834c8358836782c582b781428dc58f4995f18d908f9182f08a6d944682b582dc82b582bd8142",
      "hex",
    ),
    /another encoding/,
  ],
])("refuses what is not a text in these encodings (%#)", (bytes, message) => {
  expect(() => decodeBytes(bytes)).toThrow(message);
});

test("UTF-8 cut in the middle of its last character still reads, as UTF-8", () => {
  const bytes = new TextEncoder().encode("市政府召开常务会议，研究部署城市更新工作。会议要求各区加快推进。");
  const decoded = decodeBytes(bytes.subarray(0, bytes.length - 1));
  expect(decoded.encoding).toBe("utf-8");
  expect(decoded.text.startsWith("市政府召开常务会议")).toBe(true);
});
