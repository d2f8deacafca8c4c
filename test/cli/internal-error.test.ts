import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

const root = join(import.meta.dirname, '..', '..');
const ISSUES = 'https://github.com/xxgk-lint/xxgk-lint/issues';

// A formatter that throws stands for any bug: ESLint too prints the error and exits 2.
const throwing = "export default function () { throw new Error('cannot read properties of undefined (reading \\'x\\')\\n  more'); }\n";

describe('an internal error', { timeout: 60_000 }, () => {
  it('prints one line that says it is a bug and where to report it, and exits 2', async () => {
    const dir = workspace({ 'boom.mjs': throwing, 'r.md': report() });
    expect(await cli(['-f', './boom.mjs', 'r.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `xxgk-lint：内部错误（这是 xxgk-lint 的缺陷，不是您的报告或配置的问题）：cannot read properties of undefined (reading 'x') more。请把这一行和出错的文件报告到 ${ISSUES}\n`,
    });
    expect(await cli(['-f', './boom.mjs', '--locale', 'en', 'r.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `xxgk-lint: internal error (a bug in xxgk-lint, not a problem with your report or config): cannot read properties of undefined (reading 'x') more. Please report this line, with the file that caused it, at ${ISSUES}\n`,
    });
  });

  it('shows the stack trace only with XXGK_LINT_DEBUG or DEBUG set', async () => {
    const dir = workspace({ 'boom.mjs': throwing, 'r.md': report() });
    for (const env of [{ XXGK_LINT_DEBUG: '1' }, { DEBUG: 'xxgk-lint' }]) {
      const { code, stderr } = await cli(['-f', './boom.mjs', 'r.md'], { cwd: dir, env });
      expect([code, stderr.split('\n')[1], stderr.includes('boom.mjs:1')]).toEqual([2, "Error: cannot read properties of undefined (reading 'x')", true]);
    }
  });

  it('escaping the run (a callback that throws later) still prints one line and exits 2', () => {
    const dir = workspace({ 'late.mjs': "export default function () { setTimeout(() => { throw new Error('late'); }, 10); return ''; }\n", 'r.md': report() });
    const { status, stderr } = spawnSync(process.execPath, [join(root, 'bin', 'xxgk-lint.js'), '-f', './late.mjs', '--locale', 'en', 'r.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, DEBUG: '', XXGK_LINT_DEBUG: '' } });
    expect([status, stderr]).toEqual([2, `xxgk-lint: internal error (a bug in xxgk-lint, not a problem with your report or config): late. Please report this line, with the file that caused it, at ${ISSUES}\n`]);
  });
});
