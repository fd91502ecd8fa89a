/**
 * The picker's side-by-side comparison: a chunk of its own, loaded after the first screen and
 * prefetched while the page is idle (DESIGN §4: compare mode is not part of the first screen).
 * Every number and word comes from the element's view of the core's ranking.
 */
import { css, html, type TemplateResult } from 'lit';
import { topReasons, type RankedAlternative } from '../../core/engine.js';

/** What the comparison needs of the picker. */
export interface CompareView {
  t(key: 'fit' | 'impact' | 'time' | 'equipmentNeeded' | 'whyFits' | 'dose' | 'pro' | 'con' | 'compareCaption'): string;
  /** The kcal row's label. */
  kcal: string;
  impact(entry: RankedAlternative): string;
  fit(entry: RankedAlternative): string;
  time(entry: RankedAlternative): string;
  equipment(entry: RankedAlternative): string;
  energy(entry: RankedAlternative): string;
}

/** The comparison of `picked`, in the picker's order: one column per option, one row per fact. */
export function renderComparison(view: CompareView, picked: readonly RankedAlternative[]): TemplateResult {
  const rows: [string, (r: RankedAlternative) => string][] = [
    [view.t('fit'), view.fit],
    [view.t('impact'), view.impact],
    [view.t('time'), view.time],
    [view.t('equipmentNeeded'), view.equipment],
    [view.kcal, view.energy],
    [view.t('whyFits'), (r) => topReasons(r.why).map((w) => (w.effect ? `${view.t(w.effect > 0 ? 'pro' : 'con')} ${w.text}` : w.text)).join(' · ')],
    [view.t('dose'), (r) => r.alternative.howTo.dose],
  ];
  return html`<div class="compare" part="compare">
    <h4 id="lw-cmp" tabindex="-1">${view.t('compareCaption')}</h4>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="lw-cmp">
      <table>
        <caption class="sr-only">${view.t('compareCaption')}</caption>
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
  </div>`;
}

/** The comparison's styles, adopted by the picker once this chunk is loaded. */
export const compareStyles = css`
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }

  table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }

  th,
  td {
    padding: 8px;
    border: 1px solid var(--_loadwise-border);
    text-align: start;
    vertical-align: top;
    min-inline-size: 120px;
  }
`;
