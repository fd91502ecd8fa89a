/**
 * The claims without their texts or details: 8 benefits, 12 risks, what the explainer's first
 * screen needs (DESIGN §4). Certainty levels are the informal GRADE-style ratings of
 * shared/evidence.md, not a formal review. `appliesWhen` holds the conditions; each `why` is a
 * message.
 */
import type { Claim } from '../schema/content.js';
import type { Condition } from '../schema/condition.js';
import { WANTS_STRENGTH_OR_TONING, WALKING, BONE_HEALTH, WEIGHTED_WITH_ISSUES, RUNNING, ANY_JOINT_PROBLEM, NO_RUNNING_BASE, AGE_65_PLUS, DIZZINESS } from './conditions.js';

/** A claim's locale-neutral first part. */
export type ClaimData = Pick<Claim, 'id' | 'kind' | 'topic' | 'certainty' | 'evidenceType'> & { appliesWhen?: { when: Condition }[] };

export const CLAIMS: readonly ClaimData[] = [
  {
    id: 'extra-calories-fixed-pace',
    kind: 'benefit',
    topic: 'heart',
    certainty: 'moderate',
    evidenceType: 'lab-study',
    appliesWhen: [{ when: { has: { id: 'goals', value: 'calories' } } }],
  },
  {
    id: 'swing-muscle-work',
    kind: 'benefit',
    topic: 'muscles',
    certainty: 'moderate',
    evidenceType: 'lab-study',
    appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING }],
  },
  {
    id: 'higher-effort-heart-rate',
    kind: 'benefit',
    topic: 'heart',
    certainty: 'moderate',
    evidenceType: 'lab-study',
    appliesWhen: [{ when: { has: { id: 'goals', value: 'endurance' } } }],
  },
  {
    id: 'walking-energy-cost',
    kind: 'benefit',
    topic: 'heart',
    certainty: 'moderate',
    evidenceType: 'lab-study',
    appliesWhen: [{ when: WALKING }],
  },
  {
    id: 'ankle-weight-strength-exercises',
    kind: 'benefit',
    topic: 'muscles',
    certainty: 'moderate',
    evidenceType: 'controlled-trial',
    appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING }],
  },
  {
    id: 'older-adults-2022-study',
    kind: 'benefit',
    topic: 'muscles',
    certainty: 'very-low',
    evidenceType: 'uncontrolled-trial',
    appliesWhen: [{ when: { in: { id: 'ageBand', values: ['45-64', '65-plus'] } } }],
  },
  {
    id: 'training-gain-not-studied',
    kind: 'benefit',
    topic: 'muscles',
    certainty: 'not-studied',
    evidenceType: 'no-study',
    appliesWhen: [
      {
        when: {
          any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'endurance' } }],
        },
      },
    ],
  },
  {
    id: 'bone-density-not-studied',
    kind: 'benefit',
    topic: 'bones',
    certainty: 'not-studied',
    evidenceType: 'no-study',
    appliesWhen: [{ when: { has: { id: 'goals', value: 'bone' } } }, { when: BONE_HEALTH }],
  },
  {
    id: 'gait-change',
    kind: 'risk',
    topic: 'form',
    certainty: 'low',
    evidenceType: 'lab-study',
    appliesWhen: [{ when: WEIGHTED_WITH_ISSUES }, { when: RUNNING }],
  },
  {
    id: 'joint-stress',
    kind: 'risk',
    topic: 'joints',
    certainty: 'low',
    evidenceType: 'lab-study',
    appliesWhen: [{ when: ANY_JOINT_PROBLEM }],
  },
  {
    id: 'patellofemoral-pain',
    kind: 'risk',
    topic: 'joints',
    certainty: 'not-studied',
    evidenceType: 'no-study',
    appliesWhen: [{ when: ANY_JOINT_PROBLEM }],
  },
  {
    id: 'it-band-syndrome',
    kind: 'risk',
    topic: 'joints',
    certainty: 'not-studied',
    evidenceType: 'no-study',
    appliesWhen: [{ when: NO_RUNNING_BASE }],
  },
  {
    id: 'stress-fractures',
    kind: 'risk',
    topic: 'bones',
    certainty: 'not-studied',
    evidenceType: 'no-study',
    appliesWhen: [{ when: BONE_HEALTH }],
  },
  {
    id: 'muscle-imbalance',
    kind: 'risk',
    topic: 'muscles',
    certainty: 'not-studied',
    evidenceType: 'no-study',
    appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING }],
  },
  {
    id: 'cartilage-damage',
    kind: 'risk',
    topic: 'joints',
    certainty: 'moderate',
    evidenceType: 'meta-analysis',
    appliesWhen: [{ when: ANY_JOINT_PROBLEM }],
  },
  {
    id: 'slower-running-economy',
    kind: 'risk',
    topic: 'form',
    certainty: 'moderate',
    evidenceType: 'lab-study',
    appliesWhen: [{ when: { has: { id: 'goals', value: 'speed' } } }],
  },
  {
    id: 'sudden-load-increase',
    kind: 'risk',
    topic: 'joints',
    certainty: 'low',
    evidenceType: 'observational',
    appliesWhen: [{ when: NO_RUNNING_BASE }],
  },
  {
    id: 'ankle-leg-strain',
    kind: 'risk',
    topic: 'muscles',
    certainty: 'expert-opinion',
    evidenceType: 'expert-opinion',
    appliesWhen: [{ when: WALKING }, { when: WEIGHTED_WITH_ISSUES }],
  },
  {
    id: 'balance-and-falls',
    kind: 'risk',
    topic: 'form',
    certainty: 'expert-opinion',
    evidenceType: 'expert-opinion',
    appliesWhen: [{ when: AGE_65_PLUS }, { when: DIZZINESS }],
  },
  {
    id: 'weighted-vest-impact',
    kind: 'risk',
    topic: 'joints',
    certainty: 'low',
    evidenceType: 'lab-study',
    appliesWhen: [{ when: ANY_JOINT_PROBLEM }, { when: BONE_HEALTH }],
  },
];
