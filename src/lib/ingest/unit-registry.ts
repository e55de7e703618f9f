/**
 * The registry of canonical unit names in content/taxonomy/units.json: the ingest adds the units
 * it finds, and verify checks that every unit an entry names is registered, so a misspelt unit in
 * a hand-written entry does not quietly open a second 台账.
 */

export interface UnitsFile {
  description: string;
  units: string[];
  aliases: { short: string; full: string }[];
}

/** The registry with the given names added, sorted, and how many were new. */
export function registerUnits(file: UnitsFile, names: Iterable<string>): { file: UnitsFile; added: string[] } {
  const known = new Set(file.units);
  const added = [...new Set(names)].filter((name) => !known.has(name));
  if (added.length === 0) return { file, added };
  return { file: { ...file, units: [...file.units, ...added].sort((a, b) => a.localeCompare(b, "zh-CN")) }, added };
}

/** Units an entry names (in the report or its measures) that the registry does not hold. */
export function unregisteredUnits(
  file: Pick<UnitsFile, "units">,
  entry: { units?: string[]; measures?: { units?: string[] }[] },
): string[] {
  const known = new Set(file.units);
  const named = [...(entry.units ?? []), ...(entry.measures ?? []).flatMap((measure) => measure.units ?? [])];
  return [...new Set(named)].filter((name) => !known.has(name));
}
