/**
 * One typed event class per event (DESIGN §2). They bubble and are composed, so a host page can
 * listen on `document`, and they are fired only on a reader's action. Details carry outcome codes
 * and ids, never an answer nor anything derived from one (invariant 16): no number that follows
 * body weight, no count that shifts after a "yes". Each detail is a frozen copy.
 */
import type { Activity } from '../core/schema/answers.js';
import type { Verdict } from '../core/schema/vocabulary.js';

export interface AnswerDetail {
  questionId: string;
  /** 1-based step of the question just answered. */
  step: number;
  /** Steps in the whole quiz: the same whatever the answers (a shorter path would tell which "yes" it was). */
  total: number;
}

export interface CompleteDetail {
  verdict: Verdict;
  activity: Activity;
  /** Whether the result has a starting plan. Its numbers stay on `assessment`: they follow body weight. */
  hasPlan: boolean;
}

export interface SelectDetail {
  alternativeId: string;
}

export interface CtaDetail {
  ctaId: string;
  href: string;
  /** Where the CTA was shown: a verdict, or an alternative's id. */
  context: string;
}

abstract class LoadwiseEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { detail: Object.freeze({ ...detail }), bubbles: true, composed: true });
  }
}

/** A question was answered. */
export class LoadwiseAnswerEvent extends LoadwiseEvent<AnswerDetail> {
  static readonly eventName = 'loadwise-answer';
  constructor(detail: AnswerDetail) {
    super(LoadwiseAnswerEvent.eventName, detail);
  }
}

/** The quiz reached its result. The full assessment stays on the element's `assessment`. */
export class LoadwiseCompleteEvent extends LoadwiseEvent<CompleteDetail> {
  static readonly eventName = 'loadwise-complete';
  constructor(detail: CompleteDetail) {
    super(LoadwiseCompleteEvent.eventName, { verdict: detail.verdict, activity: detail.activity, hasPlan: detail.hasPlan === true });
  }
}

/** The reader chose an alternative. */
export class LoadwiseSelectEvent extends LoadwiseEvent<SelectDetail> {
  static readonly eventName = 'loadwise-select';
  constructor(detail: SelectDetail) {
    super(LoadwiseSelectEvent.eventName, detail);
  }
}

/** The reader followed a call to action. */
export class LoadwiseCtaEvent extends LoadwiseEvent<CtaDetail> {
  static readonly eventName = 'loadwise-cta';
  constructor(detail: CtaDetail) {
    super(LoadwiseCtaEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loadwise-answer': LoadwiseAnswerEvent;
    'loadwise-complete': LoadwiseCompleteEvent;
    'loadwise-select': LoadwiseSelectEvent;
    'loadwise-cta': LoadwiseCtaEvent;
  }
}
