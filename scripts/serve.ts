/**
 * Serves dist/ on localhost the way an intranet web server would.
 * Usage: npm run serve [-- --port 4321 --host 0.0.0.0 --root dist]   (BASE_PATH=/kb/ serves under a sub-path;
 * --port 0 takes a free port, and the address printed is the one bound)
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { listenErrorMessage } from "./support/listen-error.ts";
import { startStaticServer } from "./support/static-server.ts";

const { values } = parseArgs({
  options: { port: { type: "string" }, host: { type: "string" }, root: { type: "string" } },
});
const port = Number(values.port ?? process.env["PORT"] ?? 4321);
const host = values.host ?? "127.0.0.1";
const base = process.env["BASE_PATH"] ?? "/";
const root = path.resolve(values.root ?? "dist");

try {
  const address = (await startStaticServer({ root, base, port, host })).address();
  const bound = typeof address === "object" && address ? address.port : port;
  console.log(`政策知识库已启动: http://${host === "0.0.0.0" ? "localhost" : host}:${bound}${base}`);
} catch (error) {
  console.error(listenErrorMessage(error, { host, port, base }));
  process.exitCode = 1;
}
