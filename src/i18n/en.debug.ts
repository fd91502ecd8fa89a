/**
 * The `debug` notice (a content pack was refused), in English (`base.<key>` in a pack's `ui`).
 * With the lazy validator chunk only: a refused pack alone shows it.
 */
export const debug = {
  debugRefused: 'Custom content was refused ({count} issues); showing the built-in content. The browser console lists each issue.',
  'debugRefused#one': 'Custom content was refused (1 issue); showing the built-in content. The browser console lists the issue.',
} as const;
