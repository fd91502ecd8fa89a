/**
 * The pure helpers behind <loadwise-pros-cons>: certainty order, evidence tally, the subset, the
 * balance rule, "what this means for you" and common questions grounded in claims. Table-driven.
 */
import { expect } from '@open-wc/testing';
import { assess, defaultContent, type Answers } from '../../src/core.js';
import {
  CERTAINTIES,
  FIRST_SCREEN,
  claimsWith,
  faqWith,
  firstScreenCount,
  forYouWith,
  isSettled,
  pickClaims,
  sortByCertainty,
  tallyEvidence,
  type ContentPack,
  type FaqEntry,
} from '../../src/core/index.js';
import { SAFE_ANSWERS } from './fixtures.js';

const pack: ContentPack = defaultContent;
const ids = (views: readonly { id: string }[]) => views.map((v) => v.id);
const rank = (c: (typeof CERTAINTIES)[number]) => CERTAINTIES.indexOf(c);

describe('sortByCertainty()', () => {
  it('puts the strongest evidence first, keeping ties in their order, without changing its input', () => {
    const views = claimsWith(pack);
    const before = ids(views);
    const sorted = sortByCertainty(views);
    expect(ids(views)).to.deep.equal(before);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      expect(rank(a.certainty) <= rank(b.certainty), `${a.id} before ${b.id}`).to.equal(true);
      if (a.certainty === b.certainty) expect(before.indexOf(a.id) < before.indexOf(b.id), `stable: ${a.id}, ${b.id}`).to.equal(true);
    }
  });
});

describe('tallyEvidence()', () => {
  const cases = [
    { kind: 'benefit', expected: { total: 8, strong: 5, weak: 1, untested: 2 } },
    { kind: 'risk', expected: { total: 12, strong: 2, weak: 4, untested: 6 } },
  ] as const;
  for (const c of cases) {
    it(`the English ${c.kind}s: ${JSON.stringify(c.expected)}`, () => {
      expect(tallyEvidence(claimsWith(pack).filter((v) => v.kind === c.kind))).to.deep.equal(c.expected);
    });
  }
  it('counts each band of the scale', () => {
    const one = (certainty: (typeof CERTAINTIES)[number]) => ({ certainty });
    expect(tallyEvidence(CERTAINTIES.map(one))).to.deep.equal({ total: 6, strong: 2, weak: 2, untested: 2 });
    expect(tallyEvidence([])).to.deep.equal({ total: 0, strong: 0, weak: 0, untested: 0 });
  });
});

