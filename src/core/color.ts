/**
 * Colour maths for the theme (pure: strings and numbers in, strings and numbers out). WCAG 2
 * relative luminance and contrast ratio; a readable variant of a colour on a background, that
 * keeps its hue (mixed towards white or black in sRGB, as `color-mix(in srgb, …)` would). Loaded
 * after a widget's first screen (base/colours.ts).
 */

/** An sRGB colour, 0–255 per channel, and its alpha (0–1). */
export type Rgb = readonly [r: number, g: number, b: number, a?: number];

/**
 * A computed colour as browsers serialise them: `rgb(…)`, `rgba(…)` (commas or spaces) or
 * `color(srgb r g b [/ a])`, which is what `getComputedStyle` returns for colours in sRGB.
 * Null for anything else (`oklch(…)`, `lab(…)`…: resolve those first).
 */
export function parseRgb(value: string): Rgb | null {
  const m = /^(rgba?|color)\((srgb )?([^)]*)\)$/.exec(value.trim());
  if (!m || (m[1] == 'color') != !!m[2]) return null;
  const n = m[3]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (n.length < 3 || n.length > 4 || n.some(isNaN)) return null;
  const k = m[2] ? 255 : 1;
  const c = (v: number) => Math.min(255, Math.max(0, Math.round(v * k)));
  return [c(n[0]!), c(n[1]!), c(n[2]!), n[3] ?? 1];
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const x = luminance(a) + 0.05;
  const y = luminance(b) + 0.05;
  return x > y ? x / y : y / x;
}

/** `a` mixed with `b`, `t` of `b` (0 to 1), in sRGB, rounded: the hue of `a` stays when `b` is white or black. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as unknown as Rgb;
}

/**
 * `color` if it reaches `min` contrast on `background`; else the least lighter or darker variant
 * of it that does (lightened first when it is the lighter of the two). One of the two always
 * reaches 4.5:1, whatever the background.
 */
export function readable(color: Rgb, background: Rgb, min: number): Rgb {
  if (contrast(color, background) >= min) return color;
  const lighter = luminance(color) > luminance(background);
  for (const end of lighter ? [255, 0] : [0, 255]) {
    const to: Rgb = [end, end, end];
    if (contrast(to, background) < min) continue;
    // Fails at 0, passes at 1, and passes from one point on: halve the interval down to a step of 1/256.
    let lo = 0;
    let hi = 1;
    while (hi - lo > 1 / 256) {
      const t = (lo + hi) / 2;
      if (contrast(mix(color, to, t), background) >= min) hi = t;
      else lo = t;
    }
    return mix(color, to, hi);
  }
  return color; // not reached: white or black always gives at least 4.58:1
}

/** A colour as CSS: `rgb(r g b)`. */
export function cssRgb([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}
