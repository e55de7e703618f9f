import { expect, test } from "vitest";
import { decodeBytes } from "../../../src/lib/text/decode";

const text = "洛阳市举行推进会,要加快推进老旧小区改造。";

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

test.each([
  [Buffer.alloc(0), /empty/],
  [Buffer.from("   \n\t "), /white space/],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary/],
])("refuses what is not a text (%#)", (bytes, message) => {
  expect(() => decodeBytes(bytes)).toThrow(message);
});
