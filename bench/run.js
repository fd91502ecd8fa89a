// The bench itself (bench/bench.js prepares, then imports this). See BENCHMARKS.md, "How it is
// measured". Exits 1 when a budget of DESIGN §9 is missed, or a measurement failed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { CORE_METHOD, benchCore } from '../scripts/bench.js';
import { measureSizes, sizeFails } from '../scripts/size.js';
import { runLighthouse } from './lib/lighthouse.js';
import { composition } from './lib/composition.js';
import { measureRounds } from './lib/measure.js';
import { PAGES, buildPages } from './lib/pages.js';
import { analyse, render } from './lib/report.js';
import { startServer } from './lib/server.js';

const benchDir = new URL('.', import.meta.url);
const rootDir = new URL('..', import.meta.url);
const root = fileURLToPath(rootDir);

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(option('--rounds') ?? 20);
const withLighthouse = !args.includes('--no-lighthouse');
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`bench: --rounds expects a whole number of rounds, got ${option('--rounds')}`);
  process.exit(2);
}

// Ahead of the machine's other work: this process, the server and the browsers it starts (which
// inherit it) get a higher scheduling priority, where the system allows it (root, or CAP_SYS_NICE).
let priority = 'default';
try {
  os.setPriority(0, -10);
  priority = 'nice -10';
} catch {
  // An ordinary user: the default priority.
}
const loadBefore = os.loadavg()[0];

const started = Date.now();
const log = (message) => console.log(`bench [${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const sizes = measureSizes();
if (sizes.length === 0) {
  console.error('bench: no bundle in dist/. Run `npm run build` first.');
  process.exit(1);
}
log('sizes measured');
const core = await benchCore();
log('core timed');
// The largest file a page fetches before its first screen: the three widgets in one file.
const made = await composition('loadwise-suite.js').catch((error) => {
  log(`composition not traced: ${error.message}`);
  return { file: 'loadwise-suite.js', bytes: 0, gzip: 0, groups: [], modules: [] };
});
log('composition of loadwise-suite.js traced');
await buildPages(benchDir);
log('bench pages bundled (bench/build/)');

const server = await startServer(root);
let measured;
/** @type {import('./lib/lighthouse.js').LighthouseResult[]} */
const lighthouse = [];
try {
  measured = await measureRounds(server.origin, PAGES, rounds, log);
  if (withLighthouse) {
    for (const formFactor of /** @type {const} */ (['mobile', 'desktop'])) {
      lighthouse.push(await runLighthouse(`${server.origin}/demo/blog.html`, formFactor));
      log(`Lighthouse ${formFactor} done`);
    }
  }
} finally {
  await server.close();
}

const version = (path) => {
  try {
    return JSON.parse(readFileSync(new URL(path, benchDir), 'utf8')).version;
  } catch {
    return '?';
  }
};
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
})();
const osName = (() => {
  try {
    return /PRETTY_NAME="?([^"\n]+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    return '';
  }
})();
const cpus = os.cpus();
const loadAfter = os.loadavg()[0];
// Our own load counts in the average at the end; at the start it is the rest of the machine's.
const busy = loadBefore > cpus.length / 2;
const env = {
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  loadwise: `${version('../package.json')} (commit ${commit})`,
  rows: [
    ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`],
    ['RAM', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`],
    ['OS', `${osName ? `${osName}, ` : ''}${os.type()} ${os.release()} (${os.arch()})`],
    ['Chromium', measured.browserVersion],
    ['Node', process.version],
    ['load average (1 min) at start and end', `${loadBefore.toFixed(1)}, ${loadAfter.toFixed(1)} on ${cpus.length} cores${busy ? ': busy, so the timings are noisy' : ''}`],
    ['bench priority', priority],
    ['lit (bare Lit page and Loadwise)', version('../node_modules/lit/package.json')],
    ['rollup', version('../node_modules/rollup/package.json')],
    ['survey-core / survey-js-ui', `${version('node_modules/survey-core/package.json')} / ${version('node_modules/survey-js-ui/package.json')}`],
    ['playwright-core', version('node_modules/playwright-core/package.json')],
    ['lighthouse', version('node_modules/lighthouse/package.json')],
  ],
};

const notesPath = new URL('NOTES.md', benchDir);
const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '';
const analysis = analyse({ pages: PAGES, rounds: measured.rounds, sizes, core, lighthouse });
const { printed, markdown } = render({
  pages: PAGES,
  rounds: measured.rounds,
  sizes,
  core,
  coreMethod: CORE_METHOD,
  made,
  lighthouse,
  analysis,
  env,
  notes,
  lighthouseSkipped: !withLighthouse,
});
writeFileSync(new URL('BENCHMARKS.md', rootDir), markdown);
console.log(`\n${printed}\n`);
log('wrote BENCHMARKS.md');

const sizeCeiling = sizes.some(sizeFails);
if (rounds < 10) console.log('bench: fewer than 10 rounds: a quick run, not a report.');
if (busy) console.log(`bench: the machine was busy (load average ${loadBefore.toFixed(1)} on ${cpus.length} cores): the timings are noisy; rerun on a quiet machine to confirm a miss.`);
if (analysis.failed || sizeCeiling) {
  const missed = analysis.budgets.filter((b) => !b.ok);
  console.error(`bench: ${missed.length} budget${missed.length === 1 ? '' : 's'} of DESIGN §9 missed:`);
  for (const b of missed) console.error(`  - ${b.what}: ${b.measured} (target ${b.budget})`);
  if (sizeCeiling) console.error('  - a bundle is over its size ceiling, or has no budget (npm run size)');
  process.exit(1);
}
