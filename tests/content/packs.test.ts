/**
 * The built-in language packs (src/content/<lang>.ts, one per PACK_LANGUAGES entry): each
 * validates, has exactly the keys of the English pack, keeps every non-text field (ids,
 * conditions, numbers, certainty, sources) as English has it, and keeps each text's `{name}`
 * placeholders. `ui` counts as en.ui's keys plus every element string file's keys with its
 * prefix; plural variants (`<key>#<category>`) follow the pack language's CLDR categories.
 *
 * Table-driven: a language added to PACK_LANGUAGES (src/internal/locale.ts) is tested here too.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/content/en.js';
import { assess, safeParseContent, type ContentPack } from '../../src/core.js';
import { BASE_STRINGS } from '../../src/internal/base.strings.js';
import { DEBUG_STRINGS } from '../../src/internal/debug.strings.js';
import { PACK_LANGUAGES } from '../../src/internal/locale.js';
import { QUIZ_STRINGS } from '../../src/elements/quiz/quiz.strings.js';
import { PROS_CONS_STRINGS } from '../../src/elements/pros-cons/pros-cons.strings.js';
import { ALTERNATIVES_STRINGS } from '../../src/elements/alternatives/alternatives.strings.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';

/** The interface string tables, by the prefix their keys take in a pack's `ui`. */
const STRING_TABLES: Record<string, Readonly<Record<string, string>>> = {
  base: { ...BASE_STRINGS, ...DEBUG_STRINGS },
  quiz: QUIZ_STRINGS,
  prosCons: PROS_CONS_STRINGS,
  alternatives: ALTERNATIVES_STRINGS,
};

/** Every `ui` key a complete pack has: en.ui's, and each element's with its prefix. */
const UI_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(en.ui),
  ...Object.entries(STRING_TABLES).flatMap(([prefix, table]) => Object.keys(table).map((key) => `${prefix}.${key}`)),
]);

/** English text for a `ui` key. */
function englishUi(key: string): string | undefined {
  if (en.ui[key] !== undefined) return en.ui[key];
  const dot = key.indexOf('.');
  return STRING_TABLES[key.slice(0, dot)]?.[key.slice(dot + 1)];
}

/** Keys whose value is data, not text: they must equal English wherever they occur. */
const DATA_KEYS = new Set(['id', 'kind', 'topic', 'certainty', 'evidenceType', 'verdict', 'impact', 'reviewed', 'sources', 'source', 'when', 'equipment', 'minutes', 'met', 'beginner']);

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: Json) => (isRecord(v) && typeof v['id'] === 'string' ? v['id'] : undefined);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

interface Comparison {
  missing: string[];
  extra: string[];
  /** Data that differs from English. */
  changed: string[];
  /** Texts whose placeholders differ from English. */
  placeholders: string[];
  empty: string[];
}

/** Whether the value at `path` is data: a DATA_KEYS key anywhere but in `labels` (which are texts). */
const isData = (path: string) => !path.startsWith('labels') && DATA_KEYS.has(path.replace(/.*[.\]]/, ''));

/** Walks the pack beside English. Items of id lists pair by id, other lists by index; `ui` is left to compareUi. */
function compare(pack: Json, english: Json, path: string, out: Comparison): void {
  if (isData(path)) {
    if (JSON.stringify(pack) !== JSON.stringify(english)) out.changed.push(path);
    return;
  }
  if (isRecord(english)) {
    if (!isRecord(pack)) return void out.changed.push(`${path} (not an object)`);
    for (const key of Object.keys(english)) {
      const at = path ? `${path}.${key}` : key;
      if (at === 'ui' || at === 'locale') continue;
      if (!(key in pack)) out.missing.push(at);
      else compare(pack[key], english[key], at, out);
    }
    for (const key of Object.keys(pack)) if (!(key in english)) out.extra.push(path ? `${path}.${key}` : key);
    return;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(pack)) return void out.changed.push(`${path} (not a list)`);
    const byId = english.length > 0 && english.every((item) => idOf(item) !== undefined);
    if (byId) {
      const ids = pack.map(idOf);
      english.forEach((item) => {
        const at = `${path}[${idOf(item)}]`;
        const i = ids.indexOf(idOf(item));
        if (i < 0) out.missing.push(at);
        else compare(pack[i], item, at, out);
      });
      for (const id of ids) if (!english.some((item) => idOf(item) === id)) out.extra.push(`${path}[${String(id)}]`);
      if (JSON.stringify(ids) !== JSON.stringify(english.map(idOf))) out.changed.push(`${path} (order)`);
      return;
    }
    english.forEach((item, i) => (i < pack.length ? compare(pack[i], item, `${path}[${i}]`, out) : out.missing.push(`${path}[${i}]`)));
    for (let i = english.length; i < pack.length; i++) out.extra.push(`${path}[${i}]`);
    return;
  }
  if (typeof english === 'string') {
    if (typeof pack !== 'string') return void out.changed.push(`${path} (not text)`);
    if (pack.trim() === '') out.empty.push(path);
    if (JSON.stringify(placeholders(pack)) !== JSON.stringify(placeholders(english))) out.placeholders.push(`${path}: ${placeholders(pack)} ≠ ${placeholders(english)}`);
    return;
  }
  if (JSON.stringify(pack) !== JSON.stringify(english)) out.changed.push(path);
}

