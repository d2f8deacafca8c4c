import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Loaded } from '../../src/model/loaded.js';
import { loadBytes } from '../../src/pipeline/load-report.js';
import type { Report } from '../../src/model/report.js';
import type { Cell } from '../../src/model/tables.js';
import { TIMEOUT, assertProperty, lint } from './harness.js';
import { TEXT_SUBJECTS, type TextSubject } from './subjects.js';

/**
 * Property 4 (issue 10): a report whose tables balance, changed in exactly one cell of
 * table 三 or 四, gets table-totals findings only at cells of the identities that contain
 * that cell (identities: schemas/templates/*.json; which cells a finding names: the solver,
 * src/model/solver.ts, and rules/table-totals.ts), and at least one when such an identity
 * can be evaluated. "Exactly one cell" is checked on the model of the edited report: every
 * other cell must read as before, else the edit is not a one-cell edit and is skipped.
 */

const TABLES = ['requests', 'appeals'];
const key = (c: Cell) => `${c.row.id}/${c.column.id}`;

interface Base {
  subject: TextSubject;
  report: Report;
  /** Cells whose text is the number they read as (an edit of that text changes that one cell). */
  cells: { table: string; cell: Cell }[];
}

function tableCells(report: Report): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const t of TABLES) {
    for (const row of report.tables.get(t)?.blocks.get('main')?.rows.values() ?? []) for (const c of row.cells) out.set(`${t}:${key(c)}`, c);
  }
  return out;
}

const valueOf = (c: Cell) => JSON.stringify(c.value);

/** The cells, by identity, that share an evaluated identity line with `cell`. */
function companions(report: Report, table: string, cell: Cell): { cells: Set<string>; evaluable: boolean } {
  const block = report.tables.get(table)!.blocks.get('main')!;
  const at = (row: string, column: string) => block.rows.get(row)?.cells.find((c) => c.column.id === column);
  const cells = new Set<string>();
  let evaluable = false;
  for (const identity of report.template.identities.filter((i) => i.table === table && i.block === 'main')) {
    const ids = [...identity.left, ...identity.right];
    const line = identity.each === 'column' ? cell.column.id : cell.row.id;
    if (!ids.includes(identity.each === 'column' ? cell.row.id : cell.column.id)) continue;
    const members = ids.map((id) => (identity.each === 'column' ? at(id, line) : at(line, id)));
    for (const m of members) if (m) cells.add(`${m.position.line}:${m.position.column}`);
    if (members.every((m) => m && (m.value.status === 'number' || m.value.status === 'blank'))) evaluable = true;
  }
  return { cells, evaluable };
}

const bases: Base[] = [];

beforeAll(async () => {
  for (const subject of TEXT_SUBJECTS) {
    const bytes = new Uint8Array(iconv.encode(subject.text, subject.encoding));
    const loaded: Loaded = await loadBytes(bytes, subject.name);
    if (!loaded.ok) continue;
    const { report } = loaded;
    const result = await lint(bytes, subject.name);
    const blocks = TABLES.map((t) => report.tables.get(t)?.blocks.get('main'));
    // A report that already fails an identity, or whose table digits ran together, is no base for "one cell changed".
    if (result.messages.some((m) => m.ruleId === 'table-totals') || blocks.some((b) => !b || b.flattened)) continue;
    const cells = TABLES.flatMap((table) =>
      [...report.tables.get(table)!.blocks.get('main')!.rows.values()]
        .flatMap((r) => r.cells)
        .filter((c) => c.value.status === 'number' && /^\d+$/u.test(report.source.text.slice(c.range.start, c.range.end)))
        .map((cell) => ({ table, cell })),
    );
    bases.push({ subject, report, cells });
  }
}, 120_000);

describe('one cell of table 三 or 四 changed', () => {
  it('has balanced real reports with tables to change (the seeds in every format, the 2023 and 2024 pages)', () => {
    expect(bases.map((b) => b.subject.name)).toEqual(expect.arrayContaining(['markdown/000.md', 'seeds/002.gb18030.txt', 'html/000.html', 'real/pt-2023.html', 'real/pt-2024.html']));
  });

  it('gives table-totals findings only at cells of the identities that contain it, and at least one', () => {
    const property = fc.asyncProperty(fc.nat(), fc.nat(), fc.nat({ max: 5000 }), async (b, c, value) => {
      const base = bases[b % bases.length]!;
      const { table, cell } = base.cells[c % base.cells.length]!;
      const old = base.report.source.text.slice(cell.range.start, cell.range.end);
      fc.pre(String(value) !== old);
      const text = base.report.source.text;
      const edited = text.slice(0, cell.range.start) + String(value) + text.slice(cell.range.end);
      const bytes = new Uint8Array(iconv.encode(edited, base.subject.encoding));
      const loaded = await loadBytes(bytes, base.subject.name);
      if (!loaded.ok) throw new Error(`the edited report is no longer a report: ${loaded.reason}`);
      // Exactly one cell changed: the edited one reads the new value, every other as before.
      const before = tableCells(base.report);
      const after = tableCells(loaded.report);
      const name = `${table}:${key(cell)}`;
      const changed = [...after].filter(([k, v]) => !before.has(k) || valueOf(before.get(k)!) !== valueOf(v)).map(([k]) => k);
      fc.pre(before.size === after.size && changed.length === 1 && changed[0] === name && TABLES.every((t) => !loaded.report.tables.get(t)!.blocks.get('main')!.flattened));
      // The model ties the edited cell to exactly the text written, so a finding on it points there.
      const edit = after.get(name)!;
      expect(edited.slice(edit.range.start, edit.range.end)).toBe(String(value));
      expect(edit.range.start).toBe(cell.range.start);
      const { cells, evaluable } = companions(loaded.report, table, edit);
      const findings = (await lint(bytes, base.subject.name)).messages.filter((m) => m.ruleId === 'table-totals');
      const elsewhere = findings.filter((m) => !cells.has(`${m.line}:${m.column}`));
      expect(elsewhere).toEqual([]);
      if (evaluable) expect(findings.length).toBeGreaterThan(0);
    });
    return assertProperty('one cell', property, 60);
  }, TIMEOUT);
});
