import type { ParsedDocument } from '../adapters/types.js';
import { coreMessage } from '../i18n.js';
import { type Report, buildReport } from '../model/report.js';
import type { LintMessage, Locale, Position, Severity } from '../types.js';
import { type Directive, parseDirectives, suppressingDirective } from './directives.js';
import { fillTemplate, localize } from './format-message.js';
import type { ReportDescriptor, Rule, RuleContext } from './rule.js';

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface LintOptions {
  rules: Map<string, Rule<never>>;
  settings: Map<string, RuleSetting>;
  locale: Locale;
  /** --quiet: rules set to warn are not run, and warnings are not reported. */
  quiet?: boolean;
}

export interface DocumentLint {
  messages: LintMessage[];
  suppressed: (LintMessage & { suppressions: { kind: 'directive'; justification: string }[] })[];
  report?: Report;
}

export function fatalMessage(message: string, position?: Partial<Position>): LintMessage {
  return { ruleId: null, fatal: true, severity: 2, message, line: position?.line ?? 1, column: position?.column ?? 1 };
}

/** A document with no title, no section and no table with data is not a report at all. */
function looksLikeReport(report: Report): boolean {
  const hasData = [...report.tables.values()].some((t) => [...t.blocks.values()].some((b) => b.rows.size > 0));
  return report.title !== undefined || report.sections.length > 0 || hasData;
}

function toMessage(rule: Rule<never>, severity: 1 | 2, d: ReportDescriptor, report: Report, locale: Locale): LintMessage {
  const pos: Position = d.position ?? report.source.positionOf(d.range ?? { start: 0, end: 0 });
  const template = d.messageId ? rule.meta.messages[d.messageId] : undefined;
  if (d.messageId && !template) throw new Error(`rule ${rule.meta.id} has no message "${d.messageId}"`);
  const message = template ? fillTemplate(localize(template, locale), d.data) : (d.message ?? '');
  const out: LintMessage = {
    ruleId: rule.meta.id,
    severity,
    message,
    ...(d.messageId ? { messageId: d.messageId } : {}),
    line: pos.line,
    column: pos.column,
    endLine: pos.endLine,
    endColumn: pos.endColumn,
  };
  if (d.suggestions?.length) {
    out.suggestions = d.suggestions.map((s) => {
      const t = rule.meta.messages[s.messageId];
      if (!t) throw new Error(`rule ${rule.meta.id} has no message "${s.messageId}"`);
      return {
        desc: fillTemplate(localize(t, locale), s.data),
        messageId: s.messageId,
        ...(s.data ? { data: s.data } : {}),
        fix: { range: [s.fix.range.start, s.fix.range.end], text: s.fix.text },
      };
    });
  }
  return out;
}

function directiveProblems(directives: Directive[], rules: Map<string, unknown>, locale: Locale): LintMessage[] {
  return directives.flatMap((d) =>
    d.rules
      .filter((r) => !rules.has(r))
      .map((r) => ({
        ruleId: null,
        severity: 1 as const,
        message: coreMessage('unknownDirectiveRule', locale, { rule: r }),
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      })),
  );
}

export function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

/** Runs the enabled rules on one parsed document. */
export function lintDocument(doc: ParsedDocument, options: LintOptions): DocumentLint {
  const { locale } = options;
  if (doc.source.text.trim() === '') return { messages: [fatalMessage(coreMessage('emptyFile', locale))], suppressed: [] };
  const report = buildReport(doc);
  if (!looksLikeReport(report)) return { messages: [fatalMessage(coreMessage('notAReport', locale))], suppressed: [], report };

  const raw: LintMessage[] = [];
  for (const [id, rule] of options.rules) {
    const setting = options.settings.get(id);
    if (!setting || setting.severity === 0) continue;
    if (options.quiet && setting.severity === 1) continue;
    const context: RuleContext<never> = {
      id,
      options: setting.options as never,
      locale,
      report(d) {
        const severity = (d.minor ? 1 : setting.severity) as 1 | 2;
        raw.push(toMessage(rule, severity, d, report, locale));
      },
    };
    try {
      rule.check(report, context);
    } catch (error) {
      // A rule's own bug must not cost the user the other rules' findings.
      raw.push(fatalMessage(coreMessage('ruleCrashed', locale, { rule: id, detail: (error as Error).message })));
    }
  }

  const directives = parseDirectives(report.comments, report.source);
  raw.push(...directiveProblems(directives, options.rules, locale));
  const messages: LintMessage[] = [];
  const suppressed: DocumentLint['suppressed'] = [];
  for (const m of raw.sort(byPosition)) {
    if (options.quiet && m.severity === 1 && !m.fatal) continue;
    const d = suppressingDirective(directives, m);
    if (d) suppressed.push({ ...m, suppressions: [{ kind: 'directive', justification: d.justification }] });
    else messages.push(m);
  }
  return { messages, suppressed, report };
}
