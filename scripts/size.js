// npm run size: the gzip and brotli size of every bundle in dist/ against its target and ceiling
// (DESIGN §9). Exits 1 when a file is over its ceiling, has no budget, or nothing was built.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { KB, SIZE_BUDGETS } from './budgets.js';

const dist = new URL('../dist/', import.meta.url);
let files;
try {
  files = readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
} catch {
  files = [];
}
if (files.length === 0) {
  console.error('size: no bundle in dist/. Run `npm run build` first.');
  process.exit(1);
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const rows = [];
let failed = false;
for (const file of files) {
  const source = readFileSync(new URL(file, dist));
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = SIZE_BUDGETS.find((b) => b.pattern.test(file));
  let status;
  if (!budget) {
    status = 'NO BUDGET';
    failed = true;
  } else if (gzip > budget.ceiling) {
    status = 'OVER CEILING';
    failed = true;
  } else {
    status = gzip > budget.target ? 'over target' : 'ok';
  }
  rows.push([file, kb(source.length), kb(gzip), kb(brotli), budget ? kb(budget.target) : '-', budget ? kb(budget.ceiling) : '-', status]);
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
