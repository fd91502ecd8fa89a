/**
 * <loadwise-quiz> from source, driven as a reader would: by role, label and keyboard. Every group
 * starts with an axe check. The expected verdicts, loads and texts come from the core and the
 * English pack, never from the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quiz/quiz.js';
import '../../src/elements/provider/provider.js';
import { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import { QUIZ_STRINGS as FIRST } from '../../src/elements/quiz/quiz.strings.js';
import { quizLater } from '../../src/i18n/en.quiz-later.js';
import { assess, defaultContent, formatWeight, offerOf, rankAlternatives, verdictText, type Answers, type Verdict } from '../../src/core.js';
import { planTextWith } from '../../src/core/index.js';
import { groupStore } from '../../src/base/groups.js';
import { LoadwiseAnswerEvent, LoadwiseCompleteEvent, LoadwiseCtaEvent } from '../../src/events/events.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { record, spyConsole } from './helpers.js';

/** The quiz's English strings: its first screens' and, loaded later, the weight's and the result's. */
const QUIZ_STRINGS = { ...FIRST, ...quizLater };

// ---- Reader answers ---------------------------------------------------------------------------

const READY: Answers = SAFE_ANSWERS;

/** One reader per verdict. */
const PATHS: Record<Verdict, Answers> = {
  ready: READY,
  caution: { ...READY, jointProblem: 'past' },
  'not-recommended': { ...READY, runFrequency: 'none' },
  wait: { ...READY, pregnant: true },
  'see-professional': { ...READY, heartCondition: true },
};

const CTAS = [
  { id: 'shop', label: 'Shop ankle weights', href: 'https://shop.example/ankle-weights', kind: 'commerce', verdicts: ['ready'] },
  { id: 'coach', label: 'Book a coach', href: 'https://gym.example/book', kind: 'commerce' },
  { id: 'physio', label: 'Find a physiotherapist', href: 'https://physio.example/find', kind: 'professional' },
];

/**
 * Which CTAs the core allows per verdict (invariants 9 and 15): shop on ready only; a commerce link
 * on ready and caution only; only the professional link on not-recommended, see-professional and wait.
 */
const CTAS_SHOWN: Record<Verdict, string[]> = {
  ready: ['shop', 'coach', 'physio'],
  caution: ['coach', 'physio'],
  'not-recommended': ['physio'],
  wait: ['physio'],
  'see-professional': ['physio'],
};

/** The yes/no questions of the first screening screen. */
const FIRST_FLAGS = ['heartCondition', 'chestPain', 'warningSymptoms', 'dizziness', 'chronicCondition', 'supervisedOnly'] as const;

const question = (id: string) => defaultContent.questions.find((q) => q.id === id)!;
/** The label the reader sees for an answer value. */
const label = (id: string, value: unknown) => (value === true ? 'Yes' : value === false ? 'No' : question(id).options![String(value)]!);

let groups = 0;
const freshGroup = () => `quiz-${++groups}`;

// ---- A page object: find by role, name and label; act with the keyboard ----------------------

class Quiz {
  constructor(readonly el: LoadwiseQuiz) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  text(selector: string): string {
    return this.$(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  get heading(): HTMLElement {
    return this.$('h2')!;
  }

  get status(): HTMLElement {
    return this.$('[role="status"]')!;
  }

  get focused(): Element | null {
    return this.root.activeElement;
  }

  get onResult(): boolean {
    return this.has('.result');
  }

  has(selector: string): boolean {
    return this.$(selector) !== null;
  }

  /** Compared as a boolean: a failed assertion on two elements makes the runner serialise them. */
  get headingFocused(): boolean {
    return this.focused !== null && this.focused === this.heading;
  }

  /** A button by its visible name. */
  button(name: string | RegExp): HTMLButtonElement {
    const found = this.$$<HTMLButtonElement>('button').find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!.trim())));
    if (!found) throw new Error(`no button ${name}; buttons: ${this.$$('button').map((b) => b.textContent!.trim())}`);
    return found;
  }

  get next(): HTMLButtonElement {
    return this.$<HTMLButtonElement>('button[type="submit"]')!;
  }

  /** A radio or checkbox by its group (answer id) and label. */
  option(name: string, text: string): HTMLInputElement {
    const found = this.$$<HTMLInputElement>(`input[name="${name}"]`).find((i) => i.closest('label')!.textContent!.trim() === text);
    if (!found) throw new Error(`no option "${text}" for ${name}`);
    return found;
  }

  /** Focuses an option and presses Space, as a keyboard reader does. */
  async choose(name: string, text: string): Promise<void> {
    this.option(name, text).focus();
    await sendKeys({ press: 'Space' });
    await this.el.updateComplete;
  }

  /** Focuses a button and presses Enter. */
  async press(button: HTMLButtonElement | string): Promise<void> {
    (typeof button === 'string' ? this.button(button) : button).focus();
    await sendKeys({ press: 'Enter' });
    await this.el.updateComplete;
    await this.el.updateComplete;
  }

  async typeWeight(value: string): Promise<void> {
    const input = this.$<HTMLInputElement>('#weight')!;
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (value) await sendKeys({ type: value });
    await this.el.updateComplete;
  }

  /** Answers what is on screen from `answers`, then presses Next, until the result. */
  async answerAll(answers: Answers & { weight?: string }): Promise<void> {
    for (let guard = 0; guard < 20 && !this.onResult; guard++) {
      const names = [...new Set(this.$$<HTMLInputElement>('input[name]').map((i) => i.name))].filter((n) => n !== 'unit');
      for (const name of names) {
        const value = (answers as Record<string, unknown>)[name];
        if (name === 'goals') {
          for (const goal of (value as string[] | undefined) ?? []) await this.choose('goals', defaultContent.questions.find((q) => q.id === 'goals')!.options![goal]!);
        } else if (value !== undefined) {
          await this.choose(name, label(name, value));
        }
      }
      if (this.$('#weight') && answers.weight) await this.typeWeight(answers.weight);
      await this.press(this.next);
    }
    expect(this.onResult, 'reached the result').to.equal(true);
  }

  /** Presses Next (the answers on screen already chosen, e.g. prefilled) until `selector` is on screen. */
  async nextUntil(selector: string): Promise<void> {
    for (let guard = 0; guard < 20 && !this.has(selector); guard++) await this.press(this.next);
    expect(this.has(selector), selector).to.equal(true);
  }

  /** The CTA ids on screen, in order. */
  get ctaIds(): string[] {
    return this.$$<HTMLAnchorElement>('a.cta').map((a) => CTAS.find((c) => c.href === a.getAttribute('href'))?.id ?? a.href);
  }
}

async function quiz(template: ReturnType<typeof html>): Promise<Quiz> {
  const host = await fixture(template);
  const el = (host.localName === 'loadwise-quiz' ? host : host.querySelector('loadwise-quiz')!) as LoadwiseQuiz;
  await el.updateComplete;
  return new Quiz(el);
}

