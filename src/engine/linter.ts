import { type ParsedDocument, pageAt } from '../text/document.js';
import { coreMessage } from '../i18n.js';
import { type Loaded, fromDocument } from '../model/loaded.js';
import { DEFAULT_ADAPTER_OPTIONS } from '../text/document.js';
import type { Report } from '../model/report.js';
import { type ReportSummary, summarize } from '../model/summary.js';
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
  /** Rule id → the plugin file it came from, so that a crash names the plugin, not xxgk-lint. */
  pluginFiles?: ReadonlyMap<string, string>;
}

export interface DocumentLint {
  messages: LintMessage[];
  suppressed: (LintMessage & { suppressions: { kind: 'directive'; justification: string }[] })[];
  report?: Report;
}

export function fatalMessage(message: string, position?: Partial<Position>): LintMessage {
  return { ruleId: null, fatal: true, severity: 2, message, line: position?.line ?? 1, column: position?.column ?? 1 };
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
    ...(d.fix ? { fix: { range: [d.fix.range.start, d.fix.range.end] as [number, number], text: d.fix.text } } : {}),
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

/** Runs the enabled rules on one parsed document; `previous` is last year's report, if known. */
export function lintDocument(doc: ParsedDocument, options: LintOptions, previous?: Report | ReportSummary): DocumentLint {
  return lintLoaded(fromDocument(doc, DEFAULT_ADAPTER_OPTIONS.maxSpan), options, previous);
}

/** A loaded file: its fatal message, or the findings of the enabled rules. */
export function lintLoaded(loaded: Loaded, options: LintOptions, previous?: Report | ReportSummary): DocumentLint {
  if (!loaded.ok) return { messages: [fatalMessage(coreMessage(loaded.reason, options.locale, loaded.data))], suppressed: [] };
  const linted = withNotices(lintReport(loaded.report, options, previous), loaded, options);
  return loaded.pages ? withPages(linted, loaded.report, { pages: loaded.pages }, options.locale) : linted;
}

/** What loading noticed but did not refuse (a clamped span) goes first among the findings. */
function withNotices(linted: DocumentLint, loaded: Loaded & { ok: true }, options: LintOptions): DocumentLint {
  if (!loaded.notices || options.quiet) return linted;
  const notices = loaded.notices.map((n): LintMessage => ({
    ruleId: null,
    severity: 1,
    message: coreMessage(n.id, options.locale, n.data),
    ...loaded.report.source.positionOf(n.range),
  }));
  return { ...linted, messages: [...notices, ...linted.messages].sort(byPosition) };
}

/** Each message of a paged original (PDF) also names its page, for finding the spot in a viewer. */
function withPages(lint: DocumentLint, report: Report, doc: Pick<ParsedDocument, 'pages'>, locale: Locale): DocumentLint {
  const paged = <M extends LintMessage>(m: M): M => {
    const page = pageAt(doc, report.source.offsetAt(m.line, m.column));
    return page === undefined ? m : { ...m, message: coreMessage('onPage', locale, { message: m.message, page }) };
  };
  return { ...lint, messages: lint.messages.map(paged), suppressed: lint.suppressed.map(paged) };
}

export function lintReport(report: Report, options: LintOptions, last?: Report | ReportSummary): DocumentLint {
  const { locale } = options;
  const previous = last && 'blocks' in last ? summarize(last) : last;

  const raw: LintMessage[] = [];
  for (const [id, rule] of options.rules) {
    const setting = options.settings.get(id);
    if (!setting || setting.severity === 0) continue;
    if (options.quiet && setting.severity === 1) continue;
    if (rule.meta.checksFormat && report.templateBasis === 'before') continue;
    const context: RuleContext<never> = {
      id,
      options: setting.options as never,
      locale,
      ...(previous ? { previous } : {}),
      report(d) {
        const severity = (d.minor ? 1 : setting.severity) as 1 | 2;
        raw.push(toMessage(rule, severity, d, report, locale));
      },
    };
    try {
      rule.check(report, context);
    } catch (error) {
      // A rule's own bug must not cost the user the other rules' findings.
      const detail = error instanceof Error ? error.message : String(error);
      const plugin = options.pluginFiles?.get(id);
      raw.push(fatalMessage(plugin ? coreMessage('pluginRuleCrashed', locale, { rule: id, plugin, detail }) : coreMessage('ruleCrashed', locale, { rule: id, detail })));
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
