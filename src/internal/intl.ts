/**
 * Intl formatters for the elements, made once per locale and kept. Constructing one costs up to a
 * millisecond, and the first Intl object of a page tens of milliseconds (ICU starts up), so render
 * code must not construct them per item or per render.
 */

const dates = new Map<string, Intl.DateTimeFormat>();
const lists = new Map<string, Intl.ListFormat>();
const ranges = new Map<string, Intl.NumberFormat>();

/** A range of numbers as the locale writes it, e.g. "1–2" (not for equal ends: ICU writes "~1"). */
export function formatRange(start: number, end: number, locale: string): string {
  let format = ranges.get(locale);
  if (!format) ranges.set(locale, (format = new Intl.NumberFormat(locale)));
  return (format as Intl.NumberFormat & { formatRange(start: number, end: number): string }).formatRange(start, end);
}

/** A date as the locale writes it, e.g. "12 Mar 2025" (`dateStyle: 'medium'`), read as UTC. */
export function formatDate(iso: string, locale: string): string {
  let format = dates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dates.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** The locale's list format ("a, b and c"). */
export function listFormat(locale: string): Intl.ListFormat {
  let format = lists.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale);
    lists.set(locale, format);
  }
  return format;
}
