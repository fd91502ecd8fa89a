/**
 * The quiz's result as a reader meets it: where it leads on the page (the group's picker or
 * explainer), its headings at the page's level, no second announcement of the verdict, and its
 * print summary (content, and the page hidden in print). Driven by role, name and keyboard; the
 * expected texts and numbers come from the core and the English strings, never from the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { until } from '../wait.js';
import '../../src/elements/quiz/quiz.js';
import '../../src/elements/alternatives/alternatives.js';
import '../../src/elements/pros-cons/pros-cons.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import { quizLater } from '../../src/i18n/en.quiz-later.js';
import { quizNext } from '../../src/i18n/en.quiz-next.js';
import { assess, defaultContent, formatWeight, verdictText, type Answers } from '../../src/core.js';
import { planTextWith } from '../../src/core/index.js';
import { list } from '../../src/core/text.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';

const READY: Answers = { ...SAFE_ANSWERS, goals: ['speed'] };
const NOT_RECOMMENDED: Answers = { ...SAFE_ANSWERS, runFrequency: 'none', goals: [] };

let groups = 0;
const freshGroup = () => `quiz-result-${++groups}`;

const question = (id: string) => defaultContent.questions.find((q) => q.id === id)!;
/** The label the reader sees for an answer value. */
function label(id: string, value: unknown): string {
  if (value === true) return defaultContent.ui['yes']!;
  if (value === false) return defaultContent.ui['no']!;
  if (Array.isArray(value)) return list(value.map((goal) => defaultContent.labels.goals[goal as 'speed']), 'en');
  return question(id).options![String(value)]!;
}
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A quiz on the page, driven by keyboard. */
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

  button(name: string): HTMLButtonElement {
    const found = this.$$<HTMLButtonElement>('button').find((b) => squash(b.textContent) === name);
    if (!found) throw new Error(`no button "${name}"; buttons: ${this.$$('button').map((b) => squash(b.textContent))}`);
    return found;
  }

  hasButton(name: string): boolean {
    return this.$$<HTMLButtonElement>('button').some((b) => squash(b.textContent) === name);
  }

  async press(button: HTMLButtonElement | string): Promise<void> {
    (typeof button === 'string' ? this.button(button) : button).focus();
    await sendKeys({ press: 'Enter' });
    await this.el.updateComplete;
  }

  /** Start, then Next on each screen (the answers prefilled) until the result is there, its chunk loaded. */
  async toResult(weight?: { value: string; unit: 'kg' | 'lb' }): Promise<void> {
    await this.press('Start');
    for (let guard = 0; guard < 20 && !this.$('.result'); guard++) {
      if (weight && this.$('#weight')) {
        const unit = this.$$<HTMLInputElement>('input[name="unit"]').find((i) => squash(i.closest('label')!.textContent) === weight.unit)!;
        unit.focus();
        await sendKeys({ press: 'Space' });
        const input = this.$<HTMLInputElement>('#weight')!;
        input.focus();
        input.select();
        await sendKeys({ type: weight.value });
        await this.el.updateComplete;
      }
      await this.press(this.$<HTMLButtonElement>('button[type="submit"]')!);
    }
    await until(() => this.$('.result .nav'), 'the result with its chunk');
    await this.el.updateComplete;
  }
}

async function quizIn(container: Element): Promise<Quiz> {
  const el = container.querySelector('loadwise-quiz')! as LoadwiseQuiz;
  await el.updateComplete;
  return new Quiz(el);
}

/** Waits until a widget has rendered its heading. */
async function rendered(el: Element): Promise<HTMLElement> {
  await until(() => el.shadowRoot?.querySelector('[part~="heading"]'), `${el.localName} renders its heading`);
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
}

/** Focus went to the widget's main heading (or, where the heading is no focus target, to the widget). */
function focusedOn(widget: HTMLElement): boolean {
  if (document.activeElement !== widget) return false;
  const heading = widget.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
  return heading.hasAttribute('tabindex') ? widget.shadowRoot!.activeElement === heading : true;
}

