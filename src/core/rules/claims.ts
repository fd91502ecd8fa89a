/**
 * `claims()`: the benefits and risks, each with its certainty and sources, marked "applies to
 * you" where the reader's answers make it relevant.
 */
import type { Claim, ContentPack } from '../schema/content.js';
import { matches } from './condition.js';
import type { Assessment } from './readiness.js';

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
  const answers = input && typeof input === 'object' ? input.assessment?.answers : undefined;
  const views = content.claims.map((claim): ClaimView => {
    const { appliesWhen, ...rest } = claim;
    const why = answers ? (appliesWhen ?? []).filter((a) => matches(a.when, answers)).map((a) => a.why) : [];
    return { ...rest, relevantToYou: why.length > 0, why };
  });
  return [...views.filter((v) => v.relevantToYou), ...views.filter((v) => !v.relevantToYou)];
}
