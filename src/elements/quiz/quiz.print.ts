/**
 * The quiz's print summary: one or two A4 pages for the reader to take to a clinician or coach,
 * without the host page. A chunk of its own, loaded when Print is pressed (or while the page is
 * idle after a result). Every decision comes from the core; this only lays it out for paper.
 *
 * How it prints without the page, under a strict CSP and Trusted Types: a container appended to
 * `<body>` holds the summary in its own shadow root, rendered by lit (no innerHTML) and styled by
 * a constructed stylesheet (no inline style). A second constructed sheet, adopted on the document
 * while printing, hides every other child of `<body>` in print. Both go after `afterprint`.
 */
import { css, html, nothing, render, type TemplateResult } from 'lit';
import { answerOf, verdictTextWith, type Assessment } from '../../core/engine.js';
import type { ResultView } from './quiz.result.js';

/**
 * What the summary uses of the result's chunk, handed over by it: importing any of it here
 * (core/rules/result.js lives in that chunk) would leave that chunk without its facade.
 */
export type PrintKit = Pick<typeof import('./quiz.result.js'), 'answerText' | 'questionText' | 'renderFacts' | 'tn' | 'planTextWith' | 'reasonsShown'>;

/** The attribute that marks the summary's container on the page. */
export const PRINT_ATTRIBUTE = 'data-loadwise-print';

/** The summary's own styles, in its shadow root: hidden on screen, shown in print. */
const summaryStyles = css`
  :host {
    display: none !important;
  }

  @media print {
    :host {
      display: block !important;
      color: #000;
      background: #fff;
      font: 10pt/1.35 system-ui, sans-serif;
    }
  }

  h1 {
    margin: 0 0 2pt;
    font-size: 15pt;
  }

  h2 {
    margin: 10pt 0 3pt;
    font-size: 11.5pt;
    break-after: avoid;
  }

  h3 {
    margin: 6pt 0 2pt;
    font-size: 10pt;
    break-after: avoid;
  }

  p,
  ul,
  dl {
    margin: 0 0 4pt;
  }

  ul {
    padding-inline-start: 14pt;
  }

  li,
  tr {
    break-inside: avoid;
  }

  .meta {
    color: #333;
  }

  .verdict {
    padding-inline-start: 6pt;
    border-inline-start: 3pt solid #000;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding: 2pt 4pt;
    border-block-end: 0.5pt solid #999;
    text-align: start;
    vertical-align: top;
  }

  th {
    font-weight: normal;
    inline-size: 62%;
  }

  td {
    font-weight: 600;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 2pt 12pt;
  }

  .facts dd {
    margin: 0;
    font-weight: 600;
  }

  .source {
    display: block;
    color: #333;
  }

  a {
    color: inherit;
    text-decoration: none;
  }

  a[href]::after {
    content: ' ' attr(href);
    overflow-wrap: anywhere;
  }

  .disclaimer {
    margin-block-start: 10pt;
    padding-block-start: 4pt;
    border-block-start: 0.5pt solid #000;
    font-weight: 600;
  }
`;

/** While the summary is on the page: in print, every other child of `<body>` is hidden. */
const PAGE_CSS = `@media print {
  body > :not([${PRINT_ATTRIBUTE}]) { display: none !important; }
  html, body { block-size: auto !important; min-block-size: 0 !important; margin: 0 !important; padding: 0 !important; background: #fff !important; }
  body { display: block !important; }
}
@page { margin: 14mm 16mm; }`;

let pageSheet: CSSStyleSheet | undefined;
let cleanUp: (() => void) | undefined;

/**
 * Puts the summary of `a` on the page for print, prints it, and takes it away after printing.
 * `from` is the Print button: the summary takes the quiz's direction.
 */
export function printSummary(kit: PrintKit, v: ResultView, a: Assessment, from: Element): void {
  cleanUp?.();
  const quiz = (from.getRootNode() as Partial<ShadowRoot>).host ?? from;
  const container = document.createElement('div');
  container.setAttribute(PRINT_ATTRIBUTE, '');
  const root = container.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [summaryStyles.styleSheet!];
  // The date this summary was printed: the element's clock (the core has none).
  render(renderSummary(kit, v, a, new Date(), getComputedStyle(quiz).direction === 'rtl' ? 'rtl' : 'ltr'), root);
  document.body.append(container);
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(PAGE_CSS);
  }
  const sheet = pageSheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const done = () => {
    container.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    window.removeEventListener('afterprint', done);
    cleanUp = undefined;
  };
  cleanUp = done;
  window.addEventListener('afterprint', done);
  window.print();
}

/** The summary itself: title, date, the verdict, every answer, the reasons with their sources, the plan and its stop signs. */
export function renderSummary(kit: PrintKit, v: ResultView, a: Assessment, date: Date, dir: 'ltr' | 'rtl'): TemplateResult {
  const { answerText, questionText, tn } = kit;
  const content = v.content;
  const words = verdictTextWith(content, a);
  const reasons = kit.reasonsShown(a);
  const answered = content.questions.map((q) => [q, answerOf(a.answers, q.id)] as const).filter(([, value]) => value !== undefined);
  return html`<article lang=${content.locale} dir=${dir}>
    <h1>${tn(v, 'printTitle')}</h1>
    <p class="meta">${tn(v, 'printDate', { date: new Intl.DateTimeFormat(v.locale, { dateStyle: 'long' }).format(date) })}. ${tn(v, 'printFor')}</p>
    <h2>${tn(v, 'printVerdict')}</h2>
    <div class="verdict">
      <p><b>${words.title}</b></p>
      <p>${words.summary}</p>
    </div>
    <h2>${tn(v, 'printAnswers')}</h2>
    <table>
      <tbody>
        ${answered.map(
          ([q, value]) => html`<tr>
            <th scope="row"><bdi>${questionText(v, q.id)}</bdi></th>
            <td>${Array.isArray(value) && value.length === 0 ? tn(v, 'printNone') : answerText(v, q.id, value)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <h2>${v.t('why')}</h2>
    ${reasons.length
      ? html`<ul>
          ${reasons.map(
            (r) => html`<li>
              <bdi>${content.reasons[r.id] ?? r.text}</bdi>
              ${r.source ? html`<span class="source">${v.t('source')} ${v.source(r.source, `reasons[${r.id}].source.url`)}</span>` : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p>${v.t('noFlags')}</p>`}
    ${a.load ? renderPlan(kit, v, a) : nothing}
    <h2>${v.t('todo')}</h2>
    <ul>
      ${words.advice.map((line) => html`<li>${line}</li>`)}
    </ul>
    <p class="disclaimer">${v.t('disclaimer')}</p>
  </article>`;
}

/** The plan: its numbers from the core's locked tables (invariant 14), how to build up, when to stop. */
function renderPlan({ renderFacts, planTextWith }: PrintKit, v: ResultView, a: Assessment): TemplateResult {
  const plan = planTextWith(v.content, a.activity, a.verdict);
  return html`<h2>${v.t('plan')}</h2>
    ${renderFacts(v, a.load!)}
    <h3>${v.t('progression')}</h3>
    <p>${plan.progression}</p>
    <h3>${v.t('stopSigns')}</h3>
    <ul>
      ${plan.stopSigns.map((item) => html`<li>${item}</li>`)}
    </ul>`;
}
