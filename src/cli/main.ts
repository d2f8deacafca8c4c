import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import yargs from 'yargs';
import { builtinRules } from '../../rules/index.js';
import { SUPPORTED_EXTENSIONS } from '../adapters/index.js';
import { ConfigError, ConfigFinder, configError, type ConfigFile, checkConfig, configChain, parseRuleOption, readConfigFile, resolveSettings } from '../config/config.js';
import { checkPluginTrust, loadPluginRules, ruleRegistry } from '../config/plugins.js';
import type { LintOptions } from '../engine/linter.js';
import type { Rule, RuleMeta } from '../engine/rule.js';
import { formatterFacts, formatters, loadFormatter, printsSource } from '../formatters/index.js';
import type { FactsWanted } from '../pipeline/report-facts.js';
import type { FormatterContext } from '../formatters/types.js';
import { coreMessage, systemReason } from '../i18n.js';
import { localize } from '../engine/format-message.js';
import { type RunContext, type TracedLint, lintBytes, lintFileTraced, toResult } from '../pipeline/lint-file.js';
import { lintAndFixBytes, lintAndFixFile } from '../pipeline/fix-file.js';
import { DEFAULT_LIMITS, type Limits, parseLimits } from '../pipeline/budgets.js';
import { ReportLoader } from '../pipeline/load-report.js';
import { PreviousYearFinder } from '../pipeline/previous-year.js';
import { PooledRun } from '../pipeline/pooled-run.js';
import { CACHE_STRATEGIES, type CacheStrategy, DEFAULT_CACHE_LOCATION, LintCache, cacheFilePath } from '../pipeline/lint-cache.js';
import { packageVersion } from '../schemas/package-root.js';
import type { LintResult, Locale } from '../types.js';
import { expandPatterns, isMissing } from './files.js';
import { mapLimited } from '../pipeline/map-limited.js';
import { writeFixedFile } from './write-fixed.js';
import { internalErrorText } from './internal-error.js';
import { type CliTextId, cliText } from './messages.js';
import { writeOutputFile } from './output-file.js';
import { appendStepSummary } from './step-summary.js';
import { progressFor } from './progress.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  /** Whether standard output shows colour unless told (see detectColor). */
  color: boolean;
  cwd: string;
  /** For XXGK_LINT_LOCALE. */
  env?: NodeJS.ProcessEnv;
  /** Whether standard error is a terminal, and its width: where progress may be drawn. */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
  /** A clock in milliseconds, for progress (Date.now unless told). */
  now?: () => number;
}