const fresh = (extra: Partial<{ persist: boolean; group: string; theme: string }> = {}) =>
  quiz(html`<loadwise-quiz group=${extra.group ?? freshGroup()} theme=${extra.theme ?? 'light'} ?persist=${extra.persist ?? false}></loadwise-quiz>`);

/**
 * Records what the quiz's role="status" region says, as a screen reader hears it: its text after
 * each change (a MutationObserver batch), empty texts left out. `take()` returns what was said
 * since the last call.
 */
function listen(q: Quiz) {
  const said: string[] = [];
  const note = () => {
    const text = q.status.textContent!.replace(/\s+/g, ' ').trim();
    if (text) said.push(text);
  };
  const observer = new MutationObserver(note);
  observer.observe(q.status, { childList: true, characterData: true, subtree: true });
  return {
    take(): string[] {
      if (observer.takeRecords().length > 0) note();
      return said.splice(0);
    },
    stop: () => observer.disconnect(),
  };
}

async function pressTab(times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
}

/** Presses Tab until `match` holds for the focused element (in the quiz's shadow root). */
async function tabTo(q: Quiz, match: (el: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await pressTab();
    if (q.focused && match(q.focused)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}



afterEach(async () => {
  sessionStorage.clear();
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
});

// ---- Tests --------------------------------------------------------------------------------------

describe('loadwise-quiz: the intro', () => {
  it('is accessible, says what it is for and that it is not medical advice, and takes no focus on load', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    expect(q.heading.textContent).to.equal(QUIZ_STRINGS.title);
    expect(q.text('.screen')).to.include(defaultContent.ui['disclaimer']!);
    expect(q.text('.screen')).to.include('About 9 quick steps');
    expect(q.button('Start')).to.exist;
    expect(q.focused === null, 'no auto-focus').to.equal(true);
    expect(document.activeElement === q.el, 'the quiz is not focused').to.equal(false);
    expect(q.status.textContent!.trim()).to.equal('');
  });
});

describe('loadwise-quiz: keyboard only', () => {
  it('goes from Start to a result with Tab, Space, arrows and Enter, focus on each step heading', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    await tabTo(q, (e) => e.textContent?.trim() === 'Start', 'Start');
    await sendKeys({ press: 'Enter' });
    await q.el.updateComplete;
    expect(q.headingFocused, 'focus on the heading').to.equal(true);
    expect(q.heading.textContent).to.equal(QUIZ_STRINGS.flags);
    const headings: string[] = [];
    for (let guard = 0; guard < 15 && !q.onResult; guard++) {
      headings.push(q.heading.textContent!);
      const names = [...new Set(q.$$<HTMLInputElement>('input[name]').map((i) => i.name))].filter((n) => n !== 'unit');
      for (const name of names) {
        if (name === 'goals') {
          await tabTo(q, (e) => (e as HTMLInputElement).name === 'goals', 'the first goal');
          await sendKeys({ press: 'Space' });
          continue;
        }
        const value = (READY as Record<string, unknown>)[name];
        const inputs = q.$$<HTMLInputElement>(`input[name="${name}"]`);
        const target = inputs.findIndex((i) => i.closest('label')!.textContent!.trim() === label(name, value));
        await tabTo(q, (e) => (e as HTMLInputElement).name === name, name);
        if (target === 0) await sendKeys({ press: 'Space' });
        for (let i = 0; i < target; i++) await sendKeys({ press: 'ArrowDown' });
        await q.el.updateComplete;
        expect(inputs[target]!.checked, `${name} checked`).to.equal(true);
      }
      if (q.$('#weight')) {
        await tabTo(q, (e) => e.id === 'weight', 'the weight');
        await sendKeys({ type: '70' });
      }
      await tabTo(q, (e) => e.getAttribute('type') === 'submit', 'Next');
      expect(q.next.hasAttribute('aria-disabled'), `Next enabled on "${q.heading.textContent}"`).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await q.el.updateComplete;
      await q.el.updateComplete;
      expect(q.headingFocused, 'focus on the new heading').to.equal(true);
    }
    expect(headings.length).to.equal(9);
    expect(q.onResult).to.equal(true);
    expect(q.heading.textContent).to.equal(defaultContent.verdicts.ready.title);
    expect(q.el.assessment!.answers).to.deep.equal({ ...READY, bodyWeightKg: 70, goals: ['strength'] });
  });
});

