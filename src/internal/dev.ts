/**
 * Development-only checks. The production bundles replace this module with `DEV = false`
 * (rollup.config.js), and the minifier drops every `if (DEV)` branch.
 */
export const DEV: boolean = true;

/** A console warning for integrators, in development builds only. */
export function devWarn(tag: string, message: string): void {
  if (DEV) console.warn(`<${tag}>: ${message}`);
}
