/** The zod/mini schema of rule conditions (see condition.ts). */
import * as z from 'zod/mini';
import './zod-config.js';
import { GOALS } from './answers.js';
import type { Condition } from './condition.js';

// Built-in ids, or a custom question's id; checkPack verifies that a custom id is declared.
const ruleAnswerId = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]{0,40}$/, 'an answer id'));
// Values are checked against each answer's domain by checkPack, which knows the custom questions.
const ruleValue = z.unknown();

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
