import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, symlink, truncate, unlink, writeFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import { SECURITY_HEADERS } from "../../src/lib/hosting/security";

/**
 * npm run serve as a real process (tsx scripts/serve.ts) on a small site in a temporary folder,
 * with a secret file planted beside it: hostile requests must never stop it, reach the secret,
 * or cost it a file handle.
 */

const TSX = path.resolve("node_modules/.bin/tsx");
const SERVE = path.resolve("scripts/serve.ts");
const BIG = 20 * 1024 * 1024;
/** File handles a server may gain over a test: sockets still closing, a lazily opened handle or two. */
const FD_SLACK = 5;

interface Served {
  port: number;
  /** The node process that serves (tsx runs the script in a child of its own). */
  pid: number;
  child: ChildProcess;
  output: () => string;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let dir: string;
let site: string;
let secret: string;
let atRoot: Served;
let underKb: Served;
const SITE_FILES: Record<string, string> = {
  "index.html": "<h1>home</h1>",
  "404.html": "<h1>no such page</h1>",
  "search/index.html": "<h1>search</h1>",
  "中/index.html": "<h1>中</h1>",
  "ledger.csv": "id,title\n1,老旧小区\n",
  "reports.json": '[{"id":1}]',
  "_astro/app.B8O2LZwn.js": "console.log(1);",
  "pagefind/pagefind.js": "export {};",
  "pagefind/wasm.unknown.pagefind": "\0asm",
};
/** Every body a 200 to the fuzz may carry (the symlinks inside the root lead to these files too). */
const SITE_BODIES = new Set(Object.values(SITE_FILES));

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function serve(root: string, basePath: string): Promise<Served> {
  const port = await freePort();
  const child = spawn(TSX, [SERVE, "--root", root, "--port", String(port)], {
    env: { ...process.env, BASE_PATH: basePath },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  // Both pipes are read all along, so a server that logs a lot never blocks on a full pipe.
  child.stdout.setEncoding("utf-8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf-8").on("data", (chunk: string) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => {
      if (output.includes(`http://127.0.0.1:${port}/`)) resolve();
    });
    child.once("exit", (code) => {
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf-8").trim().split(" ");
  expect(children).toHaveLength(1);
  return { port, pid: Number(children[0]), child, output: () => output };
}

/** Sends a request with the target exactly as given (no URL normalisation on our side). */
function send(
  server: Served,
  target: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; agent?: http.Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: server.port,
        path: target,
        method: options.method ?? "GET",
        headers: options.headers ?? {},
        agent: options.agent ?? false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/**
 * Writes raw bytes on a fresh connection and returns all the server answered before closing. The
 * connection stays open for writing (a client's half-close makes Node drop a pending response), and
 * is closed after 3 s of silence in case the bytes left the server waiting for more.
 */
function sendRaw(server: Served, bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(server.port, "127.0.0.1");
    socket.on("data", (chunk) => chunks.push(chunk));
    // A server may reset a connection it refused while request bytes were still unread.
    socket.on("error", () => undefined);
    socket.on("close", () => {
      resolve(Buffer.concat(chunks));
    });
    socket.setTimeout(3000, () => socket.destroy());
    socket.write(bytes);
  });
}

function fdCount(server: Served): number {
  return readdirSync(`/proc/${server.pid}/fd`).length;
}

/** The server's handle count once the sockets of earlier requests are closed. */
async function baselineFdCount(server: Served): Promise<number> {
  await sleep(300);
  return fdCount(server);
}

/** The server's handle count once it has settled to `target` (or after 5 s, whatever it is then). */
async function settledFdCount(server: Served, target: number): Promise<number> {
  for (let waited = 0; waited < 5000 && fdCount(server) > target; waited += 100) await sleep(100);
  return fdCount(server);
}

async function expectAlive(server: Served, home = "/"): Promise<void> {
  expect(server.child.exitCode, server.output()).toBeNull();
  expect((await send(server, home)).status, server.output()).toBe(200);
}

function expectSecurityHeaders(reply: Reply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply.headers[name], name).toBe(value);
}

/** Runs `count` tasks, `concurrency` at a time. */
async function inParallel(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "policy-kb-serve-"));
  site = path.join(dir, "site");
  secret = `SECRET-${process.pid}-${Date.now()}`;
  await writeFile(path.join(dir, "secret.txt"), secret);
  for (const [name, content] of Object.entries(SITE_FILES)) {
    await mkdir(path.dirname(path.join(site, name)), { recursive: true });
    await writeFile(path.join(site, name), content);
  }
  await symlink("../secret.txt", path.join(site, "escape.txt"));
  await symlink("..", path.join(site, "outside"));
  await symlink("index.html", path.join(site, "inside.txt"));
  execFileSync("mkfifo", [path.join(site, "pipe")]);
  await writeFile(path.join(site, "big.bin"), Buffer.alloc(BIG, 7));
  await writeFile(path.join(site, "big.csv"), "1,老旧小区改造\n".repeat(BIG / 20));
  [atRoot, underKb] = await Promise.all([serve(site, "/"), serve(site, "/kb/")]);
}, 60_000);

