/** Shared test data. */
import type { Answers } from '../../src/core.js';

/** A complete, injury-free, experienced runner: `ready` for running. Tests change what matters. */
export const SAFE_ANSWERS: Readonly<Answers> = Object.freeze({
  heartCondition: false,
  chestPain: false,
  warningSymptoms: false,
  dizziness: false,
  chronicCondition: false,
  supervisedOnly: false,
  jointProblem: 'none',
  boneHealth: false,
  falls: false,
  pregnant: false,
  unwell: false,
  loadSpike: false,
  activity: 'running',
  ageBand: '18-44',
  runFrequency: 'regular',
  weightedBefore: 'without-issues',
});
