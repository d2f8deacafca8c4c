import { dirname, join, resolve } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { SUPPORTED_EXTENSIONS } from '../adapters/index.js';
import { ConfigError, ConfigFinder, configError, type ConfigFile, checkConfig, configChain, parseRuleOption, readConfigFile, resolveSettings } from '../config/config.js';
import { checkPluginTrust, loadPluginRules, ruleRegistry } from '../config/plugins.js';
import type { LintOptions } from '../engine/linter.js';
import type { Rule, RuleMeta } from '../engine/rule.js';
import { formatterFacts, isBuiltinFormat, loadFormatter, loadStreamingFormatter, printsSource } from '../formatters/load.js';
import type { FactsWanted } from '../pipeline/report-facts.js';
import type { FormatterContext, RunTotals } from '../formatters/types.js';
import { coreMessage, systemReason } from '../i18n.js';
import { localize } from '../engine/format-message.js';
import { toResult } from '../pipeline/lint-file.js';
import { type Limits, parseLimits } from '../pipeline/budgets.js';
import { ReportLoader } from '../pipeline/load-report.js';
import { PreviousYearFinder } from '../pipeline/previous-year.js';
import type { LintCache } from '../pipeline/lint-cache.js';
import { packageVersion } from '../schemas/package-root.js';
import type { LintResult, Locale } from '../types.js';
import { expandPatterns, isMissing } from './files.js';
import { mapLimited } from '../pipeline/map-limited.js';
import { internalErrorText } from './internal-error.js';
import { cliText } from './messages.js';
import { type Args, parseCommandLine } from './options.js';
import type { OutputFile } from './output-file.js';
import { progressFor } from './progress.js';
import { lintThreads } from './threads.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  /** Whether standard output shows colour unless told (see detectColor). */
  color: boolean;
  cwd: string;
  /** For XXGK_LINT_LOCALE. */
  env?: NodeJS.ProcessEnv;
  /** The terminal's width, to wrap --help to. */
  stdoutColumns?: number;
  /** Whether standard error is a terminal, and its width: where progress may be drawn. */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
  /** A clock in milliseconds, for progress (Date.now unless told). */
  now?: () => number;
}

function parseLocale(value: string | undefined, source = '--locale'): Locale | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^zh/i.test(value)) return 'zh';
  if (/^en/i.test(value)) return 'en';
  throw configError('badLocale', { source, value });
}

/** -1 (no limit) or a count, as ESLint; anything else is a usage error rather than "no limit". */
function parseMaxWarnings(value: string): number {
  if (!/^\s*-?\d+\s*$/.test(value) || Number(value) < -1) {
    throw configError('badMaxWarnings', { value });
  }
  return Number(value);
}

/**
 * The language of --help and of usage errors, known before the arguments
 * are parsed: --locale, then XXGK_LINT_LOCALE, then (for --help and errors) the config found from
 * the working directory.
 */
export function chosenLocale(argv: string[], io: CliIo, readConfig = argv.some((a) => a === '--help' || a === '-h')): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const fromArgs = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice('--locale='.length) : argv[i + 1];
  try {
    // The config is read only when needed: a lint run reads it anyway, per file, later.
    return parseLocale(fromArgs) ?? parseLocale(io.env?.XXGK_LINT_LOCALE, 'XXGK_LINT_LOCALE') ?? (readConfig ? new ConfigFinder().find(io.cwd)?.locale : undefined) ?? 'zh';
  } catch {
    // A bad value is reported once the arguments are parsed; the help is still shown.
    return 'zh';
  }
}

interface Runner {
  rules: Map<string, Rule<never>>;
  optionsFor(file: string): LintOptions;
  settingsFor(file: string): { configFile?: string; options: LintOptions };
}

