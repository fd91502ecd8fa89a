/**
 * The safety envelope beyond the verdict (DESIGN §3, invariants 10–15): what is offered, the
 * screening path, failing closed, the words, locked wording and numbers, and host links.
 * Properties over random answers, goals, constraints, packs and links, then the named readers of
 * issue 13.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  assess,
  attachCtas,
  defaultContent,
  EQUIPMENT,
  GOALS,
  isCommerce,
  offerOf,
  parseContent,
  rankAlternatives,
  safeParseContent,
  verdictText,
  visibleCtas,
  type Answers,
  type ContentPack,
  type Cta,
  type Verdict,
} from '../../src/core.js';
import {
  IMPACT_FLOOR,
  PROFESSIONAL_FIRST,
  SCREENING_FLAGS,
  isAnkleWeightOption,
  nextStepOf,
  readsAsYes,
  sectionOf,
  stepsOf,
  type Alternative,
} from '../../src/core/index.js';
import { arbAnswers, arbCta, arbPartialAnswers } from './arbitraries.js';
import { SAFE_ANSWERS } from './fixtures.js';

const RUNS = 400;
const check = (property: fc.IProperty<unknown[]>) => fc.assert(property, { numRuns: RUNS });
const clone = (): ContentPack => structuredClone(defaultContent) as ContentPack;
const en = defaultContent;
const STOP_FLAGS = ['chestPain', 'dizziness', 'warningSymptoms'] as const;
const arbGoals = fc.subarray([...GOALS]);
const arbConstraints = fc.record(
  { jointPain: fc.boolean(), equipment: fc.subarray([...EQUIPMENT]), minutes: fc.integer({ min: 5, max: 90 }) },
  { requiredKeys: [] },
);
const offered = (list: ReturnType<typeof rankAlternatives>) => list.filter((r) => !r.excluded);
const ending = (v: Verdict) => v === 'see-professional' || v === 'wait';

/** An option a pack adds: a copy of a built-in one under a new id, with any impact and equipment. */
const arbAddedOption: fc.Arbitrary<Alternative> = fc
  .record({
    from: fc.constantFrom(...en.alternatives),
    id: fc.constantFrom('gentle-intervals', 'sprint-lite', 'easy-hills', 'cuff-walk'),
    impact: fc.constantFrom('low' as const, 'moderate' as const, 'high' as const),
    equipment: fc.subarray([...EQUIPMENT], { minLength: 1 }),
    beginner: fc.boolean(),
  })
  .map(({ from, id, impact, equipment, beginner }) => ({ ...structuredClone(from), id, impact, equipment, beginner, avoidWhen: undefined }) as Alternative);

const packWith = (extra: readonly Alternative[]): ContentPack => {
  const pack = clone();
  pack.alternatives.push(...extra.map((a) => structuredClone(a)));
  return parseContent(pack);
};
// A handful of packs with added options, validated once (validation is the slow part).
const addedPacks: ContentPack[] = fc.sample(fc.uniqueArray(arbAddedOption, { minLength: 1, maxLength: 3, selector: (a) => a.id }), { numRuns: 12, seed: 13 }).map(packWith);

