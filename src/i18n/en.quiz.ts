/**
 * The quiz's interface strings for its first screens, in English (`quiz.<key>` in a pack's `ui`).
 * The body weight's and the result's are in en.quiz-later.ts, loaded after the first screen: the
 * first screen's bundle carries only these. `{name}` placeholders are filled with plain text,
 * never HTML. Question, verdict and plan texts come from the pack.
 */
export const quiz = {
  title: 'Ankle weights: should you, and how?',
  intro: 'About {total} quick steps, about a minute. Learn whether to run or walk with ankle weights, why, and how to start safely, or what to do instead.',
  privacy: 'Your answers stay in this browser.',
  partHealth: 'Your health: yes-or-no questions',
  partRunning: 'Your running or walking so far',
  partGoals: 'Your goals, if you like',
  start: 'Start',
  next: 'Next',
  back: 'Back',
  seeResult: 'See my result',
  progress: 'Step {n} of {total}',
  progressUpTo: 'Step {n} of up to {total}',
  required: 'Choose an answer to continue.',
  requiredAll: 'Answer each question to continue.',
  flags: 'Health check',
  flagsMore: 'More about your health',
  flagsHelp: 'Answer yes or no to each.',
  forget: 'Forget my answers',
  forgotten: 'Your answers have been forgotten.',
} as const;
