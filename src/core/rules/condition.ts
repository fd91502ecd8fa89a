/**
 * Evaluating rule conditions, and checking that a condition can only fire on riskier answers.
 */
import { ANSWER_IDS, RISK_ORDER, type Answers, type RuleAnswerId } from '../schema/answers.js';
import type { ContentPack } from '../schema/content.js';
import { CONDITION_KINDS, type Condition } from '../schema/condition.js';
import { own } from '../input.js';
import { describeValue } from '../errors.js';

function isBuiltIn(id: string): id is RuleAnswerId {
  return Object.hasOwn(RISK_ORDER, id);
}

/** An answer, read as an own property only (a value on `Object.prototype` is no answer). */
export function answerOf(answers: Answers, id: string): unknown {
  return (ANSWER_IDS as readonly string[]).includes(id) ? own(answers, id) : own(own(answers, 'custom'), id);
}

type Node = { [K in (typeof CONDITION_KINDS)[number]]: Extract<Condition, Record<K, unknown>>[K] };

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

/** The ordered value domain of an id: built-in, or a declared custom yes/no question. */
export function domainOf(id: string, customIds: readonly string[]): readonly (string | boolean)[] | null {
  if (isBuiltIn(id)) return RISK_ORDER[id];
  return customIds.includes(id) ? [false, true] : null;
}

export interface ConditionProblem {
  path: (string | number)[];
  expected: string;
  received: string;
}

/**
 * Checks ids and values against their domains. With `monotone`, also checks that the condition
 * is upward-closed: if it holds for some answers, it holds when any answer moves to a riskier
 * value. A verdict rule that passes can never make a safer answer more severe (invariant 6).
 */
export function checkCondition(
  condition: Condition,
  customIds: readonly string[],
  monotone: boolean,
  path: (string | number)[] = [],
  negated = false,
): ConditionProblem[] {
  const kinds = CONDITION_KINDS.filter((k) => own(condition, k) !== undefined);
  if (kinds.length !== 1) {
    return [{ path, expected: `exactly one of ${CONDITION_KINDS.join(', ')}`, received: kinds.length ? kinds.join(' and ') : 'none' }];
  }
  const c = condition as Node;
  const key = kinds[0]!;
  if (key === 'all' || key === 'any') {
    return c[key].flatMap((part, i) => checkCondition(part, customIds, monotone, [...path, key, i], negated));
  }
  if (key === 'not') {
    return checkCondition(c.not, customIds, monotone, [...path, 'not'], !negated);
  }
  if (key === 'has') {
    return monotone
      ? [{ path: [...path, 'has'], expected: 'a test of a screening or experience answer (goals do not set a verdict)', received: 'a goal test' }]
      : [];
  }
  const leaf = key === 'eq' ? { id: c.eq.id, values: [c.eq.value] } : c.in;
  const domain = domainOf(leaf.id, customIds);
  if (!domain) {
    return [{ path: [...path, key, 'id'], expected: 'a known answer id or a custom yes/no question id', received: JSON.stringify(leaf.id) }];
  }
  const problems: ConditionProblem[] = [];
  leaf.values.forEach((value, i) => {
    if (!domain.includes(value)) {
      problems.push({
        path: [...path, key, ...(key === 'eq' ? ['value'] : ['values', i])],
        expected: `one of ${domain.map((v) => JSON.stringify(v)).join(', ')}`,
        received: describeValue(value),
      });
    }
  });
  if (problems.length > 0 || !monotone) return problems;
  // The set of values this leaf accepts, after any negation above it.
  const accepted = domain.filter((v) => (leaf.values as unknown[]).includes(v) !== negated);
  const firstRank = accepted.length ? domain.indexOf(accepted[0]!) : domain.length;
  const upwardClosed = domain.slice(firstRank).every((v) => accepted.includes(v));
  if (!upwardClosed) {
    problems.push({
      path: [...path, key],
      expected: `a test that also holds for every riskier value of ${leaf.id} (${domain.map((v) => JSON.stringify(v)).join(' < ')})`,
      received: `a test that fires on ${accepted.map((v) => JSON.stringify(v)).join(', ') || 'no value'}`,
    });
  }
  return problems;
}

/** Ids of the pack's custom yes/no questions: those that are not built-in answer ids. */
export function customQuestionIds(pack: ContentPack): string[] {
  return pack.questions.map((q) => q.id).filter((id) => !(ANSWER_IDS as readonly string[]).includes(id));
}
