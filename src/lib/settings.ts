/**
 * Build settings given as environment variables (KB_PAGE_SIZE, SEARCH_SHARD_SIZE): unset means the
 * default, anything but a positive integer is an error naming the setting and the value.
 */
export function positiveIntegerSetting(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer, not "${value}"`);
  return number;
}
