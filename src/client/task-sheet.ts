import { isDeadlineStatus, type DeadlineStatus } from "../lib/followup/status";
import { taskSummary } from "../lib/followup/task-sheet";
import { refreshStatuses } from "./deadline-status";

/**
 * A task sheet as of the reader's day: statuses recomputed (src/client/deadline-status.ts), each
 * row moved to its status's group, groups recounted and rows renumbered; and the print button.
 */
export function startTaskSheet(): void {
  const table = document.getElementById("task-sheet");
  if (!(table instanceof HTMLTableElement)) return;
  refreshStatuses(document);
  regroupRows(table);
  document.getElementById("print-sheet")?.addEventListener("click", () => {
    window.print();
  });
}

function regroupRows(table: HTMLTableElement): void {
  const groups = new Map<DeadlineStatus, HTMLTableSectionElement>();
  for (const body of table.tBodies) {
    const status = body.dataset["group"] ?? "";
    if (isDeadlineStatus(status)) groups.set(status, body);
  }
  for (const row of table.querySelectorAll<HTMLTableRowElement>("tr[data-testid=task-row]")) {
    const status = row.querySelector<HTMLElement>(".deadline-status")?.dataset["status"] ?? "";
    const target = isDeadlineStatus(status) ? groups.get(status) : undefined;
    if (target && row.parentElement !== target) target.append(row);
  }
  const dueKey = (row: HTMLTableRowElement): string => row.dataset["due"] || "9999";
  const counts: { status: DeadlineStatus; count: number }[] = [];
  let number = 0;
  for (const [status, body] of groups) {
    const rows = [...body.querySelectorAll<HTMLTableRowElement>("tr[data-testid=task-row]")];
    // A stable sort keeps the build's order (newest report first) among equal deadlines.
    rows.sort((a, b) => dueKey(a).localeCompare(dueKey(b)));
    body.append(...rows);
    for (const row of rows) {
      const cell = row.querySelector(".task-number");
      if (cell) cell.textContent = String((number += 1));
    }
    const count = body.querySelector(".group-count");
    if (count) count.textContent = String(rows.length);
    body.hidden = rows.length === 0;
    counts.push({ status, count: rows.length });
  }
  const summary = document.getElementById("sheet-summary");
  if (summary) summary.textContent = taskSummary(counts);
}
