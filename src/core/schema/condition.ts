/**
 * Rule conditions are data, never code: a small tree of `all`, `any`, `not`, `eq`, `in` and `has`
 * over answer ids. Nothing here is evaluated as a string.
 */
import type { Goal, RuleAnswerId, RuleValue } from './answers.js';

/** A rule may test a built-in answer (RISK_ORDER) or a pack's custom yes/no question. */
export type ConditionAnswerId = RuleAnswerId | (string & {});

/** A value of that answer (checkPack verifies it is one). */
export type ConditionValue = RuleValue | (string & {});

export type Condition =
  | { eq: { id: ConditionAnswerId; value: ConditionValue } }
  | { in: { id: ConditionAnswerId; values: ConditionValue[] } }
  | { has: { id: 'goals'; value: Goal } }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** The keys of a node; checkCondition (rules/condition.ts) requires exactly one of them. */
export const CONDITION_KINDS = ['eq', 'in', 'has', 'all', 'any', 'not'] as const;
