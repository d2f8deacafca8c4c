import type { HtmlComment } from '../model/blocks.js';
import type { SourceText } from '../text/source-text.js';
import type { LintMessage } from '../types.js';

/**
 * Inline configuration in Markdown comments, after ESLint's:
 *   <!-- xxgk-lint-disable [rule, …] [-- reason] -->   until enable or the end
 *   <!-- xxgk-lint-enable [rule, …] -->
 *   <!-- xxgk-lint-disable-next-line [rule, …] [-- reason] -->
 *   <!-- xxgk-lint-disable-line [rule, …] [-- reason] -->
 * No rule list means every rule.
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: all rules. */
  rules: string[];
  justification: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const DIRECTIVE = /^<!--\s*xxgk-lint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->$/;

/**
 * The `<!-- … -->` comments in an html node's text, each ending at the first `-->` after it.
 * Read with indexOf rather than `/<!--[\s\S]*?-->/g`, which from every `<!--` of a line of
 * them scanned to the end of the text for a `-->` that was not there.
 */
function* commentsIn(text: string): Generator<{ index: number; text: string }> {
  for (let index = text.indexOf('<!--'); index >= 0; ) {
    const close = text.indexOf('-->', index + 4);
    if (close < 0) return;
    yield { index, text: text.slice(index, close + 3) };
    index = text.indexOf('<!--', close + 3);
  }
}

export function parseDirectives(comments: HtmlComment[], source: SourceText): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    // One html node may hold several comments (a comment followed by text on the next lines).
    for (const m of commentsIn(c.value)) {
      const d = DIRECTIVE.exec(m.text);
      if (!d) continue;
      const [list = '', reason = ''] = d[2]!.split(/\s--\s|\s--$/);
      const start = c.range.start + m.index;
      const pos = source.positionOf({ start, end: start + m.text.length });
      out.push({
        kind: d[1] as DirectiveKind,
        rules: list.split(/[\s,]+/).filter(Boolean),
        justification: reason.trim(),
        ...pos,
      });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function applies(d: Directive, ruleId: string | null): boolean {
  return ruleId !== null && (d.rules.length === 0 || d.rules.includes(ruleId));
}

function before(d: Directive, m: LintMessage): boolean {
  return d.line < m.line || (d.line === m.line && d.column <= m.column);
}

/** The directive that silences a message, if any. Fatal messages are never silenced. */
export function suppressingDirective(directives: Directive[], m: LintMessage): Directive | undefined {
  if (m.fatal) return undefined;
  let block: Directive | undefined;
  for (const d of directives) {
    if (!applies(d, m.ruleId)) continue;
    if (d.kind === 'disable-next-line' && m.line === d.endLine + 1) return d;
    if (d.kind === 'disable-line' && m.line >= d.line && m.line <= d.endLine) return d;
    if (d.kind === 'disable' && before(d, m)) block = d;
    if (d.kind === 'enable' && before(d, m)) block = undefined;
  }
  return block;
}
