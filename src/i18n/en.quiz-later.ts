/**
 * The quiz's interface strings of its body-weight step and its result, in English (`quiz.<key>`
 * in a pack's `ui`, like those of en.quiz.ts). Apart, because only those later screens show them:
 * they load after the first screen (elements/quiz/quiz.later.ts), not before it. Other languages
 * keep them in their `quiz` section.
 */
export const quizLater = {
  weight: 'Body weight',
  unit: 'Unit',
  kg: 'kg',
  lb: 'lb',
  weightError: 'Enter a weight from {min} to {max}, or leave it empty.',
  weightFix: 'Correct the weight, or leave it empty.',
  why: 'Why',
  noFlags: 'None of your answers raised a flag.',
  because: 'Your answers:',
  source: 'Source:',
  plan: 'Your starting plan',
  both: '{value} ({other})',
  startLoad: 'Start with, per ankle',
  maxLoad: 'Build up to at most, per ankle',
  sessions: 'Weighted sessions a week',
  sessionsValue: '{start} to start, {max} at most',
  minutes: 'Time with weights',
  minutesValue: 'Up to {minutes} a session',
  progression: 'How to build up',
  extra: 'Extra energy, per session',
  extraValue: 'About {typical} {kcal}, up to {high}; close to none if you slow down',
  warmUp: 'Warm up',
  formCues: 'Form',
  stopSigns: 'Stop if',
  todo: 'What to do next',
  instead: 'What to do instead',
  professional: 'Talk to a professional: a doctor, physiotherapist or qualified exercise professional can advise you in person.',
  commercial: 'Links from this site, which may earn from them. They never change your result.',
  restart: 'Restart',
  print: 'Print or save this summary',
} as const;
