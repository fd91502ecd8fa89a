/**
 * The quiz's path (DESIGN §3, invariant 11): which questions it shows, on which screens. Pure, so
 * that it can be tested without an element.
 */
import { ACTIVITIES, AGE_BANDS, ANSWER_IDS, JOINT_PROBLEMS, QUESTION_SECTIONS, RUN_FREQUENCIES, WEIGHTED_BEFORE, REQUIRED_ANSWER_IDS, isValid, sectionOf, type AnswerId, type Answers } from '../schema/answers.js';
import type { Verdict } from '../schema/vocabulary.js';
import { answerOf, idsOf } from '../rules/condition.js';
import { ENDING_VERDICTS } from '../rules/safety.js';
import { isEnding } from '../rules/words.js';
import type { ContentPack, Question } from '../schema/content.js';

/** One screen of questions: a single question, or a run of yes/no screening questions. */
export interface Step {
  key: string;
  questions: Question[];
  /** The heading of a yes/no group; undefined for a single question (its text is the heading). */
  title?: 'flags' | 'flagsMore';
  /**
   * Whether an answer on this step can end the quiz early: a screening question, or one that a
   * pack's rule with an ending verdict tests. Until such steps are behind the reader, the quiz's
   * length is only a most (see `progressOf`).
   */
  ends: boolean;
}

/**
 * The values of each single-choice question, in the order shown; the others are yes/no (or the
 * goals' checkboxes and the weight). No prototype: a custom question named `toString` has none.
 */
export const QUESTION_CHOICES: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.assign(Object.create(null), {
  activity: ACTIVITIES,
  jointProblem: JOINT_PROBLEMS,
  ageBand: AGE_BANDS,
  runFrequency: RUN_FREQUENCIES,
  weightedBefore: WEIGHTED_BEFORE,
});

/** An answer by question id: a built-in answer, or a custom question's (own properties only). */
export { answerOf };

/**
 * The quiz's screens: the pack's questions in section order. A prefilled experience or goals
 * answer skips its question; a screening question is always shown (invariant 11): a prefilled
 * screening answer is only preselected, for the reader to see, change or confirm.
 */
export function stepsOf(content: ContentPack, prefill: Answers): Step[] {
  const section = (q: Question) => QUESTION_SECTIONS.indexOf(sectionOf(q.id));
  const questions = content.questions
    .filter((q) => sectionOf(q.id) === 'screening' || answerOf(prefill, q.id) === undefined)
    .sort((a, b) => section(a) - section(b));
  // The questions a pack's own rule may end the quiz on (its rules can only be stricter).
  const ending = new Set<string>();
  for (const rule of content.rules) if (ENDING_VERDICTS.includes(rule.verdict)) idsOf(rule.when, ending);
  const steps: Step[] = [];
  let run: Question[] | null = null; // the yes/no group being filled, if any
  for (const q of questions) {
    const screening = sectionOf(q.id) === 'screening';
    const ends = screening || ending.has(q.id);
    const flag = screening && !QUESTION_CHOICES[q.id];
    if (flag && run) {
      run.push(q);
      continue;
    }
    run = flag ? [q] : null;
    steps.push({ key: q.id, questions: run ?? [q], ends });
  }
  let groups = 0;
  for (const step of steps) if (step.questions.length > 1) step.title = groups++ === 0 ? 'flags' : 'flagsMore';
  return steps;
}


/** Answers the quiz may leave unanswered: the required ones are `REQUIRED_ANSWER_IDS`. */
export const OPTIONAL_ANSWER_IDS: readonly AnswerId[] = ANSWER_IDS.filter((id) => !(REQUIRED_ANSWER_IDS as readonly string[]).includes(id));

/**
 * These questions that still need an answer, in order: each one unanswered (unless optional), or
 * whose answer is not valid (a body weight out of range, even though it is optional). `answers`
 * is read as own properties only; empty when every question is answered.
 */
export function missingOf(questions: readonly Pick<Question, 'id'>[], answers: Answers): string[] {
  return questions
    .filter((q) => {
      const value = answerOf(answers, q.id);
      if (value === undefined) return !(OPTIONAL_ANSWER_IDS as readonly string[]).includes(q.id);
      return (ANSWER_IDS as readonly string[]).includes(q.id) && !isValid(q.id as AnswerId, value);
    })
    .map((q) => q.id);
}



/**
 * The host's prefilled answers that count without a screen to confirm them: experience and goals
 * answers. A prefilled screening answer counts only once the reader confirmed it (invariant 11).
 */
export function prefillThatCounts(prefill: Answers): Answers {
  return Object.fromEntries(Object.entries(prefill).filter(([id]) => id !== 'custom' && sectionOf(id) !== 'screening')) as Answers;
}

