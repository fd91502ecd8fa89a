/**
 * Every page of the demo site (demo/, what `npm start` serves), from the built bundle, at 320 px
 * and at desktop width: no console error, uncaught error or CSP violation, zero axe violations,
 * and nothing wider than the viewport.
 */
import { expect } from '@open-wc/testing';
import { contrast, parseRgb } from '../../src/core/color.js';
import { until } from '../wait.js';
import { axeViolations, closeDemos, horizontalOverflow, openDemo, problems, type DemoFrame } from './helpers.js';

/** Each page, with what shows that it has finished setting itself up. */
const PAGES: Record<string, (f: DemoFrame) => unknown> = {
  index: ({ doc }) => doc.querySelector('.demos'),
  blog: ({ doc }) => doc.querySelector('loadwise-pros-cons')?.shadowRoot?.querySelector('li.claim'),
  retailer: ({ doc }) => doc.querySelector('loadwise-quiz')?.shadowRoot,
  gym: ({ doc }) => doc.querySelector('loadwise-quiz')?.shadowRoot,
  theming: ({ doc }) => doc.querySelector('#properties .property'),
  builder: ({ doc }) => (doc.getElementById('snippet') as HTMLTextAreaElement | null)?.value.includes('integrity="sha384-'),
  hostile: ({ doc }) => doc.querySelector('loadwise-pros-cons')?.shadowRoot?.querySelector('li.claim'),
  core: ({ doc }) => doc.querySelector('#claims li'),
};
const WIDTHS: [string, number, number][] = [
  ['320 px', 320, 640],
  ['desktop', 1280, 800],
];

afterEach(closeDemos);

describe('the demo pages', () => {
  for (const [name, ready] of Object.entries(PAGES)) {
    it(`${name}.html: no errors, axe clean and no horizontal overflow at 320 px and at desktop width`, async () => {
      for (const [label, width, height] of WIDTHS) {
        const f = await openDemo(`/demo/${name}.html`, width, height);
        await until(() => ready(f), `${name}.html sets itself up`);
        expect(horizontalOverflow(f), `${name}.html overflows sideways at ${label}`).to.equal(0);
        expect(await axeViolations(f), `axe on ${name}.html at ${label}`).to.deep.equal([]);
        expect(problems(f), `${name}.html at ${label}`).to.deep.equal([]);
        closeDemos();
      }
    });
  }

  it('theming.html: the controls restyle all three widgets at once', async () => {
    const f = await openDemo('/demo/theming.html', 1280, 800);
    await until(() => PAGES['theming']!(f), 'the controls are listed');
    const { doc, win } = f;
    const input = (selector: string, value: string) => {
      const field = doc.querySelector<HTMLInputElement>(selector)!;
      if (field.type === 'radio') field.checked = true;
      else field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const widgets = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('loadwise-quiz, loadwise-pros-cons, loadwise-alternatives')];
    input('#prop-loadwise-accent', '#aa0000');
    input('input[name="theme"][value="dark"]', '');
    input('input[name="dir"][value="rtl"]', '');
    input('#width', '400');
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const el of widgets) {
      const base = el.shadowRoot!.querySelector('.base')!;
      expect(base.getAttribute('data-theme'), el.localName).to.equal('dark');
      // #aa0000 is 2.6:1 on the dark surface: the widget shows a lighter red of the same hue (docs/theming.md).
      await until(() => win.getComputedStyle(base).getPropertyValue('--_loadwise-accent').trim() !== '#aa0000', `${el.localName}: a readable variant`);
      const [r, g, b] = parseRgb(win.getComputedStyle(base).getPropertyValue('--_loadwise-accent'))!;
      expect(g, el.localName).to.equal(b);
      expect(r, el.localName).to.be.above(g);
      expect(contrast([r, g, b], parseRgb(win.getComputedStyle(base).backgroundColor)!), el.localName).to.be.at.least(4.5);
      expect(win.getComputedStyle(base).direction, el.localName).to.equal('rtl');
      expect(el.getBoundingClientRect().width, el.localName).to.equal(400);
    }
    expect(doc.getElementById('css')!.textContent).to.include('--loadwise-accent: #aa0000;');
    expect(problems(f)).to.deep.equal([]);
  });

  it('hostile.html is served with its strict CSP header, and loads the script three times', async () => {
    const csp = (await fetch('/demo/hostile.html')).headers.get('content-security-policy') ?? '';
    expect(csp).to.include("script-src 'self'").and.include("style-src 'self'").and.not.include('unsafe');
    const f = await openDemo('/demo/hostile.html', 1280, 800);
    const scripts = f.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search);
    expect(scripts).to.include.members(['/dist/loadwise.js', '/dist/loadwise.js?copy=2', '/dist/loadwise.iife.js']);
    expect(problems(f)).to.deep.equal([]);
  });
});
