import { hanCount } from "./script";

/**
 * Archives often arrive as records exported from a site's database rather than as pages: a JSON
 * object (`{"title":…,"content":…,"releaseDate":…}`), a JavaScript object literal, an SQL
 * `INSERT` row. The facts sit in named (or, in an INSERT without columns, positioned) fields and
 * the syntax around them is not text. This module finds such a record and reads its fields by
 * what they hold: the title, the body, the dates, the author, the address. Escapes (`\u201c`,
 * `\"`, `\/`, a literal `\r\n`) are decoded. Plain data in, plain data out.
 */

/** One field of a record: its name when the syntax gives one, and its decoded string value. */
export interface RecordField {
  name?: string;
  value: string;
}

/** What a database record says, read by field. */
export interface RecordFields {
  /** The syntax the record came in. */
  kind: "json" | "object-literal" | "sql-insert";
  title?: string;
  /** The article: plain text or HTML, as stored. */
  body: string;
  /** A publication date named as such (published, releaseDate, pubDate …), as written. */
  published?: string;
  /**
   * A date or timestamp of the row itself (createTime, a bare 20181116 in an INSERT): when the
   * row was written, which may be years after the article appeared. Never taken as its date alone.
   */
  rowTime?: string;
  author?: string;
  /** The publishing office or site a field names (department, source, deptName). */
  source?: string;
  url?: string;
  /** A six-digit administrative division code in the record (411200 = 三门峡市). */
  divisionCode?: string;
}

/** `key: "value"` or `"key": 'value'`: a named field of JSON or an object literal. */
const NamedFieldRE =
  /(?:^|[{,\s])(["']?)([A-Za-z_$][\w$]*)\1\s*:\s*("(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'|-?\d+(?:\.\d+)?|null|true|false)/g;
const InsertRE = /^\s*INSERT\s+INTO\s+[`"[]?[\w.]+[`"\]]?\s*(?:\(([^)]*)\))?\s*VALUES\s*\(/i;
/** One row of a multi-row INSERT, cut out alone: (12,'标题','<p>…',…), its id first, a string after. */
const RowTupleRE = /^\s*\((?=\s*(?:\d+|'[^'\n]{0,64}')\s*,\s*')/;

/** Decodes the escapes of a JSON, JavaScript or SQL string literal. */
export function decodeEscapes(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, escape: string) => {
    if (escape.startsWith("u") && escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape.startsWith("x") && escape.length === 3) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return { n: "\n", r: "\r", t: "\t", b: "", f: "", "0": "" }[escape] ?? escape;
  });
}

/** The comma-separated values of an INSERT row, strings decoded, starting after `VALUES (`. */
function insertValues(text: string, start: number): RecordField[] | null {
  const values: RecordField[] = [];
  let at = start;
  while (at < text.length) {
    while (/\s/.test(text[at] ?? "")) at += 1;
    const rest = text.slice(at);
    const quoted = /^'((?:[^'\\]|\\[\s\S]|'')*)'/.exec(rest) ?? /^"((?:[^"\\]|\\[\s\S])*)"/.exec(rest);
    const bare = quoted ? null : /^[^,)]*/.exec(rest);
    const token = quoted ?? bare;
    if (!token) return null;
    values.push({ value: quoted ? decodeEscapes((quoted[1] ?? "").replace(/''/g, "'")) : (bare?.[0] ?? "").trim() });
    at += token[0].length;
    while (/\s/.test(text[at] ?? "")) at += 1;
    if (text[at] === ",") at += 1;
    else if (text[at] === ")") return values;
    else return null;
  }
  return null;
}

