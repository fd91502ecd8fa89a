/**
 * The locale-neutral part of the built-in pack's questions, rules and alternatives, written once
 * for every language (DESIGN §3): a pack is this plus one language's messages (src/i18n), joined
 * by `compose`. Goal weights from evidence.md §e; MET values from the 2024 Adult Compendium.
 */
import { ANSWER_IDS } from '../schema/answers.js';
import type { Alternative, PackRule } from '../schema/content.js';
import type { Condition } from '../schema/condition.js';
import { PUTHOFF, SHAW_SNOW, INVEST, GOTTSCHALL, MILANOVIC, BUIST, NIELSEN_PLOS, ACSM_2009, LAUERSEN, HOWE, SKINNER, AKATSU, MAYO, OLMEDILLAS, ABRAHIN, GOMEZ_BRUTON } from './sources.js';
import { PREGNANT, BONE_HEALTH, DIZZINESS, CURRENT_JOINT_PROBLEM } from './conditions.js';

/** An alternative without its texts; `avoidWhen` holds the conditions, each reason is a message. */
export type AlternativeData = Omit<Alternative, 'title' | 'summary' | 'contraindications' | 'avoidWhen' | 'howTo'> & {
  avoidWhen?: { when: Condition }[];
};

/** The catalogue of a pack, but its claims. */
export const PACK = {
  /** The questions in ANSWER_IDS order (screening, experience, goals); their texts are messages. */
  questions: ANSWER_IDS.map((id) => ({ id })),
  /** Rules the built-in pack adds to the locked ones: none. */
  rules: [] as PackRule[],
  /** The alternatives, in the required order. */
  alternatives: [
    {
      id: 'weighted-vest-walk',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['vest'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      avoidWhen: [{ when: PREGNANT }, { when: BONE_HEALTH }],
      met: { value: 4, code: '17016' },
      sources: [PUTHOFF, SHAW_SNOW, INVEST],
    },
    {
      id: 'hill-walking',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 1, toning: 1 },
      impact: 'low',
      equipment: ['none'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      met: { value: 5.3, code: '17034' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'hill-repeats',
      goals: { strength: 1, endurance: 2, speed: 1, calories: 2, bone: 1, toning: 1 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      met: { value: 10.3, code: '12255' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'intervals',
      goals: { strength: 0, endurance: 2, speed: 2, calories: 2, bone: 1, toning: 0 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      met: { value: 8, code: '12150' },
      sources: [MILANOVIC],
    },
    {
      id: 'walk-jog',
      goals: { strength: 0, endurance: 2, speed: 1, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: true,
      met: { value: 6, code: '12010' },
      sources: [BUIST, NIELSEN_PLOS],
    },
    {
      id: 'strength-training',
      goals: { strength: 2, endurance: 1, speed: 1, calories: 1, bone: 2, toning: 2 },
      impact: 'low',
      equipment: ['none', 'gym'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      met: { value: 3.5, code: '02054' },
      sources: [ACSM_2009, LAUERSEN, HOWE],
    },
    {
      id: 'ankle-weight-walking',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 20, max: 30 },
      beginner: true,
      avoidWhen: [{ when: DIZZINESS }, { when: CURRENT_JOINT_PROBLEM }],
      met: { value: 3.8, code: '17190' },
      sources: [SKINNER, AKATSU, MAYO],
    },
    {
      id: 'ankle-weight-exercises',
      goals: { strength: 1, endurance: 0, speed: 0, calories: 0, bone: 0, toning: 2 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 15, max: 30 },
      beginner: true,
      avoidWhen: [{ when: CURRENT_JOINT_PROBLEM }],
      met: { value: 2.8, code: '02024' },
      sources: [ACSM_2009],
    },
    {
      id: 'cycling',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['bike', 'gym'],
      minutes: { min: 20, max: 60 },
      beginner: true,
      met: { value: 6.8, code: '01200' },
      sources: [OLMEDILLAS, ABRAHIN],
    },
    {
      id: 'swimming',
      goals: { strength: 0, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['pool'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      met: { value: 5.8, code: '18240' },
      sources: [GOMEZ_BRUTON, ABRAHIN],
    },
  ] satisfies AlternativeData[],
};
