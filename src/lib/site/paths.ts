/**
 * Joins the site's base path (import.meta.env.BASE_URL, "/" or "/kb/") with a site-relative path,
 * so every link works whether the site is served at the root or under a sub-path.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith("/") ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith("/") ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}
