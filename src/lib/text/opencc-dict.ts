/**
 * OpenCC's dictionaries (as opencc-js ships them: "FROM TO|FROM TO|…", TO possibly listing
 * alternatives) read as character pairs: one character in, its first replacement out. Shared by
 * the search normalisation, script detection and the benchmark corpus.
 */
export function characterPairs(dict: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const entry of dict.split("|")) {
    const [from, to] = entry.split(" ");
    if (from && to && Array.from(from).length === 1) pairs.push([from, to]);
  }
  return pairs;
}
