// @web/test-runner: every test runs in real headless Chromium (the system's /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Response headers for the embed test pages (tests/embed/pages), which the embed tests load in
 * iframes. Only these exact paths get them: wtr's own test pages use inline scripts, which a
 * header `script-src 'self'` would block.
 * - csp.html: the strict CSP a careful host page sends (no inline script or style, no eval).
 * - trusted-types.html: Trusted Types enforced, with Lit's `lit-html` policy the only one allowed.
 * - elements-csp.html / elements-tt.html: the same headers, with the three real widgets.
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
};

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
  // Koa middleware: adds embedPageHeaders (above) to the responses for those pages.
  middleware: [
    /**
     * The widgets load a language pack by URL, `../content/<lang>.js` from src/internal/locale.ts
     * (the built bundles: `locales/<lang>.js`). From the sources that file is TypeScript: serve
     * the .ts, which the esbuild plugin then compiles.
     */
    async function gated(context, next) {
      const match = /^\/gate\/([\w-]+)(\/.*)?$/.exec(context.path);
      if (!match) return next();
      const g = gate(match[1]);
      if (!match[2]) {
        if (context.querystring === 'fail') g.fail = true;
        if (context.querystring === 'open' || context.querystring === 'fail') g.open();
        context.type = 'json';
        context.body = JSON.stringify(g.requests);
        return;
      }
      if (/\/locales\/[a-z]{2,3}\.js$/.test(match[2])) {
        g.requests.push(match[2]);
        await g.opened;
        if (g.fail) {
          context.status = 404;
          return;
        }
      }
      context.url = match[2] + (context.querystring ? `?${context.querystring}` : '');
      await next();
    },
    async function sourcePacks(context, next) {
      const match = /^\/src\/content\/([a-z]{2,3})\.js$/.exec(context.path);
      if (match && existsSync(`src/content/${match[1]}.ts`)) context.url = `/src/content/${match[1]}.ts`;
      await next();
    },
    async function embedHeaders(context, next) {
      await next();
      const headers = embedPageHeaders[context.path];
      if (headers) {
        for (const [name, value] of Object.entries(headers)) context.set(name, value);
        context.set('Cache-Control', 'no-store');
      }
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
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
