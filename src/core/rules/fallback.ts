/**
 * Publisher translations: a pack in another language than English may leave texts out. Each key
 * missing is taken from a base pack (the English one), key by key, and listed by path. Keys that
 * are present are kept as given, so a wrong type or an unsafe rule is still refused by
 * validation, and the locked safety rules stay locked. A pack in English (`en`, `en-GB`…) is
 * returned as it is: complete, or refused.
 *
 * Records are completed key by key; lists of items with ids (questions, claims, alternatives)
 * item by item, by id. Every built-in question is required, so a missing one is taken whole, in
 * the base pack's order; claims and alternatives a pack leaves out stay out (a pack may offer
 * fewer). Other lists (advice lines, sources) are kept as given when present.
 */
import { formatPath } from '../errors.js';
import { own } from '../input.js';

type Path = (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): unknown => own(value, 'id');

export interface Completed {
  /** The pack with the missing keys filled in; still to be validated. */
  pack: unknown;
  /** The paths filled from the base pack, e.g. `claims[2].detail.numbers`, `ui.sources`. */
  missing: string[];
}

export function withFallback(input: unknown, base: object): Completed {
  const missing: string[] = [];
  if (!isRecord(input) || typeof input['locale'] !== 'string' || /^en(-|$)/i.test(input['locale'])) return { pack: input, missing };

  const merge = (value: unknown, fallback: unknown, path: Path): unknown => {
    if (value === undefined) {
      missing.push(formatPath(path));
      return fallback;
    }
    if (isRecord(value) && isRecord(fallback)) {
      const out = { ...value };
      // Own keys only: what Object.prototype holds is no text of the pack.
      for (const key of Object.keys(fallback)) out[key] = merge(own(value, key), fallback[key], [...path, key]);
      return out;
    }
    if (!Array.isArray(value) || !Array.isArray(fallback) || !fallback.every((item) => typeof idOf(item) === 'string')) return value;
    const baseItem = (item: unknown) => (idOf(item) === undefined ? undefined : fallback.find((f) => idOf(f) === idOf(item)));
    const out = value.map((item, i) => {
      const match = baseItem(item);
      return match ? merge(item, match, [...path, i]) : item;
    });
    if (path.length === 1 && path[0] === 'questions') {
      const order = (item: unknown) => fallback.indexOf(baseItem(item));
      for (const question of fallback) {
        if (out.some((item) => idOf(item) === idOf(question))) continue;
        missing.push(`questions[id=${String(idOf(question))}]`);
        const at = out.findIndex((item) => order(item) > fallback.indexOf(question));
        out.splice(at < 0 ? out.length : at, 0, question);
      }
    }
    return out;
  };

  try {
    return { pack: merge(input, base, []), missing };
  } catch {
    // A hostile value (a throwing getter, a proxy): validation reports it as it is.
    return { pack: input, missing: [] };
  }
}
