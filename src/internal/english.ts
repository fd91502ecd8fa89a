/**
 * The English pack the elements fall back on, in parts (DESIGN §4: the first screen loads only
 * itself): the claims come with the explainer, the one widget that shows them
 * (`provideEnglishClaims`), and their details once the explainer has loaded them after its first
 * paint (`provideEnglishClaimDetails`). A page with only the quiz or the picker fetches no claim.
 * The core (`loadwise/core`) and the `./content/en` export keep the whole pack.
 */
import type { Claim, ContentPack } from '../core/schema/content.js';
import { enBase } from '../content/en.base.js';
import type { ClaimFirst } from '../content/en.claims.js';
import { withDetails } from '../content/en.shared.js';
import type { ClaimDetail } from '../content/en.claim-details.js';

let first: readonly ClaimFirst[] = [];
let details: Readonly<Record<string, ClaimDetail>> | undefined;
let pack: ContentPack | undefined;

/**
 * The elements' English pack: every part but the claims, with the claims once the explainer
 * provided them. Until their details have come, a claim has no `detail`, `sources` or `reviewed`.
 */
export function english(): ContentPack {
  if (!pack) {
    pack = { ...enBase, claims: details ? withDetails(first, details) : (first as Claim[]) };
  }
  return pack;
}

/** Whether the English claims' details are here. */
export const hasEnglishClaimDetails = (): boolean => details !== undefined;

/** Called by the explainer's module: the English claims join the pack. */
export function provideEnglishClaims(list: readonly ClaimFirst[]): void {
  if (first === list) return;
  first = list;
  pack = undefined;
}

/** Called by the explainer once the details have loaded. */
export function provideEnglishClaimDetails(list: Readonly<Record<string, ClaimDetail>>): void {
  if (details === list) return;
  details = list;
  pack = undefined;
}