describe('invariant 10: what may be offered follows the verdict, for the quiz and the picker alike', () => {
  it('chest pain, dizziness, a warning sign or an illness: nothing is offered, each option with its reason', () =>
    check(
      fc.property(arbAnswers, arbGoals, arbConstraints, (answers, goals, constraints) => {
        const a = assess(answers);
        fc.pre(STOP_FLAGS.some((f) => a.answers[f] === true) || a.answers.unwell === true);
        expect(offerOf(a).level).to.equal('nothing');
        for (const r of rankAlternatives({ goals, constraints, assessment: a })) {
          expect(r.excluded, r.id).to.equal(true);
          expect(r.why[0]!.text).to.not.match(/\{\w+\}/);
          expect(['excludedStop', 'excludedRest']).to.include(r.why[0]!.code);
        }
      }),
    ));

  it('a result leads to the picker only while something may be offered; told to stop or rest, to the explainer at most', () =>
    check(
      fc.property(arbAnswers, fc.boolean(), fc.boolean(), (answers, picker, explainer) => {
        const offer = offerOf(assess(answers));
        const step = nextStepOf(offer, { picker, explainer });
        if (offer.level === 'nothing') expect(step, 'never the picker').to.equal(explainer ? 'explainer' : null);
        else expect(step).to.equal(picker ? 'picker' : explainer ? 'explainer' : null);
      }),
    ));

  it('any other see-professional or wait: low impact and no ankle weights only, offered once a professional agrees', () =>
    check(
      fc.property(arbAnswers, arbGoals, arbConstraints, fc.constantFrom(en, ...addedPacks), (answers, goals, constraints, content) => {
        const a = assess(answers, { content });
        fc.pre(ending(a.verdict));
        for (const r of offered(rankAlternatives({ goals, constraints, assessment: a }, { content }))) {
          expect(r.alternative.impact, r.id).to.equal('low');
          expect(isAnkleWeightOption(r.alternative), r.id).to.equal(false);
          expect(Object.keys(IMPACT_FLOOR), `${r.id}: an option a pack adds is never offered here`).to.include(r.id);
        }
        const offer = offerOf(a);
        if (offer.level === 'cleared-first') expect(['offerAfterDoctor', 'offerAfterMidwife', 'offerWhileSettling']).to.include(offer.note);
      }),
    ));

  it('bone health or falls: nothing high impact; under 18: nothing high impact and no ankle weights; added options count as high', () =>
    check(
      fc.property(arbAnswers, arbGoals, fc.constantFrom(en, ...addedPacks), (answers, goals, content) => {
        const a = assess(answers, { content });
        const isHigh = (alt: Alternative) => !(alt.id in IMPACT_FLOOR) || alt.impact === 'high';
        for (const r of offered(rankAlternatives({ goals, assessment: a }, { content }))) {
          if (a.answers.boneHealth || a.answers.falls) expect(isHigh(r.alternative), r.id).to.equal(false);
          if (a.answers.ageBand === 'under-18') {
            expect(isHigh(r.alternative), r.id).to.equal(false);
            expect(isAnkleWeightOption(r.alternative), r.id).to.equal(false);
          }
          // A reason that asks for a professional first: no walking with cuffs.
          if (a.reasons.some((x) => PROFESSIONAL_FIRST.has(x.id))) expect(r.id).to.not.equal('ankle-weight-walking');
        }
      }),
    ));

  it('the quiz (goals only) and the picker (goals and limits) never disagree: the picker offers nothing the quiz rules out', () =>
    check(
      fc.property(arbAnswers, arbGoals, arbConstraints, (answers, goals, constraints) => {
        const a = assess(answers);
        const quiz = new Set(offered(rankAlternatives({ goals, assessment: a })).map((r) => r.id));
        for (const r of offered(rankAlternatives({ goals, constraints, assessment: a }))) expect(quiz.has(r.id), r.id).to.equal(true);
      }),
    ));

  it('every excluded option carries a reason a reader can read', () =>
    check(
      fc.property(arbAnswers, arbGoals, arbConstraints, (answers, goals, constraints) => {
        for (const r of rankAlternatives({ goals, constraints, assessment: assess(answers) }).filter((x) => x.excluded)) {
          expect(r.why.length, r.id).to.be.greaterThan(0);
          for (const w of r.why) expect(w.text, r.id).to.match(/\S/).and.not.match(/\{\w+\}/);
        }
      }),
    ));
});

describe('invariant 11: the screening cannot be skipped', () => {
  it('every screening question is on the quiz path, whatever is prefilled', () =>
    check(
      fc.property(arbPartialAnswers, (prefill) => {
        const shown = stepsOf(en, prefill).flatMap((s) => s.questions.map((q) => q.id));
        for (const q of en.questions.filter((x) => sectionOf(x.id) === 'screening')) expect(shown, q.id).to.include(q.id);
        // Prefilled experience answers may skip their question; nothing else goes missing.
        for (const q of en.questions) if (!shown.includes(q.id)) expect(prefill, q.id).to.have.property(q.id);
      }),
    ));
});

