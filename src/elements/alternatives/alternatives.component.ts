import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  EQUIPMENT,
  GOALS,
  attachCtas,
  fitOf,
  formatNumber,
  inputsFromAnswers,
  offerOf,
  rankAlternativesWith,
  splitReasons,
  standingChoice,
  type Assessment,
  type Cta,
  type Equipment,
  type Goal,
  type RankInput,
  type RankedAlternative,
  type WhyItem,
} from '../../core/engine.js';
import { initialState, type GroupState } from '../../core/state/store.js';
import { list } from '../../core/text.js';
import { LoadwiseCtaEvent, LoadwiseSelectEvent } from '../../events/events.js';
import { ctaLink, readCtas, shown } from '../../internal/ctas.js';
import { LoadwiseElement, json } from '../../base/loadwise-element.js';
import { widgetStyles } from '../../styles/widget.styles.js';
import { alternativesStyles } from './alternatives.styles.js';
import { ALTERNATIVES_STRINGS, MINUTE_CHOICES } from './alternatives.strings.js';
import type { alternativesLater } from '../../i18n/en.alternatives-later.js';

type LaterKey = keyof typeof alternativesLater;

type StringKey = keyof typeof ALTERNATIVES_STRINGS;
type Entry = { alternative: RankedAlternative; ctas: Cta[] };
type View = import('./alternatives.view.js').PickerView;

/**
 * The chunk of what is not on the first screen (./alternatives.next.ts): the comparison, the
 * how-to, the next step, the excluded list and the announcements; once loaded, one load per page.
 */
let nextChunk: typeof import('./alternatives.next.js') | undefined;
let nextLoad: Promise<void> | undefined;

/** The most cards a reader can compare side by side. */
const COMPARE_MAX = 3;

/**
 * Ranks the other ways to reach the reader's goal (weighted vest, hills, intervals, strength
 * work, walking or exercises with ankle weights, cycling or swimming, and any alternative in the
 * pack) for their goals and limits, and explains each rank. The ranking is the core's
 * `rankAlternatives`, untouched: calls to action are attached afterwards and never move a card.
 *
 * Once the group has an assessment (a quiz anywhere on the page), its goals and a current joint
 * problem prefill the inputs, which the reader can still change; options the assessment rules out
 * are listed at the end with the reason, and are never ranked.
 *
 * @tag loadwise-alternatives
 * @summary Alternatives to running with ankle weights, ranked for the reader's goals and limits, each rank explained.
 * @example
 * ```html
 * <loadwise-alternatives goals="strength calories"
 *   ctas='[{"id":"vest","label":"Shop weighted vests","href":"https://shop.example/vests","alternativeId":"weighted-vest-walk"}]'>
 * </loadwise-alternatives>
 * ```
 *
 * @csspart base - The wrapper (the container of the container queries).
 * @csspart heading - The title: a focus target (`tabindex="-1"`), so that a quiz's result can link to it.
 * @csspart filters - The goal chips and the limits.
 * @csspart chip - A goal chip (a toggle button).
 * @csspart from-quiz - The note that the inputs come from the reader's quiz answers.
 * @csspart card - One ranked alternative.
 * @csspart fit - A card's fit: words saying which of the reader's goals it serves, and a meter once a goal is chosen.
 * @csspart drawbacks - A card's drawbacks, apart from why it fits.
 * @csspart how-to - A card's "how to do it" disclosure.
 * @csspart choose - A card's "choose this" toggle button.
 * @csspart next-step - The chosen card's next step: how to start, and the card's calls to action.
 * @csspart cta - Each call-to-action link.
 * @csspart compare - The side-by-side comparison.
 * @csspart excluded - The options ruled out, with the reasons (a disclosure).
 * @csspart forget - "Forget my answers" (with `persist`).
 * @cssprop --loadwise-alternatives-min-height - The picker's least height, to match the space a page reserves for `loadwise-alternatives:not(:defined)`. Default 640px.
 *
 * @fires {LoadwiseSelectEvent} loadwise-select - The reader chose an alternative. Detail: `{ alternativeId }`; the choice is also published to the group.
 * @fires {LoadwiseCtaEvent} loadwise-cta - The reader followed a call to action. Detail: `{ ctaId, href, context }`, where `context` is the alternative's id.
 */
