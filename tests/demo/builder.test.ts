/**
 * The snippet builder (demo/builder.html): the snippet it prints, pasted into a blank page, loads
 * the script through its integrity hash and renders what the preview shows, with the options
 * chosen. One configuration per widget, the ES module and the classic script.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import { closeDemos, demoFrame, openDemo, problems, type DemoFrame } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; ctas?: unknown[] };

afterEach(closeDemos);

/** The builder, once it has read dist/integrity.json and printed its first snippet. */
async function openBuilder(): Promise<DemoFrame> {
  const builder = await openDemo('/demo/builder.html', 1280, 900);
  await until(() => (builder.doc.getElementById('snippet') as HTMLTextAreaElement).value.includes('integrity='), 'the builder is ready');
  return builder;
}

/** Sets form fields of the builder as a reader would: each change fires `input`. */
function set(doc: Document, values: Record<string, string | boolean>): void {
  for (const [selector, value] of Object.entries(values)) {
    const field = doc.querySelector<HTMLInputElement>(selector);
    if (!field) throw new Error(`builder: no ${selector}`);
    if (typeof value === 'boolean') field.checked = value;
    else field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function rendered(el: Element | null): el is Widget {
  return !!el?.shadowRoot?.querySelector('.base');
}

/** The widget's rendered text, whitespace collapsed. */
function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function attributesOf(el: Element): string[][] {
  return [...el.attributes].map((a) => [a.name, a.value]).sort();
}

/** Pastes the builder's snippet into a blank page, and compares what it renders with the preview. */
async function paste(builder: DemoFrame, tag: string): Promise<{ el: Widget; page: DemoFrame; snippet: string }> {
  const snippet = (builder.doc.getElementById('snippet') as HTMLTextAreaElement).value;
  const preview = builder.doc.querySelector(`#preview > ${tag}`);
  await until(() => rendered(preview), 'the preview renders');
  await (preview as Widget).updateComplete;

  const frame = demoFrame(1024, 800);
  frame.srcdoc = `<!doctype html><html><head><script src="/tests/embed/pages/probe.js"></script></head><body>\n${snippet}\n</body></html>`;
  document.body.append(frame);
  await until(() => rendered(frame.contentDocument?.querySelector(tag) ?? null), `the pasted ${tag} renders`);
  const page = { frame, win: frame.contentWindow, doc: frame.contentDocument } as DemoFrame;
  const el = page.doc.querySelector(tag) as Widget;
  await el.updateComplete;

  expect(attributesOf(el), 'the same attributes as the preview').to.deep.equal(attributesOf(preview!));
  // The explainer's claim details come after the first paint, on each page in its own time.
  await until(() => textOf(el) === textOf(preview!), 'the same text as the preview').catch(() => undefined);
  expect(textOf(el), 'the same text as the preview').to.equal(textOf(preview!));
  expect(problems(page), 'the blank page').to.deep.equal([]);
  return { el, page, snippet };
}

describe('the snippet builder', () => {
  let integrity: { version: string; files: Record<string, string> };
  before(async () => {
    integrity = await (await fetch('/dist/integrity.json')).json();
  });

  it('a quiz: dark, imperial, persist, a group and two links, from the ES module with its integrity hash', async () => {
    const builder = await openBuilder();
    set(builder.doc, { '#cdn': 'here', '#group': 'blank-quiz', '#theme': 'dark', '#units': 'imperial', 'input[name="persist"]': true });
    builder.doc.getElementById('add-cta')!.click();
    const rows = builder.doc.querySelectorAll('#ctas .cta');
    set(builder.doc, {
      '#ctas .cta:nth-child(2) [name="label"]': 'Find a physiotherapist',
      '#ctas .cta:nth-child(2) [name="href"]': 'https://physio.example/find',
      '#ctas .cta:nth-child(2) [name="kind"]': 'professional',
    });
    expect(rows.length).to.equal(2);

    const { el, snippet } = await paste(builder, 'loadwise-quiz');
    expect(snippet).to.include(`integrity="${integrity.files['loadwise.js']}" crossorigin="anonymous"`);
    expect(snippet).to.include('loadwise-quiz:not(:defined) { display: block; min-height: 480px; }');
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('data-theme')).to.equal('dark');
    expect(el.getAttribute('group')).to.equal('blank-quiz');
    expect(el.hasAttribute('persist')).to.equal(true);
    expect(el.ctas).to.deep.equal([
      { id: 'shop-ankle-weights', label: 'Shop ankle weights', href: 'https://shop.example/ankle-weights', kind: 'commerce', verdicts: ['ready'] },
      { id: 'find-a-physiotherapist', label: 'Find a physiotherapist', href: 'https://physio.example/find', kind: 'professional' },
    ]);
    expect(problems(builder)).to.deep.equal([]);
  });

  it('the pros and cons: two claims, as a list, no common questions, with the fallback, from the classic script', async () => {
    const builder = await openBuilder();
    set(builder.doc, {
      '#cdn': 'here',
      'input[name="widget"][value="loadwise-pros-cons"]': true,
      'input[name="claim"][value="gait-change"]': true,
      'input[name="claim"][value="extra-calories-fixed-pace"]': true,
      '#layout': 'list',
      'input[name="faq"]': false,
      'input[name="format"][value="iife"]': true,
    });

    const { el, snippet } = await paste(builder, 'loadwise-pros-cons');
    expect(snippet).to.include(`<script defer src="${new URL('/dist/loadwise.iife.js', location.href).href}" integrity="${integrity.files['loadwise.iife.js']}" crossorigin="anonymous"></script>`);
    expect(el.shadowRoot!.querySelectorAll('li.claim').length, 'two claims').to.equal(2);
    expect(el.shadowRoot!.querySelector('[part~="faq"]'), 'no common questions').to.equal(null);
    const fallback = el.querySelector('.loadwise-fallback');
    expect(fallback?.textContent).to.include('Heavier weights change your gait');
    expect(fallback!.getClientRects().length, 'the fallback is hidden once the element runs').to.equal(0);
  });

  it('the alternatives: two goals, a link on one card and a disclosure, in the light theme', async () => {
    const builder = await openBuilder();
    set(builder.doc, {
      '#cdn': 'here',
      'input[name="widget"][value="loadwise-alternatives"]': true,
      'input[name="goal"][value="strength"]': true,
      'input[name="goal"][value="bone"]': true,
      '#theme': 'light',
      '#disclosure': 'We sell some of these; the ranking is not ours.',
      '#ctas .cta [name="label"]': 'Shop resistance bands',
      '#ctas .cta [name="href"]': 'https://shop.example/bands',
      '#ctas .cta [name="alternativeId"]': 'strength-training',
    });

    const { el } = await paste(builder, 'loadwise-alternatives');
    const root = el.shadowRoot!;
    expect(root.querySelector('.base')!.getAttribute('data-theme')).to.equal('light');
    const pressed = [...root.querySelectorAll('[part~="chip"][aria-pressed="true"]')].map((b) => b.textContent!.trim());
    expect(pressed).to.have.members(['Strength', 'Bone health']);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[part~="cta"]')];
    expect(links.map((a) => [a.textContent!.trim(), a.href])).to.deep.equal([['Shop resistance bands', 'https://shop.example/bands']]);
    expect(links[0]!.closest('[part~="card"]')!.textContent).to.include('Strength training');
    // The commercial link is described by the disclosure line, in the text the builder set.
    const disclosure = root.getElementById(links[0]!.getAttribute('aria-describedby') ?? '');
    expect(disclosure?.textContent?.trim()).to.equal('We sell some of these; the ranking is not ours.');
  });

  it('leaves out a link the widget would refuse, and says why', async () => {
    const builder = await openBuilder();
    set(builder.doc, { '#ctas .cta [name="href"]': 'javascript:alert(1)' });
    const snippet = (builder.doc.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(snippet).to.not.include('ctas=').and.not.include('javascript:');
    expect(builder.doc.querySelector('#ctas .cta .problem')!.textContent).to.include('https:, http: or mailto:');
    expect(problems(builder)).to.deep.equal([]);
  });

  it('prints the published URL by default, and warns when "this server" is this computer', async () => {
    const builder = await openBuilder();
    const snippet = () => (builder.doc.getElementById('snippet') as HTMLTextAreaElement).value;
    const warning = builder.doc.getElementById('cdn-warning')!;
    expect(snippet()).to.include(`src="https://cdn.jsdelivr.net/npm/loadwise@${integrity.version}/dist/loadwise.js"`);
    expect(warning.hidden, 'no warning for the CDN').to.equal(true);
    set(builder.doc, { '#cdn': 'here' });
    // wtr serves the builder from localhost.
    expect(snippet()).to.include(new URL('/dist/loadwise.js', location.href).href);
    expect(warning.hidden).to.equal(false);
    expect(warning.getClientRects().length, 'the warning is on screen').to.be.above(0);
    expect(warning.textContent).to.include('Warning').and.include(new URL('/dist/loadwise.js', location.href).href);
    set(builder.doc, { '#cdn': 'unpkg' });
    expect(warning.hidden).to.equal(true);
  });

  it('sets label and heading-level', async () => {
    const builder = await openBuilder();
    set(builder.doc, { '#cdn': 'here', '#widget-label': 'Knee quiz', '#heading-level': '3' });
    const { el, snippet } = await paste(builder, 'loadwise-quiz');
    expect(snippet).to.include(` label='Knee quiz' heading-level='3'`);
    expect(el.getAttribute('label')).to.equal('Knee quiz');
    expect(el.getAttribute('heading-level')).to.equal('3');
  });
});