describe('loadwise-quiz: each verdict', () => {
  for (const verdict of Object.keys(PATHS) as Verdict[]) {
    it(`${verdict}: accessible (light and dark), the verdict as a heading, reasons with sources, plan or alternatives`, async () => {
      const q = await quiz(html`<loadwise-quiz group=${freshGroup()} .ctas=${CTAS}></loadwise-quiz>`);
      await expect(q.el).to.be.accessible();
      await q.press('Start');
      await q.answerAll({ ...PATHS[verdict], goals: ['calories'], weight: '80' });
      const expected = assess(q.el.assessment!.answers);
      expect(expected.verdict).to.equal(verdict);
      expect(q.heading.textContent).to.equal(defaultContent.verdicts[verdict].title);
      expect(q.headingFocused, 'focus on the heading').to.equal(true);
      expect(q.text('.result')).to.include(defaultContent.ui['disclaimer']!);
      expect(q.text('.result'), 'never "cleared"').to.not.match(/\bclear(ed)?\b/i);
      // Reasons from the core, with their sources.
      const reasons = q.$$('.reasons > li').map((li) => li.textContent!.replace(/\s+/g, ' '));
      const shown = expected.reasons.filter((r) => !(r.id === 'incomplete' && (verdict === 'wait' || verdict === 'see-professional')));
      expect(reasons.length).to.equal(shown.length);
      if (shown.length === 0) expect(q.text('.result')).to.include(QUIZ_STRINGS.noFlags);
      shown.forEach((r, i) => {
        expect(reasons[i]).to.include(r.text);
        if (r.source) expect(reasons[i]).to.include(r.source.label);
      });
      const ready = verdict === 'ready' || verdict === 'caution';
      expect(q.has('.facts'), 'plan').to.equal(ready && expected.load !== null);
      // The verdict's mark: the accent with a plan, the danger colour without one (the core's load decides).
      const mark = getComputedStyle(q.$('.verdict')!).borderInlineStartColor;
      const colour = (name: string) => getComputedStyle(q.$('.base')!).getPropertyValue(name).trim();
      const probe = document.createElement('i');
      probe.style.color = colour(expected.load !== null ? '--_loadwise-accent' : '--_loadwise-danger');
      document.body.append(probe);
      expect(mark, 'the verdict mark').to.equal(getComputedStyle(probe).color);
      probe.remove();
      // What to do instead: the core's offer (invariant 10); after chest pain, nothing.
      const offer = offerOf(expected);
      const instead = !(offer.level === 'open' && expected.load !== null);
      const offered = rankAlternatives({ goals: expected.answers.goals ?? [], assessment: expected }).filter((r) => !r.excluded);
      expect(q.has('.instead'), 'what to do instead').to.equal(instead && offered.length > 0);
      if (offer.note) expect(q.text('.result')).to.include(defaultContent.messages[offer.note]);
      expect(q.text('.result').includes(QUIZ_STRINGS.professional), 'talk to a professional').to.equal(instead && offer.level !== 'nothing');
      const words = verdictText(expected);
      expect(q.text('.summary')).to.equal(words.summary);
      for (const line of words.advice) expect(q.text('.result')).to.include(line);
      expect(q.button('Restart')).to.exist;
      expect(q.button(QUIZ_STRINGS.print)).to.exist;
      expect(q.ctaIds).to.deep.equal(CTAS_SHOWN[verdict]);
      q.el.theme = 'dark';
      await q.el.updateComplete;
      await expect(q.el).to.be.accessible();
    });
  }

  it('ready: loads per ankle in the reader\u2019s units with the other beside, sessions, minutes, progression, warm-up, form, stop signs, extra kcal', async () => {
    const q = await quiz(html`<loadwise-quiz group=${freshGroup()} units="imperial"></loadwise-quiz>`);
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    await q.answerAll({ ...READY, weight: '176' });
    const load = q.el.assessment!.load!;
    const facts = q.text('.facts');
    expect(facts).to.include(`${formatWeight(load.perAnkleLb.start, 'lb', 'en')} (${formatWeight(load.perAnkleKg.start, 'kg', 'en')})`);
    expect(facts).to.include(`${formatWeight(load.perAnkleLb.max, 'lb', 'en')} (${formatWeight(load.perAnkleKg.max, 'kg', 'en')})`);
    expect(facts).to.include(`${load.sessionsPerWeek.start} to start, ${load.sessionsPerWeek.max} at most`);
    expect(facts).to.include(`${load.minutesPerSession.max} min`);
    expect(load.extraKcal).to.not.equal(null);
    expect(facts).to.include(`About ${load.extraKcal!.typical} kcal, up to ${load.extraKcal!.high}`);
    const text = q.text('.result');
    expect(text).to.include(load.progression.text);
    const plan = planTextWith(defaultContent, 'running', 'ready');
    for (const line of [...plan.warmUp, ...plan.formCues, ...plan.stopSigns]) expect(text).to.include(line);
    expect(text).to.not.match(/\{\w+\}/);
    // 176 lb is about 79.83 kg
    expect(q.el.assessment!.answers.bodyWeightKg).to.be.closeTo(79.83, 0.01);
  });
});

describe('loadwise-quiz: a screening "yes"', () => {
  it('shows its advice on the spot, announces it, shrinks the progress, and goes straight to the result', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    expect(q.text('.progress')).to.equal('Step 1 of up to 9');
    await q.choose('chestPain', 'Yes');
    const advice = question('chestPain').advice!['true']!;
    expect(q.text('.advice')).to.equal(advice);
    expect(q.status.textContent).to.equal(advice);
    expect(q.text('.progress'), 'known now: never "about"').to.equal('Step 1 of 1');
    expect(q.$<HTMLProgressElement>('progress')!.max).to.equal(1);
    // The other four are not needed any more: Next leads to the result.
    expect(q.next.textContent!.trim()).to.equal(QUIZ_STRINGS.seeResult);
    expect(q.next.hasAttribute('aria-disabled')).to.equal(false);
    await expect(q.el).to.be.accessible();
    await q.press(q.next);
    expect(q.onResult).to.equal(true);
    expect(q.heading.textContent).to.equal(defaultContent.verdicts['see-professional'].title);
    expect(q.text('.reasons')).to.not.include(defaultContent.reasons['incomplete']!);
    expect(q.el.assessment!.load).to.equal(null);
  });

  it('shows advice for a non-ending answer without ending the quiz', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    for (const id of FIRST_FLAGS) await q.choose(id, 'No');
    await q.press(q.next);
    await q.choose('jointProblem', label('jointProblem', 'past'));
    expect(q.text('.advice')).to.equal(question('jointProblem').advice!['past']!);
    expect(q.text('.progress')).to.equal('Step 2 of up to 9');
    expect(q.next.textContent!.trim()).to.equal('Next');
    // Changing a "yes" back to "no" gives the steps back.
    await q.choose('jointProblem', label('jointProblem', 'current'));
    expect(q.text('.progress'), 'the quiz ends here: a known total').to.equal('Step 2 of 2');
    await q.choose('jointProblem', label('jointProblem', 'none'));
    expect(q.text('.progress')).to.equal('Step 2 of up to 9');
    expect(q.has('.advice')).to.equal(false);
  });
});

