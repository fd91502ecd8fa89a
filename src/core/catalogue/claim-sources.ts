/**
 * The sources only a claim's details cite (claim-details.ts), each written once: a module of their
 * own so that they load with the lazy details, not with the first screen. The others are in
 * sources.ts. Labels are for readers (see sources.ts).
 */
import type { Source } from '../schema/content.js';

export const CLAREMONT: Source = {
  label: 'Claremont & Hall, Medicine & Science in Sports & Exercise',
  year: 1988,
  url: 'https://doi.org/10.1249/00005768-198820020-00011',
};
export const BHAMBHANI: Source = { label: 'Bhambhani et al., Archives of Physical Medicine and Rehabilitation', year: 1990 };
export const COIFMAN: Source = {
  label: 'Coifman et al., Applied Ergonomics',
  year: 2024,
  url: 'https://doi.org/10.1016/j.apergo.2023.104109',
};
export const BROWNING: Source = {
  label: 'Browning et al., Medicine & Science in Sports & Exercise',
  year: 2007,
  url: 'https://doi.org/10.1249/mss.0b013e31802b3562',
};
export const DUCLOS: Source = { label: 'Duclos et al., Clinical Biomechanics', year: 2014 };
export const MARTIN_CAVANAGH: Source = { label: 'Martin & Cavanagh, Journal of Biomechanics', year: 1990 };
export const GRAVES: Source = { label: 'Medicine & Science in Sports & Exercise: "Physiological responses to walking with hand weights, wrist weights, and ankle weights"', year: 1988 };
export const ANKLE_WRIST_1989: Source = {
  label: 'Archives of Physical Medicine and Rehabilitation: "Ankle and wrist weights: their effect on physiologic responses during treadmill running"',
  year: 1989,
  url: 'https://pubmed.ncbi.nlm.nih.gov/2930343/',
};
export const MILLER: Source = {
  label: 'Miller & Stamford, Journal of Applied Physiology',
  year: 1987,
  url: 'https://jap.physiology.org/content/62/4/1497.long',
};
export const FESER: Source = {
  label: 'Feser et al., European Journal of Sport Science',
  year: 2020,
  url: 'https://doi.org/10.1080/17461391.2019.1629631',
};
export const ALENTORN: Source = { label: 'Alentorn-Geli et al., Journal of Orthopaedic & Sports Physical Therapy', year: 2017 };
export const HOOGKAMER: Source = {
  label: 'Hoogkamer et al., Medicine & Science in Sports & Exercise',
  year: 2016,
  url: 'https://doi.org/10.1249/MSS.0000000000001012',
};
export const NIELSEN_IJSPT: Source = {
  label: 'Nielsen et al., International Journal of Sports Physical Therapy',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4060311/',
};
