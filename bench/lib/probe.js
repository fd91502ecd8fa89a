// The in-page probe, added as an init script to every page before it loads (the same code on
// every page; only its targets differ). It defines "painted" and records the long tasks.
//
// Painted: from the first frame on, every requestAnimationFrame callback looks for each target
// heading (through open shadow roots). When all are in the document with text, visible (not
// display:none, visibility:hidden or opacity 0) and laid out with a non-empty box, that frame is
// the first to contain them: its rendering update (style, layout, paint) runs right after this
// callback. A message posted from the callback runs as the next task, after that update; its
// performance.now() (ms since navigation start) is the paint time. The loop then stops.
//
// Long tasks: a 'longtask' PerformanceObserver, registered before any page script runs.
// `window.__bench.settled` resolves 1 s after the paint time.

/**
 * @param {Array<{ path: string[], optional?: { tag: string, with: string } }>} targets
 */
export function probe(targets) {
  /** @type {(value?: unknown) => void} */
  let settle = () => {};
  const state = {
    paint: /** @type {number | null} */ (null),
    frames: 0,
    longTasks: /** @type {Array<{ start: number, duration: number }>} */ ([]),
    skipped: /** @type {string[]} */ ([]),
    error: /** @type {string | null} */ (null),
    settled: new Promise((resolve) => (settle = resolve)),
  };
  Object.defineProperty(window, '__bench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    state.error = `longtask observer: ${error}`;
  }

  /** @param {string[]} path */
  const find = (path) => {
    /** @type {ParentNode | null} */
    let scope = document;
    for (let i = 0; scope && i < path.length; i++) {
      const el = scope.querySelector(path[i]);
      if (!el || i === path.length - 1) return el;
      scope = el.shadowRoot;
    }
    return null;
  };
  /** @param {Element | null} el */
  const painted = (el) => {
    if (!el || !el.textContent?.trim() || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const frame = () => {
    state.frames++;
    const waiting = targets.filter((t) => {
      if (t.optional && customElements.get(t.optional.with) && !customElements.get(t.optional.tag)) {
        if (!state.skipped.includes(t.optional.tag)) state.skipped.push(t.optional.tag);
        return false;
      }
      return !painted(find(t.path));
    });
    if (waiting.length > 0) {
      requestAnimationFrame(frame);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.paint = performance.now();
      channel.port1.close();
      setTimeout(settle, 1000);
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
}
