/**
 * The English interface strings and common questions of `<loadwise-pros-cons>`
 * (src/i18n/en.pros-cons.ts, the questions' claims in src/core/catalogue/faq.ts). A content pack
 * overrides any string by key in `ui`, prefixed `prosCons.` (e.g. `ui['prosCons.heading']`).
 */
import { en } from '../../i18n/en.js';
import { prosCons } from '../../i18n/en.pros-cons.js';

export { FAQ as PROS_CONS_FAQ } from '../../core/catalogue/faq.js';

/** The strings, and the English defaults of texts a pack has in `ui`, unprefixed (sources, reviewed). */
export const PROS_CONS_STRINGS: Readonly<Record<string, string>> = { ...prosCons, sources: en.ui.sources, reviewed: en.ui.reviewed };
