/**
 * Evaluating rule conditions, and checking that a condition can only fire on riskier answers.
 */
import { ANSWER_IDS, RISK_ORDER, type Answers, type RuleAnswerId } from '../schema/answers.js';
import type { ContentPack } from '../schema/content.js';
import { CONDITION_KINDS, type Condition } from '../schema/condition.js';

function isBuiltIn(id: string): id is RuleAnswerId {
  return Object.prototype.hasOwnProperty.call(RISK_ORDER, id);
}

function valueOf(answers: Answers, id: string): unknown {
  return isBuiltIn(id) ? answers[id] : answers.custom?.[id];
}

/** True when the answers satisfy the condition. An unanswered id equals no value. */
export function matches(condition: Condition, answers: Answers): boolean {
  if ('eq' in condition) return valueOf(answers, condition.eq.id) === condition.eq.value;
  if ('in' in condition) {
    const value = valueOf(answers, condition.in.id);
    return value !== undefined && (condition.in.values as unknown[]).includes(value);
  }
  if ('has' in condition) return answers.goals?.includes(condition.has.value) ?? false;
  if ('all' in condition) return condition.all.every((c) => matches(c, answers));
  if ('any' in condition) return condition.any.some((c) => matches(c, answers));
  return !matches(condition.not, answers);
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
  const kinds = CONDITION_KINDS.filter((k) => (condition as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) {
    return [{ path, expected: `exactly one of ${CONDITION_KINDS.join(', ')}`, received: kinds.length ? kinds.join(' and ') : 'none' }];
  }
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const parts = 'all' in condition ? condition.all : condition.any;
    return parts.flatMap((c, i) => checkCondition(c, customIds, monotone, [...path, key, i], negated));
  }
  if ('not' in condition) {
    return checkCondition(condition.not, customIds, monotone, [...path, 'not'], !negated);
  }
  if ('has' in condition) {
    return monotone
      ? [{ path: [...path, 'has'], expected: 'a test of a screening or experience answer (goals do not set a verdict)', received: 'a goal test' }]
      : [];
  }
  const key = 'eq' in condition ? 'eq' : 'in';
  const leaf = 'eq' in condition ? { id: condition.eq.id, values: [condition.eq.value] } : condition.in;
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
        received: JSON.stringify(value),
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
