import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/adapters/markdown.js';
import { readBlocks } from '../../src/adapters/markdown-blocks.js';
import { phrasingAt } from '../../src/adapters/markdown-inline.js';
import { blankTables, readPipeTables } from '../../src/adapters/pipe-tables.js';
import { gfmTablesTree, remarkTree } from '../markdown-reference.js';

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
    // A cell is inline content: what would open a list or a quote at a line's start is text in it.
    ['list and quote markers opening cells', '| - - &amp; | > 引 `c` |\n|---|---|\n| 1. *注* | + <!-- | \n| -\t* x | 12) &nbsp; |\n'],
  ])('gives micromark’s tree for %s', (_, text) => same(text));
});

/** The ```markdown blocks of the rules' documentation and the README: what users read and the doc specs lint. */
const docExamples = [
  ...readdirSync('docs/rules')
    .sort()
    .map((f) => join('docs/rules', f)),
  'README.md',
].flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/^```markdown[^\n]*\n([\s\S]*?)^```$/gm)].map((m, i) => [`${path} #${i + 1}`, m[1]!] as const));

/** The block reader's tree with the pipe tables skipped, or undefined when it declines. */
function fastTree(text: string) {
  const tables = readPipeTables(text, phrasingAt);
  return tables && { tree: readBlocks(text, phrasingAt, tables), blanked: blankTables(text, tables) };
}

describe('Markdown: the blocks of reports read line by line', () => {
  it('has the documentation’s examples to read', () => expect(docExamples.length).toBeGreaterThan(20));

  it.each([...fixtures('test/fixtures/markdown'), ...fixtures('examples'), ...docExamples])('reads %s as remark-parse does, without falling back', (_, text) => {
    for (const t of [text, text.replace(/\n/g, '\r\n')]) {
      const fast = fastTree(t);
      expect(fast?.tree).toBeDefined();
      expect(fast!.tree).toEqual(remarkTree(fast!.blanked));
      same(t);
    }
  });

  it.each([
    ['headings of every level, closing sequences, an empty one', '# 一、总体情况\n## 二 ##\n###   三 ###   \n#### 四 #五\n##### 五 \\#\n######\n# #\n'],
    ['a heading not one (no space, seven #)', '#一、总体情况\n####### 七\n'],
    ['paragraph lines: leading and trailing spaces, lazy lines indented four', '  本年度  \n   主动公开 \n        信息319件\n末行   \n'],
    ['a hard break (two trailing spaces) and a soft one', '第一行  \n第二行\n第三行\n'],
    ['inline syntax in prose', '**（一）主动公开**\n见 `附件` 与 [链接](http://a.b) &amp; \\*\n'],
    ['what looks like syntax and is text', '依据《印发<政府信息公开信息处理费管理办法>的通知》 & 其他 ] ! 1、\n'],
    ['a line break tag in prose and cells', '商业<br>企业\n\n| 商业<br>企业 | 科研<BR />机构 |\n|---|---|\n| 0 | 0 |\n'],
    ['directives as HTML comments, one line and several, indented, interrupting a paragraph', '正文\n<!-- xxgk-lint-disable table-totals -->\n  <!-- 注释\n\n说明 --> 后\n<!-->\n后文\n'],
    ['bullet lists, tight and loose, each marker its own list', '- 1、信息更新不及时\n- 2、公开形式单一\n\n- 3、内容缺乏深度\n* 星\n+ 加\n\n正文\n'],
    ['a list a heading or a comment ends', '- 一\n## 标题\n- 二\n<!-- 注 -->\n'],
    ['ideographic and no-break spaces are text', '\u3000\u3000本年度\u3000\n\u00a0\n'],
    ['astral characters count two columns', '𠀀😀 信息\n# 𠀀 标题\n'],
    ['no line ending at the end, blank lines of spaces', '\n   \n# 标题\n\n正文'],
  ])('reads %s as remark-parse does', (_, text) => {
    for (const t of [text, text.replace(/\n/g, '\r\n')]) {
      expect(readBlocks(t, phrasingAt)).toEqual(remarkTree(t));
      expect(readBlocks(t, phrasingAt)).toBeDefined();
      same(t);
    }
  });

  it.each([
    ['a setext underline', '标题\n===\n'],
    ['a setext dash underline', '标题\n--\n'],
    ['a thematic break', '正文\n\n***\n'],
    ['a block quote', '> 引用\n'],
    ['a fenced code block', '```\n# 不是标题\n```\n'],
    ['indented code', '正文\n\n    代码\n'],
    ['a link reference definition', '[a]: http://a.b\n\n见 [a]\n'],
    ['an ordered list', '1. 第一\n2. 第二\n'],
    ['a list item of two lines (lazy)', '- 第一\n续行\n'],
    ['a list item with an indented line', '- 第一\n\n  续段\n'],
    ['a list item holding a heading', '- # 标题\n'],
    ['an HTML block', '<div>\n正文\n</div>\n'],
    ['an unclosed comment', '<!-- 未闭合\n正文\n'],
    ['a comment over a table', '<!--\n| a |\n|---|\n-->\n'],
    ['a tab', '正文\t内容\n'],
    ['a lone carriage return', '第一行\r第二行\n'],
    ['a NUL', '正文\u0000\n'],
    ['a byte order mark', '\ufeff# 标题\n'],
    ['a heading whose text opens with list markers and holds syntax', '# - - 标题 &amp;\n'],
  ])('declines %s, which remark-parse then reads', (_, text) => {
    expect(fastTree(text)?.tree).toBeUndefined();
    same(text);
  });
});
