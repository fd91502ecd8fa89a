/**
 * Interface strings every widget shares, in English (src/i18n/en.ts). A content pack overrides any
 * of them by key in `ui`, prefixed `base.` (e.g. `ui['base.forget']`). A string with a `{count}`
 * may have plural variants keyed `<key>#<category>` (CLDR plural categories: `zero`, `one`, `two`,
 * `few`, `many`; the plain key is `other`). The `debug` notice's strings, `base.*` too, are in
 * debug.strings.ts: they load with the content validator, since only a refused pack shows them.
 */
export { base as BASE_STRINGS } from '../i18n/en.js';
