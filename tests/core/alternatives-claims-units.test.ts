/**
 * rankAlternatives(), claims() and the unit helpers, table-driven.
 */
import { expect } from '@open-wc/testing';
import {
  defaultContent,
  assess,
  attachCtas,
  claims,
  defaultUnits,
  floorToStep,
  formatMinutes,
  formatWeight,
  kgToLb,
  lbToKg,
  rankAlternatives,
  toCuffStep,
  visibleCtas,
  type Answers,
  type Cta,
  type Goal,
  type RankConstraints,
} from '../../src/core.js';
import {
  CRITERIA_WEIGHTS,
} from '../../src/core/index.js';
import { fitLevel, topReasons, type FitLevel, type WhyItem } from '../../src/core/engine.js';
import { en } from '../../src/content/en.js';

const defaultVerdictTitle = (v: keyof typeof en.verdicts) => en.verdicts[v].title;
import { SAFE_ANSWERS } from './fixtures.js';

const base: Answers = SAFE_ANSWERS;

describe('rankAlternatives()', () => {
  const cases: { name: string; goals?: Goal[]; constraints?: RankConstraints; answers?: Answers; first?: string; top3?: string[]; excluded?: string[]; notExcluded?: string[]; notTop3?: string[] }[] = [
    { name: 'strength goal → strength training first', goals: ['strength'], first: 'strength-training' },
    { name: 'bone goal → strength training first (lower-limb resistance work)', goals: ['bone'], first: 'strength-training' },
    { name: 'speed goal for a regular runner → intervals or hills on top', goals: ['speed'], answers: base, top3: ['intervals'] },
    { name: 'endurance with a bike at hand → cycling in the top three', goals: ['endurance'], constraints: { equipment: ['bike'] }, top3: ['cycling'] },
    { name: 'joint pain → high impact excluded', constraints: { jointPain: true }, excluded: ['hill-repeats', 'intervals'] },
    { name: 'past joint problem (from the quiz) → high impact excluded', answers: { ...base, jointProblem: 'past' }, excluded: ['hill-repeats', 'intervals'] },
    { name: 'pregnant → high impact and the vest excluded', answers: { ...base, pregnant: true }, excluded: ['hill-repeats', 'intervals', 'weighted-vest-walk'] },
    { name: 'no assessment, no pain → nothing excluded', notExcluded: ['hill-repeats', 'intervals', 'weighted-vest-walk'] },
    { name: 'non-runner aiming at calories → hill walking first, no running-base option in the top three', goals: ['calories'], answers: { ...base, runFrequency: 'none' }, first: 'hill-walking', notTop3: ['hill-repeats', 'intervals'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const assessment = c.answers ? assess(c.answers) : null;
      const input: Parameters<typeof rankAlternatives>[0] = { assessment };
      if (c.goals) input.goals = c.goals;
      if (c.constraints) input.constraints = c.constraints;
      const ranked = rankAlternatives(input);
      const ids = ranked.map((a) => a.id);
      if (c.first) expect(ids[0]).to.equal(c.first);
      for (const id of c.top3 ?? []) expect(ids.slice(0, 3)).to.include(id);
      for (const id of c.notTop3 ?? []) expect(ids.slice(0, 3)).to.not.include(id);
      for (const id of c.excluded ?? []) {
        const alt = ranked.find((a) => a.id === id)!;
        expect(alt.excluded, id).to.equal(true);
        expect(alt.score).to.equal(0);
        expect(alt.why[0]!.text).to.be.a('string').and.not.empty;
      }
      for (const id of c.notExcluded ?? []) expect(ranked.find((a) => a.id === id)!.excluded, id).to.equal(false);
    });
  }

  it('explains every score, and scores stay within 0..1', () => {
    for (const alt of rankAlternatives({ goals: ['endurance', 'speed'], constraints: { minutes: 15, equipment: ['none'] } })) {
      expect(alt.score).to.be.within(0, 1);
      expect(alt.why.length, alt.id).to.be.at.least(2);
      for (const w of alt.why) expect(w.text).to.not.match(/\{\w+\}/);
      const weighted = (Object.keys(CRITERIA_WEIGHTS) as (keyof typeof CRITERIA_WEIGHTS)[]).reduce((s, k) => s + CRITERIA_WEIGHTS[k] * alt.criteria[k], 0);
      expect(alt.score).to.be.closeTo(weighted, 0.0006);
    }
  });

  it('says what is missing: equipment and minutes', () => {
    const ranked = rankAlternatives({ constraints: { equipment: ['none'], minutes: 10 } });
    const swim = ranked.find((a) => a.id === 'swimming')!;
    expect(swim.why.map((w) => w.code)).to.include.members(['equipmentMissing', 'minutesShort']);
    expect(swim.criteria.equipment).to.equal(0);
  });

  it('ranks deterministically, with ties broken by impact then pack order', () => {
    const a = rankAlternatives({ goals: ['toning'] });
    const b = rankAlternatives({ goals: ['toning'] });
    expect(a).to.deep.equal(b);
    for (let i = 1; i < a.length; i++) if (!a[i]!.excluded) expect(a[i - 1]!.score).to.be.at.least(a[i]!.score);
  });

  it('estimates 30-minute calories from the MET value where body weight is known', () => {
    const ranked = rankAlternatives({ assessment: assess({ ...base, bodyWeightKg: 70 }) });
    const cycling = ranked.find((a) => a.id === 'cycling')!;
    expect(cycling.kcal30).to.equal(Math.round(cycling.alternative.met.value * 70 * 0.5));
    expect(rankAlternatives()[0]!.kcal30).to.equal(null);
  });

  it('takes goals from the assessment when none are given', () => {
    const fromQuiz = rankAlternatives({ assessment: assess({ ...base, goals: ['strength'] }) });
    expect(fromQuiz[0]!.id).to.equal('strength-training');
  });

  it('lets goals given in the input, even none, win over the assessment\'s', () => {
    const assessment = assess({ ...base, goals: ['strength'] });
    const cleared = rankAlternatives({ goals: [], assessment });
    expect(cleared.map((r) => r.score)).to.deep.equal(rankAlternatives({ assessment: assess({ ...base, goals: [] }) }).map((r) => r.score));
    expect(cleared.some((r) => r.why.some((w) => w.code === 'goalStrong'))).to.equal(true);
    expect(rankAlternatives({ goals: ['speed'], assessment })[0]!.id).to.not.equal('strength-training');
  });

  it('names missing equipment as alternatives ("Bike or Gym"): any one is enough', () => {
    const cycling = rankAlternatives({ constraints: { equipment: ['pool'] } }).find((r) => r.id === 'cycling')!;
    expect(cycling.why.map((w) => w.text)).to.include('Equipment needed: Bike or Gym');
  });

  it('treats "I have joint pain" like a current joint problem for the pack\'s exclusions too', () => {
    const ticked = rankAlternatives({ goals: ['strength', 'toning'], constraints: { jointPain: true } });
    const quiz = rankAlternatives({ goals: ['strength', 'toning'], assessment: assess({ ...base, jointProblem: 'current' }) });
    const excluded = (list: typeof ticked) => list.filter((r) => r.excluded).map((r) => r.id).sort();
    expect(excluded(ticked)).to.include.members(['ankle-weight-exercises', 'ankle-weight-walking', 'hill-repeats', 'intervals']);
    expect(excluded(quiz), 'the quiz answer (see a professional) rules out at least as much').to.include.members(excluded(ticked));
    expect(rankAlternatives({ goals: ['strength', 'toning'] }).filter((r) => r.excluded)).to.deep.equal([]);
  });

  for (const [verdict, answers] of [['see-professional', { ...base, heartCondition: true }], ['wait', { ...base, pregnant: true }], ['wait', { ...base, loadSpike: true }]] as const) {
    it(`on ${verdict} (${Object.keys(answers).find((k) => (answers as Record<string, unknown>)[k] === true)}), offers low-impact options without ankle weights only`, () => {
      const assessment = assess(answers);
      expect(assessment.verdict).to.equal(verdict);
      const ranked = rankAlternatives({ assessment });
      for (const r of ranked) {
        const weights = r.alternative.equipment.includes('ankle-weights');
        expect(r.excluded, r.id).to.equal(r.alternative.impact !== 'low' || weights || r.why.some((w) => w.code === 'avoid'));
      }
      const jog = ranked.find((r) => r.id === 'walk-jog')!;
      expect(jog.why[0]!.text).to.equal(`Left out given your result: ${assessment && defaultVerdictTitle(verdict)}`);
      expect(ranked.some((r) => !r.excluded), 'something gentle is offered').to.equal(true);
    });
  }

  for (const [what, answers, code] of [
    ['chest pain', { ...base, chestPain: true }, 'excludedStop'],
    ['dizziness', { ...base, dizziness: true }, 'excludedStop'],
    ['a warning sign', { ...base, warningSymptoms: true }, 'excludedStop'],
    ['an illness', { ...base, unwell: true }, 'excludedRest'],
  ] as const) {
    it(`after ${what}, offers nothing: every option is excluded with the reason`, () => {
      const ranked = rankAlternatives({ goals: ['strength'], assessment: assess(answers) });
      for (const r of ranked) {
        expect(r.excluded, r.id).to.equal(true);
        expect(r.why[0]!.code).to.equal(code);
        expect(r.why[0]!.text).to.equal(defaultContent.messages[code]);
      }
    });
  }

  it('shows the strongest reasons, always with the strongest one against when there is one', () => {
    const w = (code: string, effect: 1 | 0 | -1) => ({ code, text: code, effect }) as WhyItem;
    const table: [WhyItem[], string[]][] = [
      [[w('a', 1), w('b', 1), w('c', 1), w('d', 0), w('e', -1), w('f', -1)], ['a', 'b', 'e']],
      [[w('a', 1), w('b', 1), w('c', -1)], ['a', 'b', 'c']],
      [[w('a', 1), w('b', 0), w('c', 0), w('d', 0)], ['a', 'b', 'c']],
      [[w('a', -1), w('b', -1)], ['a', 'b']],
      [[], []],
    ];
    for (const [why, shown] of table) expect(topReasons(why).map((x) => x.code)).to.deep.equal(shown);
  });

  it('puts a score into words at fixed thresholds', () => {
    const table: [number, FitLevel][] = [[1, 'strong'], [0.75, 'strong'], [0.749, 'good'], [0.6, 'good'], [0.599, 'partial'], [0.45, 'partial'], [0.449, 'weak'], [0, 'weak']];
    for (const [score, level] of table) expect(fitLevel(score), String(score)).to.equal(level);
  });
});

