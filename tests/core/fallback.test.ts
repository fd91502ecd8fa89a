/**
 * Publisher translations: a pack in another language than English may leave texts out. Each
 * missing key is listed by path and filled from English, key by key; what is there is validated
 * as before, so a wrong type or a weakened safety rule still refuses the whole pack. A pack in
 * English stays all-or-nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import { assess, defaultContent, safeParseContent, type ContentPack } from '../../src/core.js';
import { withFallback } from '../../src/core/rules/fallback.js';
import { validateWithFallback } from '../../src/internal/validate.js';
import '../../src/define.js';
import '../../src/embed.js';
import '../fixtures/test-widget.js';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { SAFE_ANSWERS } from './fixtures.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test packs are edited freely

/** A Portuguese pack a publisher might send: a few texts translated, some left out. */
function partialPack(): Loose {
  const pack = structuredClone(defaultContent) as Loose;
  pack['locale'] = 'pt-BR';
  pack['verdicts'].ready.title = 'Nenhum sinal de alerta';
  delete pack['verdicts'].ready.summary;
  delete pack['plans'];
  delete pack['claims'][2].detail.numbers;
  delete pack['claims'][0].title;
  delete pack['questions'][1].help;
  delete pack['questions'][0].advice;
  pack['questions'].splice(4, 1); // a whole built-in question
  delete pack['ui'].sources;
  delete pack['reasons']['chest-pain'];
  delete pack['labels'].goals.speed;
  return pack;
}

