import { defineIfAbsent } from '../../base/define.js';
import { LoadwiseQuiz } from './quiz.component.js';

export { LoadwiseQuiz };

defineIfAbsent('loadwise-quiz', LoadwiseQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'loadwise-quiz': LoadwiseQuiz;
  }
}
