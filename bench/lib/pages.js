// The pages of the comparison, what "painted" waits for on each, and the build of the two bench
// bundles (the bare Lit quiz and the SurveyJS start-up script) with the settings of our own build.
import { rollup } from 'rollup';
import { webPlugins } from '../../rollup.config.js';

/**
 * A target is the heading of a widget's first screen, found by a path of selectors: each step but
 * the last names an element whose open shadow root the next step searches. `optional`: the widget
 * may not exist in this build; it is skipped once `optional.with` is defined (so the bundle has run)
 * while `optional.tag` is not.
 * @typedef {{ path: string[], optional?: { tag: string, with: string } }} Target
 * `actions`: the reader's actions timed on the page after the load (bench/lib/interact.js).
 * @typedef {{ id: string, label: string, path: string, targets: Target[], actions?: Array<{ kind: string, label: string }> }} Page
 */

/** @type {Page[]} */
export const PAGES = [
  { id: 'static', label: 'Static page (floor)', path: '/bench/pages/static.html', targets: [{ path: ['h2'] }] },
  { id: 'lit', label: 'Bare Lit quiz', path: '/bench/pages/lit.html', targets: [{ path: ['bare-quiz', 'h2'] }], actions: [{ kind: 'lit-next', label: 'bare Lit quiz: Next' }] },
  { id: 'surveyjs', label: 'SurveyJS quiz', path: '/bench/pages/surveyjs.html', targets: [{ path: ['.sd-question__title'] }] },
  { id: 'loadwise', label: 'Loadwise quiz', path: '/bench/pages/loadwise-quiz.html', targets: [{ path: ['loadwise-quiz', 'h2'] }], actions: [{ kind: 'quiz-next', label: 'Loadwise quiz: Next' }] },
  {
    id: 'loadwise-all',
    label: 'Loadwise, all three widgets',
    path: '/bench/pages/loadwise-all.html',
    targets: [
      { path: ['loadwise-quiz', 'h2'] },
      { path: ['loadwise-pros-cons', 'h2'] },
      { path: ['loadwise-alternatives', 'h1, h2, h3'], optional: { tag: 'loadwise-alternatives', with: 'loadwise-quiz' } },
    ],
    actions: [
      { kind: 'chip', label: 'Loadwise picker: a goal chip' },
      { kind: 'compare', label: 'Loadwise picker: compare' },
    ],
  },
];

/** The bench's own bundles: source in bench/pages, output in bench/build (served as /bench/build/). */
const BUNDLES = ['bare-lit-quiz', 'survey-quiz'];

/** Bundles the bare Lit quiz and the SurveyJS start-up script: rollup with our webPlugins(), as ES modules. */
export async function buildPages(benchDir) {
  for (const name of BUNDLES) {
    const bundle = await rollup({
      input: new URL(`pages/${name}.js`, benchDir).pathname,
      plugins: webPlugins({ include: ['**/bench/pages/**'] }),
      onwarn(warning, warn) {
        if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
      },
    });
    await bundle.write({ file: new URL(`build/${name}.js`, benchDir).pathname, format: 'es' });
    await bundle.close();
  }
}
