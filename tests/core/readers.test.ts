/**
 * Named readers, table-driven: what the core tells each of them.
 */
import { expect } from '@open-wc/testing';
import { assess, rankAlternatives, type Answers, type Verdict } from '../../src/core.js';
import { SAFE_ANSWERS } from './fixtures.js';

/** Each reader below changes what matters from the safe answers. */
const base: Answers = { ...SAFE_ANSWERS, goals: ['endurance'] };

interface Reader {
  name: string;
  answers: Answers;
  verdict: Verdict;
  /** Rule ids that must be among the reasons. */
  reasons?: string[];
  /** Expected load (per ankle), or null for no plan. */
  load?: { startKg: number; maxKg: number; startLb: number; maxLb: number; sessions: [number, number]; minutes: number } | null;
  /** At least one of these alternatives is expected among the top three. */
  suggests?: string[];
}

const readers: Reader[] = [
  {
    name: 'experienced runner, injury-free, has run with weights before',
    answers: base,
    verdict: 'ready',
    load: { startKg: 0.5, maxKg: 1, startLb: 1, maxLb: 2.5, sessions: [1, 2], minutes: 20 },
  },
  {
    name: 'experienced runner, 55 kg: both cuffs capped at 3 % of body weight',
    answers: { ...base, bodyWeightKg: 55 },
    verdict: 'ready',
    load: { startKg: 0.5, maxKg: 0.75, startLb: 1, maxLb: 1.5, sessions: [1, 2], minutes: 20 },
  },
  {
    name: 'experienced runner, 90 kg: the 1.1 kg ceiling holds',
    answers: { ...base, bodyWeightKg: 90 },
    verdict: 'ready',
    load: { startKg: 0.5, maxKg: 1, startLb: 1, maxLb: 2.5, sessions: [1, 2], minutes: 20 },
  },
  {
    name: 'regular runner, 50, new to weights',
    answers: { ...base, ageBand: '45-64', weightedBefore: 'never' },
    verdict: 'caution',
    reasons: ['age-45-running', 'new-to-weights-running'],
    load: { startKg: 0.5, maxKg: 0.75, startLb: 1, maxLb: 1.5, sessions: [1, 2], minutes: 10 },
  },
  {
    name: 'regular runner, 30, new to weights',
    answers: { ...base, weightedBefore: 'never' },
    verdict: 'caution',
    reasons: ['new-to-weights-running'],
  },
  {
    name: 'regular runner with a healed knee injury',
    answers: { ...base, jointProblem: 'past' },
    verdict: 'caution',
    reasons: ['joint-past'],
  },
  {
    name: 'non-runner who wants to run with weights',
    answers: { ...base, runFrequency: 'none', weightedBefore: 'never' },
    verdict: 'not-recommended',
    reasons: ['no-running-base'],
    load: null,
    // "walking suggested": a walking option comes near the top.
    suggests: ['hill-walking', 'walk-jog', 'ankle-weight-walking', 'weighted-vest-walk'],
  },
  {
    name: 'occasional runner',
    answers: { ...base, runFrequency: 'occasional' },
    verdict: 'not-recommended',
    reasons: ['no-running-base'],
    load: null,
  },
  {
    name: 'non-runner who wants to walk with weights',
    answers: { ...base, activity: 'walking', runFrequency: 'none', weightedBefore: 'never' },
    verdict: 'ready',
    load: { startKg: 0.5, maxKg: 2.25, startLb: 1, maxLb: 5, sessions: [2, 3], minutes: 30 },
  },
  {
    name: 'knee pain now',
    answers: { ...base, jointProblem: 'current' },
    verdict: 'see-professional',
    reasons: ['joint-current'],
    load: null,
  },
  {
    name: 'knee pain now, nothing else answered',
    answers: { activity: 'running', jointProblem: 'current' },
    verdict: 'see-professional',
    load: null,
  },
  {
    name: 'pregnant',
    answers: { ...base, pregnant: true },
    verdict: 'wait',
    reasons: ['pregnant'],
    load: null,
  },
  {
    name: 'has a cold this week',
    answers: { ...base, unwell: true },
    verdict: 'wait',
    reasons: ['unwell'],
    load: null,
  },
  {
    name: 'pregnant with chest pain: the more severe rule wins',
    answers: { ...base, pregnant: true, chestPain: true },
    verdict: 'see-professional',
    reasons: ['chest-pain', 'pregnant'],
    load: null,
  },
  { name: 'told of a heart condition', answers: { ...base, heartCondition: true }, verdict: 'see-professional', load: null },
  { name: 'dizzy spells in the last year', answers: { ...base, dizziness: true }, verdict: 'see-professional', load: null },
  { name: 'takes medication for a chronic condition', answers: { ...base, chronicCondition: true }, verdict: 'see-professional', load: null },
  { name: 'advised supervised activity only', answers: { ...base, supervisedOnly: true }, verdict: 'see-professional', load: null },
  {
    name: 'runner with osteoporosis',
    answers: { ...base, boneHealth: true },
    verdict: 'not-recommended',
    reasons: ['bone-health-running'],
    load: null,
  },
  {
    name: 'walker with a past stress fracture',
    answers: { ...base, activity: 'walking', boneHealth: true },
    verdict: 'caution',
    reasons: ['bone-health-walking'],
    // A professional first (invariant 13): no plan until then.
    load: null,
  },
  {
    name: '16-year-old runner',
    answers: { ...base, ageBand: 'under-18' },
    verdict: 'not-recommended',
    reasons: ['under-18'],
    load: null,
  },
  {
    name: 'runner aged 70',
    answers: { ...base, ageBand: '65-plus' },
    verdict: 'not-recommended',
    reasons: ['age-65-running'],
    load: null,
  },
  {
    name: 'walker aged 70',
    answers: { ...base, activity: 'walking', ageBand: '65-plus' },
    verdict: 'caution',
    reasons: ['age-65-walking'],
  },
  {
    name: 'runner who had problems with weights before',
    answers: { ...base, weightedBefore: 'with-issues' },
    verdict: 'not-recommended',
    reasons: ['weighted-issues-running'],
    load: null,
  },
  {
    name: 'walker who had problems with weights before',
    answers: { ...base, activity: 'walking', weightedBefore: 'with-issues' },
    verdict: 'caution',
    reasons: ['weighted-issues-walking'],
  },
  {
    name: 'experienced runner who skipped the age question',
    answers: { ...base, ageBand: undefined },
    verdict: 'caution',
    reasons: ['incomplete'],
    load: null,
  },
  {
    name: 'reader who has answered nothing yet',
    answers: {},
    verdict: 'caution',
    reasons: ['incomplete'],
    load: null,
  },
];

