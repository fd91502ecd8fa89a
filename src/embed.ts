/**
 * The script-tag entry (dist/loadwise.js): a small loader, as Shoelace's autoloader is. It
 * defines each Loadwise tag when it first appears on the page, by importing that element's entry
 * (dist/loadwise-quiz.js…) from the script's own directory: what the page does not show is never
 * fetched. Once the elements on the page have painted, the chunks they load later (the quiz's
 * result, the claims' details) are prefetched while the page is idle, so that no reader action
 * waits for the network. It also lets context providers that upgrade late still reach the
 * widgets around them (src/internal/context-root.ts).
 *
 * It exports nothing: exports would bring every element into the first screen. The classes are
 * exported by the per-element entries (dist/loadwise-quiz.js exports `LoadwiseQuiz`) and by the
 * npm package (`loadwise`); docs/embedding.md.
 *
 * Nothing here is shared with the element chunks, so the loader starts the first screen's
 * requests as soon as it runs, with no chunk of its own to wait for.
 */
import { attachContextRoot } from './internal/context-root.js';

/** This build's version (the same as src/base/define.ts; scripts/build.js checks both). */
const VERSION = '0.1.0';

/** Each public tag and its entry, the provider first. Static import()s: rollup (and any bundler) can follow them. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'loadwise-provider': () => import('./elements/provider/provider.js'),
  'loadwise-quiz': () => import('./elements/quiz/quiz.js'),
  'loadwise-pros-cons': () => import('./elements/pros-cons/pros-cons.js'),
  'loadwise-alternatives': () => import('./elements/alternatives/alternatives.js'),
};

/**
 * Filled in by the build (rollup.config.js, `laterChunks`), as paths from this file:
 * - each element's chunks that load only after its first screen (the quiz's result, the claims'
 *   details), prefetched while the page is idle. An import() written here would make rollup split
 *   those chunks' dependencies away from the element entries, into more, smaller chunks;
 * - `suite`: the three widgets as one file, for a page that shows all three, with its own `later`.
 * Left as it is (from the sources, or an app's own bundler), the JSON does not parse: no prefetch,
 * and one entry per element.
 */
const BUILT = '__LOADWISE_LATER__';
interface Built {
  later?: Record<string, string[]>;
  suite?: { file: string; later: string[] };
}
let built: Built = {};
try {
  built = JSON.parse(BUILT) as Built;
} catch {
  // not built by rollup.config.js
}

const TAGS = Object.keys(ELEMENTS);
const SELECTOR = TAGS.join(',');
const g = globalThis as unknown as Record<symbol, unknown>;
const ROOT = Symbol.for('loadwise.contextRoot');

const PROVIDER = 'loadwise-provider';
/** The provider's entry, once asked for: the widgets' entries wait for it (see load). */
let providerLoad: Promise<unknown> | undefined;

/** The loads started so far: the other elements wait until these have arrived (see below). */
const started: Promise<unknown>[] = [];

/** Tags this copy has loaded, or left to a definition of this same version. */
const handled = new Set<string>();
let observer: MutationObserver | undefined;
let prefetchQueued = false;
const toPrefetch: string[] = [];

/** Runs `task` when the page is idle, after the next frame has painted. */
function whenIdle(task: () => void): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
    else setTimeout(task, 50);
  });
}

function prefetch(tag: string): void {
  const later = built.later ?? {};
  toPrefetch.push(...(Object.hasOwn(later, tag) ? later[tag]! : []));
  if (prefetchQueued || toPrefetch.length === 0) return;
  prefetchQueued = true;
  whenIdle(() => {
    prefetchQueued = false;
    // A prefetch that fails is tried again by the element when it needs the chunk.
    for (const path of toPrefetch.splice(0)) import(/* @vite-ignore */ new URL(path, import.meta.url).href).catch(() => undefined);
  });
}

let reported = false;
/**
 * A chunk that did not arrive (a 404, the network): one console error per page. An error while a
 * chunk runs is reported where it happens (a refused Trusted Types policy: src/internal/trusted-types.ts).
 */
