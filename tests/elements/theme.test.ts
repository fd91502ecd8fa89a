/**
 * `theme="auto"` follows the page (DESIGN §2), a host accent that fails on the surface gets a
 * readable variant, and the control border reaches 3:1 (WCAG 1.4.11): the real quiz, in real
 * Chromium, with the reader's system setting emulated, asserting the rendered `data-theme` and
 * the colours the browser computes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/quiz/quiz.js';
import '../../src/elements/provider/provider.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import { contrast, parseRgb, type Rgb } from '../../src/core/color.js';
import { until } from '../wait.js';

let n = 0;
const group = () => `theme-${++n}`;
const root = document.documentElement;

const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.base')!;
const themeOf = (el: Element) => base(el).getAttribute('data-theme');
const background = (el: Element) => getComputedStyle(base(el)).backgroundColor;
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 32)';

/** A colour the browser computes in the widget, as sRGB (oklch and the like drawn on a canvas). */
function rgb(value: string): Rgb {
  const parsed = parseRgb(value);
  if (parsed) return parsed;
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = value;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** The colour `property` computes to where `value` is set, inside the widget's `.base`. */
function computed(el: Element, property: string, value: string): Rgb {
  const probe = document.createElement('i');
  probe.style.setProperty(property, value);
  base(el).append(probe);
  const out = rgb(getComputedStyle(probe).getPropertyValue(property));
  probe.remove();
  return out;
}
const accent = (el: Element) => computed(el, 'color', 'var(--_loadwise-accent)');
const surface = (el: Element) => rgb(getComputedStyle(base(el)).backgroundColor);

async function quiz(attrs: { theme?: string; style?: string } = {}): Promise<LoadwiseQuiz> {
  const el = await fixture<LoadwiseQuiz>(html`<loadwise-quiz group=${group()} theme=${attrs.theme ?? 'auto'} style=${attrs.style ?? ''}></loadwise-quiz>`);
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  root.style.colorScheme = '';
  document.querySelectorAll('meta[name="color-scheme"]').forEach((m) => m.remove());
  await emulateMedia({ colorScheme: 'light' });
});

describe('theme="auto" follows the page', () => {
  // [the page's color-scheme, the reader's system, the theme expected]
  const cases: [string, 'light' | 'dark', 'light' | 'dark'][] = [
    ['', 'light', 'light'],
    ['', 'dark', 'light'],
    ['dark', 'light', 'dark'],
    ['dark', 'dark', 'dark'],
    ['light dark', 'light', 'light'],
    ['light dark', 'dark', 'dark'],
  ];
  for (const [scheme, system, expected] of cases) {
    it(`a page with ${scheme ? `color-scheme: ${scheme}` : 'no color-scheme'}, a reader's system ${system}: ${expected}`, async () => {
      await emulateMedia({ colorScheme: system });
      root.style.colorScheme = scheme;
      const el = await quiz();
      expect(themeOf(el)).to.equal(expected);
      expect(background(el)).to.equal(expected === 'dark' ? DARK : LIGHT);
    });
  }

  it('"only light" and a light page whose ancestor says dark: each widget from its own place', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    root.style.colorScheme = 'only light';
    const host = await fixture(html`<div><section style="color-scheme: dark"><loadwise-quiz group=${group()}></loadwise-quiz></section><loadwise-quiz group=${group()}></loadwise-quiz></div>`);
    const [inDark, onPage] = [...host.querySelectorAll('loadwise-quiz')] as LoadwiseQuiz[];
    await inDark!.updateComplete;
    await onPage!.updateComplete;
    expect(themeOf(inDark!)).to.equal('dark');
    expect(themeOf(onPage!)).to.equal('light');
  });

  it('follows the page as it changes: a style on <html>, a class, a <meta>, the system setting', async () => {
    const el = await quiz();
    expect(themeOf(el)).to.equal('light');
    root.style.colorScheme = 'dark';
    await until(() => themeOf(el) === 'dark' && background(el) === DARK, 'dark once the page says dark');
    root.style.colorScheme = '';
    await until(() => themeOf(el) === 'light', 'light again');

    const style = document.createElement('style');
    style.textContent = '.night { color-scheme: dark }';
    document.head.append(style);
    document.body.classList.add('night');
    await until(() => themeOf(el) === 'dark', 'dark from a class on <body>');
    document.body.classList.remove('night');
    style.remove();
    await until(() => themeOf(el) === 'light', 'light once the class is gone');

    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.append(meta);
    await until(() => themeOf(el) === 'dark', 'dark from <meta name="color-scheme" content="dark">');
    meta.content = 'light dark';
    await until(() => themeOf(el) === 'light', 'light from "light dark" on a light system');
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => themeOf(el) === 'dark' && background(el) === DARK, 'dark once the system is dark');
  });

  it('leaves light, dark and a provider\'s theme as they are', async () => {
    root.style.colorScheme = 'dark';
    expect(themeOf(await quiz({ theme: 'light' }))).to.equal('light');
    root.style.colorScheme = '';
    expect(themeOf(await quiz({ theme: 'dark' }))).to.equal('dark');
    const provider = await fixture(html`<loadwise-provider theme="dark" group=${group()}><loadwise-quiz></loadwise-quiz></loadwise-provider>`);
    const inside = provider.querySelector('loadwise-quiz') as LoadwiseQuiz;
    await until(() => themeOf(inside) === 'dark', 'the provider\'s dark theme');
    const auto = await fixture(html`<loadwise-provider theme="auto" group=${group()}><loadwise-quiz></loadwise-quiz></loadwise-provider>`);
    const follows = auto.querySelector('loadwise-quiz') as LoadwiseQuiz;
    await follows.updateComplete;
    expect(themeOf(follows)).to.equal('light');
    root.style.colorScheme = 'dark';
    await until(() => themeOf(follows) === 'dark', 'a provider with auto: the page\'s theme');
  });
});

