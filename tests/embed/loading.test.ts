/**
 * How the built bundles load into a host page: several copies at once, properties set before the
 * bundle ran, and nothing fetched but the bundle's own files. Each page runs in an iframe, with
 * probe.js first in its <head>.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import { allDefined, clonePack, closePages, has, openPage, part, press, textOf, widget, TEST_BUNDLE, type Frame } from './helpers.js';

const VERSION = '0.1.0';
const VERSION_MARKER = Symbol.for('loadwise.version');

function versionWarnings(win: Frame['win']): string[] {
  return win.__consoleWarns.filter((w) => /Loadwise|version/i.test(w));
}

/** The state every copy shares through `Symbol.for` keys on the window. */
function marker(win: Window): { versions: string[]; warned: boolean } | undefined {
  return (win as unknown as Record<symbol, { versions: string[]; warned: boolean } | undefined>)[VERSION_MARKER];
}

async function expectCopiesCooperate(page: string) {
  const f = await openPage(page);
  const { win, doc } = f;
  await allDefined(f);
  expect(win.customElements.get('loadwise-provider'), '<loadwise-provider> defined').to.be.a('function');
  expect(win.customElements.get('loadwise-test-widget'), '<loadwise-test-widget> defined').to.be.a('function');
  expect(marker(win)?.versions).to.deep.equal([VERSION]);

  const inProvider = await widget(doc, 'in-provider');
  const standalone = await widget(doc, 'standalone');
  // The provider (from whichever copy defined it) reaches a widget of another copy...
  expect(part(inProvider, '.base')?.getAttribute('data-theme')).to.equal('dark');
  expect(part(standalone, '.base')?.getAttribute('data-theme')).to.equal('light'); // auto, on a page with no color-scheme
  // ...and its group store is the page-wide one every copy shares.
  await press(inProvider, 'button.answer');
  await standalone.updateComplete;
  expect(textOf(standalone, 'p.verdict')).to.equal('see-professional');
  expect(standalone.assessment).to.equal(inProvider.assessment);

  expect(win.__errors, 'uncaught errors').to.deep.equal([]);
  expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  expect(versionWarnings(win), 'same version: no warning').to.deep.equal([]);
}

describe('loaded twice under two URLs, and alongside the IIFE', () => {
  afterEach(closePages);

  it('IIFE first, then the ES module twice and the test bundle: no error, no warning', async () => {
    await expectCopiesCooperate('double-load.html');
  });

  it('the ES module twice and the test bundle, then the IIFE: no error, no warning', async () => {
    await expectCopiesCooperate('double-load-iife-last.html');
  });

  it('after another version took <loadwise-provider>: exactly one warning for the whole page', async () => {
    const { win, doc } = await openPage('double-load-other-version.html');
    const other = win.customElements.get('loadwise-provider') as (CustomElementConstructor & { loadwiseVersion?: string }) | undefined;
    expect(other?.loadwiseVersion, 'the first definition is kept').to.equal('0.0.1-other');
    // The loader imports this version's provider to compare (define-if-absent keeps the other).
    await until(() => versionWarnings(win).length > 0, 'the warning');
    const warnings = versionWarnings(win);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1-other').and.to.contain(VERSION).and.to.contain('<loadwise-provider>');
    // The widgets of this version still work.
    const standalone = await widget(doc, 'standalone');
    expect(textOf(standalone, 'h2.title')).to.not.equal('');
    expect(win.__errors, 'uncaught errors').to.deep.equal([]);
    expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  });
});

describe('properties set before the script ran are honoured', () => {
  afterEach(closePages);

  it('theme, units, group, cta-href (classic script) and content (set by the test) survive the upgrade', async () => {
    const { win, doc } = await openPage('pre-upgrade.html');
    expect((win as unknown as { __preUpgradeDefined: boolean }).__preUpgradeDefined, 'pre-upgrade.js ran before any definition').to.equal(false);
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    expect(win.customElements.get('loadwise-test-widget') === undefined, 'not defined yet').to.equal(true);

    // Still plain elements: these are own data properties the upgrade must take over.
    const title = 'Set before the bundle';
    const pack = await clonePack(win);
    pack.verdicts.ready.title = title;
    Object.assign(b, { content: pack, theme: 'dark', debug: true });
    expect(Object.prototype.hasOwnProperty.call(b, 'content')).to.equal(true);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = TEST_BUNDLE;
    doc.head.append(script);
    await win.customElements.whenDefined('loadwise-test-widget');

    const wa = await widget(doc, 'a');
    const wb = await widget(doc, 'b');
    const peer = await widget(doc, 'peer');
    expect(wa === a, 'the same element, upgraded').to.equal(true);

    expect(wa.theme).to.equal('dark');
    expect(part(wa, '.base')?.getAttribute('data-theme')).to.equal('dark');
    expect(textOf(wa, 'p.units')).to.equal('imperial');
    expect(part<HTMLAnchorElement>(wa, 'a.cta')?.href).to.equal('https://example.com/pre');
    expect(wa.group).to.equal('pre-upgrade');
    await press(wa, 'button.answer');
    await peer.updateComplete;
    expect(textOf(peer, 'p.verdict'), 'a and its peer share the group set before the upgrade').to.equal('see-professional');
    expect(textOf(wb, 'p.verdict'), 'b is in the default group').to.equal('none');

    expect(part(wb, '.base')?.getAttribute('data-theme')).to.equal('dark');
    await until(() => textOf(wb, 'h2.title') === title, 'the pack set before the upgrade is validated and shown');
    expect(has(wb, '.debug-notice'), '.debug-notice').to.equal(false);

    expect(win.__errors, 'uncaught errors').to.deep.equal([]);
    expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  });
});

describe('no request except the bundle’s own files', () => {
  afterEach(closePages);

  it('renders, answers, persists and validates a custom pack fetching only same-origin bundle files', async () => {
    const { win, doc } = await openPage('resources.html');
    const inProvider = await widget(doc, 'in-provider');
    const custom = await widget(doc, 'custom');
    await press(inProvider, 'button.answer');
    const pack = await clonePack(win);
    pack.verdicts.ready.title = 'Only own files';
    custom.content = pack;
    await until(() => textOf(custom, 'h2.title') === 'Only own files', 'the custom pack is shown');
    await press(custom, 'button.answer');

    const page = new URL(win.location.href);
    const urls = [page.href, ...win.performance.getEntriesByType('resource').map((e) => e.name)].map((u) => new URL(u));
    const paths = urls.map((u) => u.pathname);
    expect(paths, 'the lazy validator chunk was fetched (and is listed)').to.satisfy((p: string[]) => p.some((x) => x.startsWith('/build/test/chunks/')));
    for (const url of urls) {
      expect(url.origin, `${url.href} is same-origin`).to.equal(page.origin);
      const own =
        url.pathname.startsWith('/dist/') ||
        url.pathname.startsWith('/build/test/') ||
        url.pathname === '/tests/embed/pages/resources.html' ||
        url.pathname === '/tests/embed/pages/probe.js' ||
        // Injected into every HTML page by the test runner's dev server, not by Loadwise.
        url.pathname === '/__web-dev-server__web-socket.js';
      expect(own, `${url.href} is the page, the probe or a bundle file`).to.equal(true);
    }
    expect(win.__errors, 'uncaught errors').to.deep.equal([]);
    expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
    win.sessionStorage.removeItem('loadwise:v1:default');
  });
});