describe('CTAs', () => {
  const ctas: Cta[] = [
    { id: 'shop-weights', label: 'Shop ankle weights', href: 'https://shop.example/w', verdicts: ['ready'] },
    { id: 'shop-vest', label: 'Shop weighted vests', href: 'https://shop.example/v', alternativeId: 'weighted-vest-walk' },
    { id: 'physio', label: 'Talk to a physio', href: 'https://clinic.example', kind: 'professional' },
  ];
  it('shows the shop link on ready only, and only the professional link on see-professional', () => {
    expect(visibleCtas(ctas, 'ready').map((c) => c.id)).to.deep.equal(['shop-weights', 'shop-vest', 'physio']);
    expect(visibleCtas(ctas, 'caution').map((c) => c.id)).to.deep.equal(['shop-vest', 'physio']);
    expect(visibleCtas(ctas, 'see-professional').map((c) => c.id)).to.deep.equal(['physio']);
    expect(visibleCtas(ctas, 'wait').map((c) => c.id)).to.deep.equal(['physio']);
  });
  it('attaches per-alternative CTAs after ranking', () => {
    const ranked = rankAlternatives();
    const attached = attachCtas(ranked, ctas, null);
    expect(attached.find((x) => x.alternative.id === 'weighted-vest-walk')!.ctas.map((c) => c.id)).to.deep.equal(['shop-vest']);
    expect(attached.map((x) => x.alternative)).to.deep.equal(ranked);
  });
});

