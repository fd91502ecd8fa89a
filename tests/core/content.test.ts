/**
 * The content pack: the default English pack validates item by item; bad packs give a
 * ContentError with paths; no pack can weaken the locked safety layer.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  ANSWER_IDS,
  assess,
  ContentError,
  defaultContent,
  parseContent,
  rankAlternatives,
  safeParseContent,
  type ContentPack,
} from '../../src/core.js';
import {
  alternativeSchema,
  claimSchema,
  LOCKED_REASON_IDS,
  questionSchema,
  sourceSchema,
} from '../../src/core/index.js';
import { assessWith } from '../../src/core/engine.js';
import { es } from '../../src/content/es.js';
import { de } from '../../src/content/de.js';
import { fr } from '../../src/content/fr.js';
import { ar } from '../../src/content/ar.js';
import { SAFE_ANSWERS } from './fixtures.js';

const clone = (): ContentPack => structuredClone(defaultContent);

function issuesOf(pack: unknown) {
  const result = safeParseContent(pack);
  expect(result.success, 'the pack is refused').to.equal(false);
  return result.success ? [] : result.error.issues;
}

describe('the default English pack', () => {
  it('validates as a whole', () => {
    const result = safeParseContent(defaultContent);
    if (!result.success) throw new Error(result.error.message);
  });

  it('validates item by item', () => {
    for (const q of defaultContent.questions) expect(z.safeParse(questionSchema, q).success, `question ${q.id}`).to.equal(true);
    for (const c of defaultContent.claims) {
      expect(z.safeParse(claimSchema, c).success, `claim ${c.id}`).to.equal(true);
      for (const s of c.sources) expect(z.safeParse(sourceSchema, s).success, `claim ${c.id} source`).to.equal(true);
    }
    for (const a of defaultContent.alternatives) expect(z.safeParse(alternativeSchema, a).success, `alternative ${a.id}`).to.equal(true);
  });

  it('asks every answer id, screening first, then experience, then goals', () => {
    expect(defaultContent.questions.map((q) => q.id)).to.deep.equal([...ANSWER_IDS]);
  });

  it('gives on-the-spot advice for every screening yes', () => {
    for (const q of defaultContent.questions.slice(0, 9)) {
      const key = q.id === 'jointProblem' ? 'current' : 'true';
      expect(q.advice?.[key], q.id).to.be.a('string').and.not.empty;
    }
  });

  it('has at least 6 benefits and 8 risks, each with certainty, dated sources and a review date', () => {
    const benefits = defaultContent.claims.filter((c) => c.kind === 'benefit');
    const risks = defaultContent.claims.filter((c) => c.kind === 'risk');
    expect(benefits.length).to.be.at.least(6);
    expect(risks.length).to.be.at.least(8);
    for (const c of defaultContent.claims) {
      expect(c.sources.length).to.be.at.least(1);
      for (const s of c.sources) expect(s.year).to.be.within(1950, 2026);
      expect(c.reviewed).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('covers the risks the seeds name', () => {
    const text = defaultContent.claims
      .filter((c) => c.kind === 'risk')
      .map((c) => `${c.title} ${c.summary}`.toLowerCase())
      .join(' | ');
    for (const topic of ['gait', 'knee', 'hip', 'back', 'patellofemoral', 'it band', 'stress fracture', 'imbalance', 'cartilage']) {
      expect(text, topic).to.include(topic);
    }
  });

  it('does not claim what the evidence does not show', () => {
    const byTitle = (needle: RegExp) => defaultContent.claims.filter((c) => needle.test(`${c.title} ${c.summary}`));
    for (const c of byTitle(/bone/i).filter((c) => c.kind === 'benefit')) expect(c.certainty).to.be.oneOf(['not-studied', 'very-low', 'low']);
    for (const c of byTitle(/cartilage|patellofemoral|it band|stress fracture/i)) expect(c.certainty).to.be.oneOf(['not-studied', 'very-low', 'low', 'expert-opinion', 'moderate']);
    const all = JSON.stringify(defaultContent).toLowerCase();
    expect(all).to.not.include('medically cleared');
    expect(all).to.not.include('1 to 5 pounds');
  });

  it('has at least 8 alternatives, including the ones the design names', () => {
    const ids = defaultContent.alternatives.map((a) => a.id);
    expect(ids.length).to.be.at.least(8);
    for (const id of ['weighted-vest-walk', 'hill-walking', 'hill-repeats', 'intervals', 'strength-training', 'ankle-weight-walking', 'ankle-weight-exercises', 'cycling', 'swimming']) {
      expect(ids).to.include(id);
    }
    for (const a of defaultContent.alternatives) {
      expect(a.howTo.steps.length, a.id).to.be.at.least(2);
      expect(a.met.value, a.id).to.be.within(2, 15);
    }
  });

  it('has a text and a plan for each verdict and activity', () => {
    for (const v of ['see-professional', 'wait', 'not-recommended', 'caution', 'ready'] as const) {
      expect(defaultContent.verdicts[v].title).to.not.be.empty;
      expect(defaultContent.verdicts[v].advice.length).to.be.at.least(1);
    }
    for (const a of ['running', 'walking'] as const) {
      const plan = defaultContent.plans[a];
      expect(plan.warmUp.length && plan.formCues.length && plan.stopSigns.length).to.be.greaterThan(0);
    }
    const cues = defaultContent.plans.running.formCues.join(' ').toLowerCase();
    expect(cues).to.include('overstrid');
  });
});

describe('ContentError', () => {
  it('lists each issue with its path, what was expected and what was received', () => {
    const pack = clone() as unknown as { claims: { certainty: unknown }[]; alternatives: { impact: unknown }[]; locale: unknown };
    pack.claims[2]!.certainty = 'certain';
    pack.alternatives[0]!.impact = 7;
    delete (pack as { locale?: unknown }).locale;
    const issues = issuesOf(pack);
    const find = (path: string) => issues.find((i) => i.path === path);
    expect(find('claims[2].certainty')).to.deep.include({ received: '"certain"' });
    expect(find('claims[2].certainty')!.expected).to.include('"moderate"');
    expect(find('alternatives[0].impact')).to.deep.include({ received: '7' });
    expect(find('locale')).to.deep.include({ expected: 'a string', received: 'nothing' });
  });

  it('is thrown by parseContent and by the core functions given a bad pack', () => {
    expect(() => parseContent({})).to.throw(ContentError);
    expect(() => assess({}, { content: {} as ContentPack })).to.throw(ContentError);
    expect(() => rankAlternatives({}, { content: { locale: 'en' } as ContentPack })).to.throw(ContentError);
  });

  it('names unknown keys instead of dropping them quietly', () => {
    const pack = { ...clone(), extra: true };
    expect(issuesOf(pack)).to.deep.include({ path: '', expected: 'no key "extra"', received: 'key "extra"' });
  });

  it('refuses source links that are not http(s)', () => {
    const pack = clone();
    pack.claims[0]!.sources[0]!.url = 'javascript:alert(1)';
    expect(issuesOf(pack)[0]!.path).to.equal('claims[0].sources[0].url');
  });
});

describe('a pack can add, but cannot weaken the locked safety layer', () => {
  it('adds a rule, a custom question and a claim', () => {
    const pack = clone();
    pack.questions.splice(9, 0, { id: 'recentSurgery', text: 'Have you had surgery in the last 6 months?', help: 'Any operation.', advice: { true: 'Ask your surgeon first.' } });
    pack.rules.push({ id: 'recent-surgery', verdict: 'see-professional', when: { eq: { id: 'recentSurgery', value: true } }, text: 'Recent surgery: ask your surgeon first.' });
    pack.claims.push({ ...structuredClone(pack.claims[0]!), id: 'host-claim', title: 'A host claim' });
    const content = parseContent(pack);
    const ok = assess({ ...SAFE_ANSWERS }, { content });
    expect(ok.verdict).to.equal('ready');
    const flagged = assess({ ...SAFE_ANSWERS, custom: { recentSurgery: true } }, { content });
    expect(flagged.verdict).to.equal('see-professional');
    expect(flagged.reasons[0]!.id).to.equal('recent-surgery');
  });

  it('cannot replace a locked rule', () => {
    const pack = clone();
    pack.rules.push({ id: 'chest-pain', verdict: 'ready', when: { eq: { id: 'chestPain', value: true } }, text: 'Fine.' });
    expect(issuesOf(pack).map((i) => i.path)).to.include('rules[0].id');
  });

  it('cannot soften a verdict: a "caution" rule on chest pain changes nothing, and a "ready" rule is refused', () => {
    const pack = clone();
    pack.rules.push({ id: 'all-good', verdict: 'caution', when: { eq: { id: 'chestPain', value: true } }, text: 'You are fine.' });
    const content = parseContent(pack);
    expect(assess({ ...SAFE_ANSWERS, chestPain: true }, { content }).verdict).to.equal('see-professional');
    const ready = clone();
    ready.rules.push({ id: 'all-good', verdict: 'ready', when: { eq: { id: 'chestPain', value: true } }, text: 'You are fine.' });
    expect(issuesOf(ready).map((i) => i.path)).to.include('rules[0].verdict');
  });

  it('cannot add a rule that fires on a safer answer (invariant 6)', () => {
    const pack = clone();
    pack.rules.push({ id: 'young-caution', verdict: 'caution', when: { eq: { id: 'ageBand', value: '18-44' } }, text: 'x' });
    pack.rules.push({ id: 'not-pregnant', verdict: 'wait', when: { not: { eq: { id: 'pregnant', value: true } } }, text: 'x' });
    pack.rules.push({ id: 'by-goal', verdict: 'caution', when: { has: { id: 'goals', value: 'speed' } }, text: 'x' });
    const paths = issuesOf(pack).map((i) => i.path);
    expect(paths).to.include.members(['rules[0].when.eq', 'rules[1].when.not.eq', 'rules[2].when.has']);
  });

  it('cannot test an unknown answer or value', () => {
    const pack = clone();
    pack.rules.push({ id: 'typo', verdict: 'caution', when: { in: { id: 'jointProblems', values: ['past'] } }, text: 'x' });
    pack.rules.push({ id: 'bad-value', verdict: 'caution', when: { eq: { id: 'jointProblem', value: 'sore' } }, text: 'x' });
    expect(issuesOf(pack).map((i) => i.path)).to.include.members(['rules[0].when.in.id', 'rules[1].when.eq.value']);
  });

  it('cannot relabel hill repeats or intervals as low impact (invariant 8)', () => {
    const pack = clone();
    for (const alt of pack.alternatives) if (alt.id === 'hill-repeats' || alt.id === 'intervals') alt.impact = 'low';
    const issues = issuesOf(pack);
    expect(issues.filter((i) => i.path.endsWith('.impact')).length).to.equal(2);
  });

  it('cannot drop the text of a locked rule, or a question the quiz needs', () => {
    const pack = clone();
    delete (pack.reasons as Record<string, string>)['chest-pain'];
    pack.questions = pack.questions.filter((q) => q.id !== 'pregnant');
    const paths = issuesOf(pack).map((i) => i.path);
    expect(paths).to.include.members(['reasons.chest-pain', 'questions']);
  });

  it('cannot put the goals before the screening questions', () => {
    const pack = clone();
    pack.questions.unshift(pack.questions.pop()!);
    expect(issuesOf(pack).some((i) => i.path.startsWith('questions['))).to.equal(true);
  });

  it('every locked rule has a text in the default pack', () => {
    for (const id of LOCKED_REASON_IDS) expect(defaultContent.reasons[id], id).to.be.a('string').and.not.empty;
  });
});

describe('every shipped pack states the locked plan numbers', () => {
  const packs: Record<string, ContentPack> = { en: defaultContent, es, de, fr, ar };
  const readers: Record<string, Partial<typeof SAFE_ANSWERS>> = {
    'ready running': {},
    'caution running': { ageBand: '45-64' },
    'ready walking': { activity: 'walking' },
  };
  for (const [locale, pack] of Object.entries(packs)) {
    it(`${locale}: validates, and each plan's progression text gives the plan's own pace`, () => {
      const parsed = safeParseContent(pack);
      expect(parsed.success, parsed.success ? 'valid' : parsed.error.message).to.equal(true);
      for (const [name, change] of Object.entries(readers)) {
        const load = assessWith(pack, { ...SAFE_ANSWERS, ...change }).load!;
        const span = new Intl.NumberFormat(locale, { style: 'unit', unit: 'week', unitDisplay: 'long' }).format(load.progression.everyWeeks);
        expect(load.progression.text, `${name}`).to.include(span).and.not.match(/\{\w+\}/);
      }
    });
  }
});
