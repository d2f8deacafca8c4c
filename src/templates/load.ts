import { readFileSync } from 'node:fs';
import { describeErrors, schemaValidator } from '../schemas/validator.js';
import { schemaPath } from '../schemas/package-root.js';
import type { Template } from './types.js';

const TEMPLATE_IDS = ['2021', '2019'] as const;
let cache: Template[] | undefined;

/** Checks what JSON Schema cannot: identities must name rows and columns that exist. */
function checkReferences(t: Template): string[] {
  const problems: string[] = [];
  for (const id of t.identities) {
    const table = t.tables.find((x) => x.id === id.table);
    const block = table?.blocks.find((b) => b.id === id.block);
    if (!block) {
      problems.push(`identity ${id.id}: no block ${id.table}/${id.block}`);
      continue;
    }
    const names = new Set((id.each === 'column' ? block.rows : block.columns).map((x) => x.id));
    for (const ref of [...id.left, ...id.right, id.target]) {
      if (!names.has(ref)) problems.push(`identity ${id.id}: unknown ${id.each === 'column' ? 'row' : 'column'} "${ref}"`);
    }
  }
  for (const s of t.sections) {
    if (s.table && !t.tables.some((x) => x.id === s.table)) problems.push(`section ${s.number}: unknown table "${s.table}"`);
  }
  return problems;
}

export function parseTemplate(json: unknown, origin: string): Template {
  const validate = schemaValidator('template.schema.json');
  if (!validate(json)) {
    throw new Error(`invalid template ${origin}:\n  ${describeErrors(validate.errors).join('\n  ')}`);
  }
  const t = json as unknown as Template;
  const problems = checkReferences(t);
  if (problems.length) throw new Error(`invalid template ${origin}:\n  ${problems.join('\n  ')}`);
  return t;
}

/** The bundled templates, newest first, validated once per process. */
export function loadTemplates(): Template[] {
  cache ??= TEMPLATE_IDS.map((id) => {
    const file = schemaPath('templates', `${id}.json`);
    return parseTemplate(JSON.parse(readFileSync(file, 'utf8')), file);
  });
  return cache;
}

/** The first report year any format applies to: reports before it were written under the 2007 条例, which set none. */
export function firstFormatYear(): number {
  return Math.min(...loadTemplates().map((t) => t.years.from));
}

/** The template in force for a report year: 2021 format from 2021 on, the 2019 trial format before. */
export function templateForYear(year: number | undefined): Template | undefined {
  if (year === undefined) return undefined;
  return loadTemplates().find((t) => year >= t.years.from && (t.years.to === undefined || year <= t.years.to));
}
