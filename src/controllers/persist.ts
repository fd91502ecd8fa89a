/**
 * `persist` (DESIGN §7): a group's answers in `sessionStorage`, under `loadwise:v1:<group>`, while a
 * widget of the group with `persist` is on the page; its health answers only while one of them
 * shows the answers with "Forget my answers" beside them (the quiz). Every change writes what may
 * be kept, and nothing once no such widget is left.
 */
import type { Store } from '../core/state/store.js';

/** The answers that are not about health: kept for a picker or an explainer with `persist` alone. */
const NOT_HEALTH: readonly string[] = ['activity', 'goals'];

/** Per storage key, the widgets persisting there: for each, whether it shows "Forget my answers" beside the answers. */
const holders = new Map<string, boolean[]>();

/** sessionStorage, or null where it is missing or throws (private mode, sandboxed frames). */
export function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Writes what may be kept of the store's answers under `key`: nothing without a holder, no health answers without one that shows them. */
function write(key: string, store: Store): void {
  const kept = holders.get(key)!;
  try {
    const answers = Object.entries(store.getState().answers).filter(([id]) => kept.includes(true) || (kept.length && NOT_HEALTH.includes(id)));
    if (answers.length) session()?.setItem(key, JSON.stringify(Object.fromEntries(answers)));
    else session()?.removeItem(key);
  } catch {
    // storage full or refused: carry on without it
  }
}

/** Keeps the store's answers under `key` for one widget (`health`: it shows them with "Forget my answers"); returns the stop. */
export function persist(key: string, store: Store, health: boolean): () => void {
  const kept = holders.get(key) ?? [];
  holders.set(key, kept);
  kept.push(health);
  const save = () => write(key, store);
  const unsubscribe = store.subscribe(save);
  save();
  return () => {
    unsubscribe();
    kept.splice(kept.indexOf(health), 1);
    save();
  };
}
