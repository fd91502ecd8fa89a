// node scripts/consumer-size.js: what an npm user's bundle costs. Packs the package (after
// `npm run build`: `npm pack --ignore-scripts`), unpacks the tarball into
// build/consumer/node_modules/loadwise (its dependencies, lit and zod, resolve from this repo's
// node_modules, one folder up), and bundles three tiny apps against it with rollup, as a bundler
// would (export conditions `browser`, `import`, `production`, `default`), minified:
//   core alone       import * as core from 'loadwise/core'
//   quiz alone       import 'loadwise/elements/quiz'
//   quiz with core   both
//   quiz with assess the quiz and one function of the core
// It prints each one's gzip size (the entry and the chunks it imports statically: what loads
// before the first screen; then every chunk, lazy ones included), and fails when the quiz with
// the core holds more than one copy of the core (counted by ContentError's message, which only
// src/core/errors.ts holds) or costs more than the quiz alone plus a little glue.
// `--json` prints the figures as JSON instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const repo = fileURLToPath(new URL('..', import.meta.url));
const root = join(repo, 'build', 'consumer');
const KB = 1024;

/** The packed package, unpacked where an app would have it. */
function install() {
  rmSync(root, { recursive: true, force: true });
  const pkg = join(root, 'node_modules', 'loadwise');
  mkdirSync(pkg, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'loadwise-pack-'));
  try {
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: repo, encoding: 'utf8' });
    const [{ filename }] = JSON.parse(out);
    execFileSync('tar', ['-xzf', join(tmp, filename), '-C', pkg, '--strip-components=1']);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const APPS = {
  'core alone': `import * as core from 'loadwise/core';\nglobalThis.core = core;\n`,
  'quiz alone': `import 'loadwise/elements/quiz';\n`,
  'quiz with core': `import 'loadwise/elements/quiz';\nimport * as core from 'loadwise/core';\nglobalThis.core = core;\n`,
  'quiz with assess': `import 'loadwise/elements/quiz';\nimport { assess } from 'loadwise/core';\nglobalThis.assess = assess;\n`,
};

async function measure(name, source) {
  const dir = join(root, 'apps', name.replace(/\s+/g, '-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), source);
  const bundle = await rollup({
    input: join(dir, 'main.js'),
    onwarn: () => {},
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'production', 'default'] }),
      terser({ ecma: 2022, module: true, compress: { passes: 2 } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const first = new Set();
  const walk = (c) => {
    if (first.has(c.fileName)) return;
    first.add(c.fileName);
    for (const i of c.imports) if (byName.has(i)) walk(byName.get(i));
  };
  walk(entry);
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const all = chunks.map((c) => c.code).join('\n');
  return {
    name,
    firstGzip: [...first].reduce((n, f) => n + gz(byName.get(f).code), 0),
    allGzip: chunks.reduce((n, c) => n + gz(c.code), 0),
    chunks: chunks.length,
    coreCopies: all.split('Invalid Loadwise content').length - 1,
  };
}

install();
const rows = [];
for (const [name, source] of Object.entries(APPS)) rows.push(await measure(name, source));
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('consumer bundle (rollup, minified)   first load gzip   all chunks gzip   copies of the core');
  for (const r of rows) {
    console.log(`${r.name.padEnd(36)} ${`${(r.firstGzip / KB).toFixed(1)} KB`.padStart(15)}   ${`${(r.allGzip / KB).toFixed(1)} KB`.padStart(15)}   ${r.coreCopies}`);
  }
}
const [, quiz, both, one] = rows;
const problems = [];
for (const r of [both, one]) if (r.coreCopies !== 1) problems.push(`${r.name} holds ${r.coreCopies} copies of the core (one expected)`);
// The core's exports the quiz does not use itself are the only bytes the core may add.
if (both.allGzip > quiz.allGzip + 4 * KB) {
  problems.push(`the quiz with the core is ${((both.allGzip - quiz.allGzip) / KB).toFixed(1)} KB gzip over the quiz alone (4 KB allowed)`);
}
for (const p of problems) console.error(`consumer-size: ${p}`);
if (problems.length > 0) process.exit(1);
