// A small static server for the bench on 127.0.0.1: the repository's dist/, demo/ and the bench's
// pages, bundles and SurveyJS files. Text is sent gzip-compressed (level 9, compressed once and
// kept in memory, as a CDN serves it), so the bytes a page transfers are those of a real host.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** URL prefixes served, relative to the repository root. */
const ALLOWED = ['/dist/', '/demo/', '/bench/pages/', '/bench/build/', '/bench/node_modules/survey-core/', '/bench/node_modules/survey-js-ui/'];

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {string} root the repository root
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(root) {
  /** @type {Map<string, { mtime: number, raw: Buffer, gzip: Buffer | null }>} */
  const cache = new Map();
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const clean = normalize(pathname).split(sep).join('/');
    if (clean === '/favicon.ico') {
      // A host page has its own favicon; a 404 here would count as a console error against the demo.
      res.writeHead(204).end();
      return;
    }
    if (clean.includes('..') || !ALLOWED.some((prefix) => clean.startsWith(prefix))) {
      res.writeHead(404).end();
      return;
    }
    const file = join(root, clean);
    let entry;
    try {
      const { mtimeMs } = statSync(file);
      entry = cache.get(file);
      if (!entry || entry.mtime !== mtimeMs) {
        const raw = readFileSync(file);
        entry = { mtime: mtimeMs, raw, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level: 9 }) : null };
        cache.set(file, entry);
      }
    } catch {
      res.writeHead(404).end();
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.raw;
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
