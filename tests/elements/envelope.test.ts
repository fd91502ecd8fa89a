/**
 * The safety envelope on a page (issue 13): the quiz, the explainer and the picker in one group,
 * driven by the keyboard as a reader would, for the readers whose results used to contradict
 * what the rest of the page offered. What each should see comes from the core and the pack.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quiz/quiz.js';
import '../../src/elements/alternatives/alternatives.js';
import '../../src/elements/pros-cons/pros-cons.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import type { LoadwiseAlternatives } from '../../src/elements/alternatives/alternatives.component.js';
import { QUIZ_STRINGS } from '../../src/elements/quiz/quiz.strings.js';
import { defaultContent as en, SCREENING_FLAGS, type Answers } from '../../src/core.js';
import { sectionOf } from '../../src/core/index.js';
import { groupStore } from '../../src/base/groups.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { record } from './helpers.js';
import type { LoadwiseAnswerEvent, LoadwiseCompleteEvent } from '../../src/events/events.js';

let groups = 0;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const label = (id: string, value: unknown) => (value === true ? 'Yes' : value === false ? 'No' : en.questions.find((q) => q.id === id)!.options![String(value)]!);

interface Page {
  group: string;
  quiz: LoadwiseQuiz;
  picker: LoadwiseAlternatives;
  explainer: HTMLElement & { updateComplete: Promise<boolean> };
}

async function page(prefill?: Answers): Promise<Page> {
  const group = `envelope-${++groups}`;
  const host = await fixture(html`<div>
    <loadwise-quiz group=${group} .answers=${prefill} .ctas=${[
      { id: 'shop', label: 'Shop ankle weights', href: 'https://shop.example/ankle' },
      { id: 'vest', label: 'Shop vests', href: 'https://shop.example/vest', alternativeId: 'weighted-vest-walk' },
    ]}></loadwise-quiz>
    <loadwise-pros-cons group=${group}></loadwise-pros-cons>
    <loadwise-alternatives group=${group} goals="strength" .ctas=${[{ id: 'cuffs', label: 'Shop cuffs', href: 'https://shop.example/cuffs', alternativeId: 'ankle-weight-walking' }]}></loadwise-alternatives>
  </div>`);
  const quiz = host.querySelector('loadwise-quiz') as LoadwiseQuiz;
  const picker = host.querySelector('loadwise-alternatives') as LoadwiseAlternatives;
  const explainer = host.querySelector('loadwise-pros-cons') as Page['explainer'];
  await Promise.all([quiz.updateComplete, picker.updateComplete, explainer.updateComplete]);
  return { group, quiz, picker, explainer };
}

/** Focuses an element of the quiz and presses a key, as a keyboard reader does. */
async function press(quiz: LoadwiseQuiz, target: HTMLElement, key: 'Space' | 'Enter'): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
  await quiz.updateComplete;
}

const next = (quiz: LoadwiseQuiz) => $<HTMLButtonElement>(quiz, 'button[type="submit"]')!;

/** Starts the quiz and answers what is on screen from `answers` (leaving preselected ones), pressing Next until the result. */
async function answer(quiz: LoadwiseQuiz, answers: Answers): Promise<void> {
  await press(quiz, [...$$<HTMLButtonElement>(quiz, 'button')].find((b) => text(b) === QUIZ_STRINGS.start)!, 'Enter');
  for (let guard = 0; guard < 20 && !$(quiz, '.result'); guard++) {
    for (const name of new Set($$<HTMLInputElement>(quiz, 'input[type="radio"]').map((i) => i.name))) {
      const value = (answers as Record<string, unknown>)[name];
      if (value === undefined) continue;
      const input = $$<HTMLInputElement>(quiz, `input[name="${name}"]`).find((i) => text(i.closest('label')) === label(name, value))!;
      if (!input.checked) await press(quiz, input, 'Space');
    }
    await press(quiz, next(quiz), 'Enter');
  }
  expect($(quiz, '.result'), 'the result').to.not.equal(null);
}

const offeredCards = (picker: Element) => $$(picker, 'li.card').map((li) => li.dataset['id']!);

