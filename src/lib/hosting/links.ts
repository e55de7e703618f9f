import { Parser } from "htmlparser2";

/**
 * A link checker for a built site: every internal link, asset and #anchor must resolve to a file
 * (and an id in it) of the build, under the site's base path. Plain data in, problems out.
 */

export interface LinkProblem {
  page: string;
  href: string;
  problem: string;
}

interface PageFacts {
  links: string[];
  ids: Set<string>;
}

const LINK_ATTRIBUTES: Record<string, string> = {
  a: "href",
  link: "href",
  script: "src",
  img: "src",
  source: "src",
  form: "action",
};

/** The links and ids of one HTML page. */
export function pageFacts(html: string): PageFacts {
  const links: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const attribute = LINK_ATTRIBUTES[name];
        const value = attribute ? attributes[attribute] : undefined;
        if (value !== undefined) links.push(value);
        if (attributes["id"]) ids.add(attributes["id"]);
        if (name === "a" && attributes["name"]) ids.add(attributes["name"]);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { links, ids };
}

/** The file a site path is served from: /kb/tags/ → tags/index.html (relative to the build). */
export function fileForPath(pathname: string, base: string): string | null {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) return null;
  const relative = decodeURIComponent(pathname.slice(prefix.length));
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/**
 * Checks every page of a build. `pages` maps a build-relative HTML file (reports/x/index.html) to
 * its HTML; `files` holds every file of the build; `base` is the path the site is served under.
 */
export function findBrokenLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  base: string,
): { checked: number; problems: LinkProblem[] } {
  const facts = new Map([...pages].map(([file, html]) => [file, pageFacts(html)]));
  const problems: LinkProblem[] = [];
  let checked = 0;
  for (const [file, { links }] of facts) {
    const pageUrl = new URL(`${base.replace(/\/?$/, "/")}${file.replace(/index\.html$/, "")}`, "http://site.invalid");
    for (const href of links) {
      if (/^(?:mailto:|tel:|data:|javascript:)/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.origin !== pageUrl.origin) {
        // Only a report's own source may point elsewhere (an rel="noreferrer" citation link).
        continue;
      }
      checked += 1;
      const target = fileForPath(url.pathname, base);
      if (target === null) {
        problems.push({ page: file, href, problem: `outside the base path ${base}` });
        continue;
      }
      if (!files.has(target)) {
        problems.push({ page: file, href, problem: `no file ${target}` });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith(".html") && !facts.get(target)?.ids.has(anchor)) {
        problems.push({ page: file, href, problem: `no id "${anchor}" in ${target}` });
      }
    }
  }
  return { checked, problems };
}
