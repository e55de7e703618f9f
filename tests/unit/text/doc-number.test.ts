import { expect, test } from "vitest";
import { parseDocNumber } from "../../../src/lib/text/doc-number";

test("a document number is read as issuer, year and serial, in any of the brackets in use", () => {
  expect(parseDocNumber("甘政发〔2022〕9号")).toEqual({ text: "甘政发〔2022〕9号", issuer: "甘政发", year: "2022" });
  expect(parseDocNumber("洛政办[2023]12号")?.year).toBe("2023");
  expect(parseDocNumber("鲁政办字（2023） 5 号")).toMatchObject({ issuer: "鲁政办字", year: "2023" });
});

test("a line that only mentions a number, or says more, is no document number", () => {
  expect(parseDocNumber("根据甘政发〔2022〕9号文件精神")).toBeUndefined();
  expect(parseDocNumber("甘政发〔2022〕号")).toBeUndefined();
  expect(parseDocNumber("2022年9号")).toBeUndefined();
});

test("a number line that names who signed the document off (签发人:…) keeps the number and the signer apart", () => {
  expect(parseDocNumber("四铁西政督字〔2019〕7 号 签发人:刘中文")).toEqual({
    text: "四铁西政督字〔2019〕7 号",
    issuer: "四铁西政督字",
    year: "2019",
    signedBy: "刘中文",
  });
  expect(parseDocNumber("洛政办〔2023〕12号 签发人：")).toBeUndefined();
});

test("a number line that goes on with the document's title keeps the number alone", () => {
  expect(parseDocNumber("安整治办〔2017〕16 号 某区城市环境综合整治2月份工作计划")).toEqual({
    text: "安整治办〔2017〕16 号",
    issuer: "安整治办",
    year: "2017",
  });
  expect(parseDocNumber("甘政发〔2022〕9号文件要求各地加快推进")).toBeUndefined();
});
