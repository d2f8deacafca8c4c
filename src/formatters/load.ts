import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configError } from '../config/errors.js';
import type { FormatterContext, StreamingFormatter } from './types.js';
import type { LintResult } from '../types.js';
import type { FactsWanted } from '../pipeline/report-facts.js';

/** A built-in formatter or one the user wrote: a function of (results, context) returning text. */
export type AnyFormatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;

/** The built-in formatters, each loaded only when chosen: a run prints in one format (the html one alone is a large module). */
const BUILTIN: Record<string, () => Promise<AnyFormatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  'json-with-metadata': async () => (await import('./json-with-metadata.js')).jsonWithMetadata,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
  summary: async () => (await import('./summary.js')).summary,
  html: async () => (await import('./html.js')).htmlReport,
};

export const BUILTIN_FORMATS = Object.keys(BUILTIN);

/** The built-in formatters that print a file's part as soon as it is linted (the others need every result first). */
const STREAMING: Record<string, () => Promise<StreamingFormatter>> = {
  stylish: async () => (await import('./stylish.js')).stylishParts,
  json: async () => (await import('./json.js')).jsonParts,
  'json-with-metadata': async () => (await import('./json-with-metadata.js')).jsonWithMetadataParts,
};

/** The format's streaming form, if it has one. */
export function loadStreamingFormatter(name: string): Promise<StreamingFormatter> | undefined {
  return Object.hasOwn(STREAMING, name) ? STREAMING[name]!() : undefined;
}

export function isBuiltinFormat(name: string): boolean {
  return Object.hasOwn(BUILTIN, name);
}

/**
 * `-f name` for a built-in format, `-f ./path/to/formatter.js` for a module whose default export
 * is a formatter, as ESLint allows (a path is told from a name by a slash or a .js/.mjs/.cjs ending).
 */
export async function loadFormatter(name: string, cwd: string): Promise<AnyFormatter> {
  if (isBuiltinFormat(name)) return BUILTIN[name]!();
  if (!/[/\\]|\.[cm]?js$/.test(name)) {
    throw configError('unknownFormat', { name, formats: BUILTIN_FORMATS.join(', ') });
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
