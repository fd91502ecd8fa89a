/** The closed vocabularies of a content pack (no zod: the engine and elements import these). */

/** From the most to the least severe. */
export const VERDICTS = ['see-professional', 'wait', 'not-recommended', 'caution', 'ready'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low', 'expert-opinion', 'not-studied'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const EVIDENCE_TYPES = [
  'meta-analysis',
  'rct',
  'controlled-trial',
  'uncontrolled-trial',
  'lab-study',
  'observational',
  'expert-opinion',
  'no-study',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const TOPICS = ['joints', 'muscles', 'heart', 'bones', 'form'] as const;
export type Topic = (typeof TOPICS)[number];

export const IMPACTS = ['low', 'moderate', 'high'] as const;
export type Impact = (typeof IMPACTS)[number];

export const EQUIPMENT = ['none', 'ankle-weights', 'vest', 'gym', 'bike', 'pool'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/** Templates the core fills to explain its results. `{name}` is replaced by text, never HTML. */
export const WHY_MESSAGE_KEYS = [
  'goalStrong',
  'goalSome',
  'goalWeak',
  'goalGeneral',
  'impactLow',
  'impactModerate',
  'impactHigh',
  'equipmentNone',
  'equipmentHave',
  'equipmentMissing',
  'minutesFit',
  'minutesShort',
  'levelBeginner',
  'levelNeedsBase',
  'excludedJoint',
  'excludedJointUnknown',
  'excludedJointPain',
  'excludedVerdict',
  // Invariant 10: what may be offered after each result.
  'excludedStop',
  'excludedRest',
  'excludedBone',
  'excludedFalls',
  'excludedCheckFirst',
  'excludedUnder18',
  'excludedUnanswered',
  'offerNothingStop',
  'offerNothingRest',
  'offerAfterDoctor',
  'offerAfterMidwife',
  'offerWhileSettling',
] as const;
export type WhyMessageKey = (typeof WHY_MESSAGE_KEYS)[number];
