import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { BUILTIN_FORMATS, loadFormatter } from '../../src/formatters/load.js';

describe('loadFormatter', () => {
  it('loads on demand the same built-in formatters the library exports', async () => {
    expect(BUILTIN_FORMATS).toEqual(Object.keys(formatters));
    for (const name of BUILTIN_FORMATS) expect(await loadFormatter(name, process.cwd())).toBe(formatters[name]);
  });
});
