/**
 * Content validation for the elements, in a chunk of its own (with zod): loaded only when a host
 * brings a pack. A pack in another language than English may leave texts out; each is taken
 * from the English pack and listed (a console warning in `debug`), then the whole is validated
 * as usual.
 */
import { ContentError } from '../core/errors.js';
import { withFallback } from '../core/rules/fallback.js';
import { safeParseContent } from '../core/rules/pack.js';
import type { ContentPack } from '../core/schema/content.js';

export { DEBUG_STRINGS } from './debug.strings.js';

/** Validates `input`, completed from `english` (the whole English pack); with `warn` (an element's tag), lists the keys filled in a console warning. */
export function validateWithFallback(input: unknown, english: ContentPack, warn: string | false = false) {
  const { pack, missing } = withFallback(input, english);
  const result = safeParseContent(pack);
  if (!result.success) return result;
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
