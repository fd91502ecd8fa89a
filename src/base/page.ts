/**
 * What a widget's colours follow on the page, loaded after its first screen: the `color-scheme`
 * around it (for `theme="auto"`), the reader's system setting, and the page's `--loadwise-*`
 * colours. One observer for all the widgets on the page, not one each: a page that changes its
 * scheme (a class, a style or an attribute on an ancestor, a `<meta name="color-scheme">`, a
 * style sheet), or the reader's system setting changing, makes every widget look again, once per
 * frame at most. Colours that fall short get readable variants (DESIGN §5; the maths is the
 * core's, core/color.ts), in a style sheet of the widget's own: no inline style, for a page's CSP.
 * Also the page's `<loadwise-provider>`, when its script ran after the widget's (`follow`).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { contrast, cssRgb, mix, parseRgb, readable, type Rgb } from '../core/color.js';

const PROVIDER = 'loadwise-provider';

/** The widgets following the page. */
const followers = new Set<ReactiveElement>();
/** Each widget's sheet of readable variants, once it needed one. */
const sheets = new WeakMap<Element, CSSStyleSheet>();
/** The theme each widget's colours were checked in: a render in another (its `theme` set, say) checks them again. */
const checked = new WeakMap<Element, string | null>();
/** The reader's system setting, held: a query's listener lives as long as the query does. */
let dark: MediaQueryList | undefined;
let queued = false;

function queue(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    followers.forEach(look);
  });
}

/** A change that can change a widget's scheme or colours: a `<meta>` or a style sheet; an attribute of a widget or of one of its ancestors. */
const matters = (node: Node, attribute: boolean): boolean =>
  /^(META|STYLE|LINK)$/.test(node.nodeName) || (attribute && [...followers].some((el) => node.contains(el)));

/** A widget looks again: renders (its theme, for `auto`, is the page's at each render), then checks its colours. */
async function look(el: ReactiveElement): Promise<void> {
  el.requestUpdate();
  await el.updateComplete;
  colours(el);
}

/** Follows the page for `el` (on connect): it looks now, and again whenever the page changes; `consumers` ask a late provider again. */
export function follow(el: ReactiveElement, consumers: readonly ReactiveController[] = []): void {
  // A `<loadwise-provider>` on the page whose script ran after the widget's (script tags or
  // imports in either order) answered none of its requests: they are made again once it is
  // defined (at once when it is by now; a provider that did answer takes them as the same).
  // The loader (dist/loadwise.js) loads the provider first, and replays requests itself.
  if (document.querySelector(PROVIDER)) void customElements.whenDefined(PROVIDER).then(() => consumers.forEach((c) => c.hostConnected?.()));
  if (!checked.has(el)) {
    checked.set(el, null);
    el.addController({ hostUpdated: () => theme(el) != checked.get(el) && colours(el) });
  }
  followers.add(el);
  void look(el);
  if (dark) return;
  (dark = matchMedia('(prefers-color-scheme: dark)')).addEventListener('change', queue);
  new MutationObserver((records) => {
    for (const r of records) {
      const attribute = r.type == 'attributes';
      if ((attribute ? [r.target] : [...r.addedNodes, ...r.removedNodes]).some((node) => matters(node, attribute))) return queue();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Stops following (on disconnect). */
export function unfollow(el: ReactiveElement): void {
  followers.delete(el);
}

/** Readable variants of the colours in force in `el`, where they fall short; its sheet emptied where they no longer do. */
const theme = (el: Element) => el.shadowRoot?.querySelector('.base')?.getAttribute('data-theme');

function colours(el: Element): void {
  const root = el.shadowRoot;
  const base = root?.querySelector('.base');
  if (!base || !root!.adoptedStyleSheets) return;
  checked.set(el, base.getAttribute('data-theme'));
  const tokens = readableTokens(base);
  let sheet = sheets.get(el);
  if (!tokens && !sheet) return;
  if (!sheet) {
    sheets.set(el, (sheet = new CSSStyleSheet()));
    root!.adoptedStyleSheets = [...root!.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(`.base[data-theme]{${tokens}}`);
}

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
 * needs changing): the accent reaching 4.5:1 on the surface, as text and, with the surface as text on it, as a button; and
 * the control border reaching 3:1. Nothing is changed on a surface that is not opaque.
 */
function readableTokens(base: Element): string {
  const style = getComputedStyle(base);
  const surface = rgbOf(style.backgroundColor);
  const text = rgbOf(style.color);
  // The host's accent as it is (--_loadwise-accent may hold a variant already), or the default of
  // the theme: computed on a probe, so that any CSS colour (currentColor included) comes resolved.
  const probe = base.appendChild(document.createElement('i'));
  probe.style.color = `var(--loadwise-accent,${base.getAttribute('data-theme') == 'dark' ? '#5fd0aa' : '#0b6b53'})`;
  const accent = rgbOf(getComputedStyle(probe).color);
  probe.remove();
  if (!surface || !accent || !text || surface[3] !== 1) return '';
  let out = '';
  const a = readable(accent, surface, 4.5);
  if (a !== accent) out += `--_loadwise-accent:${cssRgb(a)};`;
  // host.styles.ts mixes 60 % text into the surface: for a host's text of low contrast, not enough.
  const border = mix(surface, text, 0.6);
  if (contrast(border, surface) < 3) out += `--_loadwise-control-border:${cssRgb(readable(border, surface, 3))};`;
  return out;
}
