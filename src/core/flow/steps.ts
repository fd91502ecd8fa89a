/**
 * The quiz's path (DESIGN §3, invariant 11): which questions it shows, on which screens. Pure, so
 * that it can be tested without an element.
 */
import { QUESTION_SECTIONS, sectionOf, type Answers } from '../schema/answers.js';
import { answerOf } from '../rules/condition.js';
import type { ContentPack, Question } from '../schema/content.js';

/** One screen of questions: a single question, or a run of yes/no screening questions. */
export interface Step {
  key: string;
  questions: Question[];
  /** The heading of a yes/no group; undefined for a single question (its text is the heading). */
  title?: 'flags' | 'flagsMore';
}

const CHOICE_IDS: ReadonlySet<string> = new Set(['activity', 'jointProblem', 'ageBand', 'runFrequency', 'weightedBefore']);

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
  const steps: Step[] = [];
  let run: Question[] | null = null; // the yes/no group being filled, if any
  for (const q of questions) {
    const flag = sectionOf(q.id) === 'screening' && !CHOICE_IDS.has(q.id);
    if (flag && run) {
      run.push(q);
      continue;
    }
    run = flag ? [q] : null;
    steps.push({ key: q.id, questions: run ?? [q] });
  }
  let groups = 0;
  for (const step of steps) if (step.questions.length > 1) step.title = groups++ === 0 ? 'flags' : 'flagsMore';
  return steps;
}

