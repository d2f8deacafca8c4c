import { parseArgs } from 'node:util';
import { configError } from '../config/errors.js';
import { CACHE_STRATEGIES, type CacheStrategy, DEFAULT_CACHE_LOCATION } from '../pipeline/lint-cache.js';
import type { CliTextId } from './messages.js';

/** The command line's options, as the rest of the CLI reads them. */
export interface Args {
  patterns: string[];
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

type Group = 'groupConfig' | 'groupFiles' | 'groupFix' | 'groupWarnings' | 'groupOutput' | 'groupCache' | 'groupOther';

export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** Repeatable: each occurrence adds a value. */
  multiple?: true;
  default?: string | boolean | string[];
  choices?: readonly string[];
  /** The value's placeholder in --help (a text id, or the choices written as they are). */
  value?: CliTextId;
  help: CliTextId;
  group: Group;
}

/**
 * Every option, in the order --help lists them, grouped as ESLint's help groups its own. A
 * boolean also takes --no-NAME; one that is on by default is listed by its negation.
 */
export const OPTIONS: readonly OptionSpec[] = [
  { name: 'config', short: 'c', type: 'string', value: 'valueFile', help: 'config', group: 'groupConfig' },
  { name: 'config-lookup', type: 'boolean', default: true, help: 'noConfigLookup', group: 'groupConfig' },
  { name: 'rule', type: 'string', multiple: true, default: [], value: 'valueRule', help: 'rule', group: 'groupConfig' },
  { name: 'locale', type: 'string', value: 'valueLocale', help: 'locale', group: 'groupConfig' },
  { name: 'print-config', type: 'string', value: 'valueFile', help: 'printConfig', group: 'groupConfig' },
  { name: 'ignore-pattern', type: 'string', multiple: true, default: [], value: 'valuePattern', help: 'ignorePattern', group: 'groupFiles' },
  { name: 'stdin', type: 'boolean', default: false, help: 'stdin', group: 'groupFiles' },
  { name: 'stdin-filename', type: 'string', value: 'valueFileName', help: 'stdinFilename', group: 'groupFiles' },
  { name: 'previous', type: 'string', value: 'valueFile', help: 'previous', group: 'groupFiles' },
  { name: 'fix', type: 'boolean', default: false, help: 'fix', group: 'groupFix' },
  { name: 'fix-dry-run', type: 'boolean', default: false, help: 'fixDryRun', group: 'groupFix' },
  { name: 'quiet', type: 'boolean', default: false, help: 'quiet', group: 'groupWarnings' },
  { name: 'max-warnings', type: 'string', default: '-1', value: 'valueCount', help: 'maxWarnings', group: 'groupWarnings' },
  { name: 'format', short: 'f', type: 'string', default: 'stylish', value: 'valueFormat', help: 'format', group: 'groupOutput' },
  { name: 'output-file', short: 'o', type: 'string', value: 'valueFile', help: 'outputFile', group: 'groupOutput' },
  { name: 'color', type: 'boolean', help: 'color', group: 'groupOutput' },
  { name: 'progress', type: 'boolean', default: true, help: 'noProgress', group: 'groupOutput' },
  { name: 'cache', type: 'boolean', default: false, help: 'cache', group: 'groupCache' },
  { name: 'cache-location', type: 'string', default: DEFAULT_CACHE_LOCATION, value: 'valuePath', help: 'cacheLocation', group: 'groupCache' },
  { name: 'cache-strategy', type: 'string', default: 'content', choices: CACHE_STRATEGIES, help: 'cacheStrategy', group: 'groupCache' },
  { name: 'concurrency', type: 'string', default: 'auto', value: 'valueConcurrency', help: 'concurrency', group: 'groupCache' },
  { name: 'limit', type: 'string', multiple: true, default: [], value: 'valueLimit', help: 'limit', group: 'groupCache' },
  { name: 'lsp', type: 'boolean', help: 'lsp', group: 'groupOther' },
  { name: 'help', short: 'h', type: 'boolean', help: 'help', group: 'groupOther' },
  { name: 'version', short: 'v', type: 'boolean', help: 'version', group: 'groupOther' },
];

const BY_NAME = new Map(OPTIONS.map((o) => [o.name, o]));
const SHORT_FLAGS = new Set(OPTIONS.flatMap((o) => (o.short ? [`-${o.short}`] : [])));

export type CommandLine = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; args: Args };

/** `--format --quiet`: the value taken is the next option, so the value was forgotten. */
function looksLikeOption(value: string): boolean {
  return value.startsWith('--') || SHORT_FLAGS.has(value);
}

/**
 * Reads the command line with node:util's parseArgs (nothing to load) and checks it as yargs'
 * strict mode did: an unknown option, a missing value, a value outside an option's choices or a
 * value given to a switch is a usage error (exit 2) naming it. --help and --version win over any
 * such error, as in ESLint. parseArgs runs non-strict so that a value may start with a dash
 * (`--max-warnings -1`); the checks its strict mode would make are made here, on its tokens.
 */
export function parseCommandLine(argv: string[]): CommandLine {
  const { tokens } = parseArgs({
    args: argv,
    options: Object.fromEntries(OPTIONS.map((o) => [o.name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }])),
    strict: false,
    allowPositionals: true,
    allowNegative: true,
    tokens: true,
  });
  const values = new Map<string, string | boolean | string[]>();
  const patterns: string[] = [];
  const unknown: string[] = [];
  const problems: Error[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') patterns.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = BY_NAME.get(token.name);
    const negated = token.rawName === `--no-${token.name}`;
    if (!spec || (negated && spec.type !== 'boolean')) {
      unknown.push(token.rawName.replace(/^--?/, ''));
    } else if (spec.type === 'boolean') {
      // yargs took --quiet=false; anything else given to a switch is a mistake.
      if (token.value !== undefined && token.value !== 'true' && token.value !== 'false') {
        problems.push(configError('switchWithValue', { option: token.rawName, value: token.value }));
      }
      values.set(spec.name, negated !== (token.value !== 'false'));
    } else if (token.value === undefined || (!token.inlineValue && looksLikeOption(token.value))) {
      problems.push(configError('missingValue', { option: token.rawName }));
    } else {
      // `-f=json`, as yargs read it: a short alias's glued value without its "=".
      const value = token.inlineValue && !token.rawName.startsWith('--') ? token.value.replace(/^=/, '') : token.value;
      if (spec.choices && !spec.choices.includes(value)) problems.push(configError('badChoice', { option: `--${spec.name}`, value, choices: spec.choices.join(', ') }));
      else values.set(spec.name, spec.multiple ? [...((values.get(spec.name) as string[] | undefined) ?? []), value] : value);
    }
  }
  if (values.get('help')) return { kind: 'help' };
  if (values.get('version')) return { kind: 'version' };
  if (unknown.length) throw configError(unknown.length === 1 ? 'unknownOption' : 'unknownOptions', { names: unknown.join(', ') });
  if (problems.length) throw problems[0]!;
  const args: Record<string, unknown> = { patterns };
  for (const spec of OPTIONS) {
    const value = values.get(spec.name) ?? spec.default;
    if (value !== undefined) args[spec.name] = value;
  }
  return { kind: 'run', args: args as unknown as Args };
}
