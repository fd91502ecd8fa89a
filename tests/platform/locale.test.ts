/**
 * Languages from source: how a widget picks its locale (attribute, provider, nearest `lang`,
 * `<html lang>`, `en`), BCP 47 fallback to a pack (`es-MX` → `es`), units by locale, plural
 * variants and numbers in interface strings, and the skeleton while a pack loads. The pack loads
 * themselves are driven through the map of loads the loader keeps (src/internal/locale.ts),
 * so that no test waits on the network or a clock; tests/embed/locales.test.ts loads real chunks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import '../../src/define.js';
import '../../src/embed.js';
import '../fixtures/test-widget.js';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { en } from '../../src/content/en.js';
import { english } from '../../src/internal/english.js';
import type { ContentPack } from '../../src/core.js';
import type { ResolvedConfig } from '../../src/base/loadwise-element.js';
import { loadPack, packLanguage, packLoads, PACK_LANGUAGES, type PackLoad } from '../../src/internal/locale.js';

let groups = 0;
const freshGroup = () => `locale-${++groups}`;
const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim() ?? null;

/** The settings a widget resolved (a protected field, read for the test). */
const configOf = (el: Element) => (el as unknown as { config: ResolvedConfig }).config;
type UiText = (prefix: string, defaults: Readonly<Record<string, string>>, key: string, values?: Readonly<Record<string, string | number>>) => string;
/** The widget's localize controller's lookup (a protected field, read for the test). */
const uiText = (el: Element): UiText => {
  const { localize } = el as unknown as { localize: { text: UiText } };
  return localize.text.bind(localize);
};

/** The loader's map of loads, by language. */
const loads = () => packLoads;

/** A pack of `lang` made from the English one, its texts marked, for tests that only need "not English". */
function markedPack(lang: string, ui: Record<string, string> = {}): ContentPack {
  const pack = structuredClone(en);
  pack.locale = lang;
  pack.verdicts.ready.title = `«${lang}» ${en.verdicts.ready.title}`;
  pack.ui = { ...pack.ui, ...ui };
  return pack;
}

/**
 * Puts a load of `lang` in the loader's map, pending until `resolve` (or already done): the
 * widgets then see exactly the states a real network load goes through.
 */
function controlledLoad(lang: string, pack?: ContentPack) {
  let settle!: () => void;
  const load: PackLoad = { done: new Promise<void>((r) => (settle = r)) };
  if (pack) {
    load.pack = pack;
    settle();
  }
  const map = loads();
  map.set(lang, load);
  return {
    resolve(value: ContentPack) {
      load.pack = value;
      settle();
    },
    remove: () => map.delete(lang),
  };
}

/** Runs `body` with `<html lang>` set, then restores it. */
async function withHtmlLang(lang: string | null, body: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  try {
    await body();
  } finally {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  }
}

/** Waits until the widget shows content (no skeleton) and returns its config. */
async function settled(el: LoadwiseTestWidget): Promise<ResolvedConfig> {
  await until(() => shadow(el).querySelector('.title'), `<${el.localName}> shows content`);
  await el.updateComplete;
  return configOf(el);
}

describe('locale: which pack a tag gets (BCP 47)', () => {
  it('takes the language subtag when a pack exists, else English', () => {
    expect(PACK_LANGUAGES).to.deep.equal(['es', 'de', 'fr', 'ar']);
    expect(packLanguage('es-MX')).to.equal('es');
    expect(packLanguage('de-AT')).to.equal('de');
    expect(packLanguage('fr-CA')).to.equal('fr');
    expect(packLanguage('ar-EG')).to.equal('ar');
    expect(packLanguage('es-419')).to.equal('es');
    expect(packLanguage('pt')).to.equal('en');
    expect(packLanguage('pt-BR')).to.equal('en');
    expect(packLanguage('zh-Hant-TW')).to.equal('en');
    expect(packLanguage('en-US')).to.equal('en');
  });

  it('loads a pack through the static import() map, and fails (never throws) for a language without one', async () => {
    const errors: unknown[] = [];
    for (const lang of ['xx', '__proto__', 'constructor']) {
      const load = loadPack(lang, (error) => errors.push(error));
      await load.done;
      expect(load.failed, lang).to.equal(true);
      expect(load.pack, lang).to.equal(undefined);
      packLoads.delete(lang);
    }
    expect(errors).to.have.length(3);
  });
});

