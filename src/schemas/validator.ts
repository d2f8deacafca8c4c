import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { schemaPath } from './package-root.js';

/** One Ajv instance for the process: compiling schemas is the costly part, so it is done once. */
export const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false });

const compiled = new Map<string, ValidateFunction>();

/** Validator for a schema file under schemas/, compiled on first use. */
export function schemaValidator(file: string): ValidateFunction {
  let validate = compiled.get(file);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath(file), 'utf8')) as object);
    compiled.set(file, validate);
  }
  return validate;
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
