import { json } from './json.js';
import { jsonWithMetadata } from './json-with-metadata.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = { stylish, json, 'json-with-metadata': jsonWithMetadata };
