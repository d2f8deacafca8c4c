import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { sarif } from '../../src/formatters/sarif.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import { Linter } from '../../src/index.js';
import { schemaPath } from '../../src/schemas/package-root.js';
import { report } from '../report-fragments.js';

// The official SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif: see schemas/README.md.
// Both are CommonJS modules whose default export is under .default when imported from ESM.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;
// unicodeRegExp: false because the schema's own `language` pattern is not valid with the u flag.
const ajv04 = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv04);
const validate = ajv04.compile(JSON.parse(readFileSync(schemaPath('sarif-2.1.0.schema.json'), 'utf8')) as object);
const rulesMeta = Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta]));
const context: FormatterContext = { locale: 'en', color: false, cwd: '/repo', rulesMeta };

interface SarifLog {
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId?: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      partialFingerprints: { primaryLocationLineHash: string };
    }[];
  }[];
}

const noPeriod = report({ intro: '本报告由大连市医疗保障局编制。' });
const lint = (text: string, path = '/repo/reports/大连 2024.md') => new Linter({ locale: 'en', previous: '/nonexistent' }).lintText(text, path);

describe('sarif formatter', { timeout: 30_000 }, () => {
  it('writes SARIF 2.1.0 that the official schema accepts, as code scanning reads it', async () => {
    const log = JSON.parse(sarif([await lint(noPeriod)], context)) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('xxgk-lint');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(builtinRules.map((r) => r.meta.id));
    expect(run.tool.driver.rules[1]).toMatchObject({ id: 'statistics-period', helpUri: expect.stringMatching(/docs\/rules\/statistics-period\.md$/) });
    const found = run.results.find((r) => r.ruleId === 'statistics-period')!;
    expect(found).toEqual({
      ruleId: 'statistics-period',
      ruleIndex: run.tool.driver.rules.findIndex((r) => r.id === 'statistics-period'),
      level: 'error',
      message: { text: 'The statistics period is not stated (e.g. 本报告中所列数据的统计期限为2024年1月1日至2024年12月31日)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'reports/%E5%A4%A7%E8%BF%9E%202024.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 3, endLine: 1, endColumn: 28 },
          },
        },
      ],
      partialFingerprints: { primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{16}:1$/) },
    });
  });

  it('keeps fingerprints when unrelated lines move, and changes them when the flagged text does', async () => {
    const results = async (text: string) => (JSON.parse(sarif([await lint(text)], context)) as SarifLog).runs[0]!.results;
    const prints = async (text: string) => (await results(text)).map((r) => [r.ruleId, r.partialFingerprints.primaryLocationLineHash]);
    const before = await prints(noPeriod);
    const shifted = `<!-- 草稿 -->\n\n${noPeriod}`;
    expect((await results(shifted))[0]!.locations[0]!.physicalLocation.region.startLine).toBe(3);
    expect(await prints(shifted)).toEqual(before);
    const retitled = await prints(noPeriod.replace(/^# (.*)$/m, '# $1（修订版）'));
    expect(retitled).not.toEqual(before);
  });

  it('gives a message of the linter itself (an unreadable file) as a result without a rule, still valid', async () => {
    const log = JSON.parse(sarif([await lint('', '/repo/empty.md')], context)) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results).toEqual([
      expect.objectContaining({ level: 'error', message: { text: 'The file is empty' } }),
    ]);
    expect(log.runs[0]!.results[0]).not.toHaveProperty('ruleId');
  });

  it('names files outside the working directory by an absolute file URI', async () => {
    const log = JSON.parse(sarif([await lint(noPeriod, '/elsewhere/r.md')], context)) as SarifLog;
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/r.md' });
    expect(validate(log)).toBe(true);
  });
});

it('the SARIF schema in schemas/ is the official 2.1.0 one', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'sarif-2.1.0.schema.json'), 'utf8')) as { title: string };
  expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0-rtm.5 JSON Schema');
});
