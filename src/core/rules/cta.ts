/**
 * Calls to action (a retailer's "Shop ankle weights", a gym's "Book a coach"). Invariant 9: a CTA
 * never changes a rank, and only a "talk to a professional" link shows on a `see-professional`
 * or `wait` result. The elements ask these functions; they never decide it themselves.
 */
import type { Verdict } from '../schema/vocabulary.js';
import type { RankedAlternative } from './alternatives.js';
import { isEnding } from './words.js';
import { PLAN_VERDICTS } from './safety.js';
import type { OfferLevel } from './offer.js';

export interface Cta {
  id: string;
  label: string;
  href: string;
  /** `professional` links (a physio, a doctor, a coach's assessment) may show on any result, with the disclosure all host links carry. */
  kind?: 'commerce' | 'professional';
  /** Show only on these verdicts (for example a shop link on `ready` only). */
  verdicts?: Verdict[];
  /** Attach to this alternative's card. */
  alternativeId?: string;
}

/**
 * Whether a CTA may show with this verdict (null: no assessment yet). Invariants 9 and 15: a
 * `professional` link may show on any result; any other link never on `see-professional` or
 * `wait`, and a verdict-level one (not tied to an alternative) only on `ready` and `caution`.
 * `verdicts`, where given, narrows this further; it never widens it.
 */
export function ctaAllowed(cta: Cta, verdict: Verdict | null): boolean {
  if (cta.verdicts && !(verdict !== null && cta.verdicts.includes(verdict))) return false;
  if (cta.kind === 'professional') return true;
  if (verdict !== null && isEnding(verdict)) return false;
  return cta.alternativeId !== undefined || verdict === null || PLAN_VERDICTS.includes(verdict);
}

/**
 * The CTAs that may show with this verdict, in the order given. Where nothing may be offered
 * (`offer` is `nothing`: chest pain, dizziness, a warning sign, an illness) no host link shows at
 * all: a link that calls itself a professional's cannot be checked, and the reader is told to stop.
 */
export function visibleCtas(ctas: readonly Cta[], verdict: Verdict | null, offer?: OfferLevel): Cta[] {
  return offer === 'nothing' ? [] : ctas.filter((cta) => ctaAllowed(cta, verdict));
}

/** Whether a link is commercial (anything not declared a professional's): it shows on a result only with `ready` or `caution`. */
export function isCommerce(cta: Cta): boolean {
  return cta.kind !== 'professional';
}

/**
 * Pairs each ranked alternative with its allowed CTAs. Order and scores are those of `ranked`,
 * untouched: the CTAs are looked up after ranking and cannot reach the score. An excluded card
 * gets no link at all, whatever its kind (invariant 15).
 */
export function attachCtas(
  ranked: readonly RankedAlternative[],
  ctas: readonly Cta[],
  verdict: Verdict | null,
): { alternative: RankedAlternative; ctas: Cta[] }[] {
  const allowed = visibleCtas(ctas, verdict);
  return ranked.map((alternative) => ({
    alternative,
    ctas: alternative.excluded ? [] : allowed.filter((c) => c.alternativeId === alternative.id),
  }));
}
