/**
 * The three widgets in one file (dist/loadwise-suite.js), for a page that shows all three: the
 * loader (src/embed.ts) imports it instead of three element entries, which as separate files
 * (each compressed on its own, and unable to share minification across chunks) come to about
 * 6 KB gzip more. `<loadwise-provider>` stays its own entry: a page loads it only when it has one.
 */
import './elements/quiz/quiz.js';
import './elements/pros-cons/pros-cons.js';
import './elements/alternatives/alternatives.js';
