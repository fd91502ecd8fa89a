// npm run bench: Loadwise side by side with SurveyJS and a bare Lit page, the core's speed, the
// bundle sizes and Lighthouse, against the budgets of DESIGN §9. Writes BENCHMARKS.md.
//
// This file only prepares, with Node's own modules: it installs bench/ on first use (its own
// package.json and lockfile, so the root install and CI stay lean) and builds dist/ when it is
// missing or older than the sources; then it runs bench/run.js.
//
// Options (after `npm run bench --`): --rounds N (default 20; at least 10 for a report),
// --no-lighthouse (a quicker run while working on it).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = fileURLToPath(new URL('.', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

// bench/ dependencies: installed when missing, or when bench/package.json or its lockfile is newer
// than the install.
if (mtime(`${bench}node_modules/.package-lock.json`) < Math.max(mtime(`${bench}package.json`), mtime(`${bench}package-lock.json`))) {
  console.log('bench: installing bench/ (npm ci --prefix bench)');
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund']);
}

/** The newest modification time under a directory. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = Math.min(mtime(`${root}dist/loadwise.js`), mtime(`${root}dist/core.js`));
const sources = Math.max(newest(`${root}src`), mtime(`${root}rollup.config.js`), mtime(`${root}package.json`));
if (built === 0 || built < sources) {
  console.log(built === 0 ? 'bench: building dist/ (missing)' : 'bench: building dist/ (older than src/)');
  run(process.execPath, ['scripts/build.js']);
}

await import('./run.js');
