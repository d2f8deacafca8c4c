import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yargs from 'yargs';
import { builtinRules } from '../../rules/index.js';
import { SUPPORTED_EXTENSIONS } from '../adapters/index.js';
import { ConfigError, ConfigFinder, type ConfigFile, checkConfig, parseRuleOption, readConfigFile, resolveSettings } from '../config/config.js';
import { checkPluginTrust, loadPluginRules, ruleRegistry } from '../config/plugins.js';
import type { LintOptions } from '../engine/linter.js';
import type { Rule, RuleMeta } from '../engine/rule.js';
import { formatters } from '../formatters/index.js';
import { type RunContext, lintBytes, lintFile } from '../pipeline/lint-file.js';
import { DEFAULT_LIMITS, parseLimits } from '../pipeline/budgets.js';
import { ReportLoader } from '../pipeline/load-report.js';
import { PreviousYearFinder } from '../pipeline/previous-year.js';
import { packageRoot } from '../schemas/package-root.js';
import type { LintResult, Locale } from '../types.js';
import { expandPatterns } from './files.js';
import { mapLimited } from './map-limited.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  isTTY: boolean;
  cwd: string;
}

interface Args {
  _: (string | number)[];
  format: string;
  'output-file'?: string;
  'max-warnings': number;
  quiet: boolean;
  rule: string[];
  config?: string;
  'config-lookup': boolean;
  'print-config'?: string;
  stdin: boolean;
  'stdin-filename'?: string;
  locale?: string;
  color?: boolean;
  previous?: string;
  limit: string[];
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (/^zh/i.test(value)) return 'zh';
  if (/^en/i.test(value)) return 'en';
  throw new ConfigError(`--locale "${value}": use zh or en`);
}

function parseArgs(argv: string[]): Args | undefined {
  let failure: string | undefined;
  let printed = false;
  const parser = yargs(argv)
    .scriptName('xxgk-lint')
    .usage('$0 [files|dirs|globs…]\n\n检查政府信息公开工作年度报告是否符合国家格式。\nLints government information-disclosure annual reports against the national format.')
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `output format: ${Object.keys(formatters).join(', ')}` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'write the report to this file' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'exit 1 when there are more warnings than this (-1: no limit)' })
    .option('quiet', { type: 'boolean', default: false, describe: 'report errors only; rules set to warn are not run' })
    .option('rule', { type: 'string', array: true, nargs: 1, default: [], describe: "rule setting, e.g. 'fee-statement: off' or 'fee-statement: [error, {\"sinceYear\": 2022}]'" })
    .option('config', { alias: 'c', type: 'string', describe: 'use this config file instead of looking up .xxgklintrc.json' })
    .option('config-lookup', { type: 'boolean', default: true, describe: 'look up .xxgklintrc.json from each file upward (--no-config-lookup: do not)' })
    .option('print-config', { type: 'string', describe: 'print the configuration in force for a file, and lint nothing' })
    .option('stdin', { type: 'boolean', default: false, describe: 'lint the text on standard input' })
    .option('stdin-filename', { type: 'string', describe: 'the file name to lint standard input as' })
    .option('locale', { type: 'string', describe: 'message language: zh (default) or en' })
    .option('color', { type: 'boolean', describe: 'force colour on or off (--no-color)' })
    .option('limit', { type: 'string', array: true, nargs: 1, default: [], describe: `raise or lower a per-file limit, e.g. --limit maxTableRows=20000 (${Object.keys(DEFAULT_LIMITS).join(', ')})` })
    .option('previous', { type: 'string', describe: "last year's report, for the cross-year checks (default: found beside each file by agency and year)" })
    .epilogue(
      'Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors, or too many warnings; ' +
        '2 bad usage, bad configuration, missing file or internal error.\nRules: docs/rules/<id>.md, or --print-config FILE.',
    )
    .strictOptions()
    .exitProcess(false)
    .help()
    .alias('help', 'h')
    .version(version())
    .alias('version', 'v')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      failure = msg ?? err?.message ?? 'invalid arguments';
    });
  const args = parser.parse() as unknown as Args;
  // --help and --version print and end the run.
  if (argv.some((a) => ['--help', '-h', '--version', '-v'].includes(a))) printed = true;
  if (failure) throw new ConfigError(failure);
  return printed ? undefined : args;
}

