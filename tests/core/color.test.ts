/**
 * The colour maths of the theme (core/color.ts): WCAG 2 luminance and contrast against published
 * values, computed colours parsed, and readable variants that reach the ratio asked for, keep
 * their hue, and leave a passing colour untouched. The defaults pass, so a page that sets no
 * colours never loads the check (base/loadwise-element.ts).
 */
import { expect } from '@open-wc/testing';
import { contrast, cssRgb, luminance, mix, parseRgb, readable, type Rgb } from '../../src/core/color.js';

const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;

/** HSL hue in degrees. */
function hue([r, g, b]: Rgb): number {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('core/color: contrast', () => {
  const table: [string, string, string, number][] = [
    ['black on white', '#000000', '#ffffff', 21],
    ['white on white', '#ffffff', '#ffffff', 1],
    ['#767676 on white (the AA grey)', '#767676', '#ffffff', 4.54],
    ['the retailer accent on the dark surface', '#5b2a86', '#161b20', 1.75],
    ['the default light accent', '#0b6b53', '#ffffff', 6.48],
    ['the default dark accent', '#5fd0aa', '#161b20', 9.15],
  ];
  for (const [name, a, b, ratio] of table) {
    it(`${name}: ${ratio}:1`, () => {
      expect(contrast(hex(a), hex(b))).to.be.closeTo(ratio, 0.01);
      expect(contrast(hex(b), hex(a)), 'symmetric').to.be.closeTo(ratio, 0.01);
    });
  }

  it('luminance runs from 0 (black) to 1 (white)', () => {
    expect(luminance([0, 0, 0])).to.equal(0);
    expect(luminance([255, 255, 255])).to.be.closeTo(1, 1e-9);
  });
});

describe('core/color: computed colours', () => {
  const table: [string, Rgb | null][] = [
    ['rgb(11, 107, 83)', [11, 107, 83, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgb(11 107 83 / 0.5)', [11, 107, 83, 0.5]],
    ['color(srgb 1 0.5 0)', [255, 128, 0, 1]],
    ['color(srgb 1.2 -0.1 0.5 / 0.25)', [255, 0, 128, 0.25]],
    ['oklch(0.5 0.1 200)', null],
    ['color(display-p3 1 0 0)', null],
    ['rgb(1, 2)', null],
    ['', null],
  ];
  for (const [value, expected] of table) {
    it(`${JSON.stringify(value)} → ${JSON.stringify(expected)}`, () => expect(parseRgb(value)).to.deep.equal(expected));
  }
});

describe('core/color: readable variants', () => {
  const table: [string, string, string, number][] = [
    ['the retailer accent on the dark surface: lightened', '#5b2a86', '#161b20', 4.5],
    ['a pale accent on white: darkened', '#ffd54f', '#ffffff', 4.5],
    ['a mid grey accent on a mid grey surface', '#777777', '#767676', 4.5],
    ['a navy accent on a dark surface', '#1b2a6a', '#161b20', 4.5],
    ['a control border on a low-contrast text', '#a0a0a0', '#ffffff', 3],
  ];
  for (const [name, color, surface, min] of table) {
    it(`${name} reaches ${min}:1 and keeps its hue`, () => {
      const out = readable(hex(color), hex(surface), min);
      expect(contrast(out, hex(surface))).to.be.at.least(min);
      if (hue(hex(color)) !== 0) expect(Math.abs(hue(out) - hue(hex(color)))).to.be.below(4);
      // The least change that does: a step less towards white or black falls short.
      const to: Rgb = luminance(out) > luminance(hex(color)) ? [255, 255, 255] : [0, 0, 0];
      const t = [...Array(257).keys()].map((i) => i / 256).find((s) => contrast(mix(hex(color), to, s), hex(surface)) >= min)!;
      expect(contrast(mix(hex(color), to, Math.max(0, t - 2 / 256)), hex(surface))).to.be.below(min);
    });
  }

  it('leaves a passing colour untouched (the same object)', () => {
    const accent = hex('#0b6b53');
    expect(readable(accent, hex('#ffffff'), 4.5)).to.equal(accent);
  });

  it('the defaults pass on their own surfaces: accent and danger 4.5:1, the control border (60 % text) 3:1', () => {
    for (const [accent, danger, text, surface] of [
      ['#0b6b53', '#a4232f', '#1b232b', '#ffffff'],
      ['#5fd0aa', '#ff8d94', '#e8edf2', '#161b20'],
    ]) {
      expect(contrast(hex(accent!), hex(surface!))).to.be.at.least(4.5);
      expect(contrast(hex(danger!), hex(surface!))).to.be.at.least(4.5);
      expect(contrast(mix(hex(surface!), hex(text!), 0.6), hex(surface!))).to.be.at.least(3);
    }
  });

  it('writes CSS', () => expect(cssRgb([1, 2, 3])).to.equal('rgb(1 2 3)'));
});
