/**
 * The `debug` notice (a content pack was refused), in English (src/i18n/en.debug.ts);
 * `ui['base.<key>']` in a pack overrides it, like BASE_STRINGS. In the lazy validator chunk
 * (internal/validate.ts): only a refused pack shows it, so the bundles do not carry it.
 */
export { debug as DEBUG_STRINGS } from '../i18n/en.debug.js';