describe('loadwise-quiz: Next and Back', () => {
  it('Next with questions unanswered: an error beside each, the group marked invalid, focus on the first, said every press; each clears once answered', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    expect(q.next.hasAttribute('aria-disabled'), 'Next is a real button: it says what is missing').to.equal(false);
    expect(q.$$('.error').length, 'no error before the reader presses Next').to.equal(0);
    await q.choose('chestPain', 'No');
    const said = listen(q);
    await q.press(q.next);
    // Still on the same step: each unanswered question says so, as text and to assistive tech.
    expect(q.heading.textContent).to.equal(QUIZ_STRINGS.flags);
    const unanswered = FIRST_FLAGS.filter((id) => id !== 'chestPain');
    const invalid = () => q.$$('fieldset[aria-invalid="true"]').map((f) => f.querySelector('input')!.name);
    expect(invalid()).to.deep.equal(unanswered);
    for (const id of unanswered) {
      const group = q.option(id, 'Yes').closest('fieldset')!;
      expect(group.getAttribute('role'), id).to.equal('radiogroup');
      const error = q.$(`#error-${id}`)!;
      expect(group.getAttribute('aria-describedby')!.split(' '), id).to.include(`error-${id}`);
      expect(error.textContent!.trim()).to.equal(QUIZ_STRINGS.required);
      expect(error.getBoundingClientRect().height, `${id}: the error is visible`).to.be.greaterThan(0);
      expect(group.contains(error), `${id}: the error is beside its question`).to.equal(true);
    }
    const answered = q.option('chestPain', 'No').closest('fieldset')!;
    expect(answered.hasAttribute('aria-invalid'), 'an answered question has no error').to.equal(false);
    expect(q.focused === q.$$<HTMLInputElement>('input[name="heartCondition"]')[0], 'focus on the first unanswered question').to.equal(true);
    expect(said.take(), 'announced once').to.deep.equal([QUIZ_STRINGS.requiredAll]);
    await expect(q.el).to.be.accessible();
    // A second press is announced again, once.
    await q.press(q.next);
    expect(said.take(), 'the second press is announced too').to.deep.equal([QUIZ_STRINGS.requiredAll]);
    // Errors clear as the reader answers, one by one.
    await q.choose('heartCondition', 'No');
    expect(invalid()).to.deep.equal(unanswered.slice(1));
    expect(q.has('#error-heartCondition')).to.equal(false);
    expect(said.take(), 'answering is not an error').to.deep.equal([]);
    await q.press(q.next);
    expect(q.focused === q.$$<HTMLInputElement>('input[name="warningSymptoms"]')[0], 'focus on the first still unanswered').to.equal(true);
    for (const id of unanswered.slice(1)) await q.choose(id, 'No');
    expect(q.$$('.error').length).to.equal(0);
    await q.press(q.next);
    expect(q.heading.textContent).to.equal(question('jointProblem').text);
    // The next step starts without errors; a single question says "choose an answer".
    expect(q.has('.error')).to.equal(false);
    said.take();
    await q.press(q.next);
    expect(q.$('fieldset[aria-invalid="true"]')!.querySelector('input')!.name).to.equal('jointProblem');
    expect(said.take()).to.deep.equal([QUIZ_STRINGS.required]);
    await expect(q.el).to.be.accessible();
    said.stop();
  });

  it('body weight is optional, in kg or lb, and refused outside 30–250 kg', async () => {
    const q = await quiz(html`<loadwise-quiz group=${freshGroup()} .answers=${{ ...READY }}></loadwise-quiz>`);
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    // The prefilled screening is shown, preselected, for the reader to confirm (invariant 11).
    await q.nextUntil('#weight');
    expect(q.heading.textContent).to.equal(question('bodyWeightKg').text);
    expect(q.next.hasAttribute('aria-disabled'), 'empty is fine').to.equal(false);
    expect(q.option('unit', 'kg').checked).to.equal(true);
    await q.typeWeight('20');
    const input = q.$<HTMLInputElement>('#weight')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(q.text('#weight-error')).to.equal('Enter a weight from 30 kg to 250 kg, or leave it empty.');
    expect(input.getAttribute('aria-describedby')).to.include('weight-error');
    await expect(q.el).to.be.accessible();
    // Next keeps the reader there, on the field, and says what to do, every press.
    const said = listen(q);
    for (let press = 0; press < 2; press++) {
      await q.press(q.next);
      expect(q.heading.textContent).to.equal(question('bodyWeightKg').text);
      expect(q.focused === input, 'focus on the weight').to.equal(true);
      expect(said.take()).to.deep.equal([QUIZ_STRINGS.weightFix]);
    }
    said.stop();
    await q.choose('unit', 'lb');
    expect(q.text('#weight-error')).to.equal('Enter a weight from 67 lb to 551 lb, or leave it empty.');
    await q.typeWeight('154');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await q.press(q.next);
    expect(q.el.assessment!.answers.bodyWeightKg).to.be.closeTo(69.85, 0.01);
    expect(q.has('#weight')).to.equal(false);
    // Back keeps what the reader typed, in the unit they chose.
    await q.press('Back');
    expect(q.$<HTMLInputElement>('#weight')!.value).to.equal('154');
    expect(q.option('unit', 'lb').checked).to.equal(true);
    // Clearing it removes the answer.
    await q.typeWeight('');
    await q.press(q.next);
    expect(q.el.assessment!.answers.bodyWeightKg).to.equal(undefined);
  });

  it('Back keeps every answer, on each step and from the result', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    for (const id of FIRST_FLAGS) await q.choose(id, 'No');
    await q.press(q.next);
    await q.choose('jointProblem', label('jointProblem', 'past'));
    await q.press('Back');
    expect(q.heading.textContent).to.equal(QUIZ_STRINGS.flags);
    expect(q.headingFocused, 'focus on the heading').to.equal(true);
    for (const id of FIRST_FLAGS) expect(q.option(id, 'No').checked, id).to.equal(true);
    await q.press(q.next);
    expect(q.option('jointProblem', label('jointProblem', 'past')).checked).to.equal(true);
    await q.answerAll({ ...PATHS.caution, goals: ['speed'] });
    await q.press('Back');
    expect(q.heading.textContent).to.equal(question('goals').text);
    expect(q.option('goals', question('goals').options!['speed']!).checked).to.equal(true);
    expect(q.text('.progress')).to.equal('Step 9 of 9');
  });
});

describe('loadwise-quiz: Restart', () => {
  it('clears the answers and starts again at the first question', async () => {
    const group = freshGroup();
    const q = await fresh({ group });
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    await q.answerAll(PATHS['not-recommended']);
    await q.press('Restart');
    expect(q.onResult).to.equal(false);
    expect(q.heading.textContent).to.equal(QUIZ_STRINGS.flags);
    expect(q.headingFocused, 'focus on the heading').to.equal(true);
    expect(q.$$<HTMLInputElement>('input').some((i) => i.checked)).to.equal(false);
    expect(groupStore(group).getState().answers).to.deep.equal({});
    expect(q.el.assessment).to.equal(null);
  });
});

describe('loadwise-quiz: prefilled answers', () => {
  it('skips prefilled questions (property), and the total adapts', async () => {
    const q = await quiz(html`<loadwise-quiz group=${freshGroup()} .answers=${{ activity: 'walking' }}></loadwise-quiz>`);
    await expect(q.el).to.be.accessible();
    expect(q.text('.screen')).to.include('About 8 quick steps');
    await q.press('Start');
    expect(q.text('.progress')).to.equal('Step 1 of up to 8');
    const { activity: _skip, ...rest } = READY;
    await q.answerAll(rest);
    expect(q.el.assessment!.activity).to.equal('walking');
    expect(q.el.assessment!.answers.activity).to.equal('walking');
  });

  it('reads the attribute as JSON, drops invalid values with one console error, and ends at once when the prefill already decides', async () => {
    const error = spyConsole('error');
    try {
      const q = await quiz(html`<loadwise-quiz group=${freshGroup()} answers='{"activity":"walking","ageBand":"ancient"}'></loadwise-quiz>`);
      await expect(q.el).to.be.accessible();
      expect(error.calls.length).to.equal(1);
      expect(error.calls[0]).to.include('<loadwise-quiz>').and.include('"answers"').and.include('ageBand');
      expect(q.text('.screen')).to.include('About 8 quick steps');
      const bad = await quiz(html`<loadwise-quiz group=${freshGroup()} answers="{activity: walking}"></loadwise-quiz>`);
      expect(error.calls.length).to.equal(2);
      expect(error.calls[1]).to.include('"answers"').and.include('{activity: walking}');
      expect(bad.text('.screen')).to.include('About 9 quick steps');
      // Everything prefilled: the reader still sees and confirms every screening answer, with the
      // prefilled ones preselected; the prefilled "yes" is honoured (invariants 11 and 12).
      const done = await quiz(html`<loadwise-quiz group=${freshGroup()} answers=${JSON.stringify(PATHS.wait)}></loadwise-quiz>`);
      const complete = record<LoadwiseCompleteEvent>(done.el, 'loadwise-complete');
      await done.press('Start');
      expect(done.heading.textContent).to.equal(QUIZ_STRINGS.flags);
      for (const id of FIRST_FLAGS) expect(done.option(id, 'No').checked, id).to.equal(true);
      expect(complete.seen.length).to.equal(0);
      await done.answerAll({});
      complete.stop();
      expect(done.heading.textContent).to.equal(defaultContent.verdicts.wait.title);
      expect(complete.seen.length).to.equal(1);
    } finally {
      error.restore();
    }
  });
});