describe('publisher translations: missing keys fall back to English', () => {
  it('lists each missing key by path and fills it from English; the rest stays translated', () => {
    const input = partialPack();
    const { pack, missing } = withFallback(input, defaultContent);
    const removedQuestion = defaultContent.questions[4]!;
    expect(missing).to.have.members([
      'questions[0].advice',
      'questions[1].help',
      `questions[id=${removedQuestion.id}]`,
      'reasons.chest-pain',
      'verdicts.ready.summary',
      'plans',
      'claims[0].title',
      'claims[2].detail.numbers',
      'labels.goals.speed',
      'ui.sources',
    ]);
    const result = safeParseContent(pack);
    if (!result.success) throw new Error(result.error.message);
    const out = result.data;
    expect(out.locale).to.equal('pt-BR');
    expect(out.verdicts.ready.title).to.equal('Nenhum sinal de alerta');
    expect(out.verdicts.ready.summary).to.equal(defaultContent.verdicts.ready.summary);
    expect(out.plans).to.deep.equal(defaultContent.plans);
    expect(out.claims[0]!.title).to.equal(defaultContent.claims[0]!.title);
    expect(out.claims[2]!.detail.numbers).to.equal(defaultContent.claims[2]!.detail.numbers);
    expect(out.questions.map((q) => q.id), 'the missing question back in its place').to.deep.equal(defaultContent.questions.map((q) => q.id));
    expect(out.reasons['chest-pain']).to.equal(defaultContent.reasons['chest-pain']);
    expect(out.ui['sources']).to.equal(defaultContent.ui['sources']);
    expect(input['plans'], 'the input is not changed').to.equal(undefined);
  });

  it('a pack with only interface strings is completed from English', () => {
    const { pack, missing } = withFallback({ locale: 'nl', ui: { yes: 'Ja', no: 'Nee' } }, defaultContent);
    expect(missing).to.include.members(['questions', 'claims', 'alternatives', 'verdicts', 'ui.disclaimer']);
    const result = safeParseContent(pack);
    expect(result.success).to.equal(true);
    if (result.success) expect(result.data.ui).to.deep.include({ yes: 'Ja', no: 'Nee', disclaimer: defaultContent.ui['disclaimer'] });
  });

  it('claims and alternatives a pack leaves out stay out (a pack may offer fewer)', () => {
    const input = structuredClone(defaultContent) as Loose;
    input['locale'] = 'it';
    input['claims'] = input['claims'].slice(0, 3);
    const { pack, missing } = withFallback(input, defaultContent);
    expect(missing).to.deep.equal([]);
    expect((pack as ContentPack).claims).to.have.length(3);
  });

  it('a wrong type, a bad rule or a weakened safety rule still refuses the whole pack', () => {
    const wrongType = partialPack();
    wrongType['claims'][1].certainty = 'certain';
    wrongType['verdicts'].wait.title = 42;
    const refused = validateWithFallback(wrongType, defaultContent);
    expect(refused.success).to.equal(false);
    if (!refused.success) {
      expect(refused.error.issues.map((i) => i.path)).to.include.members(['claims[1].certainty', 'verdicts.wait.title']);
    }

    const unsafe = partialPack();
    unsafe['rules'] = [{ id: 'chest-pain', verdict: 'ready', when: { eq: { id: 'chestPain', value: true } }, text: 'Tudo bem' }];
    const locked = validateWithFallback(unsafe, defaultContent);
    expect(locked.success, 'a locked rule cannot be replaced').to.equal(false);

    const lowImpact = partialPack();
    const hills = lowImpact['alternatives'].find((a: Loose) => a['impact'] === 'high');
    hills.impact = 'low';
    expect(validateWithFallback(lowImpact, defaultContent).success, 'a locked impact floor').to.equal(false);
  });

  it("canonicalises the pack's locale for Intl, and refuses one Intl does not know", () => {
    const lower = partialPack();
    lower['locale'] = 'pt-br';
    const ok = validateWithFallback(lower, defaultContent);
    expect(ok.success && ok.data.locale).to.equal('pt-BR');
    const bad = partialPack();
    bad['locale'] = 'pt-x1'; // the schema's pattern allows it; Intl does not
    const refused = validateWithFallback(bad, defaultContent);
    expect(refused.success).to.equal(false);
    if (!refused.success) expect(refused.error.issues.map((i) => i.path)).to.deep.equal(['locale']);
  });

  it('the safety outcome is the same with a completed pack', () => {
    const { pack } = withFallback(partialPack(), defaultContent);
    const result = safeParseContent(pack);
    if (!result.success) throw new Error(result.error.message);
    for (const answers of [SAFE_ANSWERS, { ...SAFE_ANSWERS, chestPain: true }, { ...SAFE_ANSWERS, pregnant: true }]) {
      const a = assess(answers, { content: result.data });
      const b = assess(answers);
      const numbers = (load: typeof a.load) => load && { ...load, progression: { ...load.progression, text: '' } };
      expect([a.verdict, numbers(a.load)]).to.deep.equal([b.verdict, numbers(b.load)]);
    }
  });

  it('a pack in English (en, en-GB) is complete or refused, as before', () => {
    for (const locale of ['en', 'en-GB', 'EN-us']) {
      const input = structuredClone(defaultContent) as Loose;
      input['locale'] = locale;
      delete input['verdicts'].ready.summary;
      const { pack, missing } = withFallback(input, defaultContent);
      expect(missing, locale).to.deep.equal([]);
      expect(pack).to.equal(input);
      expect(safeParseContent(pack).success, locale).to.equal(false);
    }
  });

  it('leaves anything that is not a pack object to validation', () => {
    for (const input of [null, 5, 'pack', [], { locale: 5 }]) expect(withFallback(input, defaultContent)).to.deep.equal({ pack: input, missing: [] });
    const hostile = new Proxy(
      { locale: 'pt' },
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(withFallback(hostile, defaultContent).missing).to.deep.equal([]);
  });
});

describe('publisher translations in a widget', () => {
  function spy(method: 'warn' | 'error') {
    const original = console[method];
    const calls: string[] = [];
    console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
    return { calls, restore: () => (console[method] = original) };
  }

  it('shows the translation with English per missing key, and lists the keys in a warning with debug', async () => {
    const warn = spy('warn');
    const error = spy('error');
    try {
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget debug group="fallback-1"></loadwise-test-widget>`);
      const pack = partialPack();
      el.content = pack;
      await until(() => el.shadowRoot!.querySelector('.title')?.textContent === 'Nenhum sinal de alerta', 'the translation');
      expect(el.shadowRoot!.querySelector('.claim')!.textContent, 'English for the missing claim title').to.equal(defaultContent.claims[0]!.title);
      expect(el.shadowRoot!.querySelector('.debug-notice')).to.equal(null);
      expect(error.calls).to.deep.equal([]);
      expect(warn.calls).to.have.length(1);
      expect(warn.calls[0]).to.include('<loadwise-test-widget>').and.include('claims[0].title').and.include('plans').and.include('ui.sources');
    } finally {
      warn.restore();
      error.restore();
    }
  });

  it('says nothing without debug', async () => {
    const warn = spy('warn');
    try {
      const el = await fixture<LoadwiseTestWidget>(html`<loadwise-test-widget group="fallback-2"></loadwise-test-widget>`);
      el.content = partialPack();
      await until(() => el.shadowRoot!.querySelector('.title')?.textContent === 'Nenhum sinal de alerta', 'the translation');
      expect(warn.calls).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });
});
