import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * Builds a Word file from one of our HTML fixtures, the way a report is written in Word:
 * paragraphs, and tables whose merged cells are real Word merges (gridSpan, vMerge).
 * Used so that the .docx specs need no binary fixture.
 */
const SKIP = new Set(['script', 'style', 'nav', 'header', 'footer', 'head']);

function isElement(n: ElementContent | Root['children'][number]): n is Element {
  return n.type === 'element';
}

function cellsOf(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
}

function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.tagName === 'tr') out.push(c);
    else if (['tbody', 'thead', 'tfoot'].includes(c.tagName)) out.push(...rowsOf(c));
  }
  return out;
}

function hasTable(node: Element): boolean {
  return node.children.some((c) => isElement(c) && (c.tagName === 'table' || hasTable(c)));
}

function wordTable(table: Element): Table {
  return new Table({
    rows: rowsOf(table).map(
      (tr) =>
        new TableRow({
          children: cellsOf(tr).map((td) => {
            const lines = toText(td).split('\n');
            return new TableCell({
              children: [new Paragraph({ children: lines.map((l, i) => new TextRun({ text: l, break: i > 0 ? 1 : 0 })) })],
              columnSpan: Number(td.properties.colSpan ?? 1),
              rowSpan: Number(td.properties.rowSpan ?? 1),
            });
          }),
        }),
    ),
  });
}

function blocks(node: Element | Root, out: (Paragraph | Table)[]): void {
  for (const child of node.children) {
    if (!isElement(child) || SKIP.has(child.tagName)) continue;
    if (child.tagName === 'table') {
      // A layout table around the article: its content, not a table.
      if (hasTable(child)) blocks(child, out);
      else out.push(wordTable(child));
    } else if (['p', 'h1', 'h2', 'h3', 'h4', 'div'].includes(child.tagName) && !child.children.some((c) => isElement(c) && ['p', 'div', 'table', 'h1', 'h2', 'h3'].includes(c.tagName))) {
      const text = toText(child).trim();
      if (text) out.push(new Paragraph({ children: [new TextRun(text)] }));
    } else blocks(child, out);
  }
}

export async function htmlToDocx(html: string): Promise<Buffer> {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const children: (Paragraph | Table)[] = [];
  blocks(tree, children);
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
