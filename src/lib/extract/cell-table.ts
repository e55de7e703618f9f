import { hanCount } from "../text/script";
import { BULLET_MARKS, OutlineH2RE } from "./patterns";
import { unitsHeadedBy } from "./units";

/**
 * A task table saved one cell per line, as a page's table reads once its markup is gone:
 *
 *     序号 / 主要工作 / 责任单位        (the header row, a cell a line)
 *     1 / 生产总值增长7.5%左右 / ▲发改局,各部门,各镇乡(街道)
 *     2 / …
 *
 * The 责任单位 cell comes after the task it carries, so the rule for a unit line over the tasks below
 * it (a row heading) would hand each row's units to the next row. This reads the rows instead.
 */

/** The names a table gives the column saying when a row's task is due. */
const DUE_HEADERS = "完成时限|完成时间|时间节点|时限要求|时间进度";
/** The names a task table gives its columns. */
const HeaderCellRE = new RegExp(
  String.raw`^(?:序号|编号|分类|分块|板块|类别|类型|领域|项目|项目名称|(?:主要|重点|具体|年度|全年)?(?:工作|目标)?(?:工作|任务|措施|举措|内容|事项|目标|指标)(?:内容|名称|值)?|存在问题|问题|责任单位|牵头单位|配合单位|协办单位|协同单位|负责单位|责任部门|牵头部门|配合部门|负责部门|责任主体(?:(?:与|和|及)(?:协同|配合)单位)?|责任领导|牵头领导|分管领导|责任人|${DUE_HEADERS}|进度安排|(?:\d{1,2}[-—~至]\d{1,2}月)?(?:推进|进展|完成|落实)(?:情况|进度)|是否\p{Script=Han}{2,4}|备注|说明)$`,
  "u",
);
/** The column of row numbers. */
const SerialHeaderRE = /^(?:序号|编号)$/;
/** A column saying when the row's task is due. */
const DueHeaderRE = new RegExp(`^(?:${DUE_HEADERS})$`);
/** Any short label a column may carry: 民生实事, 建设内容. */
const ColumnLabelRE = /^\p{Script=Han}{2,8}$/u;
/** A column saying who carries the row's task. */
const UnitsHeaderRE = /^(?:责任|牵头|配合|协办|协同|负责)(?:单位|部门)$|^责任主体(?:(?:与|和|及)(?:协同|配合)单位)?$/;
/** A row's number cell: 1, 12, 一. */
const SerialCellRE = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、]?$/;
/** A 完成时限 cell, spaces aside: 2023年6月底前, 2016—2017年底前, 年底前, 长期坚持, 5月底前动工, 9月投入使用, 常态工作. */
const DueCellRE =
  /^(?=\S)(?:(?:(?:(?:\d{4}[-—–~至])?\d{4}年)?(?:\d{1,2}月)?(?:底|末|上旬|中旬|下旬)?(?:前|以前|之前)?|年底前|年内)(?:完成|动工|开工|建成|完工|竣工|投用|投入使用|启用|启动)?|全年|长期|长期坚持|持续推进|常态化推进|常态工作)$/;
/** A task says what is to be done: a name (冯冬昌) or a label is shorter. */
const MIN_TASK_HAN = 6;
/** The marks a table sets before its lead unit: ▲发改局. */
const LeadMarkRE = new RegExp(`[${BULLET_MARKS}]`, "gu");

/** Where a table's 完成时限 column stands, as its header says. */
interface DueColumn {
  /** After the units columns: a due cell closes its row. */
  afterUnits: boolean;
  /** The units column follows the task's at once, so a unit cell may be merged over several rows. */
  mergesRows: boolean;
}

export interface CellTable {
  /** The position of each row's task cell, with the units its row names (as written). */
  tasks: Map<number, string[]>;
  /** The position of a row's task cell, with its row's 完成时限 cell (5月底前动工). */
  dues: Map<number, string>;
  /** Header, number, unit and due-date cells: shown, but no task of their own. */
  cells: Set<number>;
}

