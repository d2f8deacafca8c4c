import type { Template, TemplateBlock, TemplateColumn, TemplateRow, TemplateTable } from '../templates/types.js';
import { labelScore, normalizeLabel, splitNormalized } from '../text/labels.js';
import { BoundedMemo } from '../text/bounded-memo.js';

/**
 * Every label of a template (tables, blocks, rows, row groups, columns, header groups),
 * indexed once, so that the adapters that must recognise a table while reading it and the
 * model that maps it onto the template use one matcher with one tolerance.
 */

export interface LabelIndexEntry {
  table: TemplateTable;
  block: TemplateBlock;
  kind: 'row' | 'group' | 'block' | 'column' | 'header';
  row?: TemplateRow;
  column?: TemplateColumn;
  prefix: string;
  key: string;
  full: string;
}

/** Every label of a template, split once. */
function labelIndex(template: Template): LabelIndexEntry[] {
  const out: LabelIndexEntry[] = [];
  const add = (e: Omit<LabelIndexEntry, 'prefix' | 'key' | 'full'>, label: string) => {
    const full = normalizeLabel(label);
    const { prefix, key } = splitNormalized(full);
    out.push({ ...e, prefix, key, full });
  };
  for (const table of template.tables) {
    const first = table.blocks[0]!;
    for (const h of table.headerLabels ?? []) add({ table, block: first, kind: 'header' }, h);
    for (const block of table.blocks) {
      if (block.label) add({ table, block, kind: 'block' }, block.label);
      for (const column of block.columns) {
        add({ table, block, kind: 'column', column }, column.label);
        for (const g of [column.group, column.supergroup]) if (g) add({ table, block, kind: 'header' }, g);
      }
      for (const row of block.rows) {
        if (row.label !== null) add({ table, block, kind: 'row', row }, row.label);
        for (const g of row.groups ?? []) add({ table, block, kind: 'group' }, g);
      }
    }
  }
  return out;
}

export type Match = { entry: LabelIndexEntry; score: number };

/**
 * A unit note at the end of a label, normalised: （万元）, （单位：万元）, （元）, （件）. It says
 * how the column is counted, not what it is: the 2019 format heads its procurement column
 * 采购总金额 and reports write 采购总金额（万元） or 采购总金额（元）, as 2021's 本年收费金额（单位：万元）
 * is written with its note or without. A label is also known by its stem without one.
 */
const UNIT_NOTE = /\((?:单位[:：])?(?:万元|元|件|个|项)\)$/u;
const stemOf = (normalized: string) => normalized.replace(UNIT_NOTE, '');

/**
 * A template's labels, indexed for lookup. Matching a cell's text is memoised: the same
 * labels recur in every row group and in every report of a run, and the fuzzy scan is
 * the costly part of building the model.
 */
export class LabelIndex {
  readonly entries: LabelIndexEntry[];
  private readonly exact = new Map<string, LabelIndexEntry[]>();
  // Far more than the distinct labels of any real run; bounded against hostile tables.
  private readonly memo = new BoundedMemo<string, Match[]>(10_000);

  constructor(template: Template) {
    this.entries = labelIndex(template);
    for (const e of this.entries) {
      for (const k of new Set([e.key, e.full, stemOf(e.key)])) {
        const list = this.exact.get(k) ?? [];
        list.push(e);
        this.exact.set(k, list);
      }
    }
  }

  matches(text: string): Match[] {
    let out = this.memo.get(text);
    if (!out) {
      out = this.compute(text);
      this.memo.set(text, out);
    }
    return out;
  }

  private compute(text: string): Match[] {
    const full = normalizeLabel(text);
    const { prefix, key } = splitNormalized(full);
    // Same key, same numbering: "1.属于国家秘密" over another group's "1.…".
    const bonus = (e: LabelIndexEntry) => (prefix && prefix === e.prefix ? 0.01 : 0);
    const exact = new Set([...(this.exact.get(key) ?? []), ...(this.exact.get(full) ?? []), ...(this.exact.get(stemOf(key)) ?? [])]);
    // An exact label always beats a fuzzy one, so the fuzzy scan runs only without one.
    if (exact.size) return [...exact].map((entry) => ({ entry, score: 1 + bonus(entry) }));
    const out: Match[] = [];
    for (const entry of this.entries) {
      // Similarity ≥ 0.8 is impossible when one label is under two thirds of the other.
      const near = (x: string, y: string) => Math.min(x.length, y.length) * 3 >= Math.max(x.length, y.length) * 2 || y.startsWith(x);
      if (!near(key, entry.key) && !near(full, entry.full)) continue;
      const score = Math.max(labelScore(key, entry.key), labelScore(full, entry.full));
      if (score > 0) out.push({ entry, score: score + bonus(entry) });
    }
    return out;
  }
}

const indexCache = new WeakMap<Template, LabelIndex>();

/** The memoised label index of a template. */
export function labelIndexOf(template: Template): LabelIndex {
  let index = indexCache.get(template);
  if (!index) {
    index = new LabelIndex(template);
    indexCache.set(template, index);
  }
  return index;
}
