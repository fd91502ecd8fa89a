import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  ANSWER_IDS,
  GOALS,
  QUESTION_CHOICES as CHOICES,
  answerOf,
  back,
  customQuestionIds,
  isValid,
  kgToLb,
  missingOn,
  QUIZ_START,
  lbToKg,
  next,
  prefillThatCounts,
  progressOf,
  resumeAt,
  announcesAnswer,
  settle,
  start,
  stepsOf,
  validateAnswers,
  verdictTextWith,
  type Answers,
  type Assessment,
  type ContentPack,
  type Cta,
  type Goal,
  type Progress,
  type Question,
  type QuizPath,
  type QuizState,
  type Step,
  type WeightUnit,
} from '../../core/engine.js';
import { LoadwiseAnswerEvent, LoadwiseCompleteEvent, LoadwiseCtaEvent } from '../../events/events.js';
import { own } from '../../core/input.js';
import { InvalidJson, isObject, readCtas, shown } from '../../internal/ctas.js';
import { LoadwiseElement, json } from '../../base/loadwise-element.js';
import type { ResultView } from './quiz.result.js';
import { quizStyles } from './quiz.styles.js';
import { QUIZ_STRINGS, type QuizStringKey } from './quiz.strings.js';

interface WeightEntry {
  text: string;
  unit: WeightUnit;
  /** The browser could not read the number typed. */
  bad: boolean;
}

const BUILT_IN: ReadonlySet<string> = new Set(ANSWER_IDS);


function withValue(answers: Answers, id: string, value: unknown): Answers {
  if (!BUILT_IN.has(id)) return { ...answers, custom: { ...answers.custom, [id]: value as boolean } };
  const next: Record<string, unknown> = { ...answers };
  if (value === undefined) delete next[id];
  else next[id] = value;
  return next as Answers;
}

function merge(base: Answers, over: Answers): Answers {
  // No prototype: a value on Object.prototype is never read as an answer.
  const out: Answers = Object.assign(Object.create(null), base, over);
  if (base.custom || over.custom) out.custom = { ...base.custom, ...over.custom };
  return out;
}


/** The result chunk (./quiz.result.ts), once loaded: one load per page. */
let resultChunk: typeof import('./quiz.result.js') | undefined;
let resultLoad: Promise<void> | undefined;
/** What the quiz needs after its first screens (./quiz.later.ts), once loaded with the result chunk. */
let later: typeof import('./quiz.later.js') | undefined;
/** The English strings, the later screens' included once they have loaded. */
let strings: Readonly<Record<string, string>> = QUIZ_STRINGS;
/** The later screens' styles, adopted after the quiz's own once they have loaded. */
let sheets: (CSSStyleSheet | undefined)[] = [];


/**
 * The weight-readiness quiz: a few screening, experience and goal questions, one screen at a time,
 * then a verdict with its reasons, a safe starting plan or what to do instead, and a printable
 * summary. Every rule comes from the core; the quiz only asks and renders.
 *
 * @tag loadwise-quiz
 * @summary Whether, and how, to run or walk with ankle weights, in about a minute.
 * @example
 * ```html
 * <loadwise-quiz ctas='[{"id":"shop","label":"Shop ankle weights","href":"https://shop.example/ankle","verdicts":["ready"]}]'></loadwise-quiz>
 * ```
 *
 * @csspart base - The wrapper of everything the quiz shows.
 * @csspart progress - The progress text and bar above each question.
 * @csspart question - Each question's fieldset.
 * @csspart option - Each answer: a label around its radio or checkbox.
 * @csspart advice - Advice shown on the spot for an answer.
 * @csspart button - The Start, Back, Next, Restart and Print buttons.
 * @csspart forget - The "forget my answers" button (with `persist`).
 * @csspart result - The result: verdict, reasons, plan or alternatives, and links.
 * @csspart cta - Each call-to-action link.
 * @cssprop --loadwise-quiz-min-height - The height of the quiz's first screen (its intro), to match the space a page reserves for `loadwise-quiz:not(:defined)` (no layout shift). The questions and the result take the height they need. Default 480px.
 *
 * @fires {LoadwiseAnswerEvent} loadwise-answer - The reader answered an experience or goals question (the health screening fires none). Detail: `{ questionId, step, total }`, never the answer; `total` is the whole quiz's, whatever the answers.
 * @fires {LoadwiseCompleteEvent} loadwise-complete - The reader reached the result. Detail: `{ verdict, activity, hasPlan }`; the plan's numbers and the answers stay on `assessment`.
 * @fires {LoadwiseCtaEvent} loadwise-cta - The reader followed a call to action. Detail: `{ ctaId, href, context }`, where `context` is the verdict (or the alternative's id).
 */
