// npm run size: the gzip and brotli size of every bundle in dist/ against its target and ceiling
// (DESIGN §9). Entries count with the chunks they import statically. Exits 1 when a file is over
// its ceiling, has no budget, or nothing was built.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { KB, SIZE_BUDGETS } from './budgets.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const list = (dir) => (existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)).filter((f) => f.endsWith('.js')).map((f) => posix.join(dir, f)) : []);
const files = [...list('.'), ...list('chunks'), ...list('locales')].map((f) => f.replace(/^\.\//, '')).sort();
if (files.length === 0) {
  console.error('size: no bundle in dist/. Run `npm run build` first.');
  process.exit(1);
}

/** The file and every chunk it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    closure(posix.normalize(posix.join(posix.dirname(file), m[1])), seen);
  }
  return seen;
}

// Chunks an entry imports statically are shared code, counted inside each entry; the others are
// reached only through import() and are lazy.
const entries = files.filter((f) => !f.includes('/'));
const shared = new Set(entries.flatMap((f) => [...closure(f)]).filter((f) => f.startsWith('chunks/')));

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const rows = [];
let failed = false;
for (const file of files) {
  const budget = shared.has(file) ? { shared: true } : SIZE_BUDGETS.find((b) => b.pattern.test(file));
  // A chunk is fetched on top of what its entry already loaded: count it alone.
  const parts = file.includes('/') ? [file] : [...closure(file)];
  const source = Buffer.concat(parts.map((f) => readFileSync(join(dist, f))));
  const gzip = parts.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  const brotli = parts.reduce((sum, f) => sum + brotliCompressSync(readFileSync(join(dist, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  let status;
  if (!budget) {
    status = 'NO BUDGET';
    failed = true;
  } else if (budget.shared) {
    status = 'shared (in entries)';
  } else if (budget.lazy) {
    status = 'lazy';
  } else if (gzip > budget.ceiling) {
    status = 'OVER CEILING';
    failed = true;
  } else {
    status = gzip > budget.target ? 'over target' : 'ok';
  }
  const name = parts.length > 1 ? `${file} (+${parts.length - 1} chunk${parts.length > 2 ? 's' : ''})` : file;
  rows.push([name, kb(source.length), kb(gzip), kb(brotli), budget?.target ? kb(budget.target) : '-', budget?.ceiling ? kb(budget.ceiling) : '-', status]);
}

const head = ['file', 'raw', 'gzip', 'brotli', 'target (gzip)', 'ceiling (gzip)', 'status'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(head));
for (const row of rows) console.log(line(row));
if (failed) {
  console.error('size: a bundle is over its ceiling or has no budget (see scripts/budgets.js).');
  process.exit(1);
}