afterAll(async () => {
  atRoot.child.kill();
  underKb.child.kill();
  await rm(dir, { recursive: true, force: true });
});

test("a folder reached through an encoded slash, CJK or CRLF gets a percent-encoded Location or a 400", async () => {
  const cases: [string, number, string | undefined][] = [
    ["/search/%E4%B8%AD%2f..", 301, "/search/"],
    ["/search/%e4%b8%ad%2F..?q=%E4%B8%AD%0d%0a", 301, "/search/?q=%E4%B8%AD%0d%0a"],
    ["/search/%0d%0a%2f..", 400, undefined],
    ["/%E4%B8%AD", 301, "/%E4%B8%AD/"],
    ["/search/.", 301, "/search/"],
    ["/.", 301, "/"],
    ["//.", 301, "/"],
  ];
  for (const [target, status, location] of cases) {
    const reply = await send(atRoot, target);
    expect([target, reply.status, reply.headers.location]).toEqual([target, status, location]);
    expectSecurityHeaders(reply);
    await expectAlive(atRoot);
  }
  expect((await send(atRoot, "/%E4%B8%AD/")).body.toString()).toBe(SITE_FILES["中/index.html"]);
});

test("under BASE_PATH=/kb/ the site is served below the prefix only", async () => {
  const cases: [string, number, string | undefined][] = [
    ["/kb", 301, "/kb/"],
    ["/kb?x=1", 301, "/kb/?x=1"],
    ["/kb/search", 301, "/kb/search/"],
    ["/kb/%E4%B8%AD%2f..%2fsearch", 301, "/kb/search/"],
    ["/kb/", 200, undefined],
    ["/kb/../kb/ledger.csv", 200, undefined],
    ["/index.html", 404, undefined],
    ["/kb/../index.html", 404, undefined],
    ["/kb/../secret.txt", 404, undefined],
    ["/kb/../../secret.txt", 400, undefined],
  ];
  for (const [target, status, location] of cases) {
    const reply = await send(underKb, target);
    expect([target, reply.status, reply.headers.location]).toEqual([target, status, location]);
    expectSecurityHeaders(reply);
  }
  await expectAlive(underKb, "/kb/");
});

test("only GET and HEAD are served; other methods get 405 with Allow, HEAD gets no body", async () => {
  for (const method of ["POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH"]) {
    const reply = await send(atRoot, "/index.html", { method });
    expect([method, reply.status, reply.headers.allow]).toEqual([method, 405, "GET, HEAD"]);
    expectSecurityHeaders(reply);
  }
  const head = (await sendRaw(atRoot, Buffer.from("HEAD /ledger.csv HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")))
    .toString()
    .split("\r\n\r\n");
  expect(head[0]).toMatch(/^HTTP\/1\.1 200 /);
  expect(head[0]).toMatch(new RegExp(`^content-length: ${Buffer.byteLength(SITE_FILES["ledger.csv"] ?? "")}$`, "im"));
  expect(head.slice(1).join("")).toBe("");
  await expectAlive(atRoot);
});

