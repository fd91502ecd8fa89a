/**
 * Content validation for the elements, in a chunk of its own (with zod): loaded only when a host
 * brings a pack. A pack in another language than English may leave texts out; each is taken
 * from the English pack and listed, then the whole is validated as usual.
 */
import { withFallback } from '../core/rules/fallback.js';
import { safeParseContent } from '../core/rules/pack.js';
import type { ContentPack } from '../core/schema/content.js';

export function validateWithFallback(input: unknown, english: ContentPack) {
  const { pack, missing } = withFallback(input, english);
  return { result: safeParseContent(pack), missing };
}