/** `ui`: exactly UI_KEYS; plural variants of keys with `{count}` in the pack language's categories, English's required. */
function compareUi(lang: string, ui: Record<string, string>, out: Comparison): void {
  const categories: string[] = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c !== 'other');
  for (const key of UI_KEYS) {
    const category = key.split('#')[1];
    if (ui[key] !== undefined) continue;
    // An English variant the language has no category for (e.g. #one in a language without it) is not needed.
    if (category && !categories.includes(category)) continue;
    out.missing.push(`ui.${key}`);
  }
  for (const [key, text] of Object.entries(ui)) {
    const [base, category] = key.split('#') as [string, string | undefined];
    const english = englishUi(base);
    if (!UI_KEYS.has(key) && !(category && UI_KEYS.has(base) && categories.includes(category) && english?.includes('{count}'))) {
      out.extra.push(`ui.${key}`);
      continue;
    }
    if (text.trim() === '') out.empty.push(`ui.${key}`);
    if (english === undefined) continue;
    const own = placeholders(text);
    const expected = placeholders(englishUi(key) ?? english);
    // A variant may leave out {count} ("one issue"), never add a name English does not have.
    const ok = category ? own.every((name) => placeholders(english).includes(name)) : JSON.stringify(own) === JSON.stringify(expected);
    if (!ok) out.placeholders.push(`ui.${key}: ${own} ≠ ${expected}`);
  }
}

async function loadPack(lang: string): Promise<ContentPack> {
  const url = `../../src/content/${lang}.js`; // a variable: the files are listed by PACK_LANGUAGES, not imported by name
  const module = (await import(url)) as { default: ContentPack; [name: string]: unknown };
  expect(module[lang], `src/content/${lang}.ts exports const ${lang}`).to.equal(module.default);
  return module.default;
}

describe('built-in language packs', () => {
  it('the English interface strings have the keys the packs are checked against', () => {
    expect(UI_KEYS.size).to.be.above(150);
    expect(UI_KEYS.has('base.debugRefused#one')).to.equal(true);
    expect(UI_KEYS.has('quiz.title')).to.equal(true);
    expect(UI_KEYS.has('alternatives.heading')).to.equal(true);
  });

  for (const lang of PACK_LANGUAGES) {
    describe(lang, () => {
      it('validates, with its own locale', async () => {
        const pack = await loadPack(lang);
        const result = safeParseContent(pack);
        if (!result.success) throw new Error(result.error.message);
        expect(pack.locale).to.equal(lang);
      });

      it('has exactly the keys of the English pack, the same data and the same placeholders', async () => {
        const pack = await loadPack(lang);
        const out: Comparison = { missing: [], extra: [], changed: [], placeholders: [], empty: [] };
        compare(pack, en, '', out);
        compareUi(lang, pack.ui, out);
        expect(out.missing, `${lang}: keys missing`).to.deep.equal([]);
        expect(out.extra, `${lang}: keys English does not have`).to.deep.equal([]);
        expect(out.changed, `${lang}: data that differs from English (ids, conditions, numbers, certainty, sources)`).to.deep.equal([]);
        expect(out.placeholders, `${lang}: {placeholders} that differ from English`).to.deep.equal([]);
        expect(out.empty, `${lang}: empty texts`).to.deep.equal([]);
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

describe('the pack comparison itself', () => {
  it('finds a missing key, an extra key, changed data and a lost placeholder', () => {
    const pack = structuredClone(en) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely
    delete pack['verdicts'].ready.summary;
    pack['verdicts'].ready.extra = 'x';
    pack['claims'][0].certainty = 'high';
    pack['claims'][1].sources[0].year = 1999;
    pack['messages'].goalStrong = 'Well supported';
    pack['alternatives'][0].minutes.max = 99;
    const out: Comparison = { missing: [], extra: [], changed: [], placeholders: [], empty: [] };
    compare(pack, en, '', out);
    expect(out.missing).to.deep.equal(['verdicts.ready.summary']);
    expect(out.extra).to.deep.equal(['verdicts.ready.extra']);
    expect(out.changed).to.include.members([`claims[${en.claims[1]!.id}].sources`, `alternatives[${en.alternatives[0]!.id}].minutes`]);
    if (en.claims[0]!.certainty !== 'high') expect(out.changed).to.include(`claims[${en.claims[0]!.id}].certainty`);
    expect(out.placeholders).to.have.length(1);

    const ui: Record<string, string> = {};
    for (const key of UI_KEYS) ui[key] = englishUi(key)!;
    delete ui['quiz.title'];
    ui['quiz.titel'] = 'Typo';
    ui['base.debugRefused#two'] = 'two {count}';
    ui['quiz.start#one'] = 'no count in English';
    const uiOut: Comparison = { missing: [], extra: [], changed: [], placeholders: [], empty: [] };
    compareUi('ar', ui, uiOut);
    expect(uiOut.missing).to.deep.equal(['ui.quiz.title']);
    expect(uiOut.extra).to.deep.equal(['ui.quiz.titel', 'ui.quiz.start#one']);
  });
});
