/**
 * What ranking and claims read of the input a host hands them: own properties only, answers
 * revalidated, anything unknown dropped, nothing thrown (invariant 18). An assessment that cannot
 * be read counts as the most severe one: the ranking fails closed.
 */
import { GOALS, validateAnswers } from '../schema/answers.js';
import { EQUIPMENT, VERDICTS } from '../schema/vocabulary.js';
import { own } from '../input.js';
import type { RankInput } from './alternatives.js';
import type { Assessment } from './readiness.js';

/** The items of `list` that are in `allowed`; undefined when `list` is not a list. */
const among = <T>(list: unknown, allowed: readonly T[]): T[] | undefined => (Array.isArray(list) ? list.filter((item) => allowed.includes(item)) : undefined);

/**
 * Objects whose prototype chain ends before `Object.prototype`, in V8's fast mode (unlike
 * `Object.create(null)`, which starts as a slow dictionary): ranking reads their fields often.
 */
const NoPrototype = function () {} as unknown as new () => object;
NoPrototype.prototype = Object.freeze(Object.create(null));

/** A verdict read from outside: a known one, else the most severe (failing closed). */
const verdictIn = (value: unknown) => (VERDICTS.includes(value as never) ? value : VERDICTS[0]) as Assessment['verdict'];

/**
 * An assessment handed to the core, rebuilt: its answers revalidated (in an object with no
 * prototype, so that an unanswered id reads as nothing wherever it is read), its reasons' ids and
 * verdicts, and a verdict it cannot read taken as the most severe. Null for none. Throws only
 * where reading `given` throws.
 */
export function assessmentOf(given: unknown, customIds: readonly string[]): Assessment | null {
  if (given === undefined || given === null) return null;
  const reasons = own(given, 'reasons');
  // Ranking, the offer and claims read the verdict, the answers and the reasons' ids.
  return {
    verdict: verdictIn(own(given, 'verdict')),
    answers: Object.assign(new NoPrototype(), validateAnswers(own(given, 'answers'), customIds).answers),
    reasons: Array.isArray(reasons) ? reasons.map((r) => ({ id: String(own(r, 'id')), verdict: verdictIn(own(r, 'verdict')) })) : [],
  } as unknown as Assessment;
}

/**
 * A rank (or claims) input rebuilt from `input`. Input that throws when read ranks as after the
 * most severe verdict, with no answers.
 */
export function rankInputOf(input: unknown, customIds: readonly string[]): RankInput {
  try {
    const constraints = own(input, 'constraints');
    const minutes = own(constraints, 'minutes');
    return {
      goals: among(own(input, 'goals'), GOALS),
      constraints: {
        jointPain: own(constraints, 'jointPain') === true,
        equipment: among(own(constraints, 'equipment'), EQUIPMENT),
        minutes: minutes > 0 && minutes < Infinity ? minutes : undefined,
      },
      assessment: assessmentOf(own(input, 'assessment'), customIds),
    };
  } catch {
    return { assessment: assessmentOf({}, []) };
  }
}
