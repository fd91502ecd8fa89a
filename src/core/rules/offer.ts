/**
 * What may be offered after each result (invariant 10), decided here once for the quiz's "what to
 * do instead" and for the alternatives picker alike, so that the two can never disagree. Every
 * option left out carries its reason, in the pack's words.
 */
import { SCREENING_FLAGS, type Answers } from '../schema/answers.js';
import type { Alternative } from '../schema/content.js';
import type { Verdict, WhyMessageKey } from '../schema/vocabulary.js';
import type { Assessment } from './readiness.js';
import { ANKLE_WEIGHT_OPTIONS, PROFESSIONAL_FIRST, SEVERITY, safetyImpact } from './safety.js';

export { safetyImpact };
import { isEnding, outcomesOf } from './words.js';
import { own } from '../input.js';

/**
 * - `nothing`: chest pain, dizziness, a warning sign or an illness: every option is left out, and
 *   the reader is told to stop or rest and whom to see.
 * - `cleared-first`: any other `see-professional` or `wait`: low-impact options without ankle
 *   weights only, offered as "once your doctor (or midwife) agrees".
 * - `open`: the options are ranked, with the exclusions below.
 */
export type OfferLevel = 'nothing' | 'cleared-first' | 'open';

export interface Offer {
  level: OfferLevel;
  /** The line shown with what is offered (a `messages` key), or null when nothing needs saying. */
  note: WhyMessageKey | null;
}

/** The reason an option is left out: a `messages` key, and the values for its placeholders. */
export interface Exclusion {
  code: WhyMessageKey;
  values?: Record<string, string>;
}

/** The verdict of an assessment from anywhere (a host may pass its own): a known one, or null. */
function verdictOf(assessment: unknown): Verdict | null {
  const verdict = own(assessment, 'verdict');
  return typeof verdict === 'string' && Object.prototype.hasOwnProperty.call(SEVERITY, verdict) ? (verdict as Verdict) : null;
}

/** The answers of an assessment, read as own properties only. */
export function answersOf(assessment: unknown): Answers {
  const answers = own(assessment, 'answers');
  return typeof answers === 'object' && answers !== null ? (answers as Answers) : {};
}

const yes = (answers: Answers, id: keyof Answers) => own(answers, id) === true;

/** What the reader may be offered after this assessment (null: no assessment yet). */
export function offerOf(assessment: Assessment | null | undefined): Offer {
  const verdict = verdictOf(assessment);
  if (!assessment || !verdict) return { level: 'open', note: null };
  const answers = answersOf(assessment);
  if (yes(answers, 'chestPain') || yes(answers, 'dizziness') || yes(answers, 'warningSymptoms')) return { level: 'nothing', note: 'offerNothingStop' };
  if (yes(answers, 'unwell')) return { level: 'nothing', note: 'offerNothingRest' };
  if (!isEnding(verdict)) return { level: 'open', note: null };
  const outcomes = outcomesOf(assessment);
  // A midwife where a pregnancy is concerned; "while it settles" for a jump in distance with no doctor to see.
  const note: WhyMessageKey = outcomes.includes('pregnancy') ? 'offerAfterMidwife' : outcomes.includes('settle') && !outcomes.includes('refer') ? 'offerWhileSettling' : 'offerAfterDoctor';
  return { level: 'cleared-first', note };
}

/**
 * Where a result may lead the reader on the page: the alternatives picker while anything may be
 * offered, else (told to stop and see a doctor, or to rest) only the explainer, which informs and
 * offers nothing. Null when neither is on the page.
 */
export function nextStepOf(offer: Offer, onPage: { picker: boolean; explainer: boolean }): 'picker' | 'explainer' | null {
  if (onPage.picker && offer.level !== 'nothing') return 'picker';
  return onPage.explainer ? 'explainer' : null;
}

/** Whether an option puts weights on the ankles. */
export function isAnkleWeightOption(alt: Alternative): boolean {
  return ANKLE_WEIGHT_OPTIONS.includes(alt.id) || alt.equipment.includes('ankle-weights');
}

/**
 * Why an option is left out after this assessment, the strongest reason first (empty: it may be
 * offered). The joint rules of invariant 8 and a pack's own `avoidWhen` come on top, in
 * `rankAlternatives`.
 */
export function excludedBy(alt: Alternative, assessment: Assessment | null | undefined, offer: Offer = offerOf(assessment)): Exclusion[] {
  const verdict = verdictOf(assessment);
  if (!assessment || !verdict) return [];
  if (offer.level === 'nothing') return [{ code: offer.note === 'offerNothingRest' ? 'excludedRest' : 'excludedStop' }];
  const out: Exclusion[] = [];
  const impact = safetyImpact(alt);
  const weights = isAnkleWeightOption(alt);
  const answers = answersOf(assessment);
  // (An option a pack adds is high impact here already: safetyImpact.)
  if (offer.level === 'cleared-first' && (impact !== 'low' || weights)) {
    out.push({ code: 'excludedVerdict', values: { verdict } });
  }
  if (impact === 'high' && yes(answers, 'boneHealth')) out.push({ code: 'excludedBone' });
  if (impact === 'high' && yes(answers, 'falls')) out.push({ code: 'excludedFalls' });
  if (own(answers, 'ageBand') === 'under-18' && (impact === 'high' || weights)) out.push({ code: 'excludedUnder18' });
  // Fail closed (invariant 12): a health question not answered (or not readable) is not a "no".
  if (impact === 'high' && SCREENING_FLAGS.some((flag) => own(answers, flag) === undefined)) out.push({ code: 'excludedUnanswered' });
  // A reason that asks for a professional first: no walking with ankle weights until then.
  // Supported ankle-weight exercises stay open (evidence.md R9); walking with the cuffs does not.
  const reasons = own(assessment, 'reasons');
  const checkFirst = Array.isArray(reasons) && reasons.some((r: unknown) => PROFESSIONAL_FIRST.has(own(r, 'id') as string));
  if (checkFirst && weights && alt.id !== 'ankle-weight-exercises') out.push({ code: 'excludedCheckFirst' });
  return out;
}
