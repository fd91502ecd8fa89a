/**
 * The default English pack (DESIGN §3): its claims (en.claims.ts, their details in
 * en.claim-details.ts) and the rest (en.base.ts), each the catalogue (src/core/catalogue) with
 * the English messages (src/i18n/en*.ts). Facts and numbers from shared/evidence.md.
 */
import type { ContentPack } from '../core/schema/content.js';
import { enBase } from './en.base.js';
import { claimDetails } from './en.claim-details.js';
import { claims as first } from './en.claims.js';
import { withDetails } from './en.shared.js';

/** The default English pack. */
export const en: ContentPack = { ...enBase, claims: withDetails(first, claimDetails) };

export default en;
