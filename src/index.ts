/**
 * The package entry (no side effects): element classes, events, the platform pieces and the
 * rules core. Importing it defines no custom element: import `loadwise/define` for that.
 */
// The tags in HTMLElementTagNameMap, for a types-only import too (generated: scripts/ide-data.js).
import './tags.js';
export * from './core.js';
export { LoadwiseProvider } from './elements/provider/provider.component.js';
export { LoadwiseQuiz } from './elements/quiz/quiz.component.js';
export { LoadwiseProsCons } from './elements/pros-cons/pros-cons.component.js';
export { LoadwiseAlternatives } from './elements/alternatives/alternatives.component.js';
export { prosConsFallback, type ProsConsFallbackOptions } from './elements/pros-cons/pros-cons.fallback.js';
export { LoadwiseBase, LoadwiseElement, type ResolvedConfig } from './base/loadwise-element.js';
export { defineIfAbsent, VERSION } from './base/define.js';
export { safeUrl } from './base/url.js';
export { groupStore, DEFAULT_GROUP } from './base/groups.js';
export { configContext, storeContext, type LoadwiseConfig, type Theme } from './context/contexts.js';
export { StoreController } from './controllers/store-controller.js';
export { LocalizeController } from './controllers/localize-controller.js';
export { ContentController } from './controllers/content-controller.js';
export { PersistController } from './controllers/persist-controller.js';
export { createStore, reduce, initialState, type Store, type GroupState, type Action } from './core/state/store.js';
export * from './events/events.js';
