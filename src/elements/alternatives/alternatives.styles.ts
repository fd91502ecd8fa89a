import { css } from 'lit';

/**
 * `<loadwise-alternatives>`: inputs, then the ranked cards (one column, two from 640 px and three
 * from 1000 px of container width), the comparison (a table that scrolls inside its own region on
 * narrow containers) and the excluded options. Logical properties only, so `dir="rtl"` mirrors.
 */
export const alternativesStyles = css`
  .base {
    min-block-size: var(--loadwise-alternatives-min-height, 640px);
    padding: var(--_loadwise-spacing);
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
  }

  .base,
  .inputs,
  .results,
  .cards,
  .card,
  .compare {
    display: grid;
    gap: var(--_loadwise-spacing);
    align-content: start;
  }

  .card {
    gap: 8px;
  }

  /* Headings by class: their level follows the page (heading-level). */
  .title,
  .sub,
  .card-title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }

  .title {
    font-size: 1.25em;
  }

  .card-title {
    display: flex;
    align-items: center;
    gap: 8px;
  }

  .base > *,
  .cards > * {
    min-inline-size: 0;
  }

  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chips,
  .limits,
  .equipment,
  .actions,
  .compare-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    min-inline-size: 0;
  }

  legend,
  .help {
    flex-basis: 100%;
    font-weight: 600;
  }

  .help {
    font-weight: 400;
  }

  .limits {
    gap: 12px 16px;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
  }

  .check input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
    accent-color: var(--_loadwise-accent);
  }

  .minutes {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }

  select,
  .button,
  .cta {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
    padding: 8px 12px;
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
    background: var(--_loadwise-surface);
    font: inherit;
    color: inherit;
  }

  /* Controls whose boundary identifies them: 3:1 against the surface (WCAG 1.4.11). */
  select,
  .chip[aria-pressed='false'] {
    border-color: var(--_loadwise-control-border, var(--_loadwise-border));
  }

  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .cta {
    border-color: var(--_loadwise-accent);
    font-weight: 600;
  }

  .note,
  .disclosure {
    border-inline-start: 4px solid var(--_loadwise-accent);
    padding-inline-start: 8px;
  }

  @container loadwise (min-width: 640px) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container loadwise (min-width: 1000px) {
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .card {
    padding: 12px;
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
  }

  .rank {
    display: inline-grid;
    flex: none;
    place-items: center;
    min-inline-size: 28px;
    block-size: 28px;
    border-radius: 14px;
    background: var(--_loadwise-accent);
    color: var(--_loadwise-surface);
  }

  .fit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }

  meter {
    inline-size: 120px;
    max-inline-size: 100%;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }

  .facts dt {
    font-weight: 600;
  }

  /* Reasons for and drawbacks: two lists, each under its own heading. */
  .why {
    padding-inline-start: 20px;
    list-style: disc;
  }

  details {
    padding-block: 8px;
    border-block-start: 1px solid var(--_loadwise-border);
  }

  /* The marker is the shared one (widget.styles.ts). */
  summary {
    padding-block: 10px;
    cursor: pointer;
  }

  .forget {
    justify-self: start;
    min-block-size: 44px;
    padding: 8px 12px;
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
    background: none;
  }

  @media (forced-colors: active) {
    .rank {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }

`;