/**
 * Whether the host may be told that this question was answered (a `loadwise-answer` event): never
 * a screening question (invariant 16: which health question came last would tell a pregnancy from
 * a cold).
 */
export function announcesAnswer(questionId: string): boolean {
  return sectionOf(questionId) !== 'screening';
}

/** Where the quiz is: its intro, a step (by index into the steps), or the result. */
export interface QuizState {
  readonly phase: 'intro' | 'step' | 'result';
  readonly index: number;
}

/** What the quiz's path depends on. */
export interface QuizPath {
  readonly steps: readonly Step[];
  /** The reader's own answers so far (a host's prefill on a later screen is not one yet). */
  readonly given: Answers;
  /** The verdict of the answers so far, if any: `see-professional` or `wait` ends the quiz. */
  readonly verdict: Verdict | null | undefined;
}

/** The quiz before Start. */
export const QUIZ_START: QuizState = { phase: 'intro', index: 0 };

const at = (phase: QuizState['phase'], index: number): QuizState => ({ phase, index });

/**
 * The index of the last step the quiz will show from `index`: the last one, unless an answer ends
 * the quiz (early exit), where it is this step or the last one the reader already answered.
 */
export function lastStep(path: QuizPath, index: number): number {
  if (!isEnding(path.verdict)) return path.steps.length - 1;
  let last = index;
  path.steps.forEach((step, i) => {
    if (i > last && step.questions.some((q) => answerOf(path.given, q.id) !== undefined)) last = i;
  });
  return last;
}

/** The progress of a step (see `progressOf`). */
export interface Progress {
  /** This step's number, from 1: the screens the reader has seen, this one included. */
  n: number;
  /** The screens in all, from 1: exact when `known`, else the most there can be. */
  total: number;
  /**
   * Whether `total` is the quiz's length for sure: once an answer ended it, or once no answer on
   * this step or ahead could end it. Otherwise it is a most ("of up to 9"), never a guess.
   */
  known: boolean;
}

/** The progress shown on a step: its number, the steps in all, and whether that total is sure. */
export function progressOf(state: QuizState, path: QuizPath): Progress {
  const last = lastStep(path, state.index);
  return { n: state.index + 1, total: last + 1, known: isEnding(path.verdict) || !path.steps.slice(state.index, last + 1).some((step) => step.ends) };
}

/** Start: the first step, or the result at once when there is no question to ask. */
export function start(path: QuizPath): QuizState {
  return path.steps.length === 0 ? at('result', 0) : at('step', 0);
}

/**
 * The questions that keep the reader on this step, in order (see `missingOf`): each one gets its
 * error when the reader presses Next. None once an answer ends the quiz, whatever else is
 * unanswered, and none off a step.
 */
export function missingOn(state: QuizState, path: QuizPath, answers: Answers): string[] {
  const step = state.phase === 'step' ? path.steps[state.index] : undefined;
  return step && !isEnding(path.verdict) ? missingOf(step.questions, answers) : [];
}


/**
 * Next: the same state while a question is missing (see `missingOn`), else the next step, or the
 * result after the last step the quiz shows (at once after an answer that ends it).
 */
export function next(state: QuizState, path: QuizPath, answers: Answers): QuizState {
  if (state.phase !== 'step' || !path.steps[state.index] || missingOn(state, path, answers).length > 0) return state;
  return state.index >= lastStep(path, state.index) ? at('result', state.index) : at('step', state.index + 1);
}

/** Back: from the result to the step it came from, from a step to the one before, else the intro. */
export function back(state: QuizState, path: QuizPath): QuizState {
  if (state.phase === 'result' && path.steps.length > 0) return at('step', state.index);
  if (state.phase === 'step' && state.index > 0) return at('step', state.index - 1);
  return QUIZ_START;
}

/**
 * Where to be when the page opens and the group already holds answers (stored ones, after a
 * reload): the first screen, every answer kept for the reader to confirm, never the result
 * (invariant 11). Otherwise the intro.
 */
export function resumeAt(path: QuizPath): QuizState {
  return Object.keys(path.given).length > 0 && path.verdict && path.steps.length > 0 ? at('step', 0) : QUIZ_START;
}

/**
 * The state after the steps or the group's answers changed: the step within the steps there are,
 * and back to the intro from a result whose answers were cleared (another widget's "forget").
 */
export function settle(state: QuizState, path: QuizPath): QuizState {
  return at(state.phase === 'result' && !path.verdict ? 'intro' : state.phase, Math.max(0, Math.min(state.index, path.steps.length - 1)));
}