describe('invariant 12: the screening fails closed', () => {
  const arbOdd = fc.oneof(fc.jsonValue(), fc.constantFrom('yes', 'Yes', ' TRUE ', 1, 'no', 'false', 0, '', 'maybe', null));
  it('a non-boolean screening answer counts as yes when it reads as one, and otherwise leaves the assessment incomplete', () =>
    check(
      fc.property(arbAnswers, fc.constantFrom(...SCREENING_FLAGS), arbOdd, (answers, flag, odd) => {
        fc.pre(odd !== undefined && typeof odd !== 'boolean');
        const a = assess({ ...answers, [flag]: odd });
        if (readsAsYes(odd)) {
          expect(a).to.deep.equal(assess({ ...answers, [flag]: true }));
        } else {
          expect(a.complete).to.equal(false);
          expect(a.missing).to.include(flag);
          expect(a.load).to.equal(null);
          expect(a.verdict).to.not.equal('ready');
          const words = verdictText(a);
          expect(`${words.title} ${words.summary}`).to.not.match(/no red flags/i);
        }
      }),
    ));
});

describe('invariant 13: the words agree with the reasons', () => {
  it('"no red flags" only when no reason fired; a cold is not a pregnancy; no plan where a professional comes first', () =>
    check(
      fc.property(arbAnswers, (answers) => {
        const a = assess(answers);
        const words = verdictText(a);
        const all = [words.title, words.summary, ...words.advice].join('\n');
        if (a.reasons.length > 0) expect(all).to.not.match(/no red flags/i);
        else expect(a.verdict).to.equal('ready');
        if (a.answers.pregnant !== true) expect(all).to.not.match(/midwife/i);
        if (a.verdict === 'wait' && a.answers.pregnant === true && !STOP_FLAGS.some((f) => a.answers[f])) expect(words.summary).to.match(/midwife/i);
        if (a.verdict === 'wait' && a.answers.unwell === true && a.answers.pregnant !== true) expect(words.summary).to.equal(en.outcomes.rest.summary);
        // Read from the answers, not from the implementation's list of such reasons.
        if (a.answers.boneHealth === true || a.answers.falls === true) expect(a.load, 'a professional first').to.equal(null);
        if (STOP_FLAGS.some((f) => a.answers[f] === true)) expect(words.advice).to.include(en.outcomes.stop.advice[0]);
        // Nothing left unfilled.
        expect(all).to.not.match(/\{\w+\}/);
      }),
    ));
});

/** Random edits a pack might make to its locked wording. */
const LOCKED_STRINGS: [string, (p: ContentPack) => { get: () => string; set: (v: string) => void }][] = [
  ['verdicts.see-professional.title', (p) => ({ get: () => p.verdicts['see-professional'].title, set: (v) => (p.verdicts['see-professional'].title = v) })],
  ['verdicts.wait.summary', (p) => ({ get: () => p.verdicts.wait.summary, set: (v) => (p.verdicts.wait.summary = v) })],
  ['outcomes.stop.summary', (p) => ({ get: () => p.outcomes.stop.summary, set: (v) => (p.outcomes.stop.summary = v) })],
  ['outcomes.pregnancy.advice[1]', (p) => ({ get: () => p.outcomes.pregnancy.advice[1]!, set: (v) => (p.outcomes.pregnancy.advice[1] = v) })],
  ['plans.running.stopSigns[2]', (p) => ({ get: () => p.plans.running.stopSigns[2]!, set: (v) => (p.plans.running.stopSigns[2] = v) })],
  ['plans.walking.stopSigns[3]', (p) => ({ get: () => p.plans.walking.stopSigns[3]!, set: (v) => (p.plans.walking.stopSigns[3] = v) })],
  [
    'questions[id=chestPain].advice.true',
    (p) => {
      const q = p.questions.find((x) => x.id === 'chestPain')!;
      return { get: () => q.advice!['true']!, set: (v) => (q.advice = { true: v }) };
    },
  ],
];
const arbReplacement = fc.oneof(fc.constantFrom('You are good to go!', 'Push through pain.', 'Keep going, it is fine.'), fc.string({ minLength: 1, maxLength: 40 }));

