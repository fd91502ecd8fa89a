/**
 * Reading what reaches the core from outside (answers, assessments, options, packs): own
 * properties only, so that a value a page put on `Object.prototype` is never read as an answer,
 * a condition or an option (invariant 18); and results that nothing can change once made
 * (invariant 17).
 */

/** `value[key]` when `key` is an own property of the object `value`; else undefined. */
// `any`: callers narrow what they read, as they would from `value[key]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const own = (value: unknown, key: PropertyKey): any =>
  typeof value == 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;

/** Freezes `value` and every object in it, and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value == 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
