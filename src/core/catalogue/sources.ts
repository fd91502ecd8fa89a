/**
 * Every source the built-in packs and the locked rules cite, each written once (shared/evidence.md), and the date the
 * evidence was last reviewed; those only a claim's details cite are in claim-sources.ts, which loads
 * with the details, after the first screen. A URL is given only where evidence.md gives one, or as a DOI link.
 * Labels are for readers, the same in every language: the authors and the publication's full name
 * (or the organisation and the title), no volume numbers; where the authors are not confirmed,
 * the publication and the title. No provenance notes: a doubt that matters belongs in a claim's
 * certainty.
 */
import type { Source } from '../schema/content.js';

export const REVIEWED = '2026-11-22';

// The screening's, cited by the locked rules (rules/safety.ts).
export const PAR_Q: Source = { label: 'PAR-Q+ Collaboration: the PAR-Q+ questionnaire', year: 2023, url: 'https://eparmedx.com' };
export const ACSM_SCREENING: Source = { label: 'Riebe et al. (ACSM), Medicine & Science in Sports & Exercise', year: 2015 };

export const SKINNER: Source = { label: 'Skinner & Barrack, Archives of Physical Medicine and Rehabilitation', year: 1990 };
export const ACSM_2009: Source = { label: 'Ratamess et al. (ACSM), Medicine & Science in Sports & Exercise', year: 2009 };
export const AKATSU: Source = {
  label: 'Akatsu et al., International Journal of Environmental Research and Public Health',
  year: 2022,
  url: 'https://doi.org/10.3390/ijerph19127350',
};
export const HOWE: Source = {
  label: 'Howe et al., Cochrane Database of Systematic Reviews',
  year: 2011,
  url: 'https://doi.org/10.1002/14651858.CD000333.pub2',
};
export const INVEST: Source = {
  label: 'Beavers et al. (INVEST trial), JAMA Network Open',
  year: 2025,
  url: 'https://doi.org/10.1001/jamanetworkopen.2025.16772',
};
export const TROUNSON: Source = {
  label: 'Trounson et al., PLOS ONE',
  year: 2020,
  url: 'https://vuir.vu.edu.au/41863',
};
export const NIELSEN_PLOS: Source = {
  label: 'Nielsen et al., PLOS ONE',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4055729',
};
export const NIELSEN_JOSPT: Source = { label: 'Nielsen et al., Journal of Orthopaedic & Sports Physical Therapy', year: 2014 };
export const BUIST: Source = {
  label: 'Buist et al., The American Journal of Sports Medicine',
  year: 2008,
  url: 'https://pubmed.ncbi.nlm.nih.gov/17940147/',
};
export const MAYO: Source = {
  label: 'Mayo Clinic: "Walking with ankle weights? Stop!"',
  year: 2023,
  url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/health-tip/art-20049111',
};
export const PUTHOFF: Source = { label: 'Puthoff et al., Medicine & Science in Sports & Exercise', year: 2006 };
export const SHAW_SNOW: Source = { label: 'Shaw & Snow, The Journals of Gerontology, Series A', year: 1998 };
export const GOTTSCHALL: Source = {
  label: 'Gottschall & Kram, Journal of Biomechanics',
  year: 2005,
  url: 'https://doi.org/10.1016/j.jbiomech.2004.04.023',
};
export const MILANOVIC: Source = {
  label: 'Milanović et al., Sports Medicine',
  year: 2015,
  url: 'https://doi.org/10.1007/s40279-015-0365-0',
};
export const LAUERSEN: Source = {
  label: 'Lauersen et al., British Journal of Sports Medicine',
  year: 2018,
  url: 'https://bjsm.bmj.com/content/52/24/1557',
};
export const OLMEDILLAS: Source = { label: 'Olmedillas et al., BMC Medicine', year: 2012 };
export const GOMEZ_BRUTON: Source = { label: 'Gómez-Bruton et al., PLOS ONE', year: 2013 };
export const ABRAHIN: Source = {
  label: 'Abrahin et al., Revista Brasileira de Reumatologia',
  year: 2016,
  url: 'https://pubmed.ncbi.nlm.nih.gov/27476628/',
};

