/**
 * Applying fixes, with ESLint's semantics: fixes are applied in source order, one that
 * overlaps or touches an earlier one waits for the next pass, and a pass never rewrites
 * text outside the ranges of the fixes it applies.
 */
import type { EditInfo, LintMessage, Locale, Range } from '../types.js';

/** ESLint's limit: after this many passes the remaining fixes are left as messages. */
export const MAX_FIX_PASSES = 10;

/** Formats whose source text is the file itself; others (.docx) are renditions of a source we cannot write. */
const WRITABLE_FORMATS = new Set(['markdown', 'text', 'html']);

export function fixesWriteBack(format: string): boolean {
  return WRITABLE_FORMATS.has(format);
}

export interface FixPass {
  /** The text with every applicable fix applied. */
  output: string;
  /** Whether any fix was applied. */
  fixed: boolean;
  /** The fixes applied, in source order. */
  applied: EditInfo[];
  /** The messages not fixed in this pass: without a fix, or with one that overlaps an applied fix. */
  remaining: LintMessage[];
}

/** One pass of fixes over `text`. */
export function applyFixes(text: string, messages: LintMessage[]): FixPass {
  const fixable = messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const remaining = messages.filter((m) => !m.fix);
  let output = '';
  let copied = 0;
  let lastEnd = -1;
  const applied: EditInfo[] = [];
  for (const m of fixable) {
    const [start, end] = m.fix!.range;
    // ESLint takes touching fixes for overlapping ones: their order would be ambiguous.
    if (start <= lastEnd || start < 0 || end > text.length || end < start) {
      remaining.push(m);
      continue;
    }
    output += text.slice(copied, start) + m.fix!.text;
    copied = end;
    lastEnd = end;
    applied.push(m.fix!);
  }
  output += text.slice(copied);
  return { output, fixed: applied.length > 0, applied, remaining };
}

/**
 * A fix that replaces `written` at `range`, offered only where the source holds exactly that
 * text there: where an adapter maps a range across markup (an HTML heading with <b> inside)
 * the source is not the plain text, and rewriting it would touch text the user did not write
 * as that label.
 */
export function replaceVerbatim(source: string, range: Range, written: string, text: string): { range: Range; text: string } | undefined {
  if (source.slice(range.start, range.end) !== written || written === text) return undefined;
  return { range, text };
}

/** The sub-range of `range` where `part` stands in the source, when it stands there exactly once. */
export function rangeOfOnly(source: string, range: Range, part: string): Range | undefined {
  const slice = source.slice(range.start, range.end);
  const at = slice.indexOf(part);
  if (at < 0 || slice.indexOf(part, at + 1) >= 0) return undefined;
  return { start: range.start + at, end: range.start + at + part.length };
}

/** How a fix is named where it is offered as a choice (an editor's quick fix, a suggestion). */
export function describeFix(fix: EditInfo, locale: Locale): string {
  return locale === 'zh' ? `改为「${fix.text}」` : `Replace with "${fix.text}"`;
}

/**
 * For a format whose fixes cannot be written back, each fix becomes a suggestion that says so:
 * the user makes the change in the source document.
 */
export function fixesAsSuggestions(messages: LintMessage[], locale: Locale): LintMessage[] {
  return messages.map(({ fix, ...m }) => {
    if (!fix) return m;
    const note = locale === 'zh' ? '（请在源文档中修改，此格式的文件不会被自动修复）' : ' (in the source document: files of this format are not fixed automatically)';
    return { ...m, suggestions: [{ desc: describeFix(fix, locale) + note, fix }, ...(m.suggestions ?? [])] };
  });
}