describe('invariant 14: safety wording is locked, and numbers come from the locked tables', () => {
  it('a pack that replaces a locked text is refused; one that adds after it is accepted', () =>
    fc.assert(
      fc.property(fc.constantFrom(...LOCKED_STRINGS), arbReplacement, fc.boolean(), ([, at], text, add) => {
        const pack = clone();
        const slot = at(pack);
        const original = slot.get();
        fc.pre(!text.startsWith(original));
        // (An addition with a number in it may be refused for that: invariant 14's other half.)
        fc.pre(!add || !/\d/.test(text));
        slot.set(add ? `${original} ${text}` : text);
        expect(safeParseContent(pack).success, add ? 'an addition is fine' : 'a replacement is refused').to.equal(add);
      }),
      { numRuns: 150 },
    ));

  it('a pack that drops or reorders a locked line is refused', () => {
    const dropped = clone();
    dropped.plans.walking.stopSigns.shift();
    expect(safeParseContent(dropped).success).to.equal(false);
    const reordered = clone();
    reordered.outcomes.stop.advice.reverse();
    expect(safeParseContent(reordered).success).to.equal(false);
    const added = clone();
    added.plans.walking.stopSigns.push('Feeling faint: sit down.');
    added.verdicts.wait.advice.push('Ask our coaches too.');
    expect(safeParseContent(added).success).to.equal(true);
  });

  const arbLiteral = fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('kg', 'lb', 'lbs', 'min', 'minutes', 'hours', 'weeks', 'sessions', 'days', 'times'))
    .map(([n, unit]) => `${n} ${unit}`);
  const PLACES: ((p: ContentPack, t: string) => string)[] = [
    (p, t) => ((p.plans.running.progression = `Add up to ${t} per ankle.`), 'plans.running.progression'),
    (p, t) => ((p.plans.walking.warmUp[1] = `Walk ${t} first.`), 'plans.walking.warmUp[1]'),
    (p, t) => ((p.plans.running.formCues[0] = `Run tall for ${t}.`), 'plans.running.formCues[0]'),
    (p, t) => (p.plans.running.stopSigns.push(`Up to ${t} is fine.`), `plans.running.stopSigns[${p.plans.running.stopSigns.length - 1}]`),
  ];
  const UI_PLACES: ((p: ContentPack, t: string) => string)[] = [
    (p, t) => ((p.ui['quiz.maxLoad'] = `Up to ${t}`), 'ui.quiz.maxLoad'),
    (p, t) => ((p.ui['prosCons.faq.heavy.a'] = `Light: ${t} is fine.`), 'ui.prosCons.faq.heavy.a'),
  ];
  const arbLoad = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('kg', 'lb', 'lbs', 'pounds', 'kilos')).map(([n, unit]) => `${n} ${unit}`);
  it('a literal load, session count or duration in a plan is refused, naming where', () =>
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), arbLiteral, (place, literal) => {
        const pack = clone();
        const path = place(pack, literal);
        const result = safeParseContent(pack);
        expect(result.success).to.equal(false);
        if (!result.success) expect(result.error.issues.map((i) => i.path)).to.include(path);
      }),
      { numRuns: 150 },
    ));

  it('a literal load in an interface template is refused, naming where', () =>
    fc.assert(
      fc.property(fc.constantFrom(...UI_PLACES), arbLoad, (place, literal) => {
        const pack = clone();
        const path = place(pack, literal);
        const result = safeParseContent(pack);
        expect(result.success).to.equal(false);
        if (!result.success) expect(result.error.issues.map((i) => i.path)).to.include(path);
      }),
      { numRuns: 100 },
    ));

  it('the placeholders fill from the locked tables', () => {
    const a = assess({ ...SAFE_ANSWERS, activity: 'walking' });
    expect(a.load!.progression.text).to.equal('Every 2 weeks, add 0.25 kg (0.5 lb) per ankle or 5–10 min, if pain-free. One change at a time.');
    const walk = rankAlternatives().find((r) => r.id === 'ankle-weight-walking')!.alternative;
    expect(walk.howTo.progression).to.equal('Every 2 weeks, add 0.25 kg (0.5 lb) per ankle or 5–10 min, if pain-free. Max 2.3 kg (5 lb) per ankle.');
    expect(walk.howTo.steps[0]).to.equal('Start at 0.5 kg (1 lb) per ankle.');
  });
});


describe('invariant 15: host links', () => {
  it('a verdict-level commerce link only on ready and caution; an alternative link only on a ranked card; commerce is sponsored', () =>
    check(
      fc.property(arbAnswers, arbGoals, fc.array(arbCta, { maxLength: 6 }), (answers, goals, ctas) => {
        const a = assess(answers);
        for (const cta of visibleCtas(ctas.filter((c) => c.alternativeId === undefined), a.verdict)) {
          if (isCommerce(cta)) expect(['ready', 'caution']).to.include(a.verdict);
        }
        for (const { alternative, ctas: links } of attachCtas(rankAlternatives({ goals, assessment: a }), ctas, a.verdict)) {
          if (alternative.excluded) expect(links, alternative.id).to.deep.equal([]);
          if (ending(a.verdict)) for (const l of links) expect(isCommerce(l)).to.equal(false);
        }
        for (const cta of ctas) expect(isCommerce(cta)).to.equal(cta.kind !== 'professional');
      }),
    ));
});

