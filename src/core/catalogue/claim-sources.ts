/**
 * The sources only a claim's details cite (claim-details.ts), each written once: a module of their
 * own so that they load with the lazy details, not with the first screen. The others are in
 * sources.ts. Labels are citations: the same in every language.
 */
import type { Source } from '../schema/content.js';

export const CLAREMONT: Source = {
  label: 'Claremont & Hall, Med Sci Sports Exerc 20(2)',
  year: 1988,
  url: 'https://doi.org/10.1249/00005768-198820020-00011',
};
export const BHAMBHANI: Source = { label: 'Bhambhani et al., Arch Phys Med Rehabil 71(3)', year: 1990 };
export const COIFMAN: Source = {
  label: 'Coifman et al., Appl Ergon 114',
  year: 2024,
  url: 'https://doi.org/10.1016/j.apergo.2023.104109',
};
export const BROWNING: Source = {
  label: 'Browning et al., Med Sci Sports Exerc 39(3)',
  year: 2007,
  url: 'https://doi.org/10.1249/mss.0b013e31802b3562',
};
export const DUCLOS: Source = { label: 'Duclos et al., Clin Biomech 29(3)', year: 2014 };
export const MARTIN_CAVANAGH: Source = { label: 'Martin & Cavanagh, J Biomech', year: 1990 };
export const GRAVES: Source = { label: 'Graves et al. (authors unverified), Med Sci Sports Exerc', year: 1988 };
export const ANKLE_WRIST_1989: Source = {
  label: 'Authors unconfirmed, Arch Phys Med Rehabil 70(4)',
  year: 1989,
  url: 'https://pubmed.ncbi.nlm.nih.gov/2930343/',
};
export const MILLER: Source = {
  label: 'Miller & Stamford, J Appl Physiol 62(4)',
  year: 1987,
  url: 'https://jap.physiology.org/content/62/4/1497.long',
};
export const FESER: Source = {
  label: 'Feser et al., Eur J Sport Sci 20(3)',
  year: 2020,
  url: 'https://doi.org/10.1080/17461391.2019.1629631',
};
export const ALENTORN: Source = { label: 'Alentorn-Geli et al., J Orthop Sports Phys Ther 47(6)', year: 2017 };
export const HOOGKAMER: Source = {
  label: 'Hoogkamer et al., Med Sci Sports Exerc 48(11)',
  year: 2016,
  url: 'https://doi.org/10.1249/MSS.0000000000001012',
};
export const NIELSEN_IJSPT: Source = {
  label: 'Nielsen et al., Int J Sports Phys Ther 9(3)',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4060311/',
};
