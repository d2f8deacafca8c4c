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
  directoryUnreadable: { zh: '无法读取目录：{{detail}}；其中的文件未检查', en: 'The directory cannot be read: {{detail}}; the files in it were not checked' },
  // Every failure a file itself can cause has its own message: what is left is a bug.
  parseError: { zh: '无法解析文件：{{detail}}（这是 xxgk-lint 的缺陷，请报告）', en: 'The file cannot be parsed: {{detail}} (a bug in xxgk-lint; please report it)' },
  docxTruncated: { zh: '无法读取 Word 文件：不是完整的 .docx（zip）文件，可能已被截断', en: 'The Word file cannot be read: it is not a complete .docx (zip) file and may be truncated' },
  docxDamaged: {
    zh: '无法读取 Word 文件：文件已损坏，或不是 Word 文档（.docx）；请用 Word 打开后另存为 .docx 再检查',
    en: 'The Word file cannot be read: it is damaged or not a Word document (.docx); open it in Word, save it as .docx and check it again',
  },
  pdfEncrypted: {
    zh: 'PDF 文件已加密，需要密码才能打开，无法检查：请提供未加密的 PDF，或报告的 Word、网页版本',
    en: 'The PDF is encrypted and needs a password to open, so it cannot be checked: provide an unencrypted PDF, or the Word or web version of the report',
  },
  pdfBroken: {
    zh: 'PDF 文件已损坏或不完整，无法读取（{{detail}}）：请重新下载或重新导出该文件',
    en: 'The PDF is damaged or incomplete and cannot be read ({{detail}}): download or export it again',
  },
  pdfNoText: {
    zh: 'PDF 没有文字层（可能是扫描件或图片），没有可检查的文字：请先进行 OCR 文字识别，或检查报告的 Word、网页版本',
    en: 'The PDF has no text layer (it is probably scanned or made of images), so there is no text to check: run OCR on it first, or check the Word or web version of the report',
  },
  pdfGarbled: {
    zh: 'PDF 的字体缺少 Unicode 映射，提取出的文字是乱码，为避免误报未做检查：请用能正确复制文字的 PDF（另存时嵌入字体），或检查报告的 Word、网页版本',
    en: 'The PDF\'s fonts have no Unicode map, so its text comes out garbled and was not checked (to avoid false findings): use a PDF whose text copies correctly, or check the Word or web version of the report',
  },
  onPage: { zh: '{{message}}（第{{page}}页）', en: '{{message}} (page {{page}})' },
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
  pluginRuleCrashed: {
    zh: '插件规则 {{rule}}（{{plugin}}）运行出错：{{detail}}（请向该插件的作者报告）',
    en: 'Plugin rule {{rule}} ({{plugin}}) failed: {{detail}} (please report it to the plugin\'s author)',
  },
  fileIgnored: {
    zh: '文件已被忽略：它与 .xxgklintignore、--ignore-pattern 或 !模式 匹配',
    en: 'File ignored because it matches .xxgklintignore, --ignore-pattern or a !pattern',
  },
  previousNotUsed: {
    zh: '未与 --previous 指定的 {{file}} 比较：{{why}}',
    en: 'Not compared with {{file}} named with --previous: {{why}}',
  },
  previousIsThisFile: { zh: '那就是本报告', en: 'it is this report itself' },
  previousIsOther: {
    zh: '它是「{{theirAgency}}」{{theirYear}}年度的报告，而本报告是「{{ourAgency}}」{{ourYear}}年度的，上一年度的报告应是{{expectedYear}}年度的',
    en: 'it is the {{theirYear}} report of {{theirAgency}}, and this is the {{ourYear}} report of {{ourAgency}}; last year\'s report is the {{expectedYear}} one',
  },
  unknownDirectiveRule: { zh: '注释指令中的规则「{{rule}}」不存在', en: 'Rule "{{rule}}" named in a directive does not exist' },
} satisfies Record<string, Localized>;

export type CoreMessageId = keyof typeof MESSAGES;

/** A message's data: numbers and text as they are, or text said in each language (a reason, say). */
export type MessageData = Record<string, string | number | Localized>;

export function coreMessage(id: CoreMessageId, locale: Locale, data?: MessageData): string {
  const said = data && Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'object' ? localize(v, locale) : v]));
  return fillTemplate(localize(MESSAGES[id], locale), said);
}

/** The system's reasons (errno codes) in words; Node's own text ("EACCES: permission denied, open …") is not for users. */
const SYSTEM_REASONS: Record<string, Localized> = {
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '没有权限', en: 'permission denied' },
  ENOENT: { zh: '文件或目录不存在', en: 'no such file or directory' },
  ENOTDIR: { zh: '路径中的某一段不是目录', en: 'a part of the path is not a directory' },
  EISDIR: { zh: '这是一个目录', en: 'it is a directory' },
  EEXIST: { zh: '路径上已有同名的文件', en: 'a file of that name is in the way' },
  ELOOP: { zh: '符号链接形成了循环', en: 'its symbolic links form a loop' },
  ENAMETOOLONG: { zh: '路径过长', en: 'the path is too long' },
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the device' },
  EDQUOT: { zh: '超出磁盘配额', en: 'the disk quota is exceeded' },
  EROFS: { zh: '文件系统是只读的', en: 'the file system is read-only' },
  EMFILE: { zh: '同时打开的文件过多', en: 'too many open files' },
  ENFILE: { zh: '同时打开的文件过多', en: 'too many open files' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy' },
  EIO: { zh: '设备读写出错', en: 'an input/output error on the device' },
};

/** Why a file operation failed, in the user's words: the reason for a known errno code, else the code itself. */
export function systemReason(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && Object.hasOwn(SYSTEM_REASONS, code)) return SYSTEM_REASONS[code]!;
  return code ? { zh: `系统错误 ${code}`, en: `system error ${code}` } : { zh: '原因不明的系统错误', en: 'a system error of unknown cause' };
}