describe('pickClaims()', () => {
  const views = claimsWith(pack);
  const cases = [
    { ids: ['gait-change', 'joint-stress'], views: ['gait-change', 'joint-stress'], unknown: [] },
    { ids: ['joint-stress', 'gait-change'], views: ['gait-change', 'joint-stress'], unknown: [], name: 'in pack order' },
    { ids: ['joint-stress', 'nope', 'Joint-Stress'], views: ['joint-stress'], unknown: ['nope', 'Joint-Stress'] },
    { ids: [], views: [], unknown: [] },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.ids)} ${c.name ?? ''}`, () => {
      const picked = pickClaims(views, c.ids);
      expect(ids(picked.views)).to.deep.equal(c.views);
      expect(picked.unknown).to.deep.equal(c.unknown);
    });
  }
});

describe('firstScreenCount(): the balance rule', () => {
  const cases: [benefits: number, risks: number, relevant: number, expected: number][] = [
    [8, 12, 0, FIRST_SCREEN],
    [2, 12, 0, 2],
    [12, 3, 0, 3],
    [8, 12, 5, 5],
    [8, 12, 10, 8],
    [0, 12, 0, FIRST_SCREEN],
    [5, 0, 6, 6],
  ];
  for (const [benefits, risks, relevant, expected] of cases) {
    it(`${benefits} benefits, ${risks} risks, ${relevant} relevant → ${expected} each`, () => {
      expect(firstScreenCount(benefits, risks, relevant)).to.equal(expected);
    });
  }
});

describe('isSettled()', () => {
  const cases: { name: string; answers: Answers; settled: boolean }[] = [
    { name: 'complete', answers: SAFE_ANSWERS, settled: true },
    { name: 'a screening yes ends the quiz early', answers: { chestPain: true }, settled: true },
    { name: 'unwell ends it early', answers: { unwell: true }, settled: true },
    { name: 'mid-quiz', answers: { activity: 'running', jointProblem: 'past' }, settled: false },
  ];
  for (const c of cases) it(c.name, () => expect(isSettled(assess(c.answers))).to.equal(c.settled));
});

describe('forYouWith(): the risks behind the verdict', () => {
  const cases: { name: string; answers: Answers; verdict: string | null; risks?: string[] }[] = [
    {
      name: 'a past joint problem → caution, from the joint risks (not from the running ones)',
      answers: { ...SAFE_ANSWERS, jointProblem: 'past' },
      verdict: 'caution',
      risks: ['joint-stress', 'patellofemoral-pain', 'cartilage-damage', 'weighted-vest-impact'],
    },
    {
      name: 'no running base → not recommended, from the load risks',
      answers: { ...SAFE_ANSWERS, runFrequency: 'occasional' },
      verdict: 'not-recommended',
      risks: ['it-band-syndrome', 'sudden-load-increase'],
    },
    {
      name: 'bone health, running → not recommended, from the bone risks',
      answers: { ...SAFE_ANSWERS, boneHealth: true },
      verdict: 'not-recommended',
      risks: ['stress-fractures', 'weighted-vest-impact'],
    },
    { name: 'chest pain → a professional, from the health answers: no claim', answers: { chestPain: true }, verdict: 'see-professional', risks: [] },
    { name: 'no red flags → ready, no risk drove it', answers: SAFE_ANSWERS, verdict: 'ready', risks: [] },
    { name: 'mid-quiz → nothing yet', answers: { activity: 'running', jointProblem: 'past' }, verdict: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = forYouWith(pack, assess(c.answers));
      if (c.verdict === null) {
        expect(result).to.equal(null);
        return;
      }
      expect(result!.verdict).to.equal(c.verdict);
      expect(ids(result!.risks).sort()).to.deep.equal([...c.risks!].sort());
      for (const risk of result!.risks) expect(risk.kind === 'risk' && risk.relevantToYou, risk.id).to.equal(true);
      expect(result!.reasons.every((r) => r.id !== 'incomplete')).to.equal(true);
    });
  }
  it('is null without an assessment', () => {
    expect(forYouWith(pack, null)).to.equal(null);
    expect(forYouWith(pack, undefined)).to.equal(null);
  });
  it("follows a pack's own rules too", () => {
    const answers: Answers = { ...SAFE_ANSWERS, activity: 'walking', runFrequency: 'none' };
    expect(forYouWith(pack, assess(answers))!.risks).to.deep.equal([]);
    const rule = { in: { id: 'runFrequency', values: ['none', 'occasional'] } };
    const custom: ContentPack = { ...pack, rules: [{ id: 'walk-base', verdict: 'caution', when: rule, text: 'Walk without weights first.' }] };
    const result = forYouWith(custom, assess(answers, { content: custom }));
    expect(result!.verdict).to.equal('caution');
    expect(ids(result!.risks).sort()).to.deep.equal(['it-band-syndrome', 'sudden-load-increase']);
  });
});

describe('faqWith(): common questions grounded in claims', () => {
  const entries: FaqEntry[] = [
    { id: 'a', claims: ['joint-stress', 'missing-claim', 'gait-change'], personal: [{ key: 'joint', claim: 'joint-stress' }, { key: 'plan', plan: true }] },
    { id: 'b', claims: ['missing-claim'] },
    { id: 'c', claims: ['bone-density-not-studied'], personal: [{ key: 'stop', verdicts: ['see-professional', 'wait'] }, { key: 'always' }] },
  ];
  it('keeps the claims shown, in the entry order, and leaves out questions with none', () => {
    const views = claimsWith(pack);
    const faq = faqWith(entries, views);
    expect(faq.map((f) => f.id)).to.deep.equal(['a', 'c']);
    expect(ids(faq[0]!.claims)).to.deep.equal(['joint-stress', 'gait-change']);
    expect(faq.every((f) => f.personal.length === 0), 'no assessment, no personal note').to.equal(true);
    const subset = pickClaims(views, ['gait-change']).views;
    expect(faqWith(entries, subset).map((f) => f.id)).to.deep.equal(['a']);
  });
  const cases: { name: string; answers: Answers; a: string[]; c: string[] }[] = [
    { name: 'a past joint problem, complete', answers: { ...SAFE_ANSWERS, jointProblem: 'past' }, a: ['joint', 'plan'], c: ['always'] },
    { name: 'no red flags', answers: SAFE_ANSWERS, a: ['plan'], c: ['always'] },
    { name: 'chest pain (settled early)', answers: { chestPain: true }, a: [], c: ['stop', 'always'] },
    { name: 'mid-quiz with a joint problem: no plan, no verdict note', answers: { jointProblem: 'past' }, a: ['joint'], c: ['always'] },
  ];
  for (const c of cases) {
    it(`personal notes: ${c.name}`, () => {
      const assessment = assess(c.answers);
      const faq = faqWith(entries, claimsWith(pack, { assessment }), assessment);
      expect(faq.find((f) => f.id === 'a')!.personal).to.deep.equal(c.a);
      expect(faq.find((f) => f.id === 'c')!.personal).to.deep.equal(c.c);
    });
  }
});
