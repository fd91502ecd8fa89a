/**
 * `rankAlternatives()`: a weighted multi-criteria score (goal fit, joint impact, equipment,
 * minutes, and the reader's level), explained item by item. The assessment is a hard constraint
 * (invariant 8) and nothing commercial enters the score (invariant 9).
 */
import type { Goal } from '../schema/answers.js';
import type { Alternative, ContentPack } from '../schema/content.js';
import type { Equipment, Impact, Verdict, WhyMessageKey } from '../schema/vocabulary.js';
import { fill, list } from '../text.js';
import { formatNumber } from '../units.js';
import { customQuestionIds, matches } from './condition.js';
import { rankInputOf } from './inputs.js';
import type { Assessment } from './readiness.js';
import { answersOf, excludedBy, offerOf, safetyImpact, type Offer } from './offer.js';
import { alternativeTextWith } from './words.js';
import { own } from '../input.js';

/** A fit score (0..1) in words: `strong` from 0.75, `good` from 0.6, `partial` from 0.45, else `weak`. */
export type FitLevel = 'strong' | 'good' | 'partial' | 'weak';

export function fitLevel(score: number): FitLevel {
  return score >= 0.75 ? 'strong' : score >= 0.6 ? 'good' : score >= 0.45 ? 'partial' : 'weak';
}

export interface RankConstraints {
  /** "I have joint pain": high-impact options are excluded. */
  jointPain?: boolean;
  /** Equipment at hand. Unset means unknown. */
  equipment?: Equipment[];
  /** Minutes available per session. */
  minutes?: number;
}

export interface RankInput {
  goals?: Goal[];
  constraints?: RankConstraints;
  assessment?: Assessment | null;
}

export interface WhyItem {
  code: WhyMessageKey | 'avoid';
  text: string;
  /** Whether this point counts for (+1), against (-1) or neither (0). */
  effect: 1 | 0 | -1;
}

export type Criterion = 'goals' | 'impact' | 'equipment' | 'minutes' | 'level';

/** How much each criterion counts in the score (they sum to 1). */
export const CRITERIA_WEIGHTS: Readonly<Record<Criterion, number>> = {
  goals: 0.4,
  impact: 0.2,
  equipment: 0.15,
  minutes: 0.1,
  level: 0.15,
};

export interface RankedAlternative {
  id: string;
  /** 0..1, rounded to 3 decimals; 0 when excluded. */
  score: number;
  excluded: boolean;
  /** The reasons behind the score, the strongest first; for an excluded option, why it is excluded. */
  why: WhyItem[];
  /** Each criterion's fit, 0..1. */
  criteria: Record<Criterion, number>;
  /** Gross kcal for 30 minutes (MET × kg × 0.5 h), where body weight is known. An estimate. */
  kcal30: number | null;
  /** The pack's alternative: its texts, impact, equipment, minutes, how-to and sources. */
  alternative: Alternative;
}

const IMPACT_RANK: Readonly<Record<Impact, number>> = { low: 0, moderate: 1, high: 2 };

function why(content: ContentPack, code: WhyMessageKey, effect: WhyItem['effect'], values: Record<string, string | number> = {}): WhyItem {
  return { code, text: fill(content.messages[code], values), effect };
}

function exclusions(alt: Alternative, input: RankInput, content: ContentPack, offer: Offer): WhyItem[] {
  const assessment = input.assessment;
  // Invariant 10: what the result allows, decided in offer.ts for the quiz and the picker alike.
  const out: WhyItem[] = excludedBy(alt, assessment, offer).map(({ code, values }) =>
    why(content, code, -1, code === 'excludedVerdict' && values ? { verdict: content.verdicts[values['verdict'] as Verdict].title } : values),
  );
  const jointPain = input.constraints?.jointPain === true;
  const answers = answersOf(assessment);
  // Invariant 8: high impact (an option a pack adds counts as high) waits for healthy joints.
  if (safetyImpact(alt) === 'high') {
    if (jointPain) out.push(why(content, 'excludedJointPain', -1));
    if (assessment) {
      const joint = answers.jointProblem;
      if (joint === 'past' || joint === 'current') out.push(why(content, 'excludedJoint', -1));
      else if (joint === undefined) out.push(why(content, 'excludedJointUnknown', -1));
    }
  }
  // "I have joint pain" counts as a current joint problem for the pack's own exclusions too.
  if ((assessment || jointPain) && alt.avoidWhen) {
    const effective = jointPain ? { ...answers, jointProblem: 'current' as const } : answers;
    for (const avoid of alt.avoidWhen) {
      if (matches(avoid.when, effective)) out.push({ code: 'avoid', text: avoid.reason, effect: -1 });
    }
  }
  return out;
}

