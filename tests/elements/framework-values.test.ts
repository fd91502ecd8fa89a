/**
 * DESIGN §2: frameworks write attributes and properties in their own ways, and both mean the same
 * thing. React 18 writes `persist="false"`; Vue and React 19 set `el.persist = 'false'`, or
 * `el.ctas` to a JSON string. The readers (src/base/values.ts) spelling by spelling, then what
 * a reader sees on each element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import '../../src/elements/quiz/quiz.js';
import '../../src/elements/pros-cons/pros-cons.js';
import '../../src/elements/alternatives/alternatives.js';
import '../../src/elements/provider/provider.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import type { LoadwiseAlternatives } from '../../src/elements/alternatives/alternatives.component.js';
import type { LoadwiseProsCons } from '../../src/elements/pros-cons/pros-cons.component.js';
import { InvalidJson, fromJson, toFlag } from '../../src/base/values.js';
import { en } from '../../src/content/en.js';
import { QUIZ_STRINGS } from '../../src/elements/quiz/quiz.strings.js';
import { ALTERNATIVES_STRINGS } from '../../src/elements/alternatives/alternatives.strings.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { spyConsole } from './helpers.js';

let groups = 0;
const freshGroup = () => `values-${++groups}`;

afterEach(() => sessionStorage.clear());

/** Every spelling of a boolean a page or a framework may give, and what it means. */
const FLAG_SPELLINGS: [unknown, boolean][] = [
  [true, true],
  [false, false],
  ['', true], // <x persist>, or Vue's `persist=""`
  ['true', true],
  ['persist', true], // <x persist="persist">, XHTML style
  ['false', false], // React 18's persist={false}
  ['FALSE', false],
  ['False', false], // a Python template's {{ False }}
  [null, false],
  [undefined, false],
  [1, true],
  [0, false],
];

/** Every attribute value, and what it means (null: no attribute). */
const FLAG_ATTRIBUTES: [string | null, boolean][] = [
  ['', true],
  ['true', true],
  ['persist', true],
  ['false', false],
  ['False', false],
  [null, false],
];

describe('values: the readers', () => {
  for (const [value, expected] of FLAG_SPELLINGS) {
    it(`toFlag(${JSON.stringify(value) ?? 'undefined'}) is ${expected}`, () => {
      expect(toFlag(value)).to.equal(expected);
    });
  }

  const object = { activity: 'walking' };
  const list = [{ id: 'a' }];
  const JSON_SPELLINGS: [string, unknown, unknown][] = [
    ['an object, kept as it is', object, object],
    ['an array, kept as it is', list, list],
    ['a JSON object', '{"activity":"walking"}', { activity: 'walking' }],
    ['a JSON array', '[{"id":"a"}]', [{ id: 'a' }]],
    ['JSON with spaces around', ' [ ] ', []],
    ['null', null, null],
    ['undefined', undefined, undefined],
  ];
  for (const [what, value, expected] of JSON_SPELLINGS) {
    it(`fromJson: ${what}`, () => {
      const read = fromJson(value);
      if (typeof value == 'object' && value !== null) expect(read).to.equal(value);
      else expect(read).to.deep.equal(expected);
    });
  }
  for (const bad of ['{activity:walking}', '[{"id":"a"}', '', '[object Object]', 'undefined']) {
    it(`fromJson(${JSON.stringify(bad)}): an InvalidJson that keeps the text, never a throw`, () => {
      const read = fromJson(bad);
      expect(read).to.be.instanceOf(InvalidJson);
      expect((read as InvalidJson).text).to.equal(bad);
    });
  }
});

const FLAGS: Record<string, string[]> = {
  'loadwise-quiz': ['persist', 'debug'],
  'loadwise-pros-cons': ['persist', 'debug', 'open'],
  'loadwise-alternatives': ['persist', 'debug'],
  'loadwise-provider': ['persist', 'debug'],
};

