import type { ParsedDocument, PublicationDate, TitleHint } from '../text/document.js';
import { firstFormatYear, loadTemplates, templateForYear } from '../templates/load.js';
import type { Template } from '../templates/types.js';
import type { Position, Range } from '../types.js';
import { type Block, type HtmlComment, TextBlock, flatten } from './blocks.js';
import { SPACE_CHARS, foldWidth } from '../text/labels.js';
import { type StatisticsPeriod, findStatisticsPeriod } from './period.js';
import { type Section, findSections, splitEmbeddedHeadings } from './sections.js';
import type { SourceText } from '../text/source-text.js';
import { type TableModel, TableRecognizer, type UnknownRow } from './tables.js';
import { flattenedTables } from './flattened.js';

export interface ReportYear {
  value: number;
  range: Range;
  /** Where the year was read: the title, the opening "YYYY年" of section 一, or the statistics period. */
  from: 'title' | 'section-1' | 'period';
}

export interface Report {
  source: SourceText;
  format: string;
  blocks: Block[];
  comments: HtmlComment[];
  template: Template;
  /**
   * Why this template: the report year; or (year unknown) which template's labels the tables
   * use; or `before`: the report's year is before every national format (a 2018 report, under
   * the 2007 条例), and the template, picked by its labels, only reads the tables.
   */
  templateBasis: 'year' | 'labels' | 'before';
  title?: { text: string; range: Range };
  /**
   * When the report was published: the date its page showed (发布时间, <meta name=PubDate>),
   * else a date alone at the end of the text (the signature's date).
   */
  published?: PublicationDate & { source: 'page' | 'signature' };
  agency?: string;
  year?: ReportYear;
  years: StatedYears;
  period?: StatisticsPeriod;
  sections: Section[];
  tables: Map<string, TableModel>;
  unknownRows: UnknownRow[];
}

export const TITLE = /(?:政府信息公开|政务公开).{0,12}(?:年度报告|年报)/u;
const YEAR = /((?:19|20)\d{2})[\s\u00a0\u2002]*年/u;
/** What a page's <title> puts between the report's title and the site's name. */
export const TITLE_SEPARATOR = /(?<!\s)\s*[_|｜]\s*|(?<!\s)\s+[-–—]\s+/u;

interface FoundTitle {
  text: string;
  range: Range;
  /** The source range of part of the title text. */
  rangeOf(start: number, end: number): Range;
}

/** A sentence's punctuation, or two words of Latin script: prose that mentions a report, not its title. */
const PROSE = /[，。；！？,;!?]|[A-Za-z]{2}\s+[A-Za-z]{2}/u;

/**
 * A report's title names the agency or the year before 政府信息公开…年度报告; a bare
 * "政府信息公开年报" is the name of the page's column, not a title; and a line of prose
 * that names a report ("Real 政府信息公开工作年度报告 as their agencies published them") is not one.
 */
function isTitle(text: string): boolean {
  const m = TITLE.exec(text);
  return m !== null && text.length <= 80 && !PROSE.test(text) && (YEAR.test(text) || text.slice(0, m.index).trim().length >= 2);
}

function bodyTitles(blocks: Block[], firstSection: number): FoundTitle[] {
  const out: FoundTitle[] = [];
  for (const block of blocks.slice(0, Math.max(firstSection, 0))) {
    if (block.type !== 'text') continue;
    const lineEnd = block.text.indexOf('\n');
    const line = lineEnd < 0 ? block.text : block.text.slice(0, lineEnd);
    if (!isTitle(line.trim())) continue;
    const start = line.length - line.trimStart().length;
    const text = line.trim();
    out.push({ text, range: block.sourceRange(start, start + text.length), rangeOf: (s, e) => block.sourceRange(start + s, start + e) });
  }
  return out;
}

/** The page's own statements of its title (<meta name="ArticleTitle">, <h1>, <title>), for a body that does not open with one. */
function hintedTitles(hints: TitleHint[], source: SourceText): FoundTitle[] {
  const out: FoundTitle[] = [];
  for (const hint of hints) {
    const part = hint.text.split(TITLE_SEPARATOR).find((p) => isTitle(p.trim()));
    if (!part) continue;
    const text = part.trim();
    const within = hint.text.indexOf(text);
    const exact = hint.range && source.text.slice(hint.range.start, hint.range.end) === hint.text;
    const at = (i: number) => (exact ? hint.range!.start + within + i : (hint.range?.start ?? 0));
    const range = exact ? { start: at(0), end: at(text.length) } : (hint.range ?? { start: 0, end: 0 });
    out.push({ text, range, rangeOf: (s, e) => (exact ? { start: at(s), end: at(e) } : range) });
  }
  return out;
}

