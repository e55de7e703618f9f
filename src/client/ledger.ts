import { routes } from "../lib/routes";
import { compareRows, rowMatches, type LedgerFilter, type RowFacets } from "../lib/catalog/ledger-filter";
import { pagePath } from "../lib/catalog/paging";
import { isDeadlineStatus, localIsoDate, STATUS_GROUP_LABELS } from "../lib/followup/status";
import { refreshStatuses } from "./deadline-status";
import { wireLedgerExport, type ShownRows } from "./ledger-export";

const split = (value: string | undefined): string[] => (value ? value.split("|") : []);
/** Ledger pages fetched at once while loading the whole ledger for a filter. */
const PARALLEL_FETCHES = 4;

interface Row {
  row: HTMLTableRowElement;
  facets: RowFacets;
}

function facetsOf(row: HTMLElement): RowFacets {
  const data = row.dataset;
  return {
    tags: split(data["tags"]),
    units: split(data["units"]),
    region: data["region"] ?? "",
    year: data["year"] ?? "",
    date: data["date"] ?? "",
    deadline: data["deadline"] ?? "",
    status: data["status"] ?? "",
  };
}

const rowsOf = (body: ParentNode): Row[] =>
  [...body.querySelectorAll<HTMLTableRowElement>("#ledger tbody tr")].map((row) => ({ row, facets: facetsOf(row) }));

/**
 * Every row of the ledger: this page's, and the other pages' fetched as the same static HTML a
 * reader without JavaScript would page through, in page order (newest report first).
 */
async function loadAllRows(form: HTMLFormElement, own: Row[], onProgress: (loaded: number) => void): Promise<Row[]> {
  const firstPage = form.dataset["firstPage"] ?? routes.ledger;
  const current = Number(form.dataset["current"] ?? 1);
  const last = Number(form.dataset["last"] ?? 1);
  const pages: Row[][] = [];
  pages[current - 1] = own;
  const wanted = Array.from({ length: last }, (_, index) => index + 1).filter((n) => n !== current);
  let loaded = 1;
  const worker = async (): Promise<void> => {
    for (let n = wanted.shift(); n !== undefined; n = wanted.shift()) {
      const response = await fetch(pagePath(firstPage, n));
      if (!response.ok) throw new Error(`台账第 ${n} 页载入失败（${response.status}）`);
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      pages[n - 1] = rowsOf(html).map(({ row, facets }) => {
        const imported = document.importNode(row, true);
        refreshStatuses(imported);
        return { row: imported, facets };
      });
      onProgress((loaded += 1));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_FETCHES }, worker));
  return pages.flat();
}

/**
 * Shows the ledger's filters (the paged table works without them) and keeps rows, count and URL in
 * step. A filter or a sort covers the whole ledger, so the first one loads every page; matching
 * rows are then shown a page's worth at a time.
 */
export function startLedgerFilters(): void {
  const form = document.getElementById("ledger-filters");
  const body = document.querySelector<HTMLTableSectionElement>("#ledger tbody");
  const count = document.getElementById("ledger-count");
  const range = document.getElementById("ledger-range");
  const pager = document.getElementById("ledger-pager");
  const more = document.getElementById("ledger-more");
  if (!(form instanceof HTMLFormElement) || !body || !count || !range || !pager || !(more instanceof HTMLButtonElement))
    return;
  const own = rowsOf(document);
  const pageRange = range.textContent;
  const total = count.textContent;
  const pageSize = Number(form.dataset["pageSize"] ?? 500);
  const today = localIsoDate(new Date());
  let everyRow: Promise<Row[]> | undefined;
  let generation = 0;
  // The rows a filter shows, for 下载 CSV (ledger-export.ts); null when unfiltered.
  let filtered: ShownRows | null = null;
  const csvLink = document.getElementById("ledger-csv");
  const csvNote = document.getElementById("ledger-csv-note");
  const exporter =
    csvLink instanceof HTMLAnchorElement && csvNote ? wireLedgerExport(csvLink, csvNote, () => filtered) : undefined;

  const apply = async (): Promise<void> => {
    const current = ++generation;
    const data = new FormData(form);
    const value = (name: string): string => (typeof data.get(name) === "string" ? (data.get(name) as string) : "");
    const filter: LedgerFilter = {};
    for (const name of ["tag", "unit", "region", "year"] as const) if (value(name)) filter[name] = value(name);
    const status = value("status");
    if (isDeadlineStatus(status)) filter.status = status;
    const by = value("sort") === "deadline" ? "deadline" : "date";
    const query = new URLSearchParams();
    for (const [name, chosen] of data)
      if (typeof chosen === "string" && chosen && !(name === "sort" && chosen === "date")) query.set(name, chosen);
    history.replaceState(null, "", query.size > 0 ? `?${query.toString()}` : window.location.pathname);

    if (query.size === 0) {
      filtered = null;
      exporter?.update();
      // Unfiltered, newest first: this page as built, with its pager.
      body.replaceChildren(...own.map(({ row }) => row));
      count.textContent = total;
      range.textContent = pageRange;
      pager.hidden = false;
      more.hidden = true;
      return;
    }
    everyRow ??= loadAllRows(form, own, (loaded) => {
      range.textContent = `，正在载入全部台账（${loaded}/${form.dataset["last"] ?? 1} 页）…`;
    });
    const all = await everyRow;
    if (current !== generation) return;
    const matching = all
      .filter(({ facets }) => rowMatches(facets, filter, today))
      .sort((a, b) => compareRows(a.facets, b.facets, by));
    let shown = 0;
    const showMore = (): void => {
      const next = matching.slice(shown, shown + pageSize);
      body.append(...next.map(({ row }) => row));
      shown += next.length;
      more.hidden = shown >= matching.length;
      range.textContent = `（从全部 ${total} 项中筛选），显示前 ${shown} 项`;
    };
    filtered = {
      rows: matching.map(({ row }) => row),
      chosen: [
        ...(["unit", "region", "tag", "year"] as const).flatMap((name) => filter[name] ?? []),
        ...(filter.status ? [STATUS_GROUP_LABELS[filter.status]] : []),
      ],
    };
    exporter?.update();
    body.replaceChildren();
    pager.hidden = true;
    count.textContent = String(matching.length);
    more.onclick = showMore;
    showMore();
  };
  const showError = (error: unknown): void => {
    range.textContent = `，${error instanceof Error ? error.message : String(error)}`;
  };
  const run = (): void => {
    apply().catch(showError);
  };
  form.addEventListener("change", run);
  form.addEventListener("reset", () => setTimeout(run));
  void fillChoices(form).then(() => {
    const params = new URLSearchParams(window.location.search);
    for (const select of form.querySelectorAll("select")) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
    }
    form.hidden = false;
    run();
  }, showError);
}

/** Fills the filter lists from the ledger's filters.json. */
async function fillChoices(form: HTMLFormElement): Promise<void> {
  const response = await fetch(form.dataset["filters"] ?? "");
  if (!response.ok) throw new Error(`筛选项载入失败（${response.status}）`);
  const choices = (await response.json()) as Record<string, string[]>;
  for (const select of form.querySelectorAll<HTMLSelectElement>("select[data-facet]"))
    select.append(...(choices[select.name] ?? []).map((value) => new Option(value, value)));
}
