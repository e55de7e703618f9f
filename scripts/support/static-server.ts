import { createServer, type Server, type ServerResponse } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { createGzip } from "node:zlib";
import { SECURITY_HEADERS } from "../../src/lib/hosting/security.ts";

/** MIME types of everything the site and Pagefind emit; .pagefind is Pagefind's wasm. */
const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".pagefind": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};
/** Pagefind's binary files are gzipped already; text compresses well. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".csv", ".txt", ".svg"]);

export interface StaticServerOptions {
  root: string;
  /** URL prefix the site lives under, e.g. "/" or "/kb/". */
  base: string;
  port: number;
  host?: string;
}

/**
 * Serves a built site the way a plain production web server does: static files only, under the
 * base path, with correct MIME types, gzip for text, the site's 404 page and the security headers
 * of deploy/nginx.conf.
 */
export function startStaticServer({ root, base, port, host = "127.0.0.1" }: StaticServerOptions): Promise<Server> {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400).end("bad request");
        return;
      }
      if (prefix !== "/" && pathname === prefix.slice(0, -1)) {
        response.writeHead(301, { location: prefix }).end();
        return;
      }
      if (!pathname.startsWith(prefix)) {
        notFound(response);
        return;
      }
      const relative = path.normalize(pathname.slice(prefix.length));
      if (relative.startsWith("..")) {
        notFound(response);
        return;
      }
      let file = path.join(root, relative);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith("/")) {
          response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
          return;
        }
        file = path.join(file, "index.html");
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        notFound(response);
        return;
      }
      send(request.headers["accept-encoding"], response, file, 200);
    })();
  });

  function notFound(response: ServerResponse): void {
    const page = path.join(root, "404.html");
    stat(page)
      .then((info) => {
        if (info.isFile()) send(undefined, response, page, 404);
        else response.writeHead(404).end("not found");
      })
      .catch(() => {
        response.writeHead(404).end("not found");
      });
  }

  function send(acceptEncoding: string | undefined, response: ServerResponse, file: string, status: number): void {
    const ext = path.extname(file);
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      "content-type": MIME[ext] ?? "application/octet-stream",
      "cache-control": ext === ".html" ? "no-cache" : "public, max-age=3600",
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(acceptEncoding ?? "");
    if (gzip) headers["content-encoding"] = "gzip";
    response.writeHead(status, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  }

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      resolve(server);
    });
  });
}
