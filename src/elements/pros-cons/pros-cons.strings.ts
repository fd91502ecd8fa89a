/**
 * The English interface strings and common questions of `<loadwise-pros-cons>`
 * (src/i18n/en.pros-cons.ts, the questions' claims in src/core/catalogue/faq.ts). A content pack
 * overrides any string by key in `ui`, prefixed `prosCons.` (e.g. `ui['prosCons.heading']`).
 */
import { en } from '../../i18n/en.js';
import { prosCons } from '../../i18n/en.pros-cons.js';

export { FAQ as PROS_CONS_FAQ } from '../../core/catalogue/faq.js';

/**
 * The strings, and the English defaults of texts a pack has in `ui`, unprefixed (sources,
 * reviewed). The common questions' answers join them once `loadFaqStrings()` has run (after the
 * first screen).
 */
export const PROS_CONS_STRINGS: Record<string, string> = { ...prosCons, sources: en.ui.sources, reviewed: en.ui.reviewed };

/** Adds the English answers of the common questions to PROS_CONS_STRINGS (a lazy chunk). */
export const loadFaqStrings = (): Promise<unknown> => import('../../i18n/en.pros-cons.faq.js').then((m) => Object.assign(PROS_CONS_STRINGS, m.prosConsFaq));
