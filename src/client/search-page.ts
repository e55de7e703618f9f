import { parseQuery } from "../lib/search/query";
import {
  isEmptyRequest,
  runSearch,
  SHARD_FILTER,
  type SearchAnswer,
  type FilterCounts,
  type PagefindApi,
  type PagefindResult,
  type SearchRequest,
  type SearchShard,
} from "../lib/search/engine";
import { buildExcerpt, findTermSpans } from "../lib/search/match";
import { termToPagefindQuery } from "../lib/search/tokens";
import { normalizeForSearch } from "../lib/search/normalize";
import { FILTER_NAMES, fragmentText, type FilterName } from "../lib/search/records";
import { SEARCH_ROOT, SHARD_MANIFEST, type ShardManifestEntry } from "../lib/search/shards";
import { DATE_FILTER, parseDateRange, regionOptions } from "../lib/search/facets";
import { withBase } from "../lib/routes";
import { csvText, exportFileName, SEARCH_COLUMNS } from "../lib/view/csv";
import { reportLang } from "../lib/view/report-view";
import { downloadText, localToday } from "./download";
import { showNoHitHints } from "./no-hit";

const PAGE_SIZE = 10;
/** How long typing must pause before the box is searched; Enter searches at once. */
const TYPING_PAUSE_MS = 200;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`search page: #${id} missing`);
  return found;
}

/** The search as the URL states it, so a shared link reproduces it. */
function requestFromUrl(params: URLSearchParams): { raw: string; request: SearchRequest } {
  const raw = params.get("q") ?? "";
  const filters: SearchRequest["filters"] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const request: SearchRequest = {
    terms: parseQuery(raw),
    filters,
    sort: params.get("sort") === "date" ? "date" : "relevance",
  };
  const range = parseDateRange(params.get("from"), params.get("to"));
  if (range) request.range = range;
  return { raw, request };
}

/** Each facet's options in display order, worked out once per page from all values (regionOptions is quadratic). */
const facetOptions = new Map<FilterName, { value: string; label: string; depth: number }[]>();

/**
 * Shows every facet value with its count among the results (no count when there were too many to
 * count). The options are built once; a search only rewrites their labels.
 */
function fillFacets(
  form: HTMLFormElement,
  all: FilterCounts,
  counts: FilterCounts | null,
  chosen: SearchRequest["filters"],
): void {
  for (const select of form.querySelectorAll<HTMLSelectElement>("select[data-facet]")) {
    const name = select.dataset["facet"] as FilterName;
    let options = facetOptions.get(name);
    if (!options) {
      const values = Object.keys(all[name] ?? {});
      // Regions as a tree (province ▸ city ▸ district), each count taking in the levels below it.
      options =
        name === "region"
          ? regionOptions(values)
          : values.sort((a, b) => a.localeCompare(b, "zh-CN")).map((value) => ({ value, label: value, depth: 0 }));
      facetOptions.set(name, options);
      select.replaceChildren(new Option("全部", ""), ...options.map(({ value }) => new Option(value, value)));
    }
    options.forEach(({ value, label, depth }, index) => {
      const option = select.options[index + 1];
      if (!option) return;
      const count = counts ? (counts[name]?.[value] ?? 0) : null;
      const text = `${"\u3000".repeat(depth)}${label}`;
      const wanted = count === null ? text : `${text}（${count}）`;
      if (option.text !== wanted) option.text = wanted;
    });
    select.value = chosen[name] ?? "";
  }
}

/** Every result of an answer as CSV rows (title, dates, region, type, a link that works where the site is served). */
async function resultsCsv(answer: SearchAnswer): Promise<string> {
  const fragments = await Promise.all((await answer.slice(0, answer.total)).map((result) => result.data()));
  return csvText([
    SEARCH_COLUMNS,
    ...fragments.map((fragment) => [
      fragment.meta["title"] ?? "",
      fragment.meta["date"] ?? "",
      (fragment.meta["dateKey"] ?? "").replace(/(-00)+$/, "").replace(/^0000.*/, ""),
      fragment.meta["region"] ?? "",
      fragment.meta["type"] ?? "",
      new URL(fragment.url, window.location.href).href,
    ]),
  ]);
}

