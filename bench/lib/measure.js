// The driver: cold loads of every page in a fresh browser context (a new, empty profile: no cache,
// no storage), round after round, the page order rotating each round. One browser for the run.
import { chromium } from 'playwright-core';
import { interact } from './interact.js';
import { probe } from './probe.js';

/** CPU slowdown for the reader's actions (DESIGN §9). */
export const CPU_SLOWDOWN = 4;

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
/** A phone-sized window: the readers are runners on phones. */
export const VIEWPORT = { width: 390, height: 844 };

/**
 * @typedef {object} Load
 * @property {number} paint ms from navigation start to the first screen painted (see probe.js)
 * @property {number} fcp ms from navigation start to the browser's first contentful paint (a cross-check)
 * @property {number} jsBytes bytes of JavaScript transferred (compressed bodies, from Resource Timing), up to 1 s after paint (idle prefetch included)
 * @property {number} jsRaw the same, uncompressed
 * @property {number} jsBeforePaint bytes of JavaScript transferred before the first screen was painted (responses complete by then)
 * @property {number} jsRawBeforePaint the same, uncompressed
 * @property {number} jsFiles how many JavaScript files up to 1 s after paint
 * @property {number} jsFilesBeforePaint how many before the paint
 * @property {Record<string, number>} actions ms from each reader's action to the next paint, CPU slowed 4× (page.actions)
 * @property {number} cssBytes bytes of CSS transferred
 * @property {number} heap JSHeapUsedSize after a forced garbage collection, 1 s after paint
 * @property {number} script ms of script (CDP ScriptDuration, main-thread CPU time), up to 1 s after paint
 * @property {number} main ms of all main-thread tasks (CDP TaskDuration, CPU time: script, parsing, style, layout, GC), up to 1 s after paint
 * @property {number} blocking ms: the sum over long tasks of their time past 50 ms, up to 1 s after paint
 * @property {number} longTasks how many long tasks
 * @property {string[]} skipped optional widgets not defined by the bundle
 * @property {string[]} errors console errors, page errors and requests that failed or left 127.0.0.1
 */

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

/**
 * Loads one page cold and measures it.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {import('./pages.js').Page} page
 * @returns {Promise<Load>}
 */
export async function measureLoad(browser, origin, page) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(probe, page.targets);
    const tab = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    tab.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    tab.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    tab.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) errors.push(`request outside the bench server: ${request.url()}`);
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(origin + page.path, { waitUntil: 'load', timeout: 30_000 });
    const inPage = await tab.evaluate(async () => {
      const bench = /** @type {any} */ (window).__bench;
      await bench.settled;
      const until = bench.paint + 1000;
      const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
      const of = (ext, before = Infinity) => resources.filter((r) => new URL(r.name).pathname.endsWith(ext) && r.responseEnd <= before);
      const bytes = (ext, before = Infinity, field = 'encodedBodySize') => of(ext, before).reduce((sum, r) => sum + r[field], 0);
      const longTasks = bench.longTasks.filter((t) => t.start < until);
      return {
        paint: bench.paint,
        jsBytes: bytes('.js'),
        jsRaw: bytes('.js', Infinity, 'decodedBodySize'),
        jsBeforePaint: bytes('.js', bench.paint),
        jsRawBeforePaint: bytes('.js', bench.paint, 'decodedBodySize'),
        jsFiles: of('.js').length,
        jsFilesBeforePaint: of('.js', bench.paint).length,
        cssBytes: bytes('.css'),
        blocking: longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        longTasks: longTasks.length,
        skipped: bench.skipped,
        error: bench.error,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      };
    });
    const metric = (list, name) => list.metrics.find((m) => m.name === name)?.value ?? NaN;
    const before = await cdp.send('Performance.getMetrics');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Performance.getMetrics');
    if (inPage.error) errors.push(inPage.error);
    /** @type {Record<string, number>} */
    const actions = {};
    if (page.actions?.length) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      for (const action of page.actions) actions[action.kind] = await tab.evaluate(interact, action.kind);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    return {
      paint: inPage.paint,
      jsBytes: inPage.jsBytes,
      jsRaw: inPage.jsRaw,
      jsBeforePaint: inPage.jsBeforePaint,
      jsRawBeforePaint: inPage.jsRawBeforePaint,
      jsFiles: inPage.jsFiles,
      jsFilesBeforePaint: inPage.jsFilesBeforePaint,
      actions,
      cssBytes: inPage.cssBytes,
      heap: metric(after, 'JSHeapUsedSize'),
      script: metric(before, 'ScriptDuration') * 1000,
      main: metric(before, 'TaskDuration') * 1000,
      blocking: inPage.blocking,
      longTasks: inPage.longTasks,
      skipped: inPage.skipped,
      errors,
      fcp: inPage.fcp,
    };
  } finally {
    await context.close();
  }
}

/**
 * Every page, `rounds` times, after one warm-up round that is not counted. Round r starts with page
 * r (mod the number of pages), so that each page takes each place in the order.
 * @param {import('./pages.js').Page[]} pages
 * @returns {Promise<{ rounds: Array<Record<string, Load>>, browserVersion: string }>}
 */
export async function measureRounds(origin, pages, rounds, log = () => {}) {
  const browser = await launch();
  try {
    /** @type {Array<Record<string, Load>>} */
    const results = [];
    for (let r = -1; r < rounds; r++) {
      const shift = ((r % pages.length) + pages.length) % pages.length;
      const order = [...pages.slice(shift), ...pages.slice(0, shift)];
      /** @type {Record<string, Load>} */
      const round = {};
      for (const page of order) round[page.id] = await measureLoad(browser, origin, page);
      if (r >= 0) results.push(round);
      log(r < 0 ? 'warm-up round done' : `round ${r + 1}/${rounds}: ${order.map((p) => `${p.id} ${round[p.id].paint.toFixed(0)} ms`).join(', ')}`);
    }
    return { rounds: results, browserVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
