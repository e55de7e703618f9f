import { Parser } from "htmlparser2";
import { parseCsv } from "./delimited";
import { hanCount } from "./script";

/**
 * Archives often arrive as records exported from a site's database rather than as pages: a JSON
 * object (`{"title":…,"content":…,"releaseDate":…}`), a JavaScript object literal, an SQL
 * `INSERT` row, a CSV table with a header row, an XML export (an RSS item, a mysqldump `<row>` of
 * `<field name="…">`). The facts sit in named (or, in an INSERT without columns, positioned) fields and
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
  kind: "json" | "object-literal" | "sql-insert" | "csv" | "xml" | "field-list";
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
/**
 * An INSERT statement (or MySQL's REPLACE, which some CMS backups write) at a line's start: a dump's
 * comments and CREATE TABLE may stand before it.
 */
const InsertRE =
  /^\s*(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s+[`"[]?[\w.]+[`"\]]?\s*(?:\(([^)]*)\))?\s*VALUES\s*\(/gim;
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

/**
 * The comma-separated values of an INSERT row, strings decoded, starting after `VALUES (`, and
 * where the row's closing bracket ends.
 */
function insertValues(text: string, start: number): { values: RecordField[]; end: number } | null {
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
    else if (text[at] === ")") return { values, end: at + 1 };
    else return null;
  }
  return null;
}

/** A header cell that names a column of articles: English or pinyin field names, or 标题, 正文, 发布时间…. */
const ColumnNameRE = /^(?:[A-Za-z_][\w .:-]{0,40}|[\p{Script=Han}]{2,8})$/u;
const ArticleColumnRE =
  /^(?:[\w.:-]*(?:title|content|body|text|article|detail|html|news)[\w.:-]*|标题|题目|正文|内容|全文|文章内容|新闻内容)$/iu;

/**
 * The records of a table exported with a header row (id,title,content,pubdate / 标题,正文,发布时间),
 * each row's cells named by the header; null unless the header names an article's columns and
 * every row has as many cells.
 */
function tableRecords(text: string): RecordField[][] | null {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? "";
  const delimiter = firstLine.includes("\t") ? "\t" : ",";
  const header = firstLine.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, ""));
  if (header.length < 2 || !header.every((cell) => ColumnNameRE.test(cell))) return null;
  if (!header.some((cell) => ArticleColumnRE.test(cell))) return null;
  const [, ...rows] = parseCsv(text, delimiter).filter((row) => row.some((cell) => cell !== ""));
  if (rows.length === 0 || rows.some((row) => row.length !== header.length)) return null;
  return rows.map((row) => row.map((value, index) => ({ name: header[index] ?? "", value })));
}

/** Elements a page or a fragment of one opens with: such a text is HTML, not an export. */
const HtmlElementRE =
  /^(?:html|head|body|div|p|span|table|tbody|tr|td|section|article|main|header|footer|nav|ul|ol|li|a|img|br|hr|h[1-6]|font|b|i|em|strong|center|form|meta|link|script|style|title|pre)$/i;

/**
 * The records of an XML export: each element whose own children are leaves (an RSS <item>, a
 * mysqldump <row>, a CMS <article>), its fields named by the child's tag or its name attribute
 * (<field name="title">). A page in XHTML is no export.
 */
function xmlRecords(text: string): RecordField[][] | null {
  const trimmed = text.trim();
  const root = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z][\w:.-]*)/.exec(trimmed)?.[1];
  if (!root || HtmlElementRE.test(root) || /<(?:html|body)\b/i.test(trimmed.slice(0, 2000))) return null;
  const records: RecordField[][] = [];
  const stack: { name: string; fields: RecordField[]; text: string; leaf: boolean; recordsBefore: number }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1);
        if (parent) parent.leaf = false;
        // <link href="…"/> (Atom) holds its value in an attribute.
        stack.push({
          name: attributes.name ?? attributes.column ?? name,
          fields: [],
          text: attributes.href ?? "",
          leaf: true,
          recordsBefore: records.length,
        });
      },
      ontext(chunk) {
        const current = stack.at(-1);
        if (current) current.text += chunk;
      },
      onclosetag() {
        const element = stack.pop();
        const parent = stack.at(-1);
        if (!element) return;
        if (element.leaf) parent?.fields.push({ name: element.name, value: element.text.trim() });
        // A feed's <channel> holds records; it is none itself.
        else if (records.length > element.recordsBefore) return;
        // <author><name>…</name></author> inside an entry: the entry's field author.name.
        else if (parent && !element.fields.some(({ name = "" }) => BodyNameRE.test(name) || ArticleColumnRE.test(name)))
          parent.fields.push(
            ...element.fields.map((field) => ({ ...field, name: `${element.name}.${field.name ?? ""}` })),
          );
        else if (element.fields.length > 0) records.push(element.fields);
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(trimmed);
  parser.end();
  const articles = records.filter((fields) =>
    fields.some(({ name = "" }) => ArticleColumnRE.test(name) || BodyNameRE.test(name)),
  );
  return articles.length > 0 ? articles : null;
}

