import { expect, test, vi } from "vitest";

test("the simplified reading keeps 乾 whichever of detection and simplifying runs first in a process", async () => {
  vi.resetModules();
  const script = await import("../../../src/lib/text/script");
  expect(script.detectScript("王乾發縣長主持縣務會議，會議強調")).toBe("traditional");
  expect(script.simplifyChars("王乾發")).toBe("王乾发");
});
