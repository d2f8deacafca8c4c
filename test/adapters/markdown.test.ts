import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/adapters/markdown.js';
import { gfmTablesTree } from '../markdown-reference.js';

// What micromark's own GFM table construct makes of a document: the reference the line
// readers must match node for node and position for position.
const same = (text: string) => expect(parseMarkdown(text).tree).toEqual(gfmTablesTree(text));

const fixtures = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('Markdown: pipe tables read line by line', () => {
  it.each([...fixtures('test/fixtures/markdown'), ...fixtures('examples')])('gives micromark’s tree for %s', (_, text) => {
    same(text);
    same(text.replace(/\n/g, '\r\n'));
  });

  it.each([
    ['a paragraph the table interrupts', '报告如下：\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n'],
    ['trailing spaces and no closing pipe', '| a | b |  \n|---|:-:|\n| 1 | 2 |   \n| 3 | 4  \n|c|  \n'],
    ['fewer and more cells than the header, blank cells', '| a | b | c |\n|:--|--:|:-:|\n| 1 |\n| 1 | 2 | 3 | 4 |\n|  |  |  |\n'],
    ['inline syntax in cells', '| a | b |\n|---|---|\n| 1<br>2 | **粗** `c` |\n| \\| | &amp; [x](y) |\n| 3 \\\\| 4 |\n'],
    ['a table at the end without a line ending', '# 二、主动公开\n\n| 规章 | 0 |\n| --- | --- |\n| 行政许可 | 1 |'],
    ['a header alone', '| a | b |\n|---|---|\n\n正文'],
    ['two tables and text between', '| a |\n|---|\n| 1 |\n\n中间\n\n| b | c |\n| - | - |\n| 2 | 3 |\n'],
    ['a table in a list item', '- 项目\n| a | b |\n|---|---|\n| 1 | 2 |\n'],
    ['a table in a quote', '> | a | b |\n> |---|---|\n> | 1 | 2 |\n'],
    ['a table in a fenced code block', '```\n| a | b |\n|---|---|\n```\n'],
    ['a table under indented code', '    code\n\n| a | b |\n|---|---|\n\n    more\n'],
    ['an indented table', '  | a | b |\n  |---|---|\n  | 1 | 2 |\n'],
    ['a row without a leading pipe', '| a | b |\n|---|---|\n1 | 2\n'],
    ['a lazy line after the rows', '| a | b |\n|---|---|\n| 1 | 2 |\n后续\n'],
    ['tabs', '| a |\tb |\n|---|---|\n| 1 |\t2 |\n'],
    ['a row of one pipe', '| a |\n|---|\n|\n'],
    ['a delimiter row of another width', '| a | b |\n|---|\n| 1 | 2 |\n'],
    ['no leading pipes', 'a | b\n--|--\n1 | 2\n'],
    ['a star alone in a cell', '| a | b |\n|---|---|\n| * | 2 |\n'],
    ['HTML before the table', '<div>\n| a | b |\n|---|---|\n</div>\n'],
    ['a setext heading before', '标题\n===\n| a | b |\n|---|---|\n'],
    // Markdown's whitespace is the space and the tab: U+3000 and U+00A0 are content, though String#trim drops them.
    ['a line of ideographic spaces after the rows (one more row)', '| a |\n|---|\n| 1 |\n\u3000\n'],
    ['a no-break space alone after the rows', '| a |\n|---|\n| 1 |\n\u00a0\n'],
    ['an ideographic space after a row’s last pipe (one more cell)', '| a |\n|---|\n| 1 |\u3000\n'],
    ['an ideographic space after the header’s last pipe', '| a | b |\u3000\n|---|---|\n'],
    ['an ideographic space after the delimiter row (no table)', '| a |\n|---|\u3000\n| 1 |\n'],
    ['a NUL in a cell (U+FFFD)', '| a |\n|---|\n|\u0000 a | b |\n'],
    ['a byte order mark before the table', '\ufeff| a |\n|---|\n| 1 |\n'],
  ])('gives micromark’s tree for %s', (_, text) => same(text));
});
