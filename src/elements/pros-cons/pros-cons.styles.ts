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

  /* A claim's title is its disclosure button, with the widgets' one marker (widget.styles.ts). */
  .toggle {
    display: flex;
    align-items: center;
    gap: 8px;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
  }

  /* The order: a labelled select of its own, apart from the topic chips. */
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }

  select {
    min-block-size: 36px;
    max-inline-size: 100%;
    padding: 4px 8px;
    border: 1px solid var(--_loadwise-control-border, var(--_loadwise-border));
    border-radius: var(--_loadwise-radius);
    background: var(--_loadwise-surface);
  }

  /* Certainty: always a text label; the tint and border only repeat it. */
  /* A label of its own: never runs into the text beside it, even when the line wraps. */
  .badge {
    display: inline-block;
    margin-inline-end: 8px;
    padding: 0 8px;
    border: 1px solid var(--_loadwise-accent);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_loadwise-accent) var(--_loadwise-tint, 0%), var(--_loadwise-surface));
  }

  .legend dl {
    display: grid;
    gap: 8px;
  }

  .legend dl > div {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
  }

  .legend dd {
    flex: 1 1 14em;
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
`;
