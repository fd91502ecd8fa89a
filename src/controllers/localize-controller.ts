/**
 * The language of one element: which locale it speaks (its `locale`, its provider's, the nearest
 * `lang` on the page, `en`), the pack of that language (built in, loaded lazily from the script's
 * own directory, or the host's own), and its interface strings with plural variants and numbers
 * formatted for the locale.
 */
import type { ReactiveControllerHost } from 'lit';
import { own } from '../core/input.js';
import { pluralRules } from '../core/intl.js';
import { lockedPlaceholders } from '../core/rules/words.js';
import type { ContentPack } from '../core/schema/content.js';
import { fill } from '../core/text.js';
import { formatNumber } from '../core/units.js';
import { english } from '../internal/english.js';
import { canonical, language, loadPack, packLanguage } from '../internal/locale.js';

/** Values of `{name}` placeholders: text as is, numbers formatted for the locale. */
export type TextValues = Readonly<Record<string, string | number>>;

/**
 * An interface string: the pack's `ui['<prefix>.<key>']`, else the element's English default,
 * else the pack's shared `ui[key]`, else the English pack's; `{name}` placeholders filled with
 * plain text, numbers formatted for `locale`, load and session numbers from the locked tables
 * (invariant 14). When `values.count` is a number, the plural variant `<key>#<category>`
 * (`Intl.PluralRules`: `one`, `few`…) is taken from the same source if it has one, else the plain key.
 */
export function lookup(content: ContentPack, locale: string, prefix: string, defaults: Readonly<Record<string, string>>, key: string, values?: TextValues): string {
  const ui = content.ui;
  const count = values?.['count'];
  const variant = typeof count === 'number' ? `${key}#${pluralRules(locale).select(count)}` : key;
  for (const [table, at] of [
    [ui, `${prefix}.`],
    [defaults, ''],
    [ui, ''],
    [english().ui, ''],
  ] as const) {
    const text: string | undefined = own(table, at + key);
    if (text === undefined) continue;
    const shown: Record<string, string> = { ...lockedPlaceholders(locale) };
    if (!values) return text.includes('{') ? fill(text, shown) : text;
    for (const [name, value] of Object.entries(values)) shown[name] = typeof value === 'number' ? formatNumber(value, locale, 2) : value;
    return fill(own(table, at + variant) ?? text, shown);
  }
  return key;
}

/** The `lang` of the element or its nearest ancestor, crossing shadow roots up to `<html>`; '' if none. */
export function nearestLang(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return '';
}

/** The reader's locale, canonical: the element's own (valid) `locale`, its provider's, the nearest `lang`, or `en`. */
export const requestedLocale = (el: Element, own: string | undefined, provided: string | undefined): string => canonical(own ?? provided ?? nearestLang(el)) ?? 'en';

/**
 * Driven by its host's `willUpdate` (`resolve`), which it asks for another update when a pack
 * arrives; it needs no lifecycle of its own.
 */
export class LocalizeController {
  /** The locale for Intl: the full tag (es-MX) when the pack is its language, else the pack's. */
  locale = 'en';
  /** The pack in force. */
  content: ContentPack = english();
  /** The built-in pack of the language is loading: the element shows a skeleton. */
  pending = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /**
   * Takes the reader's locale (see `requestedLocale`) and a host's pack, which wins over the
   * built-in one of the language; call from `willUpdate`.
   */
  resolve(requested: string, custom: ContentPack | undefined): void {
    const content = custom ?? this.builtIn(requested);
    this.content = content;
    // Numbers and dates follow the full tag (es-MX) when it is the content's language.
    this.locale = language(requested) === language(content.locale) ? requested : content.locale;
  }

  /** An interface string of the element's table (see `lookup`). */
  text(prefix: string, defaults: Readonly<Record<string, string>>, key: string, values?: TextValues): string {
    return lookup(this.content, this.locale, prefix, defaults, key, values);
  }

  /**
   * The built-in pack for a locale: English at once; another language once its chunk has loaded
   * (meanwhile `pending`, and English underneath). A chunk that fails leaves English, with one
   * console error per page.
   */
  private builtIn(locale: string): ContentPack {
    this.pending = false;
    const lang = packLanguage(locale);
    if (lang === 'en') return english();
    const load = loadPack(lang, (error) =>
      console.error(`<${this.host.localName}>: the content for "${locale}" did not load (${error instanceof Error ? error.message : 'not a content pack'}); showing English.`),
    );
    if (load.pack || load.failed) return load.pack ?? english();
    this.pending = true;
    // Each update while pending adds a callback; they coalesce into one update when it settles.
    void load.done.then(() => this.host.requestUpdate());
    return english();
  }
}
