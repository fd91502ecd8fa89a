/**
 * The classic-script entry (dist/loadwise.iife.js), for pages that cannot use `type="module"`:
 * it finds its own URL (`document.currentScript`) and imports the ES loader beside it,
 * dist/loadwise.js, which does the rest (src/embed.ts). A dynamic import() works in a classic
 * script, under a CSP that allows the script's origin. It defines no global.
 */
function own(): string | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  // Not while the script runs (a page that calls it later): the last script of that name.
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="loadwise.iife"]');
  return scripts[scripts.length - 1]?.src;
}

try {
  const src = own();
  if (!src) throw new Error('no <script src> for loadwise.iife.js');
  const loader = new URL('./loadwise.js', src).href;
  import(/* @vite-ignore */ loader).catch((error: unknown) => console.error(`Loadwise: ${loader} did not load.`, error));
} catch (error) {
  console.error('Loadwise: could not find where loadwise.iife.js was loaded from.', error);
}
