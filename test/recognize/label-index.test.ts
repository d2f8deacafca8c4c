import { describe, expect, it } from 'vitest';
import { labelIndexOf } from '../../src/recognize/label-index.js';
import { loadTemplates } from '../../src/templates/load.js';

const template = (id: string) => loadTemplates().find((t) => t.id === id)!;
/** The column a text is read as, and how sure: the best match of the template's labels. */
const column = (id: string, text: string) => {
  const best = labelIndexOf(template(id)).matches(text).sort((a, b) => b.score - a.score)[0];
  return best && { column: best.entry.column?.id, score: best.score };
};

describe('the label index', () => {
  it.each([
    // The 2019 format heads it 采购总金额; reports write it so (sh-szfbgt-2019.html, pt-2019.txt) or with a unit (seed 001).
    ['2019', '采购总金额', 'amount'],
    ['2019', '采购总金额(万元)', 'amount'],
    ['2019', '采购总金额（元）', 'amount'],
    ['2021', '本年收费金额（单位：万元）', 'fees'],
    ['2021', '本年收费金额', 'fees'],
    ['2021', '本年收费金额（万元）', 'fees'],
  ])('%s: %j is a column label, with its unit note or without', (id, text, expected) => {
    expect(column(id, text)).toEqual({ column: expected, score: 1 });
  });
});
