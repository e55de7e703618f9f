import { localToday } from "./download";

/**
 * The line a printed page carries under its title: the page's full address and the day it was
 * printed (the reader's own clock), so a sheet on a desk says where it came from and how current it
 * is. Filled when the page opens and again just before printing.
 */
export function installPrintMeta(doc: Document): void {
  const line = doc.querySelector<HTMLElement>("[data-print-meta]");
  if (!line) return;
  const fill = (): void => {
    const [year, month, day] = localToday().split("-").map(Number);
    line.textContent = `网址：${doc.location.href} · 打印日期：${year}年${month}月${day}日`;
  };
  fill();
  doc.defaultView?.addEventListener("beforeprint", fill);
}
