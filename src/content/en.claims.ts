/**
 * The English pack's claims, without their details: 8 benefits, 12 risks, what the explainer's
 * first screen shows (catalogue src/core/catalogue/claims.ts, texts src/i18n/en.claims.ts). The
 * details (numbers, mechanism, sources, review date) are in en.claim-details.ts, loaded after the
 * first paint (DESIGN §4); en.ts joins the two.
 */
import type { Claim } from '../core/schema/content.js';
import { compose } from '../core/catalogue/compose.js';
import { CLAIMS } from '../core/catalogue/claims.js';
import { claims as texts } from '../i18n/en.claims.js';

/** A claim without its details. */
export type ClaimFirst = Omit<Claim, 'detail' | 'sources' | 'reviewed'>;

export const claims = compose(CLAIMS, texts) as ClaimFirst[];