afterEach(async () => {
  sessionStorage.clear();
  await emulateMedia({ media: 'screen' });
  // As the browser does after printing: the summary and its page sheet go.
  window.dispatchEvent(new Event('afterprint'));
});

describe('loadwise-quiz result: where it leads', () => {
  it("links to the group's picker, names both widgets that changed, and moves focus to the picker's heading", async () => {
    const group = freshGroup();
    const page = await fixture<HTMLElement>(html`<div>
      <loadwise-quiz group=${group} theme="light" .answers=${READY}></loadwise-quiz>
      <div style="block-size: 3000px"></div>
      <loadwise-alternatives group="another-group"></loadwise-alternatives>
      <loadwise-pros-cons group=${group}></loadwise-pros-cons>
      <loadwise-alternatives id="picker" group=${group}></loadwise-alternatives>
    </div>`);
    const q = await quizIn(page);
    const picker = page.querySelector<HTMLElement>('#picker')!;
    await rendered(picker);
    await q.toResult();
    expect(squash(q.$('.result .next')?.textContent)).to.equal(quizNext.nextBoth);
    await expect(q.el).to.be.accessible();
    expect(picker.getBoundingClientRect().top, 'the picker is far below').to.be.greaterThan(window.innerHeight);
    await q.press(quizNext.nextToPicker);
    expect(focusedOn(picker), 'focus on the picker of the same group').to.equal(true);
    await until(() => Math.abs(picker.getBoundingClientRect().top) < 2, 'the picker scrolled to the top of the view');
  });

  it('links to the explainer when no picker of the group is on the page, and names only it', async () => {
    const group = freshGroup();
    const page = await fixture<HTMLElement>(html`<div>
      <loadwise-quiz group=${group} theme="light" .answers=${NOT_RECOMMENDED}></loadwise-quiz>
      <div style="block-size: 3000px"></div>
      <loadwise-alternatives group="another-group"></loadwise-alternatives>
      <loadwise-pros-cons group=${group}></loadwise-pros-cons>
    </div>`);
    const q = await quizIn(page);
    const explainer = page.querySelector<HTMLElement>('loadwise-pros-cons')!;
    await rendered(explainer);
    await q.toResult();
    expect(squash(q.$('.result .next')?.textContent)).to.equal(quizNext.nextExplainer);
    expect(q.hasButton(quizNext.nextToPicker), 'no link to a picker of another group').to.equal(false);
    await expect(q.el).to.be.accessible();
    await q.press(quizNext.nextToExplainer);
    expect(focusedOn(explainer), 'focus on the explainer').to.equal(true);
  });

  it('told to stop (chest pain), leads to the explainer, never to "other ways to reach your goal"', async () => {
    const group = freshGroup();
    const page = await fixture<HTMLElement>(html`<div>
      <loadwise-quiz group=${group} theme="light" .answers=${{ ...SAFE_ANSWERS, chestPain: true }}></loadwise-quiz>
      <loadwise-pros-cons group=${group}></loadwise-pros-cons>
      <loadwise-alternatives group=${group}></loadwise-alternatives>
    </div>`);
    const q = await quizIn(page);
    const explainer = page.querySelector<HTMLElement>('loadwise-pros-cons')!;
    await rendered(explainer);
    await q.toResult();
    expect(q.hasButton(quizNext.nextToPicker), 'no way to the alternatives').to.equal(false);
    await q.press(quizNext.nextToExplainer);
    expect(focusedOn(explainer), 'focus on the explainer').to.equal(true);
  });

  it("finds the group's picker inside another shadow root (a CMS block)", async () => {
    const group = freshGroup();
    const page = await fixture<HTMLElement>(html`<div>
      <loadwise-quiz group=${group} theme="light" .answers=${READY}></loadwise-quiz>
      <div class="cms-block"></div>
    </div>`);
    const block = page.querySelector('.cms-block')!.attachShadow({ mode: 'open' });
    const picker = document.createElement('loadwise-alternatives');
    picker.setAttribute('group', group);
    block.append(picker);
    await rendered(picker);
    const q = await quizIn(page);
    await q.toResult();
    expect(squash(q.$('.result .next')?.textContent)).to.equal(quizNext.nextPicker);
    await q.press(quizNext.nextToPicker);
    expect(document.activeElement === page.querySelector('.cms-block'), 'focus went into the block').to.equal(true);
    expect(block.activeElement === picker, 'on the picker').to.equal(true);
  });

  it('with neither on the page, keeps the advice and shows no link and no line', async () => {
    const page = await fixture<HTMLElement>(html`<div><loadwise-quiz group=${freshGroup()} theme="light" .answers=${NOT_RECOMMENDED}></loadwise-quiz></div>`);
    const q = await quizIn(page);
    await q.toResult();
    const advice = verdictText(assess(NOT_RECOMMENDED)).advice;
    expect(advice.some((line) => squash(q.$('.result')!.textContent).includes(line))).to.equal(true);
    expect(q.$('.result .next') === null, 'no line on what changed').to.equal(true);
    expect(q.hasButton(quizNext.nextToPicker) || q.hasButton(quizNext.nextToExplainer)).to.equal(false);
    await expect(q.el).to.be.accessible();
  });
});

