/**
 * Language packs over the network, from the built bundles, in real pages: a page with
 * `<html lang="de">` and no other change shows the three widgets in German, in kg. The pack is
 * fetched once, from `locales/` beside the script (ES module, classic script, per-element
 * entries); while it is on the way the widgets show a skeleton with no text; if it fails, they
 * show English, with one console error naming the element, the locale and the URL.
 *
 * The pages are served under /gate/<id>/ (web-test-runner.config.js), which holds the pack
 * requests until the test opens the gate: no timing.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import type { ContentPack } from '../../src/core.js';
import { QUIZ_STRINGS } from '../../src/elements/quiz/quiz.strings.js';
import { PROS_CONS_STRINGS } from '../../src/elements/pros-cons/pros-cons.strings.js';
import { ALTERNATIVES_STRINGS } from '../../src/elements/alternatives/alternatives.strings.js';
import { closePages, loadCore, openPage, type Frame } from './helpers.js';

const WIDGETS = ['quiz', 'pros-cons', 'alternatives', 'planned'];

/** A new gate: its pages, and its control (open, fail, or just read the pack requests so far). */
function newGate() {
  const id = crypto.randomUUID();
  const control = async (action?: 'open' | 'fail'): Promise<string[]> => (await fetch(`/gate/${id}${action ? `?${action}` : ''}`)).json();
  return { id, dir: `/gate/${id}/tests/embed/pages`, control };
}

/** The German pack as built (dist/locales/de.js), loaded into this test page. */
async function german(): Promise<ContentPack> {
  const url: string = '/dist/locales/de.js'; // a variable: not resolved by TypeScript
  return ((await import(url)) as { default: ContentPack }).default;
}

const shadow = (doc: Document, id: string) => doc.getElementById(id)?.shadowRoot ?? null;
const heading = (doc: Document, id: string) => shadow(doc, id)?.querySelector('h2')?.textContent?.trim() ?? '';

function expectClean(win: Frame['win']): void {
  expect(win.__violations, 'CSP violations').to.deep.equal([]);
  expect(win.__errors, 'uncaught errors').to.deep.equal([]);
  expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
}

/** Holds the pack, checks the skeletons, lets it through, checks German and kg. */
async function germanPage(page: string, script: string) {
  const gate = newGate();
  const { win, doc } = await openPage(page, gate.dir);

  // While the pack is held: a skeleton in every widget, no text at all (so no English).
  await until(() => WIDGETS.every((id) => shadow(doc, id)?.querySelector('.skeleton')), 'skeletons');
  await until(async () => (await gate.control()).length > 0, 'the pack is requested');
  for (const id of WIDGETS) {
    const root = shadow(doc, id)!;
    expect(root.querySelector('.base')!.getAttribute('aria-busy'), id).to.equal('true');
    expect(root.textContent!.trim(), `#${id} shows no text while the pack loads`).to.equal('');
    expect(doc.getElementById(id)!.getBoundingClientRect().height, `#${id} keeps its space`).to.be.at.least(480);
  }

  const requests = await gate.control('open');
  expect(requests, 'one request for four widgets, from locales/ beside the script').to.deep.equal(['/dist/locales/de.js']);
  const de = await german();
  await until(() => heading(doc, 'quiz') === de.ui['quiz.title'], 'the quiz in German');
  await until(() => heading(doc, 'pros-cons') === de.ui['prosCons.heading'], 'the explainer in German');
  await until(() => heading(doc, 'alternatives') === de.ui['alternatives.heading'], 'the picker in German');
  expect(de.ui['quiz.title']).to.not.equal(QUIZ_STRINGS.title);

  // In kg: the plan of a reader whose answers the page gave.
  // Start, then Next through the prefilled screening, which the reader confirms (invariant 11).
  const planned = shadow(doc, 'planned')!;
  (planned.querySelector('button.primary') as HTMLButtonElement).click();
  await until(
    () => {
      if (planned.querySelector('.facts')) return true;
      (planned.querySelector('button.primary') as HTMLButtonElement | null)?.click();
      return false;
    },
    'the plan',
  );
  const { assess, formatWeight } = await loadCore();
  const answers = JSON.parse(doc.getElementById('planned')!.getAttribute('answers')!);
  const load = assess(answers, { content: de }).load!;
  const facts = shadow(doc, 'planned')!.querySelector('.facts')!.textContent!.replace(/\s+/g, ' ');
  expect(facts, 'kg first, German number format').to.include(`${formatWeight(load.perAnkleKg.start, 'kg', 'de')} (${formatWeight(load.perAnkleLb.start, 'lb', 'de')})`);

  expect(await gate.control(), 'still one request').to.deep.equal(['/dist/locales/de.js']);
  const fetched = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => path.includes('/locales/'));
  expect(fetched).to.deep.equal([`/gate/${gate.id}/dist/locales/de.js`]);
  expect(new URL('locales/de.js', new URL(script, win.location.href)).pathname, "the script's own directory").to.equal(fetched[0]);
  expectClean(win);
}

describe('language packs over the network', () => {
  afterEach(closePages);

  it('ES module: <html lang="de"> alone gives the three widgets in German, in kg, after a skeleton, with one request', async () => {
    await germanPage('locale-de-esm.html', '../../../dist/loadwise.js');
  });

  it('classic script (IIFE): the pack comes from beside the script too', async () => {
    await germanPage('locale-de-iife.html', '../../../dist/loadwise.iife.js');
  });

  it('per-element entries: they find the same locales/ directory', async () => {
    await germanPage('locale-de-entries.html', '../../../dist/loadwise-quiz.js');
  });

  it('a pack that fails to load: English, and one console error naming the element, the locale and the URL', async () => {
    const gate = newGate();
    await gate.control('fail');
    const { win, doc } = await openPage('locale-de-esm.html', gate.dir);
    await until(() => heading(doc, 'quiz') === QUIZ_STRINGS.title, 'the quiz in English');
    await until(() => heading(doc, 'pros-cons') === PROS_CONS_STRINGS['heading'], 'the explainer in English');
    await until(() => heading(doc, 'alternatives') === ALTERNATIVES_STRINGS.heading, 'the picker in English');
    expect(await gate.control()).to.deep.equal(['/dist/locales/de.js']);
    expect(win.__consoleErrors, 'one error for the page').to.have.length(1);
    const [error] = win.__consoleErrors;
    expect(error).to.match(/^<loadwise-(quiz|pros-cons|alternatives)>:/);
    expect(error).to.include('"de"').and.include(`/gate/${gate.id}/dist/locales/de.js`);
    expect(win.__errors, 'nothing uncaught').to.deep.equal([]);
  });
});
