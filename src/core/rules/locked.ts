/**
 * Invariant 14: safety wording is locked. A pack in a built-in language may add to, but not
 * replace, the titles, summaries and advice of `see-professional` and `wait`, every outcome's
 * words, the on-the-spot advice for a screening "yes", and the stop signs: each locked text must
 * stay at the start of its place (a list keeps its locked lines first, in order), and anything a
 * pack adds comes after it. And no load, session count or duration is written as a literal in a
 * plan or an interface template: those come from the locked tables through placeholders.
 *
 * The built-in wording is held here as the length of each locked text and one hash over all of
 * them per language (locked.data.ts, made by `node scripts/locked-wording.js`), not as the texts:
 * the core carries no other language's pack.
 */
import { SCREENING_FLAGS } from '../schema/answers.js';
import type { ContentPack } from '../schema/content.js';
import type { ContentIssue } from '../errors.js';
import { LOCKED_WORDING } from './locked.data.js';
import { ENDING_VERDICTS, OUTCOMES } from './safety.js';

/** One locked place of a pack: a text, or a list of texts. */
export interface LockedSlot {
  path: (string | number)[];
  value: string | readonly string[] | undefined;
}

/** The locked places of a pack, in a fixed order. */
export function lockedSlots(pack: ContentPack): LockedSlot[] {
  const slots: LockedSlot[] = [];
  for (const verdict of ENDING_VERDICTS) {
    const v = pack.verdicts[verdict];
    slots.push({ path: ['verdicts', verdict, 'title'], value: v.title }, { path: ['verdicts', verdict, 'summary'], value: v.summary }, { path: ['verdicts', verdict, 'advice'], value: v.advice });
  }
  // The other verdicts' titles too: "not recommended" must not read "good to go", nor a caution "no red flags".
  for (const verdict of ['not-recommended', 'caution'] as const) slots.push({ path: ['verdicts', verdict, 'title'], value: pack.verdicts[verdict].title });
  for (const outcome of OUTCOMES) {
    const o = pack.outcomes[outcome];
    slots.push({ path: ['outcomes', outcome, 'summary'], value: o.summary }, { path: ['outcomes', outcome, 'advice'], value: o.advice });
  }
  const flags: readonly string[] = SCREENING_FLAGS;
  pack.questions.forEach((q, i) => {
    if (flags.includes(q.id)) slots.push({ path: ['questions', i, 'advice', 'true'], value: q.advice?.['true'] });
    if (q.id === 'jointProblem') slots.push({ path: ['questions', i, 'advice', 'current'], value: q.advice?.['current'] });
  });
  // Questions are found by id, so their order in a pack does not matter: sort them by id.
  const questions = slots.filter((s) => s.path[0] === 'questions');
  const idOf = (s: LockedSlot) => `${pack.questions[s.path[1] as number]!.id}.${String(s.path[3])}`;
  questions.sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
  slots.splice(slots.length - questions.length, questions.length, ...questions);
  for (const activity of ['running', 'walking'] as const) slots.push({ path: ['plans', activity, 'stopSigns'], value: pack.plans[activity].stopSigns });
  return slots;
}

/** FNV-1a, 32 bits, in base 36: a fingerprint of the locked texts, not a security hash. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The lengths of a pack's locked texts, and their fingerprint: what locked.data.ts holds per language. */
export function lockedWordingOf(pack: ContentPack): [string, string] {
  const lengths: number[] = [];
  const texts: string[] = [];
  for (const { value } of lockedSlots(pack)) {
    const lines = typeof value === 'string' ? [value] : (value ?? []);
    if (typeof value !== 'string') lengths.push(lines.length);
    for (const line of lines) {
      lengths.push(line.length);
      texts.push(line);
    }
  }
  return [fingerprint(texts.join('\u0000')), lengths.join(',')];
}

/**
 * The built-in language whose locked wording a pack keeps: its own when Loadwise ships it, else
 * English (a pack in another language keeps the English safety texts first and adds its own
 * after them: nothing else can prove that its words still say the same).
 */
function builtInLanguage(locale: string): string {
  const language = locale.split('-')[0]!.toLowerCase();
  return Object.prototype.hasOwnProperty.call(LOCKED_WORDING, language) ? language : 'en';
}

/**
 * The issues of a pack that replaces locked wording of its built-in language: each place whose
 * locked text is cut short by name, else one issue for the set. A language Loadwise does not ship
 * keeps the English wording.
 */
