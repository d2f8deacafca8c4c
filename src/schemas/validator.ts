import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv as AjvInstance, ErrorObject, Options, ValidateFunction } from 'ajv';
import * as compiled from './compiled.js';
import { schemaPath } from './package-root.js';

/**
 * The schemas under schemas/ are compiled ahead of time (scripts/compile-schemas.js writes
 * src/schemas/compiled.ts, ajv's standalone code): starting the linter compiles none.
 */
const PRECOMPILED: Record<string, ValidateFunction> = {
  'template.schema.json': compiled.template as ValidateFunction,
  'config.schema.json': compiled.config as ValidateFunction,
};
const compiledNow = new Map<string, ValidateFunction>();

/**
 * Validator for a schema file under schemas/: precompiled for those the linter checks at
 * run time; any other (the results schema, which only the tests check output against) is
 * compiled on first use.
 */
export function schemaValidator(file: string): ValidateFunction {
  let validate = PRECOMPILED[file] ?? compiledNow.get(file);
  if (!validate) {
    validate = compileSchema(JSON.parse(readFileSync(schemaPath(file), 'utf8')) as object);
    compiledNow.set(file, validate);
  }
  return validate;
}

let ajv: AjvInstance | undefined;

/**
 * A validator for a schema known only at run time (a rule's options): ajv is loaded, and
 * one instance made, only when a config gives a rule options to check.
 */
export function compileSchema(schema: object): ValidateFunction {
  if (!ajv) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    ajv = new Ajv(compiled.options as Options);
  }
  return ajv.compile(schema);
}

/** "/rules/table-totals: must be equal to one of the allowed values (off, warn, error)" */
export function describeErrors(errors: ErrorObject[] | null | undefined, root = ''): string[] {
  return (errors ?? []).map((e) => {
    const where = `${root}${e.instancePath}` || '/';
    let what = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') what = `has unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    if (e.keyword === 'enum') what += ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')})`;
    return `${where}: ${what}`;
  });
}
