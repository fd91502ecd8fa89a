/**
 * Source labels are for readers (src/core/catalogue/sources.ts, claim-sources.ts): who published
 * it and where, in words, never a provenance note or a citation code. Every source of every
 * built-in pack is checked, wherever it is cited (claims, reasons, alternatives).
 */
import { expect } from '@open-wc/testing';
import * as sources from '../../src/core/catalogue/sources.js';
import * as claimSources from '../../src/core/catalogue/claim-sources.js';
import { en } from '../../src/content/en.js';
import type { Source } from '../../src/core/engine.js';

const isSource = (v: unknown): v is Source => typeof v === 'object' && v !== null && typeof (v as Source).label === 'string' && typeof (v as Source).year === 'number';

/** Every object with a label and a year anywhere in `value`. */
function allSources(value: unknown, out: Source[] = []): Source[] {
  if (Array.isArray(value)) for (const v of value) allSources(v, out);
  else if (typeof value === 'object' && value !== null) {
    if (isSource(value)) out.push(value);
    else for (const v of Object.values(value)) allSources(v, out);
  }
  return out;
}

describe('source labels', () => {
  const catalogue = [...Object.values(sources), ...Object.values(claimSources)].filter(isSource);
  const inPack = allSources(en);

  it('finds every source: the catalogue and the English pack', () => {
    expect(catalogue.length).to.be.greaterThan(30);
    expect(inPack.length).to.be.greaterThan(20);
  });

  for (const [where, list] of [['the catalogue', catalogue], ['the English pack', inPack]] as const) {
    it(`in ${where}: no provenance notes, no volume or issue numbers, no abbreviated journal names`, () => {
      for (const { label } of list) {
        expect(label, label).to.not.match(/unverified|unconfirmed|verify|recalled|\[|\?\)/i);
        expect(label, `${label}: a volume or issue`).to.not.match(/\d+\(\d+\)|\d+:\d+|\s\d{1,3}$/);
        expect(label, `${label}: an abbreviation`).to.not.match(/\b(Med Sci|Sports Exerc|Arch Phys|J Biomech|Br J|Am J|Int J|Eur J|Appl Ergon|Clin Biomech|J Appl|J Orthop|J Gerontol|Netw|Rev Bras|PLoS)\b/);
        expect(label.trim(), 'trimmed').to.equal(label);
      }
    });
  }
});
