/**
 * The picker's side-by-side comparison: a chunk of its own, loaded after the first screen and
 * prefetched while the page is idle (DESIGN §4: compare mode is not part of the first screen).
 * Every number and word comes from the element's view of the core's ranking.
 */
import { css, html, type TemplateResult } from 'lit';
import { splitReasons, type RankedAlternative } from '../../core/engine.js';
import { later, type PickerView } from './alternatives.view.js';

/**
 * The comparison of `picked`, in the picker's order. Two layouts of the same facts, one shown at a
 * time by the container's width: a table with one column per option where three columns fit, and
 * below that one block per option, stacked, so that nothing is cut off or scrolls sideways at 320 px.
 */
export function renderComparison(view: PickerView, picked: readonly RankedAlternative[]): TemplateResult {
  const reasons = (r: RankedAlternative, against: boolean) => {
    const { fits, drawbacks } = splitReasons(r.why);
    return (against ? drawbacks : fits).map((w) => w.text).join(' · ') || '–';
  };
  const rows: [string, (r: RankedAlternative) => string][] = [
    [view.t('fit'), (r) => view.fitText(r)],
    [view.t('impact'), (r) => view.config.content.labels.impact[r.alternative.impact]],
    [view.t('time'), (r) => view.timeText(r)],
    [view.t('equipmentNeeded'), (r) => view.equipmentText(r)],
    [view.config.content.ui['kcal'] ?? 'kcal', (r) => view.kcalText(r)],
    [view.t('whyFits'), (r) => reasons(r, false)],
    [view.t('drawbacks'), (r) => reasons(r, true)],
    [later(view, 'dose'), (r) => r.alternative.howTo.dose],
  ];
  return html`<div class="compare" part="compare">
    ${view.heading(later(view, 'compareCaption'), { id: 'lw-cmp', cls: 'sub', depth: 2, focus: true })}
    <div class="wide">
      <table>
        <caption class="sr-only">${later(view, 'compareCaption')}</caption>
        <thead>
          <tr>
            <td></td>
            ${picked.map((r) => html`<th scope="col">${r.alternative.title}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([label, value]) => html`<tr>
              <th scope="row">${label}</th>
              ${picked.map((r) => html`<td>${value(r)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="stacked">
      ${picked.map(
        (r) => html`<div class="option">
          ${view.heading(r.alternative.title, { cls: 'sub', depth: 3 })}
          <dl>
            ${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value(r)}</dd></div>`)}
          </dl>
        </div>`,
      )}
    </div>
  </div>`;
}

/** The comparison's styles, adopted by the picker once this chunk is loaded. */
export const compareStyles = css`
  .compare {
    container-type: inline-size;
  }

  .stacked {
    display: grid;
    gap: 12px;
  }

  .option {
    display: grid;
    gap: 4px;
    padding: 8px;
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
  }

  .option dl {
    display: grid;
    gap: 4px;
  }

  .wide {
    display: none;
  }

  @container (min-width: 560px) {
    .wide {
      display: block;
    }

    .stacked {
      display: none;
    }
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    table-layout: fixed;
  }

  th,
  td {
    padding: 8px;
    border: 1px solid var(--_loadwise-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
`;
