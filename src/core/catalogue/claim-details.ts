/**
 * What opening a claim adds that is the same in every language, by claim id: its sources and
 * review date. With the claim details, loaded after the explainer's first paint (DESIGN §4).
 */
import type { Claim } from '../schema/content.js';
import { REVIEWED, SKINNER, ACSM_2009, AKATSU, HOWE, INVEST, TROUNSON, NIELSEN_PLOS, NIELSEN_JOSPT, BUIST, MAYO, PUTHOFF } from './sources.js';
import { CLAREMONT, BHAMBHANI, COIFMAN, BROWNING, DUCLOS, MARTIN_CAVANAGH, GRAVES, ANKLE_WRIST_1989, MILLER, FESER, ALENTORN, HOOGKAMER, NIELSEN_IJSPT } from './claim-sources.js';

export const CLAIM_SOURCES: Readonly<Record<string, Pick<Claim, 'sources' | 'reviewed'>>> = {
  'extra-calories-fixed-pace': { sources: [CLAREMONT, BHAMBHANI, COIFMAN], reviewed: REVIEWED },
  'swing-muscle-work': { sources: [BROWNING, DUCLOS, MARTIN_CAVANAGH], reviewed: REVIEWED },
  'higher-effort-heart-rate': { sources: [GRAVES, ANKLE_WRIST_1989], reviewed: REVIEWED },
  'walking-energy-cost': { sources: [SKINNER, MILLER], reviewed: REVIEWED },
  'ankle-weight-strength-exercises': { sources: [ACSM_2009], reviewed: REVIEWED },
  'older-adults-2022-study': { sources: [AKATSU], reviewed: REVIEWED },
  'training-gain-not-studied': { sources: [FESER, ACSM_2009], reviewed: REVIEWED },
  'bone-density-not-studied': { sources: [HOWE, INVEST], reviewed: REVIEWED },
  'gait-change': { sources: [TROUNSON, FESER, CLAREMONT], reviewed: REVIEWED },
  'joint-stress': { sources: [DUCLOS, MARTIN_CAVANAGH], reviewed: REVIEWED },
  'patellofemoral-pain': { sources: [NIELSEN_PLOS], reviewed: REVIEWED },
  'it-band-syndrome': { sources: [NIELSEN_JOSPT], reviewed: REVIEWED },
  'stress-fractures': { sources: [NIELSEN_PLOS], reviewed: REVIEWED },
  'muscle-imbalance': { sources: [BROWNING, ACSM_2009], reviewed: REVIEWED },
  'cartilage-damage': { sources: [ALENTORN], reviewed: REVIEWED },
  'slower-running-economy': { sources: [HOOGKAMER, COIFMAN], reviewed: REVIEWED },
  'sudden-load-increase': { sources: [BUIST, NIELSEN_JOSPT, NIELSEN_IJSPT], reviewed: REVIEWED },
  'ankle-leg-strain': { sources: [MAYO], reviewed: REVIEWED },
  'balance-and-falls': { sources: [MAYO, SKINNER, AKATSU], reviewed: REVIEWED },
  'weighted-vest-impact': { sources: [PUTHOFF], reviewed: REVIEWED },
};
