/**
 * The built-in language packs (src/content/<lang>.ts, one per PACK_LANGUAGES entry). Their data
 * cannot differ from English's: a pack is the one catalogue (src/core/catalogue) plus its
 * language's messages (src/i18n/<lang>.ts), which are typed `satisfies Messages`, so a missing,
 * extra or misspelt key, or a list of another length, does not compile. What typing cannot say
 * is checked here: each pack validates; each text keeps English's `{name}` placeholders and is not
 * empty; plural variants (`<key>#<category>`) are in the language's CLDR categories; and the
 * safety outcome does not depend on the language.
 *
 * Table-driven: a language added to PACK_LANGUAGES (src/internal/locale.ts) is tested here too.
 */
import { expect } from '@open-wc/testing';
import { assess, safeParseContent, type ContentPack } from '../../src/core.js';
import { PACK_LANGUAGES } from '../../src/internal/locale.js';
import { alternatives } from '../../src/i18n/en.alternatives.js';
import { alternativesLater } from '../../src/i18n/en.alternatives-later.js';
import { claimDetails } from '../../src/i18n/en.claim-details.js';
import { claims } from '../../src/i18n/en.claims.js';
import { debug } from '../../src/i18n/en.debug.js';
import { base, en } from '../../src/i18n/en.js';
import { prosCons } from '../../src/i18n/en.pros-cons.js';
import { prosConsFaq } from '../../src/i18n/en.pros-cons.faq.js';
import { quiz } from '../../src/i18n/en.quiz.js';
import { quizLater } from '../../src/i18n/en.quiz-later.js';
import { quizNext } from '../../src/i18n/en.quiz-next.js';
import type { Messages } from '../../src/i18n/messages.js';
import { ar } from '../../src/i18n/ar.js';
import { de } from '../../src/i18n/de.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';

/** The English messages, in one piece. */
const english = { ...en, claims, claimDetails, strings: { quiz: { ...quiz, ...quizLater, ...quizNext }, alternatives: { ...alternatives, ...alternativesLater }, prosCons: { ...prosCons, ...prosConsFaq }, base: { ...base, ...debug } } } satisfies Messages;

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

interface Findings {
  placeholders: string[];
  empty: string[];
  plurals: string[];
}

/** Walks a language's messages beside English's: texts by path; plural variants against their plain key. */
function check(lang: string, own: Json, english: Json, path: string, out: Findings): void {
  if (typeof english === 'string') {
    const text = own as string;
    if (text.trim() === '') out.empty.push(path);
    const key = path.split('.').pop()!;
    const ok = key.includes('#') ? placeholders(text).every((n) => placeholders(english).includes(n)) : String(placeholders(text)) === String(placeholders(english));
    if (!ok) out.placeholders.push(`${path}: ${placeholders(text)} ≠ ${placeholders(english)}`);
    return;
  }
  if (!isRecord(english) || !isRecord(own)) return;
  // A variant is checked against its plain key: it may leave out a `{count}` ("one issue").
  for (const key of Object.keys(english)) check(lang, own[key], key.includes('#') ? english[key.split('#')[0]!] : english[key], `${path}.${key}`, out);
  if (!path.startsWith('.strings.')) return;
  // Variants the language adds: a category it has, of a key English has with a {count}.
  const categories: readonly string[] = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const key of Object.keys(own)) {
    if (Object.hasOwn(english, key)) continue;
    const [plain, category] = key.split('#') as [string, string | undefined];
    const text = english[plain];
    if (!category || !categories.includes(category) || typeof text !== 'string' || !text.includes('{count}')) out.plurals.push(`${path}.${key}`);
    else check(lang, own[key], text, `${path}.${key}`, out);
  }
}

/** Each language's messages; the first test checks that these are the PACK_LANGUAGES. */
const MESSAGES: Readonly<Record<string, Messages>> = { es, de, fr, ar };

async function loadPack(lang: string): Promise<ContentPack> {
  const url = `../../src/content/${lang}.js`;
  const module = (await import(url)) as { default: ContentPack; [name: string]: unknown };
  expect(module[lang], `src/content/${lang}.ts exports const ${lang}`).to.equal(module.default);
  return module.default;
}

describe('built-in language packs', () => {
  it('has the messages of every language with a pack', () => {
    expect(Object.keys(MESSAGES).sort()).to.deep.equal([...PACK_LANGUAGES].sort());
  });

  for (const lang of PACK_LANGUAGES) {
    describe(lang, () => {
      it('validates, with its own locale', async () => {
        const pack = await loadPack(lang);
        const result = safeParseContent(pack);
        if (!result.success) throw new Error(result.error.message);
        expect(pack.locale).to.equal(lang);
      });

      it("keeps English's placeholders, has no empty text, and plural variants only in its own categories", async () => {
        const out: Findings = { placeholders: [], empty: [], plurals: [] };
        check(lang, MESSAGES[lang], english, '', out);
        expect(out.placeholders, `${lang}: {placeholders} that differ from English`).to.deep.equal([]);
        expect(out.empty, `${lang}: empty texts`).to.deep.equal([]);
        expect(out.plurals, `${lang}: plural variants English has no {count} for, or of a category the language lacks`).to.deep.equal([]);
      });

      it('gives the same outcome as English: the safety layer does not depend on the language', async () => {
        const pack = await loadPack(lang);
        for (const answers of [SAFE_ANSWERS, { ...SAFE_ANSWERS, chestPain: true }, { ...SAFE_ANSWERS, pregnant: true }, { ...SAFE_ANSWERS, jointProblem: 'past' as const }]) {
          const a = assess(answers, { content: pack });
          const b = assess(answers);
          expect(a.verdict).to.equal(b.verdict);
          expect(a.reasons.map((r) => r.id)).to.deep.equal(b.reasons.map((r) => r.id));
          expect(a.load && { ...a.load, progression: a.load.progression.everyWeeks }).to.deep.equal(b.load && { ...b.load, progression: b.load.progression.everyWeeks });
        }
      });
    });
  }
});

describe('the messages check itself', () => {
  it('finds a lost placeholder, an empty text and a plural variant out of place', () => {
    const own = structuredClone(english) as unknown as { plans: { running: { progression: string } }; reasons: Record<string, string>; strings: { base: Record<string, string> } };
    own.plans.running.progression = 'Add weight slowly.';
    own.reasons['unwell'] = ' ';
    own.strings.base['debugRefused#two'] = 'two';
    own.strings.base['forget#one'] = 'no count in English';
    const out: Findings = { placeholders: [], empty: [], plurals: [] };
    check('de', own, english, '', out);
    expect(out.placeholders).to.have.length(1);
    expect(out.placeholders[0]).to.match(/^\.plans\.running\.progression/);
    expect(out.empty).to.deep.equal(['.reasons.unwell']);
    expect(out.plurals).to.deep.equal(['.strings.base.debugRefused#two', '.strings.base.forget#one']);
  });
});
