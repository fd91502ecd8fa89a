/**
 * The quiz's own styles, after the host reset and tokens (styles/host.styles.ts). Logical
 * properties only; the layout follows the `loadwise` container (the `.base` wrapper), from
 * 280 px to 1200 px. The result's print rules come with its chunk (quiz.result.ts), and the
 * quiz's Print button prints a summary of its own (quiz.print.ts).
 */
import { css } from 'lit';

export const quizStyles = css`
  .base {
    /* The height a host reserves for loadwise-quiz:not(:defined): no layout shift on load. */
    min-block-size: var(--loadwise-quiz-min-height, 480px);
    padding: var(--_loadwise-spacing);
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
  }

  .screen {
    max-inline-size: 46em;
    animation: loadwise-quiz-in 180ms ease-out;
  }

  @keyframes loadwise-quiz-in {
    from {
      transform: translateY(6px);
    }
  }

  h2,
  h3,
  h4,
  p,
  ul,
  dl,
  dd {
    margin: 0 0 12px;
  }

  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }

  h3 {
    margin-block-start: 20px;
    font-size: 1.125em;
  }

  h4 {
    margin-block-end: 4px;
    font-size: 1em;
  }

  ul {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: 4px;
  }

  a {
    color: var(--_loadwise-accent);
  }

  .help,
  .note,
  .hint,
  .because,
  .source,
  .progress {
    font-size: 0.875em;
  }

  .progress {
    display: grid;
    gap: 4px;
    margin-block-end: 16px;
  }

  progress {
    inline-size: 100%;
    accent-color: var(--_loadwise-accent);
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .question {
    margin-block-end: 16px;
  }

  .question + .question {
    padding-block-start: 12px;
    border-block-start: 1px solid var(--_loadwise-border);
  }

  legend {
    padding: 0;
    margin-block-end: 4px;
    font-weight: 600;
  }

  legend h2 {
    margin: 0;
  }

  .options {
    display: grid;
    gap: 8px;
  }

  .options--inline {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  .option {
    display: flex;
    align-items: center;
    gap: 10px;
    min-block-size: 44px;
    padding: 8px 12px;
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
    cursor: pointer;
  }

  .option:has(:checked) {
    border-color: var(--_loadwise-accent);
    box-shadow: inset 0 0 0 1px var(--_loadwise-accent);
  }

  .option input {
    flex: none;
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
    accent-color: var(--_loadwise-accent);
  }

  .advice {
    margin-block: 12px 0;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_loadwise-danger);
    background: color-mix(in srgb, var(--_loadwise-danger) 8%, transparent);
  }

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
    border: 1px solid var(--_loadwise-border);
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

  .error {
    margin-block: 8px 0;
    color: var(--_loadwise-danger);
  }

  .hint {
    margin-block: 0 8px;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-block-start: 16px;
  }

  .nav > [type='submit'] {
    margin-inline-start: auto;
  }

  button {
    min-block-size: 44px;
    padding: 8px 16px;
    border: 1px solid var(--_loadwise-accent);
    border-radius: var(--_loadwise-radius);
    background: transparent;
    color: var(--_loadwise-text);
    font: inherit;
    cursor: pointer;
  }

  .primary {
    background: var(--_loadwise-accent);
    color: var(--_loadwise-surface);
    font-weight: 600;
  }

  .primary[aria-disabled='true'] {
    border-color: var(--_loadwise-border);
    background: var(--_loadwise-border);
    color: var(--_loadwise-text);
    cursor: not-allowed;
  }

  .forget {
    border-color: transparent;
    text-decoration: underline;
  }

  .verdict {
    padding-inline-start: 12px;
    border-inline-start: 6px solid var(--_loadwise-accent);
  }

  .verdict[data-verdict='see-professional'],
  .verdict[data-verdict='wait'],
  .verdict[data-verdict='not-recommended'] {
    border-inline-start-color: var(--_loadwise-danger);
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @container loadwise (min-width: 480px) {
    .options:not(.options--inline) {
      grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    }
    .options--inline {
      grid-template-columns: repeat(2, minmax(0, 8em));
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .screen {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .option,
    .facts > div,
    .weight input[type='number'],
    button,
    .cta {
      border-color: CanvasText;
    }
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }
    .primary {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .primary[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .verdict,
    .advice {
      border-inline-start-color: CanvasText;
    }
  }
`;