describe('a host accent that fails on the surface gets a readable variant', () => {
  it('the retailer\'s accent on the dark surface: 1.75:1 becomes 4.5:1 or more, as text and behind the surface as button text', async () => {
    const el = await quiz({ theme: 'dark', style: '--loadwise-accent: #5b2a86' });
    await until(() => contrast(accent(el), surface(el)) >= 4.5, 'a readable accent');
    // Start: the surface colour on the accent.
    const start = el.shadowRoot!.querySelector<HTMLElement>('.button, button')!;
    const bg = rgb(getComputedStyle(start).backgroundColor);
    if (bg[3] === 1) expect(contrast(rgb(getComputedStyle(start).color), bg)).to.be.at.least(4.5);
    // Its hue is the shop's: lighter, still purple.
    const [r, g, b] = accent(el);
    expect(b).to.be.above(g);
    expect(r).to.be.above(g);
  });

  for (const [format, value, theme] of [
    ['hex', '#5b2a86', 'dark'],
    ['rgb()', 'rgb(91, 42, 134)', 'dark'],
    ['hsl()', 'hsl(272 52% 35%)', 'dark'],
    ['a named colour', 'navy', 'dark'],
    ['oklch()', 'oklch(0.35 0.12 300)', 'dark'],
    ['a pale hex on light', '#9fd8c4', 'light'],
  ]) {
    it(`in ${format} (${value}, ${theme})`, async () => {
      const el = await quiz({ theme, style: `--loadwise-accent: ${value}` });
      const before = computed(el, 'color', value);
      expect(contrast(before, surface(el)), 'fails at first').to.be.below(4.5);
      await until(() => contrast(accent(el), surface(el)) >= 4.5, `a readable variant of ${value}`);
    });
  }

  it('leaves a passing accent untouched, and follows a change of it', async () => {
    const host = await fixture(html`<div>
      <loadwise-quiz group=${group()} theme="dark" style="--loadwise-accent: #5b2a86"></loadwise-quiz>
      <loadwise-quiz group=${group()} theme="light" style="--loadwise-accent: #5b2a86"></loadwise-quiz>
    </div>`);
    const [failing, passing] = [...host.querySelectorAll('loadwise-quiz')] as LoadwiseQuiz[];
    await until(() => contrast(accent(failing!), surface(failing!)) >= 4.5, 'the failing one fixed');
    await passing!.updateComplete;
    expect(accent(passing!)).to.deep.equal([91, 42, 134, 1]);
    expect(passing!.shadowRoot!.adoptedStyleSheets.some((s) => s.cssRules[0]?.cssText.includes('--_loadwise-accent')), 'no variant').to.equal(false);
    // The page now gives the dark one a passing accent: its own, untouched.
    failing!.style.setProperty('--loadwise-accent', '#ffb547');
    await until(() => accent(failing!).join() === [255, 181, 71, 1].join(), 'the new accent, as it is');
  });
});

describe('the control border reaches 3:1 on the surface (WCAG 1.4.11)', () => {
  const border = (el: Element) => computed(el, 'border-top-color', 'var(--_loadwise-control-border)');
  for (const [name, theme, style] of [
    ['light', 'light', ''],
    ['dark', 'dark', ''],
    ['a host surface and text (light)', 'light', '--loadwise-surface: #fffdf8; --loadwise-text: #1f2328'],
    ['a host surface and text (dark)', 'dark', '--loadwise-surface: #1b1d21; --loadwise-text: #eceff3'],
    ['a host text of low contrast', 'light', '--loadwise-text: #767676'],
  ]) {
    it(name, async () => {
      const el = await quiz({ theme, style });
      await until(() => contrast(border(el), surface(el)) >= 3, `${contrast(border(el), surface(el)).toFixed(2)}:1 reaches 3:1`);
    });
  }
});

describe('the colours are checked again when the theme changes', () => {
  it('a property set to dark: the failing accent is made readable there too', async () => {
    const el = await quiz({ theme: 'light', style: '--loadwise-accent: #5b2a86' });
    await until(() => accent(el).join() === '91,42,134,1', 'the accent as it is on light');
    el.theme = 'dark'; // a property: no attribute, nothing for the page's observer
    await until(() => themeOf(el) === 'dark' && contrast(accent(el), surface(el)) >= 4.5, 'a readable variant on dark');
    el.theme = 'light';
    await until(() => themeOf(el) === 'light' && accent(el).join() === '91,42,134,1', 'the accent as it is again');
  });
});