/** Writes via a temporary file and a rename, so a reader never sees half a report. */
function writeAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.xxgk-lint.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
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
  const layers = new Set(files.map(layerFor).filter((x): x is ConfigFile => x !== undefined));
  for (const layer of layers) checkPluginTrust(layer, layer === explicit, io.cwd);
  const plugins = [...new Set([...layers].flatMap((l) => l.plugins))];
  const rules = ruleRegistry(builtinRules, loadPlugins ? await loadPluginRules(plugins) : []);
  const known = (layer: ConfigFile): ConfigFile => (loadPlugins ? layer : { ...layer, rules: Object.fromEntries(Object.entries(layer.rules).filter(([id]) => rules.has(id))) });
  const cliLocale = parseLocale(args.locale);

  const cache = new Map<ConfigFile | undefined, LintOptions>();
  const settingsFor = (file: string) => {
    const layer = layerFor(file);
    let options = cache.get(layer);
    if (!options) {
      options = {
        rules,
        settings: resolveSettings(rules, [...(layer ? [known(layer)] : []), known(cliRules)]),
        locale: cliLocale ?? layer?.locale ?? 'zh',
        quiet: args.quiet,
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

/** Lints standard input, or the files the patterns name. */
async function lintInputs(args: Args, io: CliIo, patterns: string[]): Promise<Linted> {
  const loader = new ReportLoader({ limits: parseLimits(args.limit), isolate: true });
  const previous = args.previous !== undefined ? resolve(io.cwd, args.previous) : undefined;
  if (previous && !existsSync(previous)) throw new ConfigError(`--previous "${args.previous}": no such file`);
  const run: RunContext = { loader, previous: new PreviousYearFinder(loader, previous) };
  if (args.stdin) {
    if (patterns.length) throw new ConfigError('--stdin lints standard input; do not also name files');
    // Without --stdin-filename the text is "<text>", as in ESLint, and config is looked up from the cwd.
    const named = args['stdin-filename'] ? resolve(io.cwd, args['stdin-filename']) : undefined;
    const probe = named ?? join(io.cwd, '<text>');
    const runner = await makeRunner(args, io, [probe]);
    return { results: [await lintBytes(await io.readStdin(), named ?? '<text>', runner.optionsFor(probe), run)], runner, probe };
  }
  if (!patterns.length) throw new ConfigError('no files given: name files, directories or globs to lint, or use --stdin (see --help)');
  const files = expandPatterns(patterns, SUPPORTED_EXTENSIONS, io.cwd);
  const runner = await makeRunner(args, io, files);
  const results = await mapLimited(files, CONCURRENT_FILES, (f) => lintFile(f, runner.optionsFor(f), run));
  return { results, runner, probe: files[0]! };
}

/** Runs the CLI; returns the exit code (0 clean, 1 errors or too many warnings, 2 usage or config problem). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (!args) return 0;
    const formatter = formatters[args.format];
    if (!formatter) throw new ConfigError(`--format "${args.format}": unknown format (use ${Object.keys(formatters).join(', ')})`);
    const patterns = args._.map(String);

    if (args['print-config'] !== undefined) {
      const runner = await makeRunner(args, io, [args['print-config']], false);
      io.stdout(printConfig(runner, args['print-config']));
      return 0;
    }

    const { results, runner, probe } = await lintInputs(args, io, patterns);
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    const maxWarnings = args['max-warnings'];
    const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
    const rulesMeta: Record<string, RuleMeta> = Object.fromEntries([...runner.rules].map(([id, r]) => [id, r.meta]));
    const output = formatter(results, {
      locale: runner.optionsFor(probe).locale,
      color: args.color ?? (io.isTTY && !args['output-file']),
      cwd: io.cwd,
      rulesMeta,
      ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings, foundWarnings: warnings } } : {}),
    });
    if (args['output-file']) {
      const target = resolve(io.cwd, args['output-file']);
      if (results.some((r) => resolve(io.cwd, r.filePath) === target)) throw new ConfigError(`-o "${args['output-file']}" is one of the files linted; it is not overwritten`);
      writeAtomic(target, output);
    }
    else if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    return errors > 0 || tooManyWarnings ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`xxgk-lint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`xxgk-lint: internal error: ${(error as Error).message}\nPlease report this with the file that caused it.\n`);
    return 2;
  }
}
