/**
 * Serves dist/ on localhost the way an intranet web server would.
 * Usage: npm run serve [-- --port 4321 --host 0.0.0.0 --root dist]   (BASE_PATH=/kb/ serves under a sub-path;
 * --port 0 takes a free port, and the address printed is the one bound)
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

try {
  const address = (await startStaticServer({ root, base, port, host })).address();
  const bound = typeof address === "object" && address ? address.port : port;
  console.log(`政策知识库已启动: http://${host === "0.0.0.0" ? "localhost" : host}:${bound}${base}`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") {
    // Most often a second npm start while the first still runs: say so, and how to go on.
    console.error(
      [
        `✖ 端口已占用：${host}:${port} 已有程序在使用（可能是已经在运行的 npm start 或 npm run serve）。`,
        `  网站也许已经在 http://${host === "0.0.0.0" ? "localhost" : host}:${port}${base} 上，可以直接打开；`,
        `  或换一个端口：PORT=8080 npm start（或 npm start -- --port 8080，npm run serve -- --port 8080）；`,
        `  或先关闭占用该端口的程序。(port ${port} is in use)`,
      ].join("\n"),
    );
  } else if (code === "EACCES") {
    console.error(`✖ 没有权限使用端口 ${port}：1024 以下的端口需要管理员权限，请换一个端口，如 --port 8080。`);
  } else {
    console.error(`✖ 无法在 ${host}:${port} 上启动：${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
