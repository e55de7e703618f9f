import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import { constants } from "node:fs";
import { open, realpath, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
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

/** deploy/nginx.conf: HTML and exports change with every build, so browsers ask each time. */
const NO_CACHE = "no-cache";
/** deploy/nginx.conf's nested locations, in its order: hashed scripts and styles, the search index. */
const CACHED_PATHS: readonly (readonly [RegExp, string])[] = [
  [/\/_astro\//, "public, max-age=31536000, immutable"],
  [/\/pagefind\//, "public, max-age=3600"],
];

const ALLOWED_METHODS = "GET, HEAD";
/** Refused in a decoded path: NUL and other control characters, and backslashes (a separator on Windows). */
const UnsafePathRE = /[\0-\x1f\x7f\\]/;
/** The scheme and authority of an absolute-form request target (GET http://host/path HTTP/1.1). */
const AbsoluteFormRE = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;
/** Errors that mean "no such file", answered 404 as nginx does; anything else is a 500. */
const MISSING: ReadonlySet<string | undefined> = new Set(["ENOENT", "ENOTDIR", "ENAMETOOLONG"]);
/** O_NONBLOCK: opening a FIFO would otherwise block a libuv thread until a writer comes; no effect on files. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

export interface StaticServerOptions {
  root: string;
  /** URL prefix the site lives under, e.g. "/" or "/kb/". */
  base: string;
  port: number;
  host?: string;
}

/** A request target decoded and normalised as nginx does before it picks a file. */
interface Target {
  /** Path segments after %-decoding (%2f included) and resolving "." and "..". */
  segments: string[];
  /** Whether the decoded path ended in "/" (a folder's URL). */
  slash: boolean;
  /** "?…" as received, or "". */
  query: string;
}

/** What a path of the root turned out to be; null when there is nothing to serve. */
type Opened = { kind: "file"; handle: FileHandle; size: number } | { kind: "folder" } | null;

/**
 * Splits and decodes a request target; null when it is malformed, holds a control character or a
 * backslash, or climbs above "/" (all answered 400).
 */
function parseTarget(url: string): Target | null {
  const absolute = AbsoluteFormRE.exec(url);
  const target = absolute ? url.slice(absolute[0].length) || "/" : url;
  if (!target.startsWith("/")) return null;
  const queryAt = target.indexOf("?");
  let decoded: string;
  try {
    decoded = decodeURIComponent(queryAt === -1 ? target : target.slice(0, queryAt));
  } catch {
    return null;
  }
  if (UnsafePathRE.test(decoded)) return null;
  const segments: string[] = [];
  for (const segment of decoded.split("/")) {
    if (segment === "..") {
      if (segments.pop() === undefined) return null;
    } else if (segment !== "" && segment !== ".") segments.push(segment);
  }
  return { segments, slash: decoded.endsWith("/"), query: queryAt === -1 ? "" : target.slice(queryAt) };
}

/** The Cache-Control deploy/nginx.conf sends with a file served at this (decoded) URL path. */
function cacheControl(urlPath: string): string {
  return CACHED_PATHS.find(([pattern]) => pattern.test(urlPath))?.[1] ?? NO_CACHE;
}

/** A folder's URL: every segment percent-encoded, so no header can carry a raw CR, LF or non-Latin-1 character. */
function folderUrl(segments: string[], query: string): string {
  return `${["", ...segments.map(encodeURIComponent), ""].join("/")}${query}`;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/**
 * Passes a file's bytes on and fails if fewer than `size` came: the response declared that length,
 * and a file cut short while being sent must end in a broken connection, not a short body that
 * looks complete (or, on a kept-alive connection, a misframed next response).
 */
function exactly(size: number) {
  return async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let sent = 0;
    for await (const chunk of source) {
      sent += chunk.length;
      yield chunk;
    }
    if (sent !== size) throw new Error(`file changed while being sent: ${sent} of ${size} bytes`);
  };
}

/**
 * Serves a built site the way a plain production web server does: GET and HEAD of static files
 * only, under the base path and never outside the root (symlinks included), with correct MIME
 * types, gzip for text, the site's 404 page, and the security headers and cache policy of
 * deploy/nginx.conf. No request can stop it: an unexpected error is answered 500 (or, once the
 * headers are out, the connection is cut), and every file stream is destroyed with its response.
 */
export function startStaticServer({ root, base, port, host = "127.0.0.1" }: StaticServerOptions): Promise<Server> {
  const prefix = base.split("/").filter(Boolean);
  // The root's real path, looked up again when a file seems outside it (the root may be a symlink a deploy swaps).
  let realRoot: string | undefined;

  async function insideRoot(file: string): Promise<boolean> {
    if (realRoot !== undefined && isInside(file, realRoot)) return true;
    realRoot = await realpath(root).catch(() => undefined);
    return realRoot !== undefined && isInside(file, realRoot);
  }

  /** Opens a file of the root; the handle is owned by the caller from here on. */
  async function openInRoot(relative: string[]): Promise<Opened> {
    let handle: FileHandle;
    try {
      const real = await realpath(path.join(root, ...relative));
      if (!(await insideRoot(real))) return null;
      handle = await open(real, OPEN_FLAGS);
    } catch (error) {
      if (MISSING.has(errorCode(error))) return null;
      throw error;
    }
    // The checks and the read go through one handle: a file deleted or replaced meanwhile cannot fail the read.
    try {
      const info = await handle.stat();
      if (info.isFile()) return { kind: "file", handle, size: info.size };
      await handle.close();
      return info.isDirectory() ? { kind: "folder" } : null;
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  function answer(response: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}): void {
    response
      .writeHead(status, {
        ...SECURITY_HEADERS,
        "content-type": "text/plain; charset=utf-8",
        "cache-control": NO_CACHE,
        ...headers,
      })
      .end(text);
  }

  async function send(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    file: { handle: FileHandle; size: number },
    urlPath: string,
  ): Promise<void> {
    const { handle, size } = file;
    const ext = path.extname(urlPath);
    const headers: OutgoingHttpHeaders = {
      ...SECURITY_HEADERS,
      "content-type": MIME[ext] ?? "application/octet-stream",
      "cache-control": status === 200 ? cacheControl(urlPath) : NO_CACHE,
    };
    const gzip = COMPRESSIBLE.has(ext) && size > 0 && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    if (COMPRESSIBLE.has(ext)) headers["vary"] = "accept-encoding";
    if (gzip) headers["content-encoding"] = "gzip";
    else headers["content-length"] = size;
    if (request.method === "HEAD" || size === 0) {
      await handle.close();
      response.writeHead(status, headers).end();
      return;
    }
    response.writeHead(status, headers);
    // pipeline destroys every stream (and so closes the file) when the client goes away or a read fails.
    const source = handle.createReadStream({ start: 0, end: size - 1 });
    if (gzip) await pipeline(source, exactly(size), createGzip(), response);
    else await pipeline(source, exactly(size), response);
  }

  async function notFound(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const page = await openInRoot(["404.html"]);
    if (page?.kind === "file") await send(request, response, 404, page, "/404.html");
    else answer(response, 404, "404 页面不存在（not found）");
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") {
      answer(response, 405, "method not allowed", { allow: ALLOWED_METHODS });
      return;
    }
    const target = parseTarget(request.url ?? "/");
    if (!target) {
      answer(response, 400, "bad request");
      return;
    }
    const { segments, slash, query } = target;
    if (prefix.some((segment, index) => segments[index] !== segment)) {
      await notFound(request, response);
      return;
    }
    const relative = segments.slice(prefix.length);
    let opened = await openInRoot(relative);
    let served = segments;
    if (opened?.kind === "folder") {
      if (!slash) {
        answer(response, 301, "moved permanently", { location: folderUrl(segments, query) });
        return;
      }
      served = [...segments, "index.html"];
      opened = await openInRoot(served.slice(prefix.length));
    }
    if (opened?.kind === "file") await send(request, response, 200, opened, ["", ...served].join("/"));
    else await notFound(request, response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A client that hung up mid-download is no error of ours; pipeline has closed the file already.
      if (errorCode(error) !== "ERR_STREAM_PREMATURE_CLOSE") {
        console.error(`✖ ${request.method ?? "?"} ${request.url ?? "?"}:`, error);
      }
      if (response.headersSent) response.destroy();
      else answer(response, 500, "internal server error");
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      // Once listening, an error (EMFILE on accept, say) is logged; the server goes on serving.
      server.on("error", (error) => {
        console.error("✖ server:", error);
      });
      resolve(server);
    });
  });
}
