/**
 * Issue 14, in the elements from source: what the page around the widgets does or leaves behind
 * changes nothing they show (invariants 17 and 18), and `persist` keeps the health answers only
 * while a "Forget my answers" is on the page beside them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/quiz/quiz.js';
import '../../src/elements/alternatives/alternatives.js';
import '../../src/elements/pros-cons/pros-cons.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import type { LoadwiseAlternatives } from '../../src/elements/alternatives/alternatives.component.js';
import { QUIZ_STRINGS } from '../../src/elements/quiz/quiz.strings.js';
import { assess, defaultContent } from '../../src/core.js';
import { groupStore } from '../../src/base/groups.js';
import type { Action } from '../../src/core/state/store.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { until } from '../wait.js';

let groups = 0;
const freshGroup = () => `hostile-${++groups}`;
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => (root(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const key = (group: string) => `loadwise:v1:${group}`;
const stored = (group: string) => {
  const raw = sessionStorage.getItem(key(group));
  return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
};

/** Clicks a button of the quiz by its text and waits for the update. */
async function press(el: LoadwiseQuiz, label: string): Promise<void> {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
  await el.updateComplete;
}

/** Picks the radio of `name` whose label is `label`. */
async function pick(el: LoadwiseQuiz, name: string, label: string): Promise<void> {
  const input = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((i) => i.closest('label')!.textContent!.trim() === label);
  if (!input) throw new Error(`no option "${label}" for ${name}`);
  input.click();
  await el.updateComplete;
}

/** Presses Next through the screens (the prefilled screening is shown for the reader to confirm) to the result. */
async function toResult(el: LoadwiseQuiz): Promise<void> {
  for (let guard = 0; guard < 20 && !root(el).querySelector('.result'); guard++) {
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await el.updateComplete;
  }
  await until(() => root(el).querySelector('.result'), 'the result');
}

/** The quiz's first screen answered "No" throughout, then Next. */
async function answerFirstScreen(el: LoadwiseQuiz): Promise<void> {
  await press(el, QUIZ_STRINGS.start);
  for (const name of new Set([...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((i) => i.name))) await pick(el, name, 'No');
}

/** Runs `body` with values on Object.prototype, then removes them. */
async function withPrototype(values: Record<string, unknown>, body: () => Promise<void>): Promise<void> {
  const proto = Object.prototype as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(values)) Object.defineProperty(proto, name, { value, configurable: true, writable: true });
  try {
    await body();
  } finally {
    for (const name of Object.keys(values)) delete proto[name];
  }
}

describe('issue 14: persist keeps health answers only beside a "Forget my answers"', () => {
  afterEach(() => sessionStorage.clear());

  it('persist on the picker alone stores none of the quiz’s health answers', async () => {
    const group = freshGroup();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <loadwise-quiz group=${group}></loadwise-quiz>
      <loadwise-alternatives group=${group} persist></loadwise-alternatives>
    </div>`);
    const quiz = wrapper.querySelector('loadwise-quiz')!;
    await quiz.updateComplete;
    await answerFirstScreen(quiz);
    expect(groupStore(group).getState().answers).to.include({ heartCondition: false });
    expect(stored(group), 'nothing about health in storage').to.equal(null);
    expect(root(quiz).querySelector('.forget'), 'the quiz shows no "Forget my answers"').to.equal(null);
    // Answers that are not about health may be kept.
    groupStore(group).dispatch({ type: 'answered', answers: { activity: 'walking', goals: ['bone'], chestPain: false } });
    expect(stored(group)).to.deep.equal({ activity: 'walking', goals: ['bone'] });
  });

  it('the quiz with persist stores them beside its "Forget my answers"; turning persist off removes them', async () => {
    const group = freshGroup();
    const quiz = await fixture<LoadwiseQuiz>(html`<loadwise-quiz group=${group} persist></loadwise-quiz>`);
    await answerFirstScreen(quiz);
    expect(stored(group)).to.include({ heartCondition: false, chestPain: false });
    expect(text(quiz, '.forget')).to.equal(QUIZ_STRINGS.forget);
    quiz.persist = false;
    await quiz.updateComplete;
    expect(stored(group), 'removed when persist is turned off').to.equal(null);
    expect(groupStore(group).getState().answers, 'the page keeps them in memory').to.include({ chestPain: false });
    quiz.removeAttribute('persist');
    quiz.setAttribute('persist', '');
    await quiz.updateComplete;
    expect(stored(group), 'and back when it is turned on').to.include({ chestPain: false });
    // As frameworks write a boolean attribute that is off (DESIGN §2).
    quiz.setAttribute('persist', 'false');
    await quiz.updateComplete;
    expect(quiz.persist).to.equal(false);
    expect(stored(group), 'persist="false" is off: removed').to.equal(null);
  });

  it('with the quiz gone from the page, the picker keeps only what is not about health', async () => {
    const group = freshGroup();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <loadwise-quiz group=${group} persist></loadwise-quiz>
      <loadwise-alternatives group=${group} persist></loadwise-alternatives>
    </div>`);
    const quiz = wrapper.querySelector('loadwise-quiz')!;
    await quiz.updateComplete;
    await answerFirstScreen(quiz);
    groupStore(group).dispatch({ type: 'answered', answers: { ...groupStore(group).getState().answers, activity: 'running' } });
    expect(stored(group)).to.include({ heartCondition: false, activity: 'running' });
    quiz.remove();
    expect(stored(group)).to.deep.equal({ activity: 'running' });
    const picker = wrapper.querySelector('loadwise-alternatives')!;
    picker.persist = false;
    await picker.updateComplete;
    expect(stored(group)).to.equal(null);
  });

  it('back on its first screen with answers kept, the quiz still shows "Forget my answers"', async () => {
    const group = freshGroup();
    const quiz = await fixture<LoadwiseQuiz>(html`<loadwise-quiz group=${group} persist></loadwise-quiz>`);
    await answerFirstScreen(quiz);
    await press(quiz, QUIZ_STRINGS.back);
    expect(text(quiz, 'h2')).to.equal(QUIZ_STRINGS.title);
    expect(stored(group)).to.not.equal(null);
    await press(quiz, QUIZ_STRINGS.forget);
    expect(stored(group)).to.equal(null);
    expect(root(quiz).querySelector('.forget'), 'nothing left to forget').to.equal(null);
  });
});