/** The longest unit cell read: a dozen bodies (区农业农村局、区经商局、…、区人力社保局). */
const UNIT_CELL_MAX = 160;

/** The units a cell names when it names nothing else (▲税务局,财政局,各镇乡(街道), 区园林局 区城管局); [] otherwise. */
export function unitsInCell(cell: string, isPlace?: (piece: string) => boolean): string[] {
  const list = cell
    .replace(LeadMarkRE, "")
    .replace(/\s*[，,；;／/]\s*|(?<=[局委办处室所站队院部心])\s+(?=\p{Script=Han})/gu, "、")
    .trim();
  return list ? unitsHeadedBy(list, isPlace, UNIT_CELL_MAX) : [];
}

/** The rows of every cell-per-line task table among the lines (simplified body lines, in order). */
export function cellTables(lines: readonly string[], isPlace?: (piece: string) => boolean): CellTable {
  const table: CellTable = { tasks: new Map(), dues: new Map(), cells: new Set() };
  pipeRows(lines, table, isPlace);
  // A cell the page closed with its bar (城管局 |); a header's label wrapped at a space (分管 领导).
  const cell = (position: number) => (lines[position] ?? "").replace(CellBarAfterRE, "").trim();
  const headerCell = (position: number) => cell(position).replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, "");
  let position = 0;
  while (position < lines.length) {
    let headerEnd = position;
    while (headerEnd < lines.length && HeaderCellRE.test(headerCell(headerEnd))) headerEnd++;
    // 序号 / 民生实事 / 责任单位 / 完成时限: a numbered table may name its task column as it likes.
    // (A label stands before another column's name; a short first task stands before its unit cell.)
    if (SerialHeaderRE.test(headerCell(position)))
      while (
        headerEnd < lines.length &&
        (HeaderCellRE.test(headerCell(headerEnd)) ||
          (ColumnLabelRE.test(headerCell(headerEnd)) && HeaderCellRE.test(headerCell(headerEnd + 1))))
      )
        headerEnd++;
    const header = Array.from({ length: headerEnd - position }, (_, offset) => headerCell(position + offset));
    const lastUnitsColumn = header.findLastIndex((name) => UnitsHeaderRE.test(name));
    if (header.length < 2 || lastUnitsColumn < 0) {
      position = Math.max(headerEnd, position + 1);
      continue;
    }
    for (let at = position; at < headerEnd; at++) table.cells.add(at);
    // Columns after the units (1-10月推进情况, 说明): a row's cells there, each closed by its bar, are no tasks.
    const columnsAfterUnits = lastUnitsColumn < header.length - 1;
    const afterUnits = (at: number) => columnsAfterUnits && CellBarAfterRE.test(lines[at] ?? "");
    // Where the 完成时限 column stands: after the units, a due cell closes its row. Only a table whose
    // units follow its task at once (序号 / 任务 / 责任单位 / 完成时限) may merge a unit cell over rows
    // that the due cells still tell apart; a column between them (建设年限) would read as a row's end.
    const dueColumn = header.findIndex((name) => DueHeaderRE.test(name));
    const firstUnitsColumn = header.findIndex((name) => UnitsHeaderRE.test(name));
    const taskColumn = header.findIndex((name) => !SerialHeaderRE.test(name));
    const dues: DueColumn | undefined =
      dueColumn < 0
        ? undefined
        : { afterUnits: dueColumn > lastUnitsColumn, mergesRows: firstUnitsColumn === taskColumn + 1 };
    position = readRows(headerEnd, lines.length, { cell, afterUnits, dues }, table, isPlace);
  }
  return table;
}

/**
 * Where the first task cell stands when the lines open with a task table's header row (序号 / 工作任务 /
 * 负责部门): a page that is only the table has no headline but that task; -1 otherwise.
 */
export function openingTableTask(lines: readonly string[]): number {
  if (!SerialHeaderRE.test(lines[0]?.trim() ?? "")) return -1;
  const { tasks, cells } = cellTables(lines);
  if (!cells.has(0)) return -1;
  const first = Math.min(...tasks.keys());
  return Number.isFinite(first) ? first : -1;
}

