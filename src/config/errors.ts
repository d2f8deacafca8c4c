import { fillTemplate, localize } from '../engine/format-message.js';
import type { Locale, Localized } from '../types.js';
import { controlsVisible } from '../text/terminal-safe.js';

/** What a usage or configuration error says, in the user's language. */
const TEXT = {
  unknownOption: { zh: '无法识别的选项：{{names}}', en: 'Unknown argument: {{names}}' },
  unknownOptions: { zh: '无法识别的选项：{{names}}', en: 'Unknown arguments: {{names}}' },
  missingValue: { zh: '{{option}} 后面缺少值（见 --help）', en: '{{option}} needs a value (see --help)' },
  badChoice: { zh: '{{option}} "{{value}}"：请用 {{choices}} 之一', en: '{{option}} "{{value}}": use one of {{choices}}' },
  switchWithValue: { zh: '{{option}} 是开关，不带值（"{{value}}"）', en: '{{option}} is a switch and takes no value ("{{value}}")' },
  badLocale: { zh: '{{source}} "{{value}}"：请用 zh 或 en', en: '{{source}} "{{value}}": use zh or en' },
  badMaxWarnings: {
    zh: '--max-warnings "{{value}}"：应为警告个数（非负整数），或 -1 表示不限',
    en: '--max-warnings "{{value}}": expected a whole number of warnings, or -1 for no limit',
  },
  fixWithDryRun: { zh: '--fix 与 --fix-dry-run 不能同时使用', en: 'the --fix option and the --fix-dry-run option cannot be used together' },
  fixStdin: { zh: '--fix 不能用于从标准输入读入的文本；请改用 --fix-dry-run', en: 'the --fix option is not available for piped-in text; use --fix-dry-run' },
  stdinWithFiles: { zh: '--stdin 检查标准输入，不能同时指定文件', en: '--stdin lints standard input; do not also name files' },
  noFiles: {
    zh: '没有指定要检查的文件：请给出文件、目录或通配模式，或使用 --stdin（见 --help）',
    en: 'no files given: name files, directories or globs to lint, or use --stdin (see --help)',
  },
  noSuchFile: { zh: '找不到文件，也没有与模式 "{{pattern}}" 匹配的文件', en: 'no such file or no files matching the pattern "{{pattern}}"' },
  noFilesInDirectory: { zh: '目录 "{{pattern}}" 中没有扩展名为 {{extensions}} 的文件', en: 'no files with extension {{extensions}} in directory "{{pattern}}"' },
  allIgnored: {
    zh: '与 "{{pattern}}" 匹配的文件都被忽略了（{{ignoreFile}}、--ignore-pattern 或 !模式）',
    en: 'all files matched by "{{pattern}}" are ignored ({{ignoreFile}}, --ignore-pattern or a !pattern)',
  },
  badConcurrency: { zh: '--concurrency "{{value}}"：应为线程数、auto 或 off', en: '--concurrency "{{value}}": use a number of threads, auto or off' },
  onlyCacheFile: { zh: '缓存文件 {{file}} 不作为被检查的文件，此外没有指定其他文件', en: 'the cache file {{file}} is not linted, and nothing else was named' },
  previousMissing: { zh: '--previous "{{file}}"：文件不存在', en: '--previous "{{file}}": no such file' },
  previousUnreadable: { zh: '--previous {{file}}：{{why}}', en: '--previous {{file}}: {{why}}' },
  fixUnwritable: { zh: '无法把修正写入 {{path}}（{{code}}）', en: 'cannot write the fixes to {{path}}: {{code}}' },
  outputIsInput: {
    zh: '-o "{{name}}" 是本次读取的报告之一（被检查的文件或 --previous，也可能经由链接），不会覆盖它',
    en: '-o "{{name}}" is one of the reports read (a file linted or --previous, perhaps through a link); it is not overwritten',
  },
  outputIsDirectory: { zh: '--output-file "{{name}}" 是目录；请指定要写入结果的文件', en: '--output-file "{{name}}" is a directory; name a file to write the report to' },
  outputUnwritable: { zh: '无法写入 --output-file "{{name}}"（{{code}}）', en: '--output-file "{{name}}" cannot be written ({{code}})' },
  badLimit: { zh: '--limit "{{option}}"：应写成 名称=N（N ≥ 1），名称为 {{limits}} 之一', en: '--limit "{{option}}": use name=N with N ≥ 1, name one of {{limits}}' },
  unknownFormat: {
    zh: '--format "{{name}}"：未知的格式（可用 {{formats}}，或格式化模块的路径）',
    en: '--format "{{name}}": unknown format (use {{formats}}, or the path of a formatter module)',
  },
  formatterMissing: { zh: '--format "{{name}}"：无法加载格式化模块 {{path}}（文件不存在）', en: '--format "{{name}}": the formatter {{path}} cannot be loaded (no such file)' },
  formatterBroken: { zh: '--format "{{name}}"：无法加载格式化模块 {{path}}（{{detail}}）', en: '--format "{{name}}": the formatter {{path}} cannot be loaded ({{detail}})' },
  formatterNotFunction: {
    zh: '--format "{{name}}"：{{path}} 的默认导出应是函数 (results, context) => string',
    en: '--format "{{name}}": {{path}} must default-export a function (results, context) => string',
  },
  configUnreadable: { zh: '无法读取配置文件 {{path}}（{{code}}）', en: 'cannot read config {{path}}: {{code}}' },
  configNotJson: { zh: '配置文件 {{path}} 不是有效的 JSON：第 {{line}} 行第 {{column}} 列{{problem}}', en: 'config {{path}} is not valid JSON: {{problem}} at line {{line}}, column {{column}}' },
  configInvalid: { zh: '配置文件 {{origin}} 有误：\n  {{problems}}', en: 'invalid config {{origin}}:\n  {{problems}}' },
  ruleOptionSyntax: {
    zh: '--rule "{{text}}"：应写成 "规则: 级别" 或 "规则: [级别, {选项}]"',
    en: '--rule "{{text}}": expected "rule-id: severity" or "rule-id: [severity, {options}]"',
  },
  ruleOptionJson: { zh: '--rule "{{text}}"：[级别, {选项}] 不是有效的 JSON', en: '--rule "{{text}}": the [severity, {options}] part is not valid JSON' },
  unknownRule: { zh: '{{origin}}：rules.{{id}}：没有名为 "{{id}}" 的规则（已有的规则：{{known}}）', en: '{{origin}}: rules.{{id}}: unknown rule "{{id}}" (known rules: {{known}})' },
  badSeverity: {
    zh: '{{origin}}：rules.{{id}}：级别应为 "off"、"warn" 或 "error"（或 0、1、2），而不是 {{value}}',
    en: '{{origin}}: rules.{{id}}: severity must be "off", "warn" or "error" (or 0, 1, 2), not {{value}}',
  },
  badRuleOptions: { zh: '{{origin}}：rules.{{id}} 的选项有误：\n  {{problems}}', en: '{{origin}}: rules.{{id}} options:\n  {{problems}}' },
  pluginUntrusted: {
    zh: '{{origin}}：只从 -c 指定的配置文件或当前目录及其下的配置文件加载插件；请在该项目目录中运行 xxgk-lint、用 -c 指定该配置，或在项目自己的配置中写 "root": true 不再向上查找',
    en: '{{origin}}: plugins are loaded only from a config named with -c or one in the current directory or below it; run xxgk-lint from that project, name the config with -c, or mark the project\'s own config "root": true',
  },
  pluginMissing: { zh: '无法加载插件 {{path}}（文件不存在）', en: 'plugin {{path}} cannot be loaded: no such file' },
  pluginBroken: { zh: '无法加载插件 {{path}}：{{detail}}', en: 'plugin {{path}} cannot be loaded: {{detail}}' },
  pluginNotRule: {
    zh: '插件 {{path}}：默认导出应是一条规则（{meta: {id, messages, …}, check}）或规则数组',
    en: 'plugin {{path}}: default export must be a rule ({meta: {id, messages, …}, check}) or an array of rules',
  },
  pluginDuplicate: { zh: '插件规则 "{{id}}" 与已加载的规则同名', en: 'plugin rule "{{id}}" has the same id as a rule already loaded' },
} satisfies Record<string, Localized>;

