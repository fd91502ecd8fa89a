// The SurveyJS quiz of the comparison: the 8 questions of quiz-data.js, one a page, with SurveyJS's
// progress bar, rendered by survey-js-ui. Survey and SurveyUI are the globals of the two classic
// scripts the page loads first (SurveyJS's documented script-tag set-up).
import { QUESTIONS } from './quiz-data.js';

const json = {
  showProgressBar: 'top',
  progressBarType: 'questions',
  showQuestionNumbers: 'off',
  pages: QUESTIONS.map((q) => ({
    name: q.id,
    elements: [
      {
        type: q.multiple ? 'checkbox' : 'radiogroup',
        name: q.id,
        title: q.text,
        choices: q.choices.map(([value, text]) => ({ value, text })),
      },
    ],
  })),
};

const { Survey, SurveyUI } = /** @type {any} */ (globalThis);
SurveyUI.renderSurvey(new Survey.Model(json), document.getElementById('quiz'));
