/**
 * The `debug` notice (a content pack was refused), in English; `ui['base.<key>']` in a pack
 * overrides it, like BASE_STRINGS. In the lazy validator chunk (internal/validate.ts): only a
 * refused pack shows it, so the bundles do not carry it.
 */
export const DEBUG_STRINGS = {
  debugRefused: 'Custom content was refused ({count} issues); showing the built-in content. The browser console lists each issue.',
  'debugRefused#one': 'Custom content was refused (1 issue); showing the built-in content. The browser console lists the issue.',
} as const;
