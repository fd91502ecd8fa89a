/**
 * Every URL that comes from outside (CTA hrefs, source links, config) passes this allowlist.
 */
const ALLOWED = new Set(['https:', 'http:', 'mailto:']);
/** The longest URL taken (as a content pack's: PACK_LIMITS.url). */
const MAX = 2048;

/**
 * Returns the URL when its scheme is `https:`, `http:` or `mailto:` (relative URLs resolve against
 * the page) and it has at most 2048 characters, else `null` with one console error naming the
 * element and the field.
 */
export function safeUrl(value: unknown, where: { tag: string; field: string }): string | null {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX) {
    try {
      const base = typeof document !== 'undefined' ? document.baseURI : 'https://invalid.example/';
      if (ALLOWED.has(new URL(value.trim(), base).protocol)) return value.trim();
    } catch {
      // not a URL at all: refused below
    }
  }
  console.error(
    `<${where.tag}>: ${where.field} must be an https:, http: or mailto: URL of at most ${MAX} characters; dropped ${JSON.stringify(String(value).slice(0, 60))}.`,
  );
  return null;
}
