/**
 * The picker's rules in words (issue 16): a fit's band and the goals behind it (`fitOf`), reasons
 * split into why it fits and drawbacks (`splitReasons`), and what a reader's change did to the
 * ranking (`rankingChange`).
 */
import { expect } from '@open-wc/testing';
import { fitOf, rankAlternativesWith, rankingChange, splitReasons, type Goal, type WhyItem } from '../../src/core/engine.js';
import { en } from '../../src/content/en.js';

const ranked = (goals: Goal[], jointPain = false) => rankAlternativesWith(en, { goals, constraints: { jointPain } });
const by = (goals: Goal[], id: string) => ranked(goals).find((r) => r.id === id)!;

describe('fitOf: the fit in words', () => {
  it('gives the band and the chosen goals the option serves well, else those it serves somewhat', () => {
    expect(fitOf(by(['strength', 'bone'], 'strength-training'), ['strength', 'bone'])).to.deep.equal({ level: 'strong', goals: ['strength', 'bone'], percent: 100 });
    // The vest serves strength and bone health somewhat (1), none of them well.
    const vest = fitOf(by(['strength', 'bone'], 'weighted-vest-walk'), ['strength', 'bone']);
    expect(vest.goals).to.deep.equal(['strength', 'bone']);
    expect(vest.level).to.equal('good');
    // Speed only: cycling serves it somewhat, swimming not at all.
    expect(fitOf(by(['speed'], 'swimming'), ['speed']).goals).to.deep.equal([]);
  });

  it('has no band with no goal chosen (the order is all-round), and names the option\'s best goals', () => {
    const fit = fitOf(by([], 'hill-walking'), []);
    expect(fit.level).to.equal(null);
    expect(fit.goals).to.deep.equal((Object.keys(en.alternatives.find((a) => a.id === 'hill-walking')!.goals) as Goal[]).filter((g) => en.alternatives.find((a) => a.id === 'hill-walking')!.goals[g] === 2));
    expect(fit.goals.length).to.be.greaterThan(0);
  });

  it('rounds the percentage to a whole number', () => {
    for (const r of ranked(['calories'])) expect(Number.isInteger(fitOf(r, ['calories']).percent), r.id).to.equal(true);
  });
});

describe('splitReasons: drawbacks apart', () => {
  it('keeps every reason against out of "why it fits", and lists them all as drawbacks', () => {
    const w = (code: string, effect: WhyItem['effect']): WhyItem => ({ code: code as WhyItem['code'], text: code, effect });
    const why = [w('a', 1), w('b', 1), w('c', 0), w('d', 1), w('e', -1), w('f', -1)];
    expect(splitReasons(why)).to.deep.equal({ fits: [why[0], why[1], why[2]], drawbacks: [why[4], why[5]] });
    expect(splitReasons([w('x', -1)])).to.deep.equal({ fits: [], drawbacks: [w('x', -1)] });
    for (const r of ranked(['strength'], true)) {
      const { fits, drawbacks } = splitReasons(r.why);
      expect(fits.every((x) => x.effect >= 0) && drawbacks.every((x) => x.effect < 0), r.id).to.equal(true);
    }
  });
});

describe('rankingChange: what a change did', () => {
  it('counts options ruled out and back, and says whether the first or the order changed', () => {
    const before = ranked(['strength', 'toning']);
    const after = ranked(['strength', 'toning'], true);
    expect(rankingChange(before, after)).to.include({ ruledOut: 4, back: 0, first: after[0]!.id });
    expect(rankingChange(after, before)).to.include({ ruledOut: 0, back: 4 });
    expect(rankingChange(before, before)).to.deep.equal({ ruledOut: 0, back: 0, first: before[0]!.id, newFirst: false, moved: false });
    const speed = ranked(['speed']);
    expect(rankingChange(before, speed)).to.include({ newFirst: speed[0]!.id !== before[0]!.id, moved: true });
    const nothing = before.map((r) => ({ id: r.id, excluded: true }));
    expect(rankingChange(before, nothing)).to.include({ first: null, ruledOut: before.length, newFirst: true });
  });
});