interface Args {
  _: (string | number)[];
  format: string;
  'output-file'?: string;
  'max-warnings': string;
  quiet: boolean;
  rule: string[];
  config?: string;
  'config-lookup': boolean;
  'ignore-pattern': string[];
  'print-config'?: string;
  stdin: boolean;
  'stdin-filename'?: string;
  locale?: string;
  color?: boolean;
  previous?: string;
  limit: string[];
  fix: boolean;
  'fix-dry-run': boolean;
  concurrency: string;
  cache: boolean;
  'cache-location': string;
  'cache-strategy': CacheStrategy;
  progress: boolean;
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
 * The language of --help, of yargs' own messages and of usage errors, known before the arguments
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

function parseArgs(argv: string[], locale: Locale): Args | undefined {
  let failure: string | undefined;
  let printed = false;
  const t = (id: CliTextId, data?: Record<string, string>) => cliText(id, locale, data);
  const parser = yargs(argv)
    .locale(locale === 'zh' ? 'zh_CN' : 'en')
    .scriptName('xxgk-lint')
    .usage(t('usage'))
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: t('format', { formats: Object.keys(formatters).join(', ') }) })
    .option('output-file', { alias: 'o', type: 'string', describe: t('outputFile') })
    .option('max-warnings', { type: 'string', default: '-1', describe: t('maxWarnings') })
    .option('quiet', { type: 'boolean', default: false, describe: t('quiet') })
    .option('rule', { type: 'string', array: true, nargs: 1, default: [], describe: t('rule') })
    .option('config', { alias: 'c', type: 'string', describe: t('config') })
    .option('config-lookup', { type: 'boolean', default: true, describe: t('configLookup') })
    .option('ignore-pattern', { type: 'string', array: true, nargs: 1, default: [], describe: t('ignorePattern') })
    .option('print-config', { type: 'string', describe: t('printConfig') })
    .option('stdin', { type: 'boolean', default: false, describe: t('stdin') })
    .option('stdin-filename', { type: 'string', describe: t('stdinFilename') })
    .option('locale', { type: 'string', describe: t('locale') })
    .option('color', { type: 'boolean', describe: t('color') })
    .option('limit', { type: 'string', array: true, nargs: 1, default: [], describe: t('limit', { limits: Object.keys(DEFAULT_LIMITS).join(', ') }) })
    .option('previous', { type: 'string', describe: t('previous') })
    .option('fix', { type: 'boolean', default: false, describe: t('fix') })
    .option('fix-dry-run', { type: 'boolean', default: false, describe: t('fixDryRun') })
    .option('concurrency', { type: 'string', default: 'auto', describe: t('concurrency') })
    .option('cache', { type: 'boolean', default: false, describe: t('cache') })
    .option('cache-location', { type: 'string', default: DEFAULT_CACHE_LOCATION, describe: t('cacheLocation') })
    .option('cache-strategy', { type: 'string', choices: CACHE_STRATEGIES, default: 'content', describe: t('cacheStrategy') })
    .option('progress', { type: 'boolean', default: true, describe: t('progress') })
    .option('lsp', { type: 'boolean', describe: t('lsp') })
    .epilogue(t('epilogue'))
    .strictOptions()
    .exitProcess(false)
    .help('help', t('help'))
    .alias('help', 'h')
    .version('version', t('version'), packageVersion())
    .alias('version', 'v')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      failure = msg ?? err?.message ?? 'invalid arguments';
    });
  const args = parser.parse() as unknown as Args;
  // --help and --version print and end the run.
  if (argv.some((a) => ['--help', '-h', '--version', '-v'].includes(a))) printed = true;
  if (failure) throw configError('usage', { text: failure });
  return printed ? undefined : args;
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

/** Files are read a few at a time: a directory of thousands must not exhaust file handles. */
const CONCURRENT_FILES = 16;

interface Linted {
  results: LintResult[];
  runner: Runner;
  /** A file whose configuration decides the output's language. */
  probe: string;
}

/** A file named on the command line but ignored: a warning in its place, as ESLint gives. */
function ignoredResult(file: string, locale: Locale): LintResult {
  const warning = { ruleId: null, severity: 1 as const, message: coreMessage('fileIgnored', locale), line: 1, column: 1 };
  return toResult(file, [warning], []);
}

/**
 * Worker threads that lint whole files (ESLint's --concurrency: a number, auto or off); 0 for
 * none, where files are parsed in a worker and linted in this thread. --fix lints each file
 * again after fixing it, in this thread.
 */
function lintThreads(value: string, files: number, fixing: boolean): number {
  if (value !== 'auto' && value !== 'off' && !/^\s*[1-9]\d*\s*$/.test(value)) throw configError('badConcurrency', { value });
  if (fixing || value === 'off') return 0;
  if (value !== 'auto') return Number(value);
  return files >= POOL_FROM_FILES ? Math.min(availableParallelism(), files) : 0;
}

/**
 * Below this many files a run parses in one worker and lints in this thread: a pool's workers
 * would each load the rules and the model too (docs/benchmarks.md).
 */
const POOL_FROM_FILES = 8;

/** Last year's report named with --previous that cannot be read is a usage error, not a silent skip of the cross-year checks. */
async function checkPrevious(loader: ReportLoader, previous: string | undefined, args: Args): Promise<void> {
  if (!previous) return;
  const read = await loader.summary(previous);
  if (!read.ok) throw configError('previousUnreadable', { file: args.previous!, why: (locale) => coreMessage(read.reason, locale, read.data) });
}

