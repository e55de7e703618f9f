import { datedStatus, isDeadlineStatus, localIsoDate, type DeadlineStatus } from "../lib/followup/status";
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

/**
 * The index of task sheets for the reader's day: each unit's dated measures (data-dues) are
 * recounted as 逾期, 即将到期 or 进行中; the other counts do not change with the day.
 */
export function recountTaskIndex(): void {
  refreshStatuses(document);
  const today = localIsoDate(new Date());
  for (const row of document.querySelectorAll<HTMLTableRowElement>("#task-index tbody tr[data-dues]")) {
    const counts = { overdue: 0, "due-soon": 0, "in-progress": 0 };
    for (const due of (row.dataset["dues"] ?? "").split(" ").filter(Boolean)) counts[datedStatus(due, today)] += 1;
    for (const [status, count] of Object.entries(counts)) {
      const cell = row.querySelector<HTMLElement>(`td[data-count="${status}"]`);
      if (cell) cell.textContent = String(count);
    }
  }
}