export class LoadwiseQuiz extends LoadwiseElement {
  static override styles = [...LoadwiseElement.styles, quizStyles];
  static override showsAnswers = true;

  private steps: Step[] = [];
  private prefill: Answers = {};
  private links: Cta[] = [];
  private seen: { content: ContentPack | null; answers: unknown; ctas: unknown } = { content: null, answers: undefined, ctas: undefined };
  private focusPending = false;
  /** An announcement was made since the last render: the live region's text is rendered anew. */
  private fresh = false;
  private flip = false;

  /** Reactive properties and attributes (Lit `static properties`: no decorator runtime in the bundles). */
  static override properties: PropertyDeclarations = {
    at: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    weight: { state: true, attribute: false },
    answers: json,
    ctas: json,
  };

  /** Where the quiz is: intro, a step, or the result (the core's `QuizState`). */
  private at: QuizState = QUIZ_START;
  private announcement = '';
  /** The reader pressed Next on this step with questions unanswered: each one shows its error. */
  private tried = false;
  private weight: WeightEntry | null = null;

  /** Answers the host already knows, e.g. `{"activity":"walking"}` on a walking blog (an object, or its JSON text as the attribute or the property; bad JSON: a console error and no answers). Validated. Experience and goals answers skip their question; screening answers are only preselected, for the reader to see and confirm (never skipped). */
  answers?: Answers;

