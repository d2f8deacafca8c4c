import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JS build script, without types.
import { OUTPUT, compiledSource } from '../../scripts/compile-schemas.js';
import { compileSchema, describeErrors, schemaValidator } from '../../src/schemas/validator.js';

describe('the precompiled schema validators', () => {
  it('are what scripts/compile-schemas.js makes of schemas/ now (run it after changing a schema)', () => {
    expect(readFileSync(OUTPUT as string, 'utf8')).toBe((compiledSource as () => string)());
  });

  it('report a config error with its place and the allowed values, as the compiled-at-run-time ones did', () => {
    const validate = schemaValidator('config.schema.json');
    expect(validate({ locale: 'fr' })).toBe(false);
    expect(describeErrors(validate.errors)).toEqual(['/locale: must be equal to one of the allowed values (zh, en)']);
    expect(validate({ rules: { 'table-totals': 'warn' }, extra: 1 })).toBe(false);
    expect(describeErrors(validate.errors)).toEqual(['/: has unknown property "extra"']);
  });

  it('compile a rule’s options schema at run time with the same options (defaults filled in)', () => {
    const validate = compileSchema({ type: 'object', properties: { days: { type: 'integer', default: 7 } }, additionalProperties: false });
    const options: Record<string, unknown> = {};
    expect(validate(options)).toBe(true);
    expect(options).toEqual({ days: 7 });
    expect(validate({ days: 'x' })).toBe(false);
    expect(describeErrors(validate.errors, 'rules.r')).toEqual(['rules.r/days: must be integer']);
  });
});
