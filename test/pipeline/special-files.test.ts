import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../cli/run.js';
import { report } from '../report-fragments.js';

/** Only regular files are read: a FIFO would block a read for ever. */
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('special files', () => {
  it('a FIFO with a supported extension beside the report does not block the previous-year lookup', async () => {
    const dir = workspace({ 'r.md': report() });
    mkfifo(join(dir, '2023.md'));
    const { code, stdout } = await cli(['--format', 'json', join(dir, 'r.md')]);
    expect([code, JSON.parse(stdout)[0].messages]).toEqual([0, []]);
  });

  it('a FIFO inside a directory is skipped, and one named on the command line is a fatal message for it', async () => {
    const dir = workspace({ 'r.md': report() });
    mkfifo(join(dir, 'pipe.md'));
    const walked = await cli(['--format', 'json', dir]);
    expect(JSON.parse(walked.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(dir, 'r.md')]);
    const named = await cli(['--format', 'json', '--locale', 'en', join(dir, 'pipe.md')]);
    expect([named.code, JSON.parse(named.stdout)[0].messages]).toEqual([
      1,
      [{ ruleId: null, fatal: true, severity: 2, message: 'Not a regular file (a pipe, socket or device); it was not read', line: 1, column: 1 }],
    ]);
  });
});

describe('-o', () => {
  it('refuses to overwrite a file being linted', async () => {
    const dir = workspace({ 'r.md': report() });
    const { code, stderr } = await cli(['-o', join(dir, 'r.md'), join(dir, 'r.md')]);
    expect([code, stderr]).toEqual([2, `xxgk-lint: -o "${join(dir, 'r.md')}" is one of the files linted; it is not overwritten\n`]);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(report());
  });
});