  /** Calls to action: `[{ id, label, href, kind?: "commerce" | "professional", verdicts? }]` (an array, or its JSON text as the attribute or the property; bad JSON: a console error and no links). Only professional links show on `see-professional` and `wait`. */
  ctas?: Cta[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const content = this.config.content;
    let stale = this.seen.content !== content;
    if (stale || this.seen.answers !== this.answers) {
      this.prefill = this.readAnswers(this.answers, content);
      stale = true;
    }
    if (this.seen.ctas !== this.ctas) this.links = readCtas(this.ctas, (field, expected, value) => this.report(field, expected, value), (value, field) => this.safeUrl(value, field));
    this.seen = { content, answers: this.answers, ctas: this.ctas };
    if (stale) this.steps = stepsOf(content, this.prefill);
    // The path's rules are the core's (flow/steps.ts): where stored answers bring the reader back,
    // and where a change of steps or a "forget" elsewhere leaves them.
    this.at = settle(this.hasUpdated ? this.at : resumeAt(this.path), this.path);
    if (this.fresh) {
      this.fresh = false;
      this.flip = !this.flip;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The result's styles come with its chunks: adopted once, after the quiz's own.
    const root = this.renderRoot as ShadowRoot;
    for (const sheet of sheets) if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (this.focusPending) {
      this.focusPending = false;
      // The first question still unanswered after Next, else the screen's heading.
      const root = this.renderRoot;
      ((this.tried && root.querySelector<HTMLElement>('[aria-invalid="true"] input, #weight[aria-invalid="true"]')) || root.querySelector<HTMLElement>('.heading'))?.focus();
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Prefetch the result chunk while the page is idle: no reader action waits for the network.
    const idle = (globalThis as { requestIdleCallback?: (callback: () => void) => unknown }).requestIdleCallback ?? ((callback: () => void) => setTimeout(callback));
    idle(() => void this.loadResult());
  }

  /** Resolves once rendered, the later chunks included past the intro (the weight, the result). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.at.phase !== 'intro' && !resultChunk && resultLoad) {
      await resultLoad;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private handleStart(): void {
    void this.loadResult();
    // The host's experience and goals answers count at once; its screening answers only once
    // the reader has seen them and pressed Next (invariant 11).
    const given = prefillThatCounts(this.prefill);
    if (Object.keys(given).length > 0) this.publishAnswers({ ...this.groupState.value?.answers, ...given });
    this.show(start(this.path));
  }

  private handleNext(event: Event): void {
    event.preventDefault();
    const step = this.steps[this.at.index];
    if (!step) return;
    this.commitWeight();
    this.confirm(step);
    const missing = missingOn(this.at, this.path, this.entered);
    if (missing.length > 0) {
      // Each unanswered question shows its error; focus goes to the first, and the press is
      // announced every time, a second one too (see `announce`).
      this.tried = true;
      this.focusPending = true;
      this.announce(missing[0] === 'bodyWeightKg' ? this.t('weightFix') : this.t(missing.length > 1 ? 'requiredAll' : 'required'));
      return;
    }
    this.show(next(this.at, this.path, this.entered));
  }

  private handleBack(): void {
    this.commitWeight();
    this.show(back(this.at, this.path));
  }

  private handleRestart(): void {
    this.forgetAnswers();
    this.handleStart();
  }

  private handleForget(): void {
    this.forgetAnswers();
    this.announce(this.t('forgotten'));
    this.focusPending = true;
  }

  private handleWeightInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.weight = { ...this.weightEntry(), text: input.value, bad: input.validity.badInput };
  }

  private handleUnit(unit: WeightUnit): void {
    this.weight = { ...this.weightEntry(), unit };
    this.commitWeight();
  }

  /** Clears the reader's answers for the group, here and in `sessionStorage`, and returns to the start. */
  override forgetAnswers(): void {
    super.forgetAnswers();
    this.at = QUIZ_START;
    this.weight = null;
  }

  protected override renderWidget() {
    const { phase, index } = this.at;
    const step = this.steps[index];
    const result = phase === 'result' && this.assessment;
    const first = !result && !(phase === 'step' && step);
    const screen = result ? this.renderResult(result) : first ? this.renderIntro() : this.renderStep(step!);
    // The live region's text is a new node after each announcement (a text, then a list of one,
    // in turn), so that the same words said again, such as a second Next with a question
    // unanswered, are heard.
    const said = this.flip ? [this.announcement] : this.announcement;
    return html`<div class="base ${first ? 'first' : ''}" part="base" data-theme=${this.config.theme} lang=${this.config.content.locale}>
      ${this.renderDebugNotice()} ${screen}
      <div class="visually-hidden" role="status">${said}</div>
    </div>`;
  }

  private renderIntro(): TemplateResult {
    return html`<div class="screen intro">
      ${this.heading(this.t('title'), { cls: 'heading', focus: true })}
      <p>${this.t('intro', { total: this.steps.length })}</p>
      <ul class="parts">
        ${(['partHealth', 'partRunning', 'partGoals'] as const).map((key) => html`<li>${this.t(key)}</li>`)}
      </ul>
      <p class="note">${this.t('disclaimer')} ${this.t('privacy')}</p>
      <div class="nav">
        <button type="button" class="primary" part="button" @click=${this.handleStart}>${this.t('start')}</button>
        ${this.assessment ? this.renderForget() : nothing}
      </div>
    </div>`;
  }

  private renderStep(step: Step): TemplateResult {
    const progress = progressOf(this.at, this.path);
    const { n, total } = progress;
    // After a Next with questions unanswered: each one's error, until it is answered.
    const missing = this.tried ? missingOn(this.at, this.path, this.entered) : [];
    return html`<form class="screen" novalidate @submit=${this.handleNext}>
      <div class="progress" part="progress">
        <span id="progress-label">${this.progressText(progress)}</span>
        <progress max=${total} value=${n} aria-labelledby="progress-label"></progress>
      </div>
      ${step.title
        ? html`${this.heading(this.t(step.title), { cls: 'heading', focus: true })}
            <p class="help">${this.t('flagsHelp')}</p>
            ${step.questions.map((q) => this.renderQuestion(q, false, missing))}`
        : this.renderQuestion(step.questions[0]!, true, missing)}
      <div class="nav">
        <button type="button" class="secondary" part="button" @click=${this.handleBack}>${this.t('back')}</button>
        <button type="submit" class="primary" part="button">${n >= total ? this.t('seeResult') : this.t('next')}</button>
      </div>
      ${this.renderForget()}
    </form>`;
  }

  private renderQuestion(q: Question, heading: boolean, missing: readonly string[]): TemplateResult {
    const value = answerOf(this.current, q.id);
    const advice = value === undefined || Array.isArray(value) ? undefined : own(q.advice, String(value));
    // A question answered with radios is a radio group, which can be marked invalid (the weight's
    // own field is, and the goals are optional). Its error names what to do, beside its text.
    const radios = q.id !== 'goals' && q.id !== 'bodyWeightKg';
    const invalid = radios && missing.includes(q.id);
    return html`<fieldset
      class="question"
      part="question"
      role=${radios ? 'radiogroup' : nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby="${invalid ? `error-${q.id} ` : ''}help-${q.id}"
    >
      <legend>${heading ? this.heading(q.text, { cls: 'heading', focus: true }) : q.text}</legend>
      <p id="help-${q.id}" class="help">${q.help}</p>
      ${invalid ? html`<p id="error-${q.id}" class="error">${this.t('required')}</p>` : nothing}
      ${q.id === 'bodyWeightKg' ? this.renderWeight() : this.renderChoices(q, value)}
      ${advice ? html`<p class="advice" part="advice">${advice}</p>` : nothing}
    </fieldset>`;
  }

  private renderChoices(q: Question, value: unknown): TemplateResult {
    const content = this.config.content;
    if (q.id === 'goals') {
      const chosen = (value as Goal[] | undefined) ?? [];
      return html`<div class="options">
        ${GOALS.map(
          (goal) => html`<label class="option" part="option">
            <input
              type="checkbox"
              name="goals"
              .checked=${chosen.includes(goal)}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                this.answer(q, GOALS.filter((g) => (g === goal ? on : chosen.includes(g))));
              }}
            /><span>${q.options?.[goal] ?? content.labels.goals[goal]}</span>
          </label>`,
        )}
      </div>`;
    }
    const options: [unknown, string][] = CHOICES[q.id]
      ? CHOICES[q.id]!.map((v) => [v, q.options?.[v] ?? v])
      : [
          [true, this.t('yes')],
          [false, this.t('no')],
        ];
    return html`<div class="options ${CHOICES[q.id] ? '' : 'options--inline'}">
      ${options.map(
        ([v, label]) => html`<label class="option" part="option">
          <input type="radio" name=${q.id} .checked=${value === v} @change=${() => this.answer(q, v)} /><span>${label}</span>
        </label>`,
      )}
    </div>`;
  }

