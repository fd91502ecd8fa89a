import { css } from 'lit';

/**
 * What the explainer and the alternatives picker share: a reset for headings and lists, buttons
 * that inherit the font, small print, visually hidden text, and toggle chips (a drawn check mark
 * when pressed, not colour alone). In a shared chunk, so the bundles carry it once.
 */
export const widgetStyles = css`
  h2,
  h3,
  h4,
  p,
  ul,
  dl,
  dd,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 1em;
    list-style: none;
  }

  h2 {
    font-size: 1.25em;
  }

  h4,
  dt,
  summary,
  .toggle {
    font-weight: 600;
  }

  a {
    color: var(--_loadwise-accent);
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  .small {
    font-size: 0.875em;
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .chip,
  .more {
    display: flex;
    align-items: center;
    gap: 6px;
    min-block-size: 36px;
    padding: 4px 12px;
    border: 1px solid var(--_loadwise-border);
    border-radius: 18px;
    background: var(--_loadwise-surface);
  }

  [aria-pressed='true'] {
    border-color: var(--_loadwise-accent);
    background: var(--_loadwise-accent);
    color: var(--_loadwise-surface);
  }

  .toggle::after,
  [aria-pressed='true']::before {
    content: '';
    flex: none;
    inline-size: 5px;
    block-size: 10px;
    margin-block-end: 3px;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }

  @media (forced-colors: active) {
    [aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
