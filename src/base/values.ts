/**
 * How the elements read the values frameworks give them (DESIGN §2): an attribute and a property
 * of the same name mean the same thing, whichever a framework writes. React 18 writes
 * `persist="false"`; Vue and React 19 may set `el.persist = 'false'`, or `el.ctas` to a JSON
 * string. Every value, from an attribute or a property, goes through the property's setter
 * (LoadwiseBase.getPropertyDescriptor), which reads it with the declaration's `coerce`.
 */
import type { PropertyDeclaration } from 'lit';

/** A JSON string that did not parse, kept so that the element can report it (and use its default). */
export class InvalidJson {
  constructor(readonly text: string) {}
}

/** A property declaration whose setter reads each value with `coerce`. */
export interface CoercedDeclaration extends PropertyDeclaration {
  coerce: (value: unknown) => unknown;
}

/**
 * A boolean as frameworks write it: `true`, or a string other than `"false"` (an attribute that is
 * present, `""`, `"true"`); `"false"` (any case: a server template may write `False`), `false`,
 * null and undefined are off.
 */
export const toFlag = (value: unknown): boolean => (typeof value == 'string' ? value.toLowerCase() != 'false' : !!value);

/** An object or an array as frameworks give it: a JSON string is parsed (bad JSON: an `InvalidJson`); anything else is kept as it is. */
export function fromJson(value: unknown): unknown {
  if (typeof value != 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return new InvalidJson(value);
  }
}

/** A boolean property and its attribute (`persist`, `debug`, `open`). */
export const flag: CoercedDeclaration = { coerce: toFlag };

/** An object property (`answers`, `ctas`, `content`): an object, or JSON text of one, as a property or an attribute. */
export const json: CoercedDeclaration = { coerce: fromJson };
