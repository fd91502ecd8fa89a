// npm run build: compile src to dist/lib (ES modules + .d.ts), bundle with rollup, then write
// dist/integrity.json: the sha384 of every file in dist/, for Subresource Integrity (the snippet
// builder, demo/builder.html, puts it in the script tag it prints). With --test, also build build/test/loadwise-test.js: the production embed plus a test-only
// widget, bundled the same way, for the embed tests (tests/embed), and build/vite/: a Vite
// production build of an app that imports the package (tests/vite).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const withTest = process.argv.includes('--test');
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
rmSync(new URL('../build', import.meta.url), { recursive: true, force: true });
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
if (withTest) {
  run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test-build.json']);
  // The root package.json's sideEffects names dist/lib; mark this copy as having side effects.
  writeFileSync(new URL('../build/test-lib/package.json', import.meta.url), '{ "type": "module", "sideEffects": true }\n');
}
run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], withTest ? { LOADWISE_TEST_BUNDLE: '1' } : {});
// Test only: an app that uses the package through Vite (scripts/vite-app.js), for tests/platform/vite-build.test.ts.
if (withTest) await (await import('./vite-app.js')).buildViteApp();

// The version the code reports (src/base/define.ts) is the package's, which the banners carry.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// The loader (src/embed.ts) has its own copy, so that it shares no chunk with the elements.
for (const [source, built] of [['src/base/define.ts', 'base/define.js'], ['src/embed.ts', 'embed.js']]) {
  const defined = /VERSION = '([^']+)'/.exec(readFileSync(new URL(`../dist/lib/${built}`, import.meta.url), 'utf8'))?.[1];
  if (defined !== version) {
    console.error(`build: VERSION in ${source} is ${defined}, package.json says ${version}; make them equal.`);
    process.exit(1);
  }
}

const dist = new URL('../dist/', import.meta.url);
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(fileURLToPath(dist), join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .filter((file) => file !== 'integrity.json')
  .sort();
const integrity = { version, algorithm: 'sha384', files: {} };
for (const file of files) integrity.files[file] = `sha384-${createHash('sha384').update(readFileSync(new URL(file, dist))).digest('base64')}`;
writeFileSync(new URL('integrity.json', dist), `${JSON.stringify(integrity, null, 2)}\n`);
