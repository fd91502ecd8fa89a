/** The Spanish pack: the catalogue with the Spanish messages (src/i18n/es.ts). */
import type { ContentPack } from '../core/schema/content.js';
import { es as messages } from '../i18n/es.js';
import { composePack } from './compose.js';

export const es: ContentPack = composePack(messages);

export default es;
