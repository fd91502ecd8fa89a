/**
 * The quiz's print summary from the built bundle, on pages that send a strict CSP
 * (`script-src 'self'; style-src 'self'`) or enforce Trusted Types with only Lit's policy: it
 * loads its chunk, renders, hides the page in print and goes after printing, with no violation.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { until } from '../wait.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { closePages, openPage, type Frame } from './helpers.js';

type Quiz = HTMLElement & { answers?: unknown; updateComplete: Promise<boolean> };

const buttons = (quiz: Quiz) => [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];

/** Completes the page's quiz (answers prefilled, Next on each screen) and presses Print, window.print stubbed. */
async function printFrom({ win, doc }: Frame): Promise<void> {
  const quiz = doc.getElementById('quiz') as Quiz;
  await until(() => quiz.shadowRoot?.querySelector('.base button'), 'the quiz renders');
  quiz.answers = { ...SAFE_ANSWERS, bodyWeightKg: 70, goals: ['speed'] };
  await quiz.updateComplete;
  buttons(quiz).find((b) => b.textContent!.trim() === 'Start')!.click();
  for (let guard = 0; guard < 20 && !quiz.shadowRoot!.querySelector('.result'); guard++) {
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await quiz.updateComplete;
  }
  await until(() => quiz.shadowRoot!.querySelector('.result .nav'), 'the result with its chunk');
  let printed = 0;
  win.print = () => void printed++;
  buttons(quiz).find((b) => b.textContent!.trim() === 'Print or save this summary')!.click();
  await until(() => printed === 1, 'window.print() called once the summary is on the page');
  const container = doc.querySelector<HTMLElement>('body > [data-loadwise-print]')!;
  expect(container.shadowRoot!.querySelector('h1')!.textContent).to.equal('Ankle weights: my answers and result');
  expect(container.shadowRoot!.querySelectorAll('tr').length).to.be.greaterThan(10);
  expect(win.getComputedStyle(container).display, 'on screen').to.equal('none');
  await emulateMedia({ media: 'print' });
  try {
    expect(win.getComputedStyle(container).display, 'in print').to.equal('block');
    for (const el of doc.body.children) if (el !== container) expect(win.getComputedStyle(el).display, el.localName).to.equal('none');
  } finally {
    await emulateMedia({ media: 'screen' });
  }
  win.dispatchEvent(new Event('afterprint'));
  expect(doc.querySelector('[data-loadwise-print]') === null, 'gone after printing').to.equal(true);
  expect(win.__violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  expect(win.__errors, 'uncaught errors').to.deep.equal([]);
}

describe('the print summary under security headers', () => {
  afterEach(closePages);

  it('prints under a strict CSP with zero violations', async () => {
    const response = await fetch('/tests/embed/pages/elements-csp.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
    await printFrom(await openPage('elements-csp.html'));
  });

  it('prints with Trusted Types enforced (the lit-html policy only) with zero violations', async () => {
    const response = await fetch('/tests/embed/pages/elements-tt.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    await printFrom(await openPage('elements-tt.html'));
  });
});
