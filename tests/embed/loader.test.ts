/**
 * The one-tag embed as a loader (src/embed.ts): a page fetches the entries of the tags it shows,
 * and nothing else before its first screen; the chunks its widgets load later are prefetched
 * while the page is idle; a tag added later is defined then; properties set before the script
 * ran are honoured, through the ES module and the classic script alike.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import { closePages, openPage, type Frame } from './helpers.js';

/** The paths of the .js files the page fetched so far. */
const scripts = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.endsWith('.js'));

/** The .js files whose fetch started before the quiz's entry had arrived: what its first screen waited for. */
function beforeQuiz(win: Window): string[] {
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const quiz = entries.find((e) => new URL(e.name).pathname === '/dist/loadwise-quiz.js');
  return entries.filter((e) => quiz && e.startTime <= quiz.responseEnd).map((e) => new URL(e.name).pathname).filter((path) => path.endsWith('.js'));
}

const heading = (doc: Document, id: string) => doc.getElementById(id)?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '';

function expectClean(win: Frame['win']): void {
  expect(win.__violations, 'CSP violations').to.deep.equal([]);
  expect(win.__errors, 'uncaught errors').to.deep.equal([]);
  expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  expect(win.__consoleWarns, 'console warnings').to.deep.equal([]);
}

describe('the loader: the first screen loads only itself', () => {
  afterEach(closePages);

  it('the quiz alone: its entry and its chunks before its first screen, nothing of the other elements; then, while idle, its result chunk and the other elements', async () => {
    const { win, doc } = await openPage('loader-quiz.html');
    await until(() => heading(doc, 'quiz'), 'the quiz paints');
    const early = beforeQuiz(win);
    expect(early).to.include.members(['/dist/loadwise.js', '/dist/loadwise-quiz.js']);
    for (const other of ['loadwise-provider', 'loadwise-pros-cons', 'loadwise-alternatives', 'loadwise-suite']) {
      expect(early, other).to.not.include(`/dist/${other}.js`);
    }
    expect(early.some((path) => /\/chunks\/(validate|en\.claims)-/.test(path)), 'no validator, no claims').to.equal(false);
    await until(() => scripts(win).some((path) => /^\/dist\/chunks\/quiz\.result-[\w-]{8}\.js$/.test(path)), 'the result chunk is prefetched');
    // The other elements load after the first paint, while the page is idle (DESIGN §4): a tag a
    // page adds later, or renders inside a shadow root no observer of the document sees, is then defined.
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(doc.createElement('loadwise-alternatives'));
    doc.body.append(host);
    await until(() => win.customElements.get('loadwise-alternatives') && win.customElements.get('loadwise-pros-cons'), 'the other elements are defined while the page is idle');
    await until(() => host.shadowRoot!.querySelector('loadwise-alternatives')?.shadowRoot?.querySelector('h2'), 'the picker inside a shadow root renders');
    expect(scripts(win)).to.include('/dist/loadwise-alternatives.js');
    expect(scripts(win).filter((path) => path === '/dist/loadwise-quiz.js'), 'each entry fetched once').to.have.length(1);
    expectClean(win);
  });

  it('all three widgets in a provider: one file for the three, the provider reaches them', async () => {
    const { win, doc } = await openPage('loader-all.html');
    for (const id of ['quiz', 'pros-cons', 'alternatives']) await until(() => doc.getElementById(id)?.shadowRoot?.querySelector('h1, h2, h3'), `#${id} paints`);
    const fetched = scripts(win);
    expect(fetched).to.include.members(['/dist/loadwise.js', '/dist/loadwise-suite.js', '/dist/loadwise-provider.js']);
    for (const one of ['loadwise-quiz', 'loadwise-pros-cons', 'loadwise-alternatives']) expect(fetched, one).to.not.include(`/dist/${one}.js`);
    // Whichever upgraded first, the provider's theme reached every widget.
    for (const id of ['quiz', 'pros-cons', 'alternatives']) {
      await until(() => doc.getElementById(id)?.shadowRoot?.querySelector('[data-theme="dark"]'), `#${id} takes the provider's theme`);
    }
    await until(() => scripts(win).some((path) => /\/chunks\/en\.claim-details-/.test(path)), 'the claims\' details are prefetched');
    expectClean(win);
  });

  for (const script of ['/dist/loadwise.js', '/dist/loadwise.iife.js']) {
    it(`properties set before ${script} ran are honoured`, async () => {
      const { win, doc } = await openPage('loader-late.html');
      const quiz = doc.getElementById('quiz')!;
      expect(win.customElements.get('loadwise-quiz')).to.equal(undefined);
      Object.assign(quiz, { theme: 'dark', units: 'imperial' });
      const tag = doc.createElement('script');
      if (script.endsWith('loadwise.js')) tag.type = 'module';
      tag.src = script;
      doc.head.append(tag);
      await until(() => win.customElements.get('loadwise-quiz'), 'defined');
      await until(() => quiz.shadowRoot?.querySelector('[data-theme="dark"]'), 'the theme set before the script');
      expect((quiz as HTMLElement & { units: string }).units).to.equal('imperial');
      expectClean(win);
    });
  }
});