describe('loadwise-quiz result: headings and announcements', () => {
  it("puts the result's sections one level below the quiz's title, at the page's level", async () => {
    const page = await fixture<HTMLElement>(html`<div><loadwise-quiz group=${freshGroup()} heading-level="3" .answers=${READY}></loadwise-quiz></div>`);
    const q = await quizIn(page);
    await q.toResult();
    const sections = q.$$('.result .section').map((h) => h.localName);
    expect(sections.length).to.be.greaterThan(2);
    expect(new Set(sections)).to.deep.equal(new Set(['h4']));
    expect(new Set(q.$$('.result .sub').map((h) => h.localName))).to.deep.equal(new Set(['h5']));
    expect(q.$$('.result h3, .result h2').length, 'no hard-coded h2 or h3 below the verdict').to.equal(q.$$('.result .verdict').length);
    const defaults = await fixture<HTMLElement>(html`<div><loadwise-quiz group=${freshGroup()} .answers=${READY}></loadwise-quiz></div>`);
    const d = await quizIn(defaults);
    await d.toResult();
    expect(new Set(d.$$('.result .section').map((h) => h.localName))).to.deep.equal(new Set(['h3']));
  });

  it('adds no live region of its own: the verdict is announced once, by the quiz', async () => {
    const group = freshGroup();
    const page = await fixture<HTMLElement>(html`<div>
      <loadwise-quiz group=${group} .answers=${READY}></loadwise-quiz>
      <loadwise-alternatives group=${group}></loadwise-alternatives>
    </div>`);
    const q = await quizIn(page);
    await q.toResult();
    expect(q.$('.result .next') !== null, 'the line on what changed').to.equal(true);
    expect(q.$$('.result [role="status"], .result [role="alert"], .result [aria-live], .result output').length).to.equal(0);
  });
});

