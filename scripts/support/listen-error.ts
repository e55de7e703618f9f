import { createServer } from "node:net";

/** Where the site is asked to be served. */
export interface ServeAddress {
  host: string;
  port: number;
  base: string;
}

/**
 * What to tell a person whose server could not start: in Chinese, what happened and what to do —
 * never a bare EADDRINUSE. Most often it is a second npm start while the first still runs.
 */
export function listenErrorMessage(error: unknown, { host, port, base }: ServeAddress): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "EADDRINUSE") {
    return [
      `✖ 端口已占用：${host}:${port} 已有程序在使用（可能是已经在运行的 npm start 或 npm run serve）。`,
      `  网站也许已经在 http://${host === "0.0.0.0" ? "localhost" : host}:${port}${base} 上，可以直接打开；`,
      `  或换一个端口：PORT=8080 npm start（或 npm start -- --port 8080，npm run serve -- --port 8080）；`,
      `  或先关闭占用该端口的程序。(port ${port} is in use)`,
    ].join("\n");
  }
  if (code === "EACCES")
    return `✖ 没有权限使用端口 ${port}：1024 以下的端口需要管理员权限，请换一个端口，如 --port 8080。`;
  return `✖ 无法在 ${host}:${port} 上启动：${error instanceof Error ? error.message : String(error)}`;
}

/** Null when the port can be listened on now, else the error listening gave. */
export function probePort(host: string, port: number): Promise<unknown> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", resolve);
    probe.listen(port, host, () => {
      probe.close(() => {
        resolve(null);
      });
    });
  });
}
