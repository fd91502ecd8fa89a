/** The Arabic pack: the catalogue with the Arabic messages (src/i18n/ar.ts). */
import type { ContentPack } from '../core/schema/content.js';
import { ar as messages } from '../i18n/ar.js';
import { composePack } from './compose.js';

export const ar: ContentPack = composePack(messages);

export default ar;
