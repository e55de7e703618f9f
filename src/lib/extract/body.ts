import type { TextBlock } from "../entry/body";
import type { ArticleLayout } from "./layout";
import type { Paragraph } from "./measures";
import {
  ClosingBylineRE,
  BarredRowRE,
  OrganisationLineRE,
  ItemNumberRE,
  OutlineH2RE,
  OutlineH3RE,
  ScoredItemRE,
  SignatureDateRE,
  CarrierLineRE,
  DeadlineLineRE,
  isHeadingLike,
  SENT_OUT,
} from "./patterns";
import { CellBarAfterRE, CellBarRE, cellTables, unitsInCell } from "./cell-table";
import { unitsHeadedBy, type UnitResolver } from "./units";

/**
 * The body of an article as the entry shows it (headings and paragraphs) and as the measures are
 * read from it (paragraphs with the heading they stand under and the units a task table assigns
 * them to).
 */

/** Lines that close an article: bylines, signatures, dates. Never headings. */
function isClosingLine(simple: string): boolean {
  return ClosingBylineRE.test(simple) || SignatureDateRE.test(simple) || OrganisationLineRE.test(simple);
}

/** A line that heads what follows: an outline number (一、(一)) or a short line with no sentence. */
function isBodyHeading(simple: string): boolean {
  // A long outline item that goes on past a comma (一、「校园宣导」由教育局办理…，从小…) is an item.
  const isOutline =
    (OutlineH2RE.test(simple) || OutlineH3RE.test(simple)) &&
    simple.length <= 40 &&
    !/[。]/.test(simple) &&
    (simple.length <= 24 || !/[，,；;]/.test(simple));
  // 2.严格审批矿产资源开采（10分）: a numbered item, even without a full stop, is a paragraph; so is
  // a line that carries its score (加强砂石运输车辆执法检查（60分）).
  if (/^\d{1,2}[.．、](?!\d)/.test(simple) && simple.length > 12) return false;
  if (ScoredItemRE.test(simple)) return false;
  return (
    isOutline ||
    (isHeadingLike(simple, { inBody: true }) &&
      /\p{Script=Han}/u.test(simple) &&
      !isClosingLine(simple) &&
      !/^同志们/.test(simple) &&
      !/^…+|…+$/.test(simple))
  );
}

/**
 * An outline item over the first item of the level below (二、大力推进产业项目建设，促进… over
 * （一）…; （一）全力推进产业项目建设。 over 1.…) is a section's heading, comma and stop or not.
 */
function headsSubItems(simple: string, nextSimple: string): boolean {
  if (simple.length > 40) return false;
  if (OutlineH2RE.test(simple)) return /^[(（]一[)）]|^1[.．、](?!\d)/.test(nextSimple);
  return OutlineH3RE.test(simple) && /^1[.．、](?!\d)/.test(nextSimple);
}

/**
 * An unnumbered line with no stop, right before item 1 of a list, names what the items detail: a task
 * table's 主要职责 cell over its 考核细则, 持续推进城区河道保洁 over 1.… 2.….
 */
function headsNumberedList(simple: string, nextSimple: string): boolean {
  return (
    /^1[.．、](?!\d)/.test(nextSimple) &&
    simple.length <= 60 &&
    !/[。！？!?；;：:]$/.test(simple) &&
    !ItemNumberRE.test(simple)
  );
}

/** How far into the body a notice's addressee line may stand (after a 文号 or a date line). */
const ADDRESSEE_LINES = 3;
/** A notice handing its document to the addressees above: 现印发你们, 现将…印发给你们, 请认真遵照执行. */
const AddresseesAskedRE = new RegExp(`^[^。]{0,80}?(?:${SENT_OUT}|请(?:认真)?(?:遵照|贯彻)执行)`, "u");