describe('the safety envelope on a page: quiz, explainer and picker in one group', () => {
  it('chest pain with a strength goal: no exercise offered anywhere on the page, and no shop link', async () => {
    const p = await page();
    await answer(p.quiz, { ...SAFE_ANSWERS, chestPain: true });
    const result = text($(p.quiz, '.result'));
    expect(text($(p.quiz, '.summary'))).to.equal(en.outcomes.stop.summary);
    expect(result).to.include(en.messages.offerNothingStop);
    expect($(p.quiz, '.instead'), 'no "what to do instead" list').to.equal(null);
    for (const alt of en.alternatives) expect(result, alt.title).to.not.include(alt.title);
    await p.picker.updateComplete;
    expect(offeredCards(p.picker), 'the picker ranks nothing').to.deep.equal([]);
    expect(text($(p.picker, '[part="ask-first"]'))).to.equal(en.messages.offerNothingStop);
    expect($$(p.picker, 'a.cta').length + $$(p.quiz, 'a.cta').length, 'no host link').to.equal(0);
    await expect(p.quiz).to.be.accessible();
    await expect(p.picker).to.be.accessible();
  });

  it('a fever: told to rest and retake, nothing offered, no word of midwives', async () => {
    const p = await page();
    await answer(p.quiz, { ...SAFE_ANSWERS, unwell: true });
    expect(text($(p.quiz, '.summary'))).to.equal(en.outcomes.rest.summary);
    const result = text($(p.quiz, '.result'));
    expect(result).to.include(en.messages.offerNothingRest).and.not.match(/midwife/i);
    await p.picker.updateComplete;
    expect(offeredCards(p.picker)).to.deep.equal([]);
  });

  it('a pregnancy: the result is about pregnancy, and only gentle options without weights once the midwife agrees', async () => {
    const p = await page();
    await answer(p.quiz, { ...SAFE_ANSWERS, pregnant: true });
    expect(text($(p.quiz, '.summary'))).to.equal(en.outcomes.pregnancy.summary);
    const result = text($(p.quiz, '.result'));
    expect(result).to.include(en.messages.offerAfterMidwife).and.not.match(/\brest until|recovered/i);
    await p.picker.updateComplete;
    for (const id of offeredCards(p.picker)) {
      const alt = en.alternatives.find((a) => a.id === id)!;
      expect(alt.impact, id).to.equal('low');
      expect(alt.equipment, id).to.not.include('ankle-weights');
    }
    expect(offeredCards(p.picker).length).to.be.greaterThan(0);
  });

  it('a 68-year-old walker with osteoporosis: no plan, no "no red flags", no cuffs offered on the page', async () => {
    const p = await page();
    await answer(p.quiz, { ...SAFE_ANSWERS, activity: 'walking', ageBand: '65-plus', boneHealth: true, runFrequency: 'none' });
    expect(text($(p.quiz, '.verdict'))).to.equal(en.verdicts.caution.title);
    expect(text($(p.quiz, '.summary'))).to.equal(en.outcomes['check-first'].summary);
    expect($(p.quiz, '.facts'), 'no plan').to.equal(null);
    expect(text($(p.quiz, '.result'))).to.not.match(/no red flags/i);
    await p.picker.updateComplete;
    for (const id of ['ankle-weight-walking', 'hill-repeats', 'intervals']) expect(offeredCards(p.picker), id).to.not.include(id);
  });

  it('a host that prefills every screening answer as "no": the reader sees and confirms each one; nothing counts before', async () => {
    const prefill = { ...Object.fromEntries(SCREENING_FLAGS.map((f) => [f, false])), jointProblem: 'none', activity: 'running' } as Answers;
    const p = await page(prefill);
    await press(p.quiz, [...$$<HTMLButtonElement>(p.quiz, 'button')].find((b) => text(b) === QUIZ_STRINGS.start)!, 'Enter');
    const seen = new Set<string>();
    for (let guard = 0; guard < 20 && !$(p.quiz, '.result'); guard++) {
      const names = [...new Set($$<HTMLInputElement>(p.quiz, 'input[type="radio"]').map((i) => i.name))].filter((n) => n !== 'unit');
      for (const name of names) {
        if (sectionOf(name) === 'screening') {
          seen.add(name);
          // Preselected as the host said, and not counted until the reader presses Next.
          const checked = $$<HTMLInputElement>(p.quiz, `input[name="${name}"]`).find((i) => i.checked);
          expect(text(checked?.closest('label')), name).to.equal(label(name, (prefill as Record<string, unknown>)[name]));
          expect(groupStore(p.group).getState().answers, name).to.not.have.property(name);
        } else {
          const value = (SAFE_ANSWERS as Record<string, unknown>)[name];
          const input = $$<HTMLInputElement>(p.quiz, `input[name="${name}"]`).find((i) => text(i.closest('label')) === label(name, value))!;
          await press(p.quiz, input, 'Space');
        }
      }
      await press(p.quiz, next(p.quiz), 'Enter');
    }
    expect([...seen].sort()).to.deep.equal(en.questions.filter((q) => sectionOf(q.id) === 'screening').map((q) => q.id).sort());
    expect(text($(p.quiz, '.verdict'))).to.equal(en.verdicts.ready.title);
    for (const flag of SCREENING_FLAGS) expect(groupStore(p.group).getState().answers[flag], flag).to.equal(false);
  });

  it('the reader can change a prefilled "no", and the "yes" is honoured', async () => {
    const p = await page(Object.fromEntries(SCREENING_FLAGS.map((f) => [f, false])) as Answers);
    await press(p.quiz, [...$$<HTMLButtonElement>(p.quiz, 'button')].find((b) => text(b) === QUIZ_STRINGS.start)!, 'Enter');
    const yes = $$<HTMLInputElement>(p.quiz, 'input[name="dizziness"]').find((i) => text(i.closest('label')) === 'Yes')!;
    await press(p.quiz, yes, 'Space');
    await press(p.quiz, next(p.quiz), 'Enter');
    await until(() => $(p.quiz, '.result'), 'the result');
    expect(text($(p.quiz, '.verdict'))).to.equal(en.verdicts['see-professional'].title);
  });

  it('a prefilled "yes" is honoured: it is preselected and ends the quiz once confirmed', async () => {
    const p = await page({ chestPain: true });
    await press(p.quiz, [...$$<HTMLButtonElement>(p.quiz, 'button')].find((b) => text(b) === QUIZ_STRINGS.start)!, 'Enter');
    const yes = $$<HTMLInputElement>(p.quiz, 'input[name="chestPain"]').find((i) => text(i.closest('label')) === 'Yes')!;
    expect(yes.checked).to.equal(true);
    expect(text($(p.quiz, '.advice'))).to.equal(en.questions.find((q) => q.id === 'chestPain')!.advice!['true']);
    await press(p.quiz, next(p.quiz), 'Enter');
    expect(text($(p.quiz, '.verdict'))).to.equal(en.verdicts['see-professional'].title);
    expect(groupStore(p.group).getState().answers.chestPain).to.equal(true);
  });

  it('events cannot tell a pregnancy from a cold: the screening fires no answer event (invariant 16)', async () => {
    const streams: unknown[][] = [];
    for (const change of [{ pregnant: true }, { unwell: true }]) {
      const p = await page();
      const answers = record<LoadwiseAnswerEvent>(document, 'loadwise-answer');
      const complete = record<LoadwiseCompleteEvent>(document, 'loadwise-complete');
      try {
        await answer(p.quiz, { ...SAFE_ANSWERS, ...change });
      } finally {
        answers.stop();
        complete.stop();
      }
      expect(answers.seen.filter((e) => sectionOf(e.detail.questionId) === 'screening'), 'no screening event').to.deep.equal([]);
      streams.push([...answers.seen.map((e) => e.detail), ...complete.seen.map((e) => e.detail)]);
    }
    expect(streams[0]).to.deep.equal(streams[1]);
  });

  it('answers stored from an earlier visit preselect, never skip: the quiz comes back at its first screen', async () => {
    const group = `envelope-stored-${++groups}`;
    sessionStorage.setItem(`loadwise:v1:${group}`, JSON.stringify({ ...SAFE_ANSWERS }));
    try {
      const host = await fixture(html`<loadwise-quiz group=${group} persist></loadwise-quiz>`);
      const quiz = host as LoadwiseQuiz;
      await quiz.updateComplete;
      expect($(quiz, '.result'), 'not the result').to.equal(null);
      const first = $$<HTMLInputElement>(quiz, 'input[type="radio"]');
      expect(first.length).to.be.greaterThan(0);
      for (const name of new Set(first.map((i) => i.name))) {
        expect(sectionOf(name)).to.equal('screening');
        expect(text(first.find((i) => i.name === name && i.checked)?.closest('label')), name).to.equal('No');
      }
      expect(quiz.shadowRoot!.activeElement, 'no focus taken on load').to.equal(null);
    } finally {
      sessionStorage.removeItem(`loadwise:v1:${group}`);
    }
  });
});
