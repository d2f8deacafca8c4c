import { readFile, stat } from 'node:fs/promises';
import { formatOf, parseAs } from './adapters/index.js';
import { decode } from './adapters/decode.js';
import { DocxError, parseDocx } from './adapters/docx.js';
import type { ParsedDocument } from './adapters/types.js';
import { type LintOptions, fatalMessage, lintDocument } from './engine/linter.js';
import { coreMessage } from './i18n.js';
import type { LintMessage, LintResult } from './types.js';

/** Larger inputs are refused before being read: no real report comes near this. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function toResult(filePath: string, messages: LintMessage[], suppressed: LintMessage[], source?: string): LintResult {
  const errors = messages.filter((m) => m.severity === 2);
  return {
    filePath,
    messages,
    suppressedMessages: suppressed,
    errorCount: errors.length,
    warningCount: messages.length - errors.length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...(messages.length && source !== undefined ? { source } : {}),
  };
}

function fatal(filePath: string, message: string): LintResult {
  return toResult(filePath, [fatalMessage(message)], []);
}

function tooLarge(filePath: string, options: LintOptions): LintResult {
  return fatal(filePath, coreMessage('readError', options.locale, { detail: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` }));
}

function lintParsed(doc: ParsedDocument, filePath: string, options: LintOptions): LintResult {
  const { messages, suppressed } = lintDocument(doc, options);
  return toResult(filePath, messages, suppressed, doc.source.text);
}

/**
 * Lints bytes already in memory (a file's or stdin's). Whatever cannot be read as a
 * report — binary, undecodable, a broken Word file — is one fatal message for that file.
 */
export async function lintBytes(bytes: Uint8Array, filePath: string, options: LintOptions): Promise<LintResult> {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(filePath, options);
  const format = formatOf(filePath, bytes.subarray(0, 2048));
  if (format === 'docx') {
    try {
      return lintParsed(await parseDocx(bytes), filePath, options);
    } catch (error) {
      if (error instanceof DocxError) return fatal(filePath, coreMessage('docxError', options.locale, { detail: error.message }));
      throw error;
    }
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    return fatal(
      filePath,
      decoded.reason === 'binary' ? coreMessage('binaryFile', options.locale) : coreMessage('undecodable', options.locale, { detail: decoded.detail }),
    );
  }
  return lintParsed(parseAs(format, decoded.text), filePath, options);
}

/** Reads a file once and lints it; an unreadable or oversized file is a fatal message, not a crash. */
export async function lintFile(filePath: string, options: LintOptions): Promise<LintResult> {
  let bytes: Uint8Array;
  try {
    if ((await stat(filePath)).size > MAX_FILE_BYTES) return tooLarge(filePath, options);
    bytes = await readFile(filePath);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return fatal(filePath, coreMessage('readError', options.locale, { detail }));
  }
  return lintBytes(bytes, filePath, options);
}
