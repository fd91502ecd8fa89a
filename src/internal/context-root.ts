/**
 * The context protocol's root (the community protocol @lit/context implements): it keeps the
 * `context-request` events that no provider answered, and replays them when a provider announces
 * itself with `context-provider`, so that a `<loadwise-provider>` that upgrades after the widgets
 * inside it still reaches them. The same behaviour as @lit/context's `ContextRoot`, written here
 * so that the loader (src/embed.ts) shares no module with the element chunks: a shared module
 * would be a chunk the loader waits for before it can start loading the first screen.
 */

/** What the root needs of a `context-request` event (see @lit/context's ContextRequestEvent). */
interface ContextRequest extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: (value: unknown, unsubscribe?: () => void) => void;
  subscribe?: boolean;
}

/** A replayed request: what @lit/context's ContextRequestEvent carries. */
class ReplayedRequest extends Event {
  constructor(
    readonly context: unknown,
    readonly contextTarget: Element,
    readonly callback: ContextRequest['callback'],
    readonly subscribe = true,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

interface Pending {
  callbacks: WeakMap<Element, WeakSet<ContextRequest['callback']>>;
  requests: { element: WeakRef<Element>; callback: WeakRef<ContextRequest['callback']> }[];
}

/** Listens on `root` for unanswered subscriptions, and replays them to a provider that comes later. */
export function attachContextRoot(root: Element): void {
  const pending = new Map<unknown, Pending>();
  root.addEventListener('context-request', (event) => {
    const request = event as ContextRequest;
    if (request.subscribe !== true) return;
    const target = request.contextTarget ?? (request.composedPath()[0] as Element);
    let entry = pending.get(request.context);
    if (!entry) pending.set(request.context, (entry = { callbacks: new WeakMap(), requests: [] }));
    let seen = entry.callbacks.get(target);
    if (!seen) entry.callbacks.set(target, (seen = new WeakSet()));
    if (seen.has(request.callback)) return;
    seen.add(request.callback);
    entry.requests.push({ element: new WeakRef(target), callback: new WeakRef(request.callback) });
  });
  root.addEventListener('context-provider', (event) => {
    const context = (event as Event & { context: unknown }).context;
    const entry = pending.get(context);
    if (!entry) return;
    pending.delete(context);
    for (const { element, callback } of entry.requests) {
      const el = element.deref();
      const cb = callback.deref();
      if (el && cb) el.dispatchEvent(new ReplayedRequest(context, el, cb));
    }
  });
}
