/**
 * <loadwise-pros-cons> from the built bundle (build/test/loadwise-test.js = the production
 * dist/loadwise.js plus the test widget): defined, renders the claims, and personalises from a
 * widget of the same group in another block.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { count, loadTestBundle, press, textOf, widget } from './helpers.js';

before(loadTestBundle);

describe('<loadwise-pros-cons> in the built bundle', () => {
  it('is defined, renders the claims and marks what applies once a widget of its group publishes answers', async () => {
    const quizBlock = await fixture<HTMLElement>(html`<section><loadwise-test-widget id="quiz" group="built-pros-cons"></loadwise-test-widget></section>`);
    const block = await fixture<HTMLElement>(html`<section><loadwise-pros-cons group="built-pros-cons"></loadwise-pros-cons></section>`);
    const el = block.querySelector('loadwise-pros-cons')!;
    // The loader (in the test bundle) defines it once it is on the page.
    await until(() => customElements.get('loadwise-pros-cons'), 'defined when it appears');
    await until(() => el.shadowRoot?.querySelector('li.claim'), 'renders claims');
    expect(count(el, 'li.claim')).to.equal(8);
    expect(count(el, 'li.claim[data-relevant]')).to.equal(0);
    await expect(el).to.be.accessible();

    const quiz = await widget(quizBlock.ownerDocument, 'quiz');
    await press(quiz as LoadwiseTestWidget, 'button.answer'); // a current joint problem, running
    await el.updateComplete;
    expect(count(el, 'li.claim[data-relevant]')).to.be.greaterThan(0);
    expect(textOf(el, '[part="for-you"]')).to.include('See a professional first');
    // Shown, not announced: the quiz announces its own result (one announcement per change).
    expect(textOf(el, '[part="updated"]')).to.include('Claims that apply to you');
    expect(textOf(el, '[role="status"]')).to.equal('');
    quiz.forgetAnswers();
  });
});
