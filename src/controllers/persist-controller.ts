/**
 * `persist` (DESIGN §7) for one element: while it is on the page with `persist`, its group's
 * answers are kept in `sessionStorage` (see persist.ts for what may be kept), and answers stored
 * earlier in the tab come back into an empty group. Storage that throws (private mode, sandboxed
 * frames) is carried on without.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateAnswers } from '../core/schema/answers.js';
import type { Store } from '../core/state/store.js';
import { persist, session } from './persist.js';

export const storageKey = (group: string): string => `loadwise:v1:${group}`;

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
    if (store !== this.store) this.end();
    this.store = store;
    if (on && !this.stop) this.start(store, group);
    if (!on) this.end();
  }

  /** Removes the group's stored answers (the group's state is the caller's to reset). */
  forget(group: string): void {
    try {
      session()?.removeItem(storageKey(group));
    } catch {
      // storage refused: nothing was kept there
    }
  }

  hostDisconnected(): void {
    this.end();
  }

  private start(store: Store, group: string): void {
    const key = storageKey(group);
    try {
      const saved = session()?.getItem(key);
      if (saved && Object.keys(store.getState().answers).length === 0) {
        const { answers } = validateAnswers(JSON.parse(saved));
        if (Object.keys(answers).length > 0) this.options.restore(answers);
      }
    } catch {
      // unreadable or refused: start afresh
    }
    this.stop = persist(key, store, this.options.health);
  }

  private end(): void {
    this.stop?.();
    this.stop = null;
  }
}
