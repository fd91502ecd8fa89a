/**
 * The default English pack without its claims (en.claims.ts): the catalogue (src/core/catalogue,
 * locale-neutral, written once) with the English messages (src/i18n/en.ts).
 */
import type { ContentPack } from '../core/schema/content.js';
import { compose } from '../core/catalogue/compose.js';
import { PACK } from '../core/catalogue/pack.js';
import { en } from '../i18n/en.js';

/** The default English pack without its claims. */
export const enBase = compose(PACK, en) as Omit<ContentPack, 'claims'>;
