/**
 * Validating a content pack: the zod/mini schema first, then what a schema cannot say (unique
 * ids, the questions the quiz needs, and that the pack weakens no safety invariant).
 */
import * as z from 'zod/mini';
import { ANSWER_IDS, QUESTION_SECTIONS, RISK_ORDER, SCREENING_FLAGS, sectionOf } from '../schema/answers.js';
import { contentSchema, type ContentPack } from '../schema/content.js';
import { IMPACTS } from '../schema/vocabulary.js';
import { ContentError, describeValue, formatPath, type ContentIssue } from '../errors.js';
import { customQuestionIds } from './condition.js';
import { checkCondition } from './condition.check.js';
import { checkLimits } from './limits.js';
import { own } from '../input.js';
import { IMPACT_FLOOR, LOCKED_REASON_IDS } from './safety.js';
import { checkLiteralNumbers, checkLockedWording } from './locked.js';

/** Enum questions, and the values each must label in `options`. */
const OPTION_VALUES: Readonly<Record<string, readonly unknown[]>> = {
  activity: RISK_ORDER.activity,
  jointProblem: RISK_ORDER.jointProblem,
  ageBand: RISK_ORDER.ageBand,
  runFrequency: RISK_ORDER.runFrequency,
  weightedBefore: RISK_ORDER.weightedBefore,
  goals: ['strength', 'endurance', 'speed', 'calories', 'bone', 'toning'],
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = input;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'nonoptional' ? 'a value' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `no key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'non-empty text' : `at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function schemaIssues(input: unknown, error: z.core.$ZodError): ContentIssue[] {
  return error.issues.map((issue) => {
    const received =
      issue.code === 'unrecognized_keys' ? `key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` : describeValue(valueAt(input, issue.path));
    return { path: formatPath(issue.path), expected: expectedOf(issue), received };
  });
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return dup;
}

/** The checks a schema cannot express. Returns no issue for a sound pack. */
export function checkPack(pack: ContentPack): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (path: (string | number)[], expected: string, received: string) =>
    issues.push({ path: formatPath(path), expected, received });

  // Questions: every built-in answer id once, custom ones yes/no, sections in quiz order.
  const questionIds = pack.questions.map((q) => q.id);
  const customIds = customQuestionIds(pack);
  for (const id of duplicates(questionIds)) add(['questions'], `one question per id`, `${JSON.stringify(id)} more than once`);
  for (const id of ANSWER_IDS) {
    if (!questionIds.includes(id)) add(['questions'], `a question for ${JSON.stringify(id)}`, 'none');
  }
  let section = 0;
  pack.questions.forEach((q, i) => {
    const at = QUESTION_SECTIONS.indexOf(sectionOf(q.id));
    if (at < section) add(['questions', i, 'id'], 'screening questions first, then experience, then goals', JSON.stringify(q.id));
    section = Math.max(section, at);
    const values = Object.hasOwn(OPTION_VALUES, q.id) ? OPTION_VALUES[q.id] : undefined;
    if (values) {
      for (const value of values) {
        if (!own(q.options, String(value))) add(['questions', i, 'options', String(value)], 'a label', 'nothing');
      }
    }
    const flags: readonly string[] = SCREENING_FLAGS;
    if (flags.includes(q.id) && !own(q.advice, 'true')) add(['questions', i, 'advice', 'true'], 'advice shown on a "yes"', 'nothing');
    if (q.id === 'jointProblem' && !own(q.advice, 'current')) add(['questions', i, 'advice', 'current'], 'advice shown for a current problem', 'nothing');
  });

  // Locked rule texts: all present, nothing else (a typo would otherwise go unseen).
  for (const id of LOCKED_REASON_IDS) {
    if (!own(pack.reasons, id)) add(['reasons', id], 'a reason text for this locked rule', 'nothing');
  }
  for (const id of Object.keys(pack.reasons)) {
    if (!LOCKED_REASON_IDS.includes(id)) add(['reasons', id], `only locked rule ids (${LOCKED_REASON_IDS.length})`, JSON.stringify(id));
  }

  // Pack rules: new ids, and conditions that can only fire on riskier answers (invariant 6).
  for (const id of duplicates(pack.rules.map((r) => r.id))) add(['rules'], 'unique rule ids', JSON.stringify(id));
  pack.rules.forEach((rule, i) => {
    if (LOCKED_REASON_IDS.includes(rule.id)) {
      add(['rules', i, 'id'], 'an id that is not a locked safety rule (locked rules cannot be replaced)', JSON.stringify(rule.id));
    }
    // A fired rule is a reason, and "no red flags" is said only when no reason fired (invariant 13).
    if (rule.verdict === 'ready') add(['rules', i, 'verdict'], 'a verdict that adds care: "caution" or more severe', '"ready"');
    for (const p of checkCondition(rule.when, customIds, true)) add(['rules', i, 'when', ...p.path], p.expected, p.received);
  });

  // Claims and alternatives: unique ids; conditions name real answers.
  for (const id of duplicates(pack.claims.map((c) => c.id))) add(['claims'], 'unique claim ids', JSON.stringify(id));
  pack.claims.forEach((claim, i) =>
    claim.appliesWhen?.forEach((a, j) => {
      for (const p of checkCondition(a.when, customIds, false)) add(['claims', i, 'appliesWhen', j, 'when', ...p.path], p.expected, p.received);
    }),
  );
  for (const id of duplicates(pack.alternatives.map((a) => a.id))) add(['alternatives'], 'unique alternative ids', JSON.stringify(id));
  pack.alternatives.forEach((alt, i) => {
    const floor = IMPACT_FLOOR[alt.id];
    if (floor && IMPACTS.indexOf(alt.impact) < IMPACTS.indexOf(floor)) {
      add(['alternatives', i, 'impact'], `at least ${JSON.stringify(floor)} (locked for ${alt.id})`, JSON.stringify(alt.impact));
    }
    if (alt.minutes.min > alt.minutes.max) add(['alternatives', i, 'minutes'], 'min at most max', `${alt.minutes.min} > ${alt.minutes.max}`);
    alt.avoidWhen?.forEach((a, j) => {
      for (const p of checkCondition(a.when, customIds, false)) add(['alternatives', i, 'avoidWhen', j, 'when', ...p.path], p.expected, p.received);
    });
  });
  // Invariant 14: locked safety wording, and no literal numbers where placeholders belong.
  issues.push(...checkLockedWording(pack), ...checkLiteralNumbers(pack));
  return issues;
}

