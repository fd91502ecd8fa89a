/** The French pack: the catalogue with the French messages (src/i18n/fr.ts). */
import type { ContentPack } from '../core/schema/content.js';
import { fr as messages } from '../i18n/fr.js';
import { composePack } from './compose.js';

export const fr: ContentPack = composePack(messages);

export default fr;
