import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { extractPage } from "../../../src/lib/extract/page";
import { decodeBytes, DecodeError } from "../../../src/lib/text/decode";
import { readMimePages } from "../../../src/lib/text/mhtml";

/**
 * Two seed pages saved the way offices save them (made once with Python's quopri from the seeds):
 * Internet Explorer's .mht (CRLF, folded headers, the page quoted-printable in GBK labelled gb2312,
 * an image part after it) and Chrome's .mhtml (LF, the page quoted-printable UTF-8 with no charset).
 */
const ieSaved = readFileSync("tests/fixtures/text/saved-ie-gbk.mht");
const ieOriginal = readFileSync("seeds/d08.html", "utf-8");
const chromeSaved = readFileSync("tests/fixtures/text/saved-chrome-utf8.mhtml");
const chromeOriginal = readFileSync("seeds/d03.html", "utf-8");

const mime = (headers: string, body: string): Buffer =>
  Buffer.concat([Buffer.from(`MIME-Version: 1.0\r\n${headers}\r\n\r\n`, "latin1"), Buffer.from(body, "utf-8")]);

test("an IE web archive gives its HTML part in the charset it names, and where it was saved from", () => {
  const decoded = decodeBytes(ieSaved);
  expect(decoded).toMatchObject({
    container: "mhtml",
    encoding: "gb18030",
    savedFrom: "http://www.ynjl.gov.cn/news/2021/1116/example.html",
  });
  // (IE leaves a blank line before each boundary: the part ends one line break later than the page.)
  expect(decoded.text.replace(/\r\n/g, "\n").trimEnd()).toBe(ieOriginal.trimEnd());
});

test("a Chrome MHTML without a charset is detected as UTF-8 and read whole", () => {
  const decoded = decodeBytes(chromeSaved);
  expect(decoded).toMatchObject({
    container: "mhtml",
    encoding: "utf-8",
    savedFrom: "https://www.hccg.gov.tw/ch/news/example",
  });
  expect(decoded.text).toBe(chromeOriginal);
});

test("a saved page yields the same report as the page itself, citing the address it came from", () => {
  for (const [saved, original] of [
    [ieSaved, ieOriginal],
    [chromeSaved, chromeOriginal],
  ] as const) {
    const { text, savedFrom } = decodeBytes(saved);
    const fromSaved = extractPage(text, { file: "seeds/x.mht", ...(savedFrom ? { savedFrom } : {}) });
    const fromPage = extractPage(original, { file: "seeds/x.mht" });
    expect(fromSaved.entries.length).toBe(fromPage.entries.length);
    for (const [entry, pageEntry] of fromSaved.entries.map(
      (entry, index) => [entry, fromPage.entries[index]] as const,
    )) {
      if (!pageEntry) throw new Error("the page gave fewer entries");
      const { source, ...facts } = entry.data;
      const { source: pageSource, ...pageFacts } = pageEntry.data;
      expect(facts).toEqual(pageFacts);
      expect(entry.blocks).toEqual(pageEntry.blocks);
      expect(source.url).toBe(pageSource.url ?? savedFrom);
    }
  }
});

test("quoted-printable soft breaks may split a character's bytes; base64 and unencoded parts read too", () => {
  // 洛阳 in UTF-8 is E6 B4 9B E9 98 B3; the soft break falls inside 洛.
  const qp = mime(
    'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable',
    "<p>=E6=B4=\r\n=9B=E9=98=B3 a=3Db</p>",
  );
  expect(decodeBytes(qp).text).toBe("<p>洛阳 a=b</p>");
  const b64 = mime(
    "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64",
    Buffer.from("<p>推进会</p>").toString("base64"),
  );
  expect(decodeBytes(b64).text).toBe("<p>推进会</p>");
  const plain = mime("Content-Type: text/plain; charset=utf-8", "会议强调");
  expect(Buffer.from(readMimePages(plain)?.[0]?.bytes ?? []).toString("utf-8")).toBe("会议强调");
});

test("the HTML part is found inside nested multiparts, before images and after a plain-text alternative", () => {
  const message = mime(
    'Content-Type: multipart/mixed; boundary="outer"',
    [
      "preamble",
      "--outer",
      'Content-Type: multipart/alternative; boundary="inner"',
      "",
      "--inner",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "plain",
      "--inner",
      "Content-Type: text/html; charset=utf-8",
      "Content-Location: https://example.gov.cn/a.html",
      "",
      "<p>html</p>",
      "--inner--",
      "--outer",
      "Content-Type: image/png",
      "Content-Transfer-Encoding: base64",
      "",
      "iVBORw0KGgo=",
      "--outer--",
    ].join("\r\n"),
  );
  const page = readMimePages(message)?.[0];
  expect(Buffer.from(page?.bytes ?? []).toString("utf-8")).toBe("<p>html</p>");
  expect(page?.location).toBe("https://example.gov.cn/a.html");
});

test("a saved file with no page in it is refused by name; texts that are no MIME file are left alone", () => {
  const imagesOnly = mime(
    'Content-Type: multipart/related; boundary="b"',
    "--b\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlh\r\n--b--",
  );
  expect(() => decodeBytes(imagesOnly)).toThrow(DecodeError);
  expect(() => decodeBytes(imagesOnly)).toThrow(/MHTML.*no readable HTML or text part/);
  const text = "MIME-Version 一词出现在正文里。\n\n会议强调，要加快推进。";
  expect(readMimePages(Buffer.from(text))).toBeUndefined();
  expect(decodeBytes(Buffer.from(text))).toEqual({ text, encoding: "utf-8" });
});

test("a page whose article sits in a frame: the frame with the Chinese text is read, not the outer page", () => {
  const message = mime(
    'Content-Type: multipart/related; boundary="b"',
    [
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "Content-Location: https://example.gov.cn/index.html",
      "",
      "<html><head><title>首页 | 政务公开</title></head><body><iframe src=a.html></iframe></body></html>",
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "Content-Location: https://example.gov.cn/a.html",
      "",
      "<html><body><p>县政府召开常务会议。会议强调,要加快推进老旧小区改造,确保年底前完成。</p></body></html>",
      "--b--",
    ].join("\r\n"),
  );
  const decoded = decodeBytes(message);
  expect(decoded.text).toContain("县政府召开常务会议");
  expect(decoded.savedFrom).toBe("https://example.gov.cn/a.html");
});