describe('loadwise-quiz: persist', () => {
  it('resumes where the reader left off after a reload, without taking focus, and "forget my answers" clears it', async () => {
    const group = freshGroup();
    let q = await fresh({ group, persist: true });
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    for (const id of FIRST_FLAGS) await q.choose(id, 'No');
    await q.press(q.next);
    expect(JSON.parse(sessionStorage.getItem(`loadwise:v1:${group}`)!)).to.include({ chestPain: false });
    // A reload: the element and the page's store are gone; sessionStorage stays (removing the
    // element from a page that stays would clear it: no "Forget my answers" would be left).
    const reload = () => {
      const kept = sessionStorage.getItem(`loadwise:v1:${group}`);
      q.el.remove();
      groupStore(group).dispatch({ type: 'reset' });
      if (kept !== null) sessionStorage.setItem(`loadwise:v1:${group}`, kept);
    };
    reload();
    sessionStorage.setItem(`loadwise:v1:${group}`, JSON.stringify(Object.fromEntries(FIRST_FLAGS.map((id) => [id, false]))));
    const answers = record<Event>(document, 'loadwise-answer');
    q = await fresh({ group, persist: true });
    answers.stop();
    expect(answers.seen.length, 'no event without a reader action').to.equal(0);
    // Stored answers preselect, never skip (invariant 11): back at the first screen, answers kept.
    expect(q.heading.textContent).to.equal(QUIZ_STRINGS.flags);
    for (const id of FIRST_FLAGS) expect(q.option(id, 'No').checked, id).to.equal(true);
    expect(q.focused === null, 'no focus on load').to.equal(true);
    await expect(q.el).to.be.accessible();
    await q.answerAll(READY);
    // Reload at the result: the answers come back, to confirm; so does an early exit.
    reload();
    expect(JSON.parse(sessionStorage.getItem(`loadwise:v1:${group}`)!)).to.deep.equal(READY);
    q = await fresh({ group, persist: true });
    expect(q.onResult).to.equal(false);
    await q.answerAll({});
    expect(q.heading.textContent).to.equal(defaultContent.verdicts.ready.title);
    reload();
    sessionStorage.setItem(`loadwise:v1:${group}`, JSON.stringify({ heartCondition: false, dizziness: true }));
    q = await fresh({ group, persist: true });
    expect(q.option('dizziness', 'Yes').checked).to.equal(true);
    await q.press(q.next);
    expect(q.heading.textContent).to.equal(defaultContent.verdicts['see-professional'].title);
    reload();
    sessionStorage.setItem(`loadwise:v1:${group}`, JSON.stringify(READY));
    q = await fresh({ group, persist: true });
    expect(q.focused === null, 'no focus on load').to.equal(true);
    await q.answerAll({});
    expect(q.heading.textContent).to.equal(defaultContent.verdicts.ready.title);
    await q.press(QUIZ_STRINGS.forget);
    expect(sessionStorage.getItem(`loadwise:v1:${group}`)).to.equal(null);
    expect(sessionStorage.length).to.equal(0);
    expect(q.el.assessment).to.equal(null);
    expect(q.heading.textContent).to.equal(QUIZ_STRINGS.title);
    expect(q.headingFocused, 'focus on the heading').to.equal(true);
    expect(q.status.textContent).to.equal(QUIZ_STRINGS.forgotten);
  });

  it('without persist, nothing is stored and there is no forget button', async () => {
    const group = freshGroup();
    const q = await fresh({ group });
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    await q.choose('heartCondition', 'No');
    expect(sessionStorage.length).to.equal(0);
    expect(q.has('.forget')).to.equal(false);
  });
});

describe('loadwise-quiz: events', () => {
  it('fires loadwise-answer per answer with step and total, and loadwise-complete with exactly verdict, activity and hasPlan', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    const answers = record<LoadwiseAnswerEvent>(document, 'loadwise-answer');
    const complete = record<LoadwiseCompleteEvent>(document, 'loadwise-complete');
    try {
      await q.press('Start');
      await q.choose('heartCondition', 'No');
      await q.choose('chestPain', 'Yes');
      // The health screening fires no answer event (invariant 16).
      expect(answers.seen).to.deep.equal([]);
      await q.choose('chestPain', 'No');
      for (const id of FIRST_FLAGS.slice(2)) await q.choose(id, 'No');
      await q.press(q.next);
      await q.choose('jointProblem', label('jointProblem', 'none'));
      expect(answers.seen).to.deep.equal([]);
      expect(complete.seen.length).to.equal(0);
      await q.answerAll({ ...READY, weight: '60', goals: ['bone'] });
      expect(answers.seen[0]!.detail).to.deep.equal({ questionId: 'activity', step: 4, total: 9 });
      expect(answers.seen[0] instanceof LoadwiseAnswerEvent).to.equal(true);
      expect(answers.seen[0]!.bubbles && answers.seen[0]!.composed).to.equal(true);
      expect(answers.seen.length).to.equal(6);
      expect(answers.seen.at(-2)!.detail).to.deep.equal({ questionId: 'bodyWeightKg', step: 8, total: 9 });
      expect(answers.seen.at(-1)!.detail).to.deep.equal({ questionId: 'goals', step: 9, total: 9 });
      expect(complete.seen.length).to.equal(1);
      const detail = complete.seen[0]!.detail;
      expect(Object.keys(detail).sort()).to.deep.equal(['activity', 'hasPlan', 'verdict']);
      expect(detail.verdict).to.equal('ready');
      expect(detail.activity).to.equal('running');
      expect(detail.hasPlan).to.equal(true);
      expect(JSON.stringify(detail)).to.not.include('heartCondition');
    } finally {
      answers.stop();
      complete.stop();
    }
  });

  it('publishes each answer to the group, so other widgets personalise at once', async () => {
    const group = freshGroup();
    const q = await fresh({ group });
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    await q.choose('dizziness', 'Yes');
    expect(q.el.assessment!.verdict).to.equal('see-professional');
    expect(groupStore(group).getState().answers).to.deep.equal({ dizziness: true });
  });
});

