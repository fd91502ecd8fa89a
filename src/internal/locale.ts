/**
 * Locale packs: which languages ship, how a BCP 47 tag maps to one (`es-MX` → `es`, `pt` → `en`),
 * and the lazy load of a pack from the script's own directory, once per page.
 */
import type { ContentPack } from '../core/schema/content.js';

/**
 * Languages with a built-in pack besides English (which is in the bundle). Each is a standalone
 * module, `locales/<lang>.js` beside the bundle, loaded when a widget needs it.
 */
export const PACK_LANGUAGES: readonly string[] = ['es', 'de', 'fr', 'ar'];

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

/**
 * Where the pack of `lang` is. From the sources and dist/lib: `../content/<lang>.js`, beside
 * this module's own file. The bundles' build (rollup.config.js) replaces
 * `import.meta.LOADWISE_LOCALES` with the path from the chunk to their `locales/` directory; in
 * the classic-script bundle, rollup's `import.meta.url` is the script's own `src`
 * (`document.currentScript`, read when the script runs).
 */
export function packUrl(lang: string): string {
  const dir = (import.meta as ImportMeta & { LOADWISE_LOCALES?: string }).LOADWISE_LOCALES ?? '../content/';
  return new URL(`${dir}${lang}.js`, import.meta.url).href;
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
 * The loads of this copy, by URL: ten widgets fetch a pack once. Two copies of the bundle share the
 * module itself through the browser's module map, never through anything on the page (a map
 * found there could hold any pack). Exported for the tests, which drive loads through it.
 */
export const packLoads = new Map<string, PackLoad>();

/** The load of the pack module at `url`, started on the first call. `onError` runs for that first call only. */
export function loadPack(url: string, onError: (error: unknown) => void): PackLoad {
  const loads = packLoads;
  let load = loads.get(url);
  if (!load) {
    const entry: PackLoad = {
      done: import(/* @vite-ignore */ url)
        .then((module: { default?: ContentPack }) => {
          if (!module.default?.ui) throw module; // not a pack module
          entry.pack = module.default;
        })
        .catch((error: unknown) => {
          entry.failed = true;
          onError(error);
        }),
    };
    loads.set(url, (load = entry));
  }
  return load;
}
