import { listFormat } from './intl.js';

const templates = new Map<string, string[]>();

/** Fills `{name}` placeholders with plain text. Unknown names are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  let parts = templates.get(template);
  if (!parts) {
    // Odd indices are placeholder names.
    parts = template.split(/\{(\w+)\}/);
    if (templates.size < 1000) templates.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

// Intl.ListFormat#format costs microseconds a call and ranking makes dozens; the same few lists recur.
const lists = new Map<string, string>();

/** Joins items as a list for the locale ("a, b and c", or "a, b or c"); falls back to commas. */
export function list(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length < 2) return items.join('');
  const key = `${type}\u0000${locale}\u0000${items.join('\u0000')}`;
  let out = lists.get(key);
  if (out === undefined) {
    const format = listFormat(locale, type);
    out = format ? format.format(items) : items.join(', ');
    if (lists.size < 1000) lists.set(key, out);
  }
  return out;
}
