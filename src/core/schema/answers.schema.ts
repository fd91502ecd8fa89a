/**
 * The zod/mini schema of the answers (DESIGN §3), for hosts that validate answers themselves.
 * The core's own check, `validateAnswers`, is held equal to it by a property test.
 */
import * as z from 'zod/mini';
import './zod-config.js';
import { ACTIVITIES, AGE_BANDS, BODY_WEIGHT_KG, GOALS, JOINT_PROBLEMS, RUN_FREQUENCIES, WEIGHTED_BEFORE, type Answers } from './answers.js';

const flag = z.optional(z.boolean());

export const answersSchema: z.ZodMiniType<Answers> = z.object({
  activity: z.optional(z.enum(ACTIVITIES)),
  heartCondition: flag,
  chestPain: flag,
  warningSymptoms: flag,
  dizziness: flag,
  chronicCondition: flag,
  supervisedOnly: flag,
  jointProblem: z.optional(z.enum(JOINT_PROBLEMS)),
  boneHealth: flag,
  falls: flag,
  pregnant: flag,
  unwell: flag,
  loadSpike: flag,
  ageBand: z.optional(z.enum(AGE_BANDS)),
  runFrequency: z.optional(z.enum(RUN_FREQUENCIES)),
  weightedBefore: z.optional(z.enum(WEIGHTED_BEFORE)),
  bodyWeightKg: z.optional(
    z.number().check(z.gte(BODY_WEIGHT_KG.min), z.lte(BODY_WEIGHT_KG.max)),
  ),
  goals: z.optional(z.array(z.enum(GOALS))),
  /** Answers to a content pack's custom yes/no questions, by question id. */
  custom: z.optional(z.custom<Record<string, boolean>>((v) => typeof v === 'object' && v !== null)),
});