describe('values: attribute and property mean the same on every element', () => {
  for (const [tag, names] of Object.entries(FLAGS)) {
    for (const name of names) {
      it(`<${tag}> ${name}: every attribute value and every property value`, async () => {
        const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
        el.setAttribute('group', freshGroup());
        await fixture(el);
        for (const [value, expected] of FLAG_ATTRIBUTES) {
          if (value === null) el.removeAttribute(name);
          else el.setAttribute(name, value);
          expect(el[name], `attribute ${name}=${JSON.stringify(value)}`).to.equal(expected);
        }
        for (const [value, expected] of FLAG_SPELLINGS) {
          el[name] = value;
          expect(el[name], `property ${name} = ${JSON.stringify(value)}`).to.equal(expected);
        }
        el.remove();
      });
    }
  }

  it('strings set before the element upgraded are read the same way', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    // An element in a template's content is not upgraded: a framework sets its properties first.
    const template = document.createElement('template');
    template.innerHTML = '<loadwise-quiz></loadwise-quiz>';
    const quiz = template.content.firstElementChild as HTMLElement & Record<string, unknown>;
    expect(quiz instanceof customElements.get('loadwise-quiz')!, 'upgraded').to.equal(false);
    quiz.setAttribute('group', freshGroup());
    quiz.persist = 'false';
    quiz.debug = 'true';
    quiz.answers = '{"activity":"walking"}';
    host.append(quiz); // adopted and connected: it upgrades now
    const el = quiz as LoadwiseQuiz & Record<string, unknown>;
    await el.updateComplete;
    expect(el.persist).to.equal(false);
    expect(el.debug).to.equal(true);
    expect(el.answers).to.deep.equal({ activity: 'walking' });
  });
});

// ---- What a reader sees -----------------------------------------------------------------------

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function quiz(template: ReturnType<typeof html>): Promise<LoadwiseQuiz> {
  const host = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = host.querySelector('loadwise-quiz')!;
  await until(() => $(el, 'button'), 'the quiz rendered');
  return el;
}

/** A button of the quiz by its visible name, clicked. */
async function click(el: LoadwiseQuiz, name: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === name);
  if (!button) throw new Error(`no button "${name}": ${$$(el, 'button').map(textOf)}`);
  button.click();
  await el.updateComplete;
}

/** The label of the radio that is checked for `name`, on screen. */
const checked = (el: LoadwiseQuiz, name: string) => textOf($<HTMLInputElement>(el, `input[name="${name}"]:checked`)?.closest('label'));

/** Answers "No" to the first screening question, as a reader does. */
async function answerFirst(el: LoadwiseQuiz): Promise<void> {
  await click(el, 'Start');
  const no = $$<HTMLInputElement>(el, 'input[name="heartCondition"]').find((i) => textOf(i.closest('label')) === 'No')!;
  no.click();
  await el.updateComplete;
  await until(() => el.assessment?.answers.heartCondition === false, 'the answer published');
}

const QUIZ_CTAS = [{ id: 'physio', label: 'Find a physiotherapist', href: 'https://physio.example/find', kind: 'professional' }];
const PICKER_CTAS = [{ id: 'shop-vest', label: 'Shop weighted vests', href: 'https://shop.example/vests', alternativeId: 'weighted-vest-walk' }];

describe('values: persist, debug and open as React 18 writes them', () => {
  // React 18 writes persist={false} as persist="false"; Lit's Boolean read that as on, and the
  // reader's health answers landed in sessionStorage.
  const CASES: [string, (group: string) => ReturnType<typeof html>, boolean][] = [
    ['persist="false" (React 18)', (g) => html`<loadwise-quiz group=${g} persist="false"></loadwise-quiz>`, false],
    ['.persist = "false" (a string property)', (g) => html`<loadwise-quiz group=${g} .persist=${'false'}></loadwise-quiz>`, false],
    ['persist (present)', (g) => html`<loadwise-quiz group=${g} persist></loadwise-quiz>`, true],
    ['persist="true"', (g) => html`<loadwise-quiz group=${g} persist="true"></loadwise-quiz>`, true],
    ['.persist = "" (Vue, for a bare attribute)', (g) => html`<loadwise-quiz group=${g} .persist=${''}></loadwise-quiz>`, true],
  ];
  for (const [what, template, stores] of CASES) {
    it(`${what}: ${stores ? 'keeps the answers in sessionStorage, with "Forget my answers"' : 'stores nothing, and shows no "Forget my answers"'}`, async () => {
      const group = freshGroup();
      const el = await quiz(template(group));
      await answerFirst(el);
      expect(sessionStorage.getItem(`loadwise:v1:${group}`), 'stored').to.equal(stores ? JSON.stringify({ heartCondition: false }) : null);
      if (!stores) expect(sessionStorage.length).to.equal(0);
      expect($(el, '.forget') !== null, 'forget button').to.equal(stores);
    });
  }

  it('debug="false": no notice when content is refused; debug: the notice', async () => {
    const error = spyConsole('error');
    try {
      for (const [attr, notice] of [['', true], ['false', false]] as const) {
        const el = await quiz(html`<loadwise-quiz group=${freshGroup()} debug=${attr} .content=${{ claims: 5 }}></loadwise-quiz>`);
        await until(() => error.calls.length > 0, 'the content refused');
        error.calls.length = 0;
        if (notice) await until(() => $(el, '.debug-notice'), 'the debug notice');
        else {
          await el.updateComplete;
          expect($(el, '.debug-notice') !== null, 'a notice').to.equal(false);
        }
      }
    } finally {
      error.restore();
    }
  });

  for (const [what, template, open] of [
    ['open="false"', html`<loadwise-pros-cons open="false"></loadwise-pros-cons>`, false],
    ['.open = "false"', html`<loadwise-pros-cons .open=${'false'}></loadwise-pros-cons>`, false],
    ['open', html`<loadwise-pros-cons open></loadwise-pros-cons>`, true],
  ] as const) {
    it(`<loadwise-pros-cons ${what}>: every claim ${open ? 'open' : 'closed'}`, async () => {
      const host = await fixture<HTMLElement>(html`<div>${template}</div>`);
      const el = host.querySelector<LoadwiseProsCons>('loadwise-pros-cons')!;
      await until(() => $$(el, '.detail').length > 0, 'the claims');
      expect($$(el, '.detail').every((d) => d.hidden === !open)).to.equal(true);
      expect($$(el, 'button[aria-expanded]').every((b) => b.getAttribute('aria-expanded') === String(open))).to.equal(true);
    });
  }
});

