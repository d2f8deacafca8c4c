import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/adapters/markdown.js';
import { readBlocks } from '../../src/adapters/markdown-blocks.js';
import { phrasingAt } from '../../src/adapters/markdown-inline.js';
import { blankTables, readPipeTables } from '../../src/adapters/pipe-tables.js';
import { gfmTablesTree, remarkTree } from '../markdown-reference.js';
import { TIMEOUT, assertProperty } from './harness.js';

/**
 * The Markdown adapter's line readers (src/adapters/markdown-blocks.ts, pipe-tables.ts)
 * against remark-parse on documents made from a grammar of Markdown lines: the block reader
 * either declines a document or gives exactly remark-parse's tree (types, values, positions),
 * also with the pipe tables skipped (then: the tree of the text with them blanked), and the
 * adapter as a whole gives exactly what remark-parse with micromark's GFM table construct
 * gives. The lines are the ones reports are made of, with and without every
 * character that may start inline syntax, and every construct the readers must decline.
 */

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const plainWord = pick('信息公开', '2024年', '（一）', '主动公开。', 'abc', 'a b', ' ', '  ', '　', '\u00a0', '😀', '𠀀', '1、', '2.', '#', ' #', '-', '=', '|', ' | ', '>', '~', '+', ':', '!', ']', '&', '&中', '<政府>', '< a', '<', '>');
const syntaxWord = pick(
  '\\', '\\*', '\\#', '`', '`c`', '``', '*', '**粗**', '_', '__a__', '[', '[x]', '[a](b)', '![i](s)', '&amp;', '&#35;', '&x', '<br>', '<br/>',
  '<BR />', '<br  >', '<br / >', '<<br>', '\\<br>', '<b>', '</b>', '<http://a.b>', '<a@b.c>', '<!-- c -->', '<!--', '-->', '<>', '<?x?>',
);
const word = fc.oneof({ arbitrary: plainWord, weight: 4 }, { arbitrary: syntaxWord, weight: 1 });
const content = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(''));
const indent = pick('', '', '', '', '', ' ', '  ', '   ', '    ', '     ');
const shallow = pick('', '', '', ' ', '  ', '   ');
const trailing = pick('', '', '', ' ', '  ', '   ');

const blank = pick('', '', ' ', '   ', '　');
const heading = fc
  .tuple(indent, pick('#', '##', '###', '####', '#####', '######', '#######'), pick(' ', ' ', '', '  ', '　'), fc.option(content), pick('', '', ' #', ' ##', '#', ' # ', '\\#', ' \\#'), trailing)
  .map(([a, hashes, space, text, closing, end]) => a + hashes + space + (text ?? '') + closing + end);
const paragraphLine = (lead: fc.Arbitrary<string>) => fc.tuple(lead, content, trailing).map(([a, text, end]) => a + text + end);
const item = fc
  .tuple(pick('', '', '', ' ', '  '), pick('- ', '- ', '* ', '+ ', '-  ', '-', '1. ', '2) ', '- [ ] ', '- # ', '- > '), content, trailing)
  .map(([a, marker, text, end]) => a + marker + text + end);
const other = pick(
  '> 引用', '>', '```', '~~~', '```js', '````', ' ```', '    code', '        深缩进', '===', '---', '  ==  ', '--', '***', '* * *', '___', '- - -',
  '- --', '* **', '=', '-', '*', '+', '<div>', '</div>', '<script>', '<?php', '<!DOCTYPE html>', '<![CDATA[', '<br>', '<b>x</b>', '<table>',
  '<p>文字</p>', '[a]: /url', '[a]: /u "t"', '[a]', '[x][a]', '[a]:', '[A]: <b>',
);
const commentLine = pick('<!-- xxgk-lint-disable table-totals -->', '<!-- xxgk-lint-enable -->', '<!-- a', 'b -->', '-->', '<!-->', '<!--->', '  <!-- x -->  ', '<!-- a --> 后', '<!--- x --->');
const tableLine = pick('| a | b |', '|---|---|', '| 1 | 2 |', 'a | b', '--|--', '|:-:|', '| <br>x | **y** |', '| 商业<br>企业 | 0 |', '| 规章 | 0 |', '|---|', '| a |　', '|', '| |', '| a | b |  ', '| &amp; | <政> |');