test("404s carry the security headers, whether from 404.html or the plain fallback", async () => {
  const page = await send(atRoot, "/no/such/page/");
  expect([page.status, page.body.toString(), page.headers["cache-control"]]).toEqual([
    404,
    SITE_FILES["404.html"],
    "no-cache",
  ]);
  expectSecurityHeaders(page);
  await rename(path.join(site, "404.html"), path.join(dir, "404.html"));
  try {
    const plain = await send(atRoot, "/no/such/page/");
    expect(plain.status).toBe(404);
    expectSecurityHeaders(plain);
  } finally {
    await rename(path.join(dir, "404.html"), path.join(site, "404.html"));
  }
});

test("Cache-Control follows deploy/nginx.conf: HTML and exports no-cache, hashed assets and the index cached", async () => {
  const conf = readFileSync("deploy/nginx.conf", "utf-8");
  const site = /location __BASE__ \{[^}]*?add_header Cache-Control "([^"]+)" always;/.exec(conf)?.[1];
  const nested = new Map(
    [...conf.matchAll(/location ~ \/(\w+)\/ \{\s*add_header Cache-Control "([^"]+)" always;/g)].map((match) => [
      match[1],
      match[2],
    ]),
  );
  expect(site).toBe("no-cache");
  expect([...nested.keys()]).toEqual(["_astro", "pagefind"]);
  const expected: Record<string, string | undefined> = {
    "/": site,
    "/search/": site,
    "/ledger.csv": site,
    "/reports.json": site,
    "/_astro/app.B8O2LZwn.js": nested.get("_astro"),
    "/pagefind/pagefind.js": nested.get("pagefind"),
    "/pagefind/wasm.unknown.pagefind": nested.get("pagefind"),
    "/_astro/missing.js": site,
  };
  for (const [target, cacheControl] of Object.entries(expected)) {
    const reply = await send(atRoot, target);
    expect([target, reply.headers["cache-control"]]).toEqual([target, cacheControl]);
    expectSecurityHeaders(reply);
  }
});

test("nothing outside the root is served: dot segments, encoded slashes and backslashes, NUL, symlinks", async () => {
  const targets = [
    "/../secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/search/..%2f..%2fsecret.txt",
    "/..%5csecret.txt",
    "/%5c..%5csecret.txt",
    "/..\\secret.txt",
    "/index.html%00.txt",
    "/secret.txt%00",
    "//../secret.txt",
    "/escape.txt",
    "/outside/secret.txt",
    "/outside/outside/secret.txt",
    "http://127.0.0.1/../secret.txt",
    "/%252e%252e/secret.txt",
  ];
  for (const target of targets) {
    const reply = await send(atRoot, target);
    expect([target, reply.status]).toEqual([target, expect.toSatisfy((status: number) => status >= 400)]);
    expect(reply.body.toString()).not.toContain(secret);
  }
  // A symlink that stays inside the root is followed, as nginx does.
  expect((await send(atRoot, "/inside.txt")).body.toString()).toBe(SITE_FILES["index.html"]);
  expect((await send(atRoot, "/outside/site/ledger.csv")).status).toBe(200);
  // Opening a FIFO would block a file-system thread for good; enough of them would stall every request.
  for (let i = 0; i < 6; i++) expect((await send(atRoot, "/pipe")).status).toBe(404);
  await expectAlive(atRoot);
});

test("an error the server does not expect is answered 500 and it lives on", async () => {
  // A symlink loop: realpath fails with ELOOP, which nginx too answers with 500.
  await symlink("loop", path.join(site, "loop"));
  try {
    const reply = await send(atRoot, "/loop");
    expect(reply.status).toBe(500);
    expectSecurityHeaders(reply);
  } finally {
    await unlink(path.join(site, "loop"));
  }
  await expectAlive(atRoot);
});

