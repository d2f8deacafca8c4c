import { fillTemplate, localize } from '../engine/format-message.js';
import type { Locale, Localized } from '../types.js';

/** What the command line itself says: --help (src/cli/help.ts) and the end-of-run notices on stderr. */
const TEXT = {
  usage: { zh: '用法：xxgk-lint [选项] [文件|目录|通配模式…]', en: 'Usage: xxgk-lint [options] [files|dirs|globs…]' },
  about: { zh: '检查政府信息公开工作年度报告是否符合国家格式。', en: 'Lints government information-disclosure annual reports against the national format.' },
  groupConfig: { zh: '基本配置：', en: 'Basic configuration:' },
  groupFiles: { zh: '选择文件：', en: 'Files:' },
  groupFix: { zh: '修正问题：', en: 'Fixing problems:' },
  groupWarnings: { zh: '处理警告：', en: 'Handling warnings:' },
  groupOutput: { zh: '输出：', en: 'Output:' },
  groupCache: { zh: '缓存、并行与限制：', en: 'Caching, threads and limits:' },
  groupOther: { zh: '其他：', en: 'Miscellaneous:' },
  defaultValue: { zh: '（默认：{{value}}）', en: ' (default: {{value}})' },
  valueFile: { zh: '文件', en: 'FILE' },
  valueFileName: { zh: '文件名', en: 'NAME' },
  valuePath: { zh: '路径', en: 'PATH' },
  valuePattern: { zh: '模式', en: 'PATTERN' },
  valueRule: { zh: "'规则: 级别'", en: "'ID: SEVERITY'" },
  valueLocale: { zh: 'zh|en', en: 'zh|en' },
  valueCount: { zh: 'N', en: 'N' },
  valueFormat: { zh: '格式', en: 'FORMAT' },
  valueConcurrency: { zh: 'N|auto|off', en: 'N|auto|off' },
  valueLimit: { zh: '名称=N', en: 'NAME=N' },
  format: { zh: '输出格式：{{formats}}，或自定义格式化模块的路径', en: 'output format: {{formats}}, or the path of a formatter module' },
  outputFile: { zh: '将结果写入此文件（自动创建所需目录）', en: 'write the report to this file (missing folders are created)' },
  maxWarnings: { zh: '警告多于 N 个时以 1 退出；-1 表示不限', en: 'exit 1 when there are more than N warnings; -1: no limit' },
  quiet: { zh: '只报告错误（设了 --max-warnings 时仍计数警告）', en: 'report errors only (warnings are still counted for --max-warnings)' },
  rule: {
    zh: "规则设置，如 'fee-statement: off' 或 'fee-statement: [error, {\"sinceYear\": 2022}]'；可重复",
    en: "rule setting, e.g. 'fee-statement: off' or 'fee-statement: [error, {\"sinceYear\": 2022}]'; repeatable",
  },
  config: { zh: '使用此配置文件，不再查找 .xxgklintrc.json', en: 'use this config file instead of looking up .xxgklintrc.json' },
  noConfigLookup: { zh: '不从每个文件所在目录向上查找 .xxgklintrc.json', en: 'do not look up .xxgklintrc.json from each file upward' },
  ignorePattern: { zh: '不检查与此模式（.gitignore 语法）匹配的文件；可重复', en: 'do not lint files matching this pattern (.gitignore syntax); repeatable' },
  printConfig: { zh: '打印对某文件生效的配置，不做检查', en: 'print the configuration in force for a file, and lint nothing' },
  stdin: { zh: '检查标准输入的文本', en: 'lint the text on standard input' },
  stdinFilename: { zh: '把标准输入当作此文件名检查', en: 'the file name to lint standard input as' },
  locale: { zh: '消息语言：zh（默认）或 en；也可用环境变量 XXGK_LINT_LOCALE', en: 'message language: zh (default) or en; also the XXGK_LINT_LOCALE environment variable' },
  color: { zh: '强制开启或关闭颜色；默认依终端、NO_COLOR、FORCE_COLOR 而定', en: 'force colour on or off; by default it follows the terminal, NO_COLOR and FORCE_COLOR' },
  limit: { zh: '调高或调低单个文件的限制，例如 --limit maxTableRows=20000（{{limits}}）；可重复', en: 'raise or lower a per-file limit, e.g. --limit maxTableRows=20000 ({{limits}}); repeatable' },
  previous: { zh: '上一年度的报告，供跨年度检查（默认按机关和年份在同一目录查找）', en: "last year's report, for the cross-year checks (default: found beside each file by agency and year)" },
  fix: { zh: '自动修正可安全修正的问题并写回文件（md、txt、html；.docx 只给出建议）', en: 'fix what is safely fixable and write the files back (md, txt, html; a .docx gets suggestions)' },
  fixDryRun: { zh: '只在内存中修正：修正后的文本见 -f json 的 output', en: 'fix in memory only: the fixed text is "output" in -f json' },
  concurrency: {
    zh: '并行检查的工作线程数：数字、auto（文件多时用全部核心）或 off（一个工作线程）',
    en: 'worker threads linting files at once: a number, auto (every core when there are many files) or off (one worker)',
  },
  cache: {
    zh: '只重新检查自上次运行后有变化的文件（文件、上一年度报告、配置或版本有变），结果存于 --cache-location',
    en: "lint only what changed since the last run (the file, last year's report, the configuration or the version); results are kept in --cache-location",
  },
  cacheLocation: {
    zh: '缓存文件的路径；以 / 结尾或为已有目录时，在其中按工作目录命名缓存文件',
    en: 'the cache file; a path ending in / or an existing directory holds a file named after the working directory',
  },
  cacheStrategy: {
    zh: '判断文件是否变化的方式：content（内容哈希，CI 中亦可靠）或 metadata（大小和修改时间，不读文件）',
    en: 'how a changed file is told: content (a hash of its bytes, reliable in CI) or metadata (size and modification time, no read)',
  },
  noProgress: {
    zh: '不显示进度（默认在标准错误输出为终端且运行较久时显示，CI 中不显示）',
    en: 'never show progress (by default it is shown on standard error when that is a terminal and the run is long, never in CI)',
  },
  progressLine: { zh: '正在检查：{{done}}/{{total}} 个文件，每秒 {{rate}} 个，约剩 {{left}}', en: 'Linting {{done}}/{{total}} files, {{rate}}/s, about {{left}} left' },
  progressSeconds: { zh: '{{s}} 秒', en: '{{s}} s' },
  progressMinutes: { zh: '{{m}} 分 {{s}} 秒', en: '{{m}} min {{s}} s' },
  cacheNotWritten: {
    zh: 'xxgk-lint：无法写入缓存文件 {{file}}（{{why}}），下次运行将重新检查全部文件。',
    en: 'xxgk-lint could not write the cache file {{file}} ({{why}}); the next run will lint every file again.',
  },
  stepSummaryNotWritten: {
    zh: 'xxgk-lint：无法写入作业摘要 {{file}}（{{why}}），检查结果不受影响。',
    en: 'xxgk-lint could not write the job summary {{file}} ({{why}}); the lint result stands.',
  },
  lsp: { zh: '作为语言服务器运行（标准输入输出），供编辑器使用（见 README）', en: 'run as a language server on stdin/stdout, for editors (see README)' },
  help: { zh: '显示此帮助', en: 'show this help' },
  version: { zh: '显示版本号', en: 'show the version' },
  epilogue: {
    zh: '“--” 之后的每个参数都是文件、目录或通配模式，即使以“-”开头。\n退出码：0 无错误（且警告不超过 --max-warnings）；1 有错误或警告过多；2 用法错误、配置错误、文件不存在或内部错误。\n规则说明：docs/rules/<id>.md，或 --print-config 文件。',
    en: 'After "--", every argument is a file, directory or glob, even one starting with "-".\nExit codes: 0 no errors (and warnings within --max-warnings); 1 errors, or too many warnings; 2 bad usage, bad configuration, missing file or internal error.\nRules: docs/rules/<id>.md, or --print-config FILE.',
  },
  tooManyWarnings: {
    zh: 'xxgk-lint：发现 {{found}} 个警告，超过上限 {{max}}（--max-warnings），因此以失败结束。',
    en: 'xxgk-lint found too many warnings ({{found}}; the maximum is {{max}}, --max-warnings), so the run failed.',
  },
  internalError: {
    zh: 'xxgk-lint：内部错误（这是 xxgk-lint 的缺陷，不是您的报告或配置的问题）：{{detail}}。请把这一行和出错的文件报告到 {{url}}',
    en: 'xxgk-lint: internal error (a bug in xxgk-lint, not a problem with your report or config): {{detail}}. Please report this line, with the file that caused it, at {{url}}',
  },
} satisfies Record<string, Localized>;

export type CliTextId = keyof typeof TEXT;

export function cliText(id: CliTextId, locale: Locale, data?: Record<string, string | number>): string {
  return fillTemplate(localize(TEXT[id], locale), data);
}
