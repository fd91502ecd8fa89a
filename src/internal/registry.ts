/**
 * Page-level groups: widgets with the same `group` share one store, wherever they sit on the
 * page; different groups are isolated. The registry lives on `globalThis` under a `Symbol.for`
 * key with a versioned shape, so two copies of the bundle share it. It is frozen, and a registry
 * or store found on the page is used only when it has that shape, frozen (as every copy makes
 * it); anything else is left alone, and this copy keeps its own (invariant 18).
 */
import { own } from '../core/input.js';
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

/** Whether a value found on the page is frozen, with these functions as own properties. */
const frozenWith = (value: unknown, ...names: string[]) => Object.isFrozen(value) && names.every((name) => typeof own(value, name) == 'function');

/** The store of a group, shared page-wide. */
export function groupStore(group: string): Store {
  try {
    const g = globalThis as unknown as Record<symbol, unknown>;
    // Non-writable and non-configurable: set once per page, by the first copy.
    if (!Object.hasOwn(g, KEY)) Object.defineProperty(g, KEY, { value: createRegistry() });
    // The value itself: a getter someone left there is never run.
    const shared = Object.getOwnPropertyDescriptor(g, KEY)!.value as GroupRegistryV1;
    if (frozenWith(shared, 'store') && own(shared, 'version') === 1) {
      const store = shared.store(group);
      if (frozenWith(store, 'getState', 'dispatch', 'subscribe')) return store;
    }
  } catch {
    // What the page left under the key throws: not ours.
  }
  return (privateRegistry ??= createRegistry()).store(group);
}

/** The group name used when none is set. */
export const DEFAULT_GROUP = 'default';
