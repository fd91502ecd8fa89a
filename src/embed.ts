/**
 * The script-tag entry (dist/loadwise.js): defines every element and lets context providers that
 * upgrade late still reach the widgets around them. Exports the element and event classes; the
 * rules core has its own entry (dist/core.js).
 */
import { ContextRoot } from '@lit/context';
import './define.js';

const ROOT = Symbol.for('loadwise.contextRoot');
const g = globalThis as unknown as Record<symbol, unknown>;
try {
  if (!g[ROOT] && typeof document !== 'undefined') {
    g[ROOT] = true;
    new ContextRoot().attach(document.documentElement);
  }
} catch {
  // Whatever the page left under the key: the elements are defined; a late provider may not reach them.
}

export { LoadwiseProvider } from './elements/provider/provider.component.js';
export { LoadwiseQuiz } from './elements/quiz/quiz.component.js';
export { LoadwiseProsCons } from './elements/pros-cons/pros-cons.component.js';
export { LoadwiseAlternatives } from './elements/alternatives/alternatives.component.js';
export { LoadwiseElement } from './base/loadwise-element.js';
export { VERSION } from './base/define.js';
export * from './events/events.js';
