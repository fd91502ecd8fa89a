import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  CERTAINTIES,
  TOPICS,
  claimsWith,
  faqWith,
  firstScreenCount,
  formatNumber,
  formatWeight,
  forYouWith,
  pickClaims,
  sortByCertainty,
  tallyEvidence,
  type ClaimView,
  type Topic,
} from '../../core/engine.js';
import { formatDate, formatRange, listFormat } from '../../core/intl.js';
import { LoadwiseElement, flag } from '../../base/loadwise-element.js';
import { provideEnglishClaimDetails, provideEnglishClaims } from '../../internal/english.js';
import { claims } from '../../content/en.claims.js';
import { widgetStyles } from '../../styles/widget.styles.js';
import { prosConsStyles } from './pros-cons.styles.js';
import { PROS_CONS_FAQ, PROS_CONS_STRINGS, loadFaqStrings } from './pros-cons.strings.js';

type Kind = ClaimView['kind'];
type Layout = 'columns' | 'list';
const KINDS: readonly Kind[] = ['benefit', 'risk'];
const LAYOUTS: readonly Layout[] = ['columns', 'list'];

/** The English claims' details and the common questions' answers, loading or loaded: one load per page. */
let detailsLoad: Promise<void> | undefined;
let detailsLoaded = false;

/**
 * Benefits and risks of running with ankle weights, with equal weight: two columns with the same
 * number of claims on the first screen, each claim with our rating of the evidence (a certainty
 * badge with a text label), an expandable detail (numbers, mechanism, what lowers the risk,
 * sources, review date), topic filters, an order (suggested, or strongest evidence first) and
 * common questions grounded in the claims. Once the group has an assessment (a quiz anywhere on the
 * page), the claims that apply to the reader are marked and moved to the top, and a line under the
 * introduction says so. The explainer announces only what the reader does in it (the topic
 * filters); what a quiz changes is not announced here (the quiz announces its own result).
 *
 * Its headings follow `heading-level`; the title is a focus target (`tabindex="-1"`) for a quiz's
 * link to it. With `label`, the explainer is a region landmark of that name; without, it is no
 * landmark (two explainers on a page then never share a landmark name).
 *
 * A light-DOM fallback (see `prosConsFallback`) is shown by browsers and crawlers until the
 * element upgrades; the shadow root, which has no slot, then replaces it.
 *
 * @tag loadwise-pros-cons
 * @summary Evidence-graded benefits and risks, marked "applies to you" once the group has an assessment.
 * @csspart base - The wrapper (the container of the container queries).
 * @csspart heading - The title (a focus target).
 * @csspart updated - The line saying the list reflects the reader's quiz answers, and how many claims apply.
 * @csspart for-you - "What this means for you": the quiz verdict and the risks behind it.
 * @csspart filters - The topic chips.
 * @csspart chip - A topic chip (a toggle button).
 * @csspart sort - The order: a label and a select.
 * @csspart legend - The certainty legend (a disclosure).
 * @csspart column - A column (benefits or risks), headed; also `column-benefit` or `column-risk`.
 * @csspart claim - One claim (a card).
 * @csspart claim-toggle - The claim's title: the button that expands its detail.
 * @csspart badge - A certainty badge.
 * @csspart applies - The "applies to you" note of a claim or a common question.
 * @csspart claim-detail - A claim's expandable detail.
 * @csspart more - "Show all" under a column.
 * @csspart faq - The common questions, headed.
 * @csspart faq-item - One common question (a disclosure).
 * @csspart disclaimer - The "not medical advice" line.
 * @csspart forget - "Forget my answers" (with `persist`).
 * @cssprop --loadwise-pros-cons-marker - Colour of the "applies to you" mark. Default: the accent.
 */

export class LoadwiseProsCons extends LoadwiseElement {
  static override styles = [...LoadwiseElement.styles, widgetStyles, prosConsStyles];

  static {
    // The English claims come with the explainer, the one widget that shows them.
    provideEnglishClaims(claims);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The claims' details load after the first paint, while the page is idle (at once when every
    // claim is open): no reader action waits for the network.
    if (this.open) void this.loadDetails();
    else {
      const idle = (globalThis as { requestIdleCallback?: (callback: () => void) => unknown }).requestIdleCallback ?? ((callback: () => void) => setTimeout(callback));
      idle(() => void this.loadDetails());
    }
  }

  /** Resolves once rendered, with the details of any open claim. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (detailsLoad && !detailsLoaded) {
      await detailsLoad;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Loads the English claims' details and the questions' answers once per page, then renders again. */
  private loadDetails(): Promise<void> {
    detailsLoad ??= Promise.all([import('../../content/en.claim-details.js').then((m) => provideEnglishClaimDetails(m.claimDetails)), loadFaqStrings()]).then(() => {
      detailsLoaded = true;
    });
    return detailsLoad.then(() => this.requestUpdate());
  }

