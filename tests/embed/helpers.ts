/**
 * Shared helpers of the embed tests: they load the BUILT bundles (dist/, build/test/) into real
 * pages, either this test page or iframes of tests/embed/pages/*.html (for response headers, or
 * scripts that must run before the bundle). Every page there starts with probe.js, which records
 * violations, errors and console output on its window.
 */
import { PATIENCE, until } from '../wait.js';
import type { ContentPack } from '../../src/core.js';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';

/** The production embed plus `<loadwise-test-widget>` (node scripts/build.js --test). */
export const TEST_BUNDLE = '/build/test/loadwise-test.js';
/** The rules core with the default English pack. */
export const CORE_BUNDLE = '/dist/core.js';
export const PAGES = '/tests/embed/pages';

/** A CSP violation as probe.js records it. */
export interface ViolationRecord {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

/** The window of an embed test page, with what probe.js records. */
export interface ProbeWindow extends Window {
  __violations: ViolationRecord[];
  __errors: string[];
  __consoleErrors: string[];
  __consoleWarns: string[];
}

export interface Frame {
  frame: HTMLIFrameElement;
  win: ProbeWindow;
  doc: Document;
}

const frames = new Set<HTMLIFrameElement>();

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve, reject) => {
    // Not a wait: a failure that names the page rather than mocha's timeout.
    const timer = setTimeout(() => reject(new Error(`${frame.src} did not load`)), PATIENCE);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

function frameOf(frame: HTMLIFrameElement): Frame {
  const win = frame.contentWindow as ProbeWindow | null;
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error(`${frame.src}: no same-origin window`);
  if (!Array.isArray(win.__violations)) throw new Error(`${frame.src}: probe.js did not run`);
  return { frame, win, doc };
}

/** Opens a page of tests/embed/pages (or of another directory) in an iframe and waits for its load event (modules have run). */
export async function openPage(page: string, dir = PAGES): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `${dir}/${page}`;
  frames.add(frame);
  const done = loaded(frame);
  document.body.append(frame);
  await done;
  return frameOf(frame);
}

/**
 * Waits until every Loadwise tag in the page is defined (the loader imports each element's entry
 * when its tag appears, after the page's load event) and has rendered.
 */
export async function allDefined({ win, doc }: Frame): Promise<void> {
  const pending = () => [...doc.querySelectorAll(':not(:defined)')].filter((el) => el.localName.startsWith('loadwise-'));
  await until(() => pending().length === 0, `every Loadwise tag is defined (${pending().map((el) => el.localName).join(', ')})`);
  const tags = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('loadwise-'));
  await Promise.all(tags.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  void win;
}

/** Reloads the iframe's page and waits for it to load again. */
export async function reloadPage(f: Frame): Promise<Frame> {
  const done = loaded(f.frame);
  f.win.location.reload();
  await done;
  return frameOf(f.frame);
}

/** Removes every iframe opened by openPage (call in afterEach). */
export function closePages(): void {
  for (const frame of frames) frame.remove();
  frames.clear();
}

/** The test widgets of a document (or one by id), upgraded and rendered. */
export async function widget(doc: Document, id: string): Promise<LoadwiseTestWidget> {
  const el = doc.getElementById(id) as LoadwiseTestWidget | null;
  if (!el) throw new Error(`no #${id}`);
  await until(() => el.shadowRoot?.querySelector('.base'), `#${id} renders`);
  await el.updateComplete;
  return el;
}

/** An element in a widget's shadow root, or null. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return (el.shadowRoot?.querySelector(selector) as T | null) ?? null;
}

/**
 * Whether the widget's shadow root holds `selector`. Assert on this (or on strings), never on
 * elements themselves: a failing assertion about a DOM node makes wtr serialise the whole DOM
 * graph, which kills the test page instead of reporting the failure.
 */
export function has(el: Element, selector: string): boolean {
  return part(el, selector) !== null;
}

/** How many elements match `selector` in the widget's shadow root. */
export function count(el: Element, selector: string): number {
  return el.shadowRoot?.querySelectorAll(selector).length ?? 0;
}

/** Trimmed text of an element in the widget's shadow root ('' when absent). */
export function textOf(el: Element, selector: string): string {
  return part(el, selector)?.textContent?.trim() ?? '';
}

/** Clicks a button in the widget's shadow root and waits for the widget to update. */
export async function press(el: LoadwiseTestWidget, selector: string): Promise<void> {
  const button = part<HTMLButtonElement>(el, selector);
  if (!button) throw new Error(`no ${selector} in <${el.localName}>`);
  button.click();
  await el.updateComplete;
}

/** The rules core (dist/core.js), typed as its source. */
export async function loadCore(): Promise<typeof import('../../src/core.js')> {
  const url: string = CORE_BUNDLE; // a variable, so TypeScript does not resolve the URL
  return (await import(url)) as typeof import('../../src/core.js');
}

/** Loads the test bundle into this test page (once). */
export async function loadTestBundle(): Promise<void> {
  const url: string = TEST_BUNDLE;
  await import(url);
  await customElements.whenDefined('loadwise-test-widget');
}

/** A mutable copy of the default English pack, in the given window's realm. */
export async function clonePack(win: Window = window): Promise<ContentPack> {
  const { defaultContent } = await loadCore();
  return win.structuredClone(defaultContent);
}

/** Records console.error / console.warn calls of a window until restore(). */
export function captureConsole(win: Window = window) {
  const errors: string[] = [];
  const warns: string[] = [];
  const console = (win as Window & typeof globalThis).console;
  const { error, warn } = console;
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  console.error = (...args: unknown[]) => void errors.push(text(args));
  console.warn = (...args: unknown[]) => void warns.push(text(args));
  return {
    errors,
    warns,
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
}
