/**
 * The interface strings of `<loadwise-alternatives>` that show only after the reader acts (the
 * announcements, how to do it, the comparison's title, the excluded list's help), in English: they
 * come with the picker's lazy chunk. Same prefix as en.alternatives.ts (`alternatives.<key>`).
 */
export const alternativesLater = {
  announceOut: '{count} options ruled out.',
  'announceOut#one': '1 option ruled out.',
  announceBack: '{count} options back in the ranking.',
  'announceBack#one': '1 option back in the ranking.',
  announceFirst: 'New first: {name}.',
  announceMoved: 'Order changed. Still first: {name}.',
  announceSame: 'No change. Still first: {name}.',
  dose: 'Starting dose',
  progression: 'Progression',
  notFor: 'Not for you if',
  nextStep: 'How to start',
  compareCaption: 'Side-by-side comparison',
  excludedHelp: 'These options are not ranked, because of your answers.',
} as const;
