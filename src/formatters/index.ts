import { github } from './github.js';
import { htmlReport } from './html.js';
import { json } from './json.js';
import { jsonWithMetadata } from './json-with-metadata.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { summary } from './summary.js';
import type { Formatter } from './types.js';

/** The built-in formatters, for the library (the CLI loads only the one it prints with: src/formatters/load.ts). */
export const formatters: Record<string, Formatter> = { stylish, json, 'json-with-metadata': jsonWithMetadata, github, sarif, summary, html: htmlReport };
