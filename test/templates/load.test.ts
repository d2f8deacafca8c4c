import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaPath } from '../../src/schemas/package-root.js';
import { loadTemplates, parseTemplate, templateForYear } from '../../src/templates/load.js';

const t2021 = () => JSON.parse(readFileSync(schemaPath('templates', '2021.json'), 'utf8'));

describe('templates', () => {
  it('loads the bundled templates and picks one by report year', () => {
    expect(loadTemplates().map((t) => t.id)).toEqual(['2021', '2019']);
    expect([2019, 2020, 2021, 2025].map((y) => templateForYear(y)?.id)).toEqual(['2019', '2019', '2021', '2021']);
    expect(templateForYear(2018)).toBeUndefined();
  });

  it('has table 三 with 25 rows × 7 columns in 2021 and 23 rows in 2019 (undivided (六))', () => {
    const [t21, t19] = loadTemplates();
    const rows = (t: typeof t21) => t!.tables.find((x) => x.id === 'requests')!.blocks[0]!.rows.length;
    expect([rows(t21), rows(t19)]).toEqual([25, 23]);
    expect(t21!.tables.find((x) => x.id === 'requests')!.blocks[0]!.columns).toHaveLength(7);
    expect(t21!.tables.find((x) => x.id === 'appeals')!.blocks[0]!.columns).toHaveLength(15);
  });

  it('rejects a template that breaks the schema, saying where', () => {
    const bad = t2021();
    bad.tables[0].blocks[0].kind = 'percent';
    expect(() => parseTemplate(bad, 'bad.json')).toThrow(/invalid template bad.json:\n {2}\/tables\/0\/blocks\/0\/kind: must be equal to one of the allowed values/);
  });

  it('rejects an identity over a row that does not exist', () => {
    const bad = t2021();
    bad.identities[0].left.push('no-such-row');
    expect(() => parseTemplate(bad, 'bad.json')).toThrow('identity requests-balance: unknown row "no-such-row"');
  });
});
