/**
 * Units: kilograms and pounds, cuff steps, and display helpers on Intl.NumberFormat
 * (`style: 'unit'`). Pure: the locale is always passed in.
 */
import { numberFormat as formatter } from './intl.js';
import { CUFF_STEP, KG_PER_LB } from './rules/safety.js';

export type UnitSystem = 'metric' | 'imperial';
export type WeightUnit = 'kg' | 'lb';

export function kgToLb(kg: number): number {
  return kg / KG_PER_LB;
}

export function lbToKg(lb: number): number {
  return lb * KG_PER_LB;
}

/**
 * Rounds down to a multiple of `step`. A tiny tolerance keeps values such as 0.3 / 0.1 from
 * falling a whole step because of binary floating point.
 */
export function floorToStep(value: number, step: number): number {
  const steps = Math.floor(value / step + 1e-9);
  return Math.max(0, Number((steps * step).toFixed(4)));
}

/** Rounds a per-ankle load down to a real cuff step: 0.25 kg or 0.5 lb. */
export function toCuffStep(value: number, unit: WeightUnit): number {
  return floorToStep(value, CUFF_STEP[unit]);
}

/** The default unit system for a locale: `en-US` (and other US-English tags) is imperial, the rest metric. */
export function defaultUnits(locale: string): UnitSystem {
  return /^en-US\b/i.test(locale) || /^en-(LR|MM)\b/i.test(locale) ? 'imperial' : 'metric';
}

/**
 * The short symbol of each unit, as every built-in language writes it in its messages (the quiz's
 * `kg` and `lb`, the picker's "{minutes} min"): Latin in Arabic too, and "min" in German. One
 * symbol per language, whatever the locale's CLDR data has ("كغم", "Min."), so that a plan never
 * mixes two; the digits and separators stay the locale's.
 */
const UNIT_SYMBOLS = { kilogram: 'kg', pound: 'lb', minute: 'min' } as const;

function formatUnit(value: number, unit: keyof typeof UNIT_SYMBOLS, locale: string, unitDisplay: 'short' | 'long' | 'narrow', digits: number): string {
  const format = formatter(locale, `${unit}${unitDisplay}`, () => ({ style: 'unit', unit, unitDisplay, maximumFractionDigits: digits }));
  if (unitDisplay !== 'short') return format.format(value);
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'unit' ? UNIT_SYMBOLS[unit] : part.value))
    .join('');
}

/**
 * Formats a weight, e.g. `formatWeight(0.5, 'kg', 'en')` → "0.5 kg", `(2.5, 'lb', 'de')` → "2,5 lb",
 * `(2.5, 'kg', 'ar')` → "2.5 kg" (short: the symbol the messages write).
 */
export function formatWeight(
  value: number,
  unit: WeightUnit,
  locale: string,
  unitDisplay: 'short' | 'long' | 'narrow' = 'short',
): string {
  return formatUnit(value, unit === 'kg' ? 'kilogram' : 'pound', locale, unitDisplay, 2);
}

/** Formats minutes, e.g. "20 min" (short: the symbol the messages write, in German and Arabic too). */
export function formatMinutes(value: number, locale: string, unitDisplay: 'short' | 'long' | 'narrow' = 'short'): string {
  return formatUnit(value, 'minute', locale, unitDisplay, 0);
}

/** Formats a span of weeks in words, e.g. "2 weeks" (Arabic: the dual "أسبوعان"). */
export function formatWeeks(value: number, locale: string): string {
  return formatter(locale, 'week', () => ({ style: 'unit', unit: 'week', unitDisplay: 'long' })).format(value);
}

/** Formats hours in words, e.g. "24 hours". */
export function formatHours(value: number, locale: string): string {
  return formatter(locale, 'hour', () => ({ style: 'unit', unit: 'hour', unitDisplay: 'long' })).format(value);
}

/** Formats a range of minutes, e.g. "5–10 min", or "5 min" when both ends are equal. */
export function formatMinuteRange(min: number, max: number, locale: string): string {
  return min === max ? formatMinutes(max, locale) : `${formatNumber(min, locale)}–${formatMinutes(max, locale)}`;
}

/** A per-ankle load in both units, kg first: "0.25 kg (0.5 lb)". */
export function formatLoad(kg: number, lb: number, locale: string): string {
  return `${formatWeight(kg, 'kg', locale)} (${formatWeight(lb, 'lb', locale)})`;
}

/** Formats a share as a percentage, e.g. `0.03` → "3%". */
export function formatPercent(value: number, locale: string): string {
  return formatter(locale, 'percent', () => ({ style: 'percent', maximumFractionDigits: 1 })).format(value);
}

/** Formats a plain number for the locale, e.g. kcal counts. */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  // The same few numbers (minutes, counts) recur on every ranking: formatted once each.
  const key = `${locale}|${maximumFractionDigits}|${value}`;
  let text = numbers.get(key);
  if (text === undefined) {
    text = formatter(locale, `n${maximumFractionDigits}`, () => ({ maximumFractionDigits })).format(value);
    if (numbers.size < 1000) numbers.set(key, text);
  }
  return text;
}

const numbers = new Map<string, string>();
