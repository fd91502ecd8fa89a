/**
 * The embed platform from source: base element, attributes, context, groups, store, events,
 * persistence, URLs and styles. tests/embed repeats the page-level checks on the built bundle.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import '../../src/define.js';
import '../../src/embed.js';
import '../fixtures/test-widget.js';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { defaultContent } from '../../src/core.js';
import { createStore, initialState, reduce } from '../../src/core/state/store.js';
import { defineIfAbsent, VERSION } from '../../src/base/define.js';
import { LoadwiseElement } from '../../src/base/loadwise-element.js';
import { safeUrl } from '../../src/base/url.js';
import { groupStore } from '../../src/base/groups.js';
import { hostStyles } from '../../src/styles/host.styles.js';
import { LoadwiseAnswerEvent, LoadwiseCompleteEvent, LoadwiseCtaEvent, LoadwiseSelectEvent } from '../../src/events/events.js';
import { assess } from '../../src/core.js';

type Spy = { calls: unknown[][]; restore: () => void };
function spyConsole(method: 'error' | 'warn'): Spy {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => (console[method] = original) };
}

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim() ?? null;
let groupCounter = 0;
const freshGroup = () => `test-${++groupCounter}`;

describe('the test widget on the platform', () => {
  it('is accessible', async () => {
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group=${freshGroup()}></loadwise-test-widget>`);
    await expect(el).to.be.accessible();
  });

  it('renders the built-in English pack by default', async () => {
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group=${freshGroup()}></loadwise-test-widget>`);
    expect(text(el, '.title')).to.equal(defaultContent.verdicts.ready.title);
    expect(text(el, '.verdict')).to.equal('none');
  });
});

describe('store', () => {
  it('updates immutably and notifies subscribers', () => {
    const store = createStore();
    const seen: unknown[] = [];
    const off = store.subscribe((s) => seen.push(s));
    const before = store.getState();
    const assessment = assess({ chestPain: true });
    store.dispatch({ type: 'answered', answers: assessment.answers });
    expect(store.getState()).to.not.equal(before);
    expect(before).to.equal(initialState);
    expect(store.getState().answers, 'the answers, in no language').to.equal(assessment.answers);
    expect(Object.keys(store.getState()).sort()).to.deep.equal(['answers', 'floor', 'selectedAlternative']);
    expect(seen.length).to.equal(1);
    off();
    store.dispatch({ type: 'reset' });
    expect(seen.length).to.equal(1);
    expect(store.getState()).to.equal(initialState);
  });

  it('does not notify when nothing changes, and survives a listener that throws', () => {
    const errors: unknown[] = [];
    const store = createStore(initialState, (e) => errors.push(e));
    let calls = 0;
    store.subscribe(() => {
      throw new Error('listener failure');
    });
    store.subscribe(() => calls++);
    store.dispatch({ type: 'selected', alternativeId: 'cycling' });
    store.dispatch({ type: 'selected', alternativeId: 'cycling' });
    expect(calls).to.equal(1);
    expect(errors.length).to.equal(1);
    expect(reduce(initialState, { type: 'selected', alternativeId: null })).to.equal(initialState);
  });
});

describe('define-if-absent', () => {
  it('never throws on a second definition, and warns once when the versions differ', () => {
    const warn = spyConsole('warn');
    try {
      // Same version, already defined: skipped silently.
      class Again extends HTMLElement {
        static loadwiseVersion = VERSION;
      }
      expect(() => defineIfAbsent('loadwise-test-widget', Again)).to.not.throw();
      expect(warn.calls.length).to.equal(0);
      // Another version got there first: skipped, with one warning per page.
      for (const tag of ['loadwise-old-a', 'loadwise-old-b']) {
        customElements.define(tag, class extends HTMLElement { static loadwiseVersion = '0.0.1'; });
        expect(() => defineIfAbsent(tag, class extends HTMLElement { static loadwiseVersion = VERSION; })).to.not.throw();
      }
      expect(warn.calls.length).to.equal(1);
      expect(String(warn.calls[0]![0])).to.include(VERSION).and.include('0.0.1');
    } finally {
      warn.restore();
    }
  });

  it('keeps a page-global version marker', () => {
    const marker = (globalThis as unknown as Record<symbol, { versions: string[] }>)[Symbol.for('loadwise.version')]!;
    expect(marker.versions).to.include(VERSION);
  });
});

describe('attributes', () => {
  it('reports a bad value once, naming the element, the attribute and what is expected, and uses the default', async () => {
    const error = spyConsole('error');
    try {
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget theme="purple" units="stone" group=${freshGroup()}></loadwise-test-widget>`);
      expect(error.calls.length).to.equal(2);
      const messages = error.calls.map((c) => String(c[0])).sort();
      expect(messages[0]).to.include('<loadwise-test-widget>').and.include('"theme"').and.include('"light" or "dark" or "auto"');
      expect(messages[1]).to.include('<loadwise-test-widget>').and.include('"units"').and.include('"metric" or "imperial"');
      // auto, resolved from the page (no color-scheme: light).
      expect(shadow(el).querySelector('.base')!.getAttribute('data-theme')).to.equal('light');
      el.requestUpdate();
      await el.updateComplete;
      expect(error.calls.length, 'no repeat for the same value').to.equal(2);
      el.setAttribute('locale', 'not a locale!');
      await el.updateComplete;
      expect(String(error.calls[2]![0])).to.include('"locale"').and.include('BCP 47');
    } finally {
      error.restore();
    }
  });

  it('takes units from the locale, the nearest lang, or the attribute', async () => {
    const us = await fixture<LoadwiseTestWidget>(html`<div lang="en-US"><loadwise-test-widget group=${freshGroup()}></loadwise-test-widget></div>`);
    const widget = us.querySelector('loadwise-test-widget')!;
    await widget.updateComplete;
    expect(text(widget, '.units')).to.equal('imperial');
    widget.units = 'metric';
    await widget.updateComplete;
    expect(text(widget, '.units')).to.equal('metric');
    const de = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget locale="de-DE" group=${freshGroup()}></loadwise-test-widget>`);
    // The German pack loads first (a skeleton meanwhile).
    await until(() => text(de, '.units'), 'the German pack is in');
    expect(text(de, '.units')).to.equal('metric');
  });
});

describe('properties set before the element is defined', () => {
  it('are honoured on upgrade', async () => {
    const tag = 'loadwise-late-widget';
    const el = document.createElement(tag) as LoadwiseTestWidget;
    el.theme = 'dark';
    el.group = 'late-group';
    document.body.append(el);
    class Late extends (customElements.get('loadwise-test-widget') as typeof LoadwiseTestWidget) {}
    defineIfAbsent(tag, Late);
    await (el as LoadwiseElement).updateComplete;
    expect(shadow(el).querySelector('.base')!.getAttribute('data-theme')).to.equal('dark');
    expect((el as LoadwiseTestWidget).group).to.equal('late-group');
    el.remove();
  });
});

describe('provider and context', () => {
  it('gives its settings to the widgets inside it; a widget attribute wins', async () => {
    const group = freshGroup();
    const root = await fixture(html`<loadwise-provider locale="en-US" theme="dark" group=${group}>
      <loadwise-test-widget id="a"></loadwise-test-widget>
      <loadwise-test-widget id="b" theme="light" units="metric"></loadwise-test-widget>
    </loadwise-provider>`);
    const a = root.querySelector<LoadwiseTestWidget>('#a')!;
    const b = root.querySelector<LoadwiseTestWidget>('#b')!;
    await until(() => shadow(a).querySelector('.base')?.getAttribute('data-theme') === 'dark', 'the provider\'s dark theme');
    expect(text(a, '.units')).to.equal('imperial');
    expect(shadow(b).querySelector('.base')!.getAttribute('data-theme')).to.equal('light');
    expect(text(b, '.units')).to.equal('metric');
    (shadow(a).querySelector('.answer') as HTMLButtonElement).click();
    await b.updateComplete;
    expect(b.assessment?.verdict).to.equal('see-professional');
    expect(text(b, '.verdict')).to.equal('see-professional');
  });

  it('reaches widgets when the provider upgrades late (ContextRoot)', async () => {
    const tag = 'loadwise-late-provider';
    const container = await fixture(html`<div></div>`);
    const provider = document.createElement(tag);
    provider.setAttribute('theme', 'dark');
    const widget = document.createElement('loadwise-test-widget') as LoadwiseTestWidget;
    widget.group = freshGroup();
    provider.append(widget);
    container.append(provider);
    await widget.updateComplete;
    expect(shadow(widget).querySelector('.base')!.getAttribute('data-theme')).to.equal('light'); // auto, on a light page
    class LateProvider extends (customElements.get('loadwise-provider') as CustomElementConstructor) {}
    customElements.define(tag, LateProvider);
    await until(() => shadow(widget).querySelector('.base')?.getAttribute('data-theme') === 'dark', 'the late provider reached the widget');
  });
});

describe('groups', () => {
  it('share one store across the page; other groups are isolated; assessment is read-only', async () => {
    const group = freshGroup();
    const page = await fixture(html`<div>
      <section><loadwise-test-widget id="one" group=${group}></loadwise-test-widget></section>
      <p>Paragraph</p>
      <section><loadwise-test-widget id="two" group=${group}></loadwise-test-widget></section>
      <section><loadwise-test-widget id="other" group=${freshGroup()}></loadwise-test-widget></section>
    </div>`);
    const [one, two, other] = ['#one', '#two', '#other'].map((s) => page.querySelector<LoadwiseTestWidget>(s)!);
    await Promise.all([one!.updateComplete, two!.updateComplete, other!.updateComplete]);
    (shadow(one!).querySelector('.answer') as HTMLButtonElement).click();
    await two!.updateComplete;
    expect(text(two!, '.verdict')).to.equal('see-professional');
    expect(two!.assessment).to.equal(one!.assessment);
    expect(other!.assessment).to.equal(null);
    expect(text(other!, '.verdict')).to.equal('none');
    const warn = spyConsole('warn');
    try {
      (two as unknown as { assessment: null }).assessment = null;
      expect(two!.assessment).to.not.equal(null);
      expect(warn.calls.length, 'a development warning').to.equal(1);
    } finally {
      warn.restore();
    }
  });
});

describe('content', () => {
  it('takes a valid pack from the content property', async () => {
    const pack = structuredClone(defaultContent);
    pack.verdicts.ready.title = 'Custom title';
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group=${freshGroup()} .content=${pack}></loadwise-test-widget>`);
    await until(() => text(el, '.title') === 'Custom title', 'the custom pack');
  });

  it('refuses a bad pack with one console error listing the paths, keeps the built-in pack, and shows a debug notice', async () => {
    const error = spyConsole('error');
    try {
      const bad = { ...structuredClone(defaultContent), claims: [{ id: 'x' }] };
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget debug group=${freshGroup()} .content=${bad}></loadwise-test-widget>`);
      await until(() => shadow(el).querySelector('.debug-notice'), 'the debug notice');
      expect(error.calls.length).to.equal(1);
      expect(String(error.calls[0]![0])).to.include('<loadwise-test-widget>').and.include('claims[0].kind');
      expect(text(el, '.title')).to.equal(defaultContent.verdicts.ready.title);
    } finally {
      error.restore();
    }
  });

  it('reads a <script type="application/json"> child', async () => {
    const pack = structuredClone(defaultContent);
    pack.claims[0]!.title = '<b>Bold?</b> From JSON';
    const el = await fixture<LoadwiseTestWidget>(
      html`<loadwise-test-widget group=${freshGroup()}><script type="application/json">${JSON.stringify(pack)}</script></loadwise-test-widget>`,
    );
    await until(() => text(el, '.claim') === '<b>Bold?</b> From JSON', 'the pack from the JSON child');
    expect(shadow(el).querySelector('.claim b')).to.equal(null);
  });
});

describe('safeUrl', () => {
  const cases: [string, boolean][] = [
    ['https://shop.example/weights', true],
    ['http://gym.example', true],
    ['mailto:coach@gym.example', true],
    ['/relative/path', true],
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['', false],
  ];
  for (const [url, allowed] of cases) {
    it(`${allowed ? 'allows' : 'drops'} ${JSON.stringify(url)}`, () => {
      const error = spyConsole('error');
      try {
        expect(safeUrl(url, { tag: 'loadwise-x', field: 'href' })).to.equal(allowed ? url.trim() : null);
        expect(error.calls.length).to.equal(allowed ? 0 : 1);
        if (!allowed) expect(String(error.calls[0]![0])).to.include('<loadwise-x>').and.include('href');
      } finally {
        error.restore();
      }
    });
  }
});

describe('events', () => {
  it('bubble, are composed, and carry no answers', async () => {
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group=${freshGroup()}></loadwise-test-widget>`);
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('loadwise-answer', listener);
    (shadow(el).querySelector('.answer') as HTMLButtonElement).click();
    document.removeEventListener('loadwise-answer', listener);
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.be.instanceOf(LoadwiseAnswerEvent);
    expect(seen[0]!.composed && seen[0]!.bubbles).to.equal(true);
    const assessment = assess({ jointProblem: 'current' });
    // Whatever a caller passes, the detail is exactly these three (invariant 16).
    const complete = new LoadwiseCompleteEvent({ ...assessment, verdict: assessment.verdict, activity: assessment.activity, hasPlan: assessment.load !== null } as never);
    expect(Object.keys(complete.detail).sort()).to.deep.equal(['activity', 'hasPlan', 'verdict']);
    expect(Object.isFrozen(complete.detail)).to.equal(true);
    expect(new LoadwiseSelectEvent({ alternativeId: 'cycling' }).type).to.equal('loadwise-select');
    expect(new LoadwiseCtaEvent({ ctaId: 'a', href: 'https://x.example', context: 'ready' }).type).to.equal('loadwise-cta');
  });
});

describe('persistence', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps answers in sessionStorage and forgets them on request', async () => {
    const group = freshGroup();
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget persist group=${group}></loadwise-test-widget>`);
    (shadow(el).querySelector('.answer') as HTMLButtonElement).click();
    expect(JSON.parse(sessionStorage.getItem(`loadwise:v1:${group}`)!)).to.deep.equal({ jointProblem: 'current', activity: 'running' });
    // A fresh store for the group (as after a reload) picks the answers up again.
    groupStore(group).dispatch({ type: 'reset' });
    sessionStorage.setItem(`loadwise:v1:${group}`, JSON.stringify({ chestPain: true }));
    const again = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget persist group=${group}></loadwise-test-widget>`);
    expect(again.assessment?.verdict).to.equal('see-professional');
    (shadow(again).querySelector('.forget') as HTMLButtonElement).click();
    expect(sessionStorage.getItem(`loadwise:v1:${group}`)).to.equal(null);
    expect(again.assessment).to.equal(null);
  });
});

describe('styles', () => {
  const sheets = [hostStyles, ...(customElements.get('loadwise-test-widget') as unknown as typeof LoadwiseElement).elementStyles]
    .map((s) => ('cssText' in s ? s.cssText : ''))
    .join('\n');

  it('defines every private token it uses, and uses every one it defines', () => {
    const used = new Set([...sheets.matchAll(/var\((--_loadwise-[\w-]+)/g)].map((m) => m[1]));
    const defined = new Set([...sheets.matchAll(/(--_loadwise-[\w-]+)\s*:/g)].map((m) => m[1]));
    expect([...used].filter((t) => !defined.has(t)), 'used but never defined').to.deep.equal([]);
    expect([...defined].filter((t) => !used.has(t)), 'defined but never used').to.deep.equal([]);
    expect(used.size).to.be.greaterThan(5);
  });

  it('applies the dark palette for theme="dark", and host tokens over it', async () => {
    const dark = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget theme="dark" group=${freshGroup()}></loadwise-test-widget>`);
    expect(getComputedStyle(shadow(dark).querySelector('.base')!).backgroundColor).to.equal('rgb(22, 27, 32)');
    const light = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget theme="light" group=${freshGroup()}></loadwise-test-widget>`);
    expect(getComputedStyle(shadow(light).querySelector('.base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    const branded = await fixture(html`<div style="--loadwise-surface: rgb(1, 2, 3)"><loadwise-test-widget theme="dark" group=${freshGroup()}></loadwise-test-widget></div>`);
    const widget = branded.querySelector('loadwise-test-widget')!;
    await widget.updateComplete;
    expect(getComputedStyle(shadow(widget).querySelector('.base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('never uses rem, and never assigns a public token', () => {
    expect(sheets).to.not.match(/\d+(\.\d+)?rem\b/);
    expect(sheets).to.not.match(/(^|[\s;{])--loadwise-[\w-]+\s*:/);
  });
});
