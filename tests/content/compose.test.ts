/**
 * Word for word: every built-in pack, composed from the catalogue (src/core/catalogue) and its
 * language's messages (src/i18n), and every English interface string table, equal the ones
 * frozen in tests/fixtures/packs-before.json before the content moved there. Any difference
 * fails, with its path, unless ALLOWED lists it with its reason. Key order is not compared
 * (objects are compared by their keys); list order is.
 */
import { expect } from '@open-wc/testing';
import { BASE_STRINGS } from '../../src/internal/base.strings.js';
import { DEBUG_STRINGS } from '../../src/internal/debug.strings.js';
import { PACK_LANGUAGES } from '../../src/internal/locale.js';
import { QUIZ_STRINGS, SHARED_KEYS } from '../../src/elements/quiz/quiz.strings.js';
import { quizLater } from '../../src/i18n/en.quiz-later.js';
import { PROS_CONS_FAQ, PROS_CONS_STRINGS } from '../../src/elements/pros-cons/pros-cons.strings.js';
import { prosConsFaq } from '../../src/i18n/en.pros-cons.faq.js';
import { ALTERNATIVES_STRINGS, MINUTE_CHOICES } from '../../src/elements/alternatives/alternatives.strings.js';
import type { ContentPack } from '../../src/core.js';
import { quizNext } from '../../src/i18n/en.quiz-next.js';

/**
 * The intended differences, by path, each with its reason. Nothing else may differ.
 */
const ALLOWED: Readonly<Record<string, string>> = Object.fromEntries(
  ['es', 'de', 'fr', 'ar'].flatMap((lang) => [
    // Never read: the explainer reads `sources` and `reviewed` unprefixed from `ui` (ui.sources,
    // ui.reviewed, which every pack has), never as `prosCons.*`. In English they stay in
    // PROS_CONS_STRINGS as the defaults of those unprefixed texts.
    [`packs.${lang}.ui["prosCons.sources"]: removed`, 'unread key'],
    [`packs.${lang}.ui["prosCons.reviewed"]: removed`, 'unread key'],
    // Issue 16: the result's way to the picker or explainer, and its print summary (en.quiz-next.ts).
    ...Object.keys(quizNext).map((key) => [`packs.${lang}.ui["quiz.${key}"]: added`, 'new string (issue 16)']),
  ]),
);

/**
 * Issue 16, the quiz: its progress counts steps (screens), its total exact once known ("Step 2 of
 * 2", else "Step 1 of up to 9"); its intro lists what it asks; the verdict is no longer said in
 * the live region (the focused heading reads it, once).
 */
const QUIZ_PROGRESS: Readonly<Record<string, readonly [string, string]>> = {
  strings: ['Question {n} of about {total}', 'Step {n} of {total}'],
  es: ['Pregunta {n} de unas {total}', 'Paso {n} de {total}'],
  de: ['Frage {n} von etwa {total}', 'Schritt {n} von {total}'],
  fr: ['Question {n} sur environ {total}', 'Étape {n} sur {total}'],
  ar: ['السؤال {n} من نحو {total}', 'الخطوة {n} من {total}'],
};
Object.assign(
  ALLOWED,
  Object.fromEntries(
    Object.entries(QUIZ_PROGRESS).flatMap(([lang, [was, now]]) => {
      const at = (key: string) => (lang === 'strings' ? `strings.quiz.${key}` : `packs.${lang}.ui["quiz.${key}"]`);
      return [
        [`${at('progress')}: changed (${JSON.stringify(was)} → ${JSON.stringify(now)})`, 'issue 16: steps, not questions; no "about" once the total is known'],
        ...['progressUpTo', 'partHealth', 'partRunning', 'partGoals'].map((key) => [`${at(key)}: added`, 'issue 16: "of up to", and what the quiz asks']),
        [`${at('result')}: removed`, 'issue 16: the verdict is said once, by its focused heading'],
      ];
    }),
  ),
);

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const step = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/** Each difference between `now` and `before`, as `<path>: added | removed | changed`. */
function differences(now: Json, before: Json, path: string, out: string[] = []): string[] {
  if (Array.isArray(before) && Array.isArray(now)) {
    for (let i = 0; i < Math.max(now.length, before.length); i++) {
      const at = `${path}[${i}]`;
      if (i >= now.length) out.push(`${at}: removed`);
      else if (i >= before.length) out.push(`${at}: added`);
      else differences(now[i], before[i], at, out);
    }
  } else if (isRecord(before) && isRecord(now)) {
    for (const key of Object.keys(before)) {
      if (Object.hasOwn(now, key)) differences(now[key], before[key], path + step(key), out);
      else out.push(`${path}${step(key)}: removed`);
    }
    for (const key of Object.keys(now)) if (!Object.hasOwn(before, key)) out.push(`${path}${step(key)}: added`);
  } else if (!Object.is(now, before)) {
    out.push(`${path}: changed (${JSON.stringify(before)} → ${JSON.stringify(now)})`);
  }
  return out;
}

