/**
 * One unit symbol per language (issue 16): a load, a minute count or a weight limit is written with
 * the symbol the language's messages use (the quiz's `kg` and `lb`, the picker's "{minutes} min"),
 * never a second one from the locale's CLDR data (Arabic "كغم" beside "kg", German "Min." beside
 * "min"). Digits and separators stay the locale's.
 */
import { expect } from '@open-wc/testing';
import { assess, formatMinutes, formatWeight, type Answers } from '../../src/core.js';
import { planTextWith } from '../../src/core/index.js';
import { ar } from '../../src/i18n/ar.js';
import { de } from '../../src/i18n/de.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { quizLater } from '../../src/i18n/en.quiz-later.js';
import { alternatives } from '../../src/i18n/en.alternatives.js';
import { ar as arPack } from '../../src/content/ar.js';
import { SAFE_ANSWERS } from './fixtures.js';

const MESSAGES = { en: { quiz: quizLater, alternatives }, es: es.strings, de: de.strings, fr: fr.strings, ar: ar.strings };

describe('units: one symbol per language, from its messages', () => {
  const table: [string, string, string, string][] = [
    ['en', '2.5 kg', '5.5 lb', '20 min'],
    ['de', '2,5 kg', '5,5 lb', '20 min'],
    ['fr', '2,5\u00a0kg', '5,5\u00a0lb', '20\u00a0min'],
    ['es-MX', '2.5 kg', '5.5 lb', '20 min'],
    ['ar', '2.5 kg', '5.5 lb', '20 min'],
  ];
  for (const [locale, kg, lb, min] of table) {
    it(`${locale}: ${kg}, ${lb}, ${min}`, () => {
      expect(formatWeight(2.5, 'kg', locale).replace(/\s/g, ' ')).to.equal(kg.replace(/\s/g, ' '));
      expect(formatWeight(5.5, 'lb', locale).replace(/\s/g, ' ')).to.equal(lb.replace(/\s/g, ' '));
      expect(formatMinutes(20, locale).replace(/\s/g, ' ')).to.equal(min.replace(/\s/g, ' '));
    });
  }

  it('keeps the locale\u2019s digits: Egyptian Arabic digits with the Latin symbol its messages use', () => {
    expect(formatWeight(2.5, 'kg', 'ar-EG')).to.match(/^\u0662\u066b\u0665\s?kg$/);
  });

  it('leaves a long unit to the locale (it is a word, not a symbol)', () => {
    expect(formatWeight(1, 'lb', 'en', 'long')).to.equal('1 pound');
  });

  for (const [lang, strings] of Object.entries(MESSAGES)) {
    it(`${lang}: the symbols are the ones its messages write`, () => {
      expect(formatWeight(1, 'kg', lang)).to.include(strings.quiz.kg);
      expect(formatWeight(1, 'lb', lang)).to.include(strings.quiz.lb);
      expect(strings.alternatives.minutesOption.replace('{minutes}', '20').replace(/\s/g, ' ')).to.equal(formatMinutes(20, lang).replace(/\s/g, ' '));
    });
  }

  it('an Arabic plan never mixes "kg" with "كغ" (nor "lb" with "رطل", "min" with "د")', () => {
    const answers: Answers = { ...SAFE_ANSWERS, bodyWeightKg: 70 };
    const a = assess(answers, { content: arPack });
    expect(a.load).to.not.equal(null);
    const plan = planTextWith(arPack, a.activity, a.verdict);
    const text = [a.load!.progression.text, plan.progression, ...plan.warmUp, ...plan.formCues, ...plan.stopSigns, formatWeight(a.load!.perAnkleKg.max, 'kg', 'ar'), formatMinutes(a.load!.minutesPerSession.max, 'ar')].join('\n');
    expect(text).to.include('kg');
    expect(text).to.not.match(/كغ|رطل|\d\s?د(?![\p{L}])/u);
  });
});