  /** Reactive properties and attributes (Lit `static properties`: no decorator runtime in the bundles). */
  static override properties: PropertyDeclarations = {
    topics: { state: true, attribute: false },
    sorted: { state: true, attribute: false },
    toggled: { state: true, attribute: false },
    more: { state: true, attribute: false },
    status: { state: true, attribute: false },
    claims: {},
    layout: {},
    open: flag,
    faq: {},
  };

  /** Topics the reader filtered on; none means all. */
  private topics: Topic[] = [];
  /** Sorted by certainty (strongest first) rather than relevance and pack order. */
  private sorted = false;
  /** Claims the reader expanded or collapsed (the rest follow `open`). */
  private toggled: Record<string, boolean> = {};
  /** Columns the reader asked to show in full. */
  private more: Kind[] = [];
  /** The text of the polite live region. */
  private status = '';

  /** Show only these claims: a comma-separated list of claim ids. Unknown ids are reported in the console. */
  claims?: string;

  /** `columns` (side by side from 640 px of width, stacked below) or `list` (always stacked). Default: `columns`. */
  layout?: 'columns' | 'list';

  /** Expand every claim, the legend and the common questions. `open="false"` (or the string `"false"` as the property) is off, as React writes `open={false}`. */
  open = false;

  /** `off` hides the common questions. Default: `on`. */
  faq?: 'on' | 'off';

