/**
 * Rule conditions are data, never code: a small tree of `all`, `any`, `not`, `eq`, `in` and `has`
 * over answer ids. Nothing here is evaluated as a string.
 */
import * as z from 'zod/mini';
import './zod-config.js';
import { GOALS, type Goal, type RuleAnswerId, type RuleValue } from './answers.js';

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

// Built-in ids, or a custom question's id; checkPack verifies that a custom id is declared.
const ruleAnswerId = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]{0,40}$/, 'an answer id'));
// Values are checked against each answer's domain by checkPack, which knows the custom questions.
const ruleValue = z.unknown();
/** The keys of a node; checkCondition (rules/condition.ts) requires exactly one of them. */
export const CONDITION_KINDS = ['eq', 'in', 'has', 'all', 'any', 'not'] as const;

/** One node: `eq`, `in`, `has`, `all`, `any` or `not`. */
export const conditionSchema: z.ZodMiniType<Condition> = z.strictObject({
    eq: z.optional(z.strictObject({ id: ruleAnswerId, value: ruleValue })),
    in: z.optional(z.strictObject({ id: ruleAnswerId, values: z.array(ruleValue).check(z.minLength(1)) })),
    has: z.optional(z.strictObject({ id: z.literal('goals'), value: z.enum(GOALS) })),
    get all() {
      return z.optional(z.array(conditionSchema).check(z.minLength(1)));
    },
    get any() {
      return z.optional(z.array(conditionSchema).check(z.minLength(1)));
    },
    get not() {
      return z.optional(conditionSchema);
    },
}) as z.ZodMiniType<Condition>;