describe('loadwise-quiz: issue 14, the events carry nothing derived from an answer (invariant 16)', () => {
  /** The details of every Loadwise event a reader's run fires, in order. */
  async function streamOf(answers: Answers & { weight?: string }): Promise<string[]> {
    const q = await fresh();
    const seen: string[] = [];
    const types = ['loadwise-answer', 'loadwise-complete'];
    const listener = (e: Event) => seen.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`);
    for (const type of types) document.addEventListener(type, listener);
    try {
      await q.press('Start');
      await q.answerAll(answers);
    } finally {
      for (const type of types) document.removeEventListener(type, listener);
    }
    return seen;
  }

  it('two readers who differ only in body weight fire the same events', async () => {
    const light = await streamOf({ ...READY, weight: '52', goals: ['bone'] });
    const heavy = await streamOf({ ...READY, weight: '118', goals: ['bone'] });
    expect(light.length).to.be.greaterThan(5);
    expect(heavy).to.deep.equal(light);
    expect(light.at(-1)).to.equal('loadwise-complete {"verdict":"ready","activity":"running","hasPlan":true}');
  });

  it('a screening "yes" does not shrink the total: a pregnancy and a cold look the same', async () => {
    const totals = async (flag: 'pregnant' | 'unwell' | 'chestPain' | null) => {
      const q = await fresh();
      const answers = record<LoadwiseAnswerEvent>(document, 'loadwise-answer');
      try {
        await q.press('Start');
        // Every screening screen, "no" to all but `flag`, until the quiz ends or asks about running.
        for (let guard = 0; guard < 10 && !q.onResult && !q.$('input[name="activity"]'); guard++) {
          for (const name of new Set(q.$$<HTMLInputElement>('input[type="radio"]').map((i) => i.name))) {
            await q.choose(name, name === 'jointProblem' ? label('jointProblem', 'none') : name === flag ? 'Yes' : 'No');
          }
          await q.press(q.next);
        }
      } finally {
        answers.stop();
      }
      return answers.seen.map((e) => `${e.detail.step}/${e.detail.total}`);
    };
    const none = await totals(null);
    expect(await totals('pregnant')).to.deep.equal(none);
    expect(await totals('unwell')).to.deep.equal(none);
    expect(new Set((await totals('chestPain')).map((t) => t.split('/')[1]))).to.deep.equal(new Set(none.map((t) => t.split('/')[1])));
  });

  it('a listener that edits the detail, or the assessment, changes nothing on screen', async () => {
    const q = await fresh();
    const edit = (e: Event) => {
      const detail = (e as CustomEvent).detail as Record<string, unknown>;
      for (const key of Object.keys(detail)) {
        try {
          detail[key] = 'see-professional';
        } catch {
          // frozen: what the issue asks for
        }
      }
      const plan = q.el.assessment?.load as { perAnkleKg: { max: number }; sessionsPerWeek: { max: number } } | null | undefined;
      try {
        if (plan) {
          plan.perAnkleKg.max = 4.5;
          plan.sessionsPerWeek.max = 6;
        }
      } catch {
        // frozen
      }
    };
    document.addEventListener('loadwise-complete', edit);
    try {
      await q.press('Start');
      await q.answerAll({ ...READY, weight: '80' });
    } finally {
      document.removeEventListener('loadwise-complete', edit);
    }
    const expected = assess({ ...READY, bodyWeightKg: 80 });
    q.el.requestUpdate();
    await q.el.updateComplete;
    expect(q.el.assessment!.load).to.deep.equal(expected.load);
    expect(q.heading.textContent).to.equal(defaultContent.verdicts.ready.title);
    const facts = q.text('.facts');
    expect(facts).to.include(formatWeight(expected.load!.perAnkleKg.max, 'kg', 'en'));
    expect(facts).to.not.include('4.5');
    expect(facts).to.not.match(/\b6\b/);
    expect(Object.isFrozen(q.el.assessment) && Object.isFrozen(q.el.assessment!.load!.perAnkleKg), 'el.assessment is frozen').to.equal(true);
  });
});

describe('loadwise-quiz: calls to action', () => {
  for (const verdict of Object.keys(PATHS) as Verdict[]) {
    it(`${verdict}: shows only the CTAs the core allows, and a click fires loadwise-cta with the verdict`, async () => {
      const q = await quiz(html`<loadwise-quiz group=${freshGroup()} ctas=${JSON.stringify(CTAS)} .answers=${{ ...PATHS[verdict], bodyWeightKg: 70, goals: [] }}></loadwise-quiz>`);
      await expect(q.el).to.be.accessible();
      await q.press('Start');
      await q.answerAll({});
      expect(q.heading.textContent).to.equal(defaultContent.verdicts[verdict].title);
      expect(q.ctaIds).to.deep.equal(CTAS_SHOWN[verdict]);
      // Every host link carries the site owner's disclosure, a professional one too; commerce is sponsored (invariant 15).
      expect(q.text('.result').split(QUIZ_STRINGS.commercial).length - 1, 'one disclosure').to.equal(1);
      for (const a of q.$$<HTMLAnchorElement>('a.cta')) {
        const cta = CTAS.find((c) => c.href === a.getAttribute('href'))!;
        expect(a.rel, cta.id).to.equal('sponsored noopener');
        expect(a.getAttribute('aria-describedby'), cta.id).to.equal('ctas-note');
      }
      const events = record<LoadwiseCtaEvent>(document, 'loadwise-cta');
      const block = (e: Event) => e.preventDefault();
      document.addEventListener('click', block);
      try {
        q.$$<HTMLAnchorElement>('a.cta').at(-1)!.click();
      } finally {
        document.removeEventListener('click', block);
        events.stop();
      }
      expect(events.seen.map((e) => e.detail)).to.deep.equal([{ ctaId: 'physio', href: 'https://physio.example/find', context: verdict }]);
    });
  }

  it('discloses commercial links beside the alternatives of "what to do instead", once', async () => {
    const perAlternative = defaultContent.alternatives.map((alt) => ({ id: `shop-${alt.id}`, label: `Shop for ${alt.id}`, href: `https://shop.example/${alt.id}`, alternativeId: alt.id }));
    for (const ctas of [perAlternative, [...perAlternative, CTAS[1]!]]) {
      const q = await quiz(html`<loadwise-quiz group=${freshGroup()} .ctas=${ctas} .answers=${{ ...PATHS['not-recommended'], bodyWeightKg: 70, goals: [] }}></loadwise-quiz>`);
      await q.press('Start');
      await q.answerAll({});
      expect(q.$$('.instead a.cta').length, 'a shop link per alternative shown').to.be.greaterThan(0);
      expect(q.text('.result').split(QUIZ_STRINGS.commercial).length - 1, 'one disclosure').to.equal(1);
    }
  });

  it('drops CTAs with a bad shape or an unsafe href, with a console error', async () => {
    const error = spyConsole('error');
    try {
      const ctas = [...CTAS, { id: 'evil', label: 'Click', href: 'javascript:alert(1)' }, { id: 'odd', label: 'Odd', href: 'https://x.example', kind: 'sponsor' }, 'nonsense'];
      const q = await quiz(html`<loadwise-quiz group=${freshGroup()} .ctas=${ctas} .answers=${{ ...READY }}></loadwise-quiz>`);
      await expect(q.el).to.be.accessible();
      await q.press('Start');
      await q.answerAll({});
      expect(q.ctaIds).to.deep.equal(['shop', 'coach', 'physio']);
      expect(error.calls.length).to.equal(3);
      expect(error.calls.join('\n')).to.include('ctas[3].href').and.include('ctas[4]').and.include('ctas[5]');
    } finally {
      error.restore();
    }
  });
});

