/**
 * `claims()`: the benefits and risks, each with its certainty and sources, marked "applies to
 * you" where the reader's answers make it relevant. Also the small pure helpers the explainer
 * renders from: certainty order, the evidence tally of a column, the balance rule, "what this
 * means for you" and the grounding of common questions in claims.
 */
import type { Claim, ContentPack } from '../schema/content.js';
import { CERTAINTIES, type Certainty, type Verdict } from '../schema/vocabulary.js';
import { customQuestionIds, idsOf, matches } from './condition.js';
import { validateAnswers, type Answers } from '../schema/answers.js';
import { own } from '../input.js';
import type { Assessment, Reason } from './readiness.js';
import { INCOMPLETE_RULE_ID } from './safety.js';
import { isEnding } from './words.js';
import { ruleWhen } from './readiness.js';

export interface ClaimView extends Omit<Claim, 'appliesWhen'> {
  relevantToYou: boolean;
  /** Why it applies to this reader; empty when it does not. */
  why: string[];
}

export interface ClaimsInput {
  assessment?: Assessment | null;
}

/**
 * Every claim of the pack: those that apply to the reader first, then pack order (stable).
 * `content` must be a validated pack.
 */
export function claimsWith(content: ContentPack, input: ClaimsInput = {}): ClaimView[] {
  // Own properties only, the answers revalidated; input that throws when read has none.
  let answers: Answers | undefined;
  try {
    const given = own(input, 'assessment');
    if (given != null) answers = validateAnswers(own(given, 'answers'), customQuestionIds(content)).answers;
  } catch {
    // no answers: no claim is marked as applying
  }
  const views = content.claims.map((claim): ClaimView => {
    const { appliesWhen, ...rest } = claim;
    const why = answers ? (appliesWhen ?? []).filter((a) => matches(a.when, answers)).map((a) => a.why) : [];
    return { ...rest, relevantToYou: why.length > 0, why };
  });
  return [...views.filter((v) => v.relevantToYou), ...views.filter((v) => !v.relevantToYou)];
}

/** Strongest evidence first, in the order of `CERTAINTIES`. Stable: ties keep their order. */
export function sortByCertainty<T extends { certainty: Certainty }>(views: readonly T[]): T[] {
  return [...views].sort((a, b) => CERTAINTIES.indexOf(a.certainty) - CERTAINTIES.indexOf(b.certainty));
}

/** How strong the evidence behind a set of claims is, in three honest bands. */
export interface EvidenceTally {
  total: number;
  /** Rated `high` or `moderate`. */
  strong: number;
  /** Rated `low` or `very-low`. */
  weak: number;
  /** `expert-opinion` or `not-studied`: no study data on the question. */
  untested: number;
}

export function tallyEvidence(views: readonly { certainty: Certainty }[]): EvidenceTally {
  const tally: EvidenceTally = { total: views.length, strong: 0, weak: 0, untested: 0 };
  for (const { certainty } of views) {
    const rank = CERTAINTIES.indexOf(certainty);
    tally[rank < 2 ? 'strong' : rank < 4 ? 'weak' : 'untested']++;
  }
  return tally;
}

/** The claims with the given ids, in the order of `views`, and the ids that match no claim. */
export function pickClaims<T extends { id: string }>(views: readonly T[], ids: readonly string[]): { views: T[]; unknown: string[] } {
  const known = new Set(views.map((v) => v.id));
  return { views: views.filter((v) => ids.includes(v.id)), unknown: ids.filter((id) => !known.has(id)) };
}

/** Claims each column shows before "show all", unless more apply to the reader. */
export const FIRST_SCREEN = 4;

/**
 * The balance rule: how many claims both columns show at first, so that benefits and risks get
 * the same room. `relevant` (the most claims that apply to the reader in either column) raises
 * it, so that what applies to the reader is on the first screen. With one column empty, the other
 * shows its own first screen.
 */
export function firstScreenCount(benefits: number, risks: number, relevant = 0, page = FIRST_SCREEN): number {
  const wanted = Math.max(page, relevant);
  return benefits && risks ? Math.min(wanted, benefits, risks) : wanted;
}

/** True when the verdict is settled: the answers are complete, or a screening answer ended the quiz early. */
export function isSettled(assessment: Assessment): boolean {
  return assessment.complete || isEnding(assessment.verdict);
}

/** "What this means for you": the verdict, the reasons behind it, and the risks that drove it. */
export interface ForYou {
  verdict: Verdict;
  /** The fired rules, most severe first (without the "answer everything" note). */
  reasons: Reason[];
  /** Risks that apply to the reader through the same answers as a fired rule. */
  risks: ClaimView[];
}

/**
 * Links the verdict to the risks that drove it: a risk claim counts when it applies to the reader
 * through an answer that a fired rule tests. `activity` is left out: it is the setting of most
 * rules, not a risk factor. Null while the verdict is not settled (see `isSettled`).
 */
export function forYouWith(content: ContentPack, assessment: Assessment | null | undefined): ForYou | null {
  if (!assessment || !isSettled(assessment)) return null;
  const reasons = assessment.reasons.filter((r) => r.id !== INCOMPLETE_RULE_ID);
  const drivers = new Set<string>();
  for (const reason of reasons) {
    const when = ruleWhen(content, reason.id);
    if (when) idsOf(when, drivers);
  }
  drivers.delete('activity');
  const { answers } = assessment;
  const driven = new Set(
    content.claims
      .filter((c) => c.kind === 'risk' && (c.appliesWhen ?? []).some((a) => matches(a.when, answers) && [...idsOf(a.when)].some((id) => drivers.has(id))))
      .map((c) => c.id),
  );
  return { verdict: assessment.verdict, reasons, risks: claimsWith(content, { assessment }).filter((v) => driven.has(v.id)) };
}

/** A personal note on a common question: shown when every criterion given holds. */
export interface FaqPersonal {
  /** The text's key. */
  key: string;
  /** This claim (among those shown) applies to the reader. */
  claim?: string;
  /** The settled verdict is one of these. */
  verdicts?: readonly Verdict[];
  /** The assessment has a load plan. */
  plan?: true;
}

/** A common question, answered from claims. */
export interface FaqEntry {
  id: string;
  /** The claims the answer rests on, by id. */
  claims: readonly string[];
  personal?: readonly FaqPersonal[];
}

export interface FaqView {
  id: string;
  /** The claims it rests on, among those shown (in the entry's order). */
  claims: ClaimView[];
  /** Keys of the personal notes that hold for the reader. */
  personal: string[];
}

/**
 * Grounds common questions in the claims shown: each question keeps the claims it rests on, and a
 * question none of whose claims is shown is left out. With an assessment, adds the keys of the
 * personal notes that hold: through a claim that applies to the reader, the settled verdict, or
 * the load plan.
 */
export function faqWith(entries: readonly FaqEntry[], views: readonly ClaimView[], assessment?: Assessment | null): FaqView[] {
  const find = (id: string) => views.find((v) => v.id === id);
  const out: FaqView[] = [];
  for (const entry of entries) {
    const claims = entry.claims.map(find).filter((v): v is ClaimView => v !== undefined);
    if (claims.length === 0) continue;
    const personal = assessment
      ? (entry.personal ?? [])
          .filter(
            (p) =>
              (p.claim === undefined || find(p.claim)?.relevantToYou === true) &&
              (p.verdicts === undefined || (isSettled(assessment) && p.verdicts.includes(assessment.verdict))) &&
              (!p.plan || assessment.load !== null),
          )
          .map((p) => p.key)
      : [];
    out.push({ id: entry.id, claims, personal });
  }
  return out;
}