const isObject = (value: unknown): value is object =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The first list of two or more objects in a parsed JSON value, the value itself first, then inside it. */
function objectList(value: unknown): object[] | undefined {
  if (Array.isArray(value)) return value.length >= 2 && value.every(isObject) ? value : undefined;
  if (!isObject(value)) return undefined;
  for (const inner of Object.values(value)) {
    const list = objectList(inner);
    if (list) return list;
  }
  return undefined;
}

/** The rows of an INSERT from `VALUES (` on: (…),(…),… until one does not parse. */
function insertRows(text: string, start: number): RecordField[][] {
  const rows: RecordField[][] = [];
  let row = insertValues(text, start);
  while (row) {
    rows.push(row.values);
    const next = /^\s*,\s*\(/.exec(text.slice(row.end));
    row = next ? insertValues(text, row.end + next[0].length) : null;
  }
  return rows;
}

/** The records in a text, each as its fields, or null when the text is no export. */
/** The object or array literal opening at `start`, to its matching bracket (strings skipped). */
function balancedLiteral(text: string, start: number): string {
  let depth = 0;
  let quote: string | undefined;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (quote) {
      if (char === "\\") index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "{" || char === "[") depth += 1;
    else if ((char === "}" || char === "]") && --depth === 0) return text.slice(start, index + 1);
  }
  return text.slice(start);
}

/** A field a code comment documents, one per line: ` * title : 中共黄龙县委组织部…`. */
const DocumentedFieldRE = /^\s*\*\s*([A-Za-z_]\w*)\s*:\s?(.*)$/gmu;

/**
 * A sample record pasted into a class's comment (GsonFormat and its kind write ` * id : 41`,
 * ` * title : …`, ` * content : <p>…`): its fields, when a title and a body are among them.
 */
