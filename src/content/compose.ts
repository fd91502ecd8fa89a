/**
 * A built-in pack in another language than English: the catalogue (src/core/catalogue, written
 * once) with that language's messages (src/i18n/<lang>.ts). The elements' interface strings go
 * into the pack's `ui`, each key with its element's prefix (`quiz.next`, `base.forget`).
 */
import type { Claim, ContentPack } from '../core/schema/content.js';
import { compose } from '../core/catalogue/compose.js';
import { CLAIM_SOURCES } from '../core/catalogue/claim-details.js';
import { CLAIMS } from '../core/catalogue/claims.js';
import { PACK } from '../core/catalogue/pack.js';
import type { Messages } from '../i18n/messages.js';

/** The pack of one language's messages. */
export function composePack(messages: Messages): ContentPack {
  const { claims, claimDetails, strings, ...texts } = messages;
  const ui: Record<string, string> = { ...texts.ui };
  for (const [prefix, table] of Object.entries(strings)) for (const [key, text] of Object.entries(table)) ui[`${prefix}.${key}`] = text;
  const pack = compose(PACK, texts) as ContentPack;
  return { ...pack, claims: compose(compose(CLAIMS, claims), compose(CLAIM_SOURCES, claimDetails)) as Claim[], ui };
}