describe('values: JSON strings as properties (Vue\'s :ctas="JSON.stringify(ctas)", React 19)', () => {
  it('quiz: .answers = a JSON string prefills the answers', async () => {
    const el = await quiz(html`<loadwise-quiz group=${freshGroup()} .answers=${'{"heartCondition":false,"chestPain":false}'}></loadwise-quiz>`);
    await click(el, 'Start');
    expect(checked(el, 'heartCondition')).to.equal('No');
    expect(checked(el, 'chestPain')).to.equal('No');
    expect(checked(el, 'dizziness')).to.equal('');
  });

  it('quiz: .ctas = a JSON string shows the link on the result', async () => {
    const error = spyConsole('error');
    try {
      const el = await quiz(html`<loadwise-quiz group=${freshGroup()} .answers=${{ ...SAFE_ANSWERS, heartCondition: true }}></loadwise-quiz>`);
      el.ctas = JSON.stringify(QUIZ_CTAS) as never;
      await click(el, 'Start');
      for (let guard = 0; guard < 20 && !$(el, '.result'); guard++) {
        $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
        await el.updateComplete;
        await until(() => $(el, '.result') || $(el, 'button[type="submit"]'), 'a next screen');
      }
      await until(() => $(el, 'a.cta'), 'the link');
      expect($$<HTMLAnchorElement>(el, 'a.cta').map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal([['Find a physiotherapist', 'https://physio.example/find']]);
      expect(error.calls).to.deep.equal([]);
    } finally {
      error.restore();
    }
  });

  it('alternatives: .ctas = a JSON string shows the link on its card', async () => {
    const error = spyConsole('error');
    try {
      const host = await fixture<HTMLElement>(html`<div><loadwise-alternatives group=${freshGroup()} .ctas=${JSON.stringify(PICKER_CTAS)}></loadwise-alternatives></div>`);
      const el = host.querySelector<LoadwiseAlternatives>('loadwise-alternatives')!;
      await until(() => $(el, 'a.cta'), 'the link');
      expect($$<HTMLAnchorElement>(el, 'a.cta').map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal([['Shop weighted vests', 'https://shop.example/vests']]);
      expect(error.calls).to.deep.equal([]);
    } finally {
      error.restore();
    }
  });

  it('content: a JSON string is the pack', async () => {
    const pack = structuredClone(en);
    pack.ui = { ...pack.ui, 'quiz.title': 'A title from a JSON string' };
    const el = await quiz(html`<loadwise-quiz group=${freshGroup()} .content=${JSON.stringify(pack)}></loadwise-quiz>`);
    await until(() => textOf($(el, 'h2')) === 'A title from a JSON string', 'the pack\'s title');
  });

  it('set after the first render, as a framework updates them: each change renders', async () => {
    const error = spyConsole('error');
    try {
      // content (a property of the base class), on a widget
      const el = await quiz(html`<loadwise-quiz group=${freshGroup()}></loadwise-quiz>`);
      const pack = structuredClone(en);
      pack.ui = { ...pack.ui, 'quiz.title': 'Later' };
      el.content = JSON.stringify(pack);
      await until(() => textOf($(el, 'h2')) === 'Later', 'the pack set later');
      el.content = null;
      await until(() => textOf($(el, 'h2')) === QUIZ_STRINGS.title, 'the built-in pack again');
      // debug, as a string
      el.debug = true;
      el.content = '{"claims": 5}';
      await until(() => $(el, '.debug-notice'), 'the debug notice');
      (el as unknown as Record<string, unknown>)['debug'] = 'false';
      await until(() => !$(el, '.debug-notice'), 'the notice gone with debug = "false"');
      expect(error.calls, 'one error for the bad pack').to.have.length(1);
      // ctas, as a JSON string, on the picker
      const host = await fixture<HTMLElement>(html`<div><loadwise-alternatives group=${freshGroup()}></loadwise-alternatives></div>`);
      const picker = host.querySelector<LoadwiseAlternatives>('loadwise-alternatives')!;
      await until(() => $(picker, 'h2'), 'the picker');
      expect($$(picker, 'a.cta').length).to.equal(0);
      picker.ctas = JSON.stringify(PICKER_CTAS) as never;
      await until(() => $$(picker, 'a.cta').length === 1, 'the link set later');
      // open, as a string, on the explainer
      const wrapper = await fixture<HTMLElement>(html`<div><loadwise-pros-cons open></loadwise-pros-cons></div>`);
      const explainer = wrapper.querySelector<LoadwiseProsCons>('loadwise-pros-cons')!;
      await until(() => $$(explainer, '.detail').length > 0 && $$(explainer, '.detail').every((d) => !d.hidden), 'every claim open');
      (explainer as unknown as Record<string, unknown>)['open'] = 'false';
      await until(() => $$(explainer, '.detail').every((d) => d.hidden), 'every claim closed with open = "false"');
    } finally {
      error.restore();
    }
  });

  const BAD: [string, (g: string) => ReturnType<typeof html>, string[]][] = [
    ['quiz .answers', (g) => html`<loadwise-quiz group=${g} .answers=${'{heartCondition:false}'}></loadwise-quiz>`, ['<loadwise-quiz>', '"answers"', 'an object of answers', '{heartCondition:false}']],
    ['quiz .ctas', (g) => html`<loadwise-quiz group=${g} .ctas=${'[{"id":"shop"'}></loadwise-quiz>`, ['<loadwise-quiz>', '"ctas"', 'an array of CTAs', '[{"id":"shop"']],
    ['alternatives .ctas', (g) => html`<loadwise-alternatives group=${g} .ctas=${'[object Object]'}></loadwise-alternatives>`, ['<loadwise-alternatives>', '"ctas"', 'an array of CTAs', '[object Object]']],
    ['quiz .content', (g) => html`<loadwise-quiz group=${g} .content=${'{"locale":'}></loadwise-quiz>`, ['<loadwise-quiz>', 'content', 'a content pack: an object, or JSON text of one', 'not JSON']],
  ];
  for (const [what, template, words] of BAD) {
    it(`${what} = bad JSON: one console error naming the element, the field and what is expected; the defaults`, async () => {
      const error = spyConsole('error');
      try {
        const host = await fixture<HTMLElement>(html`<div>${template(freshGroup())}</div>`);
        const el = host.firstElementChild as LoadwiseQuiz;
        await until(() => error.calls.length > 0, 'the error');
        await until(() => $(el, 'h2'), 'the widget');
        el.requestUpdate();
        await el.updateComplete;
        expect(error.calls, 'one error').to.have.length(1);
        for (const word of words) expect(error.calls[0]).to.include(word);
        // The defaults: the built-in title, no link, nothing prefilled.
        expect(textOf($(el, 'h2'))).to.equal(el.localName === 'loadwise-quiz' ? QUIZ_STRINGS.title : ALTERNATIVES_STRINGS.heading);
        expect($$(el, 'a.cta').length, 'links').to.equal(0);
        if (el.localName === 'loadwise-quiz') {
          await click(el, 'Start');
          expect(checked(el, 'heartCondition')).to.equal('');
        }
      } finally {
        error.restore();
      }
    });
  }
});
