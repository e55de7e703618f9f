import { ReportSchema, type ReportInput } from "../../src/schemas/report";
import type { CatalogEntry } from "../../src/lib/catalog/catalog";

/** A catalogue entry for unit tests: a valid report with the fields given, the rest plain defaults. */
export function catalogEntry(id: string, data: Partial<ReportInput>): CatalogEntry {
  return {
    id,
    data: ReportSchema.parse({
      title: id,
      date: "2024-01-01",
      docType: "会议报道",
      source: { name: "测试", file: "seeds/x.txt" },
      ...data,
    }),
  };
}
