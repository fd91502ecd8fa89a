/**
 * The one cache of Intl objects: every formatter of the core and the elements is made here, once
 * per locale and options, and kept. Making one costs up to a millisecond (the first of a page tens
 * of milliseconds, while ICU starts), so no render or ranking may make its own. Pure ECMAScript:
 * no DOM, so the core uses it too.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/**
 * A number format for `locale`; `kind` names the options (built only on the first call: ranking
 * formats dozens of numbers a call). A locale Intl refuses gets English.
 */
export function numberFormat(locale: string, kind: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${kind}`, () => {
    try {
      return new Intl.NumberFormat(locale, options());
    } catch {
      return new Intl.NumberFormat('en', options());
    }
  });
}

/** The locale's plural rules (`one`, `few`…). */
export const pluralRules = (locale: string): Intl.PluralRules => cached(`p|${locale}`, () => new Intl.PluralRules(locale));

/** The locale's list format ("a, b and c", or "a, b or c"); null where the browser has none. */
export function listFormat(locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): Intl.ListFormat | null {
  return cached(`l|${locale}|${type}`, () => {
    try {
      return new Intl.ListFormat(locale, { type });
    } catch {
      return null;
    }
  });
}

/** A date as the locale writes it, e.g. "12 Mar 2025" (`dateStyle: 'medium'`), read as UTC. */
export function formatDate(iso: string, locale: string): string {
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(iso));
}

/** A range of numbers as the locale writes it, e.g. "1–2" (not for equal ends: ICU writes "~1"). */
export function formatRange(start: number, end: number, locale: string): string {
  return (numberFormat(locale, '', () => ({})) as Intl.NumberFormat & { formatRange(start: number, end: number): string }).formatRange(start, end);
}
