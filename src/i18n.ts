import type { Locale, Localized } from './types.js';
import { fillTemplate, localize } from './engine/format-message.js';

/** Messages of the linter itself (not of a rule). */
const MESSAGES = {
  emptyFile: { zh: '文件为空', en: 'The file is empty' },
  binaryFile: { zh: '文件不是文本（含二进制数据），无法检查', en: 'The file is not text (it holds binary data) and cannot be checked' },
  undecodable: { zh: '无法将文件解码为文本：{{detail}}', en: 'The file cannot be decoded as text: {{detail}}' },
  notAReport: {
    zh: '文件不是政府信息公开工作年度报告：未找到报告标题、“一、总体情况”等章节或统计表',
    en: 'The file is not a government information disclosure annual report: no report title, sections such as 一、总体情况, or statistical tables were found',
  },
  readError: { zh: '无法读取文件：{{detail}}', en: 'The file cannot be read: {{detail}}' },
  parseError: { zh: '无法解析文件：{{detail}}', en: 'The file cannot be parsed: {{detail}}' },
  docxTruncated: { zh: '无法读取 Word 文件：不是完整的 .docx（zip）文件，可能已被截断', en: 'The Word file cannot be read: it is not a complete .docx (zip) file and may be truncated' },
  docxTooLarge: { zh: '无法读取 Word 文件：解压后将超过 100 MB（疑似压缩炸弹）', en: 'The Word file cannot be read: it would unpack to more than 100 MB (a zip bomb?)' },
  docxDamaged: {
    zh: '无法读取 Word 文件：文件已损坏，或不是 Word 文档（.docx）；请用 Word 打开后另存为 .docx 再检查',
    en: 'The Word file cannot be read: it is damaged or not a Word document (.docx); open it in Word, save it as .docx and check it again',
  },
  ruleCrashed: {
    zh: '规则 {{rule}} 运行出错：{{detail}}（这是 xxgk-lint 的缺陷，请报告）',
    en: 'Rule {{rule}} failed: {{detail}} (a bug in xxgk-lint; please report it)',
  },
  overLimit: {
    zh: '文件超出限制 {{limit}}（{{found}}，上限 {{max}}），未检查；如确需检查，可用 --limit {{limit}}=N 调高上限',
    en: 'The file exceeds the limit {{limit}} ({{found}}, at most {{max}}) and was not checked; to check it anyway, raise the limit with --limit {{limit}}=N',
  },
  spanClamped: {
    zh: '单元格跨 {{found}} 列，超过上限 {{max}}，按 {{max}} 列处理（可用 --limit maxSpan=N 调整）',
    en: 'A cell spans {{found}} columns, more than the limit of {{max}}; it is read as spanning {{max}} (change this with --limit maxSpan=N)',
  },
  notRegularFile: { zh: '不是普通文件（而是管道、套接字或设备），未读取', en: 'Not a regular file (a pipe, socket or device); it was not read' },
  nestedTooDeeply: { zh: '文件的元素嵌套过深，无法解析', en: 'The file cannot be parsed: its elements are nested too deeply' },
  unknownDirectiveRule: { zh: '注释指令中的规则 "{{rule}}" 不存在', en: 'Rule "{{rule}}" named in a directive does not exist' },
} satisfies Record<string, Localized>;

export type CoreMessageId = keyof typeof MESSAGES;

export function coreMessage(id: CoreMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return fillTemplate(localize(MESSAGES[id], locale), data);
}
