import type { SearchRequest } from "./engine";

/**
 * What to try when a search finds nothing: a wider search the reader can click (each term alone,
 * the same terms without filters), then the usual causes in plain words. Search is exact substring
 * matching, so a long phrase or one wrong character finds nothing where a shorter word finds much.
 */

/** One suggestion: its words, and the search it links to (URL parameters), if it is one. */
export interface NoHitHint {
  text: string;
  params?: Record<string, string>;
}

/** The search's parameters as the URL writes them (the search page's own form fields). */
function paramsOf(terms: readonly string[], request: SearchRequest, keepFilters: boolean): Record<string, string> {
  const params: Record<string, string> = {};
  if (terms.length > 0) params["q"] = terms.map((term) => (/\s/.test(term) ? `"${term}"` : term)).join(" ");
  if (keepFilters) {
    for (const [name, value] of Object.entries(request.filters)) if (value) params[name] = value;
    if (request.range?.from) params["from"] = request.range.from;
    if (request.range?.to) params["to"] = request.range.to;
  }
  return params;
}

/** Suggestions for a search that found no report. */
export function noHitHints(request: SearchRequest): NoHitHint[] {
  const hints: NoHitHint[] = [];
  const filtered = Object.values(request.filters).some(Boolean) || request.range !== undefined;
  if (filtered && request.terms.length > 0)
    hints.push({ text: "去掉地区、年份等筛选条件，在全部报告中搜索", params: paramsOf(request.terms, request, false) });
  if (request.terms.length > 1)
    for (const term of request.terms)
      hints.push({ text: `只搜「${term}」`, params: paramsOf([term], request, filtered) });
  if (request.terms.some((term) => Array.from(term).length >= 5))
    hints.push({ text: "用更短的词，或把长词拆成用空格分开的几个词（如「老旧小区 改造」）：每个词都出现即可找到" });
  hints.push({ text: "检查有没有错别字；简体、繁体、全角、半角都能搜到，不必转换" });
  hints.push({ text: "换个说法：单位可用简称或全称（如「市住建局」「住房和城乡建设局」），会议可用其中的几个字" });
  if (request.terms.length > 0)
    hints.push({ text: "不输入检索词，只选地区、年份、类型，浏览全部报告", params: paramsOf([], request, filtered) });
  return hints;
}
