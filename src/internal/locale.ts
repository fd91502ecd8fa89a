/**
 * Locale packs: which languages ship, how a BCP 47 tag maps to one (`es-MX` → `es`, `pt` → `en`),
 * and the lazy load of a pack from the script's own directory, once per page.
 */
import type { ContentPack } from '../core/schema/content.js';

/** A language's pack module: its default export is the pack. */
type PackModule = { default?: ContentPack };

/**
 * The built-in packs besides English (which is in the bundle), as a static `import()` map that
 * bundlers can follow (rollup, Vite, webpack, esbuild): each pack is a lazy chunk of its own,
 * fetched only when a widget needs that language. Our own bundles name them `locales/<lang>.js`
 * beside the script (rollup.config.js); an app's bundler puts them wherever it puts its chunks.
 */
const PACKS: Readonly<Record<string, () => Promise<PackModule>>> = {
  es: () => import('../content/es.js'),
  de: () => import('../content/de.js'),
  fr: () => import('../content/fr.js'),
  ar: () => import('../content/ar.js'),
};

/** Languages with a built-in pack besides English. */
export const PACK_LANGUAGES: readonly string[] = Object.keys(PACKS);

/** A canonical BCP 47 tag (`es-mx` → `es-MX`), or undefined for a malformed one. */
export function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The language subtag of a BCP 47 tag, lower case: `es-MX` → `es`. */
export const language = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/** The built-in pack for a BCP 47 tag: its language when a pack exists, else `en`. */
export function packLanguage(locale: string): string {
  const lang = language(locale);
  return PACK_LANGUAGES.includes(lang) ? lang : 'en';
}


/** One pack load, shared page-wide. */
export interface PackLoad {
  /** The pack, once loaded. */
  pack?: ContentPack;
  /** The module could not be loaded, or held no pack. */
  failed?: true;
  /** Settles (never rejects) when the load is over. */
  done: Promise<void>;
}

/**
 * The loads of this copy, by language: ten widgets fetch a pack once. Two copies of the bundle
 * share the module itself through the browser's module map, never through anything on the page (a
 * map found there could hold any pack). Exported for the tests, which drive loads through it.
 */
export const packLoads = new Map<string, PackLoad>();

/**
 * The load of the built-in pack of `lang` (one of PACK_LANGUAGES), started on the first call.
 * `onError` runs for that first call only. Never throws: a language without a pack fails the load.
 */
export function loadPack(lang: string, onError: (error: unknown) => void): PackLoad {
  let load = packLoads.get(lang);
  if (!load) {
    const entry: PackLoad = {
      done: (Object.hasOwn(PACKS, lang) ? PACKS[lang]!() : Promise.reject(new Error(`no built-in pack for "${lang}"`)))
        .then((module) => {
          if (!module.default?.ui) throw module; // not a pack module
          entry.pack = module.default;
        })
        .catch((error: unknown) => {
          entry.failed = true;
          onError(error);
        }),
    };
    packLoads.set(lang, (load = entry));
  }
  return load;
}
