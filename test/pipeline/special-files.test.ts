import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { htmlToDocx } from '../docx-builder.js';
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
    // Named as last year's report, it is a usage error saying what it is (the lookup never opens it).
    expect(await cli(['--locale', 'en', '--previous', join(dir, 'pipe.md'), join(dir, 'r.md')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `xxgk-lint: --previous ${join(dir, 'pipe.md')}: Not a regular file (a pipe, socket or device); it was not read\n`,
    });
    const named = await cli(['--format', 'json', '--locale', 'en', join(dir, 'pipe.md')]);
    expect([named.code, JSON.parse(named.stdout)[0].messages]).toEqual([
      1,
      [{ ruleId: null, fatal: true, severity: 2, message: 'Not a regular file (a pipe, socket or device); it was not read', line: 1, column: 1 }],
    ]);
  });
});

describe('what cannot be read is said, never skipped in silence, and never as an internal error', () => {
  const root = join(import.meta.dirname, '..', '..');
  // Root reads whatever the permissions say: the binary then runs as nobody, for whom they hold.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const bin = (args: string[], cwd: string) => {
    const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'bin', 'xxgk-lint.js'), ...args], { cwd, encoding: 'utf8', ...asUser });
    return { code: status, stderr, results: stdout ? (JSON.parse(stdout) as { filePath: string; messages: { message: string; fatal?: boolean }[] }[]).map((r) => [r.filePath.slice(cwd.length + 1), r.messages.map((m) => m.message)]) : [] };
  };
  const denied = (): string => {
    const dir = workspace({ 'r.md': report() });
    chmodSync(dir, 0o755);
    for (const sub of ['locked', 'open']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'locked', 'hidden.md'), report());
    writeFileSync(join(dir, 'open', 'secret.md'), report());
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'open', 'secret.md'), 0o000);
    return dir;
  };
  const LOCKED = 'The directory cannot be read: permission denied; the files in it were not checked';

  it('a folder without permission inside a folder linted is a fatal message for it, and the rest is linted', () => {
    const dir = denied();
    expect(bin(['-f', 'json', '--locale', 'en', '.'], dir)).toEqual({
      code: 1,
      stderr: '',
      results: [['locked', [LOCKED]], ['open/secret.md', ['The file cannot be read: permission denied']], ['r.md', []]],
    });
  });

  it('a folder without permission named on the command line, in Chinese by default', () => {
    const dir = denied();
    expect(bin(['-f', 'json', 'locked', 'locked/hidden.md'], dir)).toEqual({
      code: 1,
      stderr: '',
      results: [['locked', ['无法读取目录：没有权限；其中的文件未检查']], ['locked/hidden.md', ['无法读取文件：没有权限']]],
    });
  });

  it('a loop of symbolic links named as a report, or as last year\'s, says so (not "no such file")', async () => {
    const dir = workspace({ 'r.md': report() });
    symlinkSync('b.md', join(dir, 'a.md'));
    symlinkSync('a.md', join(dir, 'b.md'));
    const { code, stdout } = await cli(['-f', 'json', '--locale', 'en', 'a.md'], { cwd: dir });
    expect([code, JSON.parse(stdout)[0].messages.map((m: { message: string }) => m.message)]).toEqual([1, ['The file cannot be read: its symbolic links form a loop']]);
    expect(await cli(['--locale', 'en', '--previous', 'a.md', 'r.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xxgk-lint: --previous a.md: The file cannot be read: its symbolic links form a loop\n',
    });
  });
});

describe('-o', () => {
  const refused = (name: string) => `xxgk-lint: -o "${name}" is one of the reports read (a file linted or --previous, perhaps through a link); it is not overwritten\n`;

  it('refuses to overwrite a file being linted', async () => {
    const dir = workspace({ 'r.md': report() });
    const { code, stderr } = await cli(['--locale', 'en', '-o', join(dir, 'r.md'), join(dir, 'r.md')]);
    expect([code, stderr]).toEqual([2, refused(join(dir, 'r.md'))]);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(report());
  });

  it('refuses a symbolic or hard link to a file being linted, and last year\'s report named with --previous', async () => {
    // write-file-atomic writes through a symbolic link: the report it points at was overwritten.
    const dir = workspace({ 'r.md': report(), 'prev.md': report({ title: '# 大连市医疗保障局2023年政府信息公开工作年度报告' }) });
    symlinkSync('r.md', join(dir, 'link.md'));
    linkSync(join(dir, 'r.md'), join(dir, 'hard.md'));
    for (const [name, args] of [['link.md', ['r.md']], ['hard.md', ['r.md']], ['prev.md', ['--previous', 'prev.md', 'r.md']]] as const) {
      const { code, stderr } = await cli(['--locale', 'en', '-o', name, ...args], { cwd: dir });
      expect([code, stderr]).toEqual([2, refused(name)]);
    }
    expect(await cli(['-o', 'link.md', 'r.md'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'xxgk-lint：-o "link.md" 是本次读取的报告之一（被检查的文件或 --previous，也可能经由链接），不会覆盖它\n' });
    expect([readFileSync(join(dir, 'r.md'), 'utf8'), readFileSync(join(dir, 'prev.md'), 'utf8')]).toEqual([report(), report({ title: '# 大连市医疗保障局2023年政府信息公开工作年度报告' })]);
  });
});

describe('damaged Word files get a message in the user language, not the library words', () => {
  const damaged = (locale: string) =>
    locale === 'en'
      ? 'The Word file cannot be read: it is damaged or not a Word document (.docx); open it in Word, save it as .docx and check it again'
      : '无法读取 Word 文件：文件已损坏，或不是 Word 文档（.docx）；请用 Word 打开后另存为 .docx 再检查';

  it('a zip without a main document part ("Could not find main document part")', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    const dir = workspace({ 'r.docx': await zip.generateAsync({ type: 'nodebuffer' }) });
    for (const locale of ['zh', 'en']) {
      const { stdout } = await cli(['--format', 'json', '--locale', locale, join(dir, 'r.docx')]);
      expect(JSON.parse(stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual([damaged(locale)]);
    }
  });

  it('a zip that lies about its sizes ("Bug : uncompressed data size mismatch")', async () => {
    const docx = await htmlToDocx('<p>大连市医疗保障局2024年政府信息公开工作年度报告</p>');
    // Every central-directory entry claims one byte less than it holds.
    for (let at = docx.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = docx.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      const size = docx.readUInt32LE(at + 24);
      if (size > 0) docx.writeUInt32LE(size - 1, at + 24);
    }
    const dir = workspace({ 'r.docx': docx });
    const { stdout } = await cli(['--format', 'json', join(dir, 'r.docx')]);
    expect(JSON.parse(stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual([damaged('zh')]);
  });
});
