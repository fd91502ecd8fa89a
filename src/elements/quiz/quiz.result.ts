/**
 * The quiz's result below its heading and summary: reasons with the answers behind them and their
 * sources, the plan, what to do instead, what to do next (with a way to the group's picker or
 * explainer when one is on the page), host links and the controls. A chunk of its own, loaded
 * after the first screen (DESIGN §4); Print loads another (quiz.print.ts). Every decision comes
 * from the core.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  answerOf,
  attachCtas,
  formatMinutes,
  formatNumber,
  formatWeight,
  kgToLb,
  nextStepOf,
  offerOf,
  rankAlternativesWith,
  verdictTextWith,
  visibleCtas,
  type Answers,
  type Assessment,
  type ContentPack,
  type Cta,
  type Goal,
  type LoadPlan,
  type Offer,
  type Reason,
  type Source,
  type WeightUnit,
} from '../../core/engine.js';
import { answersBehindWith, planTextWith, reasonsShown } from '../../core/rules/result.js';
import { list } from '../../core/text.js';
import { ctaLink } from '../../internal/ctas.js';
import { lookup } from '../../controllers/localize-controller.js';
import type { HeadingOptions } from '../../base/loadwise-element.js';
import { quizNext } from '../../i18n/en.quiz-next.js';
import type { QuizStringKey } from './quiz.strings.js';

/** For the print summary's chunk, which takes them from this one (see PrintKit in quiz.print.ts). */
export { planTextWith, reasonsShown };

/** The result's own strings (en.quiz-next.ts), `quiz.<key>` in a pack's `ui` as the others. */
export type NextKey = keyof typeof quizNext;

