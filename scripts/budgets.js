// Size budgets of DESIGN §9, in bytes of gzip (1 KB = 1024 bytes). Shared by `npm run size` and the bench.
export const KB = 1024;

/**
 * Each dist file matches the first rule whose pattern fits its path. An entry is measured with
 * the chunks it imports statically (what a page loads for it); lazy chunks are listed on their own.
 * The page rows (PAGE_BUDGETS) measure what a page fetches through the loader.
 */
export const SIZE_BUDGETS = [
  { pattern: /^core\.js$/, what: 'core: the rules and the English pack (its validator is its own chunk)', target: 20 * KB, ceiling: 25 * KB },
  // Not in DESIGN §9 on its own (its rows below are): the loader, which every one-tag page fetches first.
  { pattern: /^loadwise\.js$/, what: 'the loader alone (it imports each element on the page)', target: 2 * KB, ceiling: 4 * KB },
  // Not in DESIGN §9 on its own: the classic script, a few lines that import the loader beside it.
  { pattern: /^loadwise\.iife\.js$/, what: 'the classic script alone (it imports dist/loadwise.js)', target: 1 * KB, ceiling: 2 * KB },
  // Not in DESIGN §9 on its own: the three widgets in one file, which the loader imports for a
  // page that shows all three (its row below is the DESIGN's "all three widgets").
  { pattern: /^loadwise-suite\.js$/, what: 'the three widgets in one file, for a page that shows all three', target: 30 * KB, ceiling: 45 * KB },
  { pattern: /^loadwise-[a-z-]+\.js$/, what: "one element's entry before its first screen", target: 18 * KB, ceiling: 35 * KB },
  // DESIGN §9: the core's validator (zod/mini, the pack checks) may be its own chunk. core.js
  // imports it statically, for `parseContent` and a host's own pack; it is measured on its own.
  { pattern: /^chunks\/core-validate-/, what: "dist/core.js's content validator, its own chunk", own: true },
  { pattern: /^chunks\//, what: 'lazy chunk (loaded only when needed)', lazy: true },
  // Not in DESIGN §9: a language's content pack, fetched only on a page in that language.
  { pattern: /^locales\/[a-z]{2,3}\.js$/, what: "another language's content pack (lazy)", lazy: true },
];

/**
 * What a page with the one-tag embed fetches (DESIGN §9). `entries`: the element entries the
 * loader imports before the first screen (each with its static chunks); `all`: every chunk the
 * suite can load in English (static and lazy, other languages' packs left out).
 */
export const PAGE_BUDGETS = [
  {
    name: 'loadwise.js + <loadwise-quiz>',
    what: 'JS fetched before the first screen is painted, one-tag embed, quiz alone',
    loader: 'loadwise.js',
    entries: ['loadwise-quiz.js'],
    target: 18 * KB,
    ceiling: 45 * KB,
  },
  {
    name: 'loadwise.js + all three widgets',
    what: 'JS fetched before the first screen is painted, one-tag embed, all three widgets',
    loader: 'loadwise.js',
    // The loader imports the suite, one file, when all three are on the page (src/embed.ts).
    entries: ['loadwise-suite.js'],
    target: 30 * KB,
    ceiling: 45 * KB,
  },
  {
    name: 'loadwise.iife.js + <loadwise-quiz>',
    what: 'the same for the classic script (not in DESIGN §9: the quiz row plus the classic script)',
    loader: 'loadwise.iife.js',
    entries: ['loadwise.js', 'loadwise-quiz.js'],
    target: 18 * KB,
    ceiling: 45 * KB,
  },
  {
    name: 'loadwise.js: every chunk in English',
    what: 'all JS the suite ever loads in English (every chunk)',
    loader: 'loadwise.js',
    // Through the element entries (and what they import, statically or lazily): the suite is
    // the same code in one file, for another kind of page.
    all: ['loadwise-provider.js', 'loadwise-quiz.js', 'loadwise-pros-cons.js', 'loadwise-alternatives.js'],
    target: 55 * KB,
  },
];

/** Median µs per call (DESIGN §9). */
export const SPEED_BUDGETS = { assess: 20, rankAlternatives: 50 };
