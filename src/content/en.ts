/**
 * The default English pack (DESIGN §3): its claims (en.claims.ts, their details in
 * en.claim-details.ts) and the rest (en.base.ts), in
 * the pack's key order. Facts and numbers from shared/evidence.md.
 */
import type { ContentPack } from '../core/schema/content.js';
import { enBase } from './en.base.js';
import { claimDetails } from './en.claim-details.js';
import { claims as first } from './en.claims.js';
import { withDetails } from './en.shared.js';

const { alternatives, labels, messages, ui, ...head } = enBase;

/** The default English pack. */
export const en: ContentPack = { ...head, claims: withDetails(first, claimDetails), alternatives, labels, messages, ui };

export default en;
