/**
 * Evaluating rule conditions. Checking them (condition.check.ts) is the validator's, in its own
 * chunk: the widgets evaluate conditions, only a host's pack needs them checked.
 */
import { ANSWER_IDS, type Answers } from '../schema/answers.js';
import type { ContentPack } from '../schema/content.js';
import { CONDITION_KINDS, type Condition } from '../schema/condition.js';
import { own } from '../input.js';

/** An answer, read as an own property only (a value on `Object.prototype` is no answer). */
export function answerOf(answers: Answers, id: string): unknown {
  return (ANSWER_IDS as readonly string[]).includes(id) ? own(answers, id) : own(own(answers, 'custom'), id);
}

export type Node = { [K in (typeof CONDITION_KINDS)[number]]: Extract<Condition, Record<K, unknown>>[K] };

/** The kind of a condition node: its one own key that is set (checkCondition requires exactly one). */
export const kindOf = (condition: Condition) => CONDITION_KINDS.find((k) => own(condition, k) !== undefined);

/** True when the answers satisfy the condition. An unanswered id equals no value. */
export function matches(condition: Condition, answers: Answers): boolean {
  const kind = kindOf(condition);
  // Typed loosely: `kind` says which shape `node` has (a leaf, a list of conditions, or one).
  const node = (condition as unknown as Record<string, never>)[kind!] as { id: string; value: unknown; values: unknown[] } & Condition[] & Condition;
  if (kind === 'all') return node.every((part) => matches(part, answers));
  if (kind === 'any') return node.some((part) => matches(part, answers));
  if (kind === 'not') return !matches(node, answers);
  const value = kind === 'has' ? node.value : answerOf(answers, node.id);
  const among: unknown = kind === 'has' ? own(answers, 'goals') : kind === 'eq' ? [node.value] : node.values;
  return value !== undefined && Array.isArray(among) && among.includes(value);
}

/** The answer ids a condition tests (`goals` for a goal test). */
export function idsOf(condition: Condition, into: Set<string> = new Set()): Set<string> {
  const c = condition as Node;
  const kind = kindOf(condition);
  if (kind === 'eq' || kind === 'in' || kind === 'has') into.add(c[kind].id);
  else if (kind === 'not') idsOf(c.not, into);
  else if (kind) for (const part of c[kind]) idsOf(part, into);
  return into;
}

/** Ids of the pack's custom yes/no questions: those that are not built-in answer ids. */
export function customQuestionIds(pack: ContentPack): string[] {
  return pack.questions.map((q) => q.id).filter((id) => !(ANSWER_IDS as readonly string[]).includes(id));
}