function documentedFields(text: string): RecordField[] | null {
  // Only inside a code comment (/** … */), and only when its fields hold the file's text: a Markdown
  // list of * title: / * description: over an article is the article's.
  const comments = [...text.matchAll(/\/\*\*[\s\S]*?\*\//g)].map((match) => match[0]);
  if (comments.length === 0) return null;
  const fields = comments
    .flatMap((comment) => [...comment.matchAll(DocumentedFieldRE)])
    .map((match) => ({
      name: match[1] ?? "",
      value: (match[2] ?? "").trim(),
    }));
  const named = (re: RegExp): boolean => fields.some((field) => re.test(field.name) && field.value !== "null");
  const fieldHan = fields.reduce((sum, field) => sum + hanCount(field.value), 0);
  return fields.length >= 3 && named(TitleNameRE) && named(BodyNameRE) && fieldHan >= hanCount(text) * 0.8
    ? fields
    : null;
}

/** A newspaper archive's field on a line of its own: 【标题】= …, <正文>=…; its value runs on to the next field. */
const ListedFieldRE = /^[ \t]*(?:【(\p{Script=Han}{1,6})】|<(\p{Script=Han}{1,6})>)[ \t]*=[ \t]*(.*)$/u;

/**
 * A record a newspaper archive's search page prints field by field (【日期】= 1996.08.01 / 【标题】= … /
 * 【正文】= …), once or in two notations one after the other: its fields, when a title and a body are
 * among them.
 */
function listedFields(text: string): RecordField[] | null {
  const fields: { name: string; value: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const field = ListedFieldRE.exec(line);
    const last = fields.at(-1);
    if (field) fields.push({ name: field[1] ?? field[2] ?? "", value: field[3] ?? "" });
    else if (last) last.value += `\n${line}`;
  }
  const named = (re: RegExp): boolean => fields.some((field) => re.test(field.name));
  return fields.length >= 3 && named(TitleNameRE) && named(BodyNameRE) ? fields : null;
}

function recordFields(text: string): { kind: RecordFields["kind"]; records: RecordField[][] } | null {
  // Every INSERT of the file, one per row (Navicat, --skip-extended-insert) or several rows each.
  const inserts = [...text.matchAll(InsertRE)];
  if (inserts.length > 0) {
    const records = inserts.flatMap((insert) => {
      const columns = insert[1]?.split(",").map((column) => column.trim().replace(/^[`"[]|[`"\]]$/g, ""));
      return insertRows(text, insert.index + insert[0].length).map((row) =>
        row.map((field, index) => {
          const name = columns?.[index];
          return name ? { name, value: field.value } : field;
        }),
      );
    });
    return records.length > 0 ? { kind: "sql-insert", records } : null;
  }
  const tuple = RowTupleRE.exec(text);
  if (tuple) {
    const rows = insertRows(text, tuple[0].length).filter((row) => row.length >= 3);
    if (rows.length > 0) return { kind: "sql-insert", records: rows };
  }
  const table = tableRecords(text);
  if (table) return { kind: "csv", records: table };
  const xml = xmlRecords(text);
  if (xml) return { kind: "xml", records: xml };
  const documented = documentedFields(text);
  if (documented) return { kind: "object-literal", records: [documented] };
  const listed = listedFields(text);
  if (listed) return { kind: "field-list", records: [listed] };
  // A script's data: var result = {…}; or a JSONP callback, jspCallback({…}); the first object or
  // array written there is the record (not a navigation object declared after it).
  const script = /^\s*(?:(?:var|let|const)\s+[\w$]+\s*=\s*|[\w$.]+\s*\(\s*)(?=[[{])/.exec(text);
  const trimmed = script ? balancedLiteral(text, script[0].length) : text.trim();
  if (!/^[[{]/.test(trimmed)) return null;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const fieldsOf = (record: unknown): RecordField[] => {
      const fields: RecordField[] = [];
      const walk = (value: unknown, name?: string): void => {
        if (typeof value === "string") fields.push({ ...(name ? { name } : {}), value });
        else if (typeof value === "number") fields.push({ ...(name ? { name } : {}), value: String(value) });
        else if (Array.isArray(value)) for (const item of value) walk(item, name);
        else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, key);
      };
      walk(record);
      return fields;
    };
    // [{"title":…},{"title":…}], or an API's {"code":0,"data":{"list":[…]}}: one record per object.
    const list = objectList(parsed);
    return { kind: "json", records: list ? list.map(fieldsOf) : [fieldsOf(parsed)] };
  } catch {
    // Not strict JSON: an object literal (unquoted keys, single quotes) is read field by field.
  }
  const fields: RecordField[] = [];
  for (const match of trimmed.matchAll(NamedFieldRE)) {
    const literal = match[3] ?? "";
    const inner = /^["']/.test(literal) ? decodeEscapes(literal.slice(1, -1)) : literal;
    fields.push({ name: match[2] ?? "", value: inner });
  }
  return fields.length >= 2 ? { kind: "object-literal", records: [fields] } : null;
}

const TitleNameRE = /^(?:f_?)?(?:title|subject|headline|heading|bt|biaoti|name)$|^(?:标题|题目|文章标题|新闻标题)$/i;
const BodyNameRE = /content|body|text|article|detail|comment|html|news|nr|neirong|description|正文|内容|全文/i;
const PublishedNameRE =
  /publish|release|pub_?date|pubtime|issue|fbsj|fabu|^dc:date$|发布(?:时间|日期)|发文日期|成文日期/i;
/** An API's article time (articleTime, newsTime, post_date): the publication date where no field says so. */
const ArticleTimeNameRE = /^(?:article|news|post|doc)_?(?:time|date)$/i;
/** A field named for an id, a user or a number (publishUserId, issueNo): digits, but no time. */
const IdNameRE = /id$|user|_?no$|num|code/i;
/** A field named for a time, whose digits (a Unix timestamp) may be read as one. */
const TimeNameRE = /time|date|stamp|sj|rq|时间|日期/i;
const RowTimeNameRE = /create|update|modif|insert|add_?time|ctime|mtime|timestamp|创建|更新|录入|修改/i;
const AuthorNameRE =
  /^(?:f_?)?(?:author|author\.name|writer|reporter|editor|zz|dc:creator|creator)$|^(?:作者|记者|撰稿|撰稿人)$/i;
const SourceNameRE =
  /^(?:f_?)?(?:source|department|dept_?name|dept|publisher|unit|org_?name|site_?name|ly)$|^(?:来源|信息来源|发布单位|发布机构|发文单位)$/i;
const UrlNameRE = /url|link|href|链接|网址/i;
const DateValueRE =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{8}|\d{14}|\d{10}|\d{13})$/;
/** An RSS date (RFC 822): Wed, 01 May 2024 10:00:00 +0800. */
const MailDateRE =
  /^(?:[A-Z][a-z]{2},\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(\d{4})\b/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A field's date in the form dates are read in: RFC 822 as YYYY-MM-DD, the rest as written. */
function dateValue(value: string): string {
  const mail = MailDateRE.exec(value);
  if (!mail) return value;
  const month = String(MONTHS.indexOf(mail[2] ?? "") + 1).padStart(2, "0");
  return `${mail[3]}-${month}-${(mail[1] ?? "").padStart(2, "0")}`;
}

/** China's clock, UTC+8, which a Chinese site's Unix timestamps are days of. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** A date written as digits (20181116, a Unix timestamp in seconds or milliseconds) in the ISO form dates are read in. */
export function normalizeDigitDate(value: string): string {
  if (/^\d{8}$/.test(value) || /^\d{14}$/.test(value))
    return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (/^\d{10}$|^\d{13}$/.test(value)) {
    const millis = Number(value) * (value.length === 10 ? 1000 : 1);
    return new Date(millis + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  }
  return value;
}

/**
 * Reads the records of a database export, in order: none when the text is no export; records that
 * hold no field that reads as an article (one that carries most of the Han text) are left out.
 */
export function readRecords(text: string, isDivisionCode: (code: string) => boolean = () => false): RecordFields[] {
  const found = recordFields(text);
  if (!found) return [];
  const records = found.records.map((fields) => classify(found.kind, fields, isDivisionCode));
  return records.filter((record) => record !== null);
}

/** A record's fields read by what they hold; null when none reads as an article. */
function classify(
  kind: RecordFields["kind"],
  fields: RecordField[],
  isDivisionCode: (code: string) => boolean,
): RecordFields | null {
  const strings = fields.filter((field) => hanCount(field.value) > 0);
  const totalHan = strings.reduce((sum, field) => sum + hanCount(field.value), 0);
  const named = (re: RegExp): RecordField[] =>
    fields.filter((field) => field.name !== undefined && re.test(field.name));
  const byHan = (list: RecordField[]): RecordField | undefined =>
    [...list].sort((a, b) => hanCount(b.value) - hanCount(a.value))[0];
  const body = byHan(named(BodyNameRE).filter((field) => hanCount(field.value) > 0)) ?? byHan(strings);
  // The article holds most of the record's text; a record of short fields is data, not a report.
  if (!body || hanCount(body.value) < 30 || hanCount(body.value) < totalHan * 0.5) return null;
  // (A headline may exclaim, 筑牢校园疫情防线！, 众志成城，共克时艰！; a sentence that does, 今年，全市…
  // 成效明显，大家辛苦了！, is text.)
  const shortHan = (field: RecordField): boolean =>
    field !== body &&
    hanCount(field.value) >= 4 &&
    field.value.length <= 120 &&
    !/[。？]$/.test(field.value.trim()) &&
    !(/！$/.test(field.value.trim()) && (/。/.test(field.value) || (field.value.match(/[，,]/g) ?? []).length >= 2));
  // A field named as the title is the title, whatever its punctuation (…會議！); unnamed ones must look like one.
  const title =
    named(TitleNameRE).find((field) => field !== body && hanCount(field.value) >= 2 && field.value.length <= 200) ??
    // (Read by position, the title stands before the body, as rows write it, not a source after it.)
    (kind === "sql-insert"
      ? (strings.slice(0, strings.indexOf(body)).filter(shortHan).at(-1) ?? strings.find(shortHan))
      : undefined);
  // (Digits are a date in a time's field only: publishUserId, issueNo hold none.)
  const dateOf = (list: RecordField[]): string | undefined =>
    list
      .filter((field) => !IdNameRE.test(field.name ?? "") || TimeNameRE.test(field.name ?? ""))
      .map((field) => {
        const value = dateValue(field.value.trim());
        return /^\d+$/.test(value) && field.name !== undefined && TimeNameRE.test(field.name)
          ? normalizeDigitDate(value)
          : value;
      })
      .find((value) => DateValueRE.test(value));
  // (An API's bare time field may be the response's own: articleTime goes first.)
  const published =
    dateOf(named(PublishedNameRE)) ??
    dateOf(named(ArticleTimeNameRE)) ??
    dateOf(named(/^(?:f_?)?(?:date|time|pub)$|^日期$/i));
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
    ...(rowTime ? { rowTime: normalizeDigitDate(rowTime) } : {}),
    ...(author ? { author } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
    ...(divisionCode ? { divisionCode } : {}),
  };
}