async function makeRunner(args: Args, io: CliIo, files: string[], loadPlugins = true): Promise<Runner> {
  const finder = new ConfigFinder();
  const explicit = args.config ? readConfigFile(resolve(io.cwd, args.config)) : undefined;
  // Without --rule there is nothing to validate, and the config schema need not be compiled.
  const cliRules: ConfigFile = args.rule.length
    ? checkConfig({ rules: Object.assign({}, ...args.rule.map(parseRuleOption)) }, '--rule')
    : { origin: '--rule', rules: {}, plugins: [] };
  const layerFor = (file: string): ConfigFile | undefined =>
    explicit ?? (args['config-lookup'] ? finder.find(dirname(resolve(io.cwd, file))) : undefined);

  // Plugins of every config in play are loaded once, before any file is linted; --print-config
  // runs no plugin code (and so leaves plugin rules out of what it prints).
  const layers = new Set(files.map(layerFor).filter((x): x is ConfigFile => x !== undefined).flatMap(configChain));
  for (const layer of layers) checkPluginTrust(layer, layer === explicit, io.cwd);
  const plugins = loadPlugins ? await loadPluginRules([...new Set([...layers].flatMap((l) => l.plugins))]) : [];
  const rules = ruleRegistry(builtinRules, plugins);
  const known = (layer: ConfigFile): ConfigFile => (loadPlugins ? layer : { ...layer, rules: Object.fromEntries(Object.entries(layer.rules).filter(([id]) => rules.has(id))) });
  const pluginFiles = new Map(plugins.map((p) => [p.rule.meta.id, p.file]));
  const cliLocale = parseLocale(args.locale) ?? parseLocale(io.env?.XXGK_LINT_LOCALE, 'XXGK_LINT_LOCALE');
  // ESLint: with --max-warnings, --quiet still runs the rules set to warn, to count their warnings.
  const quiet = args.quiet && parseMaxWarnings(args['max-warnings']) < 0;

  const cache = new Map<ConfigFile | undefined, LintOptions>();
  const settingsFor = (file: string) => {
    const layer = layerFor(file);
    let options = cache.get(layer);
    if (!options) {
      options = {
        rules,
        settings: resolveSettings(rules, [...(layer ? configChain(layer).map(known) : []), known(cliRules)]),
        locale: cliLocale ?? layer?.locale ?? 'zh',
        quiet,
        pluginFiles,
      };
      cache.set(layer, options);
    }
    return { ...(layer && layer.origin.startsWith('/') ? { configFile: layer.origin } : {}), options };
  };
  // Every config is resolved now, so a bad one stops the run before any output.
  for (const f of files) settingsFor(f);
  return { rules, optionsFor: (f) => settingsFor(f).options, settingsFor };
}

function printConfig(runner: Runner, file: string): string {
  const { configFile, options } = runner.settingsFor(file);
  const severity = ['off', 'warn', 'error'] as const;
  const rules = Object.fromEntries(
    [...options.settings].map(([id, s]) => [id, Object.keys(s.options).length ? [severity[s.severity], s.options] : [severity[s.severity]]]),
  );
  return `${JSON.stringify({ ...(configFile ? { configFile } : {}), locale: options.locale, rules }, null, 2)}\n`;
}

/**
 * Files in flight at once: enough to keep every worker's queue full (src/pipeline/lint-pool.ts),
 * few enough that results waiting to be printed in the files' order stay few.
 */
const inFlight = (threads: number) => Math.max(16, threads * 8);

/** A file named on the command line but ignored: a warning in its place, as ESLint gives. */
function ignoredResult(file: string, locale: Locale): LintResult {
  const warning = { ruleId: null, severity: 1 as const, message: coreMessage('fileIgnored', locale), line: 1, column: 1 };
  return toResult(file, [warning], []);
}

/** Last year's report named with --previous that cannot be read is a usage error, not a silent skip of the cross-year checks. */
async function checkPrevious(loader: ReportLoader, previous: string | undefined, args: Args): Promise<void> {
  if (!previous) return;
  const read = await loader.summary(previous);
  if (!read.ok) throw configError('previousUnreadable', { file: args.previous!, why: (locale) => coreMessage(read.reason, locale, read.data) });
}

/** --cache: results kept between runs, valid while the file, its settings, the run's and last year's report are unchanged. */
async function openCache(file: string, args: Args, io: CliIo, limits: Limits, withSource: boolean, facts: FactsWanted | undefined, finder: PreviousYearFinder): Promise<LintCache> {
  const { LintCache } = await import('../pipeline/lint-cache.js');
  return LintCache.open({
    file,
    strategy: args['cache-strategy'],
    cwd: io.cwd,
    maxFileBytes: limits.maxFileBytes,
    // Results carry a formatter's facts or not: a cache of one kind does not serve the other.
    run: { version: packageVersion(), limits, facts: facts ?? null },
    withSource,
    dependencies: (f, looked) => finder.dependencies(f, looked.agency, looked.year),
  });
}

/** What a run's inputs are: standard input, or the files the patterns name (and those they name but are ignored). */
interface Inputs {
  stdin?: { name: string; probe: string };
  files: string[];
  ignored: string[];
  cacheFile?: string;
}

