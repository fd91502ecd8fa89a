/** Conditions used by several claims and alternatives of the catalogue. */
import type { Condition } from '../schema/condition.js';

export const RUNNING: Condition = { eq: { id: 'activity', value: 'running' } };
export const WALKING: Condition = { eq: { id: 'activity', value: 'walking' } };
export const ANY_JOINT_PROBLEM: Condition = { in: { id: 'jointProblem', values: ['past', 'current'] } };
export const CURRENT_JOINT_PROBLEM: Condition = { eq: { id: 'jointProblem', value: 'current' } };
export const NO_RUNNING_BASE: Condition = { in: { id: 'runFrequency', values: ['none', 'occasional'] } };
export const BONE_HEALTH: Condition = { eq: { id: 'boneHealth', value: true } };
export const DIZZINESS: Condition = { eq: { id: 'dizziness', value: true } };
export const PREGNANT: Condition = { eq: { id: 'pregnant', value: true } };
export const AGE_65_PLUS: Condition = { in: { id: 'ageBand', values: ['65-plus'] } };
export const WEIGHTED_WITH_ISSUES: Condition = { eq: { id: 'weightedBefore', value: 'with-issues' } };
export const WANTS_STRENGTH_OR_TONING: Condition = {
  any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'toning' } }],
};