  /** The body-weight field, from the later chunk (prefetched while the page is idle and on Start). */
  private renderWeight(): TemplateResult | typeof nothing {
    if (!later) {
      void this.loadResult();
      return nothing;
    }
    const { text, unit } = this.weightEntry();
    return later.renderWeight({
      text,
      unit,
      invalid: this.weightKg() === null,
      locale: this.config.locale,
      t: (key, values) => this.t(key, values),
      input: (event) => this.handleWeightInput(event),
      commit: () => this.commitWeight(),
      choose: (to) => this.handleUnit(to),
    });
  }

  /**
   * The result: its heading and summary here, the rest from a chunk loaded after the first screen
   * (prefetched when the page is idle and on Start), so that the first screen loads only itself.
   */
  private renderResult(a: Assessment): TemplateResult {
    // The words come from the reasons that fired (invariant 13), in this widget's language.
    const words = verdictTextWith(this.config.content, a);
    const chunk = resultChunk ?? (this.loadResult(), undefined);
    return html`<div class="screen result" part="result" data-verdict=${a.verdict} ?data-plan=${a.load !== null}>
      ${this.heading(words.title, { cls: 'heading verdict', focus: true })}
      <p class="summary">${words.summary}</p>
      ${chunk ? chunk.renderResultBody(this.resultView(), a) : nothing}
    </div>`;
  }

