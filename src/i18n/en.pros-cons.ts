/**
 * The interface strings of `<loadwise-pros-cons>` and the texts of its common questions
 * (`faq.<id>.q`, `.a`, `.<key>`; their claims are in src/core/catalogue/faq.ts), in English
 * (`prosCons.<key>` in a pack's `ui`). The answers are written from the claims and
 * shared/evidence.md, in the project's own words. The answers and their personal lines, which
 * a reader sees only after opening a question, are in en.pros-cons.faq.ts (loaded after the
 * first screen); `ProsConsStrings` is the whole set every language has.
 */
import type { prosConsFaq } from './en.pros-cons.faq.js';

export const prosCons = {
  heading: 'Running with ankle weights: benefits and risks',
  intro: 'The evidence is thin: mostly small lab studies of single sessions, and no study of runners training with ankle weights over time. Each claim shows our rating of the evidence.',
  benefit: 'Benefits',
  risk: 'Risks',
  tally: '{strong} with moderate or strong evidence · {weak} with weak evidence · {untested} untested or opinion only',
  topics: 'Topics',
  sort: 'Order',
  'sort.relevance': 'Suggested order',
  'sort.certainty': 'Strongest evidence first',
  'more.benefit': 'Show all {count} benefits',
  'more.risk': 'Show all {count} risks',
  empty: 'None in the topics you chose.',
  shown: 'Benefits shown: {benefit}. Risks shown: {risk}.',
  evidence: 'Evidence:',
  legend: 'Our rating of the evidence: what the badges mean',
  'certainty.high': 'Consistent trials on this very question. Unlikely to change.',
  'certainty.moderate': 'Fairly consistent, but small or short studies, or a close stand-in. May change.',
  'certainty.low': 'Small lab studies, or other groups of people. Likely to change.',
  'certainty.very-low': 'One preliminary study, case reports or theory. Very uncertain.',
  'certainty.expert-opinion': 'Advice from clinicians or institutions, without data.',
  'certainty.not-studied': 'We found no study of this with ankle weights.',
  applies: 'Applies to you:',
  numbers: 'The numbers',
  mechanism: 'Why',
  reduceRisk: 'To lower the risk',
  'type.meta-analysis': 'Meta-analysis',
  'type.rct': 'Randomised trial',
  'type.controlled-trial': 'Controlled trials',
  'type.uncontrolled-trial': 'Uncontrolled trial',
  'type.lab-study': 'Lab studies',
  'type.observational': 'Observational studies',
  'type.expert-opinion': 'Expert opinion',
  'type.no-study': 'No direct study',
  updated: 'Updated for your quiz answers. Claims that apply to you: {count}, marked and moved to the top.',
  updatedNone: 'Updated for your quiz answers: none of these claims is marked as applying to you.',
  forYou: 'What this means for you:',
  result: 'Your quiz result is "{verdict}".',
  drivers: 'The risks behind it:',
  none: 'It does not come from the risks below, but the general ones still apply.',
  faq: 'Common questions',
  basedOn: 'Based on:',
  'faq.weight.q': 'Will ankle weights help me lose weight faster?',
  'faq.beginners.q': 'Are ankle weights for beginners?',
  'faq.often.q': 'How often should I use them?',
  'faq.faster.q': 'Will running with ankle weights make me faster?',
  'faq.tone.q': 'Will ankle weights tone my legs?',
  'faq.heavy.q': 'How heavy should ankle weights be?',
  'faq.exercises.q': 'Which exercises can I do with ankle weights?',
} as const;

/** Every string of the explainer: those above and the common questions' answers. */
export type ProsConsStrings = typeof prosCons & typeof prosConsFaq;