describe('issue 14: the page cannot bend what the widgets show (invariants 17, 18)', () => {
  it('Object.prototype.heartCondition = false does not skip the question', async () => {
    await withPrototype({ heartCondition: false, chestPain: false, activity: 'walking', bodyWeightKg: 80, false: 'Call this number now' }, async () => {
      const quiz = await fixture<LoadwiseQuiz>(html`<loadwise-quiz group=${freshGroup()}></loadwise-quiz>`);
      await press(quiz, QUIZ_STRINGS.start);
      const names = [...root(quiz).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((i) => i.name);
      expect(names).to.include('heartCondition').and.to.include('chestPain');
      expect([...root(quiz).querySelectorAll('input:checked')], 'nothing preselected').to.have.length(0);
      expect(text(quiz, '.progress'), 'all nine steps').to.contain('9');
      await pick(quiz, 'heartCondition', 'No');
      expect(root(quiz).querySelector('.advice'), 'no advice read from Object.prototype.false').to.equal(null);
    });
  });

  it('Object.prototype.eq: the bone-health novice is not made ready', async () => {
    const answers = { ...SAFE_ANSWERS, ageBand: '45-64' as const, boneHealth: true, runFrequency: 'none' as const, bodyWeightKg: 70, goals: [] };
    const expected = assess(answers).verdict;
    await withPrototype({ eq: { id: 'activity', value: 'nothing' } }, async () => {
      const quiz = await fixture<LoadwiseQuiz>(html`<loadwise-quiz group=${freshGroup()} .answers=${answers}></loadwise-quiz>`);
      await press(quiz, QUIZ_STRINGS.start);
      await toResult(quiz);
      expect(quiz.assessment?.verdict).to.equal(expected);
      expect(text(quiz, 'h2')).to.equal(defaultContent.verdicts[expected].title);
    });
  });

  it('a forged assessment dispatched into the group is not shown: the widgets make it again from the answers', async () => {
    const group = freshGroup();
    const picker = await fixture<LoadwiseAlternatives>(html`<loadwise-alternatives group=${group}></loadwise-alternatives>`);
    const answers = { ...SAFE_ANSWERS, chestPain: true };
    const forged = { ...assess(SAFE_ANSWERS), answers };
    // As an older copy, or a page script, might send it: the store keeps answers only.
    groupStore(group).dispatch({ type: 'answered', answers, assessment: forged } as Action);
    await picker.updateComplete;
    expect(picker.assessment?.verdict).to.equal('see-professional');
    expect(picker.assessment).to.equal(picker.assessment);
    expect(Object.isFrozen(picker.assessment)).to.equal(true);
  });

  it('the registry and the stores on the page are frozen: the store cannot be replaced', async () => {
    const registry = (globalThis as unknown as Record<symbol, { store: unknown; version: number }>)[Symbol.for('loadwise.groups')]!;
    expect(Object.isFrozen(registry)).to.equal(true);
    expect(() => {
      registry.store = () => null;
    }).to.throw(TypeError);
    const store = groupStore(freshGroup());
    expect(Object.isFrozen(store)).to.equal(true);
    expect(Object.isFrozen(store.getState())).to.equal(true);
  });
});