describe('locale: resolution order', () => {
  it('attribute > provider > nearest lang > <html lang> > en', async () => {
    for (const lang of ['es', 'de', 'fr']) controlledLoad(lang, markedPack(lang));
    await withHtmlLang('fr', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="de-AT">
        <loadwise-provider locale="es-MX" group=${freshGroup()}>
          <loadwise-test-widget locale="fr-CA"></loadwise-test-widget>
        </loadwise-provider>
      </div>`);
      const el = root.querySelector('loadwise-test-widget')!;
      let config = await settled(el);
      expect(config.locale, 'attribute').to.equal('fr-CA');
      expect(config.content.locale).to.equal('fr');

      el.removeAttribute('locale');
      await el.updateComplete;
      config = await settled(el);
      expect(config.locale, 'provider').to.equal('es-MX');
      expect(config.content.locale).to.equal('es');
      expect(text(el, '.title')).to.equal(`«es» ${en.verdicts.ready.title}`);

      root.querySelector('loadwise-provider')!.removeAttribute('locale');
      await until(() => configOf(el).locale === 'de-AT', 'the nearest lang');
      expect(configOf(el).content.locale).to.equal('de');

      root.removeAttribute('lang');
      el.requestUpdate();
      await until(() => configOf(el).locale === 'fr', '<html lang>');
      expect(configOf(el).content.locale).to.equal('fr');
    });
  });

  it('falls back to English with no lang anywhere, or a language without a pack', async () => {
    await withHtmlLang(null, async () => {
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group=${freshGroup()}></loadwise-test-widget>`);
      expect(configOf(el).locale).to.equal('en');
      expect(configOf(el).content).to.equal(english());
      el.locale = 'pt-BR';
      await el.updateComplete;
      const config = configOf(el);
      expect(config.content, 'no Portuguese pack').to.equal(english());
      expect(config.locale, 'numbers follow the pack language').to.equal('en');
      expect(config.units, 'but units follow the reader: Brazil is metric').to.equal('metric');
      expect(text(el, '.title')).to.equal(en.verdicts.ready.title);
    });
  });

  it('keeps the full tag for Intl while the pack is the language (es-MX numbers, es pack)', async () => {
    controlledLoad('es', markedPack('es'));
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale="es-mx" group=${freshGroup()}></loadwise-test-widget>`);
    const config = await settled(el);
    expect(config.locale, 'canonical').to.equal('es-MX');
    expect(config.content.locale).to.equal('es');
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('es-MX');
  });

  it('finds the page lang across shadow roots: a widget inside another component', async () => {
    controlledLoad('de', markedPack('de'));
    const host = await fixture<HTMLElement>(html`<section lang="de"><div class="card"></div></section>`);
    const card = host.querySelector('.card')!;
    const root = card.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const el = document.createElement('loadwise-test-widget');
    el.group = freshGroup();
    inner.append(el);
    expect((await settled(el)).locale).to.equal('de');
  });

  it('takes a change of <html lang> at its next update (it does not watch the page)', async () => {
    controlledLoad('de', markedPack('de'));
    await withHtmlLang('en', async () => {
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group=${freshGroup()}></loadwise-test-widget>`);
      expect(configOf(el).locale).to.equal('en');
      document.documentElement.lang = 'de';
      el.requestUpdate();
      await until(() => text(el, '.title') === `«de» ${en.verdicts.ready.title}`, 'German after the change');
    });
  });

  it('reports a malformed locale attribute once and uses the page language', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    try {
      const el = await fixture<LoadwiseTestWidget>(html`<div lang="en-GB"><loadwise-test-widget locale="not a tag!" group=${freshGroup()}></loadwise-test-widget></div>`);
      const widget = el.querySelector('loadwise-test-widget')!;
      await widget.updateComplete;
      widget.requestUpdate();
      await widget.updateComplete;
      expect(configOf(widget).locale).to.equal('en-GB');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<loadwise-test-widget>').and.include('"locale"').and.include('BCP 47');
    } finally {
      console.error = original;
    }
  });

  it('a provider passes on only a locale and units set on it: a nearer lang wins over the page', async () => {
    controlledLoad('de', markedPack('de'));
    await withHtmlLang('en-US', async () => {
      const root = await fixture<HTMLElement>(html`<loadwise-provider group=${freshGroup()}>
        <loadwise-test-widget id="page"></loadwise-test-widget>
        <div lang="de"><loadwise-test-widget id="nearer"></loadwise-test-widget></div>
      </loadwise-provider>`);
      const page = root.querySelector<LoadwiseTestWidget>('#page')!;
      const nearer = root.querySelector<LoadwiseTestWidget>('#nearer')!;
      expect((await settled(page)).locale).to.equal('en-US');
      expect(configOf(page).units).to.equal('imperial');
      expect((await settled(nearer)).locale).to.equal('de');
      expect(configOf(nearer).units).to.equal('metric');
    });
  });
});