test("a file deleted and recreated while it is requested is sent whole or not found", async () => {
  const file = path.join(site, "churn.html");
  const content = "<p>churn</p>".repeat(2000);
  const stop = new AbortController();
  const churn = (async () => {
    while (!stop.signal.aborted) {
      await writeFile(`${file}.tmp`, content);
      await rename(`${file}.tmp`, file);
      await unlink(file);
    }
  })();
  const agent = new http.Agent({ keepAlive: true });
  const seen = new Set<number>();
  try {
    await inParallel(1500, 6, async () => {
      const reply = await send(atRoot, "/churn.html", { agent });
      seen.add(reply.status);
      if (reply.status === 200) expect(reply.body.toString()).toBe(content);
      else expect(reply.status).toBe(404);
    });
  } finally {
    stop.abort();
    await churn;
    agent.destroy();
  }
  expect(seen).toContain(200);
  await expectAlive(atRoot);
}, 30_000);

test("a file that shrinks while it is sent cuts the connection instead of passing a short body off as whole", async () => {
  const file = path.join(site, "shrinking.bin");
  await writeFile(file, Buffer.alloc(BIG, 1));
  const { complete, received } = await new Promise<{ complete: boolean; received: number }>((resolve, reject) => {
    let responded = false;
    const request = http.get({ host: "127.0.0.1", port: atRoot.port, path: "/shrinking.bin", agent: false });
    // Before the response, an error is the test's failure; after it, the cut this test expects.
    request.on("error", (error) => {
      if (!responded) reject(error);
    });
    request.on("response", (response) => {
      responded = true;
      let received = 0;
      response.once("data", () => {
        response.pause();
        truncate(file, 0).then(() => response.resume(), reject);
      });
      response.on("data", (chunk: Buffer) => (received += chunk.length));
      response.on("error", () => undefined);
      response.on("close", () => {
        resolve({ complete: response.complete, received });
      });
    });
  });
  expect(received).toBeLessThan(BIG);
  expect(complete).toBe(false);
  await unlink(file);
  await expectAlive(atRoot);
});

test("300 downloads of a 20 MB file aborted midway free every file handle", async () => {
  const baseline = await baselineFdCount(atRoot);
  await inParallel(300, 10, (index) => {
    return new Promise<void>((resolve) => {
      const request = http.get({
        host: "127.0.0.1",
        port: atRoot.port,
        // Half of them through gzip, whose stream must be destroyed too.
        path: index % 2 ? "/big.bin" : "/big.csv",
        headers: { "accept-encoding": "gzip" },
        agent: false,
      });
      request.on("error", () => undefined);
      request.on("close", resolve);
      request.on("response", (response) => {
        response.on("error", () => undefined);
        response.once("data", () => request.destroy());
      });
    });
  });
  expect(await settledFdCount(atRoot, baseline + FD_SLACK)).toBeLessThanOrEqual(baseline + FD_SLACK);
  await expectAlive(atRoot);
}, 30_000);

/** Path pieces that have broken static servers, and names of the site, its symlinks and the secret. */
const SEGMENTS = [
  "",
  ".",
  "..",
  "...",
  "%2e",
  "%2e%2e",
  "%2E.",
  ".%2e",
  "%2f",
  "%2F",
  "%5c",
  "%5C",
  "\\",
  "%00",
  "%0d%0a",
  "%0a",
  "%E4%B8%AD",
  "%ff",
  "%e4%b8",
  "%",
  "%zz",
  "%252e%252e",
  "kb",
  "site",
  "index.html",
  "search",
  "ledger.csv",
  "reports.json",
  "_astro",
  "pagefind",
  "404.html",
  "escape.txt",
  "outside",
  "secret.txt",
  "inside.txt",
  "pipe",
];
const segment = fc.oneof(
  { arbitrary: fc.constantFrom(...SEGMENTS), weight: 6 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }).map(encodeURIComponent), weight: 1 },
  {
    arbitrary: fc
      .uint8Array({ maxLength: 4 })
      .map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")),
    weight: 1,
  },
  { arbitrary: fc.stringMatching(/^[!-~]{1,6}$/), weight: 1 },
);
const separator = fc.constantFrom("/", "/", "/", "//", "\\", "%2f", "%5c");
const target = fc
  .tuple(
    fc.array(fc.tuple(separator, segment), { maxLength: 6 }),
    fc.option(fc.stringMatching(/^[!-~]{0,8}$/), { nil: undefined }),
  )
  .map(
    ([pieces, query]) =>
      `/${pieces.map(([sep, piece]) => sep + piece).join("")}${query === undefined ? "" : `?${query}`}`,
  );
