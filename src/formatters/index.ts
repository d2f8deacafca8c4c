import { json } from './json.js';
import { jsonWithMetadata } from './json-with-metadata.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = { stylish, json, 'json-with-metadata': jsonWithMetadata };

/** Formatters that print each result's source text, as ESLint's JSON does; for the others a run drops it. */
export const printsSource = new Set(['json', 'json-with-metadata']);