  private views: ClaimView[] = [];
  private lists: Record<Kind, ClaimView[]> = { benefit: [], risk: [] };
  private firstScreen = 0;
  private announceCounts = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open')) this.toggled = {};
    const { assessment } = this;
    this.views = this.subset(claimsWith(this.config.content, { assessment }));
    for (const kind of KINDS) {
      const list = this.views.filter((v) => v.kind === kind && (this.topics.length === 0 || this.topics.includes(v.topic)));
      this.lists[kind] = this.sorted ? sortByCertainty(list) : list;
    }
    const { benefit, risk } = this.lists;
    const relevant = (list: ClaimView[]) => list.filter((v) => v.relevantToYou).length;
    this.firstScreen = firstScreenCount(benefit.length, risk.length, Math.max(relevant(benefit), relevant(risk)));
    // Only the reader's own actions here are announced: what a quiz changes is shown (renderUpdated).
    if (this.announceCounts) {
      this.announceCounts = false;
      this.status = this.t('shown', { benefit: benefit.length, risk: risk.length });
    }
  }

  /** The claims named by `claims`, reporting unknown ids once; every claim when none is known. */
  private subset(all: ClaimView[]): ClaimView[] {
    const ids = (this.claims ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.length === 0) return all;
    const { views, unknown } = pickClaims(all, ids);
    if (unknown.length > 0) {
      this.reportOnce(
        'claims',
        this.claims,
        `attribute "claims" has unknown claim ids ${unknown.map((id) => JSON.stringify(id)).join(', ')}; showing ${views.length ? 'the others' : 'every claim'}.`,
      );
    }
    return views.length ? views : all;
  }

  /** An interface string: `ui['prosCons.<key>']` from the pack, else the English default. */
  private t(key: string, vars?: Record<string, string | number>): string {
    return this.localize.text('prosCons', PROS_CONS_STRINGS, key, vars);
  }

  /** A text the pack usually has in `ui`, unprefixed (sources, reviewed, disclaimer…). */
  private ui(key: string): string | undefined {
    return this.config.content.ui[key] ?? PROS_CONS_STRINGS[key];
  }

  private toggleTopic(topic: Topic): void {
    this.topics = this.topics.includes(topic) ? this.topics.filter((t) => t !== topic) : [...this.topics, topic];
    this.announceCounts = true;
  }

  private button(id: string): HTMLElement | null {
    return this.renderRoot.querySelector(`#lw-b-${id}`);
  }

  private async showAll(kind: Kind): Promise<void> {
    const next = this.lists[kind][this.firstScreen];
    this.more = [...this.more, kind];
    await this.updateComplete;
    if (next) this.button(next.id)?.focus();
  }

  /** Follows a link to a claim: reveals it (clearing filters if they hide it), expands it and focuses it. */
  private async goTo(event: Event, claim: ClaimView): Promise<void> {
    event.preventDefault();
    this.toggled = { ...this.toggled, [claim.id]: true };
    await this.updateComplete;
    if (!this.button(claim.id)) {
      this.topics = [];
      this.more = [...this.more, claim.kind];
      await this.updateComplete;
    }
    this.button(claim.id)?.focus();
  }

  protected override renderWidget() {
    const { content } = this.config;
    const layout = this.checkAttribute('layout', this.layout, LAYOUTS) ?? 'columns';
    const topics = TOPICS.filter((topic) => this.views.some((v) => v.topic === topic));
    const label = this.givenLabel;
    return html`<div
      class="base"
      part="base"
      data-theme=${this.config.theme}
      data-layout=${layout}
      lang=${content.locale}
      role=${label ? 'region' : nothing}
      aria-label=${label ?? nothing}
    >
      ${this.renderDebugNotice()}
      ${this.heading(this.t('heading'), { id: 'lw-title', cls: 'title', part: 'heading', focus: true })}
      <p>${this.t('intro')}</p>
      ${this.renderUpdated()}
      ${this.renderForYou()}
      ${topics.length > 1
        ? html`<fieldset class="tools" part="filters">
            <legend>${this.t('topics')}</legend>
            ${topics.map((topic) => this.renderChip(content.labels.topics[topic], this.topics.includes(topic), () => this.toggleTopic(topic)))}
          </fieldset>`
        : nothing}
      <div class="sort" part="sort">
        <label for="lw-sort">${this.t('sort')}</label>
        <select id="lw-sort" @change=${(e: Event) => (this.sorted = (e.target as HTMLSelectElement).value === 'certainty')}>
          <option value="relevance" ?selected=${!this.sorted}>${this.t('sort.relevance')}</option>
          <option value="certainty" ?selected=${this.sorted}>${this.t('sort.certainty')}</option>
        </select>
      </div>
      <details class="legend" part="legend" ?open=${this.open}>
        <summary>${this.t('legend')}</summary>
        <p class="small">${this.ui('evidenceNote')}</p>
        <dl>
          ${CERTAINTIES.map(
            (c) => html`<div>
              <dt><span class="badge" data-certainty=${c}>${content.labels.certainty[c]}</span></dt>
              <dd>${this.t(`certainty.${c}`)}</dd>
            </div>`,
          )}
        </dl>
      </details>
      <div class="cols">${KINDS.map((kind) => this.renderColumn(kind))}</div>
      ${this.renderFaq()}
      ${this.ui('disclaimer') ? html`<p class="small" part="disclaimer">${this.ui('disclaimer')}</p>` : nothing}
      <p class="sr-only" role="status">${this.status}</p>
      ${this.renderForgetButton()}
    </div>`;
  }

  /** Once the group has answers: a visible line (not a live region) saying the list reflects them. */
  private renderUpdated(): TemplateResult | typeof nothing {
    if (!this.assessment) return nothing;
    const count = this.views.filter((v) => v.relevantToYou).length;
    return html`<p class="small" part="updated">${count ? this.t('updated', { count }) : this.t('updatedNone')}</p>`;
  }

  private renderChip(label: string, pressed: boolean, onClick: () => void): TemplateResult {
    return html`<button type="button" class="chip" part="chip" aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${label}</button>`;
  }

  /** Links to claims, joined as a list in the pack's language ("a, b and c"). */
  private renderLinks(claims: ClaimView[]): TemplateResult[] {
    const ids = claims.map((c) => c.id);
    const parts = listFormat(this.config.locale)?.formatToParts(ids) ?? ids.flatMap((value, i) => [...(i ? [{ type: 'literal', value: ', ' }] : []), { type: 'element', value }]);
    return parts.map((part) => {
      const claim = part.type === 'element' ? claims.find((c) => c.id === part.value) : undefined;
      return claim ? html`<a href="#lw-b-${claim.id}" @click=${(e: Event) => this.goTo(e, claim)}>${claim.title}</a>` : html`${part.value}`;
    });
  }

  private renderForYou(): TemplateResult | typeof nothing {
    const forYou = forYouWith(this.config.content, this.assessment);
    if (!forYou) return nothing;
    const risks = forYou.risks.filter((r) => this.views.some((v) => v.id === r.id));
    let after: unknown = nothing;
    if (risks.length) after = html`${this.t('drivers')} ${this.renderLinks(risks)}`;
    else if (!forYou.risks.length) after = this.t('none');
    return html`<p class="mark" part="for-you">
      <strong>${this.t('forYou')}</strong> ${this.t('result', { verdict: this.config.content.verdicts[forYou.verdict].title })} ${after}
    </p>`;
  }

  private renderColumn(kind: Kind): TemplateResult | typeof nothing {
    if (!this.views.some((v) => v.kind === kind)) return nothing;
    const list = this.lists[kind];
    const shown = this.more.includes(kind) ? list : list.slice(0, this.firstScreen);
    return html`<div class="col" part="column column-${kind}">
      ${this.heading(`${this.t(kind)} (${formatNumber(list.length, this.config.locale)})`, { id: `lw-${kind}`, cls: 'section-title', depth: 1 })}
      <p class="small">${this.t('tally', { ...tallyEvidence(list) })}</p>
      ${list.length
        ? html`<ul class="claims" role="list">
            ${shown.map((claim) => this.renderClaim(claim))}
          </ul>`
        : html`<p>${this.t('empty')}</p>`}
      ${shown.length < list.length
        ? html`<button type="button" class="more" part="more" @click=${() => this.showAll(kind)}>${this.t(`more.${kind}`, { count: list.length })}</button>`
        : nothing}
    </div>`;
  }

  private renderClaim(claim: ClaimView): TemplateResult {
    const { content } = this.config;
    const open = this.toggled[claim.id] ?? this.open;
    return html`<li class="claim" part="claim" ?data-relevant=${claim.relevantToYou}>
      ${this.heading(
        html`<button
          type="button"
          class="toggle disclosure"
          part="claim-toggle"
          id="lw-b-${claim.id}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="lw-d-${claim.id}"
          @click=${() => {
            this.toggled = { ...this.toggled, [claim.id]: !open };
            void this.loadDetails();
          }}
        >
          ${claim.title}
        </button>`,
        { cls: 'item-title', depth: 2 },
      )}
      <p class="small">
        <span class="badge" part="badge" data-certainty=${claim.certainty}>${this.t('evidence')} ${content.labels.certainty[claim.certainty]}</span>
        ${this.t(`type.${claim.evidenceType}`)}
      </p>
      <p>${claim.summary}</p>
      ${claim.relevantToYou ? html`<p part="applies"><strong>${this.t('applies')}</strong> ${claim.why.join(' ')}</p>` : nothing}
      <div class="detail" part="claim-detail" id="lw-d-${claim.id}" ?hidden=${!open}>
        ${claim.detail ? this.renderDetail(claim, open) : nothing}
      </div>
    </li>`;
  }

  /** A claim's detail: its numbers, mechanism, what lowers the risk, sources and review date. */
  private renderDetail(claim: ClaimView, open: boolean): TemplateResult {
    return html`<dl>
          <dt>${this.t('numbers')}</dt>
          <dd>${claim.detail.numbers}</dd>
          <dt>${this.t('mechanism')}</dt>
          <dd>${claim.detail.mechanism}</dd>
          ${claim.detail.reduceRisk ? html`<dt>${this.t('reduceRisk')}</dt><dd>${claim.detail.reduceRisk}</dd>` : nothing}
          <dt>${this.ui('sources')}</dt>
          <dd>
            <ul>
              ${claim.sources.map((source, i) => html`<li>${this.renderSource(source, `claims[${claim.id}].sources[${i}].url`)}</li>`)}
            </ul>
          </dd>
          <dt>${this.ui('reviewed')}</dt>
          <dd><time datetime=${claim.reviewed}>${open ? formatDate(claim.reviewed, this.config.locale) : nothing}</time></dd>
        </dl>`;
  }

  private renderFaq(): TemplateResult | typeof nothing {
    if (this.checkAttribute('faq', this.faq || undefined, ['on', 'off']) === 'off') return nothing;
    const { assessment } = this;
    const items = faqWith(PROS_CONS_FAQ, this.views, assessment);
    if (items.length === 0) return nothing;
    const load = assessment?.load;
    const { locale, units } = this.config;
    const unit = units === 'imperial' ? 'lb' : 'kg';
    const perAnkle = load && (unit === 'lb' ? load.perAnkleLb : load.perAnkleKg);
    const vars: Record<string, string | number> = load
      ? {
          start: formatWeight(perAnkle!.start, unit, locale),
          max: formatWeight(perAnkle!.max, unit, locale),
          sessions:
            load.sessionsPerWeek.start === load.sessionsPerWeek.max
              ? load.sessionsPerWeek.max
              : formatRange(load.sessionsPerWeek.start, load.sessionsPerWeek.max, locale),
        }
      : {};
    return html`<div class="faq" part="faq">
      ${this.heading(this.t('faq'), { id: 'lw-faq', cls: 'section-title', depth: 1 })}
      <div>
        ${items.map(
          (item) => html`<details part="faq-item" ?open=${this.open}>
            <summary>${this.t(`faq.${item.id}.q`)}</summary>
            ${detailsLoaded || this.config.content.ui[`prosCons.faq.${item.id}.a`] !== undefined
              ? html`<p>${this.t(`faq.${item.id}.a`)}</p>
                  ${item.personal.map((key) => html`<p class="mark" part="applies">${this.t(`faq.${item.id}.${key}`, vars)}</p>`)}`
              : nothing}
            <p class="small">${this.t('basedOn')} ${this.renderLinks(item.claims)}</p>
          </details>`,
        )}
      </div>
    </div>`;
  }
}
