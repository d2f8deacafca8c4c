import type { Template } from '../templates/types.js';
import type { Range } from '../types.js';
import type { Block, TextBlock } from './blocks.js';
import { normalizeLabel, parseChineseNumeral, similarity } from './labels.js';
import { labelIndexOf } from './tables.js';

/** How a heading's title compares with the template. */
export type TitleMatch = 'official' | 'variant' | 'nonstandard';

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

const NUMBERED = /^[\s\u00a0\u2000-\u200b\u3000]*([一二三四五六七八九十])[\s\u3000]*[、.．，,][\s\u3000]*/u;
// A title ends at sentence punctuation or at a gap before running text.
const TITLE_END = /[\s\u00a0\u2000-\u200b\u3000。；;：:，,]/u;
const TITLE_MAX = 40;

/** Titles compared without the punctuation and conjunctions reports vary in. */
function titleKey(text: string): string {
  return normalizeLabel(text).replace(/[、,，.和及与]/gu, '');
}

interface Scored {
  number: number;
  score: number;
  match: TitleMatch;
}

function scoreTitle(title: string, template: Template): Scored | undefined {
  const key = titleKey(title);
  let best: Scored | undefined;
  for (const s of template.sections) {
    if (key === titleKey(s.title)) return { number: s.number, score: 1, match: 'official' };
    if (s.variants.some((v) => titleKey(v) === key)) return { number: s.number, score: 1, match: 'variant' };
    const score = Math.max(similarity(key, titleKey(s.title)), ...s.variants.map((v) => similarity(key, titleKey(v))));
    if (!best || score > best.score) best = { number: s.number, score, match: 'nonstandard' };
  }
  return best;
}

/** Table row labels such as "一、本年新收政府信息公开申请数量" are never section headings. */
function isTableLabel(title: string, template: Template): boolean {
  return labelIndexOf(template)
    .matches(title)
    .some((m) => m.entry.kind === 'row' && m.score >= 0.9);
}

function headingIn(block: TextBlock, blockIndex: number, template: Template): SectionHeading | undefined {
  if (block.kind === 'list') return undefined;
  const lineEnd = block.text.indexOf('\n');
  const firstLine = lineEnd < 0 ? block.text : block.text.slice(0, lineEnd);
  const numbered = NUMBERED.exec(firstLine);
  const afterNumeral = numbered ? numbered[0].length : firstLine.length - firstLine.trimStart().length;
  const rest = firstLine.slice(afterNumeral);
  const cut = block.kind === 'heading' ? -1 : rest.search(TITLE_END);
  const title = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  if (!title || title.length > TITLE_MAX) return undefined;

  const writtenNumber = numbered ? parseChineseNumeral(numbered[1]!) : undefined;
  const scored = scoreTitle(title, template);
  if (!scored) return undefined;
  let number: number | undefined;
  let match: TitleMatch = scored.match;
  if (scored.match !== 'nonstandard') number = scored.number;
  else if (writtenNumber !== undefined && writtenNumber <= template.sections.length) {
    const own = scoreTitle(title, { ...template, sections: template.sections.filter((s) => s.number === writtenNumber) });
    // A Markdown heading with the right numeral is a section whatever its wording;
    // plain text must also resemble the title, or "一、加强培训" in 五 would be one.
    if ((own && own.score >= 0.5) || block.kind === 'heading') number = writtenNumber;
    else if (scored.score >= 0.75) number = scored.number;
  } else if (scored.score >= 0.75 && (writtenNumber !== undefined || block.kind === 'heading')) {
    number = scored.number;
  }
  if (number === undefined) return undefined;
  if (match === 'nonstandard' && writtenNumber === undefined && block.kind !== 'heading') return undefined;
  if (match === 'nonstandard' && isTableLabel(title, template)) return undefined;

  const titleStart = afterNumeral + rest.indexOf(title);
  const headingEnd = titleStart + title.length;
  const start = firstLine.length - firstLine.trimStart().length;
  const inlineRest = block.text.slice(headingEnd).trim();
  return {
    number,
    ...(writtenNumber !== undefined ? { writtenNumber } : {}),
    text: block.text.slice(start, headingEnd),
    title,
    match,
    range: block.sourceRange(start, headingEnd),
    blockIndex,
    ...(inlineRest ? { inlineContentStart: headingEnd } : {}),
  };
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
    return {
      ...h,
      content,
      inlineText,
      empty: inlineText === '' && !content.some(hasText),
      headingRange: h.range,
      range: { start: h.range.start, end: last ? last.range.end : own.range.end },
    };
  });
}
