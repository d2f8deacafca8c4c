import type { Report } from '../src/model/report.js';
import { sectionOf } from '../src/model/report.js';

/**
 * A report's tables 三 and 四 as a crawler flattens them: each section's content replaced by one
 * line of the template's labels with the cells' text joined without separators
 * ("一、本年新收政府信息公开申请数量110000011二、上年结转…").
 */
export function flattenTables(report: Report): string {
  const text = report.source.text;
  const edits: { start: number; end: number; line: string }[] = [];
  for (const id of ['requests', 'appeals']) {
    const table = report.tables.get(id);
    const section = sectionOf(report, table?.template.section ?? 0);
    if (!table || !section) continue;
    let line = '';
    for (const tb of table.template.blocks) {
      const block = table.blocks.get(tb.id);
      if (!block) continue;
      if (tb.rows[0]!.label === null) line += tb.columns.map((c) => c.label).join('');
      let groups: string[] = [];
      for (const tr of tb.rows) {
        const row = block.rows.get(tr.id);
        if (!row) continue;
        const fresh = (tr.groups ?? []).filter((g, i) => groups[i] !== g);
        groups = tr.groups ?? [];
        line += fresh.join('') + (tr.label ?? '') + row.cells.map((c) => c.raw.trim()).join('');
      }
    }
    edits.push({ start: section.headingRange.end, end: Math.max(table.range.end, section.range.end), line: `\n${line}\n` });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.line + out.slice(e.end);
  return out;
}