async function inputsOf(args: Args, io: CliIo, patterns: string[]): Promise<Inputs> {
  // ESLint's rules and wording for the fix options.
  if (args.fix && args['fix-dry-run']) throw configError('fixWithDryRun');
  if (args.fix && args.stdin) throw configError('fixStdin');
  if (args.stdin) {
    if (patterns.length) throw configError('stdinWithFiles');
    // Without --stdin-filename the text is "<text>", as in ESLint, and config is looked up from the cwd.
    const named = args['stdin-filename'] ? resolve(io.cwd, args['stdin-filename']) : undefined;
    return { stdin: { name: named ?? '<text>', probe: named ?? join(io.cwd, '<text>') }, files: [], ignored: [] };
  }
  if (!patterns.length) throw configError('noFiles');
  const expanded = expandPatterns(patterns, SUPPORTED_EXTENSIONS, io.cwd, args['ignore-pattern']);
  // The cache file is never an input, whatever the patterns match.
  const cacheFile = args.cache ? (await import('../pipeline/lint-cache.js')).cacheFilePath(args['cache-location'], io.cwd) : undefined;
  const [files, ignored] = [expanded.files, expanded.ignored].map((list) => list.filter((f) => f !== cacheFile)) as [string[], string[]];
  if (!files.length && !ignored.length) throw configError('onlyCacheFile', { file: cacheFile! });
  return { files, ignored, ...(cacheFile ? { cacheFile } : {}) };
}

/**
 * Lints the inputs, each file in a worker of one pool, and hands each result to `emit` in
 * the files' order as soon as it and those before it are done (so that a formatter may print
 * it at once and nothing need keep it).
 */
async function lintInputs(args: Args, io: CliIo, inputs: Inputs, runner: Runner, limits: Limits, emit: (result: LintResult) => Promise<void>): Promise<void> {
  const previous = args.previous !== undefined ? resolve(io.cwd, args.previous) : undefined;
  // A custom formatter may print the source, as ESLint's may; the built-in ones that do not never get it.
  const withSource = printsSource.has(args.format) || !isBuiltinFormat(args.format);
  const facts = formatterFacts.get(args.format);
  const { files, ignored, stdin, cacheFile } = inputs;
  const threads = lintThreads(args.concurrency, files.length);
  const { PooledRun } = await import('../pipeline/pooled-run.js');
  const pooled = new PooledRun(files, {
    limits,
    threads,
    previous,
    output: { withSource, ...(facts ? { facts } : {}) },
    optionsFor: runner.optionsFor,
    fix: args.fix || args['fix-dry-run'],
  });
  try {
    await checkPrevious(pooled.loader, previous, args);
    if (stdin) {
      const bytes = await io.readStdin();
      await emit((await pooled.lintBytes(bytes, stdin.name)).result);
      return;
    }
    const cache = cacheFile ? await openCache(cacheFile, args, io, limits, withSource, facts, pooled.finder) : undefined;
    const fixing = args.fix || args['fix-dry-run'];
    const lintOne = (f: string) => (cache ? cache.lint(f, runner.optionsFor(f), () => pooled.lintTraced(f), fixing) : pooled.lint(f));
    const locale = runner.optionsFor(files[0] ?? ignored[0]!).locale;
    const progress = progressFor({ wanted: args.progress, stderrIsTTY: io.stderrIsTTY, env: io.env }, files.length, { write: io.stderr, columns: io.stderrColumns, now: io.now ?? Date.now }, locale);
    // Results finish out of order; each is emitted once all before it were.
    const done = new Map<number, LintResult>();
    let next = 0;
    let emitting = Promise.resolve();
    const settle = (i: number, result: LintResult) => {
      done.set(i, result);
      for (; done.has(next); next++) {
        const ready = done.get(next)!;
        done.delete(next);
        emitting = emitting.then(() => {
          progress?.clear();
          return emit(ready);
        });
      }
      return emitting;
    };
    await mapLimited(files, inFlight(threads), async (f, i) => {
      const result = await lintOne(f).finally(() => progress?.tick());
      await settle(i, result);
    }).finally(() => progress?.clear());
    await emitting;
    await cache?.save().catch((error: NodeJS.ErrnoException) => io.stderr(`${cliText('cacheNotWritten', locale, { file: cache.file, why: localize(systemReason(error), locale) })}\n`));
  } finally {
    await pooled.close();
  }
  for (const f of ignored) await emit(ignoredResult(f, runner.optionsFor(f).locale));
}

/** --quiet: only errors are shown, though warnings were counted for --max-warnings. */
function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

async function writeFixes(results: LintResult[], cwd: string): Promise<void> {
  const { writeFixedFile } = await import('./write-fixed.js');
  for (const r of results) {
    if (r.output === undefined) continue;
    const path = resolve(cwd, r.filePath);
    await writeFixedFile(path, r.output).catch((error: NodeJS.ErrnoException) => {
      throw configError('fixUnwritable', { path, code: systemReason(error) });
    });
  }
}

/** Standard output as the report's destination: what is printed ends with a line break. */
function stdoutSink(io: CliIo): OutputFile {
  let last = '';
  return {
    write: async (text) => {
      if (!text) return;
      io.stdout(text);
      last = text;
    },
    commit: async () => {
      if (last && !last.endsWith('\n')) io.stdout('\n');
    },
    abort: async () => {},
  };
}

