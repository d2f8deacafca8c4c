import { decode } from '../adapters/decode.js';
import { MAX_FIX_PASSES, applyFixes } from '../engine/fix.js';
import type { LintOptions } from '../engine/linter.js';
import type { LintResult } from '../types.js';
import { type RunContext, lintBytes } from './lint-file.js';

const encoder = new TextEncoder();

/**
 * ESLint's verifyAndFix: lint, apply the fixes that do not overlap, lint the result again,
 * until nothing more is fixed or MAX_FIX_PASSES; the messages are those of the final text
 * and `output` is that text, present only when something was fixed.
 */
export async function lintAndFixText(text: string, filePath: string, options: LintOptions, run?: RunContext): Promise<LintResult> {
  let result = await lintBytes(encoder.encode(text), filePath, options, run);
  let fixed = false;
  for (let pass = 0; pass < MAX_FIX_PASSES && result.messages.some((m) => m.fix); pass++) {
    const applied = applyFixes(text, result.messages);
    if (!applied.fixed) break;
    text = applied.output;
    fixed = true;
    result = await lintBytes(encoder.encode(text), filePath, options, run);
  }
  return fixed ? { ...result, output: text } : result;
}

/** Goes on from a first lint of `bytes` to fixing them, when it found something to fix. */
export async function fixLinted(first: LintResult, bytes: Uint8Array, filePath: string, options: LintOptions, run?: RunContext): Promise<LintResult> {
  if (!first.messages.some((m) => m.fix)) return first;
  const decoded = decode(bytes);
  return decoded.ok ? lintAndFixText(decoded.text, filePath, options, run) : first;
}
