import { readFile, stat } from 'node:fs/promises';
import { parseDocument } from './adapters/index.js';
import { decode } from './adapters/decode.js';
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

function tooLarge(filePath: string, options: LintOptions): LintResult {
  const detail = `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
  return toResult(filePath, [fatalMessage(coreMessage('readError', options.locale, { detail }))], []);
}

/** Lints bytes already in memory (a file's or stdin's), with a fatal message for what is not a report. */
export function lintBytes(bytes: Uint8Array, filePath: string, options: LintOptions): LintResult {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(filePath, options);
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const message =
      decoded.reason === 'binary'
        ? coreMessage('binaryFile', options.locale)
        : coreMessage('undecodable', options.locale, { detail: decoded.detail });
    return toResult(filePath, [fatalMessage(message)], []);
  }
  return lintText(decoded.text, filePath, options);
}

export function lintText(text: string, filePath: string, options: LintOptions): LintResult {
  let doc;
  try {
    doc = parseDocument(text, filePath);
  } catch (error) {
    return toResult(filePath, [fatalMessage(coreMessage('parseError', options.locale, { detail: (error as Error).message }))], [], text);
  }
  const { messages, suppressed } = lintDocument(doc, options);
  return toResult(filePath, messages, suppressed, text);
}

/** Reads a file once and lints it; an unreadable or oversized file is a fatal message, not a crash. */
export async function lintFile(filePath: string, options: LintOptions): Promise<LintResult> {
  let bytes: Uint8Array;
  try {
    if ((await stat(filePath)).size > MAX_FILE_BYTES) return tooLarge(filePath, options);
    bytes = await readFile(filePath);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return toResult(filePath, [fatalMessage(coreMessage('readError', options.locale, { detail }))], []);
  }
  return lintBytes(bytes, filePath, options);
}