/** The body blocks of an article and the paragraphs its measures are read from. */
export function articleBody(
  layout: ArticleLayout,
  units: Pick<UnitResolver, "canonical" | "isPlace">,
): { blocks: TextBlock[]; paragraphs: Paragraph[] } {
  const blocks: TextBlock[] = [];
  const paragraphs: Paragraph[] = [];
  let heading: string | undefined;
  // A line naming only units (县委农工部) heads the tasks below it, as a table's 责任单位 cell does.
  let assignees: string[] = [];
  // A notice's addressees (各镇乡人民政府,各街道办事处,市政府各部门:) are whom its text asks for work, up to its signature.
  let addressees: string[] = [];
  const bodyIndexes = layout.bodyIndexes;
  const table = cellTables(
    bodyIndexes.map((index) => layout.simple[index] ?? ""),
    units.isPlace,
  );
  // Body lines so far below the title block (a 督查通知单's title, 文号 and issuing office may stand over it).
  let linesIn = 0;
  for (const [position, index] of bodyIndexes.entries()) {
    if (position > 0 && (bodyIndexes[position - 1] ?? 0) >= layout.titleBlockLength) linesIn += 1;
    const original = layout.lines[index] ?? "";
    const simple = layout.simple[index] ?? "";
    // A task table saved a cell a line: each row's task with the units of its row; the other cells task no one.
    const rowUnits = table.tasks.get(position);
    const due = table.dues.get(position);
    if (rowUnits || table.cells.has(position)) {
      blocks.push({ kind: "paragraph", text: original });
      // | 推进河西商业配套建设, 优化提升50条背街后巷交通组织。 |: the task without its cell bars.
      const bar = CellBarRE.exec(original)?.[0].length ?? 0;
      const end = original.length - (CellBarAfterRE.exec(original)?.[0].length ?? 0);
      if (rowUnits)
        paragraphs.push({
          original: original.slice(bar, end),
          simple: simple.slice(bar, end),
          assignees: rowUnits.map(units.canonical),
          tableRow: true,
          ...(due ? { due } : {}),
        });
      continue;
    }
    if (layout.signerIndex >= 0 && index >= layout.signerIndex) addressees = [];
    const nextSimple = layout.simple[bodyIndexes[position + 1] ?? -1] ?? "";
    // (各街道办事处,区级各部门,官盛新区管委会 over 现印发你们: the addressees, their colon lost, however many
    // lines of the document's own heading stand above them.)
    const addressLine =
      (linesIn < ADDRESSEE_LINES && /[:：]$/.test(simple)) ||
      (/^各[^。；;！？!?:：]{2,80}[，,、]/u.test(simple) && AddresseesAskedRE.test(nextSimple));
    const addressed =
      (layout.signerIndex < 0 || layout.signerIndex > index) && addressLine
        ? unitsInCell(simple.replace(/[:：]$/, ""), units.isPlace)
        : [];
    if (addressed.length > 0) {
      addressees = addressed.map(units.canonical);
      // (The issuing office over the notice's own heading heads none of its text: the addressees do.)
      assignees = [];
      blocks.push({ kind: "paragraph", text: original });
      continue;
    }
    const inTitleBlock = index < layout.titleBlockLength;
    // The signing organisation closes a 通报 or 检查, or an issuing notice; it heads no task and sets none.
    // An issuing notice's signature sits between it and the document it issues.
    const inSignature = layout.signerIndex >= 0 && index >= layout.signerIndex && index <= layout.signatureEnd;
    // A table's row saved on one line (| 灵 昆 镇 | 79.19 | 1 |) is data, no heading of what follows.
    const barredRow = BarredRowRE.test(simple);
    const headed =
      inTitleBlock || inSignature || barredRow ? [] : unitsHeadedBy(simple, units.isPlace).map(units.canonical);
    if (headed.length > 0) {
      assignees = headed;
      // A new unit's block (a task table's next row) is no longer under the last one's task heading.
      heading = undefined;
      blocks.push({ kind: "heading", level: 3, text: original });
      continue;
    }
    // 牵头单位：区发改局 and 完成时限：12月31日 are short and unpunctuated, but they say who carries the
    // task above them and when it is due.
    const namesCarrier = CarrierLineRE.test(simple) || DeadlineLineRE.test(simple);
    // （一）地区生产总值增长7%以上 over 责任单位：… is a task with its carrier, not a heading.
    const carried = CarrierLineRE.test(nextSimple);
    if (
      !inTitleBlock &&
      !barredRow &&
      !namesCarrier &&
      !carried &&
      (isBodyHeading(simple) || headsNumberedList(simple, nextSimple) || headsSubItems(simple, nextSimple))
    ) {
      blocks.push({ kind: "heading", level: OutlineH2RE.test(simple) ? 2 : 3, text: original });
      heading = simple;
      if (OutlineH2RE.test(simple)) assignees = [];
      continue;
    }
    blocks.push({ kind: "paragraph", text: original });
    if (inTitleBlock || inSignature) continue;
    paragraphs.push({
      original,
      simple,
      ...(heading ? { heading } : {}),
      ...(assignees.length > 0 ? { assignees } : {}),
      ...(addressees.length > 0 ? { addressees } : {}),
    });
    // Without a signature to end the notice, its text is the one paragraph under the addressees.
    if (layout.signerIndex < 0) addressees = [];
  }
  return { blocks, paragraphs };
}