/** The result's own styles, adopted by the quiz when this chunk arrives. */
export const resultStyles = css`
  .because,
  .source {
    display: block;
    margin-block-start: 4px;
  }

  .answers {
    margin: 0;
    font-size: 0.875em;
  }

  .facts {
    display: grid;
    gap: 8px;
  }

  .facts > div {
    padding: 8px 12px;
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
  }

  .facts dt {
    font-size: 0.875em;
  }

  .facts dd {
    margin: 0;
    font-weight: 600;
  }

  .lists {
    display: grid;
    gap: 0 24px;
  }

  .ctas {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-block-start: 16px;
    padding: 0;
    list-style: none;
  }

  .ctas li + li {
    margin-block-start: 0;
  }

  .cta {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 8px 16px;
    border: 1px solid var(--_loadwise-accent);
    border-radius: var(--_loadwise-radius);
    font-weight: 600;
  }

  .section {
    margin-block: 20px 12px;
    font-size: 1.125em;
  }

  .sub {
    margin-block: 0 4px;
    font-size: 1em;
  }

  .go {
    margin-block-start: 4px;
  }

  .instead .cta {
    min-block-size: 0;
    padding: 0;
    border: 0;
  }

  /* The page printed as it is (the browser's Print, not the quiz's): the result without its controls. */
  @media print {
    .base {
      min-block-size: 0;
      padding: 0;
      border: 0;
      background: none;
      color: #000;
    }
    .screen {
      max-inline-size: none;
      animation: none;
    }
    .nav,
    .progress,
    .hint,
    .ctas,
    .ctas-note,
    .cta,
    button {
      display: none !important;
    }
    .result a[href]::after {
      content: ' (' attr(href) ')';
    }
    li,
    .facts > div {
      break-inside: avoid;
    }
  }

  @container loadwise (min-width: 480px) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container loadwise (min-width: 720px) {
    .lists {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;

/** What the result needs of the quiz element. */
export interface ResultView {
  content: ContentPack;
  locale: string;
  links: readonly Cta[];
  t(key: QuizStringKey, values?: Readonly<Record<string, string | number>>): string;
  /** A source, as every widget shows one. */
  source(source: Source, field: string): TemplateResult;
  /** The reader followed a host link. */
  follow(cta: Cta, context: string): void;
  back(): void;
  restart(): void;
  /** The "forget my answers" button, or nothing. */
  forget: TemplateResult | typeof nothing;
  /** A heading at the page's level plus `depth` (the element's `heading()`). */
  heading(content: unknown, options?: HeadingOptions): TemplateResult;
  /** The quiz's group: the picker and explainer it leads to are the group's. */
  group: string;
  /** The unit the reader entered their weight in (else the widget's units'): weights show in it first. */
  weightUnit: WeightUnit;
}

/** A string of the result's own (en.quiz-next.ts), in the widget's language. */
export function tn(v: ResultView, key: NextKey, values?: Readonly<Record<string, string | number>>): string {
  return lookup(v.content, v.locale, 'quiz', quizNext, key, values);
}

/** A section heading of the result (`depth` 1), or a sub-heading (2). */
const section = (v: ResultView, text: string, depth = 1) => v.heading(text, { depth, cls: depth > 1 ? 'sub' : 'section' });

/** Everything of the result below its heading and summary. */
export function renderResultBody(v: ResultView, a: Assessment): TemplateResult {
  const content = v.content;
  // The words come from the reasons that fired (invariant 13), in this widget's language.
  const words = verdictTextWith(content, a);
  const offer = offerOf(a);
  const reasons = reasonsShown(a);
  // The print summary's chunk, fetched while the page is idle: Print then waits for nothing.
  if (!printChunk) {
    const idle = (globalThis as { requestIdleCallback?: (callback: () => void) => unknown }).requestIdleCallback ?? ((callback: () => void) => setTimeout(callback));
    idle(() => void loadPrint());
  }
  return html`<p class="note">${v.t('disclaimer')}</p>
    ${section(v, v.t('why'))}
    ${reasons.length
      ? html`<ul class="reasons">
          ${reasons.map((r) => renderReason(v, r, a.answers))}
        </ul>`
      : html`<p>${v.t('noFlags')}</p>`}
    ${a.load ? renderPlan(v, a.load, a) : nothing} ${offer.level === 'open' && a.load ? nothing : renderInstead(v, a)}
    ${section(v, v.t('todo'))}
    <ul>
      ${words.advice.map((line) => html`<li>${line}</li>`)}
    </ul>
    ${renderNext(v, offer)} ${renderLinks(v, a)}
    <div class="nav controls">
      <button type="button" class="secondary" part="button" @click=${v.back}>${v.t('back')}</button>
      <button type="button" class="secondary" part="button" @click=${v.restart}>${v.t('restart')}</button>
      <button type="button" class="primary" part="button" @click=${(e: Event) => print(v, a, e.currentTarget as Element)}>${v.t('print')}</button>
      ${v.forget}
    </div>`;
}

function renderReason(v: ResultView, reason: Reason, answers: Answers): TemplateResult {
  const content = v.content;
  const given = answersBehindWith(content, reason.id, answers);
  // A locked rule's text from this widget's pack: the group's assessment may come from a widget
  // in another language (a pack's own rules are the pack's, and so are their texts).
  return html`<li>
    <bdi>${content.reasons[reason.id] ?? reason.text}</bdi>
    ${given.length
      ? html`<span class="because">${v.t('because')}</span>
          <ul class="answers">
            ${given.map((id) => html`<li><bdi>${questionText(v, id)}</bdi> <b>${answerText(v, id, answerOf(answers, id))}</b></li>`)}
          </ul>`
      : nothing}
    ${reason.source ? html`<span class="source">${v.t('source')} ${v.source(reason.source, `reasons[${reason.id}].source.url`)}</span>` : nothing}
  </li>`;
}

/** The plan's numbers, from the core's locked tables (invariant 14): the result's and the print summary's. */
export function renderFacts(v: ResultView, load: LoadPlan): TemplateResult {
  const locale = v.locale;
  const extra = load.extraKcal;
  const fact = (key: QuizStringKey, value: string) => html`<div><dt>${v.t(key)}</dt><dd>${value}</dd></div>`;
  const sessions = load.sessionsPerWeek;
  return html`<dl class="facts">
      ${fact('startLoad', weightText(v, load.perAnkleKg.start, load.perAnkleLb.start))}
      ${fact('maxLoad', weightText(v, load.perAnkleKg.max, load.perAnkleLb.max))}
      ${fact(
        'sessions',
        sessions.start === sessions.max ? formatNumber(sessions.max, locale) : v.t('sessionsValue', { start: formatNumber(sessions.start, locale), max: formatNumber(sessions.max, locale) }),
      )}
      ${fact('minutes', v.t('minutesValue', { minutes: formatMinutes(load.minutesPerSession.max, locale) }))}
      ${extra
        ? fact('extra', v.t('extraValue', { typical: formatNumber(extra.typical, locale), high: formatNumber(extra.high, locale), kcal: v.t('kcal') }))
        : nothing}
    </dl>`;
}

function renderPlan(v: ResultView, load: LoadPlan, a: Assessment): TemplateResult {
  // Every number in the plan's texts comes from the core's locked tables (invariant 14).
  const plan = planTextWith(v.content, a.activity, a.verdict);
  return html`${section(v, v.t('plan'))}
    ${renderFacts(v, load)}
    ${section(v, v.t('progression'), 2)}
    <p>${plan.progression}</p>
    <div class="lists">
      ${([
        ['warmUp', plan.warmUp],
        ['formCues', plan.formCues],
        ['stopSigns', plan.stopSigns],
      ] as const).map(
        ([key, items]) => html`<div>
          ${section(v, v.t(key), 2)}
          <ul>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>
        </div>`,
      )}
    </div>`;
}

/**
 * What to do instead: the core's ranking under the core's offer (invariant 10), the same that
 * the picker shows. After chest pain, a warning sign or an illness, nothing is offered.
 */
function renderInstead(v: ResultView, a: Assessment): TemplateResult {
  const content = v.content;
  const offer = offerOf(a);
  const ranked = attachCtas(rankAlternativesWith(content, { assessment: a }), v.links, a.verdict)
    .filter((entry) => !entry.alternative.excluded)
    .slice(0, 3);
  return html`${section(v, v.t('instead'))}
    ${offer.note ? html`<p class="offer">${content.messages[offer.note]}</p>` : nothing}
    ${ranked.length
      ? html`<ul class="instead">
          ${ranked.map(
            ({ alternative, ctas }) => html`<li>
              <b>${alternative.alternative.title}</b>: <bdi>${alternative.alternative.summary}</bdi>
              ${ctas.map((cta) => html` ${renderLink(v, cta, alternative.id)}`)}
            </li>`,
          )}
        </ul>`
      : nothing}
    ${ranked.some(({ ctas }) => ctas.length > 0) && generalLinks(v, a).length === 0
      ? html`<p class="note ctas-note" id="ctas-note">${v.t('commercial')}</p>`
      : nothing}
    ${offer.level === 'nothing' ? nothing : html`<p class="professional">${v.t('professional')}</p>`}`;
}

function generalLinks(v: ResultView, a: Assessment): Cta[] {
  return visibleCtas(
    v.links.filter((cta) => cta.alternativeId === undefined),
    a.verdict,
    offerOf(a).level,
  );
}

function renderLinks(v: ResultView, a: Assessment): TemplateResult | typeof nothing {
  const verdict = a.verdict;
  const links = generalLinks(v, a);
  if (links.length === 0) return nothing;
  return html`<ul class="ctas" role="list">
      ${links.map((cta) => html`<li>${renderLink(v, cta, verdict)}</li>`)}
    </ul>
    <p class="note ctas-note" id="ctas-note">${v.t('commercial')}</p>`;
}

function renderLink(v: ResultView, cta: Cta, context: string): TemplateResult {
  return ctaLink(cta, () => v.follow(cta, context), 'ctas-note');
}

export function weightText(v: ResultView, kg: number, lb: number): string {
  const locale = v.locale;
  const [value, other] = v.weightUnit === 'lb' ? [formatWeight(lb, 'lb', locale), formatWeight(kg, 'kg', locale)] : [formatWeight(kg, 'kg', locale), formatWeight(lb, 'lb', locale)];
  return v.t('both', { value, other });
}

export function questionText(v: ResultView, id: string): string {
  return v.content.questions.find((q) => q.id === id)?.text ?? id;
}

export function answerText(v: ResultView, id: string, value: unknown): string {
  const content = v.content;
  if (typeof value === 'boolean') return v.t(value ? 'yes' : 'no');
  if (typeof value === 'number') return weightText(v, value, Math.round(kgToLb(value) * 10) / 10);
  if (Array.isArray(value)) return list(value.map((goal: Goal) => content.labels.goals[goal]), v.locale);
  return content.questions.find((q) => q.id === id)?.options?.[String(value)] ?? String(value);
}


// ---- The next step on the page ------------------------------------------------------------------

const PICKER = 'loadwise-alternatives';
const EXPLAINER = 'loadwise-pros-cons';

/** Every element matching `selector` on the page, in open shadow roots too (a CMS block's). */
function allOnPage(selector: string, root: Document | ShadowRoot = document, found: HTMLElement[] = []): HTMLElement[] {
  found.push(...root.querySelectorAll<HTMLElement>(selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) allOnPage(selector, el.shadowRoot, found);
  return found;
}

/** A widget's group: the one it resolved once rendered, else its attribute's or its provider's. */
function groupOf(el: HTMLElement): string {
  // `config` is protected in TypeScript only: read as a plain field, and checked.
  const widget = el as unknown as { hasUpdated?: boolean; config?: { group?: unknown } };
  const group = widget.hasUpdated ? widget.config?.group : undefined;
  if (typeof group === 'string') return group;
  let provider: Element | null = el;
  while (provider && !provider.matches('loadwise-provider[group]')) provider = provider.parentElement ?? ((provider.getRootNode() as Partial<ShadowRoot>).host ?? null);
  return el.getAttribute('group') ?? provider?.getAttribute('group') ?? 'default';
}

/** The first widget of a kind on the page in the quiz's group. */
function widgetOf(tag: string, group: string): HTMLElement | undefined {
  return allOnPage(tag).find((el) => el.isConnected && groupOf(el) === group);
}

/**
 * Where the result leads: the group's picker (else its explainer) when one is on the page, with a
 * line naming the widgets that now reflect the answers. Nothing when neither is on the page.
 */
function renderNext(v: ResultView, offer: Offer): TemplateResult | typeof nothing {
  const picker = widgetOf(PICKER, v.group);
  const explainer = widgetOf(EXPLAINER, v.group);
  // A reader told to stop is not sent to "other ways to reach your goal": the core decides where a result leads.
  const step = nextStepOf(offer, { picker: !!picker, explainer: !!explainer });
  const target = step === 'picker' ? picker : step === 'explainer' ? explainer : undefined;
  if (!target) return nothing;
  return html`<p class="next">${tn(v, picker && explainer ? 'nextBoth' : picker ? 'nextPicker' : 'nextExplainer')}</p>
    <button type="button" class="secondary go" part="button" @click=${() => goTo(target)}>${tn(v, step === 'picker' ? 'nextToPicker' : 'nextToExplainer')}</button>`;
}

/** Scrolls a widget into view and moves focus to its main heading (else to the widget itself). */
export function goTo(target: HTMLElement): void {
  const heading = target.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]');
  target.scrollIntoView({ block: 'start' });
  if (heading?.hasAttribute('tabindex')) return heading.focus({ preventScroll: true });
  // No heading to focus: the host, focusable for as long as it holds focus.
  if (!target.hasAttribute('tabindex')) {
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
}

// ---- Print ----------------------------------------------------------------------------------------

let printChunk: Promise<typeof import('./quiz.print.js')> | undefined;

/** The print summary's chunk, loaded once: on Print, or while the page is idle after a result. */
export const loadPrint = () => (printChunk ??= import('./quiz.print.js'));

/** Prints the summary (its chunk loaded first), from the quiz the button is in. */
function print(v: ResultView, a: Assessment, from: Element): void {
  void loadPrint().then((m) => m.printSummary({ answerText, questionText, renderFacts, tn, planTextWith, reasonsShown }, v, a, from));
}
