import { describe, expect, it } from 'vitest';
import { helpText, wrap } from '../../src/cli/help.js';
import { OPTIONS } from '../../src/cli/options.js';
import { displayWidth } from '../../src/formatters/width.js';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

describe('--help', () => {
  it('lists every option with its alias, grouped, in either language', () => {
    for (const locale of ['zh', 'en'] as const) {
      const help = helpText(locale);
      for (const o of OPTIONS) {
        const flag = o.type === 'boolean' && o.default === true ? `--no-${o.name}` : `--${o.name}`;
        expect(help).toContain(o.short ? `-${o.short}, ${flag}` : `    ${flag}`);
      }
    }
    expect(helpText('en', 80).split('\n').slice(0, 4)).toEqual(['Usage: xxgk-lint [options] [files|dirs|globs…]', '', 'Lints government information-disclosure annual reports against the national', 'format.']);
    expect(helpText('en', 100)).toContain(
      [
        'Output:',
        '  -f, --format FORMAT           output format: stylish, json, json-with-metadata, github, sarif,',
        '                                summary, html, or the path of a formatter module (default: stylish)',
        '  -o, --output-file FILE        write the report to this file (missing folders are created)',
        '      --color, --no-color       force colour on or off; by default it follows the terminal, NO_COLOR',
        '                                and FORCE_COLOR',
      ].join('\n'),
    );
    expect(helpText('zh', 80)).toContain('  -f, --format 格式             输出格式：stylish, json, json-with-metadata,\n');
  });

  it('fits the terminal, from 60 to 100 columns, and never starts a line with a closing mark', () => {
    for (const columns of [40, 60, 80, 100, 200]) {
      for (const locale of ['zh', 'en'] as const) {
        const lines = helpText(locale, columns).split('\n');
        expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(Math.max(60, Math.min(columns, 100)));
        expect(lines.filter((l) => /^\s*[，。、；：）」]/u.test(l))).toEqual([]);
      }
    }
  });

  it('is printed on stdout in the language of the working directory\'s config when no option says', async () => {
    const english = workspace({ '.xxgklintrc.json': JSON.stringify({ locale: 'en' }), 'r.md': report() });
    const { code, stdout, stderr } = await cli(['--help'], { cwd: english });
    expect([code, stderr, stdout.split('\n')[0]]).toEqual([0, '', 'Usage: xxgk-lint [options] [files|dirs|globs…]']);
    expect((await cli(['-h', '--locale', 'zh'], { cwd: english })).stdout.split('\n')[0]).toBe('用法：xxgk-lint [选项] [文件|目录|通配模式…]');
  });

  it('--version prints the version alone', async () => {
    expect(await cli(['--version', 'r.md'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

describe('wrap', () => {
  it('breaks English at spaces and Chinese between characters, keeping marks with the word before', () => {
    expect(wrap('force colour on or off; by default', 12)).toEqual(['force colour', 'on or off;', 'by default']);
    expect(wrap('只报告错误（设了 --max-warnings 时仍计数警告）', 20)).toEqual(['只报告错误（设了', '--max-warnings 时仍', '计数警告）']);
  });
});
