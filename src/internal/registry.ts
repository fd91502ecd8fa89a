/**
 * Page-level groups: widgets with the same `group` share one store, wherever they sit on the
 * page; different groups are isolated. The registry lives on `globalThis` under a `Symbol.for`
 * key with a versioned shape, so two copies of the bundle share it.
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
  return {
    version: 1,
    store(group) {
      let store = stores.get(group);
      if (!store) {
        store = createStore();
        stores.set(group, store);
      }
      return store;
    },
  };
}

function registry(): GroupRegistryV1 {
  const g = globalThis as unknown as Record<symbol, unknown>;
  const shared = g[KEY] as Partial<GroupRegistryV1> | undefined;
  if (shared === undefined) {
    const created = createRegistry();
    Object.defineProperty(g, KEY, { value: created, configurable: false, enumerable: false, writable: false });
    return created;
  }
  if (shared && shared.version === 1 && typeof shared.store === 'function') return shared as GroupRegistryV1;
  // Another shape we do not know: keep to ourselves rather than corrupt it.
  return (privateRegistry ??= createRegistry());
}

/** The store of a group, shared page-wide. */
export function groupStore(group: string): Store {
  return registry().store(group);
}

/** The group name used when none is set. */
export const DEFAULT_GROUP = 'default';
