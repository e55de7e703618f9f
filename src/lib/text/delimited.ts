/** A byte-order mark, which Excel writes before a UTF-8 CSV. */
const BOM = "\ufeff";

/**
 * Rows of a CSV (or, with a tab as delimiter, tab-separated) text, RFC 4180: a cell that opens with
 * a quote may hold the delimiter, line breaks and "" for a quote; a BOM before it is skipped. A quote
 * inside an unquoted cell (会议强调"一要") is text. Cells are returned as written. Reads both the
 * exports the site writes and tables exported from other sites' databases.
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && source[index + 1] === "\n") index += 1;
      fields.push(field);
      rows.push(fields);
      fields = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || fields.length > 0) rows.push([...fields, field]);
  return rows;
}
