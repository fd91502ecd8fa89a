// Type fixture for scripts/lint-package.js (tsc against the packed package, three module
// resolutions): a types-only import of the package types every tag.
import type {} from 'loadwise';

const quiz = document.querySelector('loadwise-quiz');
export const ctas: readonly unknown[] | undefined = quiz?.ctas;
export const group: string | undefined = document.createElement('loadwise-provider').group;
export const layout: 'columns' | 'list' | undefined = document.createElement('loadwise-pros-cons').layout;
export const goals: string | undefined = document.createElement('loadwise-alternatives').goals;
