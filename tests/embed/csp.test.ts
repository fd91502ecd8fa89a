/**
 * The built test bundle on pages that send a strict Content-Security-Policy, or enforce Trusted
 * Types, in a response header (web-test-runner.config.js adds the headers). The pages are loaded
 * in iframes: wtr's own page relies on inline scripts that such headers would block.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import { allDefined, clonePack, closePages, has, openPage, part, press, textOf, widget, PAGES, type Frame } from './helpers.js';

const BUILT_IN_TITLE = 'No red flags found';

function chunkLoaded(win: Window): boolean {
  return win.performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.startsWith('/build/test/chunks/'));
}

/** Renders every widget of csp.html / trusted-types.html and exercises them. */
async function exercise({ win, doc }: Frame) {
  await allDefined({ win, doc } as Frame);
  const plain = await widget(doc, 'plain');
  const inProvider = await widget(doc, 'in-provider');
  const custom = await widget(doc, 'custom');

  expect(textOf(plain, 'h2.title')).to.equal(BUILT_IN_TITLE);
  expect(textOf(plain, 'p.claim')).to.not.equal('');
  // The widget's own CSS (adopted style sheets) is in force.
  const base = part(plain, '.base')!;
  const style = win.getComputedStyle(base);
  expect(style.borderTopStyle).to.equal('solid');
  expect(style.borderTopWidth).to.equal('1px');
  expect(style.paddingTop).to.equal('16px');
  expect(win.getComputedStyle(part(plain, 'h2.title')!).fontSize).to.equal('20px');
  expect(part<HTMLAnchorElement>(plain, 'a.cta')?.href).to.equal('https://example.com/shop');

  // Re-rendering after an answer, across a provider and a page-level group.
  expect(textOf(custom, 'p.verdict')).to.equal('none');
  await press(inProvider, 'button.answer');
  await custom.updateComplete;
  expect(textOf(custom, 'p.verdict')).to.equal('see-professional');
  expect(custom.assessment?.verdict).to.equal('see-professional');
  expect(textOf(plain, 'p.verdict'), 'other groups untouched').to.equal('none');
}

/** A custom pack: the lazy validator chunk (zod) loads and runs. */
async function setCustomPack({ win, doc }: Frame, title: string) {
  const custom = await widget(doc, 'custom');
  const pack = await clonePack(win);
  pack.verdicts.ready.title = title;
  custom.content = pack;
  await until(() => textOf(custom, 'h2.title') === title, 'the custom pack is validated and shown');
  expect(chunkLoaded(win), 'the validator chunk was fetched').to.equal(true);
  expect(has(custom, '.debug-notice'), '.debug-notice').to.equal(false);
}

/** An invalid pack: zod's error path runs too, and is reported on the console. */
async function setInvalidPack({ win, doc }: Frame) {
  const custom = await widget(doc, 'custom');
  const before = win.__consoleErrors.length;
  custom.content = { claims: 'nope' };
  await until(() => part(custom, '.debug-notice'), 'the refused pack is noticed');
  expect(textOf(custom, 'h2.title')).to.equal(BUILT_IN_TITLE);
  const logged = win.__consoleErrors.slice(before);
  expect(logged).to.have.length(1);
  expect(logged[0]).to.contain('<loadwise-test-widget>').and.to.contain('claims');
  win.__consoleErrors.splice(before);
}

/** A widget with locale="de": its pack, a lazy chunk beside the bundle, loads and renders. */
async function germanPack({ win, doc }: Frame) {
  const url: string = '/build/test/locales/de.js'; // a variable: not resolved by TypeScript
  const de = ((await import(url)) as { default: { verdicts: { ready: { title: string } } } }).default;
  const german = doc.getElementById('german')!;
  await until(() => german.shadowRoot?.querySelector('h2.title')?.textContent === de.verdicts.ready.title, 'the German pack');
  expect(de.verdicts.ready.title).to.not.equal(BUILT_IN_TITLE);
  const fetched = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  expect(fetched.filter((path) => path.includes('/locales/'))).to.deep.equal(['/build/test/locales/de.js']);
}

function expectClean(win: Frame['win']) {
  expect(win.__violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  expect(win.__errors, 'uncaught errors').to.deep.equal([]);
  expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
}

describe('strict CSP in a response header', () => {
  afterEach(closePages);

  it('the page is really served with the header', async () => {
    const response = await fetch(`${PAGES}/csp.html`);
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('renders the widgets with their CSS and zero violations', async () => {
    const f = await openPage('csp.html');
    await exercise(f);
    expectClean(f.win);
  });

  it('loads and runs the lazy content validator (zod) with zero violations', async () => {
    const f = await openPage('csp.html');
    await setCustomPack(f, 'A title under CSP');
    await setInvalidPack(f);
    expectClean(f.win);
  });

  it('loads a language pack chunk (import() of a URL beside the script) with zero violations', async () => {
    const f = await openPage('csp.html');
    await germanPack(f);
    expectClean(f.win);
  });

  it('control: the probe does see a violation when the page breaks its CSP', async () => {
    const { win, doc } = await openPage('csp.html');
    await widget(doc, 'plain');
    const style = doc.createElement('style');
    style.textContent = 'body { color: red }';
    doc.head.append(style);
    await until(() => win.__violations.length > 0, 'the inline <style> is reported');
    expect(win.__violations[0]!.directive).to.equal('style-src-elem');
  });
});

describe('Trusted Types enforced', () => {
  afterEach(closePages);

  it('the page is really served with the header', async () => {
    const response = await fetch(`${PAGES}/trusted-types.html`);
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
  });

  it('renders and updates the widgets with no violation and no error', async () => {
    const f = await openPage('trusted-types.html');
    await exercise(f);
    await setCustomPack(f, 'A title under Trusted Types');
    await setInvalidPack(f);
    expectClean(f.win);
  });

  it('loads a language pack chunk with no violation and no error', async () => {
    const f = await openPage('trusted-types.html');
    await germanPack(f);
    expectClean(f.win);
  });

  it('control: a raw innerHTML is refused and seen by the probe', async () => {
    const { win, doc } = await openPage('trusted-types.html');
    await widget(doc, 'plain');
    const div = doc.createElement('div');
    expect(() => {
      div.innerHTML = '<b>raw</b>';
    }).to.throw();
    await until(() => win.__violations.length > 0, 'the violation is reported');
    expect(win.__violations[0]!.directive).to.equal('require-trusted-types-for');
  });
});

describe('issue 14: Trusted Types with no policy allowed for Lit', () => {
  afterEach(closePages);

  for (const [page, line] of [
    ['tt-refused.html', "trusted-types lit-html 'allow-duplicates'"],
    ['tt-other-policy.html', "trusted-types shop-analytics dompurify lit-html 'allow-duplicates'"],
  ] as const) {
    it(`${page}: one console error naming Loadwise and the exact directive the page needs`, async () => {
      const { win } = await openPage(page);
      await until(() => win.__consoleErrors.some((e) => e.includes('Loadwise')), 'the error naming Loadwise');
      // Lit's refusal is the page's only violation (no other policy was tried).
      expect(win.__violations.map((v) => v.sample)).to.deep.equal(['lit-html']);
      const ours = win.__consoleErrors.filter((e) => e.includes('Loadwise'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('Trusted Types').and.to.contain(`Content-Security-Policy needs: ${line}`);
      expect(ours[0]!.endsWith(line), ours[0]).to.equal(true);
    });
  }
});
