/**
 * The markup of a listing's small repeated cells (index links, a deadline's status), as strings.
 * A ledger page holds hundreds of rows: written as nested Astro components these cells were most of
 * its render time (`npm run bench` prints it per route), as one string each they cost next to nothing.
 * The components that show one such cell elsewhere render the same strings.
 */
import type { Measure } from "../../schemas/report";
import { slugFor } from "../catalog/catalog";
import { followUpDeadline, measureStatus, statusLabel } from "../followup/status";
import { withBase } from "../routes";

/** Text made safe inside an element or a double-quoted attribute. */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Tags or units separated by 、, each linking to its index page. */
export function indexLinksMarkup(base: string, names: readonly string[], index: "tags" | "units"): string {
  return names
    .map((name) => `<a href="${escapeMarkup(withBase(base, `/${index}/${slugFor(name)}/`))}">${escapeMarkup(name)}</a>`)
    .join("、");
}

/**
 * A measure's follow-up status (逾期, 即将到期, 进行中, 长期 …) as of `today`, or nothing when it has
 * none. A dated one carries its last day in data-due, so src/client/deadline-status.ts recomputes it
 * for the reader's day.
 */
export function deadlineStatusMarkup(measure: Pick<Measure, "text" | "deadline">, today: string): string {
  const deadline = followUpDeadline(measure);
  const status = measureStatus(measure, today);
  if (status === "none") return "";
  const due = deadline.due ? ` data-due="${escapeMarkup(deadline.due)}"` : "";
  const title = deadline.due ? ` title="${escapeMarkup(`最后期限 ${deadline.due}`)}"` : "";
  return `<span class="deadline-status status-${status}" data-status="${status}"${due} data-testid="deadline-status"${title}>${escapeMarkup(statusLabel(status, deadline.text))}</span>`;
}