/** The bar a saved table sets after a cell: 城管局 |. */
export const CellBarAfterRE = /\s*[|｜]\s*$/u;
/** A cell's text without the bar a saved table sets before it: | 推进河西商业配套建设. */
export const CellBarRE = /^\s*[|｜]\s*/u;
/** A table's row ends on a line holding only its bar. */
const RowEndRE = /^\s*[|｜]\s*$/u;
/** How many bar-only lines, and cells after a bar, make a page's text a table saved with its bars. */
const MIN_PIPE_ROWS = 3;
/** A narrow column's cell wraps a few characters a line: 市 / 监 / 察 / 局, 长沙 / 先导 / 区管委会. */
const WrappedCellPieceRE = /^[\p{Script=Han}]{1,4}$/u;

/**
 * A table saved with its cell bars (| …), rows ended by a bar-only line, a narrow 牵头单位 column
 * wrapped a few characters a line and merged over the rows it leads:
 *
 *     |  /  市 / 监 / 察 / 局  /  | 想问题、做决策…  /  | 市直各单位、各区县市  /  |  /  严肃查处…  /  | 审计局…
 *
 * A unit cell before a row's task leads it and the rows after it (the merged cell); the unit cells
 * after the task carry it with the lead.
 */
function pipeRows(lines: readonly string[], table: CellTable, isPlace?: (piece: string) => boolean): void {
  const ends = lines.flatMap((line, position) => (RowEndRE.test(line) ? [position] : []));
  const barredCells = lines.filter((line) => CellBarRE.test(line) && !RowEndRE.test(line)).length;
  if (ends.length < MIN_PIPE_ROWS || barredCells < MIN_PIPE_ROWS) return;
  let lead: string[] = [];
  let lastAfter: string[] = [];
  for (const [index, end] of ends.entries()) {
    const next = ends[index + 1] ?? lines.length;
    table.cells.add(end);
    // The row's cells: bar-prefixed lines, and runs of wrapped pieces joined into one cell.
    const cells: { positions: number[]; text: string; wrapped: boolean }[] = [];
    let barSeen = false;
    for (let at = end + 1; at < next; at++) {
      const barred = CellBarRE.test(lines[at] ?? "");
      // After a barred cell a line without its bar is no cell: the text after the table begins.
      if (barSeen && !barred) break;
      barSeen ||= barred;
      const text = (lines[at] ?? "").replace(CellBarRE, "").trim();
      const wrapped = !barred && WrappedCellPieceRE.test(text);
      const last = cells.at(-1);
      if (wrapped && last?.wrapped) {
        last.positions.push(at);
        last.text += text;
      } else cells.push({ positions: [at], text, wrapped });
    }
    const named = cells.map((cell) => unitsInCell(cell.text, isPlace));
    const firstTask = cells.findIndex((cell, at) => named[at]?.length === 0 && hanCount(cell.text) >= MIN_TASK_HAN);
    const reject = () => {
      lead = [];
      lastAfter = [];
    };
    if (firstTask < 0) {
      reject();
      continue;
    }
    const before = named.slice(0, firstTask).flat();
    if (before.length > 0) lead = before;
    // A 责任单位 cell merged over the rows of one lead is written once, in the first of them.
    const written = named.slice(firstTask + 1).flat();
    const after = written.length > 0 || before.length > 0 ? written : lastAfter;
    lastAfter = after;
    const task = cells[firstTask];
    // A row that names no unit (a forum post's paragraphs between stray bars) is no table row.
    if (!task || task.positions.length !== 1 || (lead.length === 0 && after.length === 0)) {
      reject();
      continue;
    }
    for (const cell of cells) if (cell !== task) for (const position of cell.positions) table.cells.add(position);
    table.tasks.set(task.positions[0] ?? -1, [...new Set([...lead, ...after])]);
  }
}

