/**
 * The details of the English pack's claims, by claim id: what a reader sees on opening a claim
 * (sources and review date from src/core/catalogue/claim-details.ts, texts from
 * src/i18n/en.claim-details.ts). A chunk of its own for the elements, loaded after the first
 * paint (DESIGN §4).
 */
import type { Claim } from '../core/schema/content.js';
import { compose } from '../core/catalogue/compose.js';
import { CLAIM_SOURCES } from '../core/catalogue/claim-details.js';
import { claimDetails as texts } from '../i18n/en.claim-details.js';

/** What opening a claim shows. */
export type ClaimDetail = Pick<Claim, 'detail' | 'sources' | 'reviewed'>;

export const claimDetails = compose(CLAIM_SOURCES, texts) as Readonly<Record<string, ClaimDetail>>;