const validPacks = new WeakSet<object>();

export type SafeParseContentResult = { success: true; data: ContentPack } | { success: false; error: ContentError };

/** Validates any value as a content pack. Never throws. */
export function safeParseContent(input: unknown): SafeParseContentResult {
  const fail = (issues: ContentIssue[]) => ({ success: false as const, error: new ContentError(issues) });
  try {
    const limit = checkLimits(input);
    if (limit) return fail([limit]);
    const parsed = z.safeParse(contentSchema, input);
    if (!parsed.success) return fail(schemaIssues(input, parsed.error));
    const issues = checkPack(parsed.data);
    if (issues.length > 0) return fail(issues);
    validPacks.add(parsed.data);
    return { success: true, data: parsed.data };
  } catch {
    // A hostile value (a throwing getter, a revoked proxy), at any step, is not a pack.
    return fail([{ path: '', expected: 'a content pack object whose values can be read', received: 'a value that throws when read' }]);
  }
}

/** Validates a content pack; throws a `ContentError` listing every issue. */
export function parseContent(input: unknown): ContentPack {
  const result = safeParseContent(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Makes sure a pack handed to the core is valid, validating each object once. The core trusts
 * the packs it has validated and treats them as immutable.
 */
export function ensureValidPack(pack: ContentPack): ContentPack {
  if (!validPacks.has(pack)) {
    parseContent(pack);
    validPacks.add(pack);
  }
  return pack;
}

/** Marks a pack as already validated (the built-in pack, which the test suite validates). */
export function trustPack(pack: ContentPack): ContentPack {
  validPacks.add(pack);
  return pack;
}
