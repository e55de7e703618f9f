import { execFile } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { promisify } from "node:util";
import { expect, test } from "vitest";

const run = promisify(execFile);

test("npm start on a busy port says 端口已占用 and what to do at once, before ingesting or building", async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  const { port } = holder.address() as AddressInfo;
  try {
    const failure = await run("npx", ["tsx", "scripts/start.ts", "--port", String(port)]).then(
      () => null,
      (error: unknown) => error as { code: number; stdout: string; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`端口已占用：127.0.0.1:${port}`);
    expect(failure?.stderr).toContain("PORT=8080 npm start");
    expect(failure?.stderr).not.toMatch(/^\s+at /m);
    expect(failure?.stdout).not.toContain("▶");
  } finally {
    holder.close();
  }
}, 60_000);