/** Requests a well-behaved client can send (the target as is), and raw bytes no client library would send. */
const fuzzRequest = fc.oneof(
  {
    arbitrary: fc.record({
      raw: fc.constant(false),
      server: fc.boolean(),
      method: fc.constantFrom("GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH"),
      target,
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      raw: fc.constant(true),
      server: fc.boolean(),
      method: fc.oneof(fc.constantFrom("GET", "HEAD", "POST"), fc.stringMatching(/^[A-Z]{1,7}$/)),
      target: fc.oneof(
        fc.uint8Array({ maxLength: 24 }).map((bytes) => Buffer.concat([Buffer.from("/"), bytes]).toString("latin1")),
        fc.string({ unit: "grapheme", maxLength: 12 }).map((text) => Buffer.from(`/${text}`).toString("latin1")),
        target.map((path) => path.replaceAll("%0d", "\r").replaceAll("%0a", "\n").replaceAll("%00", "\0")),
      ),
    }),
    weight: 1,
  },
);

type FuzzRequest = typeof fuzzRequest extends fc.Arbitrary<infer T> ? T : never;

test("10,000 random requests: the server stays up, serves only files of the root and leaks no handle", async () => {
  const start = async (server: Served) => ({
    server,
    agent: new http.Agent({ keepAlive: true, maxSockets: 4 }),
    fds: await baselineFdCount(server),
    logged: server.output().length,
  });
  const [root, kb] = await Promise.all([start(atRoot), start(underKb)]);
  const check = async (request: FuzzRequest): Promise<void> => {
    const { server, agent } = request.server ? kb : root;
    if (request.raw) {
      const answer = await sendRaw(
        server,
        Buffer.from(`${request.method} ${request.target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, "latin1"),
      );
      expect(answer.toString("latin1")).not.toContain(secret);
      if (answer.length > 0) expect(answer.toString("latin1")).toMatch(/^HTTP\/1\.1 \d{3} /);
      return;
    }
    const reply = await send(server, request.target, { method: request.method, agent });
    const context = `${request.method} ${request.target} → ${reply.status}`;
    expect([200, 301, 400, 404, 405], context).toContain(reply.status);
    expect(reply.body.toString(), context).not.toContain(secret);
    if (reply.status === 200 && request.method === "GET") expect(SITE_BODIES, context).toContain(reply.body.toString());
    if (reply.status === 301) expect(reply.headers.location, context).toMatch(/^\/(?!\/)[!-~]*$/);
    if (reply.status !== 400) expect(reply.headers["x-content-type-options"], context).toBe("nosniff");
  };
  await fc.assert(
    fc.asyncProperty(fc.array(fuzzRequest, { minLength: 8, maxLength: 8 }), async (batch) => {
      await Promise.all(batch.map(check));
    }),
    { numRuns: 1250, endOnFailure: true },
  );
  for (const { server, agent, fds, logged } of [root, kb]) {
    agent.destroy();
    expect(await settledFdCount(server, fds + FD_SLACK)).toBeLessThanOrEqual(fds + FD_SLACK);
    // Nothing the fuzz sends is a server error (those are logged with ✖).
    expect(server.output().slice(logged)).not.toContain("✖");
  }
  await expectAlive(atRoot);
  await expectAlive(underKb, "/kb/");
}, 60_000);