export type ConfigErrorId = keyof typeof TEXT;

/** A placeholder's value: text as it is, or text that itself depends on the language. */
export type ErrorData = Record<string, string | number | Localized | ((locale: Locale) => string)>;

/**
 * A problem with configuration or usage: reported on stderr in the user's language, exit code 2.
 * Made with configError(id, data) it is said in the language of wherever it is printed;
 * `new ConfigError(text)` is a text as it is.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  id?: ConfigErrorId;
  data: ErrorData = {};

  /** What it says in that language, after "xxgk-lint: ". */
  text(locale: Locale): string {
    if (!this.id) return this.message;
    const data = Object.fromEntries(
      Object.entries(this.data).map(([k, v]) => [k, typeof v === 'function' ? v(locale) : typeof v === 'object' ? localize(v, locale) : v]),
    );
    return fillTemplate(localize(TEXT[this.id], locale), data);
  }

  /** The whole line for stderr: a file name or pattern in it may hold control characters, made visible. */
  line(locale: Locale): string {
    return `${locale === 'zh' ? 'xxgk-lint：' : 'xxgk-lint: '}${controlsVisible(this.text(locale))}\n`;
  }
}

export function configError(id: ConfigErrorId, data: ErrorData = {}): ConfigError {
  const error = new ConfigError();
  error.id = id;
  error.data = data;
  error.message = error.text('en');
  return error;
}