describe('assess(): named readers', () => {
  it('has at least 20 readers', () => {
    expect(readers.length).to.be.at.least(20);
  });

  for (const reader of readers) {
    it(`${reader.name} → ${reader.verdict}`, () => {
      const result = assess(reader.answers);
      expect(result.verdict).to.equal(reader.verdict);
      const ids = result.reasons.map((r) => r.id);
      for (const id of reader.reasons ?? []) expect(ids).to.include(id);
      if (reader.verdict !== 'ready') expect(result.reasons[0]!.verdict).to.equal(reader.verdict);
      for (const reason of result.reasons) expect(reason.text).to.be.a('string').and.not.equal(reason.id);
      if (reader.load === null) expect(result.load).to.equal(null);
      if (reader.load) {
        const load = result.load!;
        expect(load, 'a plan').to.not.equal(null);
        expect(load.perAnkleKg).to.deep.equal({ start: reader.load.startKg, max: reader.load.maxKg });
        expect(load.perAnkleLb).to.deep.equal({ start: reader.load.startLb, max: reader.load.maxLb });
        expect([load.sessionsPerWeek.start, load.sessionsPerWeek.max]).to.deep.equal(reader.load.sessions);
        expect(load.minutesPerSession.max).to.equal(reader.load.minutes);
        expect(load.progression.text).to.be.a('string').and.not.empty;
        // The words state the locked pace of progression, never a faster one of their own.
        expect(load.progression.text, 'progression text').to.match(new RegExp(`every ${load.progression.everyWeeks} weeks`, 'i')).and.not.include('{');
      }
      if (reader.suggests) {
        const top = rankAlternatives({ assessment: result }).slice(0, 3).map((a) => a.id);
        expect(top.some((id) => reader.suggests!.includes(id)), `top three: ${top.join(', ')}`).to.equal(true);
      }
    });
  }
});

describe('assess(): the result shape', () => {
  it('returns complete, missing and the validated answers', () => {
    const result = assess({ ...base, ageBand: 'teen', goals: ['speed', 'speed', 'flying'] });
    expect(result.complete).to.equal(false);
    expect(result.missing).to.deep.equal(['ageBand', 'goals']);
    expect(result.answers.ageBand).to.equal(undefined);
    expect(result.answers.goals).to.equal(undefined);
    expect(result.answers.activity).to.equal('running');
  });

  it('dedupes goals and ignores unknown keys', () => {
    const result = assess({ ...base, goals: ['speed', 'speed'], favouriteColour: 'red' });
    expect(result.answers.goals).to.deep.equal(['speed']);
    expect(result.answers).to.not.have.property('favouriteColour');
    expect(result.complete).to.equal(true);
  });

  it('assesses an unknown activity as running, the stricter case', () => {
    const result = assess({ ...base, activity: undefined, runFrequency: 'none' });
    expect(result.activity).to.equal('running');
    expect(result.verdict).to.equal('not-recommended');
    expect(result.missing).to.deep.equal(['activity']);
  });

  it('estimates extra calories only where body weight is known, from 0 (self-paced)', () => {
    expect(assess(base).load!.extraKcal).to.equal(null);
    const kcal = assess({ ...base, bodyWeightKg: 70 }).load!.extraKcal!;
    // 8 METs × 70 kg × 20 min = 186.7 kcal; × 0.06–0.08 per kg × 1 kg on both ankles.
    expect(kcal).to.deep.equal({ low: 0, typical: 11, high: 15 });
  });

  it('treats a body weight out of range as unanswered', () => {
    const result = assess({ ...base, bodyWeightKg: 20 });
    expect(result.answers.bodyWeightKg).to.equal(undefined);
    expect(result.missing).to.deep.equal(['bodyWeightKg']);
    expect(result.load).to.equal(null);
  });

  it('lists the reasons most severe first, whatever the rule order', () => {
    const result = assess({ ...base, unwell: true, jointProblem: 'past', heartCondition: true, ageBand: undefined });
    expect(result.reasons.map((r) => r.verdict)).to.deep.equal(['see-professional', 'wait', 'caution', 'caution']);
  });
});
