import { css } from 'lit';

/**
 * The one disclosure marker of every widget: a chevron drawn with borders in the text colour (so
 * forced colours repaint it), pointing down when closed and up when open (the same in both
 * directions of writing), turning only when the reader allows motion. It marks a `<summary>` and
 * any button with `class="disclosure"` and `aria-expanded`. Exported on its own for a widget that
 * does not take the rest of `widgetStyles` (the quiz).
 */
export const markerStyles = css`
  summary {
    display: flex;
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
    list-style: none;
    cursor: pointer;
    font-weight: 600;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before,
  .disclosure[aria-expanded]::before {
    content: '';
    flex: none;
    inline-size: 7px;
    block-size: 7px;
    margin: 0 3px 4px;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }

  [open] > summary::before,
  .disclosure[aria-expanded='true']::before {
    margin-block: 4px 0;
    transform: rotate(-135deg);
  }

  @media (prefers-reduced-motion: no-preference) {
    summary::before,
    .disclosure[aria-expanded]::before {
      transition: transform 0.15s;
    }
  }
`;

/**
 * What the explainer and the alternatives picker share: a reset for headings and lists, buttons
 * that inherit the font, small print, visually hidden text, toggle chips (a drawn check mark when
 * pressed, not colour alone) and the disclosure marker. Headings are selected by the class that
 * `heading()` gives them: `title` (the widget's title, depth 0), `section-title` (depth 1),
 * `item-title` (depth 2), whatever their level. In a shared chunk, so the bundles carry it once.
 */
export const widgetStyles = css`
  ${markerStyles}

  .title,
  .section-title,
  .item-title,
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

  .title {
    font-size: 1.25em;
  }

  .title,
  .section-title {
    font-weight: 700;
  }

  .item-title,
  dt,
  .toggle {
    font-weight: 600;
  }

  a {
    color: var(--_loadwise-accent);
  }

  button,
  select {
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