describe('loadwise-quiz result: the print summary', () => {
  /** Presses Print with window.print stubbed; resolves with the summary's container once printed. */
  async function print(q: Quiz): Promise<{ container: HTMLElement; printed: () => number }> {
    let printed = 0;
    const original = window.print;
    window.print = () => void printed++;
    try {
      await q.press(quizLater.print);
      await until(() => printed > 0, 'window.print() called');
    } finally {
      window.print = original;
    }
    const containers = [...document.body.children].filter((el) => el.hasAttribute('data-loadwise-print'));
    expect(containers.length, 'one summary, a child of <body>').to.equal(1);
    return { container: containers[0] as HTMLElement, printed: () => printed };
  }

  it('holds the title, the date, every answer (the weight in the unit typed), the verdict, reasons with sources, the plan and its stop signs', async () => {
    const group = freshGroup();
    const answers: Answers = { ...SAFE_ANSWERS, jointProblem: 'past', goals: ['speed', 'strength'] };
    const page = await fixture<HTMLElement>(html`<div><loadwise-quiz group=${group} units="metric" .answers=${answers}></loadwise-quiz></div>`);
    const q = await quizIn(page);
    await q.toResult({ value: '154', unit: 'lb' });
    const { container } = await print(q);
    const root = container.shadowRoot!;
    const text = squash(root.textContent);
    const a = q.el.assessment!;
    expect(a.verdict).to.equal('caution');

    expect(squash(root.querySelector('h1')!.textContent)).to.equal(quizNext.printTitle);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(text).to.include(quizNext.printDate.replace('{date}', date));

    // Every answer the reader gave, question and answer, in the pack's order.
    const rows = [...root.querySelectorAll('tr')].map((tr) => [squash(tr.querySelector('th')!.textContent), squash(tr.querySelector('td')!.textContent)]);
    const given = defaultContent.questions.filter((qn) => qn.id in a.answers);
    expect(rows.map(([asked]) => asked)).to.deep.equal(given.map((qn) => qn.text));
    for (const qn of given.filter((qn) => qn.id !== 'bodyWeightKg')) expect(rows.find(([asked]) => asked === qn.text)![1], qn.id).to.equal(label(qn.id, (a.answers as Record<string, unknown>)[qn.id]));
    const weight = rows.find(([asked]) => asked === question('bodyWeightKg').text)![1];
    expect(weight.startsWith(formatWeight(154, 'lb', 'en')), `the weight in pounds first: ${weight}`).to.equal(true);

    // The verdict, the reasons with their sources, the plan's numbers, how to build up, the stop signs, the advice.
    const words = verdictText(a);
    expect(text).to.include(words.title).and.include(words.summary);
    expect(a.reasons.length).to.be.greaterThan(0);
    for (const reason of a.reasons) {
      expect(text).to.include(defaultContent.reasons[reason.id] ?? reason.text);
      if (reason.source) expect(text).to.include(`${reason.source.label} (${reason.source.year})`);
    }
    expect(a.load !== null, 'a plan').to.equal(true);
    expect(text).to.include(formatWeight(a.load!.perAnkleLb.start, 'lb', 'en')).and.include(formatWeight(a.load!.perAnkleLb.max, 'lb', 'en'));
    const plan = planTextWith(defaultContent, a.activity, a.verdict);
    expect(text).to.include(plan.progression);
    for (const sign of plan.stopSigns) expect(text).to.include(sign);
    for (const line of words.advice) expect(text).to.include(line);
    expect(text).to.include(defaultContent.ui['disclaimer']!);
  });

  it('hides every other child of <body> in print, shows nothing on screen, and leaves the page as it was after printing', async () => {
    const page = await fixture<HTMLElement>(html`<div><p>Host article text.</p><loadwise-quiz group=${freshGroup()} .answers=${NOT_RECOMMENDED}></loadwise-quiz></div>`);
    const q = await quizIn(page);
    await q.toResult();
    const sheetsBefore = document.adoptedStyleSheets.length;
    const { container } = await print(q);
    const summary = container.shadowRoot!.querySelector('article')!;
    expect(getComputedStyle(container).display, 'not on screen').to.equal('none');
    expect(squash(summary.textContent)).to.include(verdictText(assess(NOT_RECOMMENDED)).title);

    await emulateMedia({ media: 'print' });
    const others = [...document.body.children].filter((el) => el !== container);
    expect(others.length).to.be.greaterThan(0);
    for (const el of others) expect(getComputedStyle(el).display, el.localName).to.equal('none');
    expect(getComputedStyle(container).display).to.equal('block');
    expect(summary.getBoundingClientRect().height).to.be.greaterThan(0);

    // Printing again replaces the summary; after printing, the page is as it was.
    await emulateMedia({ media: 'screen' });
    await print(q);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('[data-loadwise-print]') === null, 'the summary removed').to.equal(true);
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(page).display).to.equal('block');
  });
});
