/**
 * The quiz's interface strings, in English. A content pack overrides any of them through
 * `ui['quiz.<key>']` (key by key; the rest fall back to these). `{name}` placeholders are filled
 * with plain text, never HTML. Question, verdict and plan texts come from the pack itself, and so
 * do the strings every widget shares (SHARED_KEYS), which are written once, in the pack's `ui`.
 */
export const QUIZ_STRINGS = {
  title: 'Ankle weights: should you, and how?',
  intro: 'About {total} quick steps, about a minute. Learn whether to run or walk with ankle weights, why, and how to start safely, or what to do instead.',
  privacy: 'Your answers stay in this browser.',
  start: 'Start',
  next: 'Next',
  back: 'Back',
  seeResult: 'See my result',
  progress: 'Question {n} of about {total}',
  required: 'Choose an answer to continue.',
  requiredAll: 'Answer each question to continue.',
  flags: 'Health check',
  flagsMore: 'More about your health',
  flagsHelp: 'Answer yes or no to each.',
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
  forget: 'Forget my answers',
  forgotten: 'Your answers have been forgotten.',
  result: 'Result: {verdict}',
} as const;

/** Keys every widget shares in the pack's `ui`; the built-in English pack has each of them. */
export const SHARED_KEYS = ['disclaimer', 'yes', 'no', 'kcal'] as const;

export type QuizStringKey = keyof typeof QUIZ_STRINGS | (typeof SHARED_KEYS)[number];
