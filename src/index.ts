/**
 * The package entry (no side effects): the rules core and its types. Element classes are added
 * here as they are built; importing this module defines no custom element.
 */
export * from './core.js';
