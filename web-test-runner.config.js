// @web/test-runner: every test runs in real headless Chromium (the system's /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { demoHeaders } from './scripts/demo-headers.js';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Response headers for the embed test pages (tests/embed/pages), which the embed tests load in
 * iframes. Only these exact paths get them: wtr's own test pages use inline scripts, which a
 * header `script-src 'self'` would block.
 * - csp.html: the strict CSP a careful host page sends (no inline script or style, no eval).
 * - trusted-types.html: Trusted Types enforced, with Lit's `lit-html` policy the only one allowed.
 * - elements-csp.html / elements-tt.html: the same headers, with the three real widgets.
 * - tt-refused.html / tt-other-policy.html: Trusted Types enforced with no policy for Lit.
 */
const embedPageHeaders = {
  '/tests/embed/pages/csp.html': {
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'",
  },
  '/tests/embed/pages/elements-csp.html': {
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'",
  },
  '/tests/embed/pages/elements-tt.html': {
    'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  },
  '/tests/embed/pages/trusted-types.html': {
    'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  },
  // Trusted Types with no policy allowed for Lit: nothing can render, and one error says why.
  '/tests/embed/pages/tt-refused.html': {
    'Content-Security-Policy': "script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
  },
  '/tests/embed/pages/tt-other-policy.html': {
    'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types shop-analytics dompurify",
  },
};

/**
 * The demo tests (tests/demo) load demo/*.html in iframes. Two test-only hooks:
 * - every demo page gets tests/embed/pages/probe.js as the first script of its <head>, which
 *   records console errors, uncaught errors and CSP violations from the very start;
 * - under /held/<run>/ (e.g. /held/1/demo/blog.html; a new <run> per load, so that nothing comes
 *   from the cache) the pages are the same, but the response of dist/loadwise.js waits until the
 *   test fetches /__release-held: the page paints without its widgets, and the test decides when
 *   they arrive (the layout-shift test).
 */
const PROBE = '<script src="/tests/embed/pages/probe.js"></script>';
const held = new Set();
function releaseHeld() {
  for (const release of held) release();
  held.clear();
}

/**
 * Gated copies of the site for tests/embed/locales.test.ts: `/gate/<id>/<path>` serves `/<path>`,
 * but holds a language pack (`…/locales/<lang>.js`) until the test opens the gate, so that it can
 * see what the widgets show while their pack is on the way, with no timing. Control, by GET:
 * `/gate/<id>?open` lets the packs through, `/gate/<id>?fail` answers them 404; every control
 * request returns the pack paths requested so far, as JSON.
 */
const gates = new Map();
function gate(id) {
  let g = gates.get(id);
  if (!g) {
    g = { requests: [], fail: false };
    g.opened = new Promise((resolve) => (g.open = resolve));
    gates.set(id, g);
  }
  return g;
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' }),
    {
      name: 'demo-probe',
      transform(context) {
        if (/^\/demo\/[\w-]+\.html$/.test(context.path)) return { body: context.body.replace('<head>', `<head>\n    ${PROBE}`) };
        return undefined;
      },
    },
  ],
  middleware: [
    async function gated(context, next) {
      const match = /^\/gate\/([\w-]+)(\/.*)?$/.exec(context.path);
      if (!match) return next();
      const g = gate(match[1]);
      if (!match[2]) {
        if (context.querystring === 'fail') g.fail = true;
        if (context.querystring === 'open' || context.querystring === 'fail') g.open();
        context.type = 'json';
        context.body = JSON.stringify(g.requests);
        return undefined;
      }
      if (/\/locales\/[a-z]{2,3}\.js$/.test(match[2])) {
        g.requests.push(match[2]);
        await g.opened;
        if (g.fail) {
          context.status = 404;
          return undefined;
        }
      }
      context.url = match[2] + (context.querystring ? `?${context.querystring}` : '');
      return next();
    },
    /**
     * The widgets load a language pack by URL, `../content/<lang>.js` from src/internal/locale.ts
     * (the built bundles: `locales/<lang>.js`). From the sources that file is TypeScript: serve
     * the .ts, which the esbuild plugin then compiles.
     */
    async function sourcePacks(context, next) {
      const match = /^\/src\/content\/([a-z]{2,3})\.js$/.exec(context.path);
      if (match && existsSync(`src/content/${match[1]}.ts`)) context.url = `/src/content/${match[1]}.ts`;
      return next();
    },
    async function holdScripts(context, next) {
      if (context.path === '/__release-held') {
        releaseHeld();
        context.body = 'released';
        return undefined;
      }
      const match = /^\/held\/[\w-]+(\/.*)$/.exec(context.path);
      if (!match) return next();
      context.path = match[1];
      if (context.path === '/dist/loadwise.js') {
        // Released by the test; at the latest after 10 s, so that a failing test cannot hang the run.
        await new Promise((resolve) => {
          held.add(resolve);
          setTimeout(resolve, 10000);
        });
      }
      return next();
    },
    // The demo site's headers, as `npm start` sends them (the hostile page's CSP).
    demoHeaders,
    // Adds embedPageHeaders (above) to the responses for those pages.
    async function embedHeaders(context, next) {
      await next();
      const headers = embedPageHeaders[context.path];
      if (headers) {
        for (const [name, value] of Object.entries(headers)) context.set(name, value);
        context.set('Cache-Control', 'no-store');
      }
    },
    // The bundles of dist/ (entries, chunks/, locales/) byte for byte, as a CDN (and `npm start`)
    // serves them: the test server's node-resolve would rewrite their imports ('../x.js' to
    // './../x.js'), and their integrity hashes would no longer match. They import nothing by bare name.
    async function rawBundles(context, next) {
      if (!/^\/dist\/((chunks|locales)\/)?[\w.-]+\.js$/.test(context.path)) return next();
      const body = await readFile(new URL(`.${context.path}`, import.meta.url)).catch(() => null);
      if (body === null) return next();
      context.type = 'text/javascript';
      context.set('Cache-Control', 'no-cache');
      context.body = body;
      return undefined;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          ...(asRoot || process.env.CI ? ['--no-sandbox'] : []),
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: the chrome launcher can hang with more on a 2-core machine.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
};
