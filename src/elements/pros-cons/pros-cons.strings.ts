/**
 * The English interface strings and common questions of `<loadwise-pros-cons>`. A content pack
 * overrides any of them by key in `ui`, prefixed `prosCons.` (e.g. `ui['prosCons.heading']`).
 * `{name}` placeholders are filled with text, never HTML. The answers are written from the
 * claims in the pack and shared/evidence.md, in the project's own words.
 */
import { ENDING_VERDICTS, NO_PLAN_VERDICTS, type FaqEntry } from '../../core/engine.js';

const STOP: FaqEntry['personal'] = [{ key: 'stop', verdicts: [...NO_PLAN_VERDICTS] }];

/**
 * The common questions, each grounded in the claims it links to. A personal note shows once the
 * reader's assessment makes it hold (see `faqWith`). Texts: `faq.<id>.q`, `.a` and `.<key>`.
 */
export const PROS_CONS_FAQ: readonly FaqEntry[] = [
  {
    id: 'weight',
    claims: ['extra-calories-fixed-pace', 'walking-energy-cost'],
    personal: [
      { key: 'goal', claim: 'extra-calories-fixed-pace' },
      { key: 'walk', claim: 'walking-energy-cost' },
    ],
  },
  {
    id: 'beginners',
    claims: ['sudden-load-increase', 'it-band-syndrome', 'ankle-weight-strength-exercises'],
    personal: [{ key: 'base', claim: 'sudden-load-increase' }],
  },
  { id: 'often', claims: ['sudden-load-increase'], personal: [{ key: 'plan', plan: true }, ...STOP] },
  {
    id: 'faster',
    claims: ['slower-running-economy', 'training-gain-not-studied'],
    personal: [{ key: 'goal', claim: 'slower-running-economy' }],
  },
  {
    id: 'tone',
    claims: ['swing-muscle-work', 'ankle-weight-strength-exercises', 'muscle-imbalance'],
    personal: [{ key: 'goal', claim: 'swing-muscle-work' }],
  },
  { id: 'heavy', claims: ['gait-change', 'joint-stress'], personal: [{ key: 'plan', plan: true }, ...STOP] },
  {
    id: 'exercises',
    claims: ['ankle-weight-strength-exercises', 'muscle-imbalance', 'balance-and-falls'],
    personal: [
      { key: 'balance', claim: 'balance-and-falls' },
      { key: 'ask', verdicts: [...ENDING_VERDICTS] },
    ],
  },
];

export const PROS_CONS_STRINGS: Readonly<Record<string, string>> = {
  heading: 'Running with ankle weights: benefits and risks',
  intro:
    'The evidence is thin: mostly small lab studies of single sessions, and no study of runners training with ankle weights over time. Each claim shows our rating of the evidence.',
  benefit: 'Benefits',
  risk: 'Risks',
  tally: '{strong} with moderate or strong evidence · {weak} with weak evidence · {untested} untested or opinion only',
  topics: 'Topics',
  sort: 'Sort by certainty',
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
  cleared: 'Quiz answers cleared: showing the general view.',
  forYou: 'What this means for you:',
  result: 'Your quiz result is "{verdict}".',
  drivers: 'The risks behind it:',
  none: 'It does not come from the risks below, but the general ones still apply.',
  faq: 'Common questions',
  basedOn: 'Based on:',
  // Defaults for texts a pack usually has in \`ui\`, unprefixed.
  sources: 'Sources',
  reviewed: 'Last reviewed',

  'faq.weight.q': 'Will ankle weights help me lose weight faster?',
  'faq.weight.a':
    'Barely. Cuffs add a few dozen kcal to a 30-minute run at the same pace, and most runners slow down and lose even that. Running uphill adds 3 to 5 times as much.',
  'faq.weight.goal': 'For your calorie goal, hill work beats cuffs.',
  'faq.weight.walk': 'Walking: each kilogram per ankle adds about 10–27 kcal to a 30-minute walk.',
  'faq.beginners.q': 'Are ankle weights for beginners?',
  'faq.beginners.a':
    'Not for running. First run 3 or more times a week for 3 months: sudden jumps in load are linked with injury. Beginners can use cuffs for strength exercises or short walks.',
  'faq.beginners.base': 'You do not run regularly yet: build that base first.',
  'faq.often.q': 'How often should I use them?',
  'faq.often.a':
    'No study says. Our cautious limit for running: {runSessionsStart} short, easy weighted run a week at first, never more than {runSessionsMax}, and never more weight and distance in the same week.',
  'faq.often.plan': 'Weighted sessions a week in your plan: {sessions}.',
  'faq.often.stop': 'Your result: no weighted sessions for now.',
  'faq.faster.q': 'Will running with ankle weights make me faster?',
  'faq.faster.a':
    'Nothing shows it. Weight on the feet makes running less economical and slower, and the one long-term sprint study found no speed gain. Intervals and hills are better supported.',
  'faq.faster.goal': 'For speed, keep weights off for speed work, long runs and races.',
  'faq.tone.q': 'Will ankle weights tone my legs?',
  'faq.tone.a':
    'No study defines or measures toning, or shows cuffs burn leg fat. They make your hip flexors and hamstrings work harder while worn; lasting strength comes from strength exercises, which can use them.',
  'faq.tone.goal': 'For strength or toning, slow leg lifts and curls with cuffs beat running with them.',
  'faq.heavy.q': 'How heavy should ankle weights be?',
  'faq.heavy.a':
    'Light. For running: {runStart} per ankle to start, at most {runMax}, and both together within {share} of body weight, above which form changes. Up to {walkMax} is for walking and strength work.',
  'faq.heavy.plan': 'Your plan: {start} to {max} per ankle.',
  'faq.heavy.stop': 'Your result: no weights for now.',
  'faq.exercises.q': 'Which exercises can I do with ankle weights?',
  'faq.exercises.a':
    'Slow strength moves: standing leg curls, side and back leg lifts, lying or seated leg raises. 1–3 sets of 8–12 reps, 2–3 days a week; add load once you can do 1–2 more reps.',
  'faq.exercises.balance': 'Do them seated or holding a support: weights can upset balance.',
  'faq.exercises.ask': 'Your result: ask a professional before these too.',
};
