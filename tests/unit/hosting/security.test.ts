import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../../src/lib/hosting/security";

test("deploy/nginx.conf sends exactly the policy the site is built and tested against", () => {
  const conf = readFileSync("deploy/nginx.conf", "utf-8");
  const policies = [...conf.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map((match) => match[1]);
  expect(policies.length).toBeGreaterThanOrEqual(3);
  for (const policy of policies) expect(policy).toBe(CONTENT_SECURITY_POLICY);
});