/** The report's title: the first one that states a year, from the body, else from the page; else the first at all. */
function findTitle(blocks: Block[], firstSection: number, doc: ParsedDocument): FoundTitle | undefined {
  const all = [...bodyTitles(blocks, firstSection), ...hintedTitles(doc.titleHints ?? [], doc.source)];
  return all.find((t) => YEAR.test(t.text)) ?? all[0];
}

function yearIn(text: string, rangeOf: (start: number, end: number) => Range): { value: number; range: Range } | undefined {
  const m = YEAR.exec(foldWidth(text));
  if (!m) return undefined;
  return { value: Number(m[1]), range: rangeOf(m.index, m.index + m[1]!.length) };
}

/** Every year the report states about itself, each where it is written. */
export interface StatedYears {
  title?: { value: number; range: Range };
  /** The opening "YYYY年" of section 一. */
  sectionOne?: { value: number; range: Range };
  period?: { value: number; range: Range };
}

function statedYears(
  blocks: Block[],
  title: FoundTitle | undefined,
  sections: Section[],
  period: StatisticsPeriod | undefined,
): StatedYears {
  const years: StatedYears = {};
  if (title) {
    const y = yearIn(title.text, title.rangeOf);
    if (y) years.title = y;
  }
  const first = sections.find((s) => s.number === 1);
  if (first) {
    // The opening words of section 一: the heading's own block when text runs on after
    // the title, else the first paragraph.
    const own = blocks[first.blockIndex] as TextBlock;
    const paragraph = first.content.find((b): b is TextBlock => b.type === 'text' && b.text.trim() !== '');
    const [block, from] = first.inlineContentStart !== undefined ? [own, first.inlineContentStart] : [paragraph, 0];
    if (block) {
      const rest = block.text.slice(from);
      const start = from + rest.length - rest.trimStart().length;
      const y = yearIn(block.text.slice(start, start + 12), (s, e) => block.sourceRange(start + s, start + e));
      if (y) years.sectionOne = y;
    }
  }
  if (period) years.period = { value: period.start.year, range: period.range };
  return years;
}

/** The report year: from the title, else the opening of section 一, else the statistics period. */
function reportYear(years: StatedYears): ReportYear | undefined {
  if (years.title) return { ...years.title, from: 'title' };
  if (years.sectionOne) return { ...years.sectionOne, from: 'section-1' };
  if (years.period) return { ...years.period, from: 'period' };
  return undefined;
}

const SIGNATURE_DATE = new RegExp(`^[${SPACE_CHARS}]*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日[${SPACE_CHARS}]*$`, 'u');

/** A date alone on one of the last lines of the report ("2025年1月20日" under the agency's name). */
function signatureDate(blocks: Block[]): (PublicationDate & { source: 'signature' }) | undefined {
  const tail = blocks.filter((b): b is TextBlock => b instanceof TextBlock && b.text.trim() !== '').slice(-3).reverse();
  for (const block of tail) {
    const lines = block.text.split('\n');
    let at = block.text.length;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!;
      at -= line.length;
      const m = SIGNATURE_DATE.exec(line);
      if (m) {
        const lead = line.length - line.trimStart().length;
        return {
          date: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
          range: block.sourceRange(at + lead, at + line.trimEnd().length),
          source: 'signature',
        };
      }
      at -= 1;
    }
  }
  return undefined;
}

export function agencyOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const m = /^(.+?)(?<![\s\u00a0\u2002])[\s\u00a0\u2002]*(?:(?:19|20)\d{2}[\s\u00a0\u2002]*年度?|政府信息公开|政务公开)/u.exec(title);
  // "2024年度某局政府信息公开…" names its year first: the year is no part of the agency's name.
  const agency = m?.[1]?.replace(/^(?:19|20)\d{2}[\s\u00a0\u2002]*年度?/u, '').trim();
  return agency && agency.length >= 2 ? agency : undefined;
}

function recognizeTables(blocks: Block[], sections: Section[], template: Template, source: SourceText) {
  const recognizer = new TableRecognizer(template, source);
  let s = 0;
  blocks.forEach((block, i) => {
    while (s < sections.length - 1 && sections[s + 1]!.blockIndex < i) s++;
    const section = sections[s] && sections[s]!.blockIndex < i ? sections[s]!.number : undefined;
    if (block.type === 'table') recognizer.add(block, section);
  });
  return recognizer;
}

