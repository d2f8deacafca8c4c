import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type ParseError, ParseErrorCode } from 'jsonc-parser';
import { dirname, join, resolve } from 'node:path';
import type { RuleSetting } from '../engine/linter.js';
import type { Rule } from '../engine/rule.js';
import { compileSchema, schemaValidator } from '../schemas/validator.js';
import type { Locale, Localized, Severity } from '../types.js';
import { configError } from './errors.js';
import { describeProblems } from './schema-problems.js';
import { systemReason } from '../i18n.js';

export { ConfigError, configError } from './errors.js';

export const CONFIG_FILE = '.xxgklintrc.json';

export type SeverityLike = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleEntry = SeverityLike | [SeverityLike, Record<string, unknown>?];

export interface ConfigFile {
  /** Absolute path, or a description such as "--rule". */
  origin: string;
  locale?: Locale;
  rules: Record<string, RuleEntry>;
  /** Absolute paths of extra rule modules. */
  plugins: string[];
  /** `"root": true`: configs in the folders above are not looked up (ESLint's eslintrc `root`). */
  root?: boolean;
  /** The config found above this one, which this one overrides; absent at a root. */
  parent?: ConfigFile;
}

/** A config and those it cascades from, the farthest first: the order their rules apply in. */
export function configChain(config: ConfigFile): ConfigFile[] {
  const chain: ConfigFile[] = [];
  for (let c: ConfigFile | undefined = config; c; c = c.parent) chain.unshift(c);
  return chain;
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
    throw configError('configUnreadable', { path, code: systemReason(error) });
  }
  return checkConfig(parseConfigText(text, path), path);
}

/** jsonc-parser's error codes in words a user can act on. */
const PARSE_PROBLEMS: Partial<Record<ParseErrorCode, Localized>> = {
  [ParseErrorCode.InvalidSymbol]: { zh: '有意外的字符', en: 'unexpected character' },
  [ParseErrorCode.InvalidNumberFormat]: { zh: '数字格式有误', en: 'malformed number' },
  [ParseErrorCode.PropertyNameExpected]: { zh: '应有用双引号括起的属性名', en: 'a property name in double quotes is expected' },
  [ParseErrorCode.ValueExpected]: { zh: '应有一个值', en: 'a value is expected' },
  [ParseErrorCode.ColonExpected]: { zh: '应有 ":"', en: '":" is expected' },
  [ParseErrorCode.CommaExpected]: { zh: '应有 ","', en: '"," is expected' },
  [ParseErrorCode.CloseBraceExpected]: { zh: '应有 "}"', en: '"}" is expected' },
  [ParseErrorCode.CloseBracketExpected]: { zh: '应有 "]"', en: '"]" is expected' },
  [ParseErrorCode.EndOfFileExpected]: { zh: 'JSON 值结束后还有文字', en: 'text after the end of the JSON value' },
  [ParseErrorCode.UnexpectedEndOfString]: { zh: '字符串没有结束', en: 'a string is not closed' },
  [ParseErrorCode.UnexpectedEndOfComment]: { zh: '注释没有结束', en: 'a comment is not closed' },
};

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
  if (first) {
    const before = body.slice(0, first.offset).split(/\r\n|\r|\n/);
    const problem = PARSE_PROBLEMS[first.error] ?? { zh: '文字有误', en: 'malformed text' };
    throw configError('configNotJson', { path, problem, line: before.length, column: before.at(-1)!.length + 1 });
  }
  return json;
}

export function checkConfig(json: unknown, origin: string): ConfigFile {
  const validate = schemaValidator('config.schema.json');
  if (!validate(json)) {
    throw configError('configInvalid', { origin, problems: describeProblems(validate.errors) });
  }
  const raw = json as { locale?: Locale; rules?: Record<string, RuleEntry>; plugins?: string[]; root?: boolean };
  const base = origin.startsWith('/') ? dirname(origin) : process.cwd();
  return {
    origin,
    ...(raw.locale ? { locale: raw.locale } : {}),
    rules: raw.rules ?? {},
    plugins: (raw.plugins ?? []).map((p) => resolve(base, p)),
    ...(raw.root ? { root: true } : {}),
  };
}

/**
 * Finds the nearest .xxgklintrc.json from a directory upward, with the configs above it that
 * it overrides, up to one marked `"root": true` (as ESLint's eslintrc cascade). The answer for
 * each directory is cached, so a run over hundreds of files reads each config once.
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
      const above = dirname(dirname(path));
      const parent = config.root || above === dirname(path) ? undefined : this.find(above);
      if (parent) {
        config.parent = parent;
        config.locale ??= parent.locale;
      }
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
  if (colon <= 0) throw configError('ruleOptionSyntax', { text });
  const id = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  let entry: unknown;
  try {
    if (value.startsWith('[')) entry = JSON.parse(value.replace(/(off|warn|error)(?<=[[,]\s*(?:off|warn|error))(?=\s*[,\]])/g, '"$1"'));
    else entry = /^[0-2]$/.test(value) ? Number(value) : value;
  } catch {
    throw configError('ruleOptionJson', { text });
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
        throw configError('unknownRule', { origin: layer.origin, id, known: [...rules.keys()].join(', ') });
      }
      const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
      if (!['off', 'warn', 'error', 0, 1, 2].includes(severity as SeverityLike)) {
        throw configError('badSeverity', { origin: layer.origin, id, value: JSON.stringify(severity) });
      }
      const previous = settings.get(id)!;
      const merged = { ...(rule.meta.defaultOptions ?? {}), ...(options ?? previous.options) };
      if (rule.meta.schema) {
        const validate = compileSchema(rule.meta.schema);
        if (!validate(merged)) {
          throw configError('badRuleOptions', { origin: layer.origin, id, problems: describeProblems(validate.errors, `rules.${id}`) });
        }
      }
      settings.set(id, { severity: toSeverity(severity as SeverityLike), options: merged });
    }
  }
  return settings;
}