export class LoadwiseAlternatives extends LoadwiseElement {
  static override styles = [...LoadwiseElement.styles, widgetStyles, alternativesStyles];

  /** Reactive properties and attributes (Lit `static properties`: no decorator runtime in the bundles). */
  static override properties: PropertyDeclarations = {
    goals: {},
    ctas: json,
    disclosure: {},
    chosenGoals: { state: true, attribute: false },
    jointPain: { state: true, attribute: false },
    equipment: { state: true, attribute: false },
    minutes: { state: true, attribute: false },
    compareIds: { state: true, attribute: false },
    comparing: { state: true, attribute: false },
    opened: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /** Goals to start from, space-separated: `strength`, `endurance`, `speed`, `calories`, `bone`, `toning`. The reader's quiz answers, then the reader's own choice, win over them. */
  goals?: string;

  /** Calls to action per alternative: `[{ id, label, href, alternativeId, kind?: "commerce" | "professional" }]` (an array, or its JSON text as the attribute or the property; bad JSON: a console error and no links). They never change the order or a score. */
  ctas?: Cta[];

  /** The text of the line saying that some links are commercial. It always shows with a CTA; an empty value gives the default text. */
  disclosure?: string;

  /** Goals the reader chose with the chips; null until they touch one. */
  private chosenGoals: Goal[] | null = null;
  /** "I have joint pain", once the reader touched it. */
  private jointPain: boolean | null = null;
  private equipment: Equipment[] = [];
  private minutes: number | null = null;
  /** Cards ticked for comparison, in the order ticked. */
  private compareIds: string[] = [];
  private comparing = false;
  /** Cards whose "how to do it" the reader opened, by id (they follow the card when the ranking changes). */
  private opened: readonly string[] = [];
  /** The text of the polite live region. */
  private status = '';
  /** Flips with each announcement, so that the same words twice still reach the reader. */
  private flip = false;

  private links: Cta[] = [];
  private seenCtas: unknown = undefined;
  private entries: Entry[] = [];
  /** The ranking before the reader's change, to announce what the change did; null when no change of theirs is pending. */
  private announceFrom: RankedAlternative[] | null = null;
  private ranked: RankedAlternative[] = [];
  private lastState: GroupState | undefined;
  private focusPending: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.seenCtas !== this.ctas) {
      this.seenCtas = this.ctas;
      const report = (field: string, expected: string, value: unknown) => this.reportOnce(`input:${field}`, shown(value), `"${field}" expects ${expected}; got ${shown(value)}.`);
      const ids = this.config.content.alternatives.map((a) => a.id);
      this.links = readCtas(this.ctas, report, (value, field) => this.safeUrl(value, field)).filter((cta, i) => {
        if (cta.alternativeId !== undefined && ids.includes(cta.alternativeId)) return true;
        report(`ctas[${i}].alternativeId`, `the id of an alternative: ${ids.map((id) => `"${id}"`).join(', ')}`, cta.alternativeId);
        return false;
      });
    }
    // "Forget my answers" anywhere in the group forgets what the reader told this widget too.
    const state = this.groupState.value;
    if (state === initialState && this.lastState && this.lastState !== initialState) {
      this.chosenGoals = this.jointPain = null;
      this.equipment = this.compareIds = [];
      this.minutes = null;
    }
    this.lastState = state;
    const { assessment } = this;
    const ranked = rankAlternativesWith(this.config.content, this.rankInput(assessment));
    this.ranked = ranked;
    this.entries = attachCtas(ranked, this.links, assessment?.verdict ?? null);
    // A choice that the reader's answers now rule out is no longer a choice (the core's
    // `standingChoice`): cleared as the ranking changes, before anything renders.
    const selected = this.groupState.value?.selectedAlternative ?? null;
    if (standingChoice(ranked, selected) !== selected) this.groupStore.dispatch({ type: 'selected', alternativeId: null });
    const kept = new Set(ranked.filter((r) => !r.excluded).map((r) => r.id));
    if (this.compareIds.some((id) => !kept.has(id))) this.compareIds = this.compareIds.filter((id) => kept.has(id));
    if (this.compareIds.length < 2) this.comparing = false;
    // Announced only after the reader's own changes here, once each, saying what the change did:
    // a quiz elsewhere has its own announcements.
    // The words come with the lazy chunk (prefetched while idle): else once it has loaded.
    if (this.announceFrom && nextChunk) {
      this.say(nextChunk.announceChange(this.view(), this.announceFrom, ranked));
      this.announceFrom = null;
    } else if (this.announceFrom) void this.loadNext();
  }

  /** A string shown only after the reader acts (en.alternatives-later.ts): from the lazy chunk, empty until it is there. */
  private tl(key: LaterKey, values?: Readonly<Record<string, string | number>>): string {
    return nextChunk ? nextChunk.later(this.view(), key, values) : '';
  }

  /** Announces such a string, the lazy chunk loaded first (it is prefetched while the page is idle). */
  private sayLater(key: LaterKey, values?: Readonly<Record<string, string | number>>): void {
    void this.loadNext().then(() => this.say(this.tl(key, values)));
  }

  /** Sets the live region's text: one announcement. */
  private say(text: string): void {
    this.status = text;
    this.flip = !this.flip;
  }

  /** Marks a change of the reader's own: the next render announces what it did to the ranking. */
  private changed(): void {
    this.announceFrom ??= this.ranked;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The comparison's styles come with its chunk: adopted once, beside the picker's own.
    const root = this.renderRoot as ShadowRoot;
    for (const sheet of [nextChunk?.compareStyles.styleSheet, nextChunk?.nextStyles.styleSheet]) {
      if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    if (this.focusPending) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusPending);
      target?.focus();
      // The comparison's heading may wait for its chunk: keep the focus pending until it is there.
      if (target || !this.comparing || nextChunk) this.focusPending = null;
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Prefetch the lazy chunk while the page is idle: no reader action waits for the network.
    const idle = (globalThis as { requestIdleCallback?: (callback: () => void) => unknown }).requestIdleCallback ?? ((callback: () => void) => setTimeout(callback));
    idle(() => void this.loadNext());
  }

  /** Resolves once rendered, the comparison included where it is open. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!nextChunk && nextLoad) {
      await nextLoad;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The goals of the `goals` attribute, reporting unknown ones once. */
  private attributeGoals(): Goal[] {
    const tokens = (this.goals ?? '').split(/[\s,]+/).filter(Boolean);
    const unknown = tokens.filter((g) => !(GOALS as readonly string[]).includes(g));
    if (unknown.length > 0) {
      this.reportOnce('goals', this.goals, `attribute "goals" expects goals from ${GOALS.map((g) => `"${g}"`).join(', ')}, separated by spaces; got ${JSON.stringify(this.goals)}. Ignoring ${unknown.map((g) => JSON.stringify(g)).join(', ')}.`);
    }
    return tokens.filter((g): g is Goal => !unknown.includes(g));
  }

  /** The goals in force: the reader's chips, else the quiz answers, else the `goals` attribute. */
  private activeGoals(assessment: Assessment | null): Goal[] {
    if (this.chosenGoals) return this.chosenGoals;
    const fromQuiz = inputsFromAnswers(assessment).goals;
    return fromQuiz.length ? fromQuiz : this.attributeGoals();
  }

  private activeJointPain(assessment: Assessment | null): boolean {
    return this.jointPain ?? inputsFromAnswers(assessment).jointPain;
  }

  /** Whether any input currently shows a value taken from the quiz answers. */
  private fromQuiz(assessment: Assessment): boolean {
    const quiz = inputsFromAnswers(assessment);
    return (this.chosenGoals === null && quiz.goals.length > 0) || (this.jointPain === null && quiz.jointPain);
  }

  private rankInput(assessment: Assessment | null): RankInput {
    return {
      goals: this.activeGoals(assessment),
      constraints: {
        jointPain: this.activeJointPain(assessment),
        ...(this.equipment.length ? { equipment: this.equipment } : {}),
        ...(this.minutes ? { minutes: this.minutes } : {}),
      },
      assessment,
    };
  }

  /** An interface string: `ui['alternatives.<key>']` from the pack, else the English default. */
  private t(key: StringKey, values?: Readonly<Record<string, string | number>>, defaults: Readonly<Record<string, string>> = ALTERNATIVES_STRINGS): string {
    return this.localize.text('alternatives', defaults, key, values);
  }

  private toggleGoal(goal: Goal): void {
    const goals = this.activeGoals(this.assessment);
    this.chosenGoals = goals.includes(goal) ? goals.filter((g) => g !== goal) : [...goals, goal];
    this.changed();
  }

  private toggleEquipment(item: Equipment, on: boolean): void {
    this.equipment = on ? [...this.equipment, item] : this.equipment.filter((e) => e !== item);
    this.changed();
  }

  private choose(entry: RankedAlternative): void {
    const chosen = this.groupState.value?.selectedAlternative === entry.id;
    this.groupStore.dispatch({ type: 'selected', alternativeId: chosen ? null : entry.id });
    // Focus stays on the pressed button; the next step shows right after it, and is announced.
    this.sayLater(chosen ? 'unchosenAnnounce' : 'chosenAnnounce', { name: entry.alternative.title });
    if (chosen) return;
    void this.loadNext();
    this.emit(new LoadwiseSelectEvent({ alternativeId: entry.id }));
  }

  private toggleCompare(id: string, on: boolean): void {
    this.compareIds = on ? [...this.compareIds, id].slice(0, COMPARE_MAX) : this.compareIds.filter((c) => c !== id);
    const count = this.compareIds.length;
    if (count) this.sayLater('compareCount', { count });
    else this.say(this.t('compareHint'));
  }

  private setComparing(on: boolean): void {
    if (on && this.compareIds.length < 2) return;
    this.comparing = on;
    this.focusPending = on ? '#lw-cmp' : '#lw-cmp-open';
  }

  private follow(cta: Cta, alternativeId: string): void {
    this.emit(new LoadwiseCtaEvent({ ctaId: cta.id, href: cta.href, context: alternativeId }));
  }

  protected override renderWidget() {
    const { content, theme } = this.config;
    const { assessment } = this;
    const ranked = this.entries.filter((e) => !e.alternative.excluded);
    const excluded = this.entries.filter((e) => e.alternative.excluded);
    const anyCta = this.entries.some((e) => e.ctas.length > 0);
    // What the reader's result allows, and how it is offered: the core's decision (invariant 10).
    const offer = offerOf(assessment);
    // The results are a region landmark only when the page names them (`label`): two pickers on a
    // page would otherwise make two landmarks of one name.
    return html`<div class="base" part="base" data-theme=${theme} lang=${content.locale}>
      ${this.renderDebugNotice()}
      ${this.heading(this.t('heading'), { id: 'lw-heading', cls: 'title', part: 'heading', focus: true })}
      <p>${this.t('intro')}</p>
      ${this.renderInputs(assessment)}
      <section class="results" aria-label=${this.givenLabel ?? nothing}>
        ${this.heading(this.t('results'), { id: 'lw-results', cls: 'sub', depth: 1 })}
        <p class="small">
          ${[
            this.t('resultsCount', { count: ranked.length }),
            ranked.length && !this.activeGoals(assessment).length ? this.t('pickGoal') : '',
            ranked[0]?.alternative.kcal30 === null ? this.t('kcalHint') : '',
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
        ${offer.note ? html`<p class="note ask" part="ask-first">${content.messages[offer.note]}</p>` : nothing}
        ${anyCta ? html`<p class="small disclosure" id="lw-disclosure">${this.disclosure?.trim() || this.t('disclosure').trim() || ALTERNATIVES_STRINGS.disclosure}</p>` : nothing}
        ${ranked.length ? this.renderCompareBar() : nothing}
        ${this.comparing ? this.renderComparison(ranked) : nothing}
        ${ranked.length
          ? html`<ol class="cards" role="list">
              ${ranked.map((entry, i) => this.renderCard(entry, i + 1))}
            </ol>`
          : html`<p>${this.t('none')}</p>`}
        ${excluded.length ? this.renderExcluded(excluded) : nothing}
      </section>
      ${content.ui['disclaimer'] ? html`<p class="small">${content.ui['disclaimer']}</p>` : nothing}
      <p class="sr-only" role="status">${this.flip ? html`<span>${this.status}</span>` : html`<span>${this.status}</span>`}</p>
      ${this.renderForgetButton()}
    </div>`;
  }

  private renderInputs(assessment: Assessment | null): TemplateResult {
    const { content } = this.config;
    const goals = this.activeGoals(assessment);
    const jointPain = this.activeJointPain(assessment);
    return html`<div class="inputs" part="filters">
      ${assessment && this.fromQuiz(assessment) ? html`<p class="small note" part="from-quiz">${this.t('fromQuiz')}</p>` : nothing}
      <fieldset class="chips">
        <legend>${this.t('goals')}</legend>
        <p class="small help">${this.t('goalsHelp')}</p>
        ${GOALS.map(
          (goal) =>
            html`<button type="button" class="chip" part="chip" aria-pressed=${goals.includes(goal) ? 'true' : 'false'} @click=${() => this.toggleGoal(goal)}>
              ${content.labels.goals[goal]}
            </button>`,
        )}
      </fieldset>
      <fieldset class="limits">
        <legend>${this.t('limits')}</legend>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${jointPain}
            @change=${(e: Event) => {
              this.jointPain = (e.target as HTMLInputElement).checked;
              this.changed();
            }}
          />
          ${this.t('jointPain')}</label
        >
        <fieldset class="equipment">
          <legend>${this.t('equipment')}</legend>
          ${EQUIPMENT.map(
            (item) =>
              html`<label class="check"
                ><input type="checkbox" .checked=${this.equipment.includes(item)} @change=${(e: Event) => this.toggleEquipment(item, (e.target as HTMLInputElement).checked)} />
                ${content.labels.equipment[item]}</label
              >`,
          )}
        </fieldset>
        <label class="minutes"
          >${this.t('minutes')}
          <select
            @change=${(e: Event) => {
              const value = Number((e.target as HTMLSelectElement).value);
              this.minutes = value > 0 ? value : null;
              this.changed();
            }}
          >
            <option value="" ?selected=${this.minutes === null}>${this.t('anyMinutes')}</option>
            ${MINUTE_CHOICES.map((m) => html`<option value=${m} ?selected=${this.minutes === m}>${this.t('minutesOption', { minutes: formatNumber(m, this.config.locale) })}</option>`)}
          </select>
        </label>
      </fieldset>
    </div>`;
  }

  private renderCompareBar(): TemplateResult {
    const count = this.compareIds.length;
    const ready = count >= 2;
    return html`<div class="compare-bar">
      <button
        type="button"
        id="lw-cmp-open"
        class="button"
        aria-disabled=${ready ? 'false' : 'true'}
        aria-describedby="lw-cmp-hint"
        aria-expanded=${this.comparing ? 'true' : 'false'}
        @click=${() => this.setComparing(!this.comparing)}
      >
        ${this.comparing ? this.tl('closeCompare') : this.t('compare', { count })}
      </button>
      <p class="small" id="lw-cmp-hint">${count >= COMPARE_MAX ? this.tl('compareLimit') : ready ? '' : this.t('compareHint')}</p>
    </div>`;
  }

  /** The fit in words: the core's band and the goals behind it (`fitOf`); with no goal chosen, what the option is best for. */
  private fitText(entry: RankedAlternative): string {
    const { level, goals } = fitOf(entry, this.activeGoals(this.assessment));
    const names = list(goals.map((g) => this.config.content.labels.goals[g]), this.config.locale);
    if (!level) return this.t('fitAllRound', { goals: names });
    const words = this.t(level === 'strong' ? 'fitStrong' : level === 'good' ? 'fitGood' : level === 'partial' ? 'fitPartial' : 'fitWeak');
    return this.t(goals.length ? 'fitGoals' : 'fitNoGoal', { words, goals: names });
  }

  private timeText(entry: RankedAlternative): string {
    const { min, max } = entry.alternative.minutes;
    const locale = this.config.locale;
    return this.t('timeRange', { min: formatNumber(min, locale), max: formatNumber(max, locale) });
  }

  private equipmentText(entry: RankedAlternative): string {
    const { content } = this.config;
    const { equipment } = entry.alternative;
    // "none" listed means that no equipment is needed, whatever else may help.
    return equipment.includes('none') ? content.labels.equipment.none : list(equipment.map((e) => content.labels.equipment[e]), this.config.locale, 'disjunction');
  }

  private kcalText(entry: RankedAlternative): string {
    return entry.kcal30 === null ? this.t('kcalHint') : this.t('kcal', { kcal: formatNumber(entry.kcal30, this.config.locale) });
  }

  private renderCard({ alternative: entry, ctas }: Entry, rank: number): TemplateResult {
    const { content } = this.config;
    const alt = entry.alternative;
    const id = entry.id;
    const chosen = this.groupState.value?.selectedAlternative === id;
    const comparing = this.compareIds.includes(id);
    const full = this.compareIds.length >= COMPARE_MAX && !comparing;
    const goalChosen = this.activeGoals(this.assessment).length > 0;
    const { fits, drawbacks } = splitReasons(entry.why);
    const links = ctas.map((cta) => ctaLink(cta, () => this.follow(cta, id), 'lw-disclosure'));
    const rankText = formatNumber(rank, this.config.locale);
    // A choice made elsewhere in the group: its next step and styles come with the lazy chunk.
    if (chosen && !nextChunk) void this.loadNext();
    return html`<li class="card" part="card" data-id=${id} ?data-chosen=${chosen}>
      ${this.heading(
        html`<span class="rank" aria-hidden="true">${rankText}</span><span class="sr-only">${this.t('rank', { rank: rankText })}: </span><span>${alt.title}</span>`,
        { id: `lw-t-${id}`, cls: 'card-title', depth: 2 },
      )}
      ${chosen ? html`<p class="small chosen-note">${this.t('chosen')}</p>` : nothing}
      <p>${alt.summary}</p>
      <p class="fit" part="fit">
        <span id="lw-f-${id}">${this.fitText(entry)}</span>
        ${goalChosen
          ? html`<meter min="0" max="100" low="45" high="75" optimum="100" value=${fitOf(entry, []).percent} aria-labelledby="lw-f-${id}" aria-valuetext=${this.t('percent', { percent: formatNumber(fitOf(entry, []).percent, this.config.locale) })}></meter>`
          : nothing}
      </p>
      <dl class="facts small">
        <div><dt>${this.t('impact')}</dt><dd>${content.labels.impact[alt.impact]}</dd></div>
        <div><dt>${this.t('time')}</dt><dd>${this.timeText(entry)}</dd></div>
        <div><dt>${this.t('equipmentNeeded')}</dt><dd>${this.equipmentText(entry)}</dd></div>
      </dl>
      ${entry.kcal30 === null ? nothing : html`<p class="small">${this.kcalText(entry)}</p>`}
      ${this.reasons(fits, 'whyFits', `lw-w-${id}`)} ${this.reasons(drawbacks, 'drawbacks', `lw-d-${id}`)}
      ${chosen
        ? nothing
        : html`<details
            part="how-to"
            data-id=${id}
            ?open=${this.opened.includes(id)}
            @toggle=${(e: Event) => {
              const details = e.target as HTMLDetailsElement;
              const which = details.dataset['id']!;
              if (details.open) void this.loadNext();
              if (details.open !== this.opened.includes(which)) this.opened = details.open ? [...this.opened, which] : this.opened.filter((o) => o !== which);
            }}
          >
            <summary>${this.t('howTo')}</summary>
            ${this.opened.includes(id) && nextChunk ? nextChunk.renderHowTo(this.view(), alt) : nothing}
          </details>`}
      <div class="actions">
        <button type="button" class="button choose" part="choose" aria-pressed=${chosen ? 'true' : 'false'} aria-label=${`${this.t('choose')}: ${alt.title}`} @click=${() => this.choose(entry)}>
          ${this.t('choose')}
        </button>
        <label class="check"
          ><input
            type="checkbox"
            aria-label=${`${this.t('compareThis')}: ${alt.title}`}
            .checked=${comparing}
            ?disabled=${full}
            aria-describedby=${full ? 'lw-cmp-hint' : nothing}
            @change=${(e: Event) => this.toggleCompare(id, (e.target as HTMLInputElement).checked)}
          />
          ${this.t('compareThis')}</label
        >
        ${chosen ? nothing : links}
      </div>
      ${chosen && nextChunk
        ? nextChunk.renderNextStep(this.view(), alt, links)
        : nothing}
    </li>`;
  }

  /** A card's titled list of reasons: why it fits, or its drawbacks (`part="drawbacks"`). */
  private reasons(items: readonly WhyItem[], key: 'whyFits' | 'drawbacks', id: string): TemplateResult | typeof nothing {
    return items.length
      ? html`${this.heading(this.t(key), { id, cls: 'sub', depth: 3 })}
          <ul class="why" part=${key === 'drawbacks' ? key : nothing} role="list" aria-labelledby=${id}>
            ${items.map((item) => html`<li data-effect=${item.effect}>${item.text}</li>`)}
          </ul>`
      : nothing;
  }

  /** What the lazy chunk reads of the picker: the picker itself (see ./alternatives.view.ts). */
  private view(): View {
    return this as unknown as View;
  }

  /** Loads the lazy chunk once, then renders again. */
  private loadNext(): Promise<void> {
    nextLoad ??= import('./alternatives.next.js').then((m) => {
      nextChunk = m;
    });
    return nextLoad.then(() => this.requestUpdate());
  }

  /** The comparison, from its chunk (loaded on first use, prefetched while the page is idle). */
  private renderComparison(ranked: Entry[]): TemplateResult | typeof nothing {
    if (!nextChunk) {
      void this.loadNext();
      return nothing;
    }
    return nextChunk.renderComparison(
      this.view(),
      ranked.filter((e) => this.compareIds.includes(e.alternative.id)).map((e) => e.alternative),
    );
  }


  /** The options ruled out: the count at once; the list with the reasons from the lazy chunk. */
  private renderExcluded(excluded: Entry[]): TemplateResult {
    if (!nextChunk) void this.loadNext();
    return html`<details class="excluded" part="excluded" @toggle=${() => void this.loadNext()}>
      <summary>${this.t('excluded', { count: excluded.length })}</summary>
      ${nextChunk ? nextChunk.renderExcludedList(this.view(), excluded.map((e) => e.alternative)) : nothing}
    </details>`;
  }
}
