/**
 * The built bundle: `theme="auto"` on a page that declares `light dark` follows the reader's
 * system, and the shop's accent, which fails on the dark surface, is made readable, under a
 * strict CSP (no inline style; a constructed sheet).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { contrast, parseRgb, type Rgb } from '../../src/core/color.js';
import { until } from '../wait.js';
import { allDefined, closePages, openPage, part } from './helpers.js';

afterEach(async () => {
  closePages();
  await emulateMedia({ colorScheme: 'light' });
});

describe('built bundle: the theme follows the page', () => {
  it('a "light dark" page on a dark system: dark, with a readable accent; light again when the system is', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const f = await openPage('theme.html');
    await allDefined(f);
    const quiz = f.doc.getElementById('quiz')!;
    const base = () => part(quiz, '.base')!;
    const colour = (value: string): Rgb => {
      const probe = f.doc.createElement('i');
      base().append(probe);
      probe.style.setProperty('color', value); // from the test, not the page: the page's CSP does not apply to CSSOM
      const out = parseRgb(f.win.getComputedStyle(probe).color)!;
      probe.remove();
      return out;
    };
    const surface = () => parseRgb(f.win.getComputedStyle(base()).backgroundColor)!;
    const accent = () => colour('var(--_loadwise-accent)');

    expect(base().getAttribute('data-theme')).to.equal('dark');
    expect(f.win.getComputedStyle(base()).backgroundColor).to.equal('rgb(22, 27, 32)');
    await until(() => contrast(accent(), surface()) >= 4.5, 'the shop accent made readable on the dark surface');

    await emulateMedia({ colorScheme: 'light' });
    await until(() => base().getAttribute('data-theme') === 'light', 'light once the system is');
    expect(f.win.getComputedStyle(base()).backgroundColor).to.equal('rgb(255, 255, 255)');
    // On white the shop's accent passes (9.9:1): its own colour, untouched.
    await until(() => accent().join() === '91,42,134,1', 'the shop accent as it is');

    expect(f.win.__violations, 'CSP violations').to.deep.equal([]);
    expect(f.win.__errors, 'uncaught errors').to.deep.equal([]);
  });
});
