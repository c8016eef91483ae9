/**
 * Calendar arithmetic for Convention dates: UTC, no clock, ISO `YYYY-MM-DD`
 * text in and out. One module, so every deadline in the bill, the wizard, the
 * gap report and the Article 7 report is computed the same way.
 */

/** Parse `YYYY-MM-DD` to a UTC date, or `undefined` when it is not a real calendar date. */
export function parseIsoDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** Format a UTC date as `YYYY-MM-DD` (years 0000–9999). */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: Date, years: number): Date {
  const y = date.getUTCFullYear() + years;
  const m = date.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

/** `days` calendar days later. */
export function addDays(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

/** {@link addYears} on ISO text (the input must be a valid date). */
export function isoPlusYears(iso: string, years: number): string {
  return formatIsoDate(addYears(requireIso(iso), years));
}

/** {@link addDays} on ISO text (the input must be a valid date). */
export function isoPlusDays(iso: string, days: number): string {
  return formatIsoDate(addDays(requireIso(iso), days));
}

function requireIso(iso: string): Date {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return date;
}
