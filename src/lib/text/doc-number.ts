/**
 * An official document's number on a line of its own (or before the title on its line), as it heads the paper: the issuer's code,
 * the year in brackets, the serial (甘政发〔2022〕9号, 洛政办〔2023〕12号). The one reading of its
 * parts: the cleaning finds it, the dates take its year, the region its issuer.
 */
export interface DocNumber {
  /** As written (simplified). */
  text: string;
  /** The issuer's code before the bracket: 甘政发, 洛政办. */
  issuer: string;
  /** The year in the brackets. */
  year: string;
  /** Who signed it off, where the line names them (…〔2019〕7号 签发人:刘中文, as a report upward does). */
  signedBy?: string;
}

// (A page may print the title on the number's line: 安整治办〔2017〕16 号 某区…2月份工作计划.)
const DocNumberRE =
  /^(([\p{Script=Han}]{1,12})[〔[［(（]\s*(\d{4})\s*[〕\]］)）]\s*\d{1,4}\s*号)(?:\s*签发人\s*[:：]\s*(\p{Script=Han}{2,4})|\s+(?!签发人)[^\s。！？!?][^。！？!?]{3,80})?$/u;

/** The parts of a line that is a document number, or undefined for any other line. */
export function parseDocNumber(line: string): DocNumber | undefined {
  const match = DocNumberRE.exec(line);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { text: match[1], issuer: match[2], year: match[3], ...(match[4] ? { signedBy: match[4] } : {}) };
}
