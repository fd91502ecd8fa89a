/**
 * Issue 14, in the core: nothing on the page can bend the rules (invariants 17 and 18). The
 * assessment is deeply frozen when it is made; answers, conditions and options are read as own
 * properties only, so values on `Object.prototype` change nothing; and `safeParseContent`,
 * `rankAlternatives`, `claims` and `assess` answer odd input with a result or a `ContentError`,
 * never a throw. A pack is held to limits whose error names the limit.
 */
import { expect } from '@open-wc/testing';
import {
  assess,
  claims,
  ContentError,
  defaultContent,
  rankAlternatives,
  safeParseContent,
  type Answers,
  type Assessment,
  type ContentPack,
} from '../../src/core.js';
import { PACK_LIMITS } from '../../src/core/index.js';
import { SAFE_ANSWERS } from './fixtures.js';

const clone = (): ContentPack => structuredClone(defaultContent);

/** Every object reachable from `value`, `value` included. */
function objectsIn(value: unknown, out: object[] = []): object[] {
  if (typeof value !== 'object' || value === null || out.includes(value)) return out;
  out.push(value);
  for (const key of Reflect.ownKeys(value)) objectsIn((value as Record<PropertyKey, unknown>)[key], out);
  return out;
}

/** Runs `body` with `Object.prototype[key] = value`, then removes it whatever happens. */
function withPrototype<T>(values: Record<string, unknown>, body: () => T): T {
  const proto = Object.prototype as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    Object.defineProperty(proto, key, { value, configurable: true, writable: true, enumerable: false });
  }
  try {
    return body();
  } finally {
    for (const key of Object.keys(values)) delete proto[key];
  }
}

/** A 45–64-year-old runner with bone problems and no running base (the issue's reader). */
const BONE_NOVICE: Answers = { ...SAFE_ANSWERS, ageBand: '45-64', boneHealth: true, runFrequency: 'none' };

/** What of an assessment shows on screen, to compare two of them. */
const shown = (a: Assessment) => JSON.stringify({ v: a.verdict, r: a.reasons.map((r) => r.id), l: a.load, m: a.missing, c: a.complete, a: a.answers });

describe('issue 14: the assessment is deeply frozen when it is made (invariant 17)', () => {
  for (const [name, answers] of [
    ['a ready runner with a body weight', { ...SAFE_ANSWERS, bodyWeightKg: 80, goals: ['strength'] }],
    ['a see-professional reader', { ...SAFE_ANSWERS, chestPain: true }],
    ['no answers at all', {}],
  ] as const) {
    it(`${name}: the assessment and every object in it are frozen`, () => {
      const a = assess(answers);
      for (const object of objectsIn(a)) expect(Object.isFrozen(object), JSON.stringify(object).slice(0, 80)).to.equal(true);
    });
  }

  it('a write to the plan throws (strict mode) and changes nothing', () => {
    const a = assess({ ...SAFE_ANSWERS, bodyWeightKg: 80 });
    const before = JSON.stringify(a);
    expect(() => {
      (a.load!.perAnkleKg as { max: number }).max = 4.5;
    }).to.throw(TypeError);
    expect(() => {
      (a.load!.sessionsPerWeek as { max: number }).max = 6;
    }).to.throw(TypeError);
    expect(() => (a.reasons as unknown[]).push({})).to.throw(TypeError);
    expect(JSON.stringify(a)).to.equal(before);
  });
});

describe('issue 14: values on Object.prototype are never answers, conditions or options (invariant 18)', () => {
  it('Object.prototype.eq does not turn off the rules: the bone-health novice gets the same verdict and no plan change', () => {
    const clean = assess(BONE_NOVICE);
    expect(clean.verdict).to.not.equal('ready');
    for (const eq of [{ id: 'activity', value: 'nothing' }, { id: 'chestPain', value: true }, 1]) {
      const polluted = withPrototype({ eq }, () => assess(BONE_NOVICE));
      expect(shown(polluted), `Object.prototype.eq = ${JSON.stringify(eq)}`).to.equal(shown(clean));
    }
  });

  it('Object.prototype.in, has, all, any and not change no verdict either', () => {
    for (const answers of [BONE_NOVICE, SAFE_ANSWERS, { ...SAFE_ANSWERS, pregnant: true }, { ...SAFE_ANSWERS, jointProblem: 'past' as const }]) {
      const clean = shown(assess(answers));
      for (const values of [{ in: { id: 'activity', values: ['x'] } }, { all: [] }, { any: [] }, { not: { all: [] } }, { has: { id: 'goals', value: 'speed' } }]) {
        expect(withPrototype(values, () => shown(assess(answers))), Object.keys(values)[0]).to.equal(clean);
      }
    }
  });

  it('Object.prototype.heartCondition = false (and friends) answers nothing: the reader is still asked', () => {
    const polluted = withPrototype(
      { heartCondition: false, chestPain: false, activity: 'walking', bodyWeightKg: 250, goals: ['speed'], custom: { x: true }, jointProblem: 'none' },
      () => assess({}),
    );
    const clean = assess({});
    expect(shown(polluted)).to.equal(shown(clean));
    expect(polluted.missing).to.include('heartCondition');
    expect(polluted.activity).to.equal('running');
  });

  it('Object.prototype.content is not a content option', () => {
    for (const options of [{}, undefined]) {
      const polluted = withPrototype({ content: 'not a pack' }, () => [assess(SAFE_ANSWERS, options), rankAlternatives({}, options), claims({}, options)] as const);
      expect(polluted[0].verdict).to.equal('ready');
      expect(polluted[1]).to.have.length(defaultContent.alternatives.length);
      expect(polluted[2]).to.have.length(defaultContent.claims.length);
    }
  });

  it('rankAlternatives and claims read no goal, constraint or answer from Object.prototype', () => {
    const a = assess({ ...SAFE_ANSWERS, jointProblem: 'past' });
    const clean = JSON.stringify([rankAlternatives({ assessment: a }), claims({ assessment: a })]);
    const polluted = withPrototype({ goals: ['speed'], constraints: { minutes: 5 }, jointPain: true, equipment: ['pool'], minutes: 5, assessment: assess({ ...SAFE_ANSWERS, chestPain: true }) }, () =>
      JSON.stringify([rankAlternatives({ assessment: a }), claims({ assessment: a })]),
    );
    expect(polluted).to.equal(clean);
  });
});