/** The fields of a record in a text, or null when the text is not one. */
function recordFields(text: string): { kind: RecordFields["kind"]; fields: RecordField[] } | null {
  const insert = InsertRE.exec(text);
  if (insert) {
    const values = insertValues(text, insert[0].length);
    if (!values) return null;
    const columns = insert[1]?.split(",").map((column) => column.trim().replace(/^[`"[]|[`"\]]$/g, ""));
    const fields = values.map((field, index) => {
      const name = columns?.[index];
      return name ? { name, value: field.value } : field;
    });
    return { kind: "sql-insert", fields };
  }
  const tuple = RowTupleRE.exec(text);
  if (tuple) {
    const values = insertValues(text, tuple[0].length);
    if (values && values.length >= 3) return { kind: "sql-insert", fields: values };
  }
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return null;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const fields: RecordField[] = [];
    const walk = (value: unknown, name?: string): void => {
      if (typeof value === "string") fields.push({ ...(name ? { name } : {}), value });
      else if (typeof value === "number") fields.push({ ...(name ? { name } : {}), value: String(value) });
      else if (Array.isArray(value)) for (const item of value) walk(item, name);
      else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, key);
    };
    walk(parsed);
    return { kind: "json", fields };
  } catch {
    // Not strict JSON: an object literal (unquoted keys, single quotes) is read field by field.
  }
  const fields: RecordField[] = [];
  for (const match of trimmed.matchAll(NamedFieldRE)) {
    const literal = match[3] ?? "";
    const inner = /^["']/.test(literal) ? decodeEscapes(literal.slice(1, -1)) : literal;
    fields.push({ name: match[2] ?? "", value: inner });
  }
  return fields.length >= 2 ? { kind: "object-literal", fields } : null;
}

const TitleNameRE = /^(?:f_?)?(?:title|subject|headline|heading|bt|biaoti|name)$/i;
const BodyNameRE = /content|body|text|article|detail|comment|html|news|nr|neirong/i;
const PublishedNameRE = /publish|release|pub_?date|pubtime|issue|fbsj|fabu/i;
const RowTimeNameRE = /create|update|modif|insert|add_?time|ctime|mtime|timestamp/i;
const AuthorNameRE = /^(?:f_?)?(?:author|writer|reporter|editor|zz)$/i;
const SourceNameRE = /^(?:f_?)?(?:source|department|dept_?name|dept|publisher|unit|org_?name|site_?name|ly)$/i;
const UrlNameRE = /url|link|href/i;
const DateValueRE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{8}|\d{14}|\d{10}|\d{13})$/;

/** A row time written as digits (20181116, a Unix timestamp) in the ISO form dates are read in. */
export function normalizeRowTime(value: string): string {
  if (/^\d{8}$/.test(value) || /^\d{14}$/.test(value))
    return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (/^\d{10}$|^\d{13}$/.test(value)) {
    const millis = Number(value) * (value.length === 10 ? 1000 : 1);
    return new Date(millis).toISOString().slice(0, 10);
  }
  return value;
}

/**
 * Reads a database record: null when the text is not one, or holds no field that reads as an
 * article (one that carries most of the Han text).
 */
export function readRecord(text: string, isDivisionCode: (code: string) => boolean = () => false): RecordFields | null {
  const found = recordFields(text);
  if (!found) return null;
  const { kind, fields } = found;
  const strings = fields.filter((field) => hanCount(field.value) > 0);
  const totalHan = strings.reduce((sum, field) => sum + hanCount(field.value), 0);
  const named = (re: RegExp): RecordField[] =>
    fields.filter((field) => field.name !== undefined && re.test(field.name));
  const byHan = (list: RecordField[]): RecordField | undefined =>
    [...list].sort((a, b) => hanCount(b.value) - hanCount(a.value))[0];
  const body = byHan(named(BodyNameRE).filter((field) => hanCount(field.value) > 0)) ?? byHan(strings);
  // The article holds most of the record's text; a record of short fields is data, not a report.
  if (!body || hanCount(body.value) < 30 || hanCount(body.value) < totalHan * 0.5) return null;
  const shortHan = (field: RecordField): boolean =>
    field !== body && hanCount(field.value) >= 4 && field.value.length <= 120 && !/[。！？]$/.test(field.value.trim());
  // A field named as the title is the title, whatever its punctuation (…會議！); unnamed ones must look like one.
  const title =
    named(TitleNameRE).find((field) => field !== body && hanCount(field.value) >= 2 && field.value.length <= 200) ??
    (kind === "sql-insert" ? strings.find(shortHan) : undefined);
  const dateOf = (list: RecordField[]): string | undefined =>
    list.map((field) => field.value.trim()).find((value) => DateValueRE.test(value));
  const published = dateOf(named(PublishedNameRE)) ?? dateOf(named(/^(?:f_?)?(?:date|time|pub)$/i));
  const rowTime =
    dateOf(named(RowTimeNameRE)) ??
    (kind === "sql-insert" ? dateOf(fields.filter((field) => field.name === undefined)) : undefined);
  const plain = (list: RecordField[]): string | undefined =>
    list.map((field) => field.value.trim()).find((value) => value !== "" && value.length <= 60);
  const author = plain(named(AuthorNameRE));
  const source = plain(named(SourceNameRE));
  const url = named(UrlNameRE)
    .map((field) => field.value.trim())
    .find((value) => /^https?:\/\//.test(value));
  const divisionCode = fields
    .map((field) => field.value.trim())
    .find((value) => /^\d{6}$/.test(value) && isDivisionCode(value));
  return {
    kind,
    ...(title ? { title: title.value.trim() } : {}),
    body: body.value,
    ...(published ? { published } : {}),
    ...(rowTime ? { rowTime: normalizeRowTime(rowTime) } : {}),
    ...(author ? { author } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
    ...(divisionCode ? { divisionCode } : {}),
  };
}
