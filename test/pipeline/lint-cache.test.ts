import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { resolveSettings } from '../../src/config/config.js';
import { ruleRegistry } from '../../src/config/plugins.js';
import type { LintOptions } from '../../src/engine/linter.js';
import { type CacheOptions, LintCache, cacheFilePath } from '../../src/pipeline/lint-cache.js';
import type { TracedLint } from '../../src/pipeline/lint-file.js';
import { toResult } from '../../src/pipeline/lint-file.js';
import { workspace } from '../cli/run.js';

const rules = ruleRegistry(builtinRules, []);
const options: LintOptions = { rules, settings: resolveSettings(rules, []), locale: 'zh' };

/** A cache over `dir` whose lints are counted and whose previous-year lookups depend on `deps`. */
function setup(dir: string, overrides: Partial<CacheOptions> = {}) {
  const counted: string[] = [];
  const base: CacheOptions = {
    file: join(dir, '.xxgklintcache'),
    strategy: 'content',
    cwd: dir,
    run: { version: '1.0.0' },
    withSource: false,
    dependencies: async () => [join(dir, 'last.md')],
    maxFileBytes: 1 << 20,
    ...overrides,
  };
  const lint = async (name: string, more: Partial<CacheOptions> = {}) => {
    const cache = await LintCache.open({ ...base, ...more });
    const result = await cache.lint(join(dir, name), options, async (): Promise<TracedLint> => {
      counted.push(name);
      const text = readFileSync(join(dir, name), 'utf8');
      return { result: toResult(join(dir, name), text.includes('bad') ? [{ ruleId: 'x', severity: 2, message: 'bad', line: 1, column: 1 }] : [], []), lookedUp: { agency: 'A', year: 2024 } };
    });
    await cache.save();
    return result;
  };
  return { counted, lint };
}

describe('LintCache', () => {
  it('reuses a result until the xxgk-lint version changes', async () => {
    const dir = workspace({ 'r.md': 'bad', 'last.md': 'x' });
    const { counted, lint } = setup(dir);
    const first = await lint('r.md');
    expect(await lint('r.md')).toEqual(first);
    expect(counted).toEqual(['r.md']);
    expect(await lint('r.md', { run: { version: '1.0.1' } })).toEqual(first);
    expect(counted).toEqual(['r.md', 'r.md']);
  });

  it("reuses a result until a file its lookup depended on changes, appears or goes", async () => {
    const dir = workspace({ 'r.md': 'ok', 'last.md': 'x' });
    const { counted, lint } = setup(dir);
    await lint('r.md');
    await lint('r.md');
    writeFileSync(join(dir, 'last.md'), 'y');
    await lint('r.md');
    await lint('r.md');
    expect(counted).toEqual(['r.md', 'r.md']);
  });

  it('keeps no result with a fatal message, nor one with fixed text', async () => {
    const dir = workspace({ 'r.md': 'x', 'last.md': 'x' });
    const cache = await LintCache.open({ file: join(dir, 'c'), strategy: 'content', cwd: dir, run: {}, withSource: false, dependencies: async () => [], maxFileBytes: 100 });
    const fatal = toResult(join(dir, 'r.md'), [{ ruleId: null, fatal: true, severity: 2, message: 'broken', line: 1, column: 1 }], []);
    let lints = 0;
    const count = (result = fatal) => async () => (lints++, { result });
    await cache.lint('r.md', options, count());
    await cache.lint('r.md', options, count({ ...toResult(join(dir, 'r.md'), [], []), output: 'fixed' }));
    await cache.lint('r.md', options, count());
    expect(lints).toBe(3);
  });

  it('names the file inside a directory location by a hash of the working directory, as ESLint', () => {
    const dir = workspace({});
    mkdirSync(join(dir, 'existing'));
    expect(cacheFilePath('c.json', dir)).toBe(join(dir, 'c.json'));
    expect(cacheFilePath('existing', dir)).toMatch(new RegExp(`^${join(dir, 'existing')}/\\.cache_[0-9a-f]{12}$`));
    expect(cacheFilePath('new/', dir)).toMatch(/new\/\.cache_[0-9a-f]{12}$/);
    expect(cacheFilePath('new/', '/elsewhere')).not.toBe(cacheFilePath('new/', dir).replace(dir, '/elsewhere'));
  });
});
