/** Helpers the element tests share. */

export type Spy = { calls: string[]; restore: () => void };

/** Replaces console.error or console.warn, recording each call's arguments as one string. */
export function spyConsole(method: 'error' | 'warn'): Spy {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console[method] = original) };
}

/** Records the events of one type on a target until `stop()`. */
export function record<T extends Event>(target: EventTarget, type: string) {
  const seen: T[] = [];
  const listener = (e: Event) => seen.push(e as T);
  target.addEventListener(type, listener);
  return { seen, stop: () => target.removeEventListener(type, listener) };
}
