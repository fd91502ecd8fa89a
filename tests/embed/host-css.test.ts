/**
 * Host page CSS cannot restyle the text inside a widget: the same widget on a clean page and on a
 * page with loud, `!important`, root-font-size-changing CSS (pages/hostile.css) computes the same.
 */
import { expect } from '@open-wc/testing';
import { closePages, openPage, part, widget } from './helpers.js';

const PROPS = [
  'font-size',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'white-space',
  'font-weight',
  'font-style',
  'text-shadow',
  'margin-top',
  'padding-top',
  'border-top-width',
  'border-top-style',
  'display',
] as const;

type Styles = Record<string, Record<(typeof PROPS)[number] | 'box-sizing', string>>;

async function measure(page: string): Promise<Styles> {
  const { win, doc } = await openPage(page);
  const el = await widget(doc, 'w');
  const out: Styles = {};
  for (const selector of [':host', '.base', 'h2.title', 'p.claim', 'p.verdict', 'button.answer']) {
    const target = selector === ':host' ? el : part(el, selector);
    if (!target) throw new Error(`${page}: no ${selector}`);
    const style = win.getComputedStyle(target);
    out[selector] = Object.fromEntries([...PROPS, 'box-sizing'].map((p) => [p, style.getPropertyValue(p)])) as Styles[string];
  }
  expect(win.__errors, `${page}: uncaught errors`).to.deep.equal([]);
  return out;
}

describe('hostile host CSS', () => {
  let clean: Styles;
  let hostile: Styles;

  before(async () => {
    clean = await measure('clean.html');
    hostile = await measure('hostile.html');
    closePages();
  });

  it('the hostile CSS is really in force on the host page', () => {
    // The host element itself takes the page's `*` rules (it lives in the page's tree)...
    expect(hostile[':host']!['letter-spacing']).to.equal('5px');
    expect(hostile[':host']!['text-transform']).to.equal('uppercase');
    expect(hostile[':host']!['font-weight']).to.equal('900');
    expect(clean[':host']!['letter-spacing']).to.equal('normal');
  });

  it('the title and claim text keep letter-spacing, text-transform and line-height', () => {
    for (const selector of ['h2.title', 'p.claim', 'p.verdict', 'button.answer']) {
      const s = hostile[selector]!;
      expect(s['letter-spacing'], `${selector} letter-spacing`).to.equal('normal');
      expect(s['text-transform'], `${selector} text-transform`).to.equal('none');
      expect(s['word-spacing'], `${selector} word-spacing`).to.equal(clean[selector]!['word-spacing']);
      const fontSize = parseFloat(s['font-size']);
      const lineHeight = parseFloat(s['line-height']);
      expect(lineHeight / fontSize, `${selector} line-height ${s['line-height']} for ${s['font-size']}`).to.be.within(1, 2);
      expect(s['line-height'], `${selector} line-height`).to.equal(clean[selector]!['line-height']);
    }
  });

  it('font sizes are in px, unaffected by the root 10px and the body 30px', () => {
    expect(hostile['h2.title']!['font-size']).to.equal('20px');
    expect(hostile['p.claim']!['font-size']).to.equal('16px');
    expect(hostile['.base']!['font-size']).to.equal('16px');
    for (const selector of ['.base', 'h2.title', 'p.claim', 'p.verdict']) {
      expect(hostile[selector]!['font-size'], `${selector} font-size`).to.equal(clean[selector]!['font-size']);
    }
  });

  it('every measured style inside the widget, and its display, equals the clean page', () => {
    for (const selector of ['.base', 'h2.title', 'p.claim', 'p.verdict', 'button.answer']) {
      for (const prop of PROPS) expect(hostile[selector]![prop], `${selector} ${prop}`).to.equal(clean[selector]![prop]);
    }
    // `:host { display: block !important }` beats the page's `display: inline !important`.
    expect(hostile[':host']!.display).to.equal('block');
    // Private tokens set on the page's :root do not reach the widget.
    expect(hostile['.base']!['padding-top']).to.equal('16px');
  });

  it('box-sizing inside the widget stays border-box whatever the page sets on the host', () => {
    for (const selector of ['.base', 'h2.title', 'p.claim', 'button.answer']) {
      expect(clean[selector]!['box-sizing'], `${selector} on the clean page`).to.equal('border-box');
      expect(hostile[selector]!['box-sizing'], `${selector} on the hostile page`).to.equal('border-box');
    }
  });
});
