// Response headers of the demo site, shared by `npm start` (web-dev-server.config.js) and the tests
// (web-test-runner.config.js), so that the demo pages are tested as they are served.

/**
 * The strict policy of a careful host page (demo/hostile.html): scripts and styles from its own
 * origin only, no inline script or style, no eval, no plugins.
 */
export const HOSTILE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

const pageHeaders = {
  '/demo/hostile.html': { 'Content-Security-Policy': HOSTILE_CSP },
};

/** Koa middleware: the pages' headers, and CORS on dist/ as a CDN sends it (for `crossorigin` and SRI). */
export async function demoHeaders(context, next) {
  await next();
  for (const [name, value] of Object.entries(pageHeaders[context.path] ?? {})) context.set(name, value);
  if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
}
