/** Defines every Loadwise element (once per page; see base/define.ts). */
import './elements/provider/provider.js';
import './elements/quiz/quiz.js';
import './elements/pros-cons/pros-cons.js';
import './elements/alternatives/alternatives.js';
