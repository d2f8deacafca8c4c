import type { Template } from '../templates/types.js';
import type { Range } from '../types.js';
import { type Block, TextBlock } from './blocks.js';
import { type TitleMatch, matchHeading } from '../recognize/headings.js';
import { matchesIn } from '../text/matches.js';

export interface SectionHeading {
  /** The template section this heading stands for (1–6). */
  number: number;
  /** The numeral written before the title, if any ("三、" → 3). */
  writtenNumber?: number;
  /** The heading as written: numeral and title. */
  text: string;
  title: string;
  match: TitleMatch;
  range: Range;
  /** Index of the block holding the heading. */
  blockIndex: number;
  /** Where the section's own text starts inside that block when the heading runs on in it. */
  inlineContentStart?: number;
}

export interface Section extends SectionHeading {
  /** Blocks after the heading, up to the next section heading. */
  content: Block[];
  /** Text that shares the heading's block ("五、存在的主要问题及改进情况 2024年，我局…"). */
  inlineText: string;
  empty: boolean;
  /** The heading alone. */
  headingRange: Range;
  /** From the heading to the end of its content. */
  range: Range;
}

function headingIn(block: TextBlock, blockIndex: number, template: Template): SectionHeading | undefined {
  if (block.kind === 'list') return undefined;
  const lineEnd = block.text.indexOf('\n');
  const firstLine = lineEnd < 0 ? block.text : block.text.slice(0, lineEnd);
  const h = matchHeading(firstLine, block.kind === 'heading', template);
  if (!h) return undefined;
  const inlineRest = block.text.slice(h.end).trim();
  return {
    number: h.number,
    ...(h.writtenNumber !== undefined ? { writtenNumber: h.writtenNumber } : {}),
    text: block.text.slice(h.start, h.end),
    title: h.title,
    match: h.match,
    range: block.sourceRange(h.start, h.end),
    blockIndex,
    ...(inlineRest ? { inlineContentStart: h.end } : {}),
  };
}

const EMBEDDED = /[一二三四五六][、.．]/gu;

/**
 * Splits text blocks where a section heading stands inside a line. Scraped pages run
 * sections together, after a full stop, a space, a number of the table before it or a
 * bracket ("…联系。一、总体情况2021年…", "…元三、收到和处理政府信息公开申请情况（…",
 * "…0 四、政府信息公开行政复议…"), so a heading is recognised wherever it stands, but only
 * when a known title follows its numeral: table 三's row labels (三、本年度办理结果) and
 * prose enumerations (一、加强培训) are never known titles.
 */
export function splitEmbeddedHeadings(blocks: Block[], template: Template): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (!(block instanceof TextBlock) || block.kind === 'list') {
      out.push(block);
      continue;
    }
    let from = 0;
    for (const m of matchesIn(block.text, EMBEDDED)) {
      if (m.index === 0) continue;
      const lineEnd = block.text.indexOf('\n', m.index);
      const h = matchHeading(block.text.slice(m.index, lineEnd < 0 ? undefined : lineEnd), false, template);
      if (!h?.known) continue;
      if (block.text.slice(from, m.index).trim()) out.push(block.slice(from, m.index));
      from = m.index;
    }
    out.push(from === 0 ? block : block.slice(from));
  }
  return out;
}

function hasText(block: Block): boolean {
  return block.type === 'table' ? block.rows.length > 0 : block.text.trim() !== '';
}

/** The section headings of a report, in document order, with the blocks each one holds. */
export function findSections(blocks: Block[], template: Template): Section[] {
  const headings: SectionHeading[] = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'text') return;
    const h = headingIn(block, i, template);
    if (h) headings.push(h);
  });
  return headings.map((h, i) => {
    const next = headings[i + 1];
    const content = blocks.slice(h.blockIndex + 1, next ? next.blockIndex : blocks.length);
    const own = blocks[h.blockIndex] as TextBlock;
    const inlineText = h.inlineContentStart !== undefined ? own.text.slice(h.inlineContentStart).trim() : '';
    const last = content[content.length - 1];
    // The heading grows into its section (no spread: copying an object while adding fields is
    // V8's slow path, microseconds each).
    const section = h as Section;
    section.content = content;
    section.inlineText = inlineText;
    section.empty = inlineText === '' && !content.some(hasText);
    section.headingRange = h.range;
    section.range = { start: h.range.start, end: last ? last.range.end : own.range.end };
    return section;
  });
}