/**
 * The reasons a card shows: the `n` strongest, except that the strongest reason against, when
 * there is one, always makes the cut (a reader must not see only the good side).
 */
export function topReasons(why: readonly WhyItem[], n = 3): WhyItem[] {
  const top = why.slice(0, n);
  const against = why.find((w) => w.effect < 0);
  return against && !top.includes(against) ? [...top.slice(0, n - 1), against] : top;
}

/**
 * A card's reasons, apart: what speaks for it (the `n` strongest, neutral ones included) and its
 * drawbacks (every reason against, the strongest first), so that a reader never finds a drawback
 * under "why it fits".
 */
export function splitReasons(why: readonly WhyItem[], n = 3): { fits: WhyItem[]; drawbacks: WhyItem[] } {
  return { fits: why.filter((w) => w.effect >= 0).slice(0, n), drawbacks: why.filter((w) => w.effect < 0) };
}

/** How a card's fit reads (see `fitOf`). */
export interface FitView {
  /** The band; null when the reader chose no goal: the order is then an all-round one, not a match to their goals. */
  level: FitLevel | null;
  /**
   * The goals behind the words: of the goals in force, those the option serves well, else those it
   * serves somewhat; with no goal chosen, its best goals. Empty when it serves none of them.
   */
  goals: Goal[];
  /** The score as a whole percentage, for the meter. */
  percent: number;
}

/**
 * The fit of a ranked option in words a reader understands: the band, and the goals behind it.
 * `goals` are the goals the ranking was made for (none: every goal counted).
 */
export function fitOf(entry: Pick<RankedAlternative, 'score' | 'alternative'>, goals: readonly Goal[]): FitView {
  const served = entry.alternative.goals;
  const pool = goals.length ? goals : (Object.keys(served) as Goal[]);
  const well = pool.filter((g) => served[g] === 2);
  return {
    level: goals.length ? fitLevel(entry.score) : null,
    goals: well.length ? well : pool.filter((g) => served[g] === 1),
    percent: Math.round(entry.score * 100),
  };
}

function scoreOf(alt: Alternative, input: RankInput, content: ContentPack, locale: string) {
  // Pushed in the order of the criteria's weights; reasons for come first, then against.
  const items: WhyItem[] = [];
  const answers = input.assessment ? answersOf(input.assessment) : undefined;
  const label = (g: Goal) => content.labels.goals[g];

  // Goals: the mean fit over the chosen goals, or over all goals when none is chosen. Goals given
  // in the input (even none) win over the assessment's, so that a reader can clear them.
  // The answers are revalidated (inputs.ts): their goals are goals.
  const given = input.goals ?? answers?.goals;
  const chosen = given?.length ? given : null;
  const goals = chosen ?? (Object.keys(alt.goals) as Goal[]);
  const goalFit = goals.reduce((sum, g) => sum + alt.goals[g] / 2, 0) / goals.length;
  const strong = goals.filter((g) => alt.goals[g] === 2);
  const some = goals.filter((g) => alt.goals[g] === 1);
  const weak = goals.filter((g) => alt.goals[g] === 0);
  if (!chosen && goalFit >= 0.5) items.push(why(content, 'goalGeneral', 1));
  if (strong.length) items.push(why(content, 'goalStrong', 1, { goals: list(strong.map(label), locale) }));
  if (some.length) items.push(why(content, 'goalSome', chosen ? 1 : 0, { goals: list(some.map(label), locale) }));
  if (chosen && weak.length) items.push(why(content, 'goalWeak', -1, { goals: list(weak.map(label), locale) }));

  // Joint impact: weighs more with joint pain or a joint problem.
  const sore = input.constraints?.jointPain === true || answers?.jointProblem === 'past' || answers?.jointProblem === 'current';
  const impactFit = alt.impact === 'low' ? 1 : alt.impact === 'moderate' ? (sore ? 0.3 : 0.6) : sore ? 0 : 0.3;
  const impactKey = alt.impact === 'low' ? 'impactLow' : alt.impact === 'moderate' ? 'impactModerate' : 'impactHigh';
  items.push(why(content, impactKey, alt.impact === 'low' ? 1 : -1));

  // Equipment: any one of the listed items is enough.
  const have = input.constraints?.equipment;
  let equipmentFit: number;
  const needed = list(alt.equipment.map((e) => content.labels.equipment[e]), locale, 'disjunction');
  if (alt.equipment.includes('none')) {
    equipmentFit = 1;
    items.push(why(content, 'equipmentNone', 1));
  } else if (!have?.length) {
    equipmentFit = 0.5;
    items.push(why(content, 'equipmentMissing', 0, { equipment: needed }));
  } else {
    const owned = alt.equipment.filter((e) => have.includes(e));
    equipmentFit = owned.length ? 1 : 0;
    items.push(
      owned.length
        ? why(content, 'equipmentHave', 1, { equipment: list(owned.map((e) => content.labels.equipment[e]), locale) })
        : why(content, 'equipmentMissing', -1, { equipment: needed }),
    );
  }

  // Minutes per session.
  const minutes = input.constraints?.minutes;
  let minutesFit = 1;
  if (minutes !== undefined) {
    if (minutes >= alt.minutes.min) {
      items.push(why(content, 'minutesFit', 1, { minutes: formatNumber(minutes, locale) }));
    } else {
      minutesFit = minutes / alt.minutes.min;
      items.push(why(content, 'minutesShort', -1, { minutes: formatNumber(alt.minutes.min, locale) }));
    }
  }

  // Level: options that need a running base suit regular runners only.
  const novice = answers?.runFrequency !== undefined && answers.runFrequency !== 'regular';
  let levelFit = 1;
  if (alt.beginner) {
    if (novice) items.push(why(content, 'levelBeginner', 1));
  } else {
    levelFit = novice ? 0.2 : answers?.runFrequency === 'regular' ? 1 : 0.7;
    if (levelFit < 1) items.push(why(content, 'levelNeedsBase', -1));
  }

  const criteria = { goals: goalFit, impact: impactFit, equipment: equipmentFit, minutes: minutesFit, level: levelFit };
  const total = (Object.keys(CRITERIA_WEIGHTS) as Criterion[]).reduce((sum, c) => sum + CRITERIA_WEIGHTS[c] * criteria[c], 0);
  // Array.prototype.sort is stable: within each effect, the criteria keep their order.
  return { score: Math.round(total * 1000) / 1000, criteria, why: items.sort((a, b) => b.effect - a.effect) };
}