  /** What the result chunk needs of the quiz. */
  private resultView(): ResultView {
    const { content, locale, group } = this.config;
    return {
      content,
      locale,
      links: this.links,
      t: (key, values) => this.t(key, values),
      source: (source, field) => this.renderSource(source, field),
      follow: (cta, context) => this.emit(new LoadwiseCtaEvent({ ctaId: cta.id, href: cta.href, context })),
      back: () => this.handleBack(),
      restart: () => this.handleRestart(),
      forget: this.renderForget(),
      heading: (text, options) => this.heading(text, options),
      group,
      weightUnit: this.weightEntry().unit,
    };
  }

  /** Loads the result chunk once, then renders again. */
  private loadResult(): Promise<void> {
    resultLoad ??= Promise.all([import('./quiz.result.js'), import('./quiz.later.js')]).then(([m, l]) => {
      strings = { ...QUIZ_STRINGS, ...l.quizLater };
      sheets = [m.resultStyles.styleSheet, l.laterStyles.styleSheet];
      later = l;
      resultChunk = m;
    });
    return resultLoad.then(() => this.requestUpdate());
  }

  private renderForget(): TemplateResult | typeof nothing {
    if (!this.persist) return nothing;
    return html`<button type="button" class="forget" part="forget" @click=${this.handleForget}>${this.t('forget')}</button>`;
  }

  /**
   * An interface string: the pack's `ui['quiz.<key>']`, else its shared `ui` key, else the English
   * default (a result's own, such as `why`, once the result's chunk has loaded: only it shows them).
   */
  private t(key: QuizStringKey, values?: Readonly<Record<string, string | number>>): string {
    return this.localize.text('quiz', strings, key, values);
  }

  /** The reader's answers: the host's prefilled ones, with the reader's own (the group's) over them. */
  private get current(): Answers {
    return merge(this.prefill, this.groupState.value?.answers ?? {});
  }

  /** The answers on screen, with the weight as entered (null when it is not a valid weight). */
  private get entered(): Answers {
    // Typed loosely: a weight that cannot be read is null, which the core counts as missing.
    return { ...this.current, bodyWeightKg: this.weightKg() as number };
  }

  /** What the quiz's path depends on: its steps, the reader's own answers and the verdict so far. */
  private get path(): QuizPath {
    return { steps: this.steps, given: this.groupState.value?.answers ?? {}, verdict: this.assessment?.verdict };
  }

  /**
   * Goes where the core's path says, focus on the new screen's heading. A step announces its
   * progress (its heading is read as it takes focus); the result announces nothing more than its
   * heading, the verdict, which the focus reads (once, not twice).
   */
  private show(to: QuizState): void {
    this.at = to;
    this.focusPending = true;
    this.tried = false;
    if (to.phase === 'result') this.finish();
    this.announce(to.phase === 'step' ? this.progressText(progressOf(to, this.path)) : '');
  }

  /** "Step 2 of 9", or "Step 1 of up to 9" while an answer ahead may still end the quiz sooner. */
  private progressText({ n, total, known }: Progress): string {
    return this.t(known ? 'progress' : 'progressUpTo', { n, total });
  }

  /** Says `text` in the live region once, even when it is what the region said last. */
  private announce(text: string): void {
    this.announcement = text;
    this.fresh = true;
    this.requestUpdate();
  }

