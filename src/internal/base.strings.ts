/**
 * Interface strings every widget shares, in English. A content pack overrides any of them by key
 * in `ui`, prefixed `base.` (e.g. `ui['base.forget']`). A string with a `{count}` may have plural
 * variants keyed `<key>#<category>` (CLDR plural categories: `zero`, `one`, `two`, `few`, `many`;
 * the plain key is `other`).
 */
export const BASE_STRINGS = {
  forget: 'Forget my answers',
  loading: 'Loading…',
  debugRefused: 'Custom content was refused ({count} issues); showing the built-in content. The browser console lists each issue.',
  'debugRefused#one': 'Custom content was refused (1 issue); showing the built-in content. The browser console lists the issue.',
} as const;