describe('units by locale and by override', () => {
  it('en-US is imperial; other English and other languages are metric; the attribute and the provider override', async () => {
    for (const lang of ['es', 'de', 'fr', 'ar']) controlledLoad(lang, markedPack(lang));
    const cases: [string, string][] = [
      ['en-US', 'imperial'],
      ['en', 'metric'],
      ['en-GB', 'metric'],
      ['es-MX', 'metric'],
      ['es-US', 'metric'],
      ['de', 'metric'],
      ['fr-CA', 'metric'],
      ['ar-EG', 'metric'],
    ];
    for (const [locale, units] of cases) {
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale=${locale} group=${freshGroup()}></loadwise-test-widget>`);
      await settled(el);
      expect(text(el, '.units'), locale).to.equal(units);
    }
    const de = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale="de" units="imperial" group=${freshGroup()}></loadwise-test-widget>`);
    await settled(de);
    expect(text(de, '.units')).to.equal('imperial');
    const root = await fixture<HTMLElement>(html`<loadwise-provider units="metric" group=${freshGroup()}><loadwise-test-widget locale="en-US"></loadwise-test-widget></loadwise-provider>`);
    const us = root.querySelector<LoadwiseTestWidget>('loadwise-test-widget')!;
    await until(() => text(us, '.units') === 'metric', "the provider's units win over the locale's default");
  });
});

describe('interface strings: plural variants and numbers', () => {
  const STRINGS = { items: '{count} items', 'items#one': '{count} item', plain: 'Total: {count}', noCount: '{n} things' };

  it('English: #one for 1, the plain key otherwise; numbers formatted for the locale', async () => {
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale="en-US" group=${freshGroup()}></loadwise-test-widget>`);
    const t = uiText(el);
    expect(t('probe', STRINGS, 'items', { count: 1 })).to.equal('1 item');
    expect(t('probe', STRINGS, 'items', { count: 0 })).to.equal('0 items');
    expect(t('probe', STRINGS, 'items', { count: 1200 })).to.equal('1,200 items');
    expect(t('probe', STRINGS, 'plain', { count: 1 })).to.equal('Total: 1');
    expect(t('probe', STRINGS, 'noCount', { n: 1 }), 'only count selects a variant').to.equal('1 things');
    expect(t('probe', STRINGS, 'items', { count: '1' }), 'a count given as text selects nothing').to.equal('1 items');
  });

  it("a pack's plain key beats the English variant: never an English text in another language", async () => {
    controlledLoad('es', markedPack('es', { 'probe.items': '{count} elementos' }));
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale="es" group=${freshGroup()}></loadwise-test-widget>`);
    await settled(el);
    const t = uiText(el);
    expect(t('probe', STRINGS, 'items', { count: 1 })).to.equal('1 elementos');
    expect(t('probe', STRINGS, 'items', { count: 1200 })).to.equal('1200 elementos');
  });

  it('Arabic: the CLDR categories (zero, one, two, few, many) from the pack, digits of the locale', async () => {
    controlledLoad(
      'ar',
      markedPack('ar', {
        'probe.items': 'other {count}',
        'probe.items#zero': 'zero {count}',
        'probe.items#one': 'one {count}',
        'probe.items#two': 'two {count}',
        'probe.items#few': 'few {count}',
        'probe.items#many': 'many {count}',
      }),
    );
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale="ar" group=${freshGroup()}></loadwise-test-widget>`);
    await settled(el);
    const t = uiText(el);
    const digits = new Intl.NumberFormat('ar');
    const rules = new Intl.PluralRules('ar');
    for (const n of [0, 1, 2, 3, 11, 100]) {
      expect(t('probe', STRINGS, 'items', { count: n })).to.equal(`${rules.select(n)} ${digits.format(n)}`);
    }
    expect(t('probe', STRINGS, 'items', { count: 3 })).to.equal(`few ${digits.format(3)}`);
  });

  it('the debug notice and the forget button are translated (base.*)', async () => {
    controlledLoad(
      'de',
      markedPack('de', {
        'base.forget': 'Antworten vergessen',
        'base.debugRefused': 'Abgelehnt ({count} Probleme)',
        'base.debugRefused#one': 'Abgelehnt ({count} Problem)',
      }),
    );
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale="de" persist debug group=${freshGroup()}></loadwise-test-widget>`);
    await settled(el);
    expect(text(el, '.forget')).to.equal('Antworten vergessen');
    const original = console.error;
    console.error = () => undefined;
    try {
      el.content = { claims: 5 };
      // The validator is a lazy chunk (zod): from the sources, many modules.
      await until(() => text(el, '.debug-notice'), 'the notice');
    } finally {
      console.error = original;
    }
    expect(text(el, '.debug-notice')).to.match(/^Abgelehnt \(\d+ Probleme?\)$/);
  });
});

