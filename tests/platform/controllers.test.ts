/**
 * The controllers of src/controllers/, each on its own: the localize controller's locale
 * resolution and plurals, the content controller's refusals, the persistence controller when
 * storage throws, and the language-free group state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import '../../src/embed.js';
import '../fixtures/test-widget.js';
import { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { en } from '../../src/content/en.js';
import { lookup, requestedLocale } from '../../src/controllers/localize-controller.js';
import { groupStore } from '../../src/base/groups.js';
import { SAFE_ANSWERS as SAFE } from '../core/fixtures.js';

let groups = 0;
const freshGroup = () => `controllers-${++groups}`;

function spyError(): { messages: string[]; restore: () => void } {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

describe('LocalizeController', () => {
  it('resolves the locale: own (canonical), then the provider, then the nearest lang, then en', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="de-at"><span></span></div>`);
    const span = root.querySelector('span')!;
    expect(requestedLocale(span, 'es-MX', 'fr')).to.equal('es-MX');
    expect(requestedLocale(span, undefined, 'fr-ca')).to.equal('fr-CA');
    expect(requestedLocale(span, undefined, undefined)).to.equal('de-AT');
    root.removeAttribute('lang');
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      expect(requestedLocale(span, undefined, undefined)).to.equal('en');
    } finally {
      if (before !== null) document.documentElement.setAttribute('lang', before);
    }
  });

  it('chooses plural variants by the CLDR rules of the locale, and formats numbers for it', () => {
    const strings = { items: '{count} items', 'items#one': '{count} item' };
    expect(lookup(en, 'en', 'probe', strings, 'items', { count: 1 })).to.equal('1 item');
    expect(lookup(en, 'en', 'probe', strings, 'items', { count: 2500 })).to.equal('2,500 items');
    expect(lookup(en, 'de', 'probe', strings, 'items', { count: 2500 })).to.equal('2.500 items');
    const pack = { ...en, ui: { ...en.ui, 'probe.items': 'other {count}', 'probe.items#two': 'two {count}' } };
    expect(lookup(pack, 'ar', 'probe', strings, 'items', { count: 2 })).to.equal(`two ${new Intl.NumberFormat('ar').format(2)}`);
    expect(lookup(pack, 'en', 'probe', strings, 'missing')).to.equal('missing');
  });
});

describe('ContentController', () => {
  it('refuses a JSON child that is not JSON: one console error naming the element, the field and what is expected', async () => {
    const error = spyError();
    try {
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget debug group=${freshGroup()}><script type="application/json">{ not json</script></loadwise-test-widget>`);
      await until(() => el.shadowRoot!.querySelector('.debug-notice'), 'the debug notice');
      expect(error.messages).to.have.length(1);
      expect(error.messages[0]).to.include('<loadwise-test-widget>').and.include('(root)').and.include('expected valid JSON in the <script type="application/json"> child');
      expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal(en.verdicts.ready.title);
    } finally {
      error.restore();
    }
  });

  it('goes back to the built-in pack when `content` is set to null', async () => {
    const pack = structuredClone(en);
    pack.verdicts.ready.title = 'Custom';
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group=${freshGroup()} .content=${pack}></loadwise-test-widget>`);
    await until(() => el.shadowRoot!.querySelector('.title')?.textContent === 'Custom', 'the custom pack');
    el.content = null;
    await until(() => el.shadowRoot!.querySelector('.title')?.textContent === en.verdicts.ready.title, 'the built-in pack');
  });
});

describe('PersistController', () => {
  it('carries on when sessionStorage throws: answers stay in memory, forget still works', async () => {
    const proto = Storage.prototype;
    const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
    const refuse = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    Object.assign(proto, { getItem: refuse, setItem: refuse, removeItem: refuse });
    try {
      const group = freshGroup();
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget persist group=${group}></loadwise-test-widget>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.answer')!.click();
      await el.updateComplete;
      expect(el.assessment?.verdict).to.equal('see-professional');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.forget')!.click();
      await el.updateComplete;
      expect(el.assessment).to.equal(null);
      expect(groupStore(group).getState().answers).to.deep.equal({});
    } finally {
      Object.assign(proto, saved);
    }
  });
});

describe('the group state is free of any language', () => {
  it('holds the answers; each widget assesses them in its own pack, the same object for the same pack', async () => {
    const group = freshGroup();
    const page = await fixture<HTMLElement>(html`<div>
      <loadwise-test-widget id="a" group=${group}></loadwise-test-widget>
      <loadwise-test-widget id="b" group=${group}></loadwise-test-widget>
    </div>`);
    const [a, b] = ['#a', '#b'].map((s) => page.querySelector<LoadwiseTestWidget>(s)!);
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    a!.shadowRoot!.querySelector<HTMLButtonElement>('.answer')!.click();
    await b!.updateComplete;
    const state = groupStore(group).getState();
    expect(Object.keys(state).sort()).to.deep.equal(['answers', 'floor', 'selectedAlternative']);
    expect(JSON.stringify(state)).to.not.include(en.reasons['joint-current'] ?? 'no such reason');
    expect(state.floor!.verdict).to.equal('see-professional');
    expect(state.floor!.reasons[0]).to.deep.equal({ id: 'joint-current', verdict: 'see-professional' });
    expect(b!.assessment).to.equal(a!.assessment);
    expect(Object.isFrozen(b!.assessment)).to.equal(true);
  });

  it('a widget without the host rule that fired in the publisher\'s pack still holds to its verdict (invariant 10)', async () => {
    const group = freshGroup();
    // The publisher's pack adds a rule that the other widget (built-in pack) does not have.
    const marker = 'A host pack with its own rule';
    const pack = {
      ...en,
      claims: [{ ...en.claims[0]!, title: marker }, ...en.claims.slice(1)],
      rules: [{ id: 'host-knee-surgery', verdict: 'see-professional', when: { in: { id: 'activity', values: ['walking', 'running'] } }, text: 'Knee surgery this year: ask your surgeon first.' }],
    };
    const page = await fixture<HTMLElement>(html`<div>
      <loadwise-test-widget id="a" group=${group} .content=${pack}></loadwise-test-widget>
      <loadwise-test-widget id="b" group=${group}></loadwise-test-widget>
    </div>`);
    const [a, b] = ['#a', '#b'].map((s) => page.querySelector<LoadwiseTestWidget>(s)!);
    a!.answersToPublish = { ...SAFE, activity: 'walking' };
    await until(() => a!.shadowRoot!.querySelector('.claim')?.textContent === marker, 'the host pack is in use');
    a!.shadowRoot!.querySelector<HTMLButtonElement>('.answer')!.click();
    await until(() => b!.assessment !== null, 'the other widget has the answers');
    expect(a!.assessment!.verdict).to.equal('see-professional');
    expect(b!.assessment!.verdict).to.equal('see-professional');
    expect(b!.assessment!.load).to.equal(null);
    expect(b!.assessment!.reasons.map((r) => r.id)).to.include('host-knee-surgery');
  });

  it('answers restored from storage before a host pack is ready: the group still holds to the host rule once it is (invariant 10)', async () => {
    const group = freshGroup();
    sessionStorage.setItem(`loadwise:v1:${group}`, JSON.stringify({ ...SAFE, activity: 'walking' }));
    const marker = 'A host pack, restored';
    const pack = {
      ...en,
      claims: [{ ...en.claims[0]!, title: marker }, ...en.claims.slice(1)],
      rules: [{ id: 'host-knee-surgery', verdict: 'see-professional', when: { in: { id: 'activity', values: ['walking', 'running'] } }, text: 'Knee surgery this year: ask your surgeon first.' }],
    };
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <loadwise-test-widget id="a" persist group=${group} .content=${pack}></loadwise-test-widget>
        <loadwise-test-widget id="b" persist group=${group}></loadwise-test-widget>
      </div>`);
      const [a, b] = ['#a', '#b'].map((s) => page.querySelector<LoadwiseTestWidget>(s)!);
      await until(() => a!.shadowRoot!.querySelector('.claim')?.textContent === marker, 'the host pack is in use');
      await until(() => b!.assessment?.verdict === 'see-professional', 'the other widget holds to the host rule');
      expect(b!.assessment!.load).to.equal(null);
      expect(groupStore(group).getState().floor!.reasons.map((r) => r.id)).to.include('host-knee-surgery');
    } finally {
      sessionStorage.removeItem(`loadwise:v1:${group}`);
    }
  });
});

describe('what a page sets before the element is defined', () => {
  it('an own property that would hide a getter or a method is dropped at upgrade; a reactive one is kept', async () => {
    const tag = `loadwise-probe-${++groups}`;
    const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    el['assessment'] = { verdict: 'ready', load: { perAnkleKg: { start: 4.5, max: 9 } } };
    el['forgetAnswers'] = () => 'forged';
    el['group'] = freshGroup();
    document.body.append(el);
    try {
      customElements.define(tag, class extends LoadwiseTestWidget {});
      await (el as unknown as LoadwiseTestWidget).updateComplete;
      expect((el as unknown as LoadwiseTestWidget).assessment).to.equal(null);
      expect(Object.hasOwn(el, 'forgetAnswers')).to.equal(false);
      expect((el as unknown as LoadwiseTestWidget).group).to.match(/^controllers-/);
    } finally {
      el.remove();
    }
  });
});
