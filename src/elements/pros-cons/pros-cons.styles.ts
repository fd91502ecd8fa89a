import { css } from 'lit';

/**
 * `<loadwise-pros-cons>`: two columns from 640 px of container width (a container query on
 * `.base`), stacked below. Every claim gets the same card whatever its kind; only its certainty
 * badge (text and tint) and the reader's "applies to you" mark differ.
 */
export const prosConsStyles = css`
  .base {
    --_loadwise-marker: var(--loadwise-pros-cons-marker, var(--_loadwise-accent));
    padding: var(--_loadwise-spacing);
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
  }

  .base,
  .cols,
  .col,
  .claims,
  .claim,
  .faq {
    display: grid;
    gap: var(--_loadwise-spacing);
    align-items: start;
  }

  .col,
  .claim {
    gap: 8px;
  }

  .base > *,
  .cols > * {
    min-inline-size: 0;
  }

  /* Filters: toggle buttons, with a drawn check mark when pressed (not colour alone). */
  .tools,
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    min-inline-size: 0;
  }

  legend {
    float: inline-start;
  }

  @container loadwise (min-width: 640px) {
    [data-layout='columns'] .cols {
      grid-template-columns: 1fr 1fr;
    }
  }

  .claim {
    padding: 12px;
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
  }

  [data-relevant],
  .mark {
    border-inline-start: 4px solid var(--_loadwise-marker);
    padding-inline-start: 8px;
  }

  /* A claim's title is its disclosure button; the chevron turns when open. */
  .toggle {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
  }

  .toggle::after {
    inline-size: 8px;
    block-size: 8px;
    margin: 4px;
  }

  [aria-expanded='true']::after {
    transform: rotate(-135deg);
  }

  /* Certainty: always a text label; the tint and border only repeat it. */
  .badge {
    margin-inline-end: 8px;
    padding: 0 8px;
    border: 1px solid var(--_loadwise-accent);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_loadwise-accent) var(--_loadwise-tint, 0%), var(--_loadwise-surface));
  }

  [data-certainty='high'] {
    --_loadwise-tint: 36%;
  }
  [data-certainty='moderate'] {
    --_loadwise-tint: 22%;
  }
  [data-certainty='low'] {
    --_loadwise-tint: 10%;
  }
  [data-certainty='expert-opinion'] {
    border-style: dotted;
  }
  [data-certainty='not-studied'] {
    border-style: dashed;
  }

  .detail,
  details {
    padding-block-start: 8px;
    border-block-start: 1px solid var(--_loadwise-border);
  }

  details {
    padding-block-end: 8px;
  }

  details > * + * {
    margin-block-start: 8px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .toggle::after {
      transition: transform 0.15s;
    }
  }

`;
