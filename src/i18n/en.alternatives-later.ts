/**
 * The interface strings of `<loadwise-alternatives>` that show only after the reader acts (the
 * announcements, how to do it, the comparison's title, the excluded list's help), in English: they
 * come with the picker's lazy chunk. Same prefix as en.alternatives.ts (`alternatives.<key>`).
 */
export const alternativesLater = {
  chosenAnnounce: 'You chose {name}. How to start is below it.',
  unchosenAnnounce: '{name} is no longer your choice.',
  compareLimit: 'Compare up to three. Clear one to add another.',
  closeCompare: 'Close comparison',
  compareCount: '{count} options to compare.',
  'compareCount#one': '1 option to compare. Tick one more.',
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
