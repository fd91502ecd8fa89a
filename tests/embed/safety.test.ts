/**
 * What a host (or a content pack) hands a widget cannot run script or break it: unsafe CTA URLs
 * are dropped with one console error, markup in content text shows as text, bad content is
 * refused with one console error listing paths while the built-in pack keeps rendering. The
 * built test bundle runs in this test page; one case needs a page of its own (an iframe).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { captureConsole, clonePack, closePages, count, has, loadCore, loadTestBundle, openPage, part, press, textOf } from './helpers.js';

let builtInTitle = '';

before(async () => {
  await loadTestBundle();
  builtInTitle = (await loadCore()).defaultContent.verdicts.ready.title;
});

async function ctaWidget(href: string): Promise<LoadwiseTestWidget> {
  const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget cta-href=${href} group="cta"></loadwise-test-widget>`);
  await el.updateComplete;
  return el;
}

describe('javascript: and data: CTA URLs', () => {
  let consoleCapture: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    consoleCapture = captureConsole();
  });
  afterEach(() => consoleCapture.restore());

  const refused = [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
  ];

  for (const href of refused) {
    it(`${JSON.stringify(href)}: no link, exactly one console error naming the element and the field`, async () => {
      const el = await ctaWidget(href);
      expect(has(el, 'a.cta'), 'a.cta').to.equal(false);
      expect(count(el, 'a'), 'links').to.equal(0);
      expect(consoleCapture.errors).to.have.length(1);
      expect(consoleCapture.errors[0]).to.contain('<loadwise-test-widget>').and.to.contain('cta-href');
      // The rest of the widget renders.
      expect(textOf(el, 'h2.title')).to.equal(builtInTitle);
    });
  }

  it('issue 14: a 2 MB https: URL is refused, with one console error naming the limit', async () => {
    const el = await ctaWidget(`https://example.com/${'a'.repeat(2_000_000)}`);
    expect(has(el, 'a.cta'), 'a.cta').to.equal(false);
    expect(consoleCapture.errors).to.have.length(1);
    expect(consoleCapture.errors[0]).to.contain('<loadwise-test-widget>').and.to.contain('cta-href').and.to.contain('at most 2048 characters');
  });

  it('an https: URL renders the link, with no console error', async () => {
    const el = await ctaWidget('https://example.com/shop?x=1');
    const link = part<HTMLAnchorElement>(el, 'a.cta');
    expect(link?.getAttribute('href')).to.equal('https://example.com/shop?x=1');
    expect(consoleCapture.errors).to.deep.equal([]);
  });

  it('re-renders do not repeat the console error for the same refused URL', async () => {
    const el = await ctaWidget('javascript:alert(1)');
    await press(el, 'button.answer');
    el.theme = 'dark';
    await el.updateComplete;
    expect(has(el, 'a.cta'), 'a.cta').to.equal(false);
    expect(consoleCapture.errors).to.have.length(1);
    el.forgetAnswers();
  });

  it('setting the attribute to a javascript: URL later removes the link', async () => {
    const el = await ctaWidget('https://example.com/shop');
    expect(has(el, 'a.cta'), 'a.cta').to.equal(true);
    el.setAttribute('cta-href', 'javascript:alert(1)');
    await el.updateComplete;
    expect(has(el, 'a.cta'), 'a.cta').to.equal(false);
    expect(consoleCapture.errors).to.have.length(1);
    expect(consoleCapture.errors[0]).to.contain('<loadwise-test-widget>').and.to.contain('cta-href');
  });
});

describe('markup in content text shown as text', () => {
  const MARKUP = '<img src=x onerror="window.__pwned=1">Hello';

  afterEach(() => {
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('a pack title with an <img onerror> shows literally and creates no element', async () => {
    const pack = await clonePack();
    pack.verdicts.ready.title = MARKUP;
    pack.claims[0]!.title = `<b>bold</b><script>window.__pwned=2</script>`;
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group="markup"></loadwise-test-widget>`);
    const consoleCapture = captureConsole();
    try {
      el.content = pack;
      await until(() => textOf(el, 'h2.title') !== builtInTitle, 'the pack is validated and shown');
      await el.updateComplete;
    } finally {
      consoleCapture.restore();
    }
    expect(consoleCapture.errors, 'the pack is valid').to.deep.equal([]);
    expect(part(el, 'h2.title')!.textContent).to.equal(MARKUP);
    expect(textOf(el, 'p.claim')).to.equal('<b>bold</b><script>window.__pwned=2</script>');
    expect(count(el, 'img, b, script'), 'elements from the text').to.equal(0);
    expect(part(el, 'h2.title')!.childElementCount).to.equal(0);
    // An <img src=x> in the widget would fail to load as this one does: once its error event has
    // run, theirs would have too.
    await new Promise((resolve) => {
      const probe = new Image();
      probe.onerror = resolve;
      probe.src = `x?${Math.random()}`;
    });
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });
});

describe('bad content', () => {
  let consoleCapture: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    consoleCapture = captureConsole();
  });
  afterEach(() => {
    consoleCapture.restore();
    closePages();
  });

  /** A widget with a `<script type="application/json">` child, connected to the page. */
  async function withJsonChild(json: string, debug: boolean): Promise<LoadwiseTestWidget> {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('loadwise-test-widget');
    el.group = 'bad-content';
    el.debug = debug;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    host.append(el);
    await el.updateComplete;
    return el;
  }

  it('an invalid JSON child: one console error naming the element and the paths; the built-in pack renders', async () => {
    const el = await withJsonChild(JSON.stringify({ claims: 5, verdicts: { ready: { title: 'Never shown' } } }), false);
    await until(() => consoleCapture.errors.length > 0, 'the refusal is logged');
    await el.updateComplete;
    expect(consoleCapture.errors).to.have.length(1);
    const [message] = consoleCapture.errors;
    expect(message).to.contain('<loadwise-test-widget>').and.to.contain('claims').and.to.contain('verdicts.ready.summary');
    expect(textOf(el, 'h2.title')).to.equal(builtInTitle);
    expect(textOf(el, 'p.claim')).to.not.equal('');
    expect(has(el, '.debug-notice'), 'no notice without debug').to.equal(false);
  });

  it('with debug, the refusal shows a .debug-notice in the shadow root', async () => {
    const el = await withJsonChild(JSON.stringify({ claims: [] }), true);
    await until(() => part(el, '.debug-notice'), 'the debug notice appears');
    expect(consoleCapture.errors).to.have.length(1);
    expect(consoleCapture.errors[0]).to.contain('<loadwise-test-widget>').and.to.contain('claims');
    expect(textOf(el, 'h2.title')).to.equal(builtInTitle);
    // The widget keeps working.
    await press(el, 'button.answer');
    expect(textOf(el, 'p.verdict')).to.equal('see-professional');
    el.forgetAnswers();
  });

  it('a child that is not JSON: one console error, built-in pack, debug notice', async () => {
    const el = await withJsonChild('{ not json', true);
    await el.updateComplete;
    expect(consoleCapture.errors).to.have.length(1);
    expect(consoleCapture.errors[0]).to.contain('<loadwise-test-widget>').and.to.contain('JSON');
    // The notice's strings come with the validator chunk, fetched for it.
    await until(() => has(el, '.debug-notice'), 'the debug notice appears');
    expect(textOf(el, 'h2.title')).to.equal(builtInTitle);
  });

  it('an invalid `content` property after a valid one: one error, back to the built-in pack', async () => {
    const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group="bad-content" debug></loadwise-test-widget>`);
    const pack = await clonePack();
    pack.verdicts.ready.title = 'Valid first';
    el.content = pack;
    await until(() => textOf(el, 'h2.title') === 'Valid first', 'the valid pack is shown');
    el.content = { ...pack, claims: 'nope' };
    await until(() => textOf(el, 'h2.title') === builtInTitle, 'back to the built-in pack');
    expect(consoleCapture.errors).to.have.length(1);
    expect(consoleCapture.errors[0]).to.contain('<loadwise-test-widget>').and.to.contain('claims');
    expect(has(el, '.debug-notice'), '.debug-notice').to.equal(true);
  });

  /** Opens a page holding `<loadwise-provider id="p" debug>` with a bad JSON child, and checks it is refused. */
  async function expectJsonChildRefused(page: string) {
    const { win, doc } = await openPage(page);
    const provider = doc.getElementById('p')!;
    await win.customElements.whenDefined('loadwise-provider');
    await until(() => provider.shadowRoot, 'the provider renders');
    await until(() => win.__consoleErrors.length > 0 || win.__errors.length > 0, 'the bad JSON child is reported');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__consoleErrors).to.have.length(1);
    expect(win.__consoleErrors[0]).to.contain('<loadwise-provider>').and.to.contain('claims');
    await until(() => provider.shadowRoot!.querySelector('.debug-notice'), 'the debug notice appears');
  }

  it('a JSON child is read when the classic IIFE runs deferred (after parsing)', async () => {
    await expectJsonChildRefused('json-child-iife-defer.html');
  });

  it('a JSON child is read when the classic IIFE in the <head> upgrades the element as the parser creates it', async () => {
    await expectJsonChildRefused('json-child-iife.html');
  });
});