interface Before {
  packs: Record<string, ContentPack>;
  strings: Record<string, Json>;
}

let frozen: Before;
const seen = new Set<string>();

/**
 * Texts rewritten on purpose, by path: the picker's interface strings (issue 16: the fit in words,
 * drawbacks apart, announcements that say what changed, the chosen card's next step).
 */
const REWRITTEN = [/^packs\.\w+\.ui\["alternatives\./, /^strings\.alternatives[.[]/];

/** The differences at `path` that ALLOWED does not list; the listed ones are marked as seen. */
function unexpected(now: Json, was: Json, path: string): string[] {
  const all = differences(now, was, path).filter((d) => !REWRITTEN.some((r) => r.test(d)));
  for (const d of all) if (ALLOWED[d]) seen.add(d);
  return all.filter((d) => !ALLOWED[d]);
}

describe('the packs, composed, equal the packs before the catalogue', () => {
  before(async () => {
    frozen = (await (await fetch('/tests/fixtures/packs-before.json')).json()) as Before;
  });

  it('the comparison finds an added, a removed and a changed value, with their paths', () => {
    const was = { a: [1, { id: 'x', b: 'text' }], c: { 'd.e': 'f' } };
    const now = { a: [1, { id: 'x', b: 'other' }, 3], c: {}, g: true };
    expect(differences(now, was, 'p')).to.deep.equal(['p.a[1].b: changed ("text" → "other")', 'p.a[2]: added', 'p.c["d.e"]: removed', 'p.g: added']);
    expect(differences(structuredClone(was), was, 'p')).to.deep.equal([]);
  });

  for (const lang of ['en', ...PACK_LANGUAGES]) {
    it(`${lang}: word for word`, async () => {
      const url = `../../src/content/${lang}.js`; // a variable: the files are listed by PACK_LANGUAGES
      const pack = ((await import(url)) as { default: ContentPack }).default;
      expect(unexpected(pack, frozen.packs[lang], `packs.${lang}`), `${lang}: differences from tests/fixtures/packs-before.json`).to.deep.equal([]);
    });
  }

  it('the English interface strings: word for word', () => {
    const now: Record<string, Json> = {
      // The quiz's strings of its later screens load after its first screen (en.quiz-later.ts).
      quiz: { ...QUIZ_STRINGS, ...quizLater },
      sharedKeys: SHARED_KEYS,
      alternatives: ALTERNATIVES_STRINGS,
      minuteChoices: MINUTE_CHOICES,
      // The common questions' answers load after the first screen (en.pros-cons.faq.ts): the same strings.
      prosCons: { ...PROS_CONS_STRINGS, ...prosConsFaq },
      faq: PROS_CONS_FAQ,
      base: BASE_STRINGS,
      debug: DEBUG_STRINGS,
    };
    expect(Object.keys(now).sort()).to.deep.equal(Object.keys(frozen.strings).sort());
    expect(unexpected(now, frozen.strings, 'strings'), 'differences from tests/fixtures/packs-before.json').to.deep.equal([]);
  });

  it('every allowed difference still occurs (the allow-list holds nothing stale)', () => {
    expect([...seen].sort()).to.deep.equal(Object.keys(ALLOWED).sort());
  });
});
