/**
 * Checking a pack's rule conditions: ids and values against their domains, and that a verdict
 * rule can only fire on riskier answers. Part of the validator (its own chunk, with the pack
 * checks); evaluating conditions is condition.ts, which every widget loads.
 */
import { RISK_ORDER, type RuleAnswerId } from '../schema/answers.js';
import { CONDITION_KINDS, type Condition } from '../schema/condition.js';
import { describeValue } from '../errors.js';
import { own } from '../input.js';
import type { Node } from './condition.js';

function isBuiltIn(id: string): id is RuleAnswerId {
  return Object.hasOwn(RISK_ORDER, id);
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

