/**
 * The host reset and the design tokens every widget starts from. Every widget renders its content
 * inside `<div class="base" part="base" data-theme=…>`. Public `--loadwise-*` custom
 * properties are read with fallbacks and aliased to private `--_loadwise-*` ones; nothing assigns
 * a public property, so values set by the host page always come through. No `rem`: it would
 * follow the host's root font size.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box;
    /* No rule: the probe of the page's color-scheme for theme="auto" (pageTheme in
       base/loadwise-element.ts). The browser picks the second colour where the page's scheme,
       as it applies to the element, is dark. */
    column-rule-color: light-dark(#000001, #000002);
  }

  /* Tokens live on the inner wrapper, whose data-theme is the resolved theme, light or dark
     (attribute, provider, or the page's color-scheme for auto). The contrast check
     (base/page.ts) may give --_loadwise-accent a readable variant of the host's. The control
     border is 60 % text on the surface: 3:1 or more on it (WCAG 1.4.11) for any text that is
     readable there. */
  .base {
    color-scheme: light;
    --_loadwise-accent: var(--loadwise-accent, #0b6b53);
    --_loadwise-surface: var(--loadwise-surface, #ffffff);
    --_loadwise-text: var(--loadwise-text, #1b232b);
    --_loadwise-border: var(--loadwise-border, #c9d1d9);
    --_loadwise-danger: var(--loadwise-danger, #a4232f);
    --_loadwise-radius: var(--loadwise-radius, 8px);
    --_loadwise-spacing: var(--loadwise-spacing, 16px);
    --_loadwise-font: var(--loadwise-font, inherit);
    --_loadwise-font-size: var(--loadwise-font-size, 16px);
    --_loadwise-control-border: color-mix(in srgb, var(--_loadwise-text) 60%, var(--_loadwise-surface));
  }

  .base[data-theme='dark'] {
    color-scheme: dark;
    --_loadwise-accent: var(--loadwise-accent, #5fd0aa);
    --_loadwise-surface: var(--loadwise-surface, #161b20);
    --_loadwise-text: var(--loadwise-text, #e8edf2);
    --_loadwise-border: var(--loadwise-border, #3a444e);
    --_loadwise-danger: var(--loadwise-danger, #ff8d94);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [hidden] {
    display: none !important;
  }

  /* The inner wrapper: the container for container queries, and the reset for the inherited
     properties that hostile host pages set on everything. */
  .base {
    box-sizing: border-box;
    container-type: inline-size;
    container-name: loadwise;
    min-inline-size: 0;
    background: var(--_loadwise-surface);
    color: var(--_loadwise-text);
    font-family: var(--_loadwise-font);
    font-size: var(--_loadwise-font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    /* A long word (a URL, a compound) wraps rather than widening the host page, even in flex and
       grid items (break-word would not lower their minimum width). */
    overflow-wrap: anywhere;
  }

  /* Every element a bidi isolate: a U+202E in host or pack text cannot reorder what follows it. */
  .base * {
    letter-spacing: inherit;
    text-transform: inherit;
    line-height: inherit;
    word-spacing: inherit;
    unicode-bidi: isolate;
  }

  :focus-visible {
    outline: 3px solid var(--_loadwise-accent);
    outline-offset: 2px;
  }

  /* While the language pack loads: the frame of the widget, three bars, no text. */
  .skeleton {
    min-block-size: 480px;
  }

  .skeleton i {
    display: block;
    block-size: 1em;
    margin-block-end: 12px;
    background: var(--_loadwise-border);
  }

  .debug-notice {
    margin: 0 0 var(--_loadwise-spacing);
    padding: 8px 12px;
    border: 1px solid var(--_loadwise-danger);
    border-radius: var(--_loadwise-radius);
    color: var(--_loadwise-danger);
    font-size: 14px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .base {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .debug-notice {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
