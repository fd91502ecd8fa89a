/**
 * Joins the catalogue (locale-neutral data) and one language's messages into one value: objects
 * merge key by key; a list merges each item with the messages' entry under the item's `id`, or
 * at the item's place when it has none. What only one side has is taken as it is. Compact on
 * purpose: it is in every bundle that holds the English pack. The catalogue holds no `null`.
 */
export function compose(data: unknown, texts: unknown): unknown {
  if (texts === undefined) return data;
  if (typeof data !== 'object') return texts;
  const own = texts as Record<string, unknown>;
  if (Array.isArray(data)) return data.map((item: { id?: string }, i) => compose(item, own[item.id ?? i]));
  const out: Record<string, unknown> = { ...data, ...own };
  for (const key in data) out[key] = compose((data as Record<string, unknown>)[key], own[key]);
  return out;
}
