/**
 * The rules core: pure TypeScript, no DOM, no lit, no clock, no randomness. Functions here take
 * the content pack explicitly; `src/core.ts` binds them to the English pack. This is the engine
 * (`./engine.ts`) plus the zod/mini schemas and pack validation.
 */
export * from './engine.js';
// The result's own rules: outside the engine, so that the first screen's bundle leaves them out.
export { answersBehindWith, planTextWith, reasonsShown } from './rules/result.js';
export { answersSchema } from './schema/answers.schema.js';
export { conditionSchema } from './schema/condition.schema.js';
export * from './schema/content.js';
export { PACK_LIMITS, checkLimits } from './rules/limits.js';
export { parseContent, safeParseContent, ensureValidPack, trustPack, checkPack, type SafeParseContentResult } from './rules/pack.js';
