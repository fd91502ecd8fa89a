// Size budgets of DESIGN §9, in bytes of gzip (1 KB = 1024 bytes). Shared by `npm run size` and the bench.
export const KB = 1024;

/**
 * Each dist file matches the first rule whose pattern fits its path. An entry is measured with
 * the chunks it imports statically (what a page loads for it); lazy chunks are listed on their own.
 */
export const SIZE_BUDGETS = [
  { pattern: /^core\.js$/, what: 'core: the rules and the English pack (its validator is its own chunk)', target: 20 * KB, ceiling: 25 * KB },
  { pattern: /^loadwise\.js$/, what: 'all elements with the English pack', target: 30 * KB, ceiling: 45 * KB },
  // Not in DESIGN §9: a classic script cannot load chunks, so it carries the lazy ones inline.
  { pattern: /^loadwise\.iife\.js$/, what: 'loadwise.js as one classic script, small lazy parts inlined (the validator is loadwise-validate.js)', target: 30 * KB, ceiling: 55 * KB },
  // Not in DESIGN §9: the classic script's content validator, fetched only for a host's own pack.
  { pattern: /^loadwise-validate\.js$/, what: "the classic script's content validator (lazy)", lazy: true },
  { pattern: /^loadwise-[a-z-]+\.js$/, what: "one element's entry", target: 22 * KB, ceiling: 35 * KB },
  // DESIGN §9: the core's validator (zod/mini, the pack checks) may be its own chunk. core.js
  // imports it statically, for `parseContent` and a host's own pack; it is measured on its own.
  { pattern: /^chunks\/core-validate-/, what: "dist/core.js's content validator, its own chunk", own: true },
  { pattern: /^chunks\//, what: 'lazy chunk (loaded only when needed)', lazy: true },
  // Not in DESIGN §9: a language's content pack, fetched only on a page in that language.
  { pattern: /^locales\/[a-z]{2,3}\.js$/, what: "another language's content pack (lazy)", lazy: true },
];

/** Median µs per call (DESIGN §9). */
export const SPEED_BUDGETS = { assess: 20, rankAlternatives: 50 };