  /** The reader confirms a step's preselected (prefilled) answers by pressing Next: they count from now on. */
  private confirm(step: Step): void {
    const given = this.groupState.value?.answers ?? {};
    const answers = this.onScreen(step);
    if (answers !== given) this.publishAnswers(answers);
  }

  /** The reader's answers with what the screen shows them preselected (a host's prefill on this step). */
  private onScreen(step: Step | undefined): Answers {
    let answers = this.groupState.value?.answers ?? {};
    for (const q of step?.questions ?? []) {
      const given = answerOf(this.prefill, q.id);
      if (answerOf(answers, q.id) === undefined && given !== undefined) answers = withValue(answers, q.id, given);
    }
    return answers;
  }

  /** Publishes an answer to the group, then tells the host which question it was. */
  private answer(q: Question, value: unknown): void {
    // What this screen shows counts with the answer; a host's prefill on later screens does not yet.
    this.publishAnswers(withValue(this.onScreen(this.steps[this.at.index]), q.id, value));
    const advice = value === undefined || Array.isArray(value) ? undefined : own(q.advice, String(value));
    if (advice) this.announce(advice);
    else this.announcement = '';
    // The whole quiz's length: a path that shrinks after a "yes" would tell which question it was.
    // Invariant 16: no event for a screening answer. Which health question a reader answered
    // last, where the quiz then ended, would tell a pregnancy from a cold.
    if (announcesAnswer(q.id)) this.emit(new LoadwiseAnswerEvent({ questionId: q.id, step: this.at.index + 1, total: this.steps.length }));
  }

  private commitWeight(): void {
    if (!this.weight) return;
    const kg = this.weightKg();
    if (kg !== null && kg !== this.current.bodyWeightKg) {
      const q = this.config.content.questions.find((question) => question.id === 'bodyWeightKg');
      if (q) this.answer(q, kg);
    }
  }

  private finish(): void {
    // The reader's own answers and the host's experience and goals answers; a prefilled
    // screening answer counts only once its step was confirmed (see `confirm`).
    const a = this.publishAnswers(merge(prefillThatCounts(this.prefill), this.groupState.value?.answers ?? {}));
    this.emit(new LoadwiseCompleteEvent({ verdict: a.verdict, activity: a.activity, hasPlan: a.load !== null }));
  }

  private weightEntry(): WeightEntry {
    if (this.weight) return this.weight;
    const unit: WeightUnit = this.config.units === 'imperial' ? 'lb' : 'kg';
    const kg = this.current.bodyWeightKg;
    return { text: kg === undefined ? '' : String(Math.round((unit === 'kg' ? kg : kgToLb(kg)) * 10) / 10), unit, bad: false };
  }

  /** The weight entered, in kg: undefined when empty, null when not a valid weight. */
  private weightKg(): number | null | undefined {
    if (!this.weight) return this.current.bodyWeightKg;
    const { text, unit, bad } = this.weight;
    if (text.trim() === '' && !bad) return undefined;
    const value = Number(text);
    const kg = Math.round((unit === 'kg' ? value : lbToKg(value)) * 100) / 100;
    return !bad && Number.isFinite(value) && isValid('bodyWeightKg', kg) ? kg : null;
  }

  private readAnswers(input: unknown, content: ContentPack): Answers {
    if (input === undefined || input === null) return {};
    if (!isObject(input) || input instanceof InvalidJson) {
      this.report('answers', 'an object of answers', input);
      return {};
    }
    const { answers, invalid } = validateAnswers(input, customQuestionIds(content));
    if (invalid.length > 0) this.report('answers', `valid values for ${invalid.join(', ')}`, input);
    return answers;
  }

  /** Reports an invalid `answers` or `ctas` value once, naming what is expected. */
  private report(name: string, expected: string, value: unknown): void {
    const text = shown(value);
    this.reportOnce(`input:${name}`, text, `"${name}" expects ${expected}; got ${text}.`);
  }
}
