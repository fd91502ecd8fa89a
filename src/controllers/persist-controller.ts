/**
 * `persist` (DESIGN §7): a group's answers in `sessionStorage`, under `loadwise:v1:<group>`, while
 * an element of the group with `persist` is on the page; its health answers only while one of them
 * shows the answers with "Forget my answers" beside them (the quiz). Every change writes what may
 * be kept, and nothing once no such element is left. Answers stored earlier in the tab come back
 * into an empty group. Storage that throws (private mode, sandboxed frames) is carried on without.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateAnswers } from '../core/schema/answers.js';
import type { Store } from '../core/state/store.js';

/** The answers that are not about health: kept for a picker or an explainer with `persist` alone. */
const NOT_HEALTH: readonly string[] = ['activity', 'goals'];

/** Per storage key, the elements persisting there: for each, whether it shows "Forget my answers" beside the answers. */
const holders = new Map<string, boolean[]>();

/** sessionStorage, or null where it is missing or throws. */
function session(): Storage | null {
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

export interface PersistOptions {
  /** The element shows the answers with "Forget my answers" beside them: health answers may be kept. */
  health: boolean;
  /** Publishes stored answers to the (empty) group. */
  restore(answers: unknown): void;
}

export class PersistController implements ReactiveController {
  private stop: (() => void) | null = null;
  private store: Store | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PersistOptions,
  ) {
    host.addController(this);
  }

  /** Keeps the answers of `store` (the group `group`) when `on`, else stops; call on every update. */
  sync(on: boolean, store: Store, group: string): void {
    if (store !== this.store || !on) this.end();
    this.store = store;
    if (on && !this.stop) this.start(store, `loadwise:v1:${group}`);
  }

  /** Removes the group's stored answers (the group's state is the caller's to reset). */
  forget(group: string): void {
    try {
      session()?.removeItem(`loadwise:v1:${group}`);
    } catch {
      // storage refused: nothing was kept there
    }
  }

  hostDisconnected(): void {
    this.end();
  }

  private start(store: Store, key: string): void {
    try {
      const saved = session()?.getItem(key);
      if (saved && Object.keys(store.getState().answers).length === 0) {
        const { answers } = validateAnswers(JSON.parse(saved));
        if (Object.keys(answers).length > 0) this.options.restore(answers);
      }
    } catch {
      // unreadable or refused: start afresh
    }
    const kept = holders.get(key) ?? [];
    holders.set(key, kept);
    kept.push(this.options.health);
    const save = () => write(key, store);
    const unsubscribe = store.subscribe(save);
    save();
    this.stop = () => {
      unsubscribe();
      kept.splice(kept.indexOf(this.options.health), 1);
      save();
    };
  }

  private end(): void {
    this.stop?.();
    this.stop = null;
  }
}
