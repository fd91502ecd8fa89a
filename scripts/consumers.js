// Consumer tests (CI, after `npm run build`): the package as npm users get it, in small apps.
// `npm pack` makes the tarball; it is unpacked into build/consumers/node_modules/loadwise, and each
// app in tests/consumers/ is copied beside it and built with Vite. The apps take loadwise from
// the tarball, and React, Vue, Svelte and Vite from this repository's node_modules (Node's
// resolution walks up to it): nothing is downloaded. Then each app runs in Chromium:
// - react19: server-rendered with react-dom/server (so `loadwise/react` is imported in Node),
//   then hydrated with hydrateRoot;
// - react18: React 18 (npm aliases react-18, react-dom-18) with `loadwise/react`, persist={false},
//   and the provider and alternatives components (onSelect);
// - vue: Vue 3 with isCustomElement and `.prop`;
// - svelte: Svelte 5.
// In each, the quiz renders, `answers` and `ctas` arrive as properties (the known questions are
// skipped, the result shows the CTA), and `loadwise-complete` and `loadwise-cta` reach the app.
// Usage: node scripts/consumers.js (needs dist/: run `npm run build` first); CONSUMER_SHOTS=<dir>
// also saves a screenshot of each app at the quiz's result.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const work = join(repo, 'build/consumers');
const fixtures = join(repo, 'tests/consumers');
const started = Date.now();

if (!existsSync(join(repo, 'dist/lib/react.js'))) {
  console.error('consumers: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

// 1. The tarball, as `npm publish` would make it (dist/ is already built: no prepack).
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules/loadwise'), { recursive: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo, encoding: 'utf8' }));
const tarball = join(work, packed[0].filename);
execFileSync('tar', ['-xzf', tarball, '-C', join(work, 'node_modules/loadwise'), '--strip-components=1']);

// 2. The React apps type-check in strict TypeScript against the tarball's types (with @types/react
// 19; Vue and Svelte files need their own checkers and are left to the build).
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, jsx: 'react-jsx', module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], skipLibCheck: true, types: [] },
    include: ['react19/src', 'react18/src'],
  }),
);

// 3. The apps, built by Vite as their owners would.
const apps = readdirSync(fixtures);
for (const app of apps) cpSync(join(fixtures, app), join(work, app), { recursive: true });

async function viteBuild(app, extra = {}) {
  const root = join(work, app);
  const configFile = existsSync(join(root, 'vite.config.js')) ? join(root, 'vite.config.js') : false;
  await build({ root, configFile, logLevel: 'error', build: { outDir: 'dist', emptyOutDir: true }, ...extra });
}
try {
  execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(work, 'tsconfig.json')], { cwd: work, encoding: 'utf8' });
} catch (error) {
  console.error(`consumers: the React apps do not type-check:\n${error.stdout}`);
  process.exit(1);
}
for (const app of apps) await viteBuild(app);
// react19 also gets a server build; loadwise stays external, so Node imports it from the tarball.
await viteBuild('react19', { build: { ssr: 'src/entry-server.tsx', outDir: 'dist-server', emptyOutDir: true } });
const { render } = await import(pathToFileURL(join(work, 'react19/dist-server/entry-server.js')).href);
// loadwise and loadwise/define import in Node too (Nuxt, SvelteKit and Angular SSR apps import them on the server).
for (const entry of ['index.js', 'define.js']) await import(pathToFileURL(join(work, 'node_modules/loadwise/dist/lib', entry)).href);
const serverHtml = render();
const built = Date.now();