/**
 * Ranks the pack's alternatives, best first, excluded ones last. Deterministic: ties break on
 * lower impact, then on pack order. `content` must be a validated pack.
 */
export function rankAlternativesWith(content: ContentPack, input: RankInput = {}): RankedAlternative[] {
  // Hosts and elements pass these through: read as own properties, never thrown on (inputs.ts).
  const safeInput = rankInputOf(input, customQuestionIds(content));
  const bodyWeight = answersOf(safeInput.assessment).bodyWeightKg;
  const bodyKg = typeof bodyWeight === 'number' ? bodyWeight : undefined;
  const offer = offerOf(safeInput.assessment);
  const ranked = content.alternatives.map((pack, index) => {
    const alt = alternativeTextWith(content, pack);
    const excludedBy = exclusions(alt, safeInput, content, offer);
    const kcal30 = bodyKg !== undefined ? Math.round(alt.met.value * bodyKg * 0.5) : null;
    const view: RankedAlternative =
      excludedBy.length > 0
        ? { id: alt.id, score: 0, excluded: true, why: excludedBy, criteria: { goals: 0, impact: 0, equipment: 0, minutes: 0, level: 0 }, kcal30, alternative: alt }
        : { id: alt.id, ...scoreOf(alt, safeInput, content, content.locale), excluded: false, kcal30, alternative: alt };
    return { index, view };
  });
  ranked.sort(
    (a, b) =>
      Number(a.view.excluded) - Number(b.view.excluded) ||
      b.view.score - a.view.score ||
      IMPACT_RANK[a.view.alternative.impact] - IMPACT_RANK[b.view.alternative.impact] ||
      a.index - b.index,
  );
  return ranked.map((r) => r.view);
}

/**
 * What the reader's answers set in the picker's inputs until the reader changes them: their goals,
 * and "joint pain" where a joint problem is current. Answers are read as own properties only.
 */
export function inputsFromAnswers(assessment: Assessment | null | undefined): { goals: Goal[]; jointPain: boolean } {
  const answers = answersOf(assessment);
  const goals: unknown = own(answers, 'goals');
  return { goals: Array.isArray(goals) ? goals : [], jointPain: own(answers, 'jointProblem') === 'current' };
}

/**
 * The reader's choice of alternative while it stands: a choice that the ranking now excludes (the
 * reader's answers rule it out) is no longer a choice, and gives null.
 */
export function standingChoice(ranked: readonly Pick<RankedAlternative, 'id' | 'excluded'>[], selected: string | null | undefined): string | null {
  return selected === undefined || selected === null || ranked.some((r) => r.excluded && r.id === selected) ? null : selected;
}
