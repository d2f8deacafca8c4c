import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/adapters/decode.js';
import { ReportLoader } from '../../src/pipeline/load-report.js';
import type { LintResult, Locale } from '../../src/types.js';
import { type Sample, SLOW_MS, TIMEOUT, assertProperty, brokenText, closeWorker, disguisedCrash, lint, lintInWorker } from './harness.js';
import { mutationsOfDocx, mutationsOfText } from './mutations.js';
import { resultProblems } from './positions.js';
import { type TextSubject, docxSamples, mutatedBytes, mutatedDocx, subjectsOf } from './subjects.js';

/**
 * Properties of linting any mutation of a real report (issue 10): the seeds and the reports
 * of shared/real with cells edited, lines and sections deleted, duplicated and reordered,
 * junk inserted, cut at any byte, with pieces in another encoding; Word files cut and with
 * bytes flipped, their document XML mutated. Whatever the input:
 *   1. linting gives a result: it never throws, no message is a thrown error passed on
 *      (a parser's or a rule's crash dressed as a fatal message), and none, in Chinese or
 *      English, shows something missing ("{{", "undefined", "NaN");
 *   2. the same bytes give byte-identical JSON;
 *   3. every position is inside the text, on a character boundary (see positions.ts).
 * A failure names the sample and the mutations fast-check shrank it to; it is kept in
 * regressions.test.ts with the mutated file under test/fixtures/fuzz/.
 */

/** What the text of a result's positions is: the source it carries, else the decoded file. */
function textOf(result: LintResult, bytes: Uint8Array): string {
  if (result.source !== undefined) return result.source;
  const decoded = decode(bytes);
  return decoded.ok ? decoded.text : '';
}

/** Properties 1–3 of one input; throws what is wrong. */
export async function checkInput(bytes: Uint8Array, name: string, textFormat: boolean, locale: Locale): Promise<void> {
  const started = performance.now();
  const first = await lint(bytes, name, new ReportLoader(), locale);
  const took = performance.now() - started;
  if (SLOW_MS > 0 && took > SLOW_MS) throw new Error(`linting took ${Math.round(took)} ms`);
  const again = await lint(bytes, name, new ReportLoader(), locale);
  const crashes = first.messages.filter(disguisedCrash);
  if (crashes.length) throw new Error(`a crash passed on as a message: ${crashes[0]!.message}`);
  const json = JSON.stringify(first);
  if (JSON.stringify(again) !== json) throw new Error('two lints of the same bytes differ');
  const text = textOf(first, bytes);
  for (const m of first.messages) {
    const broken = brokenText(m, text);
    if (broken) throw new Error(`a message with "${broken}" in it: ${m.message}`);
  }
  if (textFormat && first.source !== undefined) {
    const decoded = decode(bytes);
    // Positions are of the file's own text: the source a result carries is that text, as decoded.
    if (decoded.ok && first.source !== decoded.text) throw new Error('the source is not the decoded file');
  }
  const problems = resultProblems(first, text);
  if (problems.length) throw new Error(problems.join('\n'));
}

const subject = (ext: string) => fc.constantFrom(...subjectsOf(ext));
/** Messages in either language: one of them may be the one built from something missing. */
const locale = fc.constantFrom<Locale>('zh', 'en');

function textProperty(ext: string, runs: number) {
  const property = fc.asyncProperty(subject(ext), mutationsOfText, locale, async (s: TextSubject, m, l) => {
    await checkInput(mutatedBytes(s, m), s.name, true, l);
  });
  return assertProperty(ext, property, runs);
}

describe('any mutation of a real report gives a result, the same twice, with positions inside the file', () => {
  it('.txt (the seeds as scraped, in UTF-8 and GB18030, and shared/real)', () => textProperty('.txt', 120), TIMEOUT);
  it('.md (the seeds as Markdown)', () => textProperty('.md', 80), TIMEOUT);
  it('.html (two seeds and two real pages)', () => textProperty('.html', 40), TIMEOUT);

  let docx: Sample[];
  beforeAll(async () => {
    docx = await docxSamples();
  }, 120_000);
  it('.docx (its document part mutated as text; the zip cut, or with bytes flipped or overwritten)', () => {
    const property = fc.asyncProperty(fc.nat(), mutationsOfDocx, locale, async (i, m, l) => {
      const s = docx[i % docx.length]!;
      await checkInput(mutatedDocx(s.bytes, m), s.name, false, l);
    });
    return assertProperty('.docx', property, 30);
  }, TIMEOUT);
});

describe('a file linted in a worker (as the CLI does) gives what the library gives in-thread', () => {
  afterAll(closeWorker);

  it('.txt, .md and .html mutated', () => {
    const any = fc.constantFrom(...subjectsOf('.txt'), ...subjectsOf('.md'), ...subjectsOf('.html'));
    const property = fc.asyncProperty(any, mutationsOfText, async (s, m) => {
      const bytes = mutatedBytes(s, m);
      expect(JSON.stringify(await lintInWorker(bytes, s.name))).toBe(JSON.stringify(await lint(bytes, s.name)));
    });
    return assertProperty('worker', property, 12);
  }, TIMEOUT);
});
