/**
 * The quiz's result: its next step on the page and its print summary, in English (`quiz.<key>` in
 * a pack's `ui`, like the rest of en.quiz.ts). Apart from en.quiz.ts because only the result's
 * lazy chunks read them: they add nothing to the quiz's first screen. Other languages keep these
 * keys in their `quiz` section, together, after the others.
 */
export const quizNext = {
  nextToPicker: 'Go to the alternatives',
  nextToExplainer: 'Go to the explainer',
  nextBoth: 'The explainer and the alternatives on this page now reflect your answers.',
  nextPicker: 'The alternatives on this page now reflect your answers.',
  nextExplainer: 'The explainer on this page now reflects your answers.',
  printTitle: 'Ankle weights: my answers and result',
  printFor: 'A summary to show a doctor, physiotherapist or coach.',
  printDate: 'Date: {date}',
  printVerdict: 'Result',
  printAnswers: 'My answers',
  printNone: 'None chosen',
} as const;
