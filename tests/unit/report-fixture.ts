import type { Report } from "../../src/schemas/report";

/** A valid report with every field a test does not care about filled in; `fields` sets the rest. */
export const reportFixture = (fields: Partial<Report> = {}): Report => ({
  title: "某市召开会议",
  date: "2024-09",
  region: { province: "河南省", city: "洛阳市" },
  docType: "会议报道",
  source: { name: "未注明", file: "seeds/x.txt" },
  script: "simplified",
  complete: true,
  reviewed: false,
  leaders: [],
  tags: [],
  units: [],
  measures: [],
  ...fields,
});
