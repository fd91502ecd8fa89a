/**
 * The English interface strings of `<loadwise-alternatives>` (src/i18n/en.alternatives.ts); a
 * content pack overrides any of them by key in `ui`, prefixed `alternatives.`. And the
 * minutes-per-session choices offered.
 */
export { alternatives as ALTERNATIVES_STRINGS } from '../../i18n/en.alternatives.js';
/** Those that show only after the reader acts: in the lazy chunk. */
export { alternativesLater as ALTERNATIVES_LATER } from '../../i18n/en.alternatives-later.js';
export { MINUTE_CHOICES } from '../../core/catalogue/ui.js';
