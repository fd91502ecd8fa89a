// Lighthouse on the demo blog page (demo/blog.html), mobile (the default configuration: a
// mid-range phone, simulated slow 4G and 4× CPU slowdown) and desktop, each in a fresh Chromium.
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM } from './measure.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * @typedef {object} LighthouseResult
 * @property {'mobile' | 'desktop'} formFactor
 * @property {Record<string, number>} scores 0..100 per category
 * @property {number} tbt ms
 * @property {number} cls
 * @property {number} fcp ms
 * @property {number} lcp ms
 * @property {string[]} failing audits that scored below 1, with their category
 * @property {string | null} error
 */

/**
 * @param {string} url
 * @param {'mobile' | 'desktop'} formFactor
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(url, formFactor) {
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    /** @type {Record<string, number>} */
    const scores = {};
    const failing = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = Math.round((category?.score ?? 0) * 100);
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          const items = /** @type {any} */ (audit.details)?.items ?? [];
          const detail = items
            .slice(0, 3)
            .map((item) => item.description ?? item.url ?? item.node?.snippet ?? '')
            .filter(Boolean)
            .join('; ');
          failing.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${detail ? `: ${detail}` : ''}`);
        }
      }
    }
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      formFactor,
      scores,
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      failing,
      error: null,
    };
  } catch (error) {
    return { formFactor, scores: {}, tbt: NaN, cls: NaN, fcp: NaN, lcp: NaN, failing: [], error: String(error instanceof Error ? error.message : error) };
  } finally {
    chrome.kill();
  }
}
