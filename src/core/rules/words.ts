/**
 * The words of a result (invariants 13 and 14): the summary and advice come from the reasons that
 * fired, and every number a plan's texts name comes from the locked tables through placeholders.
 * Elements render what these return; they never pick a text by verdict themselves.
 */
import type { Activity } from '../schema/answers.js';
import type { Alternative, ContentPack } from '../schema/content.js';
import type { Verdict } from '../schema/vocabulary.js';
import { fill } from '../text.js';
import { formatHours, formatLoad, formatMinuteRange, formatNumber, formatPercent, formatWeeks } from '../units.js';
import type { Assessment } from './readiness.js';
import { ENDING_VERDICTS, OUTCOME_OF_RULE, safetyImpact, PLAN_NUMBERS, PLAN_TEXT_NUMBERS, RUNNING_BODY_WEIGHT_SHARE, SEVERITY, type Outcome } from './safety.js';

/** What a result says: its title, its summary, and what to do next, in order. */
export interface VerdictText {
  title: string;
  summary: string;
  advice: string[];
}

const ENDING: ReadonlySet<Verdict> = new Set(ENDING_VERDICTS);

/** Whether a verdict ends the quiz at once and blocks every plan and commerce link (invariants 2, 9). */
export function isEnding(verdict: Verdict | null | undefined): boolean {
  return verdict !== null && verdict !== undefined && ENDING.has(verdict);
}

function analyse(assessment: Pick<Assessment, 'verdict' | 'reasons'>): { lead: Outcome | undefined; outcomes: Outcome[] } {
  const verdict = assessment.verdict;
  const reasons = Array.isArray(assessment.reasons) ? assessment.reasons : [];
  const outcomes: Outcome[] = [];
  let lead: Outcome | undefined;
  for (const reason of reasons) {
    const id = reason?.id;
    const outcome: Outcome | undefined = Object.prototype.hasOwnProperty.call(OUTCOME_OF_RULE, id)
      ? OUTCOME_OF_RULE[id]
      : reason?.verdict === 'see-professional'
        ? 'refer'
        : undefined;
    if (!outcome || outcomes.includes(outcome) || (outcome === 'incomplete' && isEnding(verdict))) continue;
    if (!lead && SEVERITY[reason.verdict] === SEVERITY[verdict]) lead = outcome;
    outcomes.push(outcome);
  }
  return { lead, outcomes: lead ? [lead, ...outcomes.filter((o) => o !== lead)] : outcomes };
}

/**
 * What a result is about, from the reasons that fired, the lead first when there is one: the
 * outcome of the first reason at the verdict's own severity. `incomplete` is left out after an
 * early exit (a screening "yes"), where missing answers are beside the point.
 */
export function outcomesOf(assessment: Pick<Assessment, 'verdict' | 'reasons'>): Outcome[] {
  return analyse(assessment).outcomes;
}

/**
 * The title, summary and advice of a result in a pack's words. The summary is the lead outcome's
 * (the verdict's own when none applies); the advice is every outcome's advice, then the verdict's.
 * So a cold reads as rest-and-retake, a pregnancy as talk-to-your-midwife, and a `caution` with a
 * reason never borrows the "no red flags" of a clean `ready`.
 */
export function verdictTextWith(content: ContentPack, assessment: Pick<Assessment, 'verdict' | 'reasons'>): VerdictText {
  const base = content.verdicts[assessment.verdict];
  const { lead, outcomes } = analyse(assessment);
  const advice: string[] = [];
  // A `caution` about something else (a professional first, answers missing) has no plan: the
  // verdict's own advice, which is about starting light, would contradict it.
  const general = assessment.verdict === 'caution' && lead ? [] : base.advice;
  for (const line of [...outcomes.flatMap((o) => content.outcomes[o].advice), ...general]) if (!advice.includes(line)) advice.push(line);
  return { title: base.title, summary: lead ? content.outcomes[lead].summary : base.summary, advice };
}

const planValues = new Map<string, Record<string, string>>();

/**
 * The placeholders a plan's texts and the ankle-weight how-tos may use, from the locked tables:
 * `{span}` (weeks between steps), `{step}` (one cuff step per ankle), `{addMinutes}` (minutes a
 * walking step may add), `{warmUp}` (warm-up minutes), `{painHours}` (pain that lasts longer means
 * weights off), the walking plan's `{walkStart}`, `{walkMax}` and `{walkSpan}`, and the running
 * plan's `{runStart}`, `{runMax}`, `{runSessionsStart}`, `{runSessionsMax}` and `{share}` (of body
 * weight, both cuffs together). Interface templates get the same, from `lockedPlaceholders`.
 */
export function planPlaceholders(activity: Activity, verdict: 'ready' | 'caution', locale: string): Readonly<Record<string, string>> {
  const key = `${activity}|${verdict}|${locale}`;
  let values = planValues.get(key);
  if (!values) {
    const n = PLAN_NUMBERS[activity][verdict];
    const walk = PLAN_NUMBERS.walking.ready;
    const run = PLAN_NUMBERS.running.ready;
    const text = PLAN_TEXT_NUMBERS[activity];
    values = {
      span: formatWeeks(n.progression.everyWeeks, locale),
      step: formatLoad(n.progression.stepKg, n.progression.stepLb, locale),
      addMinutes: formatMinuteRange(n.progression.addMinutes.min, n.progression.addMinutes.max, locale),
      warmUp: formatMinuteRange(text.warmUpMinutes.min, text.warmUpMinutes.max, locale),
      painHours: formatHours(text.painHours, locale),
      walkStart: formatLoad(walk.perAnkleKg.start, walk.perAnkleLb.start, locale),
      walkMax: formatLoad(walk.perAnkleKg.max, walk.perAnkleLb.max, locale),
      walkSpan: formatWeeks(walk.progression.everyWeeks, locale),
      runStart: formatLoad(run.perAnkleKg.start, run.perAnkleLb.start, locale),
      runMax: formatLoad(run.perAnkleKg.max, run.perAnkleLb.max, locale),
      runSessionsStart: formatNumber(run.sessionsPerWeek.start, locale),
      runSessionsMax: formatNumber(run.sessionsPerWeek.max, locale),
      share: formatPercent(RUNNING_BODY_WEIGHT_SHARE, locale),
    };
    planValues.set(key, values);
  }
  return values;
}

/** The locked numbers every interface template may name, for a locale (the `ready` running plan's context). */
export function lockedPlaceholders(locale: string): Readonly<Record<string, string>> {
  return planPlaceholders('running', 'ready', locale);
}

const filled = new WeakMap<Alternative, Alternative>();

/** An alternative with the locked numbers its texts name filled in (the walking plan's), at the impact that decides safety. */
export function alternativeTextWith(content: ContentPack, alt: Alternative): Alternative {
  let out = filled.get(alt);
  if (!out) {
    const values = planPlaceholders('walking', 'ready', content.locale);
    const f = (t: string) => fill(t, values);
    out = {
      ...alt,
      // Invariant 10: the impact that decides safety, shown and scored (an option a pack adds counts as high).
      impact: safetyImpact(alt),
      summary: f(alt.summary),
      howTo: { steps: alt.howTo.steps.map(f), dose: f(alt.howTo.dose), progression: f(alt.howTo.progression) },
    };
    filled.set(alt, out);
  }
  return out;
}
