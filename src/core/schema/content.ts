/**
 * The content pack: questions, rules, claims, alternatives and texts for one locale (DESIGN §3).
 * A pack is data. It is validated by these zod/mini schemas, then by `checkPack` (rules/pack.ts)
 * for what a schema cannot say: unique ids, and that it weakens no safety invariant.
 */
import * as z from 'zod/mini';
import './zod-config.js';
import { ACTIVITIES, GOALS } from './answers.js';
import { CERTAINTIES, EQUIPMENT, EVIDENCE_TYPES, IMPACTS, TOPICS, VERDICTS, WHY_MESSAGE_KEYS } from './vocabulary.js';
import { conditionSchema } from './condition.schema.js';
import { isRealDate } from './date.js';
import { OUTCOMES, type Outcome } from '../rules/safety.js';

const text = z.string().check(z.minLength(1));
const texts = z.array(text).check(z.minLength(1));
const id = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,62}$/, 'a kebab-case id'));
/** A plain object whose values are all non-empty text (cheaper than z.record in the bundle). */
const textRecord = z.custom<Record<string, string>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((t) => typeof t === 'string' && t.length > 0),
  'an object of non-empty texts',
);
const isoDate = z.string().check(z.refine(isRealDate, 'a real calendar date as YYYY-MM-DD'));
/** Source links must be absolute http(s) URLs; anything else is refused at validation. */
const url = z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'an http(s) URL'));

export const sourceSchema = z.strictObject({
  label: text,
  year: z.number().check(z.gte(1900), z.lte(2100)),
  url: z.optional(url),
});
export type Source = z.infer<typeof sourceSchema>;

export const questionSchema = z.strictObject({
  /** An answer id of DESIGN §3, or a custom yes/no question's id. */
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]{0,40}$/, 'a camelCase answer id')),
  text,
  help: text,
  /** Labels for the answer values (enum and goals questions). */
  options: z.optional(textRecord),
  /** Advice shown on the spot, keyed by answer value (`"true"` for a yes). */
  advice: z.optional(textRecord),
});
export type Question = z.infer<typeof questionSchema>;

export const packRuleSchema = z.strictObject({
  id,
  verdict: z.enum(VERDICTS),
  when: conditionSchema,
  text,
  source: z.optional(sourceSchema),
});
export type PackRule = z.infer<typeof packRuleSchema>;

const verdictTextSchema = z.strictObject({
  title: text,
  summary: text,
  /** What to do next, in order. */
  advice: texts,
});

/** What a result says for one outcome (rules/safety.ts OUTCOMES): its summary and first advice. */
const outcomeTextSchema = z.strictObject({ summary: text, advice: texts });

const planTextSchema = z.strictObject({
  progression: text,
  warmUp: texts,
  formCues: texts,
  stopSigns: texts,
});
export type PlanText = z.infer<typeof planTextSchema>;

export const claimSchema = z.strictObject({
  id,
  kind: z.enum(['benefit', 'risk']),
  topic: z.enum(TOPICS),
  title: text,
  summary: text,
  certainty: z.enum(CERTAINTIES),
  evidenceType: z.enum(EVIDENCE_TYPES),
  detail: z.strictObject({
    numbers: text,
    mechanism: text,
    reduceRisk: z.optional(text),
  }),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  reviewed: isoDate,
  /** When a claim applies to this reader, and why (shown as "applies to you"). */
  appliesWhen: z.optional(z.array(z.strictObject({ when: conditionSchema, why: text }))),
});
export type Claim = z.infer<typeof claimSchema>;

const goalWeight = z.literal([0, 1, 2]);

export const alternativeSchema = z.strictObject({
  id,
  title: text,
  summary: text,
  /** How well it serves each goal: 0 little or no support, 1 some, 2 well supported. */
  goals: z.strictObject({
    strength: goalWeight,
    endurance: goalWeight,
    speed: goalWeight,
    calories: goalWeight,
    bone: goalWeight,
    toning: goalWeight,
  }),
  impact: z.enum(IMPACTS),
  /** Any one of these is enough; `none` means no equipment is needed. */
  equipment: z.array(z.enum(EQUIPMENT)).check(z.minLength(1)),
  minutes: z.strictObject({
    min: z.number().check(z.gte(1), z.lte(240)),
    max: z.number().check(z.gte(1), z.lte(240)),
  }),
  beginner: z.boolean(),
  contraindications: z.array(text),
  /** Hard exclusions a pack may add: when the condition holds, the option is excluded. */
  avoidWhen: z.optional(z.array(z.strictObject({ when: conditionSchema, reason: text }))),
  howTo: z.strictObject({ steps: texts, dose: text, progression: text }),
  /** Metabolic equivalent (2024 Adult Compendium) for a calorie estimate. */
  met: z.strictObject({
    value: z.number().check(z.gte(1), z.lte(25)),
    code: z.optional(z.string()),
  }),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type Alternative = z.infer<typeof alternativeSchema>;

const record = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>);

export const contentSchema = z.strictObject({
  /** BCP 47 language tag of the pack. */
  locale: z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 language tag')),
  questions: z.array(questionSchema).check(z.minLength(1)),
  /** Texts for the locked safety rules, by rule id (see rules/readiness.ts). */
  reasons: textRecord,
  /** Extra rules a pack adds. They can only make a verdict more severe. */
  rules: z.array(packRuleSchema),
  verdicts: z.strictObject({
    'see-professional': verdictTextSchema,
    wait: verdictTextSchema,
    'not-recommended': verdictTextSchema,
    caution: verdictTextSchema,
    ready: verdictTextSchema,
  }),
  /** The summary and advice of a result, by what it is about (invariant 13). */
  outcomes: z.strictObject(Object.fromEntries(OUTCOMES.map((o) => [o, outcomeTextSchema])) as Record<Outcome, typeof outcomeTextSchema>),
  plans: z.strictObject({ running: planTextSchema, walking: planTextSchema }),
  claims: z.array(claimSchema).check(z.minLength(1)),
  alternatives: z.array(alternativeSchema).check(z.minLength(1)),
  labels: z.strictObject({
    goals: record(GOALS),
    equipment: record(['none', 'ankle-weights', 'vest', 'gym', 'bike', 'pool'] as const),
    activities: record(ACTIVITIES),
    certainty: record(CERTAINTIES),
    topics: record(TOPICS),
    impact: record(IMPACTS),
  }),
  messages: record(WHY_MESSAGE_KEYS),
  /** Interface strings for the elements, by key. */
  ui: textRecord,
});

export type ContentPack = z.infer<typeof contentSchema>;
