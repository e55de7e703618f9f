/**
 * Serves dist/ on localhost the way an intranet web server would.
 * Usage: npm run serve [-- --port 4321 --host 0.0.0.0 --root dist]   (BASE_PATH=/kb/ serves under a sub-path)
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { startStaticServer } from "./support/static-server.ts";

const { values } = parseArgs({
  options: { port: { type: "string" }, host: { type: "string" }, root: { type: "string" } },
});
const port = Number(values.port ?? process.env["PORT"] ?? 4321);
const host = values.host ?? "127.0.0.1";
const base = process.env["BASE_PATH"] ?? "/";
const root = path.resolve(values.root ?? "dist");

await startStaticServer({ root, base, port, host });
console.log(`政策知识库已启动: http://${host === "0.0.0.0" ? "localhost" : host}:${port}${base}`);
