import { csvText, exportFileName, parseCsv } from "../lib/view/csv";
import { downloadText, localToday } from "./download";

/** What the ledger shows now: its rows, and the filter values chosen (for the file name); null when unfiltered. */
export interface ShownRows {
  rows: readonly HTMLTableRowElement[];
  chosen: readonly string[];
}

/** A measure's address, the same whether written site-relative or in full. */
const addressOf = (link: string): string => {
  const url = new URL(link, window.location.href);
  return `${url.pathname}${url.hash}`;
};

/**
 * Makes the ledger's 下载 CSV link export what the reader sees: with a filter on, the rows shown
 * (all of them, not only the first page's worth), taken from the complete ledger.csv so the columns
 * are the same, named for the filter, with links that work where the site is served. Unfiltered,
 * the link downloads ledger.csv as it is.
 */
export function wireLedgerExport(
  link: HTMLAnchorElement,
  note: HTMLElement,
  shown: () => ShownRows | null,
): {
  update(): void;
} {
  const plainNote = note.textContent;
  link.download = exportFileName(["工作举措台账"], "全部", localToday());
  link.addEventListener("click", (event) => {
    const current = shown();
    if (!current) return;
    event.preventDefault();
    const wanted = new Set(
      current.rows.flatMap((row) => {
        const href = row.querySelector("td a")?.getAttribute("href");
        return href ? [addressOf(href)] : [];
      }),
    );
    void fetch(link.href)
      .then(async (response) => {
        if (!response.ok) throw new Error(`台账 CSV 载入失败（${response.status}）`);
        const [header = [], ...records] = parseCsv(await response.text());
        const linkColumn = header.length - 1;
        const kept = records
          .filter((fields) => wanted.has(addressOf(fields[linkColumn] ?? "")))
          .map((fields) =>
            fields.map((field, index) => (index === linkColumn ? new URL(field, window.location.href).href : field)),
          );
        downloadText(exportFileName(current.chosen, "工作举措", localToday()), csvText([header, ...kept]));
      })
      .catch((error: unknown) => {
        note.textContent = `（${error instanceof Error ? error.message : String(error)}）`;
      });
  });
  return {
    update: () => {
      const current = shown();
      note.textContent = current ? `（筛选后的 ${current.rows.length} 项；Excel 可直接打开）` : plainNote;
    },
  };
}
