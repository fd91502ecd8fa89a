/**
 * The one way a test waits: on a condition, for as long as a loaded machine needs. The cap is only
 * there so that a failure names what it waited for (it is under mocha's 20 s per test); no test
 * waits a fixed time, nor with a short cap (scripts/check-waits.js refuses both).
 */
import { waitUntil } from '@open-wc/testing';

/** How long a condition may take on a busy 2-core machine before the test fails. */
export const PATIENCE = 15000;

/** Resolves once `condition` holds (it may be async); rejects with `message` after PATIENCE. */
export function until(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: PATIENCE, interval: 20 });
}
