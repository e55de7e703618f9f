import { expect, test } from "vitest";
import { fileForPath, findBrokenLinks } from "../../../src/lib/hosting/links";

test("paths map to the files a static server sends", () => {
  expect(fileForPath("/kb/tags/", "/kb/")).toBe("tags/index.html");
  expect(fileForPath("/kb/", "/kb/")).toBe("index.html");
  expect(fileForPath("/kb/ledger.csv", "/kb/")).toBe("ledger.csv");
  expect(fileForPath("/tags/", "/kb/")).toBeNull();
});

test("broken files, missing anchors and links outside the base are found; good ones pass", () => {
  const pages = new Map([
    [
      "index.html",
      '<a href="/kb/reports/a/#measure-1">ok</a><a href="reports/b/">no page</a><a href="/tags/">outside</a><a href="https://example.org/">external</a>',
    ],
    [
      "reports/a/index.html",
      '<tr id="measure-1"></tr><a href="#measure-2">missing</a><a href="../../ledger.csv">csv</a>',
    ],
  ]);
  const files = new Set(["index.html", "reports/a/index.html", "ledger.csv"]);
  const { checked, problems } = findBrokenLinks(pages, files, "/kb/");
  expect(checked).toBe(5);
  expect(problems).toEqual([
    { page: "index.html", href: "reports/b/", problem: "no file reports/b/index.html" },
    { page: "index.html", href: "/tags/", problem: "outside the base path /kb/" },
    { page: "reports/a/index.html", href: "#measure-2", problem: 'no id "measure-2" in reports/a/index.html' },
  ]);
});
