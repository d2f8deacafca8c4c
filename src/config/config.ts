import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type ParseError, ParseErrorCode } from 'jsonc-parser';
import { dirname, join, resolve } from 'node:path';
import type { RuleSetting } from '../engine/linter.js';
import type { Rule } from '../engine/rule.js';
import { compileSchema, describeErrors, schemaValidator } from '../schemas/validator.js';
import type { Locale, Severity } from '../types.js';

export const CONFIG_FILE = '.xxgklintrc.json';

/** A problem with configuration or usage: reported on stderr, exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type SeverityLike = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleEntry = SeverityLike | [SeverityLike, Record<string, unknown>?];

export interface ConfigFile {
  /** Absolute path, or a description such as "--rule". */
  origin: string;
  locale?: Locale;
  rules: Record<string, RuleEntry>;
  /** Absolute paths of extra rule modules. */
  plugins: string[];
}

export function toSeverity(value: SeverityLike): Severity {
  return typeof value === 'number' ? (value as Severity) : ({ off: 0, warn: 1, error: 2 } as const)[value];
}

/** Reads and schema-checks one config file. */
export function readConfigFile(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return checkConfig(parseConfigText(text, path), path);
}

/** jsonc-parser's error codes in words a user can act on. */
const PARSE_PROBLEMS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'malformed number',
  [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes is expected',
  [ParseErrorCode.ValueExpected]: 'a value is expected',
  [ParseErrorCode.ColonExpected]: '":" is expected',
  [ParseErrorCode.CommaExpected]: '"," is expected',
  [ParseErrorCode.CloseBraceExpected]: '"}" is expected',
  [ParseErrorCode.CloseBracketExpected]: '"]" is expected',
  [ParseErrorCode.EndOfFileExpected]: 'text after the end of the JSON value',
  [ParseErrorCode.UnexpectedEndOfString]: 'a string is not closed',
  [ParseErrorCode.UnexpectedEndOfComment]: 'a comment is not closed',
};

/** Where in the text an offset falls, as "line 3, column 7". */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/**
 * Config files are JSONC, as editors save them: a byte-order mark, comments and trailing
 * commas are accepted (jsonc-parser is VS Code's own parser for its settings files).
 */
export function parseConfigText(text: string, path: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  // Loaded only when a config is read (most runs read none); ParseErrorCode is a const enum, inlined.
  const { parse: parseJsonc } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const json: unknown = parseJsonc(body, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) throw new ConfigError(`config ${path} is not valid JSON: ${PARSE_PROBLEMS[first.error] ?? 'malformed text'} at ${lineAndColumn(body, first.offset)}`);
  return json;
}

export function checkConfig(json: unknown, origin: string): ConfigFile {
  const validate = schemaValidator('config.schema.json');
  if (!validate(json)) {
    throw new ConfigError(`invalid config ${origin}:\n  ${describeErrors(validate.errors).join('\n  ')}`);
  }
  const raw = json as { locale?: Locale; rules?: Record<string, RuleEntry>; plugins?: string[] };
  const base = origin.startsWith('/') ? dirname(origin) : process.cwd();
  return {
    origin,
    ...(raw.locale ? { locale: raw.locale } : {}),
    rules: raw.rules ?? {},
    plugins: (raw.plugins ?? []).map((p) => resolve(base, p)),
  };
}

/**
 * Finds the nearest .xxgklintrc.json from a directory upward. The answer for each
 * directory is cached, so a run over hundreds of files reads each config once.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, string | null>();
  private readonly files = new Map<string, ConfigFile>();

  find(dir: string): ConfigFile | undefined {
    const path = this.lookup(resolve(dir));
    if (!path) return undefined;
    let config = this.files.get(path);
    if (!config) {
      config = readConfigFile(path);
      this.files.set(path, config);
    }
    return config;
  }

  private lookup(dir: string): string | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const candidate = join(dir, CONFIG_FILE);
    const parent = dirname(dir);
    const found = existsSync(candidate) ? candidate : parent === dir ? null : this.lookup(parent);
    this.byDir.set(dir, found);
    return found;
  }
}

/** Parses `--rule 'id: off'` / `--rule 'id: [error, {"sinceYear": 2022}]'` (ESLint's levn-like form). */
export function parseRuleOption(text: string): Record<string, RuleEntry> {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new ConfigError(`--rule "${text}": expected "rule-id: severity" or "rule-id: [severity, {options}]"`);
  const id = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  let entry: unknown;
  try {
    if (value.startsWith('[')) entry = JSON.parse(value.replace(/(?<=[[,]\s*)(off|warn|error)(?=\s*[,\]])/g, '"$1"'));
    else entry = /^[0-2]$/.test(value) ? Number(value) : value;
  } catch (error) {
    throw new ConfigError(`--rule "${text}": ${(error as Error).message}`);
  }
  return { [id]: entry as RuleEntry };
}

/**
 * The severity and options of every rule for one file: rule defaults, then each config layer
 * in turn. Unknown rule ids and options that fail a rule's schema are configuration errors.
 */
export function resolveSettings(rules: Map<string, Rule<never>>, layers: ConfigFile[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const [id, rule] of rules) {
    settings.set(id, { severity: toSeverity(rule.meta.defaultSeverity), options: { ...(rule.meta.defaultOptions ?? {}) } });
  }
  for (const layer of layers) {
    for (const [id, entry] of Object.entries(layer.rules)) {
      const rule = rules.get(id);
      if (!rule) {
        throw new ConfigError(`${layer.origin}: rules.${id}: unknown rule "${id}" (known rules: ${[...rules.keys()].join(', ')})`);
      }
      const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
      if (!['off', 'warn', 'error', 0, 1, 2].includes(severity as SeverityLike)) {
        throw new ConfigError(`${layer.origin}: rules.${id}: severity must be "off", "warn" or "error" (or 0, 1, 2), not ${JSON.stringify(severity)}`);
      }
      const previous = settings.get(id)!;
      const merged = { ...(rule.meta.defaultOptions ?? {}), ...(options ?? previous.options) };
      if (rule.meta.schema) {
        const validate = compileSchema(rule.meta.schema);
        if (!validate(merged)) {
          throw new ConfigError(`${layer.origin}: rules.${id} options:\n  ${describeErrors(validate.errors, `rules.${id}`).join('\n  ')}`);
        }
      }
      settings.set(id, { severity: toSeverity(severity as SeverityLike), options: merged });
    }
  }
  return settings;
}