describe('loadwise-quiz: announcements and focus', () => {
  it('says exactly one thing per change in one persistent role="status" region: each step, advice, an error, nothing more for the verdict the focus reads', async () => {
    const q = await fresh({ persist: true });
    await expect(q.el).to.be.accessible();
    const status = q.status;
    const said = listen(q);
    await q.press('Start');
    expect(said.take(), 'Start').to.deep.equal(['Step 1 of up to 9']);
    expect(q.headingFocused, 'focus on the heading').to.equal(true);
    await q.press(q.next);
    expect(said.take(), 'Next with nothing answered').to.deep.equal([QUIZ_STRINGS.requiredAll]);
    await q.choose('heartCondition', 'Yes');
    expect(said.take(), 'an answer with advice').to.deep.equal([question('heartCondition').advice!['true']!]);
    await q.choose('heartCondition', 'No');
    expect(said.take(), 'an answer without advice').to.deep.equal([]);
    for (const id of FIRST_FLAGS) await q.choose(id, 'No');
    said.take();
    await q.press(q.next);
    expect(q.status === status, 'the same live region').to.equal(true);
    expect(said.take(), 'Next').to.deep.equal(['Step 2 of up to 9']);
    expect(q.headingFocused, 'focus on the heading').to.equal(true);
    expect(q.heading.textContent).to.equal(question('jointProblem').text);
    await q.press('Back');
    expect(said.take(), 'Back').to.deep.equal(['Step 1 of up to 9']);
    await q.press(q.next);
    said.take();
    await q.choose('jointProblem', label('jointProblem', 'current'));
    expect(said.take(), 'advice that ends the quiz').to.deep.equal([question('jointProblem').advice!['current']!]);
    await q.press(q.next);
    // The verdict is the focused heading, read once by the focus; the region adds nothing.
    expect(q.onResult).to.equal(true);
    expect(q.status === status, 'the same live region').to.equal(true);
    expect(said.take(), 'the result: the verdict once, through the focus').to.deep.equal([]);
    expect(q.heading.textContent).to.equal(defaultContent.verdicts['see-professional'].title);
    expect(q.headingFocused, 'focus on the verdict').to.equal(true);
    await q.press(QUIZ_STRINGS.forget);
    expect(said.take(), 'forget').to.deep.equal([QUIZ_STRINGS.forgotten]);
    expect(q.headingFocused, 'focus on the title').to.equal(true);
    said.stop();
  });
});

describe('loadwise-quiz: motion, width and direction', () => {
  it('animates a new screen, but not under prefers-reduced-motion', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    expect(getComputedStyle(q.$('.screen')!).animationName).to.equal('loadwise-quiz-in');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(q.$('.screen')!).animationName).to.equal('none');
  });

  it('fits 280 px with no horizontal overflow, at every kind of screen', async () => {
    const q = await quiz(html`<div style="inline-size: 280px"><loadwise-quiz group=${freshGroup()} persist .ctas=${CTAS}></loadwise-quiz></div>`);
    await expect(q.el).to.be.accessible();
    const fits = (where: string) => {
      const box = q.el.getBoundingClientRect();
      expect(box.width).to.equal(280);
      const base = q.$('.base')!;
      expect(base.scrollWidth, `${where}: .base scrolls`).to.be.at.most(base.clientWidth);
      for (const el of q.$$('.base *')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || el.closest('.visually-hidden')) continue;
        expect(r.right, `${where}: ${el.localName}.${el.className} overflows`).to.be.at.most(box.right + 0.5);
        expect(r.left, `${where}: ${el.localName}.${el.className} overflows`).to.be.at.least(box.left - 0.5);
      }
    };
    fits('intro');
    await q.press('Start');
    fits('health check');
    await q.answerAll({ ...READY, weight: '' });
    fits('result');
    await q.press('Back');
    fits('goals');
    await q.press('Back');
    fits('weight');
  });

  it('is exactly as tall as the space a page reserves for it before it loads (480 px by default), at 280 and 1200 px, its first screen filled to the bottom', async () => {
    for (const width of [280, 390, 1200]) {
      const q = await quiz(html`<div style=${`inline-size: ${width}px`}><loadwise-quiz group=${freshGroup()}></loadwise-quiz></div>`);
      await expect(q.el).to.be.accessible();
      expect(q.el.getBoundingClientRect().height, `${width} px`).to.equal(480);
      // Start sits at the bottom of the card: no blank below the last thing on it.
      const blank = q.$('.base')!.getBoundingClientRect().bottom - q.button('Start').getBoundingClientRect().bottom;
      expect(blank, `${width} px: blank below Start`).to.be.at.most(20);
      expect(q.$$('.parts li').length, 'what the quiz asks about').to.equal(3);
    }
    const q = await quiz(html`<div style="--loadwise-quiz-min-height: 520px"><loadwise-quiz group=${freshGroup()}></loadwise-quiz></div>`);
    expect(q.el.getBoundingClientRect().height).to.equal(520);
  });

  it('takes the height a step needs: no reserved blank below a short step', async () => {
    const q = await quiz(html`<div style="inline-size: 1200px"><loadwise-quiz group=${freshGroup()}></loadwise-quiz></div>`);
    await q.press('Start');
    for (const id of FIRST_FLAGS) await q.choose(id, 'No');
    await q.press(q.next);
    expect(q.heading.textContent).to.equal(question('jointProblem').text);
    const base = q.$('.base')!.getBoundingClientRect();
    expect(base.height, 'shorter than the first screen').to.be.lessThan(480);
    expect(base.bottom - q.next.getBoundingClientRect().bottom, 'blank below Next').to.be.at.most(20);
  });

  it('lays out the plan in columns on a wide container', async () => {
    const q = await quiz(html`<div style="inline-size: 1200px"><loadwise-quiz group=${freshGroup()} .answers=${{ ...READY }}></loadwise-quiz></div>`);
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    await q.answerAll({});
    const facts = q.$$('.facts > div');
    expect(facts[1]!.getBoundingClientRect().top).to.equal(facts[0]!.getBoundingClientRect().top);
    expect(q.el.getBoundingClientRect().width).to.equal(1200);
  });

  it('mirrors with dir="rtl": Next at the inline end (left), the verdict bar at the inline start (right)', async () => {
    const q = await quiz(html`<div dir="rtl"><loadwise-quiz group=${freshGroup()}></loadwise-quiz></div>`);
    await expect(q.el).to.be.accessible();
    await q.press('Start');
    const back = q.button('Back').getBoundingClientRect();
    const next = q.next.getBoundingClientRect();
    expect(next.right).to.be.lessThan(back.left);
    expect(getComputedStyle(q.$('.progress')!).direction).to.equal('rtl');
    await q.choose('chestPain', 'Yes');
    await q.press(q.next);
    const verdict = getComputedStyle(q.heading);
    expect(verdict.borderRightWidth).to.equal('6px');
    expect(verdict.borderLeftWidth).to.equal('0px');
  });
});

