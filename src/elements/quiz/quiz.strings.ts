/**
 * The quiz's interface strings, in English: those of its first screens (src/i18n/en.quiz.ts), and
 * the body weight's and the result's (src/i18n/en.quiz-later.ts), which load after the first
 * screen, with ./quiz.later.ts. A content pack
 * overrides any of them through `ui['quiz.<key>']` (key by key; the rest fall back to these).
 * Question, verdict and plan texts come from the pack itself, and so do the strings every widget
 * shares (SHARED_KEYS), which are written once, in the pack's `ui`.
 */
import { SHARED_KEYS } from '../../core/catalogue/ui.js';
import { quiz } from '../../i18n/en.quiz.js';
import type { quizLater } from '../../i18n/en.quiz-later.js';

export { SHARED_KEYS };

/** The strings of the first screens (the first screen's bundle carries only these). */
export const QUIZ_STRINGS = quiz;

export type QuizStringKey = keyof typeof QUIZ_STRINGS | keyof typeof quizLater | (typeof SHARED_KEYS)[number];
