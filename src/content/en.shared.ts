/**
 * What the English pack's parts share: joining the claims' first screen (en.claims.ts) and their
 * details (en.claim-details.ts), by claim id.
 */
import type { Claim } from '../core/schema/content.js';
import { compose } from '../core/catalogue/compose.js';

/** The claims with their details. */
export const withDetails = (first: readonly Omit<Claim, 'detail' | 'sources' | 'reviewed'>[], details: Readonly<Record<string, Pick<Claim, 'detail' | 'sources' | 'reviewed'>>>): Claim[] =>
  compose(first, details) as Claim[];
