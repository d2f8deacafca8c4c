import { readFileSync, readdirSync } from 'node:fs';
import mammoth from 'mammoth';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/adapters/html-parse.js';
import { htmlToDocx } from '../docx-builder.js';
import { shapeOf } from '../parse5-shape.js';

/**
 * The HTML adapter parses with parse5's own parser and tree adapter, only their location
 * objects built without spreads (src/adapters/html-parse.ts): the tree, and every location
 * in it, is parse5's. (The property suite, test/properties/html-converter.test.ts, compares
 * them on generated and mutated pages too.)
 */

const sameAsParse5 = (html: string) => expect(shapeOf(parsePage(html))).toStrictEqual(shapeOf(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false })));

const fixtures = new URL('../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const pagesIn = (dir: string) => readdirSync(new URL(`${dir}/`, fixtures)).filter((f) => f.endsWith('.html')).map((f) => `${dir}/${f}`);

describe('the HTML adapter’s parse is parse5’s', () => {
  it.each([...pagesIn('html'), ...pagesIn('real'), 'fuzz/nested-2000.html'])('%s: the same tree and locations', (path) => {
    sameAsParse5(read(path));
  });

  it('mammoth’s HTML of a Word file', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: await htmlToDocx(read('html/002.html')) });
    sameAsParse5(value);
  }, 60_000);

  it.each([
    ['implied end tags and attributes', '<p class="a" id=b>一<p>二<td>x<table><tr><td rowspan=2>1<td>2</table>'],
    ['adoption agency: formatting elements reopened', '<b>1<p>2</b>3<i>4<div>5</i>6</div>'],
    ['foster-parented text and a template', '<table>文字<tr><td>1</td></tr></table><template><p>t</p></template>'],
    ['end of file inside an element', '<html><body><div><span>未闭合'],
    ['CR and CRLF line ends, entities', '<p>a\r\nb\rc&nbsp;&amp;&#21830;</p>\r\n<br>'],
  ])('%s', (_, html) => sameAsParse5(html));
});