describe('issue 14: odd input gives a result or a ContentError, never a throw', () => {
  it('rankAlternatives({ assessment: {} }) and other half-made assessments rank, failing closed', () => {
    for (const assessment of [{}, { answers: 5 }, { verdict: 'bogus', answers: { goals: 5 } }, { verdict: 'ready', answers: null }, [], 'x', 42]) {
      const ranked = rankAlternatives({ assessment } as never);
      expect(ranked, JSON.stringify(assessment)).to.have.length(defaultContent.alternatives.length);
      // Not a readable verdict: nothing high impact is ranked (failing closed).
      for (const alt of ranked.filter((r) => r.alternative.impact === 'high')) expect(alt.excluded, `${JSON.stringify(assessment)}: ${alt.id}`).to.equal(true);
    }
  });

  it('claims() answers odd assessments too', () => {
    for (const assessment of [{}, { answers: 5 }, { answers: { goals: 5, custom: 3 } }, { answers: { activity: {} } }, 'x']) {
      expect(claims({ assessment } as never), JSON.stringify(assessment)).to.have.length(defaultContent.claims.length);
    }
  });

  it('getters that throw, and revoked proxies, anywhere in the input: no throw', () => {
    const throwing = Object.defineProperty({}, 'chestPain', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const odd of [throwing, proxy, { custom: throwing }, { goals: proxy }]) {
      const a = assess(odd);
      expect(a.load, 'no plan from input that cannot be read').to.equal(null);
      expect(rankAlternatives({ assessment: odd, goals: odd, constraints: odd } as never)).to.have.length(defaultContent.alternatives.length);
      expect(rankAlternatives(odd as never)).to.have.length(defaultContent.alternatives.length);
      expect(claims({ assessment: odd } as never)).to.have.length(defaultContent.claims.length);
      expect(claims(odd as never)).to.have.length(defaultContent.claims.length);
    }
  });

  it('safeParseContent: custom questions named toString, constructor, valueOf or hasOwnProperty are fine', () => {
    for (const id of ['toString', 'constructor', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']) {
      const pack = clone();
      pack.questions.splice(9, 0, { id, text: 'A custom question?', help: 'Help.', advice: { true: 'Ask first.' } });
      pack.rules.push({ id: 'custom-rule', verdict: 'see-professional', when: { eq: { id, value: true } }, text: 'Ask first.' });
      const result = safeParseContent(pack);
      expect(result.success, `${id}: ${result.success ? '' : result.error.message}`).to.equal(true);
      if (!result.success) continue;
      expect(assess({ ...SAFE_ANSWERS, custom: { [id]: true } }, { content: result.data }).verdict, id).to.equal('see-professional');
      expect(assess({ ...SAFE_ANSWERS }, { content: result.data }).verdict, id).to.equal('ready');
    }
  });

  it('safeParseContent: getters that throw, at the root or deep inside, give a ContentError', () => {
    const boom = {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    };
    const atRoot = Object.defineProperty(clone(), 'claims', boom);
    const inOptions = clone();
    Object.defineProperty(inOptions.questions.find((q) => q.id === 'activity')!.options!, 'walking', boom);
    const inUi = clone();
    Object.defineProperty(inUi.ui, 'title', boom);
    // Throws only on the second read: after the schema has passed it.
    let reads = 0;
    const late = clone();
    Object.defineProperty(late.reasons, 'chest-pain', {
      get() {
        if (++reads > 1) throw new Error('late');
        return 'Chest pain.';
      },
      enumerable: true,
    });
    const { proxy, revoke } = Proxy.revocable(clone(), {});
    revoke();
    for (const [name, input] of Object.entries({ atRoot, inOptions, inUi, late, proxy })) {
      let result: ReturnType<typeof safeParseContent> | undefined;
      expect(() => (result = safeParseContent(input)), name).to.not.throw();
      expect(result!.success, name).to.equal(false);
      if (!result!.success) expect(result!.error, name).to.be.instanceOf(ContentError);
    }
  });

  it('reviewed dates must be real calendar dates', () => {
    for (const date of ['2025-13-01', '2025-02-30', '2023-02-29', '2025-00-10', '2025-04-31']) {
      const pack = clone();
      pack.claims[0]!.reviewed = date;
      const result = safeParseContent(pack);
      expect(result.success, date).to.equal(false);
      if (!result.success) expect(result.error.issues.map((i) => `${i.path}: ${i.expected}`).join('\n'), date).to.contain('claims[0].reviewed').and.to.contain('real');
    }
    const leap = clone();
    leap.claims[0]!.reviewed = '2024-02-29';
    expect(safeParseContent(leap).success, '2024-02-29').to.equal(true);
  });
});

describe('issue 14: limits on a pack, and an error that names the limit', () => {
  function refused(pack: unknown, path: string | RegExp, words: RegExp) {
    const started = performance.now();
    let result: ReturnType<typeof safeParseContent> | undefined;
    expect(() => (result = safeParseContent(pack))).to.not.throw();
    expect(performance.now() - started, 'refused quickly').to.be.below(2000);
    expect(result!.success).to.equal(false);
    if (result!.success) return;
    const issue = result!.error.issues[0]!;
    if (typeof path === 'string') expect(issue.path).to.equal(path);
    else expect(issue.path).to.match(path);
    expect(issue.expected).to.match(words);
  }

  it(`a list of more than ${PACK_LIMITS.items} items (20,000 rules)`, () => {
    const pack = clone();
    pack.rules = Array.from({ length: 20000 }, (_, i) => ({ id: `r-${i}`, verdict: 'caution' as const, when: { eq: { id: 'boneHealth', value: true } }, text: 'x' }));
    refused(pack, 'rules', new RegExp(`at most ${PACK_LIMITS.items} items`));
  });

  it(`a text of more than ${PACK_LIMITS.text} characters`, () => {
    const pack = clone();
    pack.claims[2]!.title = 'x'.repeat(PACK_LIMITS.text + 1);
    refused(pack, 'claims[2].title', new RegExp(`at most ${PACK_LIMITS.text} characters`));
  });

  it(`a URL of more than ${PACK_LIMITS.url} characters (2 MB)`, () => {
    const pack = clone();
    pack.claims[0]!.sources[0] = { label: 'Long', year: 2020, url: `https://example.com/${'a'.repeat(2_000_000)}` };
    refused(pack, 'claims[0].sources[0].url', new RegExp(`at most ${PACK_LIMITS.url} characters`));
  });

  it(`a condition nested 2,000 deep: at most ${PACK_LIMITS.depth} levels`, () => {
    const pack = clone();
    let when: unknown = { eq: { id: 'boneHealth', value: true } };
    for (let i = 0; i < 2000; i++) when = { not: { not: when } };
    pack.rules.push({ id: 'deep', verdict: 'caution', when: when as never, text: 'x' });
    const result = safeParseContent(pack);
    expect(result.success).to.equal(false);
    if (!result.success) {
      expect(result.error.issues[0]!.path).to.match(/^rules\[0\]\.when(\.not)+$/);
      expect(result.error.issues[0]!.expected).to.contain(`at most ${PACK_LIMITS.depth} levels`);
    }
  });

  it('a cycle is refused by the nesting limit, not a stack overflow', () => {
    const pack = clone() as unknown as Record<string, unknown>;
    const loop: Record<string, unknown> = {};
    loop['not'] = loop;
    (pack['rules'] as unknown[]).push({ id: 'loop', verdict: 'caution', when: loop, text: 'x' });
    refused(pack, `rules[0].when${'.not'.repeat(PACK_LIMITS.depth - 3)}`, /levels of nesting/);
  });

  it(`a 5 MB pack: at most ${PACK_LIMITS.totalText} characters of text in all`, () => {
    const pack = clone();
    pack.claims = Array.from({ length: 150 }, (_, i) => ({ ...structuredClone(defaultContent.claims[0]!), id: `c-${i}`, summary: 'word '.repeat(700) }));
    refused(pack, /^claims\[\d+\]\.\w+$/, new RegExp(`at most ${PACK_LIMITS.totalText} characters`));
  });

  it('a sparse array of a billion items is refused without walking it', () => {
    const pack = clone();
    const sparse: unknown[] = [];
    sparse.length = 1_000_000_000;
    (pack as unknown as Record<string, unknown>)['claims'] = sparse;
    refused(pack, 'claims', new RegExp(`at most ${PACK_LIMITS.items} items`));
  });

  it('every shipped pack is well inside the limits', () => {
    expect(safeParseContent(clone()).success).to.equal(true);
  });
});
