/**
 * What a widget's colours follow on the page: the `color-scheme` around it (for `theme="auto"`),
 * the reader's system setting, and the page's `--loadwise-*` colours. One observer for all the
 * widgets on the page, not one each: a page that changes its scheme (a class, a style or an
 * attribute on an ancestor, a `<meta name="color-scheme">`, a style sheet), or the reader's
 * system setting changing, makes every widget look again, once per frame at most.
 */

/** The widgets following the page, each with what to do when it changes: look again at its scheme and colours. */
const followers = new Map<Element, () => void>();
/** The reader's system setting, held: a query's listener lives as long as the query does. */
let dark: MediaQueryList | undefined;
let queued = false;

function queue(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    followers.forEach((changed) => changed());
  });
}

/** A change that can change a widget's scheme or colours: a `<meta>` or a style sheet; an attribute of a widget or of one of its ancestors. */
const matters = (node: Node, attribute: boolean): boolean =>
  /^(META|STYLE|LINK)$/.test(node.nodeName) || (attribute && [...followers.keys()].some((el) => node.contains(el)));

/** Starts following the page for `el` (on connect): `changed` runs once per frame in which the page changed. */
export function follow(el: Element, changed: () => void): void {
  followers.set(el, changed);
  if (dark) return;
  (dark = matchMedia('(prefers-color-scheme: dark)')).addEventListener('change', queue);
  new MutationObserver((records) => {
    for (const r of records) {
      const attribute = r.type == 'attributes';
      if ((attribute ? [r.target] : [...r.addedNodes, ...r.removedNodes]).some((node) => matters(node, attribute))) return queue();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Stops following (on disconnect). */
export function unfollow(el: Element): void {
  followers.delete(el);
}

/**
 * The theme `auto` resolves to for `el` (DESIGN §2): the browser's own reading of the page's
 * `color-scheme` as computed on the element (its `<meta name="color-scheme">` where that is
 * `normal`, and the reader's system setting where the page allows both), which the probe in
 * host.styles.ts (`light-dark()` on the host) gives as one of two colours.
 */
export function pageTheme(el: Element): 'light' | 'dark' {
  return getComputedStyle(el).columnRuleColor == 'rgb(0, 0, 2)' ? 'dark' : 'light';
}
