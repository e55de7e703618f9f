/**
 * A number as reports write it in digits: with a decimal part, and with its thousands separated by
 * ASCII commas or not (1,000万元, 3.7万户). A full-width ，after digits ends a clause (小区12，100个已完成).
 */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** The value of a number matched by DIGITS. */
export const digitsValue = (digits: string): number => Number(digits.replaceAll(",", ""));
