/**
 * Readable colours for a widget (DESIGN §5), loaded after its first screen and only where the
 * page sets colours of its own: the defaults pass (tests/core/color.test.ts). The maths is the
 * core's (core/color.ts); here, the colours in force are read from the computed style.
 */
import { contrast, cssRgb, mix, parseRgb, readable, type Rgb } from '../core/color.js';

let ctx: CanvasRenderingContext2D | null | undefined;

/** Any computed colour as sRGB: parsed when in sRGB syntax, else drawn once on a 1×1 canvas (oklch, lab…). */
function rgbOf(value: string): Rgb | null {
  const parsed = parseRgb(value);
  if (parsed || !value) return parsed;
  ctx ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = value;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/**
 * The private tokens that make `base`'s colours readable, as declarations (empty when nothing
 * needs changing): the accent (the host's, from the `column-rule-color` probe in host.styles.ts)
 * reaching 4.5:1 on the surface, as text and, with the surface as text on it, as a button; and
 * the control border reaching 3:1. Nothing is changed on a surface that is not opaque.
 */
export function readableTokens(base: Element): string {
  const style = getComputedStyle(base);
  const surface = rgbOf(style.backgroundColor);
  const accent = rgbOf(style.columnRuleColor);
  const text = rgbOf(style.color);
  if (!surface || !accent || !text || surface[3] !== 1) return '';
  let out = '';
  const a = readable(accent, surface, 4.5);
  if (a !== accent) out += `--_loadwise-accent:${cssRgb(a)};`;
  // host.styles.ts mixes 60 % text into the surface: for a host's text of low contrast, not enough.
  const border = mix(surface, text, 0.6);
  if (contrast(border, surface) < 3) out += `--_loadwise-control-border:${cssRgb(readable(border, surface, 3))};`;
  return out;
}
