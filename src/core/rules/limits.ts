/**
 * Limits on a content pack, checked before its schema: a pack is data from outside, and its size
 * is what the widgets pay for on the reader's main thread (every rule runs on each answer, every
 * claim is laid out on "Show all"). Generous: the largest built-in pack uses less than a tenth of
 * each. docs/content-packs.md lists them.
 */
import { formatPath, type ContentIssue } from '../errors.js';

export const PACK_LIMITS = {
  /** Levels of nesting, from the pack down to the deepest value (a built-in pack has 9). */
  depth: 24,
  /** Items in one list: questions, rules, claims, sources… (a built-in pack has 20 at most). */
  items: 200,
  /** Keys in one object (the largest built-in `ui` has 182). */
  keys: 1000,
  /** Characters in one text (a built-in pack has 335 at most). */
  text: 4000,
  /** Characters in one URL. */
  url: 2048,
  /** Characters of text in the whole pack (a built-in pack has 44,000 at most). */
  totalText: 400_000,
  /** Values in the whole pack (a built-in pack has about 1,500). */
  values: 20_000,
} as const;

/**
 * The first limit `input` goes over, as an issue naming the limit; null when it keeps to them
 * all. Walks without recursion, and stops at the nesting limit (so a cycle is refused as too deep).
 */
export function checkLimits(input: unknown): ContentIssue | null {
  const L = PACK_LIMITS;
  const stack: [unknown, PropertyKey[]][] = [[input, []]];
  let values = 0;
  let text = 0;
  for (let next; (next = stack.pop()); ) {
    const [value, path] = next;
    const over = (limit: string, received: string): ContentIssue => ({ path: formatPath(path), expected: `at most ${limit} (a pack limit)`, received });
    if (++values > L.values) return over(`${L.values} values in the whole pack`, 'more');
    if (typeof value == 'string') {
      const max = path[path.length - 1] === 'url' ? L.url : L.text;
      if (value.length > max) return over(`${max} characters`, `a text of ${value.length} characters`);
      if ((text += value.length) > L.totalText) return over(`${L.totalText} characters of text in the whole pack`, 'more');
    } else if (typeof value == 'object' && value !== null) {
      if (path.length >= L.depth) return over(`${L.depth} levels of nesting`, 'deeper nesting');
      const list = Array.isArray(value);
      const size = list ? value.length : Object.keys(value).length;
      if (size > (list ? L.items : L.keys)) return over(list ? `${L.items} items in a list` : `${L.keys} keys in an object`, `${size}`);
      // Last key first onto the stack: the pack is walked in order, and the first issue is reported.
      for (const key of Object.keys(value).reverse()) stack.push([(value as Record<string, unknown>)[key], [...path, list ? Number(key) : key]]);
    }
  }
  return null;
}