/** The values of `--limit NAME=N` and `--limit=NAME=N` among the arguments. */
function limitOptions(argv: string[]): string[] {
  return argv.flatMap((a, i) => (a === '--limit' && i + 1 < argv.length ? [argv[i + 1]!] : a.startsWith('--limit=') ? [a.slice('--limit='.length)] : []));
}

/** Runs the CLI; returns the exit code (0 clean, 1 errors or too many warnings, 2 usage or config problem). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const locale = chosenLocale(argv, io);
  try {
    // A language server takes only --limit; clients may add their own options (--stdio).
    if (argv.includes('--lsp')) return await (await import('../lsp/server.js')).startLanguageServer(parseLimits(limitOptions(argv)));
    const line = parseCommandLine(argv);
    if (line.kind === 'help') {
      io.stdout((await import('./help.js')).helpText(locale, io.stdoutColumns));
      return 0;
    }
    if (line.kind === 'version') {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    const { args } = line;
    const maxWarnings = parseMaxWarnings(args['max-warnings']);
    const formatter = await loadFormatter(args.format, io.cwd);
    const patterns = args.patterns;

    if (args['print-config'] !== undefined) {
      const runner = await makeRunner(args, io, [args['print-config']], false);
      io.stdout(printConfig(runner, args['print-config']));
      return 0;
    }

    const limits = parseLimits(args.limit);
    if (args.previous !== undefined && isMissing(resolve(io.cwd, args.previous))) throw configError('previousMissing', { file: args.previous });
    const inputs = await inputsOf(args, io, patterns);
    const probe = inputs.stdin?.probe ?? inputs.files[0] ?? inputs.ignored[0]!;
    const runner = await makeRunner(args, io, inputs.stdin ? [probe] : [...inputs.files, ...inputs.ignored]);
    const outputName = args['output-file'];
    const outputLocale = runner.optionsFor(probe).locale;
    const context: FormatterContext = {
      locale: outputLocale,
      color: args.color ?? (io.color && !outputName),
      cwd: io.cwd,
      rulesMeta: Object.fromEntries([...runner.rules].map(([id, r]) => [id, r.meta])) as Record<string, RuleMeta>,
    };
    // --fix writes the files before anything is printed, as ESLint does: its runs keep every result.
    const fixing = args.fix || args['fix-dry-run'];
    const streaming = fixing ? undefined : await loadStreamingFormatter(args.format);
    const sink = outputName !== undefined ? await (await import('./output-file.js')).openOutputFile(io.cwd, outputName, [...inputs.files, ...inputs.ignored, ...(inputs.stdin ? [inputs.stdin.name] : []), ...(args.previous ? [args.previous] : [])]) : stdoutSink(io);
    try {
      // Counted as linted, for the exit code and --max-warnings; and as shown (--quiet drops warnings), for the formatter.
      const counted: RunTotals = { errorCount: 0, warningCount: 0 };
      const shownTotals: RunTotals = { errorCount: 0, warningCount: 0 };
      const kept: LintResult[] = [];
      let printed = 0;
      if (streaming) await sink.write(streaming.head(context));
      await lintInputs(args, io, inputs, runner, limits, async (result) => {
        counted.errorCount += result.errorCount;
        counted.warningCount += result.warningCount;
        const shown = args.quiet ? errorsOnly(result) : result;
        shownTotals.errorCount += shown.errorCount;
        shownTotals.warningCount += shown.warningCount;
        if (streaming) await sink.write(streaming.part(shown, printed++, context));
        else kept.push(shown);
      });
      if (args.fix) await writeFixes(kept, io.cwd);
      const warnings = counted.warningCount;
      const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
      const full: FormatterContext = { ...context, ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings, foundWarnings: warnings } } : {}) };
      await sink.write(streaming ? streaming.tail(shownTotals, full) : await formatter(kept, full));
      await sink.commit();
      if (args.format === 'github') {
        const problem = (await import('./step-summary.js')).appendStepSummary(io.env, kept, full, outputLocale);
        if (problem) io.stderr(problem);
      }
      // On stderr, so that it is seen whatever the format and wherever the report goes.
      if (tooManyWarnings) io.stderr(`${cliText('tooManyWarnings', outputLocale, { found: warnings, max: maxWarnings })}\n`);
      return counted.errorCount > 0 || tooManyWarnings ? 1 : 0;
    } catch (error) {
      await sink.abort();
      throw error;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(error.line(chosenLocale(argv, io, true)));
      return 2;
    }
    io.stderr(internalErrorText(error, locale, io.env));
    return 2;
  }
}
