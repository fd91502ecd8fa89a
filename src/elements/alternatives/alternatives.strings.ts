/**
 * The English interface strings of `<loadwise-alternatives>`. A content pack overrides any of them
 * by key in `ui`, prefixed `alternatives.` (e.g. `ui['alternatives.heading']`). `{name}`
 * placeholders are filled with text, never HTML. Goal, equipment and impact labels, the reasons
 * and the alternatives themselves come from the pack.
 */
export const ALTERNATIVES_STRINGS = {
  heading: 'Other ways to reach your goal',
  intro: 'Ranked for your goals and limits. Each card says why it fits.',
  goals: 'Your goals',
  goalsHelp: 'Choose any. With none chosen, every goal counts.',
  limits: 'Your limits',
  jointPain: 'I have joint pain',
  equipment: 'Equipment at hand',
  minutes: 'Minutes per session',
  anyMinutes: 'Any',
  minutesOption: '{minutes} min',
  fromQuiz: 'From your quiz answers. Change anything.',
  results: 'Ranked options',
  resultsCount: '{count} options for you, best first.',
  'resultsCount#one': '1 option for you.',
  announce: 'Ranking updated. First: {name}.',
  rank: 'Number {rank}',
  fit: 'Fit',
  fitStrong: 'Strong fit',
  fitGood: 'Good fit',
  fitPartial: 'Partial fit',
  fitWeak: 'Weak fit',
  fitValue: '{words}, {percent} %',
  impact: 'Impact',
  time: 'Time',
  timeRange: '{min}–{max} min',
  equipmentNeeded: 'Equipment',
  kcal: 'About {kcal} kcal in 30 minutes (estimate)',
  kcalHint: 'Add your body weight in the quiz for a calorie estimate.',
  whyFits: 'Why it fits',
  pro: 'For:',
  con: 'Against:',
  howTo: 'How to do it',
  dose: 'Starting dose',
  progression: 'Progression',
  notFor: 'Not for you if',
  choose: 'Choose this',
  chosen: 'Chosen',
  chosenAnnounce: 'You chose {name}.',
  compareThis: 'Compare',
  compareLimit: 'Compare up to three. Clear one to add another.',
  compare: 'Compare side by side ({count})',
  closeCompare: 'Close comparison',
  compareCaption: 'Side-by-side comparison',
  compareHint: 'Tick Compare on two or three cards.',
  excluded: 'Ruled out for you ({count})',
  excludedHelp: 'These options are not ranked, because of your answers.',
  disclosure: 'Some links on this page are commercial. They never change the ranking.',
  none: 'No option fits these limits. Try fewer limits.',
} as const;

/** The minutes-per-session choices offered (unset: any). */
export const MINUTE_CHOICES: readonly number[] = [10, 15, 20, 30, 45, 60];
