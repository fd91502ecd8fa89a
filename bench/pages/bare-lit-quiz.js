// The bare Lit quiz of the comparison: one element, the 8 questions of quiz-data.js one a screen, a
// progress bar, Back and Next, and nothing else. Written as a Lit developer would write a small
// quiz (reactive state, one template, a form with native controls), and bundled with the same
// rollup and terser settings as dist/loadwise.js (bench/lib/pages.js).
import { LitElement, css, html } from 'lit';
import { QUESTIONS, TITLE } from './quiz-data.js';

export class BareQuiz extends LitElement {
  static properties = {
    index: { state: true },
    answers: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      font: inherit;
      color: #1b232b;
      max-width: 40em;
    }
    form {
      display: grid;
      gap: 16px;
      padding: 16px;
      border: 1px solid #c9d1d9;
      border-radius: 8px;
      background: #fff;
    }
    .progress {
      display: grid;
      gap: 4px;
      font-size: 14px;
    }
    progress {
      inline-size: 100%;
      block-size: 8px;
      accent-color: #0b6b53;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      display: grid;
      gap: 8px;
    }
    h2 {
      margin: 0 0 8px;
      font-size: 20px;
      line-height: 1.3;
    }
    label {
      display: flex;
      gap: 8px;
      align-items: center;
      padding: 8px 12px;
      border: 1px solid #c9d1d9;
      border-radius: 8px;
      cursor: pointer;
    }
    label:has(:checked) {
      border-color: #0b6b53;
    }
    .nav {
      display: flex;
      justify-content: space-between;
    }
    button {
      font: inherit;
      padding: 8px 16px;
      border-radius: 8px;
      border: 1px solid #0b6b53;
      background: #fff;
      color: #0b6b53;
    }
    button[type='submit'] {
      background: #0b6b53;
      color: #fff;
    }
  `;

  constructor() {
    super();
    this.index = 0;
    /** @type {Record<string, string | string[]>} */
    this.answers = {};
  }

  render() {
    if (this.index >= QUESTIONS.length) {
      return html`<form><h2>${TITLE}</h2><p>Thank you: ${Object.keys(this.answers).length} of ${QUESTIONS.length} answered.</p></form>`;
    }
    const q = QUESTIONS[this.index];
    const n = this.index + 1;
    const value = this.answers[q.id];
    return html`<form @submit=${this.next}>
      <div class="progress">
        <span id="progress">Question ${n} of ${QUESTIONS.length}</span>
        <progress max=${QUESTIONS.length} value=${n} aria-labelledby="progress"></progress>
      </div>
      <fieldset>
        <legend><h2>${q.text}</h2></legend>
        ${q.choices.map(
          ([choice, label]) => html`<label>
            <input
              type=${q.multiple ? 'checkbox' : 'radio'}
              name=${q.id}
              .value=${choice}
              .checked=${q.multiple ? (value ?? []).includes(choice) : value === choice}
              @change=${this.choose}
            />${label}
          </label>`,
        )}
      </fieldset>
      <div class="nav">
        <button type="button" ?disabled=${this.index === 0} @click=${this.back}>Back</button>
        <button type="submit">${n === QUESTIONS.length ? 'Finish' : 'Next'}</button>
      </div>
    </form>`;
  }

  /** @param {Event} event */
  choose(event) {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const q = QUESTIONS[this.index];
    const before = this.answers[q.id];
    const value = q.multiple ? (input.checked ? [...(before ?? []), input.value] : (before ?? []).filter((v) => v !== input.value)) : input.value;
    this.answers = { ...this.answers, [q.id]: value };
  }

  /** @param {Event} event */
  next(event) {
    event.preventDefault();
    this.index++;
  }

  back() {
    this.index--;
  }
}

customElements.define('bare-quiz', BareQuiz);