export function checkLockedWording(pack: ContentPack): ContentIssue[] {
  const language = builtInLanguage(pack.locale);
  const [hash, lengthList] = LOCKED_WORDING[language]!;
  const lengths = lengthList.split(',').map(Number);
  const issues: ContentIssue[] = [];
  const prefixes: string[] = [];
  let at = 0;
  const path = (p: (string | number)[]) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
  const expected = `the built-in ${language} safety wording kept at the start (locked: a pack may add after it, not replace it)`;
  for (const slot of lockedSlots(pack)) {
    if (typeof slot.value === 'string' || slot.value === undefined) {
      const n = lengths[at++] ?? 0;
      const text = slot.value ?? '';
      if (text.length < n) issues.push({ path: path(slot.path), expected, received: JSON.stringify(text.slice(0, 60)) });
      prefixes.push(text.slice(0, n));
    } else {
      const count = lengths[at++] ?? 0;
      if (slot.value.length < count) issues.push({ path: path(slot.path), expected: `${expected}: the ${count} locked lines first`, received: `${slot.value.length} lines` });
      for (let i = 0; i < count; i++) {
        const n = lengths[at++] ?? 0;
        const line = slot.value[i] ?? '';
        if (line.length < n && slot.value.length >= count) issues.push({ path: `${path(slot.path)}[${i}]`, expected, received: JSON.stringify(line.slice(0, 60)) });
        prefixes.push(line.slice(0, n));
      }
    }
  }
  if (issues.length === 0 && fingerprint(prefixes.join('\u0000')) !== hash) {
    issues.push({
      path: 'verdicts, outcomes, questions[*].advice, plans.*.stopSigns',
      expected: `${expected}; a locked text was changed`,
      received: 'different wording',
    });
  }
  return issues;
}

// A number (also in Arabic-Indic or full-width digits), optionally a range, then a unit: "5 kg",
// "2.5 lb", "5-kg", "2–3 days", "20 min", "24 hours", "2 weeks", "3 sessions", "6x".
const NUMBER = String.raw`[\d٠-٩０-９]+(?:[.,٫][\d٠-٩０-９]+)?\s*(?:(?:[–—-]|to|a|bis|à|إلى)\s*[\d٠-٩０-９]+(?:[.,٫][\d٠-٩０-９]+)?\s*)?\+?\s*`;
const LOAD_UNITS = String.raw`(?:kg|kgs|kilos?|kilo(?:gram(?:me)?s?|gramm(?:e|s)?|gramos?)|lbs?|pounds?|libras?|pfund|livres?|oz|ounces?|onzas?|unzen?|onces?)(?![\p{L}])|كغ|كيلو|رطل`;
const OTHER_UNITS = String.raw`(?:mins?|minutes?|minutos?|minuten|h|hrs?|hours?|horas?|stunden?|std|heures?|weeks?|semanas?|wochen?|semaines?|days?|días?|dias?|tagen?|tage|jours?|sessions?|sesi(?:ón|on|ones)|einheiten?|séances?|seances?|times|veces|mal|fois|x|×)(?![\p{L}])|دقيق|دقائق|ساع|أسبوع|اسبوع|أسابيع|يوم|أيام|جلس|حصص|حصة|مرات|مرة`;

/** A load, a session count or a duration written as a number, in the five built-in languages. */
const LITERAL = new RegExp(`${NUMBER}(?:-?\\s*(?:${LOAD_UNITS})|${OTHER_UNITS})`, 'iu');

/** A load written as a number: "5 kg", "2.5 lb", "10 lbs", "5-kg", "80 oz", "3 كغ". */
const LITERAL_LOAD = new RegExp(`${NUMBER}-?\\s*(?:${LOAD_UNITS})`, 'iu');

/**
 * The issues of a pack that writes a locked number as a literal: in a plan, any load, session
 * count or duration; in an interface template, any load (its other numbers may be facts from
 * studies, such as a 30-minute walk in a calorie estimate).
 */
export function checkLiteralNumbers(pack: ContentPack): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const expected = 'no literal load, session count or duration: use a placeholder such as {step}, {span}, {warmUp}, {painHours} or {addMinutes}';
  const look = (path: string, text: string) => {
    const match = LITERAL.exec(text);
    if (match) issues.push({ path, expected, received: JSON.stringify(match[0]) });
  };
  for (const activity of ['running', 'walking'] as const) {
    const plan = pack.plans[activity];
    look(`plans.${activity}.progression`, plan.progression);
    for (const key of ['warmUp', 'formCues', 'stopSigns'] as const) plan[key].forEach((line, i) => look(`plans.${activity}.${key}[${i}]`, line));
  }
  // Elsewhere a reader is told what to do (interface strings, verdicts, outcomes, reasons, advice
  // on the spot), no literal load: the loads a reader may use come from the locked tables only.
  const load = (path: string, text: string | undefined) => {
    const match = text === undefined ? null : LITERAL_LOAD.exec(text);
    if (match) issues.push({ path, expected: 'no literal load: use a placeholder such as {runStart}, {runMax}, {walkMax} or {step}', received: JSON.stringify(match[0]) });
  };
  for (const [key, text] of Object.entries(pack.ui)) load(`ui.${key}`, text);
  for (const [key, text] of Object.entries(pack.reasons)) load(`reasons.${key}`, text);
  pack.rules.forEach((rule, i) => load(`rules[${i}].text`, rule.text));
  for (const [verdict, v] of Object.entries(pack.verdicts)) [v.title, v.summary, ...v.advice].forEach((text, i) => load(`verdicts.${verdict}${i < 2 ? (i ? '.summary' : '.title') : `.advice[${i - 2}]`}`, text));
  for (const [outcome, o] of Object.entries(pack.outcomes)) [o.summary, ...o.advice].forEach((text, i) => load(`outcomes.${outcome}${i ? `.advice[${i - 1}]` : '.summary'}`, text));
  pack.questions.forEach((q, i) => Object.entries(q.advice ?? {}).forEach(([value, text]) => load(`questions[${i}].advice.${value}`, text)));
  return issues;
}
