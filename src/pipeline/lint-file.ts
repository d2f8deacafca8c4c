import { fixesAsSuggestions, fixesWriteBack } from '../engine/fix.js';
import { type LintOptions, lintLoaded } from '../engine/linter.js';
import type { Loaded } from '../model/loaded.js';
import { ReportLoader, loadBytes } from './load-report.js';
import { basename } from 'node:path';
import { coreMessage } from '../i18n.js';
import { type FactsWanted, reportFacts } from './report-facts.js';
import type { PreviousRejected, PreviousSource } from './previous-year.js';
import type { LintMessage, LintResult, Locale } from '../types.js';

export function toResult(filePath: string, messages: LintMessage[], suppressed: LintMessage[], source?: string, usedDeprecatedRules: LintResult['usedDeprecatedRules'] = []): LintResult {
  const errors = messages.filter((m) => m.severity === 2);
  return {
    filePath,
    messages,
    suppressedMessages: suppressed,
    errorCount: errors.length,
    warningCount: messages.length - errors.length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
    ...(messages.length && source !== undefined ? { source } : {}),
    usedDeprecatedRules,
  };
}

/** What a run shares between files: parsed reports, and where to find last year's. */
export interface RunContext {
  loader: ReportLoader;
  previous?: PreviousSource;
  /** Whether results carry the source text (false when the formatter never prints it: memory). */
  withSource?: boolean;
  /** What results carry of what each report says of itself (only for formatters that print it). */
  facts?: FactsWanted;
}

/** What a run's results carry besides the findings, as its formatter needs. */
export type LintOutput = Pick<RunContext, 'withSource' | 'facts'>;

/** Whether an enabled rule reads last year's report, so that it is worth looking for. */
export function wantsPrevious(options: LintOptions): boolean {
  return [...options.rules].some(([id, rule]) => rule.meta.usesPreviousReport && (options.settings.get(id)?.severity ?? 0) > (options.quiet ? 1 : 0));
}

function deprecatedRulesInUse(options: LintOptions): LintResult['usedDeprecatedRules'] {
  return [...options.rules]
    .filter(([id, rule]) => rule.meta.deprecated && (options.settings.get(id)?.severity ?? 0) > 0)
    .map(([id, rule]) => ({ ruleId: id, replacedBy: rule.meta.deprecated!.replacedBy }));
}

/** The agency and year under which a lint looked for last year's report. */
export interface LookedUp {
  agency?: string;
  year?: number;
}

/** A lint, and the lookup it made: what a cache must see unchanged for the result to stand. */
export interface TracedLint {
  result: LintResult;
  lookedUp?: LookedUp;
}

/** Lints a file already loaded (in this thread or in a pool's worker, src/pipeline/lint-worker.ts). */
export async function lintLoadedFile(loaded: Loaded, filePath: string, options: LintOptions, run?: Omit<RunContext, 'loader'>): Promise<LintResult> {
  return (await lintLoadedTraced(loaded, filePath, options, run)).result;
}

async function lintLoadedTraced(loaded: Loaded, filePath: string, options: LintOptions, run?: Omit<RunContext, 'loader'>): Promise<TracedLint> {
  const looks = loaded.ok && run?.previous && wantsPrevious(options);
  const lookup = looks ? await run.previous!.find(loaded.report, filePath) : undefined;
  const linted = lintLoaded(loaded, options, lookup && 'report' in lookup ? lookup.report : undefined);
  const fixed = loaded.ok && !fixesWriteBack(loaded.report.format) ? fixesAsSuggestions(linted.messages, options.locale) : linted.messages;
  const messages = lookup && 'rejected' in lookup ? [previousNotUsed(lookup.rejected, options.locale), ...fixed] : fixed;
  const { suppressed } = linted;
  const source = run?.withSource === false ? undefined : loaded.ok ? loaded.report.source.text : loaded.source;
  const result = toResult(filePath, messages, suppressed, source, deprecatedRulesInUse(options));
  const withFacts = run?.facts && loaded.ok ? { ...result, facts: reportFacts(loaded.report, run.facts) } : result;
  return looks ? { result: withFacts, lookedUp: { agency: loaded.report.agency, year: loaded.report.year?.value } } : { result: withFacts };
}

/** A warning that the report named with --previous is not this one's last year, and so was not compared. */
function previousNotUsed(r: PreviousRejected, locale: Locale): LintMessage {
  const unknown = locale === 'zh' ? '未知' : 'unknown';
  const why = r.same
    ? coreMessage('previousIsThisFile', locale)
    : coreMessage('previousIsOther', locale, {
        theirAgency: r.theirs.agency ?? unknown,
        theirYear: r.theirs.year ?? unknown,
        ourAgency: r.ours.agency ?? unknown,
        ourYear: r.ours.year ?? unknown,
        expectedYear: r.ours.year !== undefined ? r.ours.year - 1 : unknown,
      });
  return { ruleId: null, severity: 1, message: coreMessage('previousNotUsed', locale, { file: basename(r.path), why }), line: 1, column: 1 };
}

/** Lints bytes already in memory (stdin's). */
export async function lintBytes(bytes: Uint8Array, filePath: string, options: LintOptions, run?: RunContext): Promise<LintResult> {
  return lintLoadedFile(await (run ? run.loader.loadBytes(bytes, filePath) : loadBytes(bytes, filePath)), filePath, options, run);
}

/** Lints a file, read and parsed once per run; what cannot be read as a report is one fatal message. */
export async function lintFile(filePath: string, options: LintOptions, run: RunContext = { loader: new ReportLoader() }): Promise<LintResult> {
  return (await lintFileTraced(filePath, options, run)).result;
}

/** The same, with the previous-year lookup it made. */
export async function lintFileTraced(filePath: string, options: LintOptions, run: RunContext = { loader: new ReportLoader() }): Promise<TracedLint> {
  return lintLoadedTraced(await run.loader.load(filePath), filePath, options, run);
}
