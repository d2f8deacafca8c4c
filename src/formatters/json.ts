import type { Formatter } from './types.js';

/** Exactly ESLint's `-f json`: the LintResult[] array. */
export const json: Formatter = (results) => JSON.stringify(results);
