/**
 * The quiz's interface strings, in English (src/i18n/en.quiz.ts). A content pack overrides any of
 * them through `ui['quiz.<key>']` (key by key; the rest fall back to these). Question, verdict and
 * plan texts come from the pack itself, and so do the strings every widget shares (SHARED_KEYS),
 * which are written once, in the pack's `ui`.
 */
import { SHARED_KEYS } from '../../core/catalogue/ui.js';
import { quiz } from '../../i18n/en.quiz.js';

export { SHARED_KEYS };

export const QUIZ_STRINGS = quiz;

export type QuizStringKey = keyof typeof QUIZ_STRINGS | (typeof SHARED_KEYS)[number];
