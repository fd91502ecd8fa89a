/**
 * What the picker shows only after the reader acts, in one lazy chunk prefetched while the page is
 * idle: "how to do it", the chosen card's next step, the excluded list, the announcements' words,
 * and the comparison (./alternatives.compare.ts, bundled into this chunk).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Alternative, RankedAlternative } from '../../core/engine.js';
import { rankingChange } from '../../core/rules/ranking-change.js';
import { later, type PickerView } from './alternatives.view.js';

export { renderComparison, compareStyles } from './alternatives.compare.js';
export { later };

/** The steps, the starting dose, the progression, who it is not for, and the sources. */
export function renderHowTo(view: PickerView, alt: Alternative): TemplateResult {
  return html`<ol class="steps">
      ${alt.howTo.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    <p><strong>${later(view, 'dose')}:</strong> ${alt.howTo.dose}</p>
    <p><strong>${later(view, 'progression')}:</strong> ${alt.howTo.progression}</p>
    ${alt.contraindications.length
      ? html`<p><strong>${later(view, 'notFor')}:</strong></p>
          <ul class="bullets">
            ${alt.contraindications.map((c) => html`<li>${c}</li>`)}
          </ul>`
      : nothing}
    <p class="small">${view.config.content.ui['sources'] ?? 'Sources'}: ${alt.sources.map((source, i) => html`${i ? '; ' : ''}${view.renderSource(source, `alternatives[${alt.id}].sources[${i}].url`)}`)}</p>`;
}

/**
 * The chosen card's next step: a titled panel with how to start and the host's calls to action
 * for this option (`links`), right below the "Choose this" button.
 */
export function renderNextStep(view: PickerView, alt: Alternative, links: readonly TemplateResult[]): TemplateResult {
  return html`<div class="next" part="next-step">
    ${view.heading(later(view, 'nextStep'), { id: `lw-n-${alt.id}`, cls: 'sub', depth: 3 })}
    ${renderHowTo(view, alt)}
    ${links.length ? html`<p class="actions">${links}</p>` : nothing}
  </div>`;
}

/** The options ruled out, each with the first reason (the core's). */
export function renderExcludedList(view: PickerView, excluded: readonly RankedAlternative[]): TemplateResult {
  return html`<p class="small">${later(view, 'excludedHelp')}</p>
    <ul class="bullets">
      ${excluded.map((r) => html`<li><strong>${r.alternative.title}</strong>: <bdi>${r.why[0]?.text}</bdi></li>`)}
    </ul>`;
}

/**
 * What a reader's change did to the ranking, in one sentence for the live region: how many
 * options it ruled out or brought back, and the first option, new or still the same.
 */
export function announceChange(view: PickerView, before: readonly RankedAlternative[], after: readonly RankedAlternative[]): string {
  const change = rankingChange(before, after);
  const name = after[0]?.alternative.title ?? '';
  return [
    change.ruledOut ? later(view, 'announceOut', { count: change.ruledOut }) : '',
    change.back ? later(view, 'announceBack', { count: change.back }) : '',
    change.first === null ? view.t('none') : later(view, change.newFirst ? 'announceFirst' : change.moved ? 'announceMoved' : 'announceSame', { name }),
  ]
    .filter(Boolean)
    .join(' ');
}

/** The next step's styles, adopted by the picker once this chunk is loaded. */
export const nextStyles = css`
  .steps,
  .bullets {
    padding-inline-start: 20px;
    list-style: decimal;
  }

  .bullets {
    list-style: disc;
  }

  details > * + * {
    margin-block-start: 8px;
  }

  .excluded li + li {
    margin-block-start: 8px;
  }

  /* Chosen: filled, with the drawn check mark of the shared toggle style. */
  .choose[aria-pressed='true'] {
    border-color: var(--_loadwise-accent);
    background: var(--_loadwise-accent);
    color: var(--_loadwise-surface);
  }

  .card[data-chosen] {
    border-color: var(--_loadwise-accent);
    box-shadow: inset 0 0 0 1px var(--_loadwise-accent);
  }

  .chosen-note {
    font-weight: 600;
    color: var(--_loadwise-accent);
  }

  /* Printing comes after the first screen: these rules come with this chunk. */
  @media print {
    .inputs,
    .actions,
    .compare-bar,
    .forget {
      display: none;
    }

    details > * {
      display: block;
    }
  }

  @media (forced-colors: active) {
    .card[data-chosen] {
      outline: 3px solid Highlight;
    }

    .choose[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }

  .next {
    display: grid;
    gap: 8px;
    padding: 12px;
    border-inline-start: 4px solid var(--_loadwise-accent);
    background: color-mix(in srgb, var(--_loadwise-accent) 8%, var(--_loadwise-surface));
  }
`;
