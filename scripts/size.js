// npm run size: the gzip and brotli size of every bundle in dist/ against its target and ceiling
// (DESIGN §9). Entries count with the chunks they import statically; the page rows count what a
// one-tag page fetches before its first screen (the loader and the entries of its elements), and
// every chunk the suite can load in English. Exits 1 when a file is over
// its ceiling, has no budget, or nothing was built. `npm run bench` reuses measureSizes().
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { KB, PAGE_BUDGETS, SIZE_BUDGETS } from './budgets.js';

const OWN_CHUNK = /^chunks\/core-validate-/;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/**
 * The file and every chunk it imports statically, transitively. A chunk that DESIGN §9 lets be
 * its own (the core's content validator, `chunks/core-validate-*.js`) is measured on its own row.
 */
function closure(file, seen = new Set()) {
  if (seen.has(file) || (seen.size > 0 && OWN_CHUNK.test(file))) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    closure(posix.normalize(posix.join(posix.dirname(file), m[1])), seen);
  }
  return seen;
}

/**
 * Every file `file` can load: its static imports, its import()s and the paths the build wrote
 * into it (the loader's prefetch list), transitively. Other languages' packs left out.
 */
function everything(file, seen = new Set()) {
  if (seen.has(file) || file.startsWith('locales/')) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/\\?["'](\.\.?\/[\w./-]+\.js)\\?["']/g)) {
    const target = posix.normalize(posix.join(posix.dirname(file), m[1]));
    if (existsSync(join(dist, target))) everything(target, seen);
  }
  return seen;
}

/**
 * @typedef {object} SizeRow
 * @property {string} file the dist file, relative to dist/
 * @property {string[]} parts the file and the chunks counted with it
 * @property {number} raw bytes, uncompressed
 * @property {number} gzip bytes, gzip -9, each part compressed on its own
 * @property {number} brotli bytes, brotli quality 11
 * @property {{ target?: number, ceiling?: number, what?: string, shared?: boolean, lazy?: boolean, own?: boolean } | undefined} budget
 * @property {boolean} [page] a page row of PAGE_BUDGETS (the loader and what it imports), not a file
 * @property {'ok' | 'over target' | 'OVER CEILING' | 'NO BUDGET' | 'shared (in entries)' | 'own chunk (DESIGN §9)' | 'lazy'} status
 */

/**
 * Sizes every bundle in dist/. Chunks an entry imports statically are shared code, counted inside
 * each entry; the others are reached only through import() and are lazy.
 * @returns {SizeRow[]} one row per file, sorted by name; empty when nothing was built
 */
export function measureSizes() {
  const list = (dir) => (existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)).filter((f) => f.endsWith('.js')).map((f) => posix.join(dir, f)) : []);
  const files = [...list('.'), ...list('chunks'), ...list('locales')].map((f) => f.replace(/^\.\//, '')).sort();
  const entries = files.filter((f) => !f.includes('/'));
  const shared = new Set(entries.flatMap((f) => [...closure(f)]).filter((f) => f.startsWith('chunks/')));
  const rows = files.map((file) => {
    const budget = shared.has(file) && !OWN_CHUNK.test(file) ? { shared: true } : SIZE_BUDGETS.find((b) => b.pattern.test(file));
    // A chunk is fetched on top of what its entry already loaded: count it alone.
    return row(file, file.includes('/') ? [file] : [...closure(file)], budget);
  });
  if (!files.includes('loadwise.js')) return rows;
  for (const page of PAGE_BUDGETS) {
    if (![page.loader, ...(page.entries ?? page.all)].every((f) => files.includes(f))) continue;
    const parts = page.all ? [...new Set([page.loader, ...page.all.flatMap((e) => [...everything(e)])])] : [...new Set([page.loader, ...page.entries.flatMap((e) => [...closure(e)])])];
    if (parts.every((f) => files.includes(f))) rows.push({ ...row(page.name, parts, page), page: true });
  }
  return rows;
}

/** Sizes `parts` together (each compressed on its own, as each is a request) against `budget`. */
function row(file, parts, budget) {
  const bytes = parts.map((f) => readFileSync(join(dist, f)));
  const raw = bytes.reduce((sum, b) => sum + b.length, 0);
  const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  const brotli = bytes.reduce((sum, b) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  let status;
  if (!budget) status = 'NO BUDGET';
  else if (budget.shared) status = 'shared (in entries)';
  else if (budget.own) status = 'own chunk (DESIGN §9)';
  else if (budget.lazy) status = 'lazy';
  else if (budget.ceiling !== undefined && gzip > budget.ceiling) status = 'OVER CEILING';
  else status = gzip > budget.target ? 'over target' : 'ok';
  return { file, parts, raw, gzip, brotli, budget, status };
}

/** Whether a row fails `npm run size` (over its ceiling, or no budget). */
export const sizeFails = (row) => row.status === 'OVER CEILING' || row.status === 'NO BUDGET';

export const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** The row's file name, with the number of chunks counted in it. */
export const sizeName = (row) => (row.page ? `${row.file} (${row.parts.length} files)` : row.parts.length > 1 ? `${row.file} (+${row.parts.length - 1} chunk${row.parts.length > 2 ? 's' : ''})` : row.file);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = measureSizes();
  if (rows.length === 0) {
    console.error('size: no bundle in dist/. Run `npm run build` first.');
    process.exit(1);
  }
  const cells = rows.map((r) => [sizeName(r), kb(r.raw), kb(r.gzip), kb(r.brotli), r.budget?.target ? kb(r.budget.target) : '-', r.budget?.ceiling ? kb(r.budget.ceiling) : '-', r.status]);
  const head = ['file', 'raw', 'gzip', 'brotli', 'target (gzip)', 'ceiling (gzip)', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const row of cells) console.log(line(row));
  if (rows.some(sizeFails)) {
    console.error('size: a bundle is over its ceiling or has no budget (see scripts/budgets.js).');
    process.exit(1);
  }
}
