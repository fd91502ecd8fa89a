/**
 * <loadwise-quiz> from the built bundles (npm test builds dist/ first): the all-elements module,
 * the quiz's own entry and the classic-script IIFE, each in a fresh frame, from the intro to a
 * result, with no console error.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';

interface FrameWindow extends Window {
  __errors: string[];
}

const CTAS = JSON.stringify([
  { id: 'shop', label: 'Shop ankle weights', href: 'https://shop.example/ankle', verdicts: ['ready'] },
  { id: 'physio', label: 'Find a physiotherapist', href: 'https://physio.example/', kind: 'professional' },
]);

async function open(script: string): Promise<{ win: FrameWindow; quiz: LoadwiseQuiz; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.title = 'bundle';
  frame.width = '360';
  frame.height = '640';
  // Records uncaught errors and console errors before the bundle runs.
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.__errors=[];addEventListener('error',(e)=>__errors.push(String(e.message)));const ce=console.error;console.error=(...a)=>{__errors.push(a.map(String).join(' '));ce(...a)};</script>
    <script ${script}></script></head>
    <body><loadwise-quiz group="bundle" ctas='${CTAS}'></loadwise-quiz></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await until(() => win.customElements.get('loadwise-quiz'), 'the quiz is defined');
  const quiz = win.document.querySelector('loadwise-quiz') as LoadwiseQuiz;
  await quiz.updateComplete;
  return { win, quiz, frame };
}

async function click(quiz: LoadwiseQuiz, selector: string, text?: string): Promise<void> {
  const found = [...quiz.shadowRoot!.querySelectorAll<HTMLElement>(selector)].find((el) => text === undefined || el.textContent!.trim() === text);
  expect(found, `${selector} ${text ?? ''}`).to.not.equal(undefined);
  found!.click();
  await quiz.updateComplete;
}

/** Picks the option with this label for every question on screen, then Next, until the result. */
async function answer(quiz: LoadwiseQuiz, labels: Record<string, string>): Promise<void> {
  const root = quiz.shadowRoot!;
  for (let guard = 0; guard < 15 && !root.querySelector('.result'); guard++) {
    for (const name of new Set([...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((i) => i.name))) {
      const wanted = labels[name] ?? 'No';
      [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((i) => i.closest('label')!.textContent!.trim() === wanted)?.click();
    }
    await quiz.updateComplete;
    await click(quiz, 'button[type="submit"]');
  }
}

const READY_LABELS = {
  jointProblem: 'No',
  activity: 'Walking',
  ageBand: '18–44',
  runFrequency: 'Now and then',
  weightedBefore: 'No, never',
  unit: 'kg',
};

describe('loadwise-quiz in the built bundles', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('dist/loadwise.js on this page: accessible at the intro, mid-quiz and at the result', async () => {
    const bundle = '/dist/loadwise.js';
    await import(bundle); // this test file imports no source element: the bundle defines them
    const quiz = document.createElement('loadwise-quiz') as LoadwiseQuiz;
    for (const [name, value] of [['group', 'bundle-page'], ['theme', 'dark'], ['ctas', CTAS]]) quiz.setAttribute(name!, value!);
    document.body.append(quiz);
    try {
      await quiz.updateComplete;
      await expect(quiz).to.be.accessible();
      await click(quiz, 'button', 'Start');
      await expect(quiz).to.be.accessible();
      await answer(quiz, READY_LABELS);
      expect(quiz.assessment!.verdict).to.equal('ready');
      await expect(quiz).to.be.accessible();
    } finally {
      quiz.remove();
    }
  });

  for (const [what, script] of [
    ['dist/loadwise.js', 'type="module" src="/dist/loadwise.js"'],
    ['dist/loadwise-quiz.js', 'type="module" src="/dist/loadwise-quiz.js"'],
    ['dist/loadwise.iife.js', 'src="/dist/loadwise.iife.js"'],
  ] as const) {
    it(`${what} in a fresh page: from the intro to a result, the shop link on ready only, no console error`, async () => {
      const { win, quiz, frame } = await open(script);
      frames.push(frame);
      await click(quiz, 'button', 'Start');
      await answer(quiz, READY_LABELS);
      const root = quiz.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal('No red flags found');
      expect(quiz.assessment!.verdict).to.equal('ready');
      expect([...root.querySelectorAll('a.cta')].map((a) => a.textContent!.trim())).to.deep.equal(['Shop ankle weights', 'Find a physiotherapist']);
      expect(root.querySelector('.facts')!.textContent).to.include('0.5 kg (1 lb)');
      // A screening "yes" after Restart: only the professional link (a heart condition); after
      // chest pain, where nothing may be offered, no host link at all (invariant 15).
      await click(quiz, 'button', 'Restart');
      await answer(quiz, { heartCondition: 'Yes' });
      expect(quiz.assessment!.verdict).to.equal('see-professional');
      expect([...root.querySelectorAll('a.cta')].map((a) => a.textContent!.trim())).to.deep.equal(['Find a physiotherapist']);
      await click(quiz, 'button', 'Restart');
      await answer(quiz, { chestPain: 'Yes' });
      expect(quiz.assessment!.verdict).to.equal('see-professional');
      expect(root.querySelectorAll('a.cta').length).to.equal(0);
      expect(win.__errors).to.deep.equal([]);
    });
  }
});
