import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../cli/run.js';

/**
 * A report's text and a file's name reach the terminal in every format (each prints to
 * stdout unless -o is given): their control characters — ESC, OSC's BEL, the C1 CSI U+009B —
 * would recolour, clear or retitle it, and a newline in a name would break the layout.
 */
const HOSTILE_NAME = 'r\u001b[2J\nx.md';
// Seed 000's prose, made to disagree with table 三 and carrying an OSC title sequence and a C1 CSI.
const seed = readFileSync(new URL('../fixtures/markdown/000.md', import.meta.url), 'utf8').replace('收到信息公开申请11件', '收到\u001b]title\u0007\u009bm信息公开申请12件');
const QUOTED = '正文「收到\u001b]title\u0007\u009bm信息公开申请12件」';
const VISIBLE = '正文「收到\\x1b]title\\x07\\x9bm信息公开申请12件」';
/** Control characters a terminal acts on (tab and line feed are the formats' own layout). */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

async function output(format: string): Promise<string> {
  const dir = workspace({});
  writeFileSync(join(dir, HOSTILE_NAME), seed);
  const { code, stdout } = await cli(['-f', format, '.'], { cwd: dir });
  expect(code).toBe(1);
  return stdout;
}

describe('control characters from a report and a file name are escaped in every output format', () => {
  it.each([
    ['stylish', ['r\\x1b[2J\\nx.md', VISIBLE]],
    ['summary', ['r\\x1b[2J\\nx.md']],
    // GitHub's own escaping takes care of line breaks (%0A); the rest is made visible.
    ['github', ['file=r\\x1b[2J%0Ax.md', VISIBLE]],
    ['html', [VISIBLE]],
  ])('%s', async (format, shown) => {
    const text = await output(format);
    expect(text).not.toMatch(RAW);
    for (const s of shown) expect(text).toContain(s);
  });

  it.each(['json', 'json-with-metadata', 'sarif'])('%s: the same JSON values, every control character written as an escape', async (format) => {
    const text = await output(format);
    expect(text).not.toMatch(RAW);
    const parsed = JSON.parse(text) as { results?: unknown; runs?: [{ results: { message: { text: string } }[] }] } | { messages: { message: string }[] }[];
    const messages = Array.isArray(parsed)
      ? parsed.flatMap((r) => r.messages.map((m) => m.message))
      : parsed.runs
        ? parsed.runs[0].results.map((r) => r.message.text)
        : (parsed.results as { messages: { message: string }[] }[]).flatMap((r) => r.messages.map((m) => m.message));
    expect(messages.some((m) => m.startsWith(QUOTED))).toBe(true);
  });

  it('on stderr: a usage error naming a file, and an internal error whose text quotes one', async () => {
    expect(await cli(['nowhere\u001b[2J.md'])).toEqual({ code: 2, stdout: '', stderr: 'xxgk-lint：找不到文件，也没有与模式 "nowhere\\x1b[2J.md" 匹配的文件\n' });
    const dir = workspace({ 'boom.mjs': "export default () => { throw new Error('cannot read r\\u001b]0;t\\u0007.md'); };\n", 'r.md': seed });
    const { code, stderr } = await cli(['-f', './boom.mjs', '--locale', 'en', 'r.md'], { cwd: dir });
    expect([code, stderr]).toEqual([2, expect.stringContaining('internal error (a bug in xxgk-lint, not a problem with your report or config): cannot read r\\x1b]0;t\\x07.md. Please report')]);
  });
});
