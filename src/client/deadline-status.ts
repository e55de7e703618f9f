import { datedStatus, isDeadlineStatus, localIsoDate, statusLabel } from "../lib/followup/status";
import { formatChineseDate } from "../lib/view/dates";

/**
 * Brings the build's follow-up statuses up to the reader's day: a static site is read for months
 * after it was built, and 进行中 on the build day may be 逾期 today. Elements without a last day
 * (长期, 年份不详) do not change with the day and are left as built.
 */
export function refreshStatuses(root: ParentNode, today = localIsoDate(new Date())): void {
  for (const badge of root.querySelectorAll<HTMLElement>(".deadline-status[data-due]")) {
    const due = badge.dataset["due"] ?? "";
    const previous = badge.dataset["status"] ?? "";
    const status = datedStatus(due, today);
    if (status === previous) continue;
    if (isDeadlineStatus(previous)) badge.classList.remove(`status-${previous}`);
    badge.classList.add(`status-${status}`);
    badge.dataset["status"] = status;
    badge.textContent = statusLabel(status);
  }
  for (const day of root.querySelectorAll<HTMLTimeElement>("time[data-status-day]")) {
    day.dateTime = today;
    day.textContent = formatChineseDate(today);
  }
}