/** Blocks of the kinds the readers build, each a run of lines. */
const paragraph = fc.tuple(paragraphLine(shallow), fc.array(paragraphLine(indent), { maxLength: 3 })).map(([first, rest]) => [first, ...rest]);
const list = fc
  .tuple(pick('-', '*', '+'), fc.array(fc.tuple(content, trailing, fc.boolean()), { minLength: 1, maxLength: 4 }))
  .map(([marker, items]) => items.flatMap(([text, end, blankAfter]) => [`${marker} ${text.trimStart() || 'x'}${end}`, ...(blankAfter ? [''] : [])]));
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(fc.oneof(content, pick('', '0', '12')), { minLength: 1, maxLength: 5 }), { maxLength: 4 }))
  .map(([columns, rows]) => [`| ${Array(columns).fill('项目').join(' | ')} |`, `|${Array(columns).fill('---').join('|')}|`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)]);
/** A commented-out table too: the table reader reads it, and the comment must win. */
const comment = fc.oneof(
  commentLine.map((l) => [l]),
  fc
    .tuple(shallow, fc.oneof(fc.array(fc.oneof(content, blank), { maxLength: 3 }), table), pick('-->', 'b --> 后', ' -->  ', '| 1 --> |'))
    .map(([a, inside, close]) => [`${a}<!-- 注释`, ...inside, close]),
);
const reportBlock = fc.oneof(
  { arbitrary: blank.map((l) => [l]), weight: 4 },
  { arbitrary: heading.map((l) => [l]), weight: 2 },
  { arbitrary: paragraph, weight: 5 },
  { arbitrary: list, weight: 2 },
  { arbitrary: comment, weight: 1 },
  { arbitrary: table, weight: 1 },
);
/** Any line of the grammar, constructs the readers decline included, in any order. */
const anyLine = fc.oneof(blank, heading, paragraphLine(indent), item, other, commentLine, tableLine);

/** A tab, NUL, lone CR or byte order mark somewhere in one document of ten. */
const rareChar = fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: fc.tuple(pick('\t', '\0', '\r', '\ufeff'), fc.oneof(fc.constant(0), fc.nat())), weight: 1 });
const documentOf = (lines: fc.Arbitrary<string[]>) =>
  fc.tuple(lines, pick('\n', '\r\n'), fc.boolean(), rareChar).map(([ls, eol, final, rare]) => {
    const text = ls.join(eol) + (final ? eol : '');
    if (!rare) return text;
    const at = rare[1] % (text.length + 1);
    return text.slice(0, at) + rare[0] + text.slice(at);
  });
const documents = fc.oneof(
  documentOf(fc.array(reportBlock, { minLength: 1, maxLength: 10 }).map((blocks) => blocks.flat())),
  documentOf(fc.array(fc.oneof({ arbitrary: reportBlock, weight: 4 }, { arbitrary: anyLine.map((l) => [l]), weight: 1 }), { minLength: 1, maxLength: 10 }).map((b) => b.flat())),
  documentOf(fc.array(anyLine, { minLength: 1, maxLength: 24 })),
);

describe('Markdown line readers against remark-parse (property)', () => {
  it(
    'the block reader declines a document or gives remark-parse’s tree',
    async () => {
      let read = 0;
      let all = 0;
      await assertProperty(
        'markdown blocks',
        fc.asyncProperty(documents, async (text) => {
          all++;
          const tree = readBlocks(text, phrasingAt);
          if (tree) {
            read++;
            expect(tree).toEqual(remarkTree(text));
          }
          // With the pipe tables skipped: the tree of the text with them blanked.
          const tables = readPipeTables(text, phrasingAt);
          const around = tables?.length ? readBlocks(text, phrasingAt, tables) : undefined;
          if (around) expect(around).toEqual(remarkTree(blankTables(text, tables!)));
        }),
        1500,
      );
      // Not a property that holds by declining everything: most report-like documents are read.
      expect(read / all).toBeGreaterThan(0.25);
    },
    TIMEOUT,
  );

  it(
    'the adapter gives remark-parse’s tree with GFM tables',
    () =>
      assertProperty(
        'markdown adapter',
        fc.asyncProperty(documents, async (text) => {
          expect(parseMarkdown(text).tree).toEqual(gfmTablesTree(text));
        }),
        800,
      ),
    TIMEOUT,
  );
});
