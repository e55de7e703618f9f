import { compareRows, rowMatches, type LedgerFilter, type RowFacets } from "../lib/site/ledger-filter";

const split = (value: string | undefined): string[] => (value ? value.split("|") : []);

function facetsOf(row: HTMLElement): RowFacets {
  const data = row.dataset;
  return {
    tags: split(data["tags"]),
    units: split(data["units"]),
    region: data["region"] ?? "",
    year: data["year"] ?? "",
    date: data["date"] ?? "",
    deadline: data["deadline"] ?? "",
  };
}

/** Shows the ledger's filters (the table works without them) and keeps rows, count and URL in step. */
export function startLedgerFilters(): void {
  const form = document.getElementById("ledger-filters");
  const body = document.querySelector<HTMLTableSectionElement>("#ledger tbody");
  const count = document.getElementById("ledger-count");
  if (!(form instanceof HTMLFormElement) || !body || !count) return;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>("tr")].map((row) => ({ row, facets: facetsOf(row) }));
  const today = new Date().toISOString().slice(0, 10);
  form.hidden = false;

  const params = new URLSearchParams(window.location.search);
  for (const select of form.querySelectorAll("select")) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  const apply = (): void => {
    const data = new FormData(form);
    const value = (name: string): string => (typeof data.get(name) === "string" ? (data.get(name) as string) : "");
    const filter: LedgerFilter = {};
    for (const name of ["tag", "unit", "region", "year"] as const) if (value(name)) filter[name] = value(name);
    const deadline = value("deadline");
    if (deadline === "has" || deadline === "overdue" || deadline === "none") filter.deadline = deadline;
    const by = value("sort") === "deadline" ? "deadline" : "date";
    const sorted = [...rows].sort((a, b) => compareRows(a.facets, b.facets, by));
    let shown = 0;
    for (const { row, facets } of sorted) {
      const visible = rowMatches(facets, filter, today);
      row.hidden = !visible;
      if (visible) shown += 1;
      body.append(row);
    }
    count.textContent = String(shown);
    const query = new URLSearchParams();
    for (const [name, chosen] of data)
      if (typeof chosen === "string" && chosen && !(name === "sort" && chosen === "date")) query.set(name, chosen);
    history.replaceState(null, "", query.size > 0 ? `?${query.toString()}` : window.location.pathname);
  };
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply));
  apply();
}