async function renderResult(result: PagefindResult, terms: string[]): Promise<HTMLLIElement> {
  const fragment = await result.data();
  const item = document.createElement("li");
  item.dataset["testid"] = "search-result";
  const lang = reportLang({ script: fragment.meta["script"] === "traditional" ? "traditional" : "simplified" });
  const link = document.createElement("a");
  const url = new URL(fragment.url, window.location.origin);
  if (terms.length > 0) url.searchParams.set("hl", terms.join(" "));
  link.href = url.pathname + url.search;
  link.lang = lang;
  const title = fragment.meta["title"] ?? fragment.url;
  link.append(...highlighted(title, terms));
  const meta = document.createElement("div");
  meta.className = "result-meta";
  meta.textContent = [fragment.meta["date"], fragment.meta["region"], fragment.meta["type"]].join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  excerpt.lang = lang;
  const text = fragmentText(fragment);
  for (const part of buildExcerpt(text, findTermSpans(text, terms))) {
    excerpt.append(part.hit ? Object.assign(document.createElement("mark"), { textContent: part.text }) : part.text);
  }
  item.append(link, meta, excerpt);
  // A term the title and text do not hold was found in the facts panel: show the facts it matched.
  const inText = normalizeForSearch(`${title}\n${text}`);
  const factTerms = terms.filter((term) => !inText.includes(term));
  const facts = (fragment.meta["facts"] ?? "")
    .split("\n")
    .filter((fact) => factTerms.some((term) => normalizeForSearch(fact).includes(term)));
  if (facts.length > 0) {
    const line = document.createElement("p");
    line.className = "excerpt facts-hit";
    line.dataset["testid"] = "search-fact-hit";
    line.append("见于：");
    facts.forEach((fact, index) => {
      if (index > 0) line.append("；");
      line.append(...highlighted(fact, factTerms));
    });
    item.append(line);
  }
  return item;
}

function highlighted(text: string, terms: string[]): (string | HTMLElement)[] {
  const nodes: (string | HTMLElement)[] = [];
  let cursor = 0;
  for (const span of findTermSpans(text, terms)) {
    nodes.push(
      text.slice(cursor, span.start),
      Object.assign(document.createElement("mark"), { textContent: text.slice(span.start, span.end) }),
    );
    cursor = span.end;
  }
  nodes.push(text.slice(cursor));
  return nodes;
}

