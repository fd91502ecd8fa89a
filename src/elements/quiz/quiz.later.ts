/**
 * What the quiz needs only after its first screens, loaded beside the result's chunk
 * (quiz.result.ts) while the page is idle and on Start, rather than before the first screen: the
 * body-weight field, the English strings of that field and of the result, and the verdict's bar,
 * the print and the forced-colours styles of the result. Every decision stays the core's.
 */
import { css, html, type TemplateResult } from 'lit';
import { BODY_WEIGHT_KG, formatWeight, kgToLb, type WeightUnit } from '../../core/engine.js';
import type { QuizStringKey } from './quiz.strings.js';

export { quizLater } from '../../i18n/en.quiz-later.js';

/** The body weights the core accepts, per unit, rounded inwards to whole numbers. */
const LIMITS: Readonly<Record<WeightUnit, readonly [number, number]>> = {
  kg: [BODY_WEIGHT_KG.min, BODY_WEIGHT_KG.max],
  lb: [Math.ceil(kgToLb(BODY_WEIGHT_KG.min)), Math.floor(kgToLb(BODY_WEIGHT_KG.max))],
};

/** What the body-weight field needs of the quiz: the entry, and what to do as the reader types. */
export interface WeightView {
  /** The text typed, and the unit chosen (the reader's, kept until they change it). */
  text: string;
  unit: WeightUnit;
  /** Whether the text is not a weight the core accepts. */
  invalid: boolean;
  locale: string;
  t(key: QuizStringKey, values?: Readonly<Record<string, string | number>>): string;
  input(event: Event): void;
  commit(): void;
  choose(unit: WeightUnit): void;
}

/** The body weight: a number, its unit (kg or lb) and, while it is not valid, what to enter. */
export function renderWeight(v: WeightView): TemplateResult {
  const { text, unit, invalid } = v;
  const [min, max] = LIMITS[unit];
  return html`<div class="weight">
      <label for="weight">${v.t('weight')}</label>
      <input
        id="weight"
        type="number"
        inputmode="decimal"
        step="any"
        min=${min}
        max=${max}
        .value=${text}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? 'weight-error help-bodyWeightKg' : 'help-bodyWeightKg'}
        @input=${v.input}
        @change=${v.commit}
      />
      <fieldset class="units">
        <legend class="visually-hidden">${v.t('unit')}</legend>
        ${(['kg', 'lb'] as const).map(
          (u) => html`<label class="option" part="option"
            ><input type="radio" name="unit" .checked=${unit === u} @change=${() => v.choose(u)} /><span>${v.t(u)}</span></label
          >`,
        )}
      </fieldset>
    </div>
    <p id="weight-error" class="error" ?hidden=${!invalid}>
      ${v.t('weightError', { min: formatWeight(min, unit, v.locale), max: formatWeight(max, unit, v.locale) })}
    </p>`;
}

/** Adopted by the quiz, after its own styles, when this chunk arrives. */
export const laterStyles = css`
  .weight {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
  }

  .weight label[for] {
    flex-basis: 100%;
    font-weight: 600;
  }

  .weight input[type='number'] {
    inline-size: 8em;
    max-inline-size: 100%;
    min-block-size: 44px;
    padding: 8px;
    border: 1px solid var(--_loadwise-control-border, var(--_loadwise-border));
    border-radius: var(--_loadwise-radius);
    background: var(--_loadwise-surface);
    color: inherit;
    font: inherit;
  }

  .weight input[aria-invalid='true'] {
    border-color: var(--_loadwise-danger);
  }

  .units {
    display: flex;
    gap: 8px;
  }

  dl,
  dd {
    margin: 0 0 12px;
  }

  a {
    color: var(--_loadwise-accent);
  }

  .because,
  .source {
    font-size: 0.875em;
  }

  .verdict {
    padding-inline-start: 12px;
    border-inline-start: 6px solid var(--_loadwise-accent);
  }

  /* A result with no plan (the core gives none where a professional comes first or weights are not advised). */
  .result:not([data-plan]) .verdict {
    border-inline-start-color: var(--_loadwise-danger);
  }

  @media (forced-colors: active) {
    .weight input[type='number'],
    .facts > div,
    .cta {
      border-color: CanvasText;
    }
    .verdict {
      border-inline-start-color: CanvasText;
    }
  }
`;
