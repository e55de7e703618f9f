/**
 * The other sites whose search indexes the search page merges (SEARCH_SITES): comma-separated
 * base paths on the same server, e.g. "/kb/henan/,/kb/jiangsu/". Full URLs are refused, since the
 * Content-Security-Policy lets the page fetch from its own origin only.
 */
export function parseSiteList(value: string | undefined, ownBase: string): string[] {
  const sites = (value ?? "")
    .split(",")
    .map((site) => site.trim())
    .filter(Boolean)
    .map((site) => {
      if (!site.startsWith("/") || site.startsWith("//"))
        throw new Error(`SEARCH_SITES: "${site}" must be a path on this server such as /kb/henan/`);
      return site.endsWith("/") ? site : `${site}/`;
    });
  return [...new Set(sites)].filter((site) => site !== ownBase);
}
