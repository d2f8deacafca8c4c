import type { Locale, Localized } from './types.js';
import { fillTemplate, localize } from './engine/format-message.js';

/** Messages of the linter itself (not of a rule). */
const MESSAGES = {
  emptyFile: { zh: '文件为空', en: 'The file is empty' },
  binaryFile: { zh: '文件不是文本（含二进制数据），无法检查', en: 'The file is not text (it holds binary data) and cannot be checked' },
  undecodable: { zh: '无法将文件解码为文本：{{detail}}', en: 'The file cannot be decoded as text: {{detail}}' },
  notAReport: {
    zh: '文件不是政府信息公开工作年度报告：未找到报告标题、「一、总体情况」等章节或统计表',
    en: 'The file is not a government information disclosure annual report: no report title, sections such as 一、总体情况, or statistical tables were found',
  },
  readError: { zh: '无法读取文件：{{detail}}', en: 'The file cannot be read: {{detail}}' },
  parseError: { zh: '无法解析文件：{{detail}}', en: 'The file cannot be parsed: {{detail}}' },
  docxError: { zh: '无法读取 Word 文件：{{detail}}', en: 'The Word file cannot be read: {{detail}}' },
  ruleCrashed: {
    zh: '规则 {{rule}} 运行出错：{{detail}}（这是 xxgk-lint 的缺陷，请报告）',
    en: 'Rule {{rule}} failed: {{detail}} (a bug in xxgk-lint; please report it)',
  },
  pluginRuleCrashed: {
    zh: '插件规则 {{rule}}（{{plugin}}）运行出错：{{detail}}（请向该插件的作者报告）',
    en: 'Plugin rule {{rule}} ({{plugin}}) failed: {{detail}} (please report it to the plugin\'s author)',
  },
  fileIgnored: {
    zh: '文件已被忽略：它与 .xxgklintignore、--ignore-pattern 或 !模式 匹配',
    en: 'File ignored because it matches .xxgklintignore, --ignore-pattern or a !pattern',
  },
  unknownDirectiveRule: { zh: '注释指令中的规则「{{rule}}」不存在', en: 'Rule "{{rule}}" named in a directive does not exist' },
} satisfies Record<string, Localized>;

export type CoreMessageId = keyof typeof MESSAGES;

export function coreMessage(id: CoreMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return fillTemplate(localize(MESSAGES[id], locale), data);
}
