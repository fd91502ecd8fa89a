/**
 * Content validation for the elements, in a chunk of its own (with zod): loaded only when a host
 * brings a pack. A pack in another language than English may leave texts out; each is taken
 * from the English pack and listed (a console warning in `debug`), then the whole is validated
 * as usual.
 */
import { ContentError } from '../core/errors.js';
import { withFallback } from '../core/rules/fallback.js';
import { checkLimits } from '../core/rules/limits.js';
import { safeParseContent } from '../core/rules/pack.js';
import type { ContentPack } from '../core/schema/content.js';

export { DEBUG_STRINGS } from './debug.strings.js';

const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** A copy of `value` in which every text holding a bidi control is wrapped in an isolate (FSI … PDI). */
function isolateBidi<T>(value: T): T {
  if (typeof value == 'string') return (BIDI_CONTROL.test(value) ? `\u2068${value}\u2069` : value) as T;
  if (Array.isArray(value)) return value.map(isolateBidi) as T;
  if (typeof value == 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, isolateBidi(item)])) as T;
  return value;
}

/** Validates `input`, completed from `english` (the whole English pack); with `warn` (an element's tag), lists the keys filled in a console warning. */
export function validateWithFallback(input: unknown, english: ContentPack, warn: string | false = false) {
  // The limits first: the fallback walks the pack (a cycle, a billion-item list) before validation does.
  const limit = checkLimits(input);
  if (limit) return { success: false as const, error: new ContentError([limit]) };
  const { pack, missing } = withFallback(input, english);
  const result = safeParseContent(pack);
  if (!result.success) return result;
  // A bidi control in a text (U+202E…) stays inside that text, wherever the widgets join it to others.
  result.data = isolateBidi(result.data);
  // The widgets format numbers and plurals for the pack's locale: a tag Intl knows, canonical.
  try {
    result.data.locale = Intl.getCanonicalLocales(result.data.locale)[0]!;
  } catch {
    return { success: false as const, error: new ContentError([{ path: 'locale', expected: 'a BCP 47 language tag', received: JSON.stringify(result.data.locale) }]) };
  }
  if (missing.length > 0 && warn) {
    console.warn(`<${warn}>: content has no text for ${missing.length} key(s), shown in English:\n` + missing.map((path) => `  ${path}`).join('\n'));
  }
  return result;
}