/**
 * Reads rows from the line after a header; returns where the table ends. A row is its task cell(s),
 * then its unit cell(s) and date cells, opened by a number cell when the page kept them (a cleaned
 * page may have dropped lone numbers).
 */
function readRows(
  start: number,
  end: number,
  {
    cell,
    afterUnits,
    dues,
  }: { cell: (position: number) => string; afterUnits: (position: number) => boolean; dues: DueColumn | undefined },
  table: CellTable,
  isPlace?: (piece: string) => boolean,
): number {
  // A 责任单位 cell merged over several numbered rows is written once, in its first row.
  let carried: string[] = [];
  // Task cells waiting for their row's unit cell, and the last row's tasks (a 配合单位 cell adds to them).
  let pending: number[] = [];
  let lastRow: number[] = [];
  let numbered = false;
  let rowHasUnits = false;
  // A due cell read before its row's unit cell (序号 / 任务 / 完成时限 / 责任单位).
  let pendingDue: string | undefined;
  const settle = (units: string[]) => {
    for (const at of pending) {
      table.tasks.set(at, units);
      if (pendingDue) table.dues.set(at, pendingDue);
    }
    lastRow = pending;
    pending = [];
    pendingDue = undefined;
  };
  for (let position = start; position < end; position++) {
    const text = cell(position);
    if (SerialCellRE.test(text)) {
      // Lines before the first number, or after a row's units and before the next number, name the block
      // of rows that follows (一、做大做强主导产业) or fill a column no one is tasked by (责任领导 冯冬昌).
      if (rowHasUnits || !numbered) for (const at of pending.splice(0)) table.cells.add(at);
      else if (pending.length > 0 && carried.length > 0) settle(carried);
      else if (pending.length > 0) return pending[0] ?? position;
      numbered = true;
      rowHasUnits = false;
      pendingDue = undefined;
      table.cells.add(position);
      continue;
    }
    const units = unitsInCell(text, isPlace);
    if (units.length > 0) {
      if (pending.length > 0) settle(units);
      else for (const at of lastRow) table.tasks.set(at, [...new Set([...(table.tasks.get(at) ?? []), ...units])]);
      carried = table.tasks.get(lastRow[0] ?? -1) ?? units;
      rowHasUnits = true;
      table.cells.add(position);
      continue;
    }
    // A block's outline heading (一、做大做强主导产业) ends what a merged unit cell covers.
    if (OutlineH2RE.test(text)) carried = [];
    // (A cell's spaces are the page's: 2016 年底前.)
    const isDue = DueCellRE.test(text.replace(/\s+/g, ""));
    if (isDue && /\d|年/.test(text) && dues) {
      if (dues.afterUnits) {
        // A task cell right before a due cell closing a row shares the row above's merged unit cell.
        // (Not across a cell between them: a name in the units column, 王建军, is the row's.)
        if (dues.mergesRows && pending.length > 0 && carried.length > 0 && pending.at(-1) === position - 1)
          settle(carried);
        // (A date cell before the row's units is another column's: 建设年限 2024年. A row keeps its own due
        // when a short task read as no task leaves the next row's due cell after it.)
        if (pending.length === 0) for (const at of lastRow) if (!table.dues.has(at)) table.dues.set(at, text);
      } else if (pending.length > 0) pendingDue = text;
      table.cells.add(position);
      continue;
    }
    // A due date, an outline heading or a name (责任领导 冯冬昌): no task.
    if (isDue || OutlineH2RE.test(text) || hanCount(text) < MIN_TASK_HAN) {
      table.cells.add(position);
      continue;
    }
    // A row's cells after its units: progress and remarks, no task.
    if (rowHasUnits && numbered && afterUnits(position)) {
      table.cells.add(position);
      continue;
    }
    // Three text lines and no unit cell: prose after the table.
    if (pending.length >= 2) return pending[0] ?? position;
    pending.push(position);
  }
  if (pending.length > 0 && numbered && !rowHasUnits && carried.length > 0) settle(carried);
  return pending[0] ?? end;
}