function recognizedCells(r: TableRecognizer): number {
  let n = 0;
  for (const t of r.tables.values()) for (const b of t.blocks.values()) n += b.rows.size + b.headers.size;
  return n;
}

/** Builds the report model from an adapter's mdast: one pass over the tree, no re-parsing. */
export function buildReport(doc: ParsedDocument): Report {
  const flat = flatten(doc.tree, doc.source.text);
  const templates = loadTemplates();
  // Section titles are the same in both templates, so the newest serves to find them.
  const blocks = splitEmbeddedHeadings(flat.blocks, templates[0]!);
  const { comments } = flat;
  const sections = findSections(blocks, templates[0]!);
  const firstSection = sections[0]?.blockIndex ?? blocks.length;
  const title = findTitle(blocks, firstSection, doc);
  const textBlocks = blocks.filter((b): b is TextBlock => b instanceof TextBlock);
  const tablesStart = sections.find((s) => s.number >= 2)?.range.start ?? Number.POSITIVE_INFINITY;
  const period = findStatisticsPeriod(textBlocks, tablesStart);
  const years = statedYears(blocks, title, sections, period);
  const year = reportYear(years);

  let template = templateForYear(year?.value);
  let templateBasis: Report['templateBasis'] = 'year';
  let recognizer: TableRecognizer;
  if (template) {
    recognizer = recognizeTables(blocks, sections, template, doc.source);
  } else {
    // Year unknown, or before every format: the template whose labels the tables actually use.
    // A year read before the formats must not be contradicted by the stated period ("2018年以来…"
    // opening a 2019 report whose title names no year): then it is taken as unknown.
    const before = year && year.value < firstFormatYear() && (!years.period || years.period.value === year.value);
    templateBasis = before ? 'before' : 'labels';
    const tried = templates.map((t) => ({ t, r: recognizeTables(blocks, sections, t, doc.source) }));
    const pick = tried.reduce((a, b) => (recognizedCells(b.r) > recognizedCells(a.r) ? b : a));
    template = pick.t;
    recognizer = pick.r;
  }

  for (const [id, table] of flattenedTables(template, textBlocks, recognizer.tables, doc.source, (offset) =>
    sections.filter((s) => s.range.start <= offset).pop()?.number,
  )) {
    recognizer.tables.set(id, table);
  }

  const agency = agencyOf(title?.text);
  const published = doc.published ? { ...doc.published, source: 'page' as const } : signatureDate(blocks);
  return {
    source: doc.source,
    format: doc.format,
    blocks,
    comments,
    template,
    templateBasis,
    ...(title ? { title: { text: title.text, range: title.range } } : {}),
    ...(published ? { published } : {}),
    ...(agency ? { agency } : {}),
    ...(year ? { year } : {}),
    years,
    ...(period ? { period } : {}),
    sections,
    tables: recognizer.tables,
    unknownRows: recognizer.unknownRows,
  };
}

/** Helpers rules share for reading a report. */
export function sectionOf(report: Report, n: number): Section | undefined {
  return report.sections.find((s) => s.number === n);
}

export function positionOf(report: Report, range: Range): Position {
  return report.source.positionOf(range);
}

/** Where a missing section should stand: at the next section that is present, else at the end. */
export function expectedSectionRange(report: Report, n: number): Range {
  const next = report.sections.filter((s) => s.number > n).sort((a, b) => a.range.start - b.range.start)[0];
  if (next) return { start: next.range.start, end: next.range.start };
  const end = report.source.text.trimEnd().length;
  return { start: end, end };
}

/** The sentences of some prose, width-folded, each with its source range (split at 。；; and line ends). */
export function sentencesIn(prose: { block: TextBlock; start: number }[]): { text: string; range: Range }[] {
  const out: { text: string; range: Range }[] = [];
  for (const { block, start } of prose) {
    const text = foldWidth(block.text);
    const re = /[^。；;\n]+[。；;]?/gu;
    re.lastIndex = start;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const sentence = m[0].trim();
      if (sentence) out.push({ text: sentence, range: block.sourceRange(m.index + lead, m.index + lead + sentence.length) });
    }
  }
  return out;
}

/** The prose of a section: text run on after its heading, then its text blocks. */
export function sectionProse(report: Report, section: Section): { block: TextBlock; start: number }[] {
  const out: { block: TextBlock; start: number }[] = [];
  const own = report.blocks[section.blockIndex];
  if (section.inlineContentStart !== undefined && own instanceof TextBlock) out.push({ block: own, start: section.inlineContentStart });
  for (const b of section.content) if (b instanceof TextBlock) out.push({ block: b, start: 0 });
  return out;
}
