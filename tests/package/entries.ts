// Type fixture for scripts/lint-package.js: every entry of the package has types.
import { assess, ContentError } from 'loadwise/core';
import { ContentError as BundledContentError, assess as bundledAssess } from 'loadwise/core.js';
import { LoadwiseQuiz } from 'loadwise/loadwise-quiz.js';
import { LoadwiseProvider } from 'loadwise/loadwise-provider.js';
import { LoadwiseProsCons } from 'loadwise/loadwise-pros-cons.js';
import { LoadwiseAlternatives } from 'loadwise/loadwise-alternatives.js';
import type {} from 'loadwise/loadwise.js';
import type {} from 'loadwise/loadwise.iife.js';
import type {} from 'loadwise/loadwise-suite.js';
import type {} from 'loadwise/define';
import { LoadwiseQuiz as QuizFromElements } from 'loadwise/elements/quiz';
import { prosConsFallback } from 'loadwise/elements/pros-cons/fallback';
import { es } from 'loadwise/content/es';
import { LoadwiseCompleteEvent, defineIfAbsent } from 'loadwise';

export const verdict: string = assess({ activity: 'running', jointProblem: 'current' }).verdict;
export const bundledVerdict: string = bundledAssess({}).verdict;
export const errors: Array<typeof ContentError> = [ContentError, BundledContentError];
export const classes = [LoadwiseQuiz, LoadwiseProvider, LoadwiseProsCons, LoadwiseAlternatives, QuizFromElements];
export const fallback: (...args: never[]) => unknown = prosConsFallback;
export const pack: object = es;
export const completed = (event: LoadwiseCompleteEvent): string => event.detail.verdict;
export const define: (...args: never[]) => unknown = defineIfAbsent;
// The loader's tag map comes with 'loadwise/loadwise.js'.
export const quiz: LoadwiseQuiz | null = document.querySelector('loadwise-quiz');
