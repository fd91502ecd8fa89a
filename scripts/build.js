// npm run build: compile src to dist/lib (ES modules + .d.ts), then bundle with rollup.
// With --test, also build build/test/loadwise-test.js: the production embed plus a test-only
// widget, bundled the same way, for the embed tests (tests/embed).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

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
