/**
 * Helpers of the demo tests: they open demo/*.html (served as `npm start` serves them, from the
 * built dist/) in iframes of a given size. The test runner adds tests/embed/pages/probe.js to every
 * demo page (web-test-runner.config.js), so each page records its console errors, uncaught errors
 * and CSP violations from its first line.
 */
import { until } from '../wait.js';
import type { ProbeWindow } from '../embed/helpers.js';

export interface DemoFrame {
  frame: HTMLIFrameElement;
  win: ProbeWindow & { axe?: AxeApi };
  doc: Document;
}

/** The part of axe-core's API the tests use (axe is loaded into the demo page itself). */
interface AxeApi {
  run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
}

/** The widgets a page may hold (the provider renders no box of its own). */
export const WIDGETS = 'loadwise-quiz, loadwise-pros-cons, loadwise-alternatives';

const frames = new Set<HTMLIFrameElement>();

/** An iframe of `width` × `height` px at the top left of the test page, so that it renders. */
export function demoFrame(width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = 'demo page';
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${height}px; border: 0; background: #fff;`;
  frames.add(frame);
  return frame;
}

/** The iframe's document once it is the page at `path` (not the initial about:blank) and parsed. */
export async function parsed(frame: HTMLIFrameElement, path: string): Promise<DemoFrame> {
  await until(
    () => frame.contentWindow?.location.pathname === path && frame.contentDocument?.readyState !== 'loading',
    `${path} is parsed`,
  );
  const win = frame.contentWindow as DemoFrame['win'];
  const doc = frame.contentDocument!;
  if (!Array.isArray(win.__violations)) throw new Error(`${path}: probe.js did not run`);
  return { frame, win, doc };
}

/** Opens a demo page and waits for its load event, then for its widgets to render. */
export async function openDemo(path: string, width: number, height: number): Promise<DemoFrame> {
  const frame = demoFrame(width, height);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const f = await parsed(frame, path);
  await widgetsRendered(f);
  return f;
}

/** Every widget of the page is defined, has rendered, and has no update pending. */
export async function widgetsRendered({ doc }: DemoFrame): Promise<void> {
  const widgets = [...doc.querySelectorAll(WIDGETS)] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
  await until(() => widgets.every((el) => el.shadowRoot?.querySelector('.base')), 'every widget renders');
  await Promise.all(widgets.map((el) => el.updateComplete));
}

/** Resolves after `n` animation frames of the window (a frame has been painted after two). */
export async function nextFrames(win: Window, n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Removes every iframe opened here (call in afterEach). */
export function closeDemos(): void {
  for (const frame of frames) frame.remove();
  frames.clear();
}

/** Runs axe-core inside the page (its own copy, loaded from the same origin: allowed by any CSP here). */
export async function axeViolations(f: DemoFrame): Promise<string[]> {
  if (!f.win.axe) {
    const script = f.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core did not load'));
    });
    f.doc.head.append(script);
    await loaded;
  }
  const { violations } = await f.win.axe!.run(f.doc, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** What went wrong on the page so far: uncaught errors, console errors, CSP violations. */
export function problems({ win }: DemoFrame): string[] {
  return [
    ...win.__errors,
    ...win.__consoleErrors.map((e) => `console.error: ${e}`),
    ...win.__violations.map((v) => `CSP ${v.directive} blocked ${v.blockedURI || v.sample} (${v.sourceFile}:${v.line})`),
  ];
}

/** How far the page's content reaches past its viewport, sideways (0 when nothing overflows). */
export function horizontalOverflow({ doc }: DemoFrame): number {
  return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
}