describe('the readers of issue 13', () => {
  const base: Answers = { ...SAFE_ANSWERS, goals: ['strength'] };

  it('chest pain with a strength goal: nothing offered, no ankle weights anywhere, told to stop and see a doctor', () => {
    const a = assess({ ...base, chestPain: true });
    expect(a.verdict).to.equal('see-professional');
    expect(offered(rankAlternatives({ goals: ['strength'], assessment: a }))).to.deep.equal([]);
    const words = verdictText(a);
    expect(words.summary).to.equal(en.outcomes.stop.summary);
    expect(words.advice.join(' ')).to.not.match(/alternatives|gentle/i);
  });

  for (const [who, answers] of [
    ['a fever', { unwell: true }],
    ['fainting', { dizziness: true }],
    ['breathlessness (a warning sign)', { warningSymptoms: true }],
  ] as const) {
    it(`${who}: hill walking, cycling and swimming are not offered`, () => {
      const ranked = rankAlternatives({ assessment: assess({ ...base, ...answers }) });
      for (const id of ['hill-walking', 'cycling', 'swimming']) expect(ranked.find((r) => r.id === id)!.excluded, id).to.equal(true);
    });
  }

  it('a fever is told to rest and retake; a pregnancy to talk to a midwife or doctor; a jump in distance to let it settle', () => {
    const cold = verdictText(assess({ ...base, unwell: true }));
    expect(cold.summary).to.equal(en.outcomes.rest.summary);
    expect([cold.summary, ...cold.advice].join(' ')).to.not.match(/midwife/i);
    const pregnant = verdictText(assess({ ...base, pregnant: true }));
    expect(pregnant.summary).to.equal(en.outcomes.pregnancy.summary);
    expect([pregnant.summary, ...pregnant.advice].join(' ')).to.not.match(/\bill\b|recovered/i);
    const spike = assess({ ...base, loadSpike: true });
    expect(spike.verdict).to.equal('wait');
    expect(verdictText(spike).summary).to.equal(en.outcomes.settle.summary);
    expect(offerOf(spike).note).to.equal('offerWhileSettling');
  });

  it("heartCondition: 'yes' is a yes, not a caution that says no red flags", () => {
    const a = assess({ ...SAFE_ANSWERS, heartCondition: 'yes' });
    expect(a.verdict).to.equal('see-professional');
    const maybe = assess({ ...SAFE_ANSWERS, heartCondition: 'maybe' });
    expect(maybe.complete).to.equal(false);
    expect(verdictText(maybe).summary).to.equal(en.outcomes.incomplete.summary);
  });

  it('a 68-year-old walker with osteoporosis: no plan, no "no red flags", no hill repeats or intervals', () => {
    const a = assess({ ...SAFE_ANSWERS, activity: 'walking', ageBand: '65-plus', boneHealth: true, runFrequency: 'none' });
    expect(a.verdict).to.equal('caution');
    expect(a.load).to.equal(null);
    const words = verdictText(a);
    expect(words.summary).to.equal(en.outcomes['check-first'].summary);
    expect([words.title, words.summary, ...words.advice].join(' ')).to.not.match(/no red flags/i);
    const ranked = rankAlternatives({ assessment: a });
    for (const id of ['hill-repeats', 'intervals', 'ankle-weight-walking']) expect(ranked.find((r) => r.id === id)!.excluded, id).to.equal(true);
  });

  it('a walker who fell: no plan; a runner who fell: not recommended', () => {
    const walker = assess({ ...SAFE_ANSWERS, activity: 'walking', falls: true });
    expect([walker.verdict, walker.load]).to.deep.equal(['caution', null]);
    expect(assess({ ...SAFE_ANSWERS, falls: true }).verdict).to.equal('not-recommended');
  });

  it('an under-18 reader is offered no hill repeats, intervals or ankle weights', () => {
    const ranked = rankAlternatives({ assessment: assess({ ...SAFE_ANSWERS, ageBand: 'under-18' }) });
    for (const id of ['hill-repeats', 'intervals', 'ankle-weight-walking', 'ankle-weight-exercises']) expect(ranked.find((r) => r.id === id)!.excluded, id).to.equal(true);
  });

  it('a pack cannot retitle see-professional, replace the stop signs or write "up to 5 kg (10 lb)"', () => {
    const retitled = clone();
    retitled.verdicts['see-professional'].title = 'You are good to go!';
    expect(safeParseContent(retitled).success).to.equal(false);
    const pushed = clone();
    pushed.plans.running.stopSigns = ['Push through pain'];
    expect(safeParseContent(pushed).success).to.equal(false);
    const heavy = clone();
    heavy.plans.walking.progression = 'Build up to 5 kg (10 lb) per ankle, every {span}.';
    expect(safeParseContent(heavy).success).to.equal(false);
    const template = clone();
    template.ui['quiz.maxLoad'] = 'Up to 5 kg (10 lb)';
    expect(safeParseContent(template).success).to.equal(false);
  });

  it('a copy of intervals marked low impact is never offered after see-professional, a joint problem or weak bones', () => {
    const pack = clone();
    pack.alternatives.unshift({ ...structuredClone(pack.alternatives.find((a) => a.id === 'intervals')!), id: 'easy-intervals', impact: 'low', beginner: true });
    const content = parseContent(pack);
    for (const answers of [{ ...base, chestPain: true }, { ...base, heartCondition: true }, { ...base, jointProblem: 'past' as const }, { ...base, boneHealth: true }]) {
      const ranked = rankAlternatives({ goals: ['speed'], assessment: assess(answers, { content }) }, { content });
      expect(ranked.find((r) => r.id === 'easy-intervals')!.excluded, JSON.stringify(answers)).to.equal(true);
    }
  });

  it('a shop link marked professional may show on see-professional (with the disclosure); a commerce link with no verdicts never on not-recommended', () => {
    const shop: Cta = { id: 'shop', label: 'Shop', href: 'https://shop.example', kind: 'professional' };
    expect(visibleCtas([shop], 'see-professional')).to.deep.equal([shop]);
    const plain: Cta = { id: 'buy', label: 'Buy', href: 'https://shop.example' };
    expect(visibleCtas([plain], 'not-recommended')).to.deep.equal([]);
    expect(visibleCtas([{ ...plain, verdicts: ['not-recommended'] }], 'not-recommended')).to.deep.equal([]);
    expect(visibleCtas([plain], 'ready')).to.deep.equal([plain]);
  });

  it('the screening asks the ACSM warning signs, falls and a jump in distance, and names feet, shins and tendons', () => {
    const ids = en.questions.map((q) => q.id);
    for (const id of ['warningSymptoms', 'falls', 'loadSpike']) {
      expect(ids).to.include(id);
      expect(sectionOf(id)).to.equal('screening');
      expect(en.questions.find((q) => q.id === id)!.advice?.['true']).to.be.a('string');
    }
    expect(en.questions.find((q) => q.id === 'jointProblem')!.text).to.match(/feet.*shins.*/i).and.match(/tendon/i);
    expect(en.questions.find((q) => q.id === 'boneHealth')!.text).to.match(/steroid/i);
  });

  it('a host that prefills every screening answer as "no" still has the reader see every screening question', () => {
    const prefill = Object.fromEntries(SCREENING_FLAGS.map((f) => [f, false])) as Answers;
    const shown = stepsOf(en, { ...prefill, jointProblem: 'none', activity: 'running' }).flatMap((s) => s.questions.map((q) => q.id));
    expect(shown).to.include.members([...SCREENING_FLAGS, 'jointProblem']);
    expect(shown).to.not.include('activity');
  });

  it('a pack in a language Loadwise does not ship keeps the English safety wording first', () => {
    const pt = clone();
    pt.locale = 'pt';
    pt.verdicts['see-professional'].title = 'You are good to go!';
    pt.outcomes.stop.summary = 'Push through it.';
    expect(safeParseContent(pt).success).to.equal(false);
    const added = clone();
    added.locale = 'pt';
    added.verdicts['see-professional'].title += ' / Consulte primeiro um profissional';
    expect(safeParseContent(added).success).to.equal(true);
  });

  it('"not recommended" and "possible, with extra care" keep their titles: no "good to go", no "no red flags"', () => {
    for (const verdict of ['not-recommended', 'caution'] as const) {
      const pack = clone();
      pack.verdicts[verdict].title = verdict === 'caution' ? 'No red flags found' : 'You are good to go!';
      expect(safeParseContent(pack).success, verdict).to.equal(false);
    }
  });

  it('a professional link keeps to its own verdicts, and no host link shows where nothing may be offered', () => {
    const physio: Cta = { id: 'gait', label: 'Book a gait session', href: 'https://gym.example', kind: 'professional', verdicts: ['ready'] };
    expect(visibleCtas([physio], 'see-professional')).to.deep.equal([]);
    const disguised: Cta = { id: 'deal', label: 'Buy ankle weights 20% off', href: 'https://shop.example', kind: 'professional' };
    const chest = assess({ ...base, chestPain: true });
    expect(visibleCtas([disguised], chest.verdict, offerOf(chest).level)).to.deep.equal([]);
    const heart = assess({ ...base, heartCondition: true });
    expect(visibleCtas([disguised], heart.verdict, offerOf(heart).level)).to.deep.equal([disguised]);
  });

  it('an added option is scored, labelled and sorted at the impact that decides safety (high)', () => {
    const pack = clone();
    pack.alternatives.unshift({ ...structuredClone(pack.alternatives.find((a) => a.id === 'intervals')!), id: 'easy-intervals', impact: 'low', beginner: true });
    const content = parseContent(pack);
    const walker = assess({ ...SAFE_ANSWERS, activity: 'walking', ageBand: '65-plus', runFrequency: 'none' }, { content });
    const added = rankAlternatives({ goals: ['speed'], assessment: walker }, { content }).find((r) => r.id === 'easy-intervals')!;
    expect(added.alternative.impact).to.equal('high');
    expect(added.why.map((w) => w.code)).to.not.include('impactLow');
    const open = rankAlternatives({ goals: ['speed'] }, { content }).find((r) => r.id === 'easy-intervals')!;
    expect(open.why.map((w) => w.code)).to.include('impactHigh');
    expect(open.score, 'no full score for a "gentle" copy').to.be.below(1);
  });

  it('a result with no plan never advises starting light', () => {
    const walker = verdictText(assess({ ...SAFE_ANSWERS, activity: 'walking', ageBand: '65-plus', boneHealth: true }));
    for (const line of en.verdicts.caution.advice) expect(walker.advice, line).to.not.include(line);
    const incomplete = verdictText(assess({ ...SAFE_ANSWERS, ageBand: undefined }));
    for (const line of en.verdicts.caution.advice) expect(incomplete.advice, line).to.not.include(line);
  });

  it('a health question left unanswered (or unreadable) keeps high impact out, like an unknown joint answer', () => {
    for (const answers of [{ ...SAFE_ANSWERS, warningSymptoms: undefined }, { ...SAFE_ANSWERS, falls: 'no' }]) {
      const ranked = rankAlternatives({ assessment: assess(answers) });
      for (const id of ['hill-repeats', 'intervals']) {
        const r = ranked.find((x) => x.id === id)!;
        expect(r.excluded, id).to.equal(true);
        expect(r.why.map((w) => w.code)).to.include('excludedUnanswered');
      }
    }
  });

  it('a literal load is refused however it is written, and wherever a reader is told what to do', () => {
    for (const text of ['5-kg cuffs', '5 Kilogramm', '5 kilogramos', '５ kg', '80 oz']) {
      const plan = clone();
      plan.plans.walking.formCues[0] = text;
      expect(safeParseContent(plan).success, text).to.equal(false);
    }
    const sessions = clone();
    sessions.plans.running.formCues[0] = 'Weights on 6x a week.';
    expect(safeParseContent(sessions).success).to.equal(false);
    const places: ((p: ContentPack) => void)[] = [
      (p) => (p.reasons['bone-health-walking'] = '5 kg per ankle is fine for you.'),
      (p) => p.verdicts.ready.advice.push('Go up to 5 kg (10 lb).'),
      (p) => (p.outcomes.settle.advice[0] = 'Hold your distance; 3 lb cuffs are fine.'),
      (p) => (p.questions.find((q) => q.id === 'ageBand')!.advice!['65-plus'] = 'Light cuffs, 2 kg at most.'),
    ];
    for (const edit of places) {
      const pack = clone();
      edit(pack);
      expect(safeParseContent(pack).success, String(edit)).to.equal(false);
    }
  });
});