/** Wires the search page: reads the URL, searches, renders, and keeps the URL in step. */
export async function startSearchPage(): Promise<void> {
  const form = element("search-form", HTMLFormElement);
  const input = element("search-query", HTMLInputElement);
  const status = element("search-status", HTMLParagraphElement);
  const list = element("search-results", HTMLOListElement);
  const more = element("search-more", HTMLButtonElement);
  const exportButton = element("search-export", HTMLButtonElement);
  const hints = element("search-hints", HTMLUListElement);
  const panel = element("search-facets", HTMLDetailsElement);
  const base = form.dataset["base"] ?? "/";
  // The form works from the first moment; searches wait for Pagefind to load.
  const otherSites = JSON.parse(form.dataset["sites"] ?? "[]") as string[];
  const unavailable: string[] = [];
  const ready = (async () => {
    // This site's shards, and those of the other sites searched with it (a site that cannot be
    // reached is left out and named, rather than failing the whole search).
    const manifests = Promise.all(
      [base, ...otherSites].map(async (site) => {
        const response = await fetch(withBase(site, `${SEARCH_ROOT}${SHARD_MANIFEST}`)).catch(() => undefined);
        if (!response?.ok) {
          if (site === base) throw new Error(`检索索引载入失败（${String(response?.status ?? "网络错误")}）`);
          unavailable.push(site);
          return [];
        }
        const shards = (await response.json()) as ShardManifestEntry[];
        // The shard filter names site and shard, so shards of different sites stay apart.
        return shards.map((shard) => ({ ...shard, path: withBase(site, shard.path), key: `${site}|${shard.key}` }));
      }),
    );
    const pagefind = (await import(/* @vite-ignore */ withBase(base, `${SEARCH_ROOT}pagefind.js`))) as PagefindApi & {
      options(options: { mergeFilter: Record<string, string> }): Promise<void>;
      mergeIndex(path: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
      init(): Promise<void>;
      /** Loads the index chunks a query needs, without searching. */
      preload(query: string): Promise<void>;
    };
    const [primary, ...others] = (await manifests).flat();
    if (primary) await pagefind.options({ mergeFilter: { [SHARD_FILTER]: primary.key } });
    await pagefind.init();
    await Promise.all(
      others.map((shard) => pagefind.mergeIndex(shard.path, { mergeFilter: { [SHARD_FILTER]: shard.key } })),
    );
    const shards: SearchShard[] = [primary, ...others].flatMap((shard) =>
      shard ? [{ key: shard.key, newest: shard.newest, oldest: shard.oldest }] : [],
    );
    return { pagefind, shards };
  })();
  // Every facet value with its count, from all filter chunks of every shard: loaded only once the
  // facet panel is opened (or a date range needs the months the index holds), so a plain query
  // never pays for them (Pagefind's search() loads only the filters it names).
  let allFilters: Promise<FilterCounts> | undefined;
  const loadFilters = (): Promise<FilterCounts> => (allFilters ??= ready.then(({ pagefind }) => pagefind.filters()));
  let generation = 0;
  /** The search the page shows or is running (its URL query), so asking for it again repeats no work. */
  let current = "";
  /** Whether that search counts facets (the panel was open when it started). */
  let currentCountsFacets = false;
  let typingTimer = 0;

  const run = async (params: URLSearchParams): Promise<void> => {
    const ticket = ++generation;
    current = params.toString();
    status.dataset["done"] = "false";
    const { raw, request } = requestFromUrl(params);
    // The form shows the search being run, set before any wait so nothing typed later is overwritten.
    if (input.value !== raw) input.value = raw;
    const sortSelect = form.elements.namedItem("sort");
    if (sortSelect instanceof HTMLSelectElement) sortSelect.value = request.sort;
    for (const end of ["from", "to"] as const) {
      const field = form.elements.namedItem(end);
      if (field instanceof HTMLInputElement) field.value = request.range?.[end] ?? "";
    }
    // A chosen facet or range is shown, so the panel opens for it (a shared link, the back button).
    if (Object.values(request.filters).some(Boolean) || request.range) panel.open = true;
    exportButton.hidden = true;
    showNoHitHints(hints, null, "");
    const facetsWanted = panel.open;
    currentCountsFacets = facetsWanted;
    const { pagefind, shards } = await ready;
    const all = facetsWanted || request.range ? await loadFilters() : undefined;
    // A newer search (typed while Pagefind was loading) owns the page now.
    if (ticket !== generation) return;
    if (isEmptyRequest(request)) {
      if (all) fillFacets(form, all, all, request.filters);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "请输入检索词，或打开“筛选”选择地区、年份、类型、起止日期，列出相应报告。";
      status.dataset["count"] = "0";
      status.dataset["done"] = "true";
      return;
    }
    status.textContent = "正在搜索…";
    const started = performance.now();
    const answer = await runSearch(pagefind, request, shards, Object.keys(all?.[DATE_FILTER] ?? {}), {
      counts: facetsWanted,
    });
    if (ticket !== generation) return;
    if (all && facetsWanted) fillFacets(form, all, answer.counts, request.filters);
    list.replaceChildren();
    let shown = 0;
    const showMore = async (): Promise<void> => {
      // One page at a time: a second click while a page loads would fetch the same page again.
      more.disabled = true;
      const page = await answer.slice(shown, shown + PAGE_SIZE);
      if (ticket !== generation) return;
      shown += page.length;
      const items = await Promise.all(page.map((result) => renderResult(result, request.terms)));
      if (ticket !== generation) return;
      list.append(...items);
      more.hidden = shown >= answer.total;
      more.disabled = false;
    };
    more.onclick = () => void showMore();
    await showMore();
    if (ticket !== generation) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const missing = unavailable.length > 0 ? `；未能载入 ${unavailable.join("、")} 的索引` : "";
    const browsing = request.terms.length === 0 ? "，按筛选条件列出，新→旧" : "";
    status.textContent = `找到 ${answer.total} 篇报告（${seconds} 秒${browsing}${missing}）${answer.total === 0 ? "。可以试试：" : ""}`;
    showNoHitHints(hints, answer.total === 0 ? request : null, window.location.pathname);
    exportButton.hidden = answer.total === 0;
    exportButton.onclick = () => {
      const range = request.range ? [`${request.range.from ?? ""}至${request.range.to ?? ""}`] : [];
      const subject = [...request.terms, ...Object.values(request.filters), ...range];
      resultsCsv(answer).then((csv) => {
        downloadText(exportFileName(subject, "检索结果", localToday()), csv);
      }, showError);
    };
    status.dataset["count"] = String(answer.total);
    status.dataset["done"] = "true";
  };

  /** The form's search as URL parameters. */
  const formParams = (): URLSearchParams => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value) params.set(name, value);
    if (params.get("sort") === "relevance") params.delete("sort");
    return params;
  };
  /** Runs the form's search unless it is the one shown already; `replace` keeps typing out of the history. */
  const searchForm = (replace: boolean): void => {
    window.clearTimeout(typingTimer);
    const params = formParams();
    if (params.toString() === current) return;
    const url = `${window.location.pathname}?${params.toString()}`;
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    void run(params).catch(showError);
  };
  // Typing searches once the typist pauses: one search per pause, not per keystroke (a keystroke
  // that only starts a character, as an input method composes, waits for the character).
  input.addEventListener("input", (event) => {
    window.clearTimeout(typingTimer);
    if (event instanceof InputEvent && event.isComposing) return;
    // The chunks of what is typed so far load while the typist goes on: a longer term needs every
    // character pair of a shorter one, so none is loaded for nothing (one character, a prefix of
    // every pair it begins, is left to the search).
    const terms = parseQuery(input.value).filter((term) => Array.from(term).length > 1);
    void ready.then(({ pagefind }) => Promise.all(terms.map((term) => pagefind.preload(termToPagefindQuery(term)))));
    typingTimer = window.setTimeout(() => {
      searchForm(true);
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    searchForm(false);
  });
  for (const select of form.querySelectorAll("select, input[type=date]")) {
    select.addEventListener("change", () => {
      form.requestSubmit();
    });
  }
  // Opening the panel loads the facets and counts the search shown (its index chunks are loaded already).
  panel.addEventListener("toggle", () => {
    if (panel.open && !currentCountsFacets) run(new URLSearchParams(window.location.search)).catch(showError);
  });
  window.addEventListener("popstate", () => {
    run(new URLSearchParams(window.location.search)).catch(showError);
  });
  await run(new URLSearchParams(window.location.search)).catch(showError);

  function showError(error: unknown): void {
    current = "";
    status.textContent = `搜索出错：${error instanceof Error ? error.message : String(error)}。请刷新页面重试。`;
    status.dataset["done"] = "true";
  }
}
