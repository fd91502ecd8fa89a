/**
 * The quiz's own styles before its result, after the host reset and tokens
 * (styles/host.styles.ts). Logical properties only; the layout follows the `loadwise` container
 * (the `.base` wrapper), from 280 px to 1200 px. The result's come with it (quiz.result.ts and
 * quiz.later.ts, with the body weight's): the first screen carries only what it and the questions need.
 * The result's print rules come with its chunk, and the Print button prints a summary of its own
 * (quiz.print.ts).
 */
import { css } from 'lit';

export const quizStyles = css`
  .base {
    padding: var(--_loadwise-spacing);
    border: 1px solid var(--_loadwise-border);
    border-radius: var(--_loadwise-radius);
  }

  /* The first screen (and the frame while a language loads) is as tall as the space a host
     reserves for loadwise-quiz:not(:defined): no layout shift on load. Its note and Start sit at
     the bottom, so the card is filled, not left blank below. The questions and the result take
     the height they need. */
  .first,
  .skeleton {
    display: flex;
    flex-direction: column;
    min-block-size: var(--loadwise-quiz-min-height, 480px);
  }

  .intro {
    display: flex;
    flex: auto;
    flex-direction: column;
  }

  .intro .note {
    margin-block-start: auto;
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

  .heading,
  p,
  ul {
    margin: 0 0 12px;
  }

  /* The screen's heading, at whatever level the page gives it (heading-level). */
  .heading {
    font-size: 1.375em;
    line-height: 1.25;
  }

  ul {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: 4px;
  }

  .help,
  .note,
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

  /* Floated, the legend is laid out as a block of the fieldset, not set into its top border: no
     stray line beside a one-line legend when a border is drawn above the question. */
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: 4px;
    font-weight: 600;
  }

  legend .heading {
    margin: 0;
  }

  /* A question the reader left unanswered after Next: a bar beside it and its error (text, not
     colour alone), until it is answered. */
  .question[aria-invalid='true'] {
    padding-inline-start: 12px;
    border-inline-start: 4px solid var(--_loadwise-danger);
  }

  .question .error {
    margin-block: 0 8px;
    font-weight: 600;
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
    border: 1px solid var(--_loadwise-control-border, var(--_loadwise-border));
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

  .error {
    margin-block: 8px 0;
    color: var(--_loadwise-danger);
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

  .forget {
    border-color: transparent;
    text-decoration: underline;
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
    button {
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
    .advice {
      border-inline-start-color: CanvasText;
    }
  }
`;
