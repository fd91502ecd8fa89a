/**
 * <loadwise-alternatives> from the built bundle (build/test/loadwise-test.js = the production
 * dist/loadwise.js plus the test widget), in this page and in pages served with a strict CSP or
 * with Trusted Types enforced, beside the real quiz and explainer of the same group.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { closePages, count, loadTestBundle, openPage, press, textOf, widget, type Frame } from './helpers.js';

before(loadTestBundle);

const chips = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.chip')];
const order = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.card')].map((li) => li.dataset['id']);

async function rendered(doc: Document, id: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = doc.getElementById(id) as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
  if (!el) throw new Error(`no #${id}`);
  await until(() => el.shadowRoot?.querySelector('.base'), `#${id} renders`);
  await el.updateComplete;
  return el;
}

describe('<loadwise-alternatives> in the built bundle', () => {
  it('is defined, ranks, excludes from a quiz answer in another block, and fires loadwise-select on a choice', async () => {
    const quizBlock = await fixture<HTMLElement>(html`<section><loadwise-test-widget id="quiz-alt" group="built-alternatives"></loadwise-test-widget></section>`);
    const block = await fixture<HTMLElement>(html`<section><loadwise-alternatives group="built-alternatives" goals="speed"></loadwise-alternatives></section>`);
    const el = block.querySelector('loadwise-alternatives')!;
    // The loader (in the test bundle) defines it once it is on the page.
    await until(() => customElements.get('loadwise-alternatives'), 'defined when it appears');
    await until(() => el.shadowRoot?.querySelector('li.card'), 'renders cards');
    expect(order(el).slice(0, 3)).to.include('intervals');
    await expect(el).to.be.accessible();
    // The minified templates keep the spaces between sentences.
    expect(el.shadowRoot!.querySelector('.results > p')!.textContent).to.match(/best first\. Add your body weight/);
    // Drawbacks apart from why it fits, each list under its own heading.
    for (const li of el.shadowRoot!.querySelectorAll('[part="drawbacks"] li')) expect(li.getAttribute('data-effect')).to.equal('-1');
    for (const li of el.shadowRoot!.querySelectorAll('.why:not([part="drawbacks"]) li')) expect(li.getAttribute('data-effect')).to.not.equal('-1');
    expect(el.shadowRoot!.querySelector('.card-title .sr-only')!.textContent).to.equal('Number 1: ');
    // The fit in words, and the meter's value a whole percentage with words.
    expect(el.shadowRoot!.querySelector('[part="fit"]')!.textContent!.trim()).to.match(/^(Strong|Good|Partial|Weak) match/);
    expect(el.shadowRoot!.querySelector('meter')!.getAttribute('value')).to.match(/^\d+$/);

    const quiz = await widget(quizBlock.ownerDocument, 'quiz-alt');
    await press(quiz as LoadwiseTestWidget, 'button.answer'); // a current joint problem, running
    await el.updateComplete;
    expect(order(el)).to.not.include('intervals');
    expect(textOf(el, '.excluded summary')).to.match(/^Ruled out for you \(\d+\)$/);
    expect(textOf(el, '[part="from-quiz"]')).to.equal('From your quiz answers. Change anything.');

    const seen: unknown[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent).detail);
    document.addEventListener('loadwise-select', listener);
    el.shadowRoot!.querySelector<HTMLButtonElement>('li.card button[part="choose"]')!.click();
    document.removeEventListener('loadwise-select', listener);
    expect(seen).to.deep.equal([{ alternativeId: order(el)[0] }]);
    quiz.forgetAnswers();
  });
});

/** The three real widgets on a page with security headers: they render, react and stay clean. */
async function exercise({ win, doc }: Frame) {
  const alternatives = await rendered(doc, 'alternatives');
  const quiz = await rendered(doc, 'quiz');
  const prosCons = await rendered(doc, 'pros-cons');
  expect(count(prosCons, 'li.claim')).to.equal(8);
  expect(textOf(quiz, 'h2')).to.not.equal('');

  // The widgets' own CSS (adopted style sheets) is in force.
  const card = alternatives.shadowRoot!.querySelector('li.card')!;
  expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
  expect(order(alternatives)[0]).to.equal('strength-training');
  expect(textOf(alternatives, '.disclosure')).to.contain('commercial');
  expect(alternatives.shadowRoot!.querySelector<HTMLAnchorElement>('a.cta')!.href).to.equal('https://shop.example/vests');
  expect(count(alternatives, 'a.cta'), 'the javascript: CTA is dropped').to.equal(1);

  // Interaction re-renders without a violation: chips, compare mode, an answer from the group.
  chips(alternatives)[1]!.click();
  await alternatives.updateComplete;
  const boxes = [...alternatives.shadowRoot!.querySelectorAll<HTMLInputElement>('li.card input[type="checkbox"]')];
  boxes[0]!.click();
  boxes[1]!.click();
  await alternatives.updateComplete;
  alternatives.shadowRoot!.querySelector<HTMLButtonElement>('#lw-cmp-open')!.click();
  await alternatives.updateComplete;
  expect(count(alternatives, '[part="compare"] thead th')).to.equal(2);
  const answers = await widget(doc, 'answers');
  await press(answers, 'button.answer');
  await alternatives.updateComplete;
  await prosCons.updateComplete;
  expect(count(prosCons, 'li.claim[data-relevant]')).to.be.greaterThan(0);
  expect(order(alternatives)).to.not.include('hill-repeats');

  expect(win.__violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  expect(win.__errors, 'uncaught errors').to.deep.equal([]);
  expect(win.__consoleErrors.length, win.__consoleErrors.join('\n')).to.equal(1);
  expect(win.__consoleErrors[0]).to.contain('<loadwise-alternatives>').and.contain('ctas[1].href');
}

describe('the three widgets under security headers', () => {
  afterEach(closePages);

  it('render and update under a strict CSP with zero violations', async () => {
    const response = await fetch('/tests/embed/pages/elements-csp.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
    await exercise(await openPage('elements-csp.html'));
  });

  it('render and update with Trusted Types enforced with zero violations', async () => {
    const response = await fetch('/tests/embed/pages/elements-tt.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    await exercise(await openPage('elements-tt.html'));
  });
});
