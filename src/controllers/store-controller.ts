/**
 * Re-renders its host when the slice of the group state it reads changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GroupState, Store } from '../core/state/store.js';

export class StoreController<T> implements ReactiveController {
  private store: Store | null = null;
  private unsubscribe: (() => void) | null = null;
  private last: T | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: (state: GroupState) => T,
  ) {
    host.addController(this);
  }

  /** The selected slice now (undefined before a store is set). */
  get value(): T | undefined {
    return this.store ? this.select(this.store.getState()) : undefined;
  }

  /** Points the controller at another store (the group changed). */
  setStore(store: Store): void {
    if (store === this.store) return;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.store = store;
    this.last = this.select(store.getState());
    if (this.connected) this.listen();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    if (this.store) {
      this.listen();
      const now = this.select(this.store.getState());
      if (!Object.is(now, this.last)) {
        this.last = now;
        this.host.requestUpdate();
      }
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private listen(): void {
    this.unsubscribe ??= this.store!.subscribe((state) => {
      const next = this.select(state);
      if (!Object.is(next, this.last)) {
        this.last = next;
        this.host.requestUpdate();
      }
    });
  }
}