function failed(error: unknown): void {
  const message = error instanceof Error ? error.message : '';
  if (reported || !/dynamically imported module|module script failed/i.test(message)) return;
  reported = true;
  console.error(`Loadwise: ${message}`);
}

/** Loads the element of `tag` unless this version already defined it. */
function load(tag: string): void {
  if (handled.has(tag)) return;
  handled.add(tag);
  const existing = customElements.get(tag) as (CustomElementConstructor & { loadwiseVersion?: unknown }) | undefined;
  // Another copy of this version defined it: nothing to load. Another version or another script:
  // the entry is loaded anyway, and its define-if-absent keeps that definition, with one warning.
  let same = false;
  try {
    same = existing?.loadwiseVersion === VERSION;
  } catch {
    // a definition whose version cannot be read: load ours, which keeps it
  }
  if (!same) {
    // Widgets inside a provider that is not defined yet would start on the default group, in the
    // page's language: the provider's entry goes first (as in one bundle, where it is defined first).
    const provider = tag !== PROVIDER && document.querySelector(`${PROVIDER}:not(:defined)`) ? (load(PROVIDER), providerLoad) : undefined;
    const loading = (provider ?? Promise.resolve()).then(() => ELEMENTS[tag]!());
    if (tag === PROVIDER) providerLoad = loading.catch(() => undefined);
    started.push(loading);
    loading.then(() => prefetch(tag), failed);
  } else prefetch(tag);
  if (handled.size === TAGS.length) observer?.disconnect();
}

/** Every Loadwise tag in `node` (itself included), defined or not. */
function discover(node: Node): void {
  if (!(node instanceof Element)) return;
  if (TAGS.includes(node.localName)) load(node.localName);
  for (const el of node.querySelectorAll(SELECTOR)) load(el.localName);
}

try {
  if (typeof document !== 'undefined' && !g[ROOT]) {
    g[ROOT] = true;
    attachContextRoot(document.documentElement);
  }
} catch {
  // Whatever the page left under the key: the elements load; a late provider may not reach them.
}

try {
  if (typeof document !== 'undefined') {
    const suite = built.suite;
    // Every widget (every tag but the provider) on the page, none defined yet: the one file that holds them all.
    const widgets = TAGS.slice(1);
    if (suite && widgets.every((tag) => document.querySelector(`${tag}:not(:defined)`))) {
      for (const tag of widgets) handled.add(tag);
      if (document.querySelector(`${PROVIDER}:not(:defined)`)) load(PROVIDER);
      const loading = (providerLoad ?? Promise.resolve()).then(() => import(/* @vite-ignore */ new URL(suite.file, import.meta.url).href));
      started.push(loading);
      loading.then(
          () => {
            toPrefetch.push(...suite.later);
            prefetch('');
          },
          (error: unknown) => {
            failed(error);
            // The one file did not arrive: each widget's own entry instead.
            for (const tag of widgets) handled.delete(tag);
            discover(document.documentElement);
          },
        );
    }
    discover(document.documentElement);
    // A tag another version (or another script) defined, on the page or not: our entry's
    // define-if-absent keeps that definition, and warns once per page when the versions differ.
    for (const tag of TAGS) if (customElements.get(tag)) load(tag);
    // The other elements, after the first paint while the page is idle (DESIGN §4): a tag added
    // later, or one inside a shadow root that no observer of the document sees, is then defined too.
    // Only once what the page shows has arrived, so that nothing else competes with its first screen.
    void Promise.allSettled(started).then(() =>
      whenIdle(() => {
        try {
          for (const tag of TAGS) load(tag);
        } catch {
          // nothing is thrown into the page
        }
      }),
    );
    if (handled.size < TAGS.length) {
      observer = new MutationObserver((records) => {
        try {
          for (const record of records) for (const node of record.addedNodes) discover(node);
        } catch {
          // nothing is thrown into the page
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }
  }
} catch {
  // Whatever the page did to the globals: the loader stops; nothing is thrown into the page.
}
