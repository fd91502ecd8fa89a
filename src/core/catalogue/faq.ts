/**
 * The explainer's common questions, without their texts: which claims each is grounded in, and
 * the personal notes it shows once the reader's assessment makes them hold (see `faqWith`).
 * Texts: the explainer's messages `faq.<id>.q`, `.a` and `.<key>`.
 */
import { ENDING_VERDICTS, NO_PLAN_VERDICTS, type FaqEntry } from '../engine.js';

const STOP: FaqEntry['personal'] = [{ key: 'stop', verdicts: [...NO_PLAN_VERDICTS] }];

/**
 * The common questions, each grounded in the claims it links to. A personal note shows once the
 * reader's assessment makes it hold (see `faqWith`). Texts: `faq.<id>.q`, `.a` and `.<key>`.
 */
export const FAQ: readonly FaqEntry[] = [
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