/** --cache: results kept between runs, valid while the file, its settings, the run's and last year's report are unchanged. */
function openCache(file: string, args: Args, io: CliIo, limits: Limits, withSource: boolean, facts: FactsWanted | undefined, finder: PreviousYearFinder): Promise<LintCache> {
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

/** Lints standard input, or the files the patterns name. */
async function lintInputs(args: Args, io: CliIo, patterns: string[]): Promise<Linted> {
  const limits = parseLimits(args.limit);
  const previous = args.previous !== undefined ? resolve(io.cwd, args.previous) : undefined;
  if (previous && isMissing(previous)) throw configError('previousMissing', { file: args.previous! });
  // A custom formatter may print the source, as ESLint's may; the built-in ones that do not never get it.
  const withSource = printsSource.has(args.format) || !Object.hasOwn(formatters, args.format);
  const facts = formatterFacts.get(args.format);
  const inThread = (): RunContext & { previous: PreviousYearFinder } => {
    const loader = new ReportLoader({ limits, isolate: true });
    return { loader, previous: new PreviousYearFinder(loader, previous), withSource, ...(facts ? { facts } : {}) };
  };
  // ESLint's rules and wording for the fix options.
  if (args.fix && args['fix-dry-run']) throw configError('fixWithDryRun');
  if (args.fix && args.stdin) throw configError('fixStdin');
  const fixing = args.fix || args['fix-dry-run'];
  if (args.stdin) {
    if (patterns.length) throw configError('stdinWithFiles');
    // Without --stdin-filename the text is "<text>", as in ESLint, and config is looked up from the cwd.
    const named = args['stdin-filename'] ? resolve(io.cwd, args['stdin-filename']) : undefined;
    const probe = named ?? join(io.cwd, '<text>');
    const run = inThread();
    await checkPrevious(run.loader, previous, args);
    const runner = await makeRunner(args, io, [probe]);
    const lintStdin = fixing ? lintAndFixBytes : lintBytes;
    return { results: [await lintStdin(await io.readStdin(), named ?? '<text>', runner.optionsFor(probe), run)], runner, probe };
  }
  if (!patterns.length) throw configError('noFiles');
  const expanded = expandPatterns(patterns, SUPPORTED_EXTENSIONS, io.cwd, args['ignore-pattern']);
  // The cache file is never an input, whatever the patterns match.
  const cacheFile = args.cache ? cacheFilePath(args['cache-location'], io.cwd) : undefined;
  const [files, ignored] = [expanded.files, expanded.ignored].map((list) => list.filter((f) => f !== cacheFile)) as [string[], string[]];
  if (!files.length && !ignored.length) throw configError('onlyCacheFile', { file: cacheFile! });
  const threads = lintThreads(args.concurrency, files.length, fixing);
  const runner = await makeRunner(args, io, [...files, ...ignored]);
  const locale = runner.optionsFor(files[0] ?? ignored[0]!).locale;
  const pooled = threads ? new PooledRun(files, { limits, threads, previous, output: { withSource, ...(facts ? { facts } : {}) }, optionsFor: runner.optionsFor }) : undefined;
  let results: LintResult[];
  try {
    let lintOne: (file: string) => Promise<TracedLint>;
    let finder: PreviousYearFinder;
    if (pooled) {
      await checkPrevious(pooled.loader, previous, args);
      lintOne = (f) => pooled.lintTraced(f);
      finder = pooled.finder;
    } else {
      const run = inThread();
      await checkPrevious(run.loader, previous, args);
      run.loader.willLint(files);
      const lintTraced = fixing ? lintAndFixFile : lintFileTraced;
      lintOne = (f) => lintTraced(f, runner.optionsFor(f), run);
      finder = run.previous;
    }
    const cache = cacheFile ? await openCache(cacheFile, args, io, limits, withSource, facts, finder) : undefined;
    const lintCached = (f: string) => (cache ? cache.lint(f, runner.optionsFor(f), () => lintOne(f), fixing) : lintOne(f).then((t) => t.result));
    const progress = progressFor({ wanted: args.progress, stderrIsTTY: io.stderrIsTTY, env: io.env }, files.length, { write: io.stderr, columns: io.stderrColumns, now: io.now ?? Date.now }, locale);
    // A few files at a time, the results in the files' order.
    results = await mapLimited(files, CONCURRENT_FILES, (f) => lintCached(f).finally(() => progress?.tick())).finally(() => progress?.clear());
    await cache?.save().catch((error: NodeJS.ErrnoException) => io.stderr(`${cliText('cacheNotWritten', locale, { file: cache.file, why: localize(systemReason(error), locale) })}\n`));
  } finally {
    await pooled?.close();
  }
  results.push(...ignored.map((f) => ignoredResult(f, runner.optionsFor(f).locale)));
  return { results, runner, probe: files[0] ?? ignored[0]! };
}

/** --quiet: only errors are shown, though warnings were counted for --max-warnings. */
function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

async function writeFixes(results: LintResult[], cwd: string): Promise<void> {
  for (const r of results) {
    if (r.output === undefined) continue;
    const path = resolve(cwd, r.filePath);
    await writeFixedFile(path, r.output).catch((error: NodeJS.ErrnoException) => {
      throw configError('fixUnwritable', { path, code: systemReason(error) });
    });
  }
}

/** Runs the CLI; returns the exit code (0 clean, 1 errors or too many warnings, 2 usage or config problem). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const locale = chosenLocale(argv, io);
  try {
    // A language server takes no other option; clients may add their own (--stdio).
    if (argv.includes('--lsp')) return await (await import('../lsp/server.js')).startLanguageServer();
    const args = parseArgs(argv, locale);
    if (!args) return 0;
    const maxWarnings = parseMaxWarnings(args['max-warnings']);
    const formatter = await loadFormatter(args.format, io.cwd);
    const patterns = args._.map(String);

    if (args['print-config'] !== undefined) {
      const runner = await makeRunner(args, io, [args['print-config']], false);
      io.stdout(printConfig(runner, args['print-config']));
      return 0;
    }

    const linted = await lintInputs(args, io, patterns);
    const { runner, probe } = linted;
    if (args.fix) await writeFixes(linted.results, io.cwd);
    const errors = linted.results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = linted.results.reduce((n, r) => n + r.warningCount, 0);
    const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
    const results = args.quiet ? linted.results.map(errorsOnly) : linted.results;
    const rulesMeta: Record<string, RuleMeta> = Object.fromEntries([...runner.rules].map(([id, r]) => [id, r.meta]));
    const outputLocale = runner.optionsFor(probe).locale;
    const context: FormatterContext = {
      locale: outputLocale,
      color: args.color ?? (io.color && !args['output-file']),
      cwd: io.cwd,
      rulesMeta,
      ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings, foundWarnings: warnings } } : {}),
    };
    const output = await formatter(results, context);
    if (args['output-file']) await writeOutputFile(io.cwd, args['output-file'], output, [...results.map((r) => r.filePath), ...(args.previous ? [args.previous] : [])]);
    else if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    if (args.format === 'github') {
      const problem = appendStepSummary(io.env, results, context, outputLocale);
      if (problem) io.stderr(problem);
    }
    // On stderr, so that it is seen whatever the format and wherever the report goes.
    if (tooManyWarnings) io.stderr(`${cliText('tooManyWarnings', outputLocale, { found: warnings, max: maxWarnings })}\n`);
    return errors > 0 || tooManyWarnings ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(error.line(chosenLocale(argv, io, true)));
      return 2;
    }
    io.stderr(internalErrorText(error, locale, io.env));
    return 2;
  }
}
