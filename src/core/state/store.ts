/**
 * The group store: what widgets of one group share (DESIGN §2). Pure: no DOM, no lit. The state is
 * free of any language: the reader's answers and ids. Each widget makes the assessment of the
 * answers with its own pack (the core's `assess`), so that each speaks its own language. Updates
 * are immutable, and the store and its states are frozen; a listener runs after each change of state.
 */
import type { Answers } from '../schema/answers.js';
import type { Floor } from '../rules/floor.js';

export interface GroupState {
  /** The reader's answers so far (validated by the widget that published them). */
  answers: Answers;
  /** The alternative the reader chose, or null. */
  selectedAlternative: string | null;
  /**
   * The publishing widget's result, language-free (verdict and reason ids): every widget of the
   * group holds at least to it (rules/floor.ts), whatever rules its own pack has. Null without one.
   */
  floor: Floor | null;
}

export type Action =
  /** The reader's answers changed. */
  | { type: 'answered'; answers: Answers; floor?: Floor }
  /** A widget's own result is stricter than the group's floor: the group holds to both (rules/floor.ts). */
  | { type: 'held'; floor: Floor }
  | { type: 'selected'; alternativeId: string | null }
  | { type: 'reset' };

export interface Store {
  getState(): GroupState;
  dispatch(action: Action): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: GroupState) => void): () => void;
}

export const initialState: GroupState = Object.freeze({ answers: {}, selectedAlternative: null, floor: null });

export function reduce(state: GroupState, action: Action): GroupState {
  switch (action.type) {
    case 'answered':
      return Object.freeze({ ...state, answers: action.answers, floor: action.floor ?? null });
    case 'held':
      return state.floor === action.floor || Object.keys(state.answers).length === 0 ? state : Object.freeze({ ...state, floor: action.floor });
    case 'selected':
      return state.selectedAlternative === action.alternativeId ? state : Object.freeze({ ...state, selectedAlternative: action.alternativeId });
    case 'reset':
      return initialState;
    default:
      return state;
  }
}

/**
 * `onError` receives what a listener throws, so that one listener cannot stop the others, nor the
 * widget that dispatched. By default it is rethrown as an unhandled rejection, where the page sees it.
 */
export function createStore(state: GroupState = initialState, onError: (error: unknown) => void = rethrowLater): Store {
  const listeners = new Set<(state: GroupState) => void>();
  // Frozen, as everything a page can reach through the shared registry (invariant 18).
  return Object.freeze<Store>({
    getState: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) {
        try {
          listener(state);
        } catch (error) {
          onError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
}

/** Reports a listener's error without stopping the others: as an unhandled rejection (the core has no timers or DOM). */
function rethrowLater(error: unknown): void {
  void Promise.reject(error);
}
