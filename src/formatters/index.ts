import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configError } from '../config/config.js';
import { github } from './github.js';
import { htmlReport } from './html.js';
import { json, jsonParts } from './json.js';
import { jsonWithMetadata, jsonWithMetadataParts } from './json-with-metadata.js';
import { sarif } from './sarif.js';
import { stylish, stylishParts } from './stylish.js';
import { summary } from './summary.js';
import type { Formatter, FormatterContext, StreamingFormatter } from './types.js';
import type { LintResult } from '../types.js';
import type { FactsWanted } from '../pipeline/report-facts.js';

export const formatters: Record<string, Formatter> = { stylish, json, 'json-with-metadata': jsonWithMetadata, github, sarif, summary, html: htmlReport };

/** The built-in formatters that print a file's part as soon as it is linted (the others need every result first). */
export const streamingFormatters: Record<string, StreamingFormatter> = { stylish: stylishParts, json: jsonParts, 'json-with-metadata': jsonWithMetadataParts };

/** A built-in formatter or one the user wrote: a function of (results, context) returning text. */
export type AnyFormatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;

/**
 * `-f name` for a built-in format, `-f ./path/to/formatter.js` for a module whose default export
 * is a formatter, as ESLint allows (a path is told from a name by a slash or a .js/.mjs/.cjs ending).
 */
export async function loadFormatter(name: string, cwd: string): Promise<AnyFormatter> {
  const builtin = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (builtin) return builtin;
  if (!/[/\\]|\.[cm]?js$/.test(name)) {
    throw configError('unknownFormat', { name, formats: Object.keys(formatters).join(', ') });
  }
  const path = isAbsolute(name) ? name : resolve(cwd, name);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ERR_MODULE_NOT_FOUND' ? configError('formatterMissing', { name, path }) : configError('formatterBroken', { name, path, detail: (error as Error).message });
  }
  if (typeof mod.default !== 'function') throw configError('formatterNotFunction', { name, path });
  return mod.default as AnyFormatter;
}

/** Formatters that print each result's source text, as ESLint's JSON does; for the others a run drops it. */
export const printsSource = new Set(['json', 'json-with-metadata']);

/** Formatters that print what each report says of itself (agency, year; the html one its tables too). */
export const formatterFacts = new Map<string, FactsWanted>([
  ['summary', 'identity'],
  ['html', 'tables'],
]);