describe('claims()', () => {
  it('marks nothing as applying without an assessment, and keeps pack order', () => {
    const views = claims();
    expect(views.every((v) => !v.relevantToYou && v.why.length === 0)).to.equal(true);
    expect(views.some((v) => v.kind === 'benefit') && views.some((v) => v.kind === 'risk')).to.equal(true);
  });

  it('marks the joint-stress risks for a reader with a past knee problem, and puts them first', () => {
    const views = claims({ assessment: assess({ ...base, jointProblem: 'past' }) });
    const relevant = views.filter((v) => v.relevantToYou);
    expect(relevant.length).to.be.greaterThan(0);
    expect(relevant.some((v) => v.kind === 'risk' && v.topic === 'joints')).to.equal(true);
    for (const v of relevant) expect(v.why[0]).to.be.a('string').and.not.empty;
    const firstOther = views.findIndex((v) => !v.relevantToYou);
    expect(views.slice(0, firstOther).every((v) => v.relevantToYou)).to.equal(true);
  });

  it('marks the bone risks for a reader with osteoporosis', () => {
    const views = claims({ assessment: assess({ ...base, boneHealth: true }) });
    expect(views.some((v) => v.relevantToYou && /fracture/i.test(v.title))).to.equal(true);
  });
});

describe('units', () => {
  const table: [number, number, number][] = [
    // value, step, floored
    [1.1, 0.25, 1],
    [0.75, 0.25, 0.75],
    [0.3 / 0.1 / 10, 0.1, 0.3],
    [2.4999, 0.5, 2],
    [2.5, 0.5, 2.5],
    [0.1, 0.25, 0],
  ];
  for (const [value, step, floored] of table) it(`floorToStep(${value}, ${step}) = ${floored}`, () => expect(floorToStep(value, step)).to.equal(floored));

  it('converts kg and lb exactly (1 lb = 0.45359237 kg)', () => {
    expect(lbToKg(1)).to.equal(0.45359237);
    expect(kgToLb(0.45359237)).to.equal(1);
    expect(toCuffStep(kgToLb(1.1), 'lb')).to.equal(2);
    expect(toCuffStep(1.1, 'kg')).to.equal(1);
  });

  it('picks imperial for en-US only', () => {
    expect(defaultUnits('en-US')).to.equal('imperial');
    expect(defaultUnits('en-us')).to.equal('imperial');
    for (const l of ['en', 'en-GB', 'es-MX', 'de', 'ar-EG']) expect(defaultUnits(l), l).to.equal('metric');
  });

  it('formats with Intl.NumberFormat unit style', () => {
    expect(formatWeight(0.5, 'kg', 'en')).to.equal('0.5 kg');
    expect(formatWeight(2.5, 'lb', 'en-US')).to.equal('2.5 lb');
    expect(formatWeight(2.5, 'kg', 'de')).to.equal('2,5 kg');
    expect(formatWeight(1, 'lb', 'en', 'long')).to.equal('1 pound');
    expect(formatMinutes(20, 'en')).to.equal('20 min');
    expect(formatWeight(1, 'kg', 'not a locale!')).to.equal('1 kg');
  });
});
