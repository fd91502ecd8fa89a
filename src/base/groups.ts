/**
 * Page-level groups: widgets with the same `group` share one store, wherever they sit on the
 * page; different groups are isolated. The registry lives on `globalThis` under a `Symbol.for`
 * key with a versioned shape, so two copies of the bundle share it. It is frozen, and a registry
 * or store found on the page is used only when it has that shape, frozen (as every copy makes
 * it); anything else is left alone, and this copy keeps its own (invariant 18).
 */
import { createStore, type Store } from '../core/state/store.js';

/** Version 1 of the shared shape. A later, incompatible shape must use a new version number. */
interface GroupRegistryV1 {
  readonly version: 1;
  store(group: string): Store;
}

const KEY = Symbol.for('loadwise.groups');
let privateRegistry: GroupRegistryV1 | undefined;

function createRegistry(): GroupRegistryV1 {
  const stores = new Map<string, Store>();
  return Object.freeze({
    version: 1,
    store(group: string) {
      let store = stores.get(group);
      if (!store) stores.set(group, (store = createStore()));
      return store;
    },
  });
}

/** The store of a group, shared page-wide. */
export function groupStore(group: string): Store {
  try {
    const g = globalThis as unknown as Record<symbol, GroupRegistryV1 | undefined>;
    // Non-writable and non-configurable: set once per page, by the first copy.
    g[KEY] ?? Object.defineProperty(g, KEY, { value: createRegistry() });
    const shared = g[KEY]!;
    const store = Object.isFrozen(shared) && shared.version === 1 && shared.store(group);
    if (Object.isFrozen(store) && store && [store.getState, store.dispatch, store.subscribe].every((f) => typeof f == 'function')) return store;
  } catch {
    // What the page left under the key throws: not ours.
  }
  return (privateRegistry ??= createRegistry()).store(group);
}

/** The group name used when none is set. */
export const DEFAULT_GROUP = 'default';
