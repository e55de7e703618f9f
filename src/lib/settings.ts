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

/** A day given as YYYY-MM-DD (KB_TODAY); unset means undefined, anything else is an error naming it. */
export function isoDaySetting(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new Error(`${name} must be a day such as 2025-06-30, not "${value}"`);
  return value;
}