describe('while a pack loads', () => {
  it('renders a skeleton with no text and aria-busy, in the same frame, then the pack', async () => {
    const load = controlledLoad('fr');
    try {
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale="fr" theme="dark" group=${freshGroup()}></loadwise-test-widget>`);
      await el.updateComplete;
      const base = shadow(el).querySelector('.base')!;
      expect(base.classList.contains('skeleton')).to.equal(true);
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(base.getAttribute('part')).to.equal('base');
      expect(base.getAttribute('data-theme')).to.equal('dark');
      expect(shadow(el).textContent!.trim(), 'no text at all, so no English').to.equal('');
      expect(el.getBoundingClientRect().height, 'space reserved').to.be.at.least(480);
      await expect(el).to.be.accessible();

      load.resolve(markedPack('fr'));
      await until(() => text(el, '.title') === `«fr» ${en.verdicts.ready.title}`, 'the French pack');
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
      expect(shadow(el).querySelector('[aria-busy]')).to.equal(null);
    } finally {
      load.remove();
    }
  });

  it('ten widgets share one load, and a widget added later shows the pack at once', async () => {
    const load = controlledLoad('fr');
    try {
      const root = await fixture<HTMLElement>(html`<div lang="fr">${Array.from({ length: 10 }, () => html`<loadwise-test-widget group=${freshGroup()}></loadwise-test-widget>`)}</div>`);
      const widgets = [...root.querySelectorAll<LoadwiseTestWidget>('loadwise-test-widget')];
      await Promise.all(widgets.map((w) => w.updateComplete));
      expect(widgets.every((w) => shadow(w).querySelector('.skeleton'))).to.equal(true);
      expect([...loads().keys()].filter((lang) => lang === 'fr')).to.have.length(1);
      load.resolve(markedPack('fr'));
      await until(() => widgets.every((w) => text(w, '.title')?.startsWith('«fr»')), 'all ten in French');

      const late = document.createElement('loadwise-test-widget');
      late.group = freshGroup();
      root.append(late);
      await late.updateComplete;
      expect(shadow(late).querySelector('.skeleton'), 'no skeleton once loaded').to.equal(null);
      expect(text(late, '.title')).to.equal(`«fr» ${en.verdicts.ready.title}`);
    } finally {
      load.remove();
    }
  });

  it('a provider never waits for a pack: its slot stays visible', async () => {
    const load = controlledLoad('fr');
    try {
      const root = await fixture<HTMLElement>(html`<loadwise-provider locale="fr" group=${freshGroup()}><p id="child">page content</p></loadwise-provider>`);
      await (root as unknown as LoadwiseTestWidget).updateComplete;
      expect(shadow(root).querySelector('slot')).to.not.equal(null);
      expect(document.getElementById('child')!.getBoundingClientRect().height).to.be.above(0);
    } finally {
      load.remove();
    }
  });
});
