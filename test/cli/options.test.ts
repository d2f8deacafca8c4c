import { describe, expect, it } from 'vitest';
import { type Args, parseCommandLine } from '../../src/cli/options.js';

/** The options a command line gives, or what it asks for instead (help, version). */
function read(argv: string[]): Partial<Args> | string {
  const line = parseCommandLine(argv);
  return line.kind === 'run' ? line.args : line.kind;
}

describe('the command line', () => {
  it('gives every option its default, and the rest are files, directories or globs', () => {
    expect(read(['a.md', 'reports/'])).toEqual({
      patterns: ['a.md', 'reports/'],
      format: 'stylish',
      'max-warnings': '-1',
      quiet: false,
      rule: [],
      'config-lookup': true,
      'ignore-pattern': [],
      stdin: false,
      limit: [],
      fix: false,
      'fix-dry-run': false,
      concurrency: 'auto',
      cache: false,
      'cache-location': '.xxgklintcache',
      'cache-strategy': 'content',
      progress: true,
    });
  });

  it('takes a value after the option, after =, or glued to a short alias', () => {
    for (const argv of [['--format', 'json'], ['--format=json'], ['-f', 'json'], ['-fjson'], ['-f=json']]) {
      expect(read([...argv, 'a.md'])).toMatchObject({ format: 'json', patterns: ['a.md'] });
    }
    expect(read(['-o', 'out.json', '-c', 'lint.json', 'a.md'])).toMatchObject({ 'output-file': 'out.json', config: 'lint.json' });
  });

  it('keeps every --rule, --ignore-pattern and --limit in order; of any other option the last one', () => {
    expect(read(['--rule', 'fee-statement: off', '--rule', 'statistics-period: warn', '--ignore-pattern', 'drafts/', '--ignore-pattern', 'old/', '--limit', 'maxLines=10', 'a.md'])).toMatchObject({
      rule: ['fee-statement: off', 'statistics-period: warn'],
      'ignore-pattern': ['drafts/', 'old/'],
      limit: ['maxLines=10'],
    });
    expect(read(['-f', 'json', '-f', 'sarif', 'a.md'])).toMatchObject({ format: 'sarif' });
  });

  it('turns a switch off with --no-NAME or =false', () => {
    expect(read(['--no-config-lookup', '--no-progress', '--no-color', 'a.md'])).toMatchObject({ 'config-lookup': false, progress: false, color: false });
    expect(read(['--color', 'a.md'])).toMatchObject({ color: true });
    expect(read(['a.md'])).not.toHaveProperty('color');
    expect(read(['--quiet=false', '--cache=true', 'a.md'])).toMatchObject({ quiet: false, cache: true });
  });

  it('takes a value that starts with a dash, as the GitHub Action passes --max-warnings -1', () => {
    expect(read(['--max-warnings', '-1', 'a.md'])).toMatchObject({ 'max-warnings': '-1', patterns: ['a.md'] });
    expect(read(['--stdin', '--stdin-filename', '-report.md'])).toMatchObject({ stdin: true, 'stdin-filename': '-report.md' });
  });

  it('reads everything after -- as files, and - as a file name', () => {
    expect(read(['--quiet', '--', '--not-an-option.md', '-', '-f'])).toMatchObject({ quiet: true, format: 'stylish', patterns: ['--not-an-option.md', '-', '-f'] });
  });

  it('shows help or the version whatever else the line holds', () => {
    expect(read(['--frobnicate', '--help'])).toBe('help');
    expect(read(['-h', '--format'])).toBe('help');
    expect(read(['a.md', '-v'])).toBe('version');
    expect(read(['--', '--help'])).toMatchObject({ patterns: ['--help'] });
  });
});