describe('loadwise-quiz: headings, legends and fields', () => {
  it('renders its headings at the page\u2019s level (heading-level), the step heading still the focus target', async () => {
    const q = await quiz(html`<loadwise-quiz group=${freshGroup()} heading-level="3"></loadwise-quiz>`);
    await expect(q.el).to.be.accessible();
    const heading = () => q.$('.heading')!;
    expect(heading().localName).to.equal('h3');
    expect(q.$('h2'), 'no hard-coded h2').to.equal(null);
    await q.press('Start');
    expect(heading().localName).to.equal('h3');
    expect(q.focused === heading(), 'focus on the step heading').to.equal(true);
    for (const id of FIRST_FLAGS) await q.choose(id, 'No');
    await q.press(q.next);
    // A single question: its text is the heading, inside the legend, and takes focus.
    expect(heading().localName).to.equal('h3');
    expect(heading().closest('legend')).to.not.equal(null);
    expect(q.focused === heading(), 'focus on the question').to.equal(true);
    await q.choose('jointProblem', label('jointProblem', 'current'));
    await q.press(q.next);
    expect(q.onResult).to.equal(true);
    expect(heading().localName).to.equal('h3');
    expect(heading().textContent).to.equal(defaultContent.verdicts['see-professional'].title);
    expect(q.focused === heading(), 'focus on the verdict').to.equal(true);
    await expect(q.el).to.be.accessible();
  });

  it('draws the line between questions whole: a one-line legend is not set into the border', async () => {
    const q = await fresh();
    await q.press('Start');
    const second = q.option('chestPain', 'Yes').closest('fieldset')!;
    const legend = second.querySelector('legend')!;
    const style = getComputedStyle(second);
    expect(parseFloat(style.borderTopWidth), 'a line above the second question').to.be.greaterThan(0);
    // A legend set into the border sits across the fieldset's top edge, cutting the line.
    expect(legend.getBoundingClientRect().top, 'the legend below the line').to.be.at.least(second.getBoundingClientRect().top + parseFloat(style.borderTopWidth));
  });

  it('gives the radio cards and the weight field the control border token (3:1 against the surface)', async () => {
    const q = await quiz(html`<loadwise-quiz group=${freshGroup()} .answers=${{ ...READY }}></loadwise-quiz>`);
    await q.press('Start');
    q.$('.base')!.style.setProperty('--_loadwise-control-border', 'rgb(1, 2, 3)');
    expect(getComputedStyle(q.$('.option')!).borderTopColor).to.equal('rgb(1, 2, 3)');
    await q.nextUntil('#weight');
    q.$('.base')!.style.setProperty('--_loadwise-control-border', 'rgb(1, 2, 3)');
    expect(getComputedStyle(q.$('#weight')!).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(q.option('unit', 'lb').closest('label')!).borderTopColor, 'an unchosen unit').to.equal('rgb(1, 2, 3)');
    // Without the token, the border colour.
    q.$('.base')!.style.removeProperty('--_loadwise-control-border');
    const token = getComputedStyle(q.$('.base')!).getPropertyValue('--_loadwise-control-border').trim();
    if (!token) expect(getComputedStyle(q.$('#weight')!).borderTopColor).to.equal(getComputedStyle(q.$('.base')!).borderTopColor);
  });

  it('keeps the unit the reader chose for the weight, Back and forth, and shows it in their units only', async () => {
    const q = await quiz(html`<loadwise-quiz group=${freshGroup()} .answers=${{ ...READY }}></loadwise-quiz>`);
    await q.press('Start');
    await q.nextUntil('#weight');
    await q.choose('unit', 'lb');
    await q.typeWeight('20');
    expect(q.text('#weight-error')).to.equal('Enter a weight from 67 lb to 551 lb, or leave it empty.');
    await q.typeWeight('150');
    await q.press(q.next);
    await q.press('Back');
    expect(q.option('unit', 'lb').checked, 'still pounds').to.equal(true);
    expect(q.$<HTMLInputElement>('#weight')!.value).to.equal('150');
  });
});

describe('loadwise-quiz: strings', () => {
  it('takes every interface string from the pack when it has one (ui["quiz.<key>"]), falling back key by key', async () => {
    const q = await fresh();
    await expect(q.el).to.be.accessible();
    const pack = structuredClone(defaultContent);
    pack.ui['quiz.start'] = 'Begin';
    pack.ui['quiz.progress'] = 'Step {n} / {total}';
    pack.ui['quiz.progressUpTo'] = 'Step {n} / ≤{total}';
    pack.ui['disclaimer'] = 'Custom disclaimer.';
    q.el.content = pack;
    await until(() => q.$$('button').some((b) => b.textContent!.trim() === 'Begin'), 'the pack strings are used');
    expect(q.text('.screen')).to.include('Custom disclaimer.');
    expect(q.heading.textContent).to.equal(QUIZ_STRINGS.title);
    await q.press('Begin');
    expect(q.text('.progress')).to.equal('Step 1 / ≤9');
  });

  it('works inside a provider, which can set the theme and units', async () => {
    const q = await quiz(html`<loadwise-provider theme="dark" units="imperial" group=${freshGroup()}><loadwise-quiz .answers=${{ ...READY }}></loadwise-quiz></loadwise-provider>`);
    await expect(q.el).to.be.accessible();
    expect(q.$('.base')!.getAttribute('data-theme')).to.equal('dark');
    await q.press('Start');
    await q.nextUntil('#weight');
    expect(q.option('unit', 'lb').checked).to.equal(true);
    await expect(q.el).to.be.accessible();
  });
});