// 4. A static server per app; react19's page carries the server-rendered HTML.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
function serve(app) {
  const root = join(work, app, 'dist');
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    if (app === 'react19' && file.endsWith('index.html')) body = body.toString().replace('<!--app-->', serverHtml);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// 5. Chromium.
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'], headless: true });

/** Answers what is on screen ("No" where nothing is chosen) and presses Start or Next, until the result. */
async function finishQuiz(page) {
  for (let screen = 0; screen < 25; screen++) {
    const state = await page.evaluate(() => {
      const root = document.querySelector('loadwise-quiz')?.shadowRoot;
      if (!root) return 'no quiz';
      if (root.querySelector('.result')) return 'result';
      const names = new Set([...root.querySelectorAll('input[type="radio"]')].map((input) => input.name));
      for (const name of names) {
        const inputs = [...root.querySelectorAll(`input[name="${name}"]`)];
        if (inputs.some((input) => input.checked)) continue;
        inputs.find((input) => input.closest('label')?.textContent?.trim() === 'No')?.click();
      }
      const next = root.querySelector('button[type="submit"]') ?? [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start');
      if (!next) return 'no button';
      const before = root.querySelector('h2, h3, legend')?.textContent;
      next.click();
      return `pressed:${before}`;
    });
    if (state === 'result') return;
    if (!state.startsWith('pressed')) throw new Error(`quiz: ${state}`);
    await until(
      page,
      `the next screen after "${state.slice(8)}"`,
      (before) => {
        const root = document.querySelector('loadwise-quiz').shadowRoot;
        return root.querySelector('.result') || `pressed:${root.querySelector('h2, h3, legend')?.textContent}` !== before;
      },
      state,
    );
  }
  throw new Error('quiz: no result after 25 screens');
}

/** page.waitForFunction, with what it waited for in the error. */
async function until(page, what, fn, ...args) {
  try {
    return await page.waitForFunction(fn, { timeout: 10_000 }, ...args);
  } catch (error) {
    throw new Error(`waited in vain for ${what} (${error instanceof Error ? error.message : error})`);
  }
}

const events = (page) => page.$eval('#events', (output) => output.textContent.split('\n').filter(Boolean));

async function check(app, extra) {
  const server = await serve(app);
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await until(page, 'the quiz to render', () => document.querySelector('loadwise-quiz')?.shadowRoot?.querySelector('button'));
    if (extra?.before) await extra.before(page);
    await finishQuiz(page);
    // `ctas` arrived as a property: the result shows the link.
    const link = await until(page, 'the CTA link on the result (`ctas`)', () => document.querySelector('loadwise-quiz').shadowRoot.querySelector('a.cta'));
    const label = await link.evaluate((a) => a.textContent.trim());
    if (label !== 'Shop ankle weights') throw new Error(`CTA link says "${label}"`);
    // Follow it without leaving the page: the event reaches the app.
    await page.evaluate(() => document.addEventListener('click', (event) => event.preventDefault()));
    await link.click();
    await until(page, 'the app to log the loadwise-cta event', () => document.querySelector('#events').textContent.includes('cta: shop'));
    const seen = await events(page);
    if (JSON.stringify(seen) !== JSON.stringify(['complete: ready', 'cta: shop'])) throw new Error(`events in the app: ${JSON.stringify(seen)}`);
    // `answers` arrived as a property: the four known questions were never asked.
    const asked = await page.evaluate(() => document.querySelector('loadwise-quiz').assessment?.answers);
    if (asked?.activity !== 'running' || asked?.runFrequency !== 'regular') throw new Error(`answers: ${JSON.stringify(asked)}`);
    if (extra?.after) await extra.after(page);
    // CONSUMER_SHOTS=<dir>: a screenshot of each app at the result, to look at.
    if (process.env.CONSUMER_SHOTS) await page.screenshot({ path: join(process.env.CONSUMER_SHOTS, `${app}.png`), fullPage: true });
    if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  } finally {
    await page.close();
    server.close();
  }
}

const checks = {
  react19: {
    async before(page) {
      // The server's HTML had the element; hydration kept it (no second element, no hydration error).
      if (!serverHtml.includes('<loadwise-quiz') || serverHtml.includes('[object Object]')) throw new Error(`server HTML: ${serverHtml}`);
      const count = await page.$$eval('loadwise-quiz', (all) => all.length);
      if (count !== 1) throw new Error(`${count} quizzes after hydration`);
      const attributes = await page.$eval('loadwise-quiz', (quiz) => quiz.getAttributeNames());
      if (attributes.some((name) => name === 'ctas' || name === 'answers')) throw new Error(`attributes after hydration: ${attributes}`);
    },
  },
  react18: {
    async before(page) {
      const persist = await page.evaluate(() => document.querySelector('loadwise-quiz').persist);
      if (persist !== false) throw new Error(`persist is ${persist}`);
    },
    async after(page) {
      // persist={false}: the reader's answers stayed out of sessionStorage.
      const stored = await page.evaluate(() => Object.keys(sessionStorage));
      if (stored.length) throw new Error(`sessionStorage holds ${stored.join(', ')}`);
      // <Alternatives onSelect>, inside <Provider>: choosing an alternative reaches the app.
      await page.evaluate(() => {
        const root = document.querySelector('loadwise-alternatives').shadowRoot;
        [...root.querySelectorAll('li.card button')].find((button) => button.textContent.trim().startsWith('Choose this')).click();
      });
      await until(page, 'the app to log the loadwise-select event', () => document.querySelector('#events').textContent.includes('select: '));
    },
  },
};

let passed = 0;
let failed = 0;
for (const app of apps) {
  try {
    await check(app, checks[app]);
    passed++;
    console.log(`ok  ${app}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${app}: ${error instanceof Error ? error.message : error}`);
  }
}
await browser.close();
console.log(`consumers: built in ${((built - started) / 1000).toFixed(1)} s, ran in ${((Date.now() - built) / 1000).toFixed(1)} s`);
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
