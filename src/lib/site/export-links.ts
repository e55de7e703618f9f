import { withBase } from "./paths";

/** The absolute address of a measure in its report, for exports opened outside the site. */
export function measureLink(site: URL | undefined, base: string, reportId: string, position: number): string {
  const path = withBase(base, `/reports/${reportId}/#measure-${position}`);
  return site ? new URL(path, site).href : path;
}
