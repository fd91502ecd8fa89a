/** The German pack: the catalogue with the German messages (src/i18n/de.ts). */
import type { ContentPack } from '../core/schema/content.js';
import { de as messages } from '../i18n/de.js';
import { composePack } from './compose.js';

export const de: ContentPack = composePack(messages);

export default de;
